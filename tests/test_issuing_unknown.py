"""A solver that gives up on either question of GS416 (is the issuer pinned, is a covered document forbidden) is
reported as GS399, never passed and never taken for a contradiction."""

from __future__ import annotations

from pathlib import Path

import pytest

from govspec.checks import CHECKS
from govspec.diagnostics import Finding
from govspec.logic.solve import Prover, Query, Unknown, Verdict
from govspec.options import CheckOptions
from govspec.pipeline import load_text

# The rule's `or` keeps both questions from being settled without the solver: the pin is asked first.
SPEC = Path(__file__).parent / "cases" / "GS416" / "fires" / "office_issues_on_one_branch.gov"


def gs416(monkeypatch: pytest.MonkeyPatch, giving_up: int | None) -> tuple[list[Finding], int]:
    """GS416's findings with the solver giving up on its `giving_up`-th question (None: on none), and how many
    questions reached the solver."""
    decide, calls = Prover.decide, []

    def giving_up_on(self: Prover, query: Query) -> Verdict[object]:
        calls.append(query)
        return Unknown("timeout (simulated)") if len(calls) == giving_up else decide(self, query)

    monkeypatch.setattr(Prover, "decide", giving_up_on)
    model = load_text(SPEC.read_text("utf-8"), "giving-up.gov").model
    assert model is not None
    return list(CHECKS["GS416"].run(model, CheckOptions())), len(calls)


def test_both_questions_reach_the_solver_and_the_rule_fires(monkeypatch: pytest.MonkeyPatch) -> None:
    found, asked = gs416(monkeypatch, None)
    assert ([f.code for f in found], asked) == (["GS416"], 2)


@pytest.mark.parametrize(
    ("giving_up", "statement", "obligation"),
    [
        (
            1,
            "every '办公室文件' document is issued in the name of '区政府' or '区政府办公室'",
            "GS416-pinned-办公室文件-ban1",
        ),
        (
            2,
            "no '办公室文件' document is issued in the name of '区政府' or '区政府办公室' about '部门事务'",
            "GS416-forbidden-办公室文件-ban1",
        ),
    ],
)
def test_an_undecided_question_is_reported(
    monkeypatch: pytest.MonkeyPatch, giving_up: int, statement: str, obligation: str
) -> None:
    (undecided,), _ = gs416(monkeypatch, giving_up)
    assert undecided.code == "GS399"
    assert undecided.message == f"could not decide whether {statement}: timeout (simulated)"
    assert [span.line for span in undecided.locations] == [7, 10]  # the rule, then the ban
    assert undecided.citations == ("第五十六条", "第五十五条")
    assert undecided.witness == {"obligation": obligation, "reason": "timeout (simulated)"}
