"""Proof checks at province scale: every GS3xx check on synthetic specs of N offices, at absence depth 1 and 2.

The generator makes N offices (some with open counts, some kinds of others), N/5 document rules (some signed only
through a grant, a few overlapping others), stand-in chains up to depth 3, N/50 bodies, delegations and
routed matters. Prints the time of each check, its growth from one N to the next, and the Penglai spec in-process.

Run: .venv/bin/python bench/proofs.py
"""

from __future__ import annotations

import gc
import itertools
import time
from pathlib import Path

from govspec.checks import CHECKS, run_checks
from govspec.model.entities import Model
from govspec.options import CheckOptions
from govspec.pipeline import load_file, load_text

ROOT = Path(__file__).resolve().parent.parent
SIZES = (100, 1_000, 10_000)
DEPTHS = (1, 2)


def synthetic(n: int) -> str:
    """A spec with n offices, n/5 document rules, stand-in chains of depth up to 3 and n/50 bodies."""
    lines = ['rules "synthetic province"', "form 通知, 请示", "tag 紧急"]
    for i in range(n):
        count = " count 1..3" if i % 10 == 9 else " count 2.." if i % 10 == 8 else ""
        kind = f" is 职{i - 1}" if i % 25 == 24 else ""
        lines.append(f"office 职{i}{count if not kind else ''}{kind} @第{i % 90 + 1}条")
    for k in range(n // 5):
        a, b, c = (5 * k + j for j in range(3))
        lines.append(f"matter 事{k} @第{k % 90 + 1}条 {{ must 会{k % max(1, n // 50)} }}")
        signer = f"职{a} | 职{b} entrusted by 职{a}" if k % 2 else f"职{a} | 职{b}"
        lines.append(f"document 文{k} when subject = 事{k} @第{k % 90 + 1}条 {{ signer {signer} }}")
        if k % 50 == 0:  # a rule that overlaps the one above on some documents: the solver decides which
            condition = f"subject = 事{k} and (form = 请示 or tag = 紧急) and not form = 通知"
            lines.append(f"document 文{k}附 when {condition} @第{k % 90 + 1}条 {{ signer 职{c} }}")
        depth = k % 4  # stand-in chains of depth 0..3 from the first signer
        chain = [a, c, c + 1, c + 2][: depth + 1]
        for src, dst in itertools.pairwise(chain):
            lines.append(f"acting 职{src} -> 职{dst} for sign 文{k} @第{k % 90 + 1}条")
        if k % 7 == 0:
            lines.append(f"entrust sign 文{k} from 职{a} to 职{b} @第{k % 90 + 1}条")
    for j in range(max(1, n // 50)):
        members = [50 * j + i for i in range(0, 50, 10)]
        names = ", ".join(f"职{m}" for m in members if m < n)
        matters = ", ".join(f"事{k}" for k in range(j, n // 5, max(1, n // 50)))
        decides = f"; decides {matters}" if matters else ""
        leaders = f"convener 职{members[0]}; chair 职{members[0]} | 职{members[1]}"
        lines.append(f"body 会{j} @第{j % 90 + 1}条 {{ members {names}; {leaders}; quorum > 1/2{decides} }}")
    return "\n".join(lines) + "\n"


def timed(model: Model, code: str, depth: int) -> float:
    """One check's time, the cyclic collector paused as `govspec check` pauses it: a collection of the whole heap,
    a quarter of a second at N=10,000, would otherwise fall on whichever check was running when it came due."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        list(CHECKS[code].run(model, CheckOptions(absence_depth=depth)))
        return time.perf_counter() - start
    finally:
        gc.enable()


def main() -> None:
    codes = sorted(code for code in CHECKS if code.startswith("GS3"))
    models = {}
    for n in SIZES:
        outcome = load_text(synthetic(n), f"synthetic-{n}.gov")
        assert outcome.model is not None, [f.message for f in outcome.findings[:3]]
        models[n] = outcome.model
    for depth in DEPTHS:
        print(f"\nabsence depth {depth}: seconds per check (growth ×, N from one size to the next)")
        print(f"{'check':<8}" + "".join(f"{f'N={n:,}':>14}" for n in SIZES) + "   growth")
        totals = dict.fromkeys(SIZES, 0.0)
        for code in codes:
            times = [timed(models[n], code, depth) for n in SIZES]
            for n, t in zip(SIZES, times, strict=True):
                totals[n] += t
            growth = " ".join(f"×{b / a:.0f}" if a > 0.0005 else "  -" for a, b in itertools.pairwise(times))
            print(f"{code:<8}" + "".join(f"{t:>14.3f}" for t in times) + f"   {growth}")
        all_times = [totals[n] for n in SIZES]
        growth = " ".join(f"×{b / a:.1f}" for a, b in itertools.pairwise(all_times))
        print(f"{'all':<8}" + "".join(f"{t:>14.3f}" for t in all_times) + f"   {growth}")
    start = time.perf_counter()
    model = load_file(ROOT / "spec" / "penglai.gov").model
    assert model is not None
    loaded = time.perf_counter()
    run_checks(model)
    checked = time.perf_counter() - loaded
    print(f"\nPenglai in-process: parse + resolve {loaded - start:.3f} s, every check {checked:.3f} s")


if __name__ == "__main__":
    main()
