"""The questions chain checks ask of a graph, answered with networkx: cycles, where chains stop, reach, witnesses."""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Iterable, Mapping
from itertools import pairwise
from weakref import WeakKeyDictionary

import networkx as nx

from govspec.graphs.build import CitedGraph
from govspec.graphs.reading import Edge, Node, node_key


def _peeled(successors: Mapping[Node, Iterable[Node]], waiting: dict[Node, int]) -> set[Node]:
    """The nodes left once nodes with no edge in are peeled off, one after another: those on a cycle or after one.

    `waiting` counts the edges into each node, and is used up.
    """
    free = [node for node, count in waiting.items() if not count]
    while free:
        for successor in successors[free.pop()]:
            left = waiting[successor] - 1
            waiting[successor] = left
            if not left:
                free.append(successor)
    return {node for node, count in waiting.items() if count}


def _on_cycles(graph: nx.DiGraph) -> set[Node]:
    """A set of nodes holding every cycle of `graph`: peeled from the front, then from the back.

    Most chains hold no cycle, and peeling costs about half a search for components; it leaves that search only the
    few nodes that can be on a cycle.
    """
    forward = dict(graph.adjacency())
    ahead = _peeled(forward, dict(graph.in_degree))
    if not ahead:
        return ahead
    # What is left is small: plain lists of the edges among it, read backwards, cost less than networkx views.
    backward: dict[Node, list[Node]] = {node: [] for node in ahead}
    for node in ahead:
        for successor in forward[node]:
            if successor in ahead:
                backward[successor].append(node)
    return _peeled(backward, {node: sum(s in ahead for s in forward[node]) for node in ahead})


def _cyclic_components(graph: nx.DiGraph) -> list[list[Node]]:
    """The strongly connected components that hold a cycle (two or more nodes, or a self-loop), each sorted."""
    nodes = _on_cycles(graph)
    if not nodes:
        return []
    graph = graph.subgraph(nodes)
    found = [component for component in nx.strongly_connected_components(graph) if len(component) > 1]
    inside = set().union(*found)
    found += [{node} for node in nx.nodes_with_selfloops(graph) if node not in inside]
    return sorted(
        (sorted(component, key=node_key) for component in found), key=lambda component: node_key(component[0])
    )


_found: WeakKeyDictionary[CitedGraph, list[list[Node]]] = WeakKeyDictionary()


def cycles(graph: CitedGraph) -> list[list[Node]]:
    """The strongly connected components that hold a cycle, each sorted, in the order of their first nodes.

    Found once per graph: the cycle check and the dead-end checks ask the same graphs.
    """
    if graph not in _found:
        _found[graph] = _cyclic_components(graph.digraph)
    return _found[graph]


def dead_ends(graph: CitedGraph, targets: Collection[Node]) -> list[Node]:
    """The nodes no edge leaves, other than `targets`: each reaches only itself, so none of `targets`."""
    return [node for node, successors in graph.digraph.adjacency() if not successors and node not in targets]


def closed_cycles(graph: CitedGraph, targets: Collection[Node]) -> list[list[Node]]:
    """The cycles no edge leaves that hold none of `targets`: once on them, none of `targets` is reached.

    With the dead ends they are where every node that cannot reach `targets` ends up, so no search for reach is
    needed to find what stops short.
    """
    digraph = graph.digraph
    return [
        component
        for component, inside in ((component, set(component)) for component in cycles(graph))
        if all(successor in inside for node in component for successor in digraph.successors(node))
        and inside.isdisjoint(targets)
    ]


def reached_from(graph: CitedGraph, sources: Iterable[Node], barred: Collection[Node] = ()) -> set[Node]:
    """Every node a path from one of `sources` leads to without passing `barred`: the sources not barred, and on."""
    digraph = graph.digraph if not barred else nx.subgraph_view(graph.digraph, filter_node=lambda n: n not in barred)
    starts = [node for node in dict.fromkeys(sources) if node in digraph]
    return set().union(*nx.bfs_layers(digraph, starts)) if starts else set()


def _along(graph: CitedGraph, nodes: list[Node]) -> list[Edge]:
    """The edges of a path given by its nodes, each with the first statement that made it."""
    first = graph.first_origins(pairwise(nodes))
    return [(u, v, first[u, v]) for u, v in pairwise(nodes)]


def cycle_in(graph: CitedGraph, component: list[Node]) -> list[Edge]:
    """A shortest cycle through the first node of a cyclic component (breadth first, smallest successor first)."""
    start, inside = component[0], set(component)
    parent: dict[Node, Node] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for successor in sorted(graph.digraph.successors(node), key=node_key):
            if successor == start:
                path = [node]
                while path[-1] != start:
                    path.append(parent[path[-1]])
                return _along(graph, [*reversed(path), start])
            if successor in inside and successor not in parent:
                parent[successor] = node
                queue.append(successor)
    raise ValueError(f"no cycle runs through {start}")


def path_to(graph: CitedGraph, node: Node) -> list[Edge]:
    """A path into `node`, traced back until no new predecessor is left (none if `node` is absent).

    Each step back stays with the statement of the step after it where it can, so that a witness follows one chain
    rather than wandering between chains that share an office; otherwise it takes the smallest predecessor. A node
    reached from itself alone has its loop for a path, so that a witness still names the statement that leads there.
    """
    digraph = graph.digraph
    if node in digraph and set(digraph.predecessors(node)) == {node}:
        return _along(graph, [node, node])
    edges: list[Edge] = []
    current, seen, statement = node, {node}, None
    while current in digraph and (earlier := [p for p in digraph.predecessors(current) if p not in seen]):
        same = [p for p in earlier if any(o is statement for o in graph.origins(p, current))]
        previous = min(same or earlier, key=node_key)
        statement = statement if same else graph.origins(previous, current)[0]
        edges.append((previous, current, statement))
        seen.add(previous)
        current = previous
    return edges[::-1]


def step_from(graph: CitedGraph, node: Node) -> list[Edge]:
    """The edge from `node` to its smallest successor (none if it has none): a witness where nothing leads to it."""
    successors = sorted(graph.digraph.successors(node), key=node_key) if node in graph.digraph else []
    return _along(graph, [node, successors[0]]) if successors else []


def way_around(
    graph: CitedGraph,
    sources: Iterable[Node],
    targets: Collection[Node],
    barred: Collection[Node] = (),
    dropped: Collection[tuple[Node, Node]] = (),
) -> list[Edge]:
    """A shortest way, one edge or more, from one of `sources` to one of `targets` that passes none of `barred` and
    takes none of the edges `dropped`; none if there is none. Sources and successors are taken smallest first, so
    the way is the same on every run."""
    digraph = graph.digraph
    starts = sorted((node for node in dict.fromkeys(sources) if node in digraph and node not in barred), key=node_key)
    parent: dict[Node, Node] = {}
    seen, queue = set(starts), deque(starts)
    while queue:
        node = queue.popleft()
        for successor in sorted(digraph.successors(node), key=node_key):
            if successor in barred or (node, successor) in dropped:
                continue
            if successor in targets:
                way = [successor, node]
                while way[-1] in parent:
                    way.append(parent[way[-1]])
                return _along(graph, way[::-1])
            if successor not in seen:
                seen.add(successor)
                parent[successor] = node
                queue.append(successor)
    return []
