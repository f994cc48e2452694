"""One power -> a networkx digraph of who could ever hold it, and pass it on, by its origins, kinds and transfers.

The nodes are (office, "holds") and (office, "passes"); an edge u -> v says v follows from u. The edges mirror
`_fixpoint` in logic/powers.py with presence and absence left unconstrained, as `reachable()` reads it: whoever
could ever hold the power is a "holds" node reachable from the origins that need no grant.
"""

from __future__ import annotations

import networkx as nx

from govspec.logic.powers import PowerRules
from govspec.logic.scenario import Staffing
from govspec.model.entities import Model

HOLDS = "holds"
PASSES = "passes"

Node = tuple[str, str]


def sources(rules: PowerRules) -> list[Node]:
    """The origins that need no grant: they hold the power and may pass it on from the start."""
    return [(o.office, role) for o in rules.origins if o.granter is None for role in (HOLDS, PASSES)]


def power_graph(rules: PowerRules, staffing: Staffing) -> nx.DiGraph:
    """Every way one office's holding or passing on of the power makes another's, as edges; sources included."""
    edges: list[tuple[Node, Node]] = []
    for origin in rules.origins:
        # Reviewers are ignored: some scenario has every reviewer at work, and "could ever" asks for one.
        if origin.granter is not None:
            granter = (origin.granter, PASSES)
            edges += [(granter, (origin.office, HOLDS)), (granter, (origin.office, PASSES))]
    for t in rules.transfers:
        if t.kind == "acting":
            # The stand-in holds, and may pass on, exactly what the absent office could.
            edges += [((t.source, HOLDS), (t.target, HOLDS)), ((t.source, PASSES), (t.target, PASSES))]
        else:
            # A delegate holds what its delegator may pass, and may pass it further only by an `onward` delegation.
            edges.append(((t.source, PASSES), (t.target, HOLDS)))
            if t.onward:
                edges.append(((t.source, PASSES), (t.target, PASSES)))
    # Every office the power can reach lies in the kind trees of those the rules name.
    for office in staffing.cone(rules.offices):
        # Whoever may pass the power on holds it: said outright, not left to follow from the other edges.
        edges.append(((office, PASSES), (office, HOLDS)))
        # The holders of an office include the holders of the offices that are kinds of it (常务副区长 is a 副区长);
        # not of the part of the holder in charge, which one holder holds (PowerRules.charged).
        kind = staffing.offices[office].kind
        if kind is not None and kind != rules.charged:
            edges += [((kind, HOLDS), (office, HOLDS)), ((kind, PASSES), (office, PASSES))]
    graph = nx.DiGraph()
    graph.add_nodes_from(sources(rules))
    graph.add_edges_from(edges)
    return graph


def reached(graph: nx.DiGraph, start: list[Node]) -> tuple[set[str], set[str]]:
    """The offices whose "holds" and whose "passes" nodes can be reached from `start` (multi-source search)."""
    found = [node for layer in nx.bfs_layers(graph, start) for node in layer]
    return {office for office, role in found if role == HOLDS}, {office for office, role in found if role == PASSES}


def reach(rules: PowerRules, staffing: Staffing) -> tuple[set[str], set[str]]:
    """Who could ever hold the power, and pass it on, in some scenario: `reachable()` of logic/powers as a graph."""
    return reached(power_graph(rules, staffing), sources(rules))


def feeders(model: Model) -> nx.DiGraph:
    """Every way any power may pass from one office to another, whatever the power: to an office from its kind, to a
    stand-in from the absent office, to a delegate, to a signer from the office that grants it the signing.

    A superset of each power's own graph over offices: a power reaches an office only from the offices upstream.
    """
    edges = [(office.kind, office.name) for office in model.offices.values() if office.kind]
    edges += [(acting.absent, acting.standin) for acting in model.actings]
    edges += [(giver, taker) for rule in model.delegations for giver in rule.delegators for taker in rule.delegates]
    edges += [
        (option.granted_by, option.office)
        for rule in model.documents.values()
        for option in (rule.signers.options if rule.signers else ())
        if option.granted_by
    ]
    graph = nx.DiGraph()
    graph.add_edges_from(edges)
    return graph


def upstream(graph: nx.DiGraph, office: str) -> set[str]:
    """The offices a power could come to `office` from, `office` included."""
    return nx.ancestors(graph, office) | {office} if office in graph else {office}
