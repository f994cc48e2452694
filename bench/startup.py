"""Start-up: `govspec check spec/penglai.gov` as a whole process, next to a process that only imports z3, lark and
networkx (the floor any run pays), and next to `govspec fmt --check` and a syntax error (commands that need no
solver). CPU time of each child process (user + system), medians of interleaved runs.

With `--compare SRC` (the src/ folder of another checkout, e.g. a `git worktree` of an older commit), the same
commands run from that source too, in the same interleaved rounds.

Run: .venv/bin/python bench/startup.py [--runs 15] [--compare ../old/src]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "penglai.gov"


def child_cpu(command: list[str], source: str | None = None) -> float:
    """User + system CPU seconds of one child process (importing govspec from `source` when given)."""
    environment = {**os.environ, "PYTHONPATH": source} if source else None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=environment)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--compare", metavar="SRC", help="also time govspec imported from this source folder")
    args = parser.parse_args()
    broken = Path(tempfile.mkdtemp()) / "broken.gov"
    broken.write_text('rules "r"\noffice 区长\nbody 会 { members 区长; quorum > }\n', encoding="utf-8")
    python = sys.executable
    commands = {
        "import z3, lark, networkx": [python, "-c", "import z3, lark, networkx"],
        "govspec check penglai": [python, "-m", "govspec", "check", str(SPEC)],
        "govspec fmt --check penglai": [python, "-m", "govspec", "fmt", "--check", str(SPEC)],
        "govspec check (syntax error)": [python, "-m", "govspec", "check", str(broken)],
    }
    runs = [(name, command, None) for name, command in commands.items()]
    if args.compare:
        runs += [(f"{name} [{args.compare}]", command, args.compare) for name, command in commands.items()][1:]
    for _, command, source in runs:  # warm: compiled bytecode and the grammar cache exist before timing
        child_cpu(command, source)
    times: dict[str, list[float]] = {name: [] for name, _, _ in runs}
    for _ in range(args.runs):
        for name, command, source in runs:
            times[name].append(child_cpu(command, source))
    floor = statistics.median(times["import z3, lark, networkx"])
    print(f"CPU seconds per process, median of {args.runs} interleaved runs")
    for name, measured in times.items():
        median = statistics.median(measured)
        print(f"  {name:<30} {median:>7.3f} s   {median / floor:>5.2f}× the imports")


if __name__ == "__main__":
    main()
