"""Benchmark: chain graphs and every chain check on synthetic rule sets of 10^3 … 10^6 edges.

Each size is a model of reporting lines (a tree, some offices with two superiors), leave approvals, document routes
through a mandatory step and escalations about ten matters, with a few defects so that every check has work.
Next to our time (build the graphs from the model + run every graph check, GS401–GS409) it prints networkx's own
time on the same graphs: build from plain edge lists in bulk, strongly connected components, and the reverse search
from the tops.

Each side is timed in a process of its own: a worker that builds the same model and the same edge lists, then runs
only its side, as many times as fit in about a second (at least five), and reports its best run. Timed in one process,
taking turns, each side ran on the memory the other had just freed, and the figures depended on the order: at 10^4
edges our side ran about a tenth slower, and networkx about a twentieth faster, than each did on its own. The garbage
is collected before each run and the cyclic collector is paused while it runs, as `govspec check` pauses it while
the checks run. Every size has three workers per side, in turns, and each figure is the best of all their runs.

Run: `python bench/chains.py [--max-edges N]`. Not run by the tests.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from typing import TypeVar

import networkx as nx

from govspec.checks import CHECKS, CheckOptions
from govspec.checks.chains import graphs_of
from govspec.diagnostics import Span
from govspec.graphs import Unnamed
from govspec.graphs.powers import power_graph, sources
from govspec.logic.powers import PowerIndex
from govspec.logic.scenario import Staffing
from govspec.model.entities import (
    Acting,
    Chain,
    Delegation,
    Label,
    Mandatory,
    Matter,
    Model,
    Office,
    Power,
    PowerKey,
    ReportingLine,
    Routing,
    Step,
    Unit,
)

T = TypeVar("T")
CHAIN_CODES = [code for code in sorted(CHECKS) if code.startswith("GS4")]
MATTERS = [f"m{i}" for i in range(10)]
RUNS = 5
SECONDS = 1.0
WORKERS = 3


class Lines:
    """Hands out one source line per synthetic statement, so every edge has its own place."""

    def __init__(self) -> None:
        self.line = 0

    def __call__(self) -> dict[str, object]:
        self.line += 1
        return {"citations": (f"第{self.line % 79 + 1}条",), "span": Span("synthetic.gov", self.line, 1, self.line, 2)}


def synthetic(edges: int, seed: int = 4) -> Model:
    """A model whose chains make about `edges` edges, a quarter each from reporting, leave, routes and escalation."""
    rng, at = random.Random(seed), Lines()
    n = max(8, edges // 4)
    names = [f"o{i}" for i in range(n)]
    parent = [0, *(rng.randrange(max(0, i - 30), i) for i in range(1, n))]
    offices = {name: Office(name, **at()) for name in names}
    offices["o7"] = Office("o7", kind="o5", **at())
    units = {
        "区政府": Unit("区政府", "o0", **at()),
        "办公室": Unit("办公室", "o1", **at()),
        "小组": Unit("小组", **at()),
    }
    labels = {"市政府": Label("市政府", "external", **at())}
    two = [(names[i], ("市政府",) if i % 2 else (names[parent[parent[i]]],)) for i in range(2, n, 50)]
    reports = [ReportingLine(names[i], (names[parent[i]],), **at()) for i in range(1, n)]
    reports += [ReportingLine(name, superiors, **at()) for name, superiors in two]
    reports.append(ReportingLine("o1", ("o2",), **at()))  # a cycle: o2 answers to o1 or above it

    def chain(
        kind: str, name: str, steps: list[list[str | None]], subjects: tuple[str, ...] = (), about: str = ""
    ) -> Chain:
        return Chain(kind, name, subjects, (about,) if about else (), tuple(Step(tuple(s)) for s in steps), **at())

    def step() -> str:
        return names[rng.randrange(2, n)]

    chains = [chain("leave", names[i], [[names[parent[i]]]], subjects=(names[i],)) for i in range(3, n)]  # o2: none
    chains.append(chain("leave", "o1", [["办公室"], [None]], subjects=("o1",)))
    chains.append(chain("leave", "o0", [["小组"]], subjects=("o0",)))  # a unit with no head: a gap
    chains += [chain("route", f"r{i}", [[step()], [step(), step()], ["办公室"], ["o0"]]) for i in range(n // 4)]
    chains.append(chain("route", "越级", [[step()], ["o0"]]))
    joint = (Step((step(),)), Step(("办公室",)), Step(("o0", "市政府"), joint=True))
    chains.append(Chain("route", "多头主送", (), (), joint, single=True, **at()))

    def escalation(i: int) -> Chain:
        """A dispute goes from an office to its superior and on to o0, who decides every matter."""
        start = rng.randrange(2, n)
        path = dict.fromkeys([names[start], names[parent[start]], "o0"])  # the superior may be o0 itself
        return chain("escalation", f"e{i}", [[name] for name in path], about=MATTERS[i % 10])

    chains += [escalation(i) for i in range(n // 2)]
    chains.append(chain("escalation", "止步", [[step()], [step()]], about="m0"))
    # Named powers, stand-ins for them (half for a power the absent office never holds: GS409) and delegations that
    # make some of those stand-ins pass something after all. No stand-in takes over every power of an office, as in
    # the rule sets at hand: one that did would have GS409 read every power's origins (measured on its own).
    powers = {f"p{i}": Power(f"p{i}", names[i], **at()) for i in range(2, n, 40)}
    actings = [
        Acting(names[i], names[parent[i]], (PowerKey("named", f"p{i - (i - 2) % 40}"),), **at())
        for i in range(2, n, 20)
    ]
    delegations = [
        Delegation("entrust", PowerKey("named", f"p{i}"), (names[i],), (names[i + 20],), **at())
        for i in range(2, n - 20, 80)
    ]
    return Model(
        file="synthetic.gov",
        title=None,
        source=None,
        offices=offices,
        labels=labels,
        units=units,
        groups={},
        powers=powers,
        matters={m: Matter(m, routing=(Routing("may", ("o0",)),), **at()) for m in MATTERS},
        bodies={},
        documents={},
        reports=tuple(reports),
        chains=tuple(chains),
        mandatory=(Mandatory("办公室", ("o0",), **at()),),
        actings=tuple(actings),
        delegations=tuple(delegations),
    )


def ours(model: Model) -> int:
    """Build the graphs and run every chain check; the number of findings."""
    return sum(1 for code in CHAIN_CODES for _ in CHECKS[code].run(model, CheckOptions()))


Inputs = list[tuple[list[tuple[object, object]], list[object], bool]]


def plain_inputs(model: Model) -> Inputs:
    """The same graphs as plain edge lists, each with where a search starts and whether it runs backwards: from the
    tops back along the chains; from a power's origins forward to whoever could hold it (GS409's graphs). Routes are
    each read on their own, step by step, with no graph search, so neither side builds a graph of them."""
    graphs = graphs_of(model)
    ends = graphs.tops
    every = [g.digraph for g in (graphs.reporting, graphs.leave, *graphs.escalations.values())]
    inputs: Inputs = [
        (list(g.edges()), [node for node in g if node in ends or isinstance(node, Unnamed)], True) for g in every
    ]
    staffing = Staffing.of(model)
    index = PowerIndex(model, staffing)
    for power in sorted({power for acting in model.actings for power in acting.powers}, key=PowerKey.sort_key):
        rules = index.rules(power)
        inputs.append((list(power_graph(rules, staffing).edges()), list(sources(rules)), False))
    return inputs


def raw_networkx(inputs: Inputs) -> None:
    """Build each graph in bulk from its edge list, then strongly connected components and the search for reach."""
    for edges, starts, backwards in inputs:
        graph = nx.DiGraph()
        graph.add_edges_from(edges)
        for _ in nx.strongly_connected_components(graph):
            pass
        if starts:
            set().union(*nx.bfs_layers(graph.reverse(copy=False) if backwards else graph, starts))


def timed(work: Callable[[T], object], value: T) -> float:
    """How long `work` took on `value`, with the cyclic collector paused while it ran."""
    gc.collect()  # neither side pays for the garbage the other left
    gc.disable()
    try:
        start = time.perf_counter()
        work(value)
        return time.perf_counter() - start
    finally:
        gc.enable()


def best_of(side: str, edges: int) -> dict[str, float]:
    """In this process: one side's best time on the model of about `edges` edges, and its edge and finding counts."""
    model = synthetic(edges)
    # Both workers make the same things before timing, so that each meets the same state of its process.
    findings = ours(model)
    inputs = plain_inputs(model)

    def run() -> float:
        # Ours gets a fresh copy of the model each run: the chain graphs are built once per model object.
        return timed(ours, dataclasses.replace(model)) if side == "ours" else timed(raw_networkx, inputs)

    first = run()
    times = [first, *(run() for _ in range(max(RUNS, min(200, int(SECONDS / max(first, 1e-6))))))]
    return {"seconds": min(times), "edges": sum(len(e) for e, _, _ in inputs), "findings": findings}


