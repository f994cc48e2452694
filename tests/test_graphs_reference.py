"""The networkx-based graph layer agrees with the plain-Python reference on random graphs, and so do the checks."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from itertools import pairwise

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from govspec.checks import CHECKS, CheckOptions
from govspec.diagnostics import Span
from govspec.graphs import CitedGraph, closed_cycles, cycle_in, cycles, dead_ends, path_to, reached_from
from govspec.model.entities import Chain, Cited, Group, Label, Model, Office, ReportingLine, Step, Unit
from reference_graphs import cyclic_components, reaching, read_chain, successors, top_heads

NODES = [f"o{i}" for i in range(9)]
STATEMENT = Cited(citations=("第一条",), span=Span("random.gov", 1, 1, 1, 2))


def edges_over(draw: st.DrawFn, size: int) -> list[tuple[str, str]]:
    """Edges over `size` nodes; self-loops, repeats and nodes with two successors come by chance."""
    nodes = st.sampled_from(NODES[:size])
    return draw(st.lists(st.tuples(nodes, nodes), max_size=3 * size))


@st.composite
def edge_lists(draw: st.DrawFn) -> list[tuple[str, str]]:
    """Random edges, sometimes in two parts that share no node."""
    edges = edges_over(draw, draw(st.integers(1, len(NODES))))
    if draw(st.booleans()):
        edges += [(f"x{u}", f"x{v}") for u, v in edges_over(draw, draw(st.integers(1, 4)))]
    return edges


def build(edges: list[tuple[str, str]]) -> CitedGraph:
    graph = nx.DiGraph()
    graph.add_edges_from(edges)
    return CitedGraph(graph, lambda: [(u, v, STATEMENT) for u, v in edges])


@given(edge_lists())
def test_cycles_are_the_cyclic_components(edges):
    assert {frozenset(c) for c in cycles(build(edges))} == cyclic_components(edges)


@given(edge_lists(), st.sets(st.sampled_from(NODES), max_size=3), st.sets(st.sampled_from(NODES), max_size=3))
def test_reached_from_is_a_forward_search_around_the_barred(edges, sources, barred):
    kept = [(u, v) for u, v in edges if u not in barred and v not in barred]
    nodes = {node for edge in edges for node in edge}
    expected = reaching([(v, u) for u, v in kept], sources - barred) & nodes
    assert reached_from(build(edges), sources, barred) == expected


@given(edge_lists(), st.sets(st.sampled_from(NODES), max_size=3))
def test_dead_ends_are_the_stranded_nodes_no_edge_leaves(edges, targets):
    adjacency = successors(edges)
    stranded = set(adjacency) - reaching(edges, targets)
    assert sorted(dead_ends(build(edges), targets)) == sorted(node for node in stranded if not adjacency[node])


@given(edge_lists(), st.sets(st.sampled_from(NODES), max_size=3))
def test_closed_cycles_have_no_way_out(edges, targets):
    adjacency = successors(edges)
    stranded = set(adjacency) - reaching(edges, targets)
    expected = {c for c in cyclic_components(edges) if c <= stranded and all(v in c for u in c for v in adjacency[u])}
    assert {frozenset(c) for c in closed_cycles(build(edges), targets)} == expected


@given(edge_lists(), st.sets(st.sampled_from(NODES), max_size=3))
def test_whatever_stops_short_ends_at_a_dead_end_or_a_closed_cycle(edges, targets):
    """Why the gap checks report only dead ends and closed cycles: all that cannot reach `targets` leads to one."""
    graph = build(edges)
    adjacency = successors(edges)
    stranded = set(adjacency) - reaching(edges, targets)
    terminal = set(dead_ends(graph, targets)).union(*closed_cycles(graph, targets))
    for node in stranded:
        assert reaching([(v, u) for u, v in edges], [node]) & terminal
    assert terminal <= stranded


@given(edge_lists())
def test_cycle_witness_is_a_cycle_of_the_component(edges):
    graph, pairs = build(edges), set(edges)
    for component in cycles(graph):
        cycle = cycle_in(graph, component)
        assert {(u, v) for u, v, _ in cycle} <= pairs
        assert all(a[1] == b[0] for a, b in pairwise(cycle)) and cycle[-1][1] == cycle[0][0] == component[0]
        assert {u for u, _, _ in cycle} <= set(component)
        assert all(origin is STATEMENT for _, _, origin in cycle)


@given(edge_lists(), st.sampled_from(NODES))
def test_path_to_walks_back_until_nothing_new(edges, node):
    graph, pairs = build(edges), set(edges)
    path = path_to(graph, node)
    if node not in graph.digraph or not any(v == node and u != node for u, v in pairs):
        # Reached from itself alone, a node's path is its loop; reached from nowhere, it has none.
        assert [(u, v) for u, v, _ in path] == ([(node, node)] if (node, node) in pairs else [])
        return
    assert {(u, v) for u, v, _ in path} <= pairs and path[-1][1] == node
    on_path = [path[0][0], *(v for _, v, _ in path)]
    assert len(on_path) == len(set(on_path)), "a witness path visits no node twice"
    assert set(graph.digraph.predecessors(on_path[0])) <= set(on_path)


@given(edge_lists(), st.booleans())
def test_first_origins_are_the_first_statements_in_the_order_they_were_made(edges, indexed_first):
    """Read until found, or taken from the index of every edge: either way the first statement that made each edge."""
    made = [
        (u, v, Cited(citations=(f"第{i}条",), span=Span("random.gov", i + 1, 1, i + 1, 2)))
        for i, (u, v) in enumerate(edges)
    ]
    graph = nx.DiGraph()
    graph.add_edges_from(edges)
    cited = CitedGraph(graph, lambda: made)
    if indexed_first and edges:
        cited.origins(*edges[0])  # asking one edge's origins indexes every edge
    expected: dict[tuple[str, str], Cited] = {}
    for u, v, origin in made:
        expected.setdefault((u, v), origin)
    wanted = list(dict.fromkeys(edges))[::2]
    assert cited.first_origins(wanted) == {edge: expected[edge] for edge in wanted}


@dataclass(frozen=True)
class World:
    """A random government: reporting lines and one-step leave approvals among offices, units (one per head), a group,
    an external authority, and offices that are kinds of others, each declaration citing an article."""

    lines: list[tuple[str, str]]
    leaves: list[tuple[str, str]]
    heads: dict[str, str]
    kinds: dict[str, str]
    groups: dict[str, tuple[str, ...]]
    externals: set[str]

    def read(self, edges: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return read_chain(edges, self.groups, self.heads, self.kinds)

    def read_leave(self) -> list[tuple[str, str]]:
        """Leave approvals: nobody asks themselves, and a unit approves as an institution, not through its head."""
        return read_chain(self.leaves, self.groups, {}, self.kinds, loops=False)

    def tops(self) -> set[str]:
        return top_heads(self.read(self.lines), self.heads, self.externals, self.kinds)


@st.composite
def worlds(draw: st.DrawFn) -> World:
    heads = {f"u{head}": head for head in sorted(draw(st.sets(st.sampled_from(NODES), max_size=3)))}
    # A kind is an office of smaller index, so that kinds never run in a circle.
    drawn = draw(st.dictionaries(st.sampled_from(NODES), st.sampled_from(NODES), max_size=3))
    kinds = {office: kind for office, kind in drawn.items() if kind < office}
    group = tuple(draw(st.lists(st.sampled_from(NODES), min_size=1, max_size=3, unique=True)))
    names = st.sampled_from([*NODES, *heads, "g", "e"])
    # Who reports is an office or a unit (the resolver refuses a group or an external there, GS103).
    reporting = st.sampled_from([*NODES, *heads])
    lines = st.lists(st.tuples(reporting, names), max_size=14)
    return World(draw(lines), draw(st.lists(st.tuples(names, names), max_size=14)), heads, kinds, {"g": group}, {"e"})


def model(world: World) -> Model:
    """The model of a world; every declaration cites an article, so every edge of a witness names one."""

    def span(line: int) -> Span:
        return Span("random.gov", line, 1, line, 2)

    declared = {"citations": ("第九十条",), "span": span(90)}
    return Model(
        file="random.gov",
        title=None,
        source=None,
        offices={name: Office(name, kind=world.kinds.get(name), **declared) for name in NODES},
        labels={name: Label(name, "external", **declared) for name in sorted(world.externals)},
        units={unit: Unit(unit, head, **declared) for unit, head in world.heads.items()},
        groups={name: Group(name, offices, **declared) for name, offices in world.groups.items()},
        powers={},
        matters={},
        bodies={},
        documents={},
        reports=tuple(
            ReportingLine(a, (b,), citations=(f"第{i}条",), span=span(i)) for i, (a, b) in enumerate(world.lines)
        ),
        chains=tuple(
            Chain("leave", a, (a,), (), (Step((b,)),), citations=(f"第{i}条",), span=span(100 + i))
            for i, (a, b) in enumerate(world.leaves)
        ),
    )


def run(code: str, checked: Model) -> list:
    return list(CHECKS[code].run(checked, CheckOptions()))


@settings(max_examples=60)
@given(worlds())
def test_cycle_findings_match_the_reference(world):
    found = []
    for f in run("GS401", model(world)):
        found.append(sorted(f.witness.get("entangled") or [edge["from"] for edge in f.witness["cycle"]]))
        assert set(f.citations) == {edge["citation"] for edge in f.witness["cycle"]}
    # A list, not a set: a cycle reported twice is a defect the reference must catch.
    read = [*cyclic_components(world.read(world.lines)), *cyclic_components(world.read_leave())]
    assert sorted(found) == sorted(sorted(component) for component in read)


def dead_ends_of(edges: list[tuple[str, str]], tops: set[str], elsewhere: Collection[str] = ()) -> list[str]:
    """The nodes no edge leaves, other than the tops and the ends another check reports."""
    return [node for node, after in successors(edges).items() if not after and node not in tops | set(elsewhere)]


@settings(max_examples=60)
@given(worlds())
def test_gap_findings_are_the_stranded_ends(world):
    tops, lines = world.tops(), world.read(world.lines)
    # An office that reports to no one is GS202's finding, not a gap in the reporting lines; a leave chain ends at
    # whoever approves.
    expected = dead_ends_of(lines, tops, NODES)
    gaps = run("GS402", model(world))
    assert sorted(f.witness["end"] for f in gaps) == sorted(expected)
    for f in gaps:
        path = [(edge["from"], edge["to"]) for edge in f.witness["path"]]
        assert set(path) <= set(lines) and path[-1][1] == f.witness["end"]
