"""Mutated specs never crash, hang or lose a finding to fmt: a bounded fuzz run (the long one is bench/fuzz.py)."""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from fuzzing import MUTATIONS, Mutant, examine_all, mutant, mutants

SEED = 14
COUNT = 400
LIMIT = 20.0  # seconds one run may take: runs on these specs take well under a second, all of a mutant's a few


def _failures(results: list) -> str:
    return "\n\n".join(f"{r.mutant.name}:\n" + "\n".join(r.problems) for r in results if r.problems)


def test_mutated_specs_exit_cleanly_in_time_and_fmt_keeps_their_findings() -> None:
    results = list(examine_all(mutants(SEED, COUNT), workers=2, limit=LIMIT))
    assert sorted(r.mutant.number for r in results) == list(range(COUNT))
    assert not any(r.problems for r in results), _failures(results)
    # The mutants reach every stage: unreadable specs, specs with errors, and clean ones that fmt rewrites.
    assert set(Counter(r.exits[0] for r in results)) == {0, 1, 2}


def test_mutants_are_the_same_for_the_same_seed() -> None:
    assert mutant(SEED, 7) == mutant(SEED, 7)
    assert len({mutant(SEED, n).content for n in range(20)}) == 20


def test_every_mutation_changes_some_spec() -> None:
    text = "office 区长 count 2 @第六条\nform 函\ndocument 文 when form = 函 { signer 区长 }\n"
    for mutation in MUTATIONS:
        assert any(mutation(random.Random(n), text) != text for n in range(10)), mutation.__name__


def sleepy(job: Mutant, folder: Path, watch: Callable[[str], None]) -> tuple[list[int], list[str]]:
    """A stand-in for the command that never ends on the mutant `sleep`."""
    watch(f"check {job.content.decode()}")
    if job.content == b"sleep":
        time.sleep(600)
    return [0], []


def test_a_run_over_the_time_limit_fails_its_mutant_and_the_next_still_runs() -> None:
    jobs = [Mutant(0, "sleeps", b"sleep"), Mutant(1, "ends", b"end")]
    started = time.perf_counter()
    results = {r.mutant.name: r for r in examine_all(jobs, workers=1, limit=1.0, examiner=sleepy)}
    assert time.perf_counter() - started < 60
    assert "over 1.0 s: govspec check sleep" in results["sleeps"].problems[0]
    assert results["ends"].problems == () and results["ends"].exits == (0,)