def worker(side: str, edges: int) -> dict[str, float]:
    """The best time of one side, measured in a fresh process."""
    command = [sys.executable, __file__, "--worker", side, "--edges", str(edges)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-edges", type=int, default=10**6, help="largest size to run (default 10^6)")
    parser.add_argument("--worker", choices=("ours", "networkx"), help=argparse.SUPPRESS)
    parser.add_argument("--edges", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(best_of(args.worker, args.edges)))
        return
    print(f"{'edges':>9} {'ours s':>8} {'growth':>7} {'networkx s':>11} {'growth':>7} {'overhead':>9} {'findings':>9}")
    previous: tuple[float, float] | None = None
    size = 10**3
    while size <= args.max_edges:
        rounds = [(worker("ours", size), worker("networkx", size)) for _ in range(WORKERS)]
        mine = min(ours["seconds"] for ours, _ in rounds)
        raw = min(theirs["seconds"] for _, theirs in rounds)
        edges, findings = rounds[0][0]["edges"], rounds[0][0]["findings"]
        growth = ("", "") if previous is None else (f"{mine / previous[0]:.1f}x", f"{raw / previous[1]:.1f}x")
        overhead = 100 * (mine - raw) / raw
        print(f"{edges:>9} {mine:>8.4f} {growth[0]:>7} {raw:>11.4f} {growth[1]:>7} {overhead:>8.0f}% {findings:>9}")
        previous = (mine, raw)
        size *= 10


if __name__ == "__main__":
    main()
