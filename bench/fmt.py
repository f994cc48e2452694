"""`govspec fmt`'s work (parse, then print the canonical text) on specs with comments on every statement: time per
size and its growth (linear: ×2 per doubling).

Run: .venv/bin/python bench/fmt.py [--sizes 10000 20000 40000]
"""

from __future__ import annotations

import argparse
import gc
import time

from govspec.syntax.parser import parse
from govspec.syntax.printer import format_spec


def commented(statements: int) -> str:
    lines = ['rules "commented"  # 规则']
    for i in range(statements):
        lines += [f"# 第{i}条的说明", f"office 职{i}  # 职务{i}"]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000])
    args = parser.parse_args()
    print(f"{'statements':>10} {'CPU s':>8} {'growth':>7}")
    previous = None
    for size in args.sizes:
        text = commented(size)
        gc.collect()
        gc.disable()  # as `govspec fmt` reads a spec
        start = time.process_time()
        format_spec(parse(text, "commented.gov"))
        seconds = time.process_time() - start
        gc.enable()
        growth = f"×{seconds / previous:.1f}" if previous else ""
        print(f"{size:>10} {seconds:>8.2f} {growth:>7}")
        previous = seconds


if __name__ == "__main__":
    main()
