"""Large meeting bodies: GS302/GS303 on one body of N members (a convener with a stand-in, two chairs), at absence
depth 1 and 2, next to the solver alone answering the same leaderless questions (the engine every instance used
before counting). CPU time, medians of interleaved runs.

Run: .venv/bin/python bench/bodies.py [--members 100 1000 2000] [--runs 5]
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import statistics
import time
from collections.abc import Callable

from govspec.checks import CHECKS
from govspec.logic.oracle import Oracle
from govspec.logic.powers import PowerIndex
from govspec.logic.properties import Leaderless
from govspec.logic.scenario import Staffing
from govspec.logic.solve import Prover
from govspec.model.entities import Model, PowerKey
from govspec.options import CheckOptions
from govspec.pipeline import load_text


def body_of(members: int) -> Model:
    lines = ['rules "one large body"', *(f"office 委员{i}" for i in range(members))]
    lines.append("acting 委员0 -> 委员1 for convene 会")
    names = ", ".join(f"委员{i}" for i in range(members))
    lines.append(f"body 会 {{ members {names}; convener 委员0; chair 委员0 | 委员1; quorum > 1/2 }}")
    model = load_text("\n".join(lines) + "\n", "body.gov").model
    assert model is not None
    return model


def ours(model: Model, code: str, depth: int) -> int:
    return len(list(CHECKS[code].run(dataclasses.replace(model), CheckOptions(absence_depth=depth))))


def solver_alone(model: Model, depth: int) -> int:
    staffing, oracle, prover = Staffing.of(model), Oracle(model), Prover(timeout=60)
    index, body = PowerIndex(model, staffing), model.bodies["会"]
    verdicts = [
        prover.decide(Leaderless(staffing, body, index.rules(PowerKey(role, "会")), depth, oracle).query())
        for role in ("convene", "chair")
    ]
    return len(verdicts)


def cpu(work: Callable[..., object], *arguments: object) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        work(*arguments)
        return time.process_time() - start
    finally:
        gc.enable()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, nargs="+", default=[100, 1_000, 2_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'members':>8} {'depth':>6} {'GS303 ms':>9} {'GS302 ms':>9} {'solver alone ms':>16} {'ratio':>7}")
    for members in args.members:
        model = body_of(members)
        for depth in (1, 2):
            times: dict[str, list[float]] = {"GS303": [], "GS302": [], "solver": []}
            for _ in range(args.runs):
                times["GS303"].append(cpu(ours, model, "GS303", depth))
                times["GS302"].append(cpu(ours, model, "GS302", depth))
                times["solver"].append(cpu(solver_alone, model, depth))
            leaders, margin, solver = (1000 * statistics.median(times[k]) for k in ("GS303", "GS302", "solver"))
            print(f"{members:>8} {depth:>6} {leaders:>9.1f} {margin:>9.1f} {solver:>16.1f} {leaders / solver:>6.3f}×")


if __name__ == "__main__":
    main()
