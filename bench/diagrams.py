"""Benchmark: drawing every diagram of the flagship spec (org, bodies, signing, chains, standing-in), the failing ones
with their findings overlaid, as SVG by graphviz's `dot`.

Ours: build each drawing from the checked model, lay the highlight over it, write the DOT text and have `dot` draw it
(`govspec.render.figures.figures`, what `govspec report` does for its diagrams). The peer: `dot` alone drawing the
same five DOT texts. CPU time counts our process and the `dot` processes it waits for (their user + system time);
each figure is the median of the runs. The target: all five diagrams in under 2 s.

Also timed, for what a user waits for at the command line: five `govspec diagram` processes, one per kind.

Run: `python bench/diagrams.py [--runs N]`. Not run by the tests.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from govspec.pipeline import check_outcome, load_file
from govspec.render.diagrams import KINDS
from govspec.render.figures import figures

ROOT = Path(__file__).resolve().parent.parent
PENGLAI = ROOT / "spec" / "penglai.gov"
TARGET = 2.0


def _cpu() -> float:
    """CPU seconds of this process and of the children it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _timed(run: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median CPU and median wall-clock seconds of `runs` runs."""
    cpu, wall = [], []
    for _ in range(runs):
        cpu_start, wall_start = _cpu(), time.perf_counter()
        run()
        cpu.append(_cpu() - cpu_start)
        wall.append(time.perf_counter() - wall_start)
    return statistics.median(cpu), statistics.median(wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    outcome = check_outcome(load_file(PENGLAI))
    assert outcome.model is not None
    model, findings = outcome.model, outcome.findings
    texts = [figure.dot for figure in figures(model, findings, "zh")]

    def ours() -> None:
        drawn = figures(model, findings, "zh")
        assert all(figure.svg for figure in drawn)

    def peer() -> None:
        for dot in texts:
            subprocess.run(["dot", "-Tsvg"], input=dot.encode("utf-8"), capture_output=True, check=True)

    def commands() -> None:
        script = Path(sys.executable).parent / "govspec"
        for kind in KINDS:
            out = Path(os.devnull)
            subprocess.run([str(script), "diagram", str(PENGLAI), "--kind", kind, "--format", "svg", "-o", str(out)])

    ours_cpu, ours_wall = _timed(ours, runs)
    peer_cpu, peer_wall = _timed(peer, runs)
    cli_cpu, cli_wall = _timed(commands, max(3, runs // 3))
    print(f"flagship {PENGLAI.name}: {len(KINDS)} diagrams, {sum(len(t) for t in texts)} characters of DOT; medians")
    print(f"  govspec figures (model -> DOT -> dot -Tsvg): CPU {ours_cpu:.3f} s, wall {ours_wall:.3f} s")
    print(f"  peer: dot -Tsvg alone on the same DOT text:   CPU {peer_cpu:.3f} s, wall {peer_wall:.3f} s")
    print(f"  ratio ours / peer: CPU {ours_cpu / peer_cpu:.2f}x, wall {ours_wall / peer_wall:.2f}x")
    print(f"  5 x `govspec diagram` processes (start-up, parse, draw): CPU {cli_cpu:.3f} s, wall {cli_wall:.3f} s")
    verdict = "met" if ours_wall < TARGET else "MISSED"
    print(f"  target: every diagram in under {TARGET:.0f} s: {verdict} ({ours_wall:.3f} s wall)")


if __name__ == "__main__":
    main()
