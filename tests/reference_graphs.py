"""Plain-Python graph algorithms, written for clarity, against which the networkx-based graph layer is compared."""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Iterable, Mapping, Sequence

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


def kinds_of(kinds: Mapping[str, str], office: str) -> list[str]:
    """The offices `office` is a kind of, nearest first (kinds here never run in a circle)."""
    found = []
    while office in kinds:
        office = kinds[office]
        found.append(office)
    return found


def read_chain(
    edges: Iterable[tuple[str, str]],
    groups: Mapping[str, Sequence[str]],
    heads: Mapping[str, str],
    kinds: Mapping[str, str],
    loops: bool = True,
) -> list[tuple[str, str]]:
    """The edges of a chain as the rules read it: a group stands for each of its offices (with `loops` False, no office
    asks itself); a unit that no edge leaves acts through its head; then an office that no edge leaves follows its
    kind, where a kind of it is on the chain."""
    read = [(a, b) for u, v in edges for a in groups.get(u, [u]) for b in groups.get(v, [v]) if loops or a != b]
    nodes = {node for edge in read for node in edge}
    read += [(unit, head) for unit, head in heads.items() if unit in nodes and all(u != unit for u, _ in read)]
    nodes = {node for edge in read for node in edge}
    leaving = {u for u, _ in read}
    return read + [
        (office, kind)
        for office, kind in kinds.items()
        if office not in leaving and any(k in nodes for k in kinds_of(kinds, office))
    ]


def top_heads(
    reporting: Iterable[tuple[str, str]], heads: Mapping[str, str], externals: set[str], kinds: Mapping[str, str]
) -> set[str]:
    """Where chains may end: an external authority, or a head when neither it nor its unit answers to anyone inside
    the government but each other or the head's kinds; of those, the ones answering outside or with someone under
    them, if any."""
    lines = list(reporting)

    def above(name: str, skip: set[str]) -> set[str]:
        return {v for u, v in lines if u == name and v not in skip}

    def below(name: str, skip: set[str]) -> set[str]:
        return {u for u, v in lines if v == name and u not in skip}

    free: dict[str, bool] = {}
    for unit, head in heads.items():
        skip = {unit, head, *kinds_of(kinds, head)}
        ups = above(head, skip) | above(unit, skip)
        if ups <= externals:
            placed = bool(ups or below(head, skip) or below(unit, skip))
            free[head] = free.get(head, False) or placed
    return externals | ({head for head, placed in free.items() if placed} or set(free))
