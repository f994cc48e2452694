"""`govspec diff` against its peer, checking both sides: the Penglai spec and each of its amendments, and a synthetic
pair of about 10,000 statements (bench/proofs.py's generator) differing in a signer, a stand-in rule and a quorum.

A diff checks both versions and then compares them; the comparison (Z3 per changed power and office, quorum flips,
chain edges, matching proofs and findings) is its own cost on top. Prints CPU-time medians of each and the ratio of
the whole diff to checking both sides.

Run: .venv/bin/python bench/diff.py
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from govspec.delta.diff import semantic_diff
from govspec.options import CheckOptions
from govspec.pipeline import Outcome, check_outcome, load_file, load_text
from proofs import synthetic

ROOT = Path(__file__).resolve().parent.parent
OPTIONS = CheckOptions(absence_depth=1)
SYNTHETIC_OFFICES = 5_720  # about 10,000 statements: offices, matters, document rules, stand-ins, bodies


def cpu(action: Callable[[], object], runs: int) -> float:
    """The median CPU time of `action`, the cyclic collector paused as the command pauses it."""
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return statistics.median(times)


def changed(text: str) -> str:
    """The synthetic spec with one signer, one stand-in rule and one quorum changed."""
    for before, after in (
        ("{ signer 职50 | 职51 }", "{ signer 职50 }"),
        ("acting 职5 -> 职7 for sign 文1", "acting 职5 -> 职8 for sign 文1"),
        ("quorum > 1/2; decides 事0,", "quorum >= 2/3; decides 事0,"),
    ):
        assert before in text, before
        text = text.replace(before, after, 1)
    return text


def statements(outcome: Outcome) -> int:
    return len(outcome.tree.statements) if outcome.tree else 0


def row(name: str, load_old: Callable[[], Outcome], load_new: Callable[[], Outcome], runs: int) -> None:
    def check_both() -> tuple[Outcome, Outcome]:
        return check_outcome(load_old(), OPTIONS), check_outcome(load_new(), OPTIONS)

    old, new = check_both()
    diff = semantic_diff(old, new, OPTIONS)
    both = cpu(check_both, runs)
    compare = cpu(lambda: semantic_diff(old, new, OPTIONS), runs)
    whole = both + compare
    print(
        f"{name:<44}{statements(old):>10,}{both:>11.3f}{compare:>11.3f}{whole:>11.3f}{whole / both:>8.2f}×"
        f"   powers {len(diff.powers)}, proofs {len(diff.proofs)}, new {len(diff.new_findings)}"
    )


def main() -> None:
    print("CPU seconds, medians: checking both versions, comparing them, the whole diff, and whole / checking both;")
    print("statements: of the old version")
    print(f"{'pair':<44}{'statements':>10}{'check both':>11}{'compare':>11}{'diff':>11}{'ratio':>9}")
    penglai = ROOT / "spec" / "penglai.gov"
    for amendment in sorted((ROOT / "spec" / "amendments").glob("*.gov")):
        row(f"penglai -> {amendment.stem}", lambda: load_file(penglai), lambda a=amendment: load_file(a), runs=5)
    old_text = synthetic(SYNTHETIC_OFFICES)
    new_text = changed(old_text)
    assert new_text != old_text
    row(
        "synthetic pair",
        lambda: load_text(old_text, "synthetic-old.gov"),
        lambda: load_text(new_text, "synthetic-new.gov"),
        runs=3,
    )


if __name__ == "__main__":
    main()
