"""Cycles in small graphs of names (office kinds, matter parents, groups, delegations of one power).

Each cycle is reported once, from its least name, as the shortest way round through it; the large chain graphs
use networkx instead (govspec.graphs).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Iterator, Mapping


def shortest_cycle(edges: Mapping[str, Collection[str]], start: str) -> list[str] | None:
    """The shortest cycle through `start` using only names that sort after it (so each cycle is found once)."""
    parent: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for following in sorted(edges.get(node, ())):
            if following == start:
                path = [node]
                while path[-1] != start:
                    path.append(parent[path[-1]])
                return path[::-1]
            if following > start and following not in parent:
                parent[following] = node
                queue.append(following)
    return None


def cycles(edges: Mapping[str, Collection[str]]) -> Iterator[list[str]]:
    """Every cycle, once, from its least name, in name order."""
    for start in sorted(edges):
        cycle = shortest_cycle(edges, start)
        if cycle is not None:
            yield cycle
