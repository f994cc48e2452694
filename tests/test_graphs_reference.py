"""The networkx-based graph layer agrees with the plain-Python reference on random graphs, and so do the checks."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from govspec.checks import CHECKS, CheckOptions
from govspec.diagnostics import Span
from govspec.graphs import CitedGraph, cannot_reach, closed_cycles, cycle_in, cycles, dead_ends, path_to
from govspec.graphs.build import digraph
from govspec.model.entities import Chain, Cited, Model, Office, ReportingLine, Step, Unit
from reference_graphs import cyclic_components, reaching, successors

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
    return digraph((u, v, STATEMENT) for u, v in edges)


@given(edge_lists())
def test_cycles_are_the_cyclic_components(edges):
    assert {frozenset(c) for c in cycles(build(edges))} == cyclic_components(edges)


@given(edge_lists(), st.sets(st.sampled_from(NODES), max_size=3))
def test_cannot_reach_is_the_complement_of_reverse_search(edges, targets):
    graph = build(edges)
    assert cannot_reach(graph, targets) == set(graph.digraph) - reaching(edges, targets)


@given(edge_lists(), st.sets(st.sampled_from(NODES), max_size=3))
def test_dead_ends_are_the_stranded_nodes_no_edge_leaves(edges, targets):
    adjacency = successors(edges)
    stranded = set(adjacency) - reaching(edges, targets)
    assert sorted(dead_ends(build(edges), targets)) == sorted(node for node in stranded if not adjacency[node])


@given(edge_lists(), st.sets(st.sampled_from(NODES), max_size=3))
def test_closed_cycles_have_no_way_out(edges, targets):
    graph = build(edges)
    stranded = cannot_reach(graph, targets)
    adjacency = successors(edges)
    expected = {c for c in cyclic_components(edges) if c <= stranded and all(v in c for u in c for v in adjacency[u])}
    assert {frozenset(c) for c in closed_cycles(graph, stranded)} == expected


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
        assert path == []
        return
    assert {(u, v) for u, v, _ in path} <= pairs and path[-1][1] == node
    on_path = [path[0][0], *(v for _, v, _ in path)]
    assert len(on_path) == len(set(on_path)), "a witness path visits no node twice"
    assert set(graph.digraph.predecessors(on_path[0])) <= set(on_path)


def model(lines: list[tuple[str, str]], leaves: list[tuple[str, str]], heads: set[str]) -> Model:
    """A model with reporting lines, one-step leave approvals, and units headed by `heads`."""

    def span(line: int) -> Span:
        return Span("random.gov", line, 1, line, 2)

    return Model(
        file="random.gov",
        title=None,
        source=None,
        offices={name: Office(name) for name in NODES},
        labels={},
        units={f"u{head}": Unit(f"u{head}", head) for head in sorted(heads)},
        groups={},
        powers={},
        matters={},
        bodies={},
        documents={},
        reports=tuple(ReportingLine(a, (b,), citations=(f"第{i}条",), span=span(i)) for i, (a, b) in enumerate(lines)),
        chains=tuple(
            Chain("leave", a, (a,), (), (Step((b,)),), citations=(f"第{i}条",), span=span(100 + i))
            for i, (a, b) in enumerate(leaves)
        ),
    )


def run(code: str, checked: Model) -> list:
    return list(CHECKS[code].run(checked, CheckOptions()))


pairs_of_offices = st.lists(st.tuples(st.sampled_from(NODES), st.sampled_from(NODES)), max_size=14)


@settings(max_examples=60)
@given(pairs_of_offices, pairs_of_offices)
def test_cycle_findings_match_the_reference(lines, leaves):
    found = set()
    for f in run("GS401", model(lines, leaves, set())):
        found.add(frozenset(f.witness.get("entangled") or [edge["from"] for edge in f.witness["cycle"]]))
        assert set(f.citations) == {edge["citation"] for edge in f.witness["cycle"]}
    assert found == cyclic_components(lines) | cyclic_components(leaves)


@settings(max_examples=60)
@given(pairs_of_offices, pairs_of_offices, st.sets(st.sampled_from(NODES), max_size=3))
def test_gap_findings_are_the_stranded_ends(lines, leaves, heads):
    # The head of a unit is a top only while no reporting line puts it under someone.
    tops = {head for head in heads if all(a != head for a, _ in lines)}
    stranded = {n for pair in leaves for n in pair} - reaching(leaves, tops)
    senders = {a for a, _ in leaves}
    gaps = run("GS402", model(lines, leaves, heads))
    assert sorted(f.witness["end"] for f in gaps) == sorted(stranded - senders)
    for f in gaps:
        path = [(edge["from"], edge["to"]) for edge in f.witness["path"]]
        assert set(path) <= set(leaves) and path[-1][1] == f.witness["end"]
