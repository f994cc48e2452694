"""Resolved model -> networkx digraphs, one per kind of chain, with the statements that made each edge beside them."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from types import MappingProxyType

import networkx as nx

from govspec.graphs.ends import tops
from govspec.graphs.reading import Chains, Edge, Node, Places
from govspec.model.entities import Cited, Model


@dataclass(frozen=True, eq=False)
class CitedGraph:
    """A digraph of plain edges, and beside it a way to read every edge again with the statement that made it.

    The graph carries no per-edge data, and the statements are read again only when a witness is written: most
    graphs have none to write, and keeping a statement beside each edge would cost a third of building the graph.
    """

    digraph: nx.DiGraph
    reread: Callable[[], Iterable[Edge]] = field(repr=False)

    def origins(self, u: Node, v: Node) -> tuple[Cited, ...]:
        """Every statement that made the edge u -> v, each once, in the order they made it."""
        first, more = self._index
        return tuple(more[u, v].values()) if (u, v) in more else (first[u, v],)

    def first_origins(self, edges: Iterable[tuple[Node, Node]]) -> dict[tuple[Node, Node], Cited]:
        """The first statement that made each of a few edges: a witness of a few edges on a large graph need not
        index every edge, so unless the index is there, the statements are read until each edge is found."""
        wanted = set(edges)
        if "_index" in self.__dict__:
            return {edge: self._index[0][edge] for edge in wanted}
        found: dict[tuple[Node, Node], Cited] = {}
        for u, v, origin in self.reread():
            if (u, v) in wanted and (u, v) not in found:
                found[u, v] = origin
                if len(found) == len(wanted):
                    break
        return found

    @cached_property
    def _index(self) -> tuple[dict[tuple[Node, Node], Cited], dict[tuple[Node, Node], dict[int, Cited]]]:
        """The first statement that made each edge, and all of them for the edges that several made.

        Statements are told apart by identity: two statements alike but for their place are two origins.
        """
        first: dict[tuple[Node, Node], Cited] = {}
        more: dict[tuple[Node, Node], dict[int, Cited]] = {}
        for u, v, origin in self.reread():
            known = first.setdefault((u, v), origin)
            if known is not origin:
                more.setdefault((u, v), {id(known): known})[id(origin)] = origin
        return first, more


def _cited(pairs: Iterable[tuple[Node, Node]], reread: Callable[[], Iterable[Edge]]) -> CitedGraph:
    graph = nx.DiGraph()
    graph.add_edges_from(pairs)
    return CitedGraph(graph, reread)


def _joined(graph: CitedGraph, joins: list[Edge]) -> CitedGraph:
    """`graph` with the edges `joins` added, read again after its own."""
    if not joins:  # the common case, and a graph per matter: adding nothing still costs networkx a call
        return graph
    graph.digraph.add_edges_from([(u, v) for u, v, _ in joins])
    return CitedGraph(graph.digraph, lambda: chain(graph.reread(), joins))


def _unit_heads(model: Model, graph: nx.DiGraph, institutions: Collection[str]) -> list[Edge]:
    """unit -> head where chains end at a unit: it acts through its head (局长负责制, 第九条), unless it acts there as
    an institution (`institutions`)."""
    units = (u for u in model.units.values() if u.name not in institutions)
    return [(u.name, u.head, u) for u in units if u.head and u.name in graph and not graph.out_degree(u.name)]


def _office_kinds(model: Model, places: Places, graph: nx.DiGraph) -> list[Edge]:
    """office -> kind where the kind is on the chain: 常务副区长 is a 副区长, so follows the 副区长's line.

    An office with a line of its own on the chain follows that line alone: its own rule overrides its kind's.
    """
    return [
        (o.name, o.kind, o)
        for o in places.kinded
        if not _has_own_line(graph, o.name) and any(k in graph for k in model.kinds(o.name)[1:])
    ]


def _has_own_line(graph: nx.DiGraph, name: str) -> bool:
    """Whether an edge of the chain leaves `name`: a rule of its own, read before any kind is joined."""
    return name in graph and graph.out_degree(name) > 0


def _read_through(
    model: Model, places: Places, graph: CitedGraph, institutions: Collection[str] = frozenset()
) -> CitedGraph:
    """`graph`, then units other than `institutions` joined to their heads, and offices to their kinds."""
    # Each join reads the nodes the graph has so far: a head joined to its unit may bring in a kind.
    graph = _joined(graph, _unit_heads(model, graph.digraph, institutions))
    return _joined(graph, _office_kinds(model, places, graph.digraph))


def _of_levels(
    model: Model, places: Places, chains: Chains, indices: Sequence[int], institutions: Collection[str] = frozenset()
) -> CitedGraph:
    """The graph of the statements `indices`, read through units (but `institutions`) and kinds."""
    return _read_through(model, places, _of(chains, indices), institutions)


def institutions(model: Model) -> Mapping[str, tuple[str, ...]]:
    """Each unit that decides through bodies of its own, with those bodies (区政府: its 全体会议, 常务会议): a matter
    that reaches it is decided there by one of them, not by its head; a unit not here has no body of its own.

    Read once per model: the deciding checks ask it for every decider of every statement."""
    return model.derive(institutions, lambda: _institutions(model))


def _institutions(model: Model) -> Mapping[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for body in model.bodies.values():
        if body.unit is not None:
            found.setdefault(body.unit, []).append(body.name)
    return MappingProxyType({unit: tuple(bodies) for unit, bodies in found.items()})


def reporting(model: Model, places: Places) -> CitedGraph:
    """Who answers to whom: subordinate -> each superior (第九条: two superiors are two edges)."""
    group = places.groups.get
    # Read straight into edges: the lines are read again, with each edge's line, only when a witness is written.
    pairs = [(line.subordinate, o) for line in model.reports for up in line.superiors for o in group(up, (up,))]
    return _read_through(model, places, _cited(pairs, lambda: _reports_again(model, places)))


def _reports_again(model: Model, places: Places) -> Iterator[Edge]:
    """The reporting edges again, each with its line, in the order `reporting` made them."""
    group = places.groups.get
    for line in model.reports:
        for up in line.superiors:
            for office in group(up, (up,)):
                yield line.subordinate, office, line


def leave(model: Model, places: Places, chains: Chains) -> CitedGraph:
    """Who asks whom to approve leave: the absent office -> the approvers, step by step (第四十七条, 第六十九条).

    A request only reported along a chain (报备) asks nobody to approve it, and no office asks itself: where a group
    asking holds its own approver (区政府领导同志 ask the 区长), the rule says nothing of the approver's own leave.
    """
    graph = _of(chains, chains.asking("leave"))
    graph.digraph.remove_edges_from(list(nx.selfloop_edges(graph.digraph)))
    # A unit or body that approves does so as an institution (报区政府办公室批准), not through its head.
    return _read_through(model, places, graph, model.units.keys())


def escalations(model: Model, places: Places, chains: Chains) -> dict[str | None, CitedGraph]:
    """Escalations per matter (None: those naming no matter), read through units and kinds like any chain; one that
    only reports the matter (报备) asks nobody to decide it, and is left out.

    A matter's graph holds the escalations about it and about each matter it is a kind of, nearest first, as it
    shares their deciders (GS403), then those naming no matter; every matter with such escalations has one.
    """
    general: list[int] = []
    scoped: dict[str, list[int]] = {}
    for i in chains.asking("escalation"):
        about = chains.statements[i].about
        if not about:
            general.append(i)
        for matter in about:
            scoped.setdefault(matter, []).append(i)
    deciding = institutions(model).keys()
    graphs = {None: _of_levels(model, places, chains, general, deciding)} if general else {}
    for matter in model.matters:
        own = [i for kind in lineage(model, matter) for i in scoped.get(kind, ())]
        if own:
            graphs[matter] = _of_levels(model, places, chains, list(dict.fromkeys([*own, *general])), deciding)
    return graphs


def _of(chains: Chains, indices: Sequence[int]) -> CitedGraph:
    """The graph of the statements `indices` as they are written."""
    return _cited(chains.pairs(indices), lambda: chains.edges(indices))


def lineage(model: Model, matter: str) -> list[str]:
    """A matter and the matters it is a kind of, nearest first: what is said of 重大事项 is said of each of its kinds
    (a resolved model has no circular matter parents)."""
    found = [matter]
    while (parent := model.matters[found[-1]].parent) is not None:
        found.append(parent)
    return found


@dataclass(frozen=True)
class ChainGraphs:
    """Every chain of one model as graphs, how their statements were read, and where chains may end (graphs/ends.py)."""

    places: Places
    chains: Chains
    reporting: CitedGraph
    leave: CitedGraph
    escalations: Mapping[str | None, CitedGraph]
    tops: frozenset[Node]


def chain_graphs(model: Model) -> ChainGraphs:
    places = Places.of(model)
    chains = Chains.of(model, places)
    lines = reporting(model, places)
    return ChainGraphs(
        places,
        chains,
        lines,
        leave(model, places, chains),
        escalations(model, places, chains),
        tops(model, lines.digraph),
    )


def chain_graph(chains: Chains, index: int) -> CitedGraph:
    """One chain statement on its own, for witnesses that must stay within it."""
    return _of(chains, (index,))
