"""No skipping levels (不得越级行文, 第五十一条): routes read against the reporting lines. Model -> findings."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from govspec.catalogue import names, say
from govspec.checks.chains import cited, edge_list, graphs_of, in_order
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity
from govspec.graphs import CitedGraph, Edge, Node, Places, Unnamed, node_key
from govspec.model.entities import Model
from govspec.options import CheckOptions


@dataclass
class Superiors:
    """Who is above whom in the reporting lines, as chains read them: a unit and its head count as each other, and an
    office as its kinds, so whoever one of them answers to is above all of them. Asked per sender, and kept."""

    lines: CitedGraph
    places: Places
    found: dict[Node, tuple[frozenset[Node], dict[Node, tuple[Node, Node, Node]]]] = field(default_factory=dict)

    def up(self, node: Node) -> list[tuple[Node, Node]]:
        """The reporting edges that leave `node` or what it counts as, to someone it does not count as."""
        selves = self.places.counts_as(node)
        digraph = self.lines.digraph
        return [
            (self_, up)
            for self_ in sorted(selves, key=node_key)
            if self_ in digraph
            for up in sorted(digraph.successors(self_), key=node_key)
            if up not in selves
        ]

    def of(self, sender: Node) -> tuple[frozenset[Node], dict[Node, tuple[Node, Node, Node]]]:
        """The direct superiors of `sender`, and everyone above it, each with whom it was reached from and the
        reporting edge that reaches it (breadth first, so the edges trace a shortest way up)."""
        if sender not in self.found:
            selves = self.places.counts_as(sender)
            reached: dict[Node, tuple[Node, Node, Node]] = {}
            queue = deque([sender])
            while queue:
                node = queue.popleft()
                for u, v in self.up(node):
                    if v not in reached and v not in selves:
                        reached[v] = (node, u, v)
                        queue.append(v)
            direct = frozenset(v for v, (parent, _, _) in reached.items() if parent == sender)
            self.found[sender] = (direct, reached)
        return self.found[sender]

    def skipped(self, sender: Node, recipient: Node) -> Node | None:
        """What `recipient` counts as above the direct superiors of `sender`, when it counts as none of them nor as
        the sender: the level is skipped. None when it is not."""
        direct, above = self.of(sender)
        counts = self.places.counts_as(recipient)
        if not counts.isdisjoint(direct) or not counts.isdisjoint(self.places.counts_as(sender)):
            return None
        return min((node for node in counts if node in above), key=node_key, default=None)

    def way(self, sender: Node, top: Node) -> list[Edge]:
        """The reporting edges from `sender` up to `top`, each with the statement that made it."""
        above = self.of(sender)[1]
        pairs: list[tuple[Node, Node]] = []
        node = top
        while node != sender:
            node, u, v = above[node]
            pairs.append((u, v))
        origins = self.lines.first_origins(pairs)
        return [(u, v, origins[u, v]) for u, v in reversed(pairs)]


@check("GS412", "route-skips-a-level", Severity.ERROR)
def route_skips_a_level(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A route sends a document over the head of the sender's direct superior, where no document may skip a level.

    A step sends from each node of one level to each of the next; it skips a level when the recipient is above the
    sender's direct superiors in the reporting lines, and none of them. A unit sends and receives as its head, and its
    head as the unit. Fires: `no skipping levels` with `reports 局 -> 区政府`, `reports 区政府 -> 市政府` and
    `route R: 局 -> 市政府`. Passes: `route R: 局 -> 区政府 -> 市政府`.
    """
    if not model.no_skipping:
        return
    graphs = graphs_of(model)
    places, chains = graphs.places, graphs.chains
    superiors = Superiors(graphs.reporting, places)
    reported: set[tuple[int, int]] = set()  # a step two bans forbid is reported once, with the first of them
    for rule in model.no_skipping:
        senders = places.counting_as(o for name in rule.senders for o in places(name))
        for index in chains.of_kind("route"):
            route, levels = model.chains[index], chains.levels[index]
            if senders and senders.isdisjoint(levels[1]):
                continue
            for position in range(1, len(levels) - 1):
                step = _skip(superiors, levels[position], levels[position + 1])
                if step is None or (index, position) in reported:
                    continue
                reported.add((index, position))
                sender, recipient, top = step
                lines = superiors.way(sender, top)
                skipped = [str(n) for n in sorted(superiors.of(sender)[0], key=node_key)]
                # The way there follows the route level by level, so the step is the route's own `position`-th.
                way = [*(min(nodes, key=node_key) for nodes in levels[1:position]), sender, recipient]
                line_origins = [origin for _, _, origin in lines]
                yield finding(
                    "GS412",
                    say("GS412", route=route.name, sender=sender, recipient=recipient, superiors=names(skipped, "or")),
                    locations=(route.span, rule.span, *in_order(line_origins)),
                    citations=cited(route, rule, *line_origins),
                    witness={
                        "path": edge_list([(u, v, route) for u, v in pairwise(way)]),
                        "skipped": skipped,
                        "lines": edge_list(lines),
                    },
                )


def _skip(
    superiors: Superiors, senders: tuple[Node, ...], recipients: tuple[Node, ...]
) -> tuple[Node, Node, Node] | None:
    """The first sender and recipient of one step, in order, where the recipient is above the sender's direct
    superiors, with what it counts as there; None if no pair skips a level. A step the text does not name is silent."""
    for sender in sorted(senders, key=node_key):
        if isinstance(sender, Unnamed):
            continue
        for recipient in sorted(recipients, key=node_key):
            if isinstance(recipient, Unnamed):
                continue
            top = superiors.skipped(sender, recipient)
            if top is not None:
                return sender, recipient, top
    return None
