"""Resolved model -> networkx digraphs, one per kind of chain, with the statements that made each edge beside them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import product

import networkx as nx

from govspec.graphs.reading import Chains, Edge, Node, Places
from govspec.model.entities import Cited, Model, PowerKey


@dataclass(frozen=True, eq=False)
class CitedGraph:
    """A digraph of plain edges, and beside it every edge as it was made, with its statement, in statement order.

    The graph carries no per-edge data: which statements made an edge is looked up only when a witness is written.
    """

    digraph: nx.DiGraph
    made: list[Edge] = field(repr=False)

    def origins(self, u: Node, v: Node) -> tuple[Cited, ...]:
        """Every statement that made the edge u -> v, each once, in the order they made it."""
        first, more = self._index
        return tuple(more[u, v]) if (u, v) in more else (first[u, v],)

    @cached_property
    def _index(self) -> tuple[dict[tuple[Node, Node], Cited], dict[tuple[Node, Node], list[Cited]]]:
        """The first statement that made each edge, and all of them for the few edges that several made."""
        first: dict[tuple[Node, Node], Cited] = {}
        more: dict[tuple[Node, Node], list[Cited]] = {}
        for u, v, origin in self.made:
            known = first.setdefault((u, v), origin)
            if known is not origin:
                also = more.setdefault((u, v), [known])
                if all(o is not origin for o in also):
                    also.append(origin)
        return first, more


def digraph(edges: Iterable[Edge]) -> CitedGraph:
    """A graph built in bulk from edges as made; repeated edges become one."""
    graph = CitedGraph(nx.DiGraph(), [])
    _add(graph, edges)
    return graph


def _add(graph: CitedGraph, edges: Iterable[Edge]) -> None:
    """Add edges to a graph still being built."""
    made = list(edges)
    graph.digraph.add_edges_from([(u, v) for u, v, _ in made])
    graph.made.extend(made)


def _unit_heads(model: Model, graph: nx.DiGraph) -> list[Edge]:
    """unit -> head where chains end at a unit: it acts through its head (局长负责制, 第九条)."""
    units = model.units.values()
    return [(u.name, u.head, u) for u in units if u.head and u.name in graph and not graph.out_degree(u.name)]


def _office_kinds(model: Model, graph: nx.DiGraph) -> list[Edge]:
    """office -> kind where the kind is on the chain: 常务副区长 is a 副区长, so follows the 副区长's line.

    An office with a line of its own on the chain follows that line alone: its own rule overrides its kind's.
    """
    offices = model.offices.values()
    return [
        (o.name, o.kind, o)
        for o in offices
        if o.kind and not _has_own_line(graph, o.name) and any(k in graph for k in model.kinds(o.name)[1:])
    ]


def _has_own_line(graph: nx.DiGraph, name: str) -> bool:
    """Whether an edge of the chain leaves `name`: a rule of its own, read before any kind is joined."""
    return name in graph and graph.out_degree(name) > 0


def _read_through(model: Model, edges: list[Edge], kinds: bool = True) -> CitedGraph:
    """The graph of `edges`, then units joined to their heads and, with `kinds`, offices to their kinds."""
    graph = digraph(edges)
    # Each join reads the nodes the graph has so far: a head joined to its unit may bring in a kind.
    _add(graph, _unit_heads(model, graph.digraph))
    if kinds:
        _add(graph, _office_kinds(model, graph.digraph))
    return graph


def reporting(model: Model, places: Places) -> CitedGraph:
    """Who answers to whom: subordinate -> each superior (第九条: two superiors are two edges)."""
    group = places.groups.get  # names read inline, as in Chains.of: a call per name costs more than its edge
    lines = [
        edge
        for line in model.reports
        for name in line.superiors
        for edge in product(group(line.subordinate, (line.subordinate,)), group(name, (name,)), (line,))
    ]
    return _read_through(model, lines)


def leave(model: Model, chains: Chains) -> CitedGraph:
    """Who asks whom for leave: the absent office -> the approvers, step by step (第四十七条, 第六十九条)."""
    return _read_through(model, chains.edges(chains.of_kind("leave")))


def routes(model: Model, chains: Chains) -> CitedGraph:
    """How documents travel: every route's steps, read together (第五十一条, 第五十三条, 第五十五条)."""
    return _read_through(model, chains.edges(chains.of_kind("route")), kinds=False)


def escalations(model: Model, chains: Chains) -> dict[str | None, CitedGraph]:
    """Escalations per matter (None: those naming no matter); a matter's chains include those naming none and those
    about the matters it is a kind of, as it shares their deciders (GS403)."""
    general: list[int] = []
    scoped: dict[str, list[int]] = {}
    for i in chains.of_kind("escalation"):
        about = chains.statements[i].about
        if not about:
            general.append(i)
        for matter in about:
            scoped.setdefault(matter, []).append(i)
    graphs: dict[str | None, CitedGraph] = {None: digraph(chains.edges(general))} if general else {}
    return graphs | {
        matter: digraph(chains.edges(_about(_lineage(model, matter), general, scoped))) for matter in scoped
    }


def _about(lineage: list[str], general: list[int], scoped: Mapping[str, list[int]]) -> list[int]:
    """The escalations that speak to the first matter of `lineage`: those naming none, then those about it and about
    each matter it is a kind of, nearest first, each once."""
    return list(dict.fromkeys([*general, *(i for matter in lineage for i in scoped.get(matter, ()))]))


def _lineage(model: Model, matter: str) -> list[str]:
    """A matter and the matters it is a kind of, nearest first (a resolved model has no circular matter parents)."""
    found = [matter]
    while (parent := model.matters[found[-1]].parent) is not None:
        found.append(parent)
    return found


def standing_in(model: Model) -> CitedGraph:
    """Who stands in for whom: the absent office -> its stand-in (代理)."""
    return digraph((acting.absent, acting.standin, acting) for acting in model.actings)


def delegations(model: Model) -> dict[PowerKey, CitedGraph]:
    """Per power, who passes it to whom: delegator -> delegate (委托, 授权)."""
    by_power: dict[PowerKey, list[Edge]] = {}
    for d in model.delegations:
        by_power.setdefault(d.power, []).extend(product(d.delegators, d.delegates, (d,)))
    return {power: digraph(edges) for power, edges in sorted(by_power.items())}


@dataclass(frozen=True)
class ChainGraphs:
    """Every chain of one model as graphs, and how their statements were read."""

    places: Places
    chains: Chains
    reporting: CitedGraph
    leave: CitedGraph
    routes: CitedGraph
    escalations: Mapping[str | None, CitedGraph]
    standing_in: CitedGraph
    delegations: Mapping[PowerKey, CitedGraph]


def chain_graphs(model: Model) -> ChainGraphs:
    places = Places.of(model)
    chains = Chains.of(model, places)
    return ChainGraphs(
        places,
        chains,
        reporting(model, places),
        leave(model, chains),
        routes(model, chains),
        escalations(model, chains),
        standing_in(model),
        delegations(model),
    )


def chain_graph(chains: Chains, index: int) -> CitedGraph:
    """One chain statement on its own, for witnesses that must stay within it."""
    return digraph(chains.edges((index,)))
