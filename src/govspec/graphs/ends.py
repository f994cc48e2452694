"""Where chains may end: the declared external authorities and the head of the organisation the rules govern."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import networkx as nx

from govspec.graphs.reading import Node
from govspec.model.entities import Model


def externals(model: Model) -> set[Node]:
    """The declared external authorities (区委, 市政府): a chain that reaches one has left these rules."""
    return {label.name for label in model.labels.values() if label.kind == "external"}


def tops(model: Model, lines: nx.DiGraph) -> frozenset[Node]:
    """Where a chain may end, given the reporting `lines`: a declared external authority, or the organisation's head.

    The organisation's head heads a unit when neither the head nor the unit answers to anyone inside the rules (the
    区长 heads 区政府, which answers to 区委 alone), and it has a place in the reporting lines: it answers to a
    declared external authority, or someone answers to it or its unit. A unit the text places under no one and
    nobody under it is left unplaced rather than taken for a second top (GS202 reports its head), unless no unit has
    a place at all.
    """
    outside = externals(model)

    def others(near: Callable[[Node], Iterable[Node]], name: str, selves: set[str]) -> list[Node]:
        """Who `name` answers to, or who answers to it, other than `selves`: a unit and its head count as each
        other, and an office follows its kinds' line, so an edge among them places none of them."""
        return [node for node in near(name) if node not in selves] if name in lines else []

    free = []
    for unit in model.units.values():
        head = unit.head
        if head is None:
            continue
        selves = {unit.name, *model.kinds(head)}
        ups = others(lines.successors, head, selves) + others(lines.successors, unit.name, selves)
        if all(up in outside for up in ups):
            downs = others(lines.predecessors, head, selves) + others(lines.predecessors, unit.name, selves)
            free.append((head, bool(ups or downs)))
    placed = {head for head, has_place in free if has_place}
    return frozenset((placed or {head for head, _ in free}) | outside)
