"""The long fuzz run: N specs of spec/ and tests/ mutated from a seed, each read by `check`, `fmt` and now and then
`build` as the bounded fuzz test of `make test` reads them (tests/fuzzing.py), under a time limit per run.

Prints how many mutants ran, the exit codes of their first `check`, every failure (a traceback, an exit code outside
0-2, output that does not parse, a run over the limit, fmt changing its own output or the findings, build --check
finding stale what build wrote), the kinds of failure, and the time per mutant. With --keep DIR each failing mutant
is written there, named by its number, to reproduce it with `govspec check DIR/<number>.gov`. Exits 1 when any
mutant failed.

Run: `python bench/fuzz.py [N] [--seed S] [--workers W] [--limit SECONDS] [--keep DIR]` (or `make fuzz`).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fuzzing import Examined, examine_all, mutants


def _telling(problem: str) -> str:
    """A problem's telling line: the exception of a traceback, the innermost govspec frame of a run over the time
    limit, else its first line."""
    lines = problem.strip().splitlines()
    frames = [line.strip() for line in lines if line.strip().startswith("File") and "/govspec/" in line]
    if "most recent call first" in problem and frames:
        return frames[0]
    return lines[-1] if "Traceback" in problem else lines[0]


def _kind(problems: tuple[str, ...]) -> str:
    """What went wrong on one mutant, told by its most telling problem."""
    return next((_telling(p) for p in problems if "Traceback" in p or "most recent call first" in p), problems[0])


def report(results: list[Examined], wall: float) -> str:
    exits = Counter(r.exits[0] if r.exits else "none (worker ended)" for r in results)
    failures = [r for r in results if r.problems]
    kinds = Counter(_kind(r.problems).splitlines()[0] for r in failures)
    slowest = max(results, key=lambda r: r.seconds)
    lines = [
        f"mutants run: {len(results)} in {wall:.1f} s",
        "exit codes of the first check: " + ", ".join(f"{code}: {n}" for code, n in sorted(exits.items(), key=str)),
        f"failures: {len(failures)}, of {len(kinds)} kinds:",
        *(f"  {n} x {kind}" for kind, n in kinds.most_common()),
        *(f"  {r.mutant.name}\n    " + "\n    ".join(_telling(p) for p in r.problems[:3]) for r in failures),
        f"time per mutant (every run on it): median {1000 * statistics.median(r.seconds for r in results):.1f} ms, "
        f"max {1000 * slowest.seconds:.0f} ms ({slowest.mutant.name})",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=3200, help="how many mutants (default 3,200)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--limit", type=float, default=20.0, help="seconds one run of the command may take")
    parser.add_argument("--keep", type=Path, help="write each failing mutant into this folder")
    args = parser.parse_args()
    started = time.perf_counter()
    results = []
    for done, examined in enumerate(examine_all(mutants(args.seed, args.count), args.workers, args.limit), 1):
        results.append(examined)
        if args.keep and examined.problems:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"{examined.mutant.number}.gov").write_bytes(examined.mutant.content)
        if done % 100 == 0:
            sys.stderr.write(f"\r{done}/{args.count}")
    sys.stderr.write("\r")
    sys.stdout.write(report(results, time.perf_counter() - started))
    return 1 if any(r.problems for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
