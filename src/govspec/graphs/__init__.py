"""Graphs: resolved model -> networkx graphs of every chain, with the statements that made each edge beside them."""

from __future__ import annotations

from govspec.graphs.analysis import (
    closed_cycles,
    cycle_in,
    cycles,
    dead_ends,
    path_to,
    reached_from,
    step_from,
    way_around,
)
from govspec.graphs.build import ChainGraphs, CitedGraph, chain_graph, chain_graphs, lineage
from govspec.graphs.ends import externals
from govspec.graphs.reading import Chains, Edge, Level, Node, Places, Unnamed, node_key

__all__ = [
    "ChainGraphs",
    "Chains",
    "CitedGraph",
    "Edge",
    "Level",
    "Node",
    "Places",
    "Unnamed",
    "chain_graph",
    "chain_graphs",
    "closed_cycles",
    "cycle_in",
    "cycles",
    "dead_ends",
    "externals",
    "lineage",
    "node_key",
    "path_to",
    "reached_from",
    "step_from",
    "way_around",
]
