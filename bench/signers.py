"""Signer totality (GS311) at scale, next to three peers on the same instance, CPU time, medians, interleaved.

The instance: D document rules over max(200, D/25) plain offices (offices grow with the rules, as in real texts,
where an office has a handful of stand-in rules, not thousands); four in five signed by either of two offices, one
in five by one office alone; every third with a stand-in rule for its first signer. At absence depth 2 every rule
whose signers and stand-ins are two offices or fewer fails. The peers answer the same question per document, from
a plain list of who signs and who stands in:
- a Z3 query per document (Booleans for absences, a cardinality bound, "nobody may sign");
- a SAT query per document (PySAT, when installed: the same clauses and a cardinality encoding);
- closed-form counting (nobody may sign exactly when every office that could sign is away).
Ours is the whole GS311 check on the resolved model: its findings, witnesses and causes included. Once per size, the
whole `govspec check` (every check, the text report) is timed too, in this process, next to the Z3 peer.

Run: .venv/bin/python bench/signers.py [--documents 5000 50000] [--runs 5]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import io
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import z3

from govspec.checks import CHECKS
from govspec.cli import main as main_command
from govspec.model.entities import Model
from govspec.options import CheckOptions
from govspec.pipeline import load_text

DEPTH = 2
Rule = tuple[tuple[int, ...], tuple[tuple[int, int], ...]]  # signer offices, stand-in edges (absent -> acting)


def instance(documents: int) -> tuple[str, list[Rule]]:
    """The spec text, and the same rules as plain data for the peers."""
    offices = max(200, documents // 25)
    lines = ['rules "signers"', *(f"office 职{i}" for i in range(offices))]
    rules: list[Rule] = []
    for k in range(documents):
        first, second, stand_in = k % offices, (k + 1 + k % 7) % offices, (k + 9 + k % 11) % offices
        signers = (first,) if k % 5 == 0 else (first, second)
        edges = ((first, stand_in),) if k % 3 == 0 else ()
        lines.append(f"matter 事{k}")
        lines.append(f"document 文{k} when subject = 事{k} {{ signer {' | '.join(f'职{o}' for o in signers)} }}")
        lines += [f"acting 职{a} -> 职{b} for sign 文{k}" for a, b in edges]
        rules.append((signers, edges))
    return "\n".join(lines) + "\n", rules


def loaded_findings(text: str) -> int:
    return len(load_text(text, "signers.gov").findings)


def whole_check(text: str) -> int:
    """`govspec check --absence-depth 2` on the instance, its report written to a string."""
    with tempfile.TemporaryDirectory() as folder:
        spec = Path(folder) / "signers.gov"
        spec.write_text(text, encoding="utf-8")
        with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")):
            return main_command(["check", str(spec), "--absence-depth", str(DEPTH)])


def ours(model: Model) -> int:
    return len(list(CHECKS["GS311"].run(model, CheckOptions(absence_depth=DEPTH))))


def could_sign(rule: Rule) -> set[int]:
    signers, edges = rule
    found, changed = set(signers), True
    while changed:
        changed = False
        for a, b in edges:
            if a in found and b not in found:
                found.add(b)
                changed = True
    return found


def closed_form(rules: list[Rule]) -> int:
    return sum(1 for rule in rules if len(could_sign(rule)) <= DEPTH)


def z3_per_document(rules: list[Rule]) -> int:
    failing = 0
    for signers, edges in rules:
        offices = sorted(could_sign((signers, edges)))
        away = {o: z3.Bool(f"away{o}") for o in offices}
        able = [z3.Not(away[o]) for o in signers] + [z3.And(away[a], z3.Not(away[b])) for a, b in edges]
        solver = z3.Solver()
        solver.add(z3.AtMost(*away.values(), DEPTH), z3.Not(z3.Or(*able)))
        failing += solver.check() == z3.sat
    return failing


def sat_per_document(rules: list[Rule]) -> int:
    from pysat.card import CardEnc
    from pysat.solvers import Minisat22

    failing = 0
    for signers, edges in rules:
        offices = sorted(could_sign((signers, edges)))
        var = {o: i + 1 for i, o in enumerate(offices)}  # true: away
        clauses = [[var[o]] for o in signers] + [[-var[a], var[b]] for a, b in edges]
        bound = CardEnc.atmost(lits=list(var.values()), bound=DEPTH, top_id=len(var))
        with Minisat22(bootstrap_with=clauses + bound.clauses) as solver:
            failing += solver.solve()
    return failing


def cpu(work: Callable[..., int], *arguments: object) -> tuple[float, int]:
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        answer = work(*arguments)
        return time.process_time() - start, answer
    finally:
        gc.enable()


def has_pysat() -> bool:
    try:
        import pysat  # noqa: F401
    except ImportError:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[5_000, 50_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    peers: dict[str, Callable[[list[Rule]], int]] = {"z3 per document": z3_per_document, "closed form": closed_form}
    if has_pysat():
        peers["SAT per document"] = sat_per_document
    else:
        print("(PySAT is not installed: `pip install python-sat` adds the SAT peer)")
    for documents in args.documents:
        text, rules = instance(documents)
        loaded, _ = cpu(loaded_findings, text)
        model = load_text(text, "signers.gov").model
        assert model is not None
        times: dict[str, list[float]] = {"ours": [], **{name: [] for name in peers}}
        answers: dict[str, int] = {}
        for _ in range(args.runs):  # interleaved: a noisy moment falls on every side alike
            seconds, answers["ours"] = cpu(ours, dataclasses.replace(model))
            times["ours"].append(seconds)
            for name, peer in peers.items():
                seconds, answers[name] = cpu(peer, rules)
                times[name].append(seconds)
        assert len(set(answers.values())) == 1, f"the engines disagree: {answers}"
        whole, _ = cpu(whole_check, text)
        memory = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        mine = statistics.median(times["ours"])
        print(f"\n{documents:,} documents, depth {DEPTH}: {answers['ours']:,} fail; parse + resolve {loaded:.2f} s")
        print(f"  {'ours (GS311)':<20} {mine:>8.3f} s")
        for name in peers:
            theirs = statistics.median(times[name])
            print(f"  {name:<20} {theirs:>8.3f} s   ours is {mine / theirs:.2f}× this")
        z3_peer = statistics.median(times["z3 per document"])
        print(f"  whole govspec check   {whole:>8.3f} s   {whole / z3_peer:.2f}× the Z3 peer (every check, the report)")
        print(f"  peak memory of this process so far: {memory:.0f} MiB")


if __name__ == "__main__":
    main()
