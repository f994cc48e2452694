"""Where chains may end: the declared external authorities and the head of the organisation the rules govern."""

from __future__ import annotations

from govspec.graphs.build import CitedGraph
from govspec.graphs.reading import Node
from govspec.model.entities import Model


def externals(model: Model) -> set[Node]:
    """The declared external authorities (区委, 市政府): a chain that reaches one has left these rules."""
    return {label.name for label in model.labels.values() if label.kind == "external"}


def tops(model: Model, reporting: CitedGraph) -> set[Node]:
    """Where a chain may end: a declared external authority, or the head of the organisation.

    The organisation's head heads a unit when neither the head nor the unit answers to anyone inside the rules (the
    区长 heads 区政府, which answers to 区委 alone). Where some such unit or head answers to a declared external
    authority, those alone are the organisation's head: a unit the text places under no one is left unplaced, not
    taken for a second top (GS202 reports its head).
    """
    outside, lines = externals(model), reporting.digraph

    def superiors(name: str, itself: str) -> list[Node]:
        """Who `name` answers to; a unit and its head count as each other, so an edge between them places neither."""
        return [up for up in lines.successors(name) if up != itself] if name in lines else []

    lines_of = [
        (unit.head, superiors(unit.head, unit.name) + superiors(unit.name, unit.head))
        for unit in model.units.values()
        if unit.head
    ]
    free = [(head, ups) for head, ups in lines_of if all(up in outside for up in ups)]
    placed = {head for head, ups in free if ups}
    return (placed or {head for head, _ in free}) | outside
