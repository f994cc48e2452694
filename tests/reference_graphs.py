"""Plain-Python graph algorithms, written for clarity, against which the networkx-based graph layer is compared."""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Iterable

Pair = tuple[Hashable, Hashable]


def successors(edges: Iterable[Pair]) -> dict[Hashable, list[Hashable]]:
    adjacency: dict[Hashable, list[Hashable]] = {}
    for u, v in edges:
        adjacency.setdefault(u, []).append(v)
        adjacency.setdefault(v, [])
    return adjacency


def tarjan(edges: Iterable[Pair]) -> list[set[Hashable]]:
    """Strongly connected components by Tarjan's algorithm, iteratively (an explicit stack instead of recursion)."""
    adjacency = successors(edges)
    index: dict[Hashable, int] = {}
    low: dict[Hashable, int] = {}
    on_stack: set[Hashable] = set()
    stack: list[Hashable] = []
    components: list[set[Hashable]] = []
    for root in adjacency:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            if child < len(adjacency[node]):
                work.append((node, child + 1))
                nxt = adjacency[node][child]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                components.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return components


def cyclic_components(edges: Iterable[Pair]) -> set[frozenset[Hashable]]:
    """The components that hold a cycle: two or more nodes, or one node with an edge to itself."""
    edges = list(edges)
    loops = {u for u, v in edges if u == v}
    return {frozenset(c) for c in tarjan(edges) if len(c) > 1 or c & loops}


def reaching(edges: Iterable[Pair], targets: Iterable[Hashable]) -> set[Hashable]:
    """Every node with a path to a target (targets included), by breadth-first search over reversed edges."""
    predecessors: dict[Hashable, list[Hashable]] = {}
    for u, v in edges:
        predecessors.setdefault(v, []).append(u)
    seen = set(targets)
    queue = deque(seen)
    while queue:
        for u in predecessors.get(queue.popleft(), []):
            if u not in seen:
                seen.add(u)
                queue.append(u)
    return seen
