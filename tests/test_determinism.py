"""The same spec gets the same report whatever was checked before it in the process: the solver keeps state between
queries (learnt facts, shared terms), and no finding, witness or fingerprint may depend on it."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from govspec.options import CheckOptions
from govspec.pipeline import check_outcome, load_file
from govspec.render.json import render_json

SPECS = (*sorted((ROOT / "tests" / "cases").rglob("*.gov")), *sorted((ROOT / "spec").rglob("*.gov")))


def report(spec: Path) -> str:
    outcome = check_outcome(load_file(spec), CheckOptions())
    tallies = {outcome.file: outcome.tally} if outcome.tally else {}
    return render_json(list(outcome.findings), [outcome.file], "en", tallies)


def test_every_spec_reads_the_same_checked_in_either_order() -> None:
    # GS332's witness once followed the unsat core the solver happened to return: a fixture named one pair of
    # conflicting statements when checked after some specs, and another pair after others.
    forward = {spec: report(spec) for spec in SPECS}
    backward = {spec: report(spec) for spec in reversed(SPECS)}
    assert len(SPECS) > 200
    assert [spec.name for spec in SPECS if forward[spec] != backward[spec]] == []
