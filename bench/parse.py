"""Parse + resolve time: the flagship spec, and synthetic specs of growing size. Prints figures and growth ratios.

Run: .venv/bin/python bench/parse.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from govspec.pipeline import load_text
from govspec.syntax.parser import parse

ROOT = Path(__file__).resolve().parent.parent


def synthetic(statements: int) -> str:
    """A spec of about `statements` statements: departments with heads, reporting lines, bodies and documents."""
    lines = ['rules "synthetic"', "office 首长", "unit 本级 head 首长", "external 上级", "reports 本级 -> 上级"]
    per_department = 6
    for i in range(max(1, statements // per_department)):
        lines += [
            f"office 局长{i} count 1 @第{i % 90 + 1}条",
            f"office 副局长{i} count 1..3",
            f"unit 部门{i} head 局长{i}",
            f"reports 局长{i} -> 首长 @第{i % 90 + 1}条",
            f"body 局务会{i} {{ members 局长{i}, 副局长{i}; convener 局长{i}; chair 局长{i}; quorum > 1/2 }}",
            f"document 文{i} when issuer = 部门{i} {{ signer 局长{i} | 副局长{i} authorised by 局长{i} }}",
        ]
    return "\n".join(lines) + "\n"


def best_of(runs: int, action: Callable[[], object]) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings)


def parse_and_resolve(text: str) -> None:
    outcome = load_text(text, "bench.gov")
    assert outcome.model is not None, outcome.findings[:3]


def main() -> None:
    flagship = (ROOT / "spec" / "penglai.gov").read_text(encoding="utf-8")
    parse_and_resolve(flagship)  # warm: grammar compiled once per process
    seconds = best_of(5, lambda: parse_and_resolve(flagship))
    statements = len(parse(flagship, "p").statements)
    print(f"flagship spec/penglai.gov: {statements} statements, parse + resolve {seconds * 1000:.1f} ms (best of 5)")
    print()
    print(f"{'statements':>10} {'lines':>8} {'seconds':>9} {'µs/statement':>13} {'growth':>7}")
    previous = None
    for size in (1_000, 10_000, 100_000):
        text = synthetic(size)
        seconds = best_of(3 if size < 100_000 else 1, lambda text=text: parse_and_resolve(text))
        count = len(parse(text, "s").statements)
        growth = f"{seconds / previous:.1f}x" if previous else "-"
        print(f"{count:>10,} {text.count(chr(10)):>8,} {seconds:>9.3f} {seconds / count * 1e6:>13.1f} {growth:>7}")
        previous = seconds
    print()
    for argv in (["fmt", "--check"], ["check"]):
        command = [sys.executable, "-m", "govspec", *argv, str(ROOT / "spec" / "penglai.gov")]
        seconds = best_of(3, lambda command=command: subprocess.run(command, capture_output=True))
        print(f"govspec {' '.join(argv)} spec/penglai.gov (whole process): {seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()
