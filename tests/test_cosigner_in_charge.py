"""Co-signing by the holder in charge (会签 分管 副区长): any one holder of the office may be the one, so its part is
at work only while every holder is, unless a stand-in rule of the office covers co-signing; kinds of the office do
not hold it. The solver and the oracle answer alike, and counting leaves the question to them."""

from __future__ import annotations

import pytest

from govspec.checks import run_checks
from govspec.logic.oracle import Oracle
from govspec.logic.powers import PowerIndex
from govspec.logic.properties import Unable
from govspec.logic.scenario import Staffing
from govspec.logic.solve import Prover, Refuted
from govspec.model.entities import Model, PowerKey
from govspec.model.snapshot import snapshot
from govspec.pipeline import load_text

RULE = "document 文 when form = 函 {{ signer 区长; cosigners{charge} 副区长 }}"
TWO = "form 函\noffice 区长\noffice 副区长 count 2\n"
KIND = "form 函\noffice 区长\noffice 副区长 count 2\noffice 常务副区长 is 副区长\n"
STAND_IN = TWO + "office 秘书长\nacting 副区长 -> 秘书长\n"
FOR_TRIPS = TWO + "reasons 出差, 休假 closed\noffice 秘书长\nacting 副区长 -> 秘书长 when 出差\n"


def model_of(offices: str, in_charge: bool) -> Model:
    outcome = load_text(offices + RULE.format(charge=" in charge" if in_charge else "") + "\n", "case.gov")
    assert outcome.model is not None
    return outcome.model


def fails(model: Model, in_charge: bool, depth: int = 1) -> bool:
    """Whether some scenario with at most `depth` away leaves the co-signer's part with nobody; solver and oracle
    agree, and the solver's witness replays."""
    staffing, oracle = Staffing.of(model), Oracle(model)
    rules = PowerIndex(model, staffing).rules(PowerKey("cosign", "文"), "副区长", in_charge)
    assert rules.in_charge == in_charge
    instance = Unable(staffing, rules, depth, oracle)
    verdict = Prover(timeout=30).decide(instance.query())
    by_oracle = any(
        oracle.unable(rules.power, s, depth, (), "副区长", False, in_charge) for s in oracle.scenarios(depth, 2)
    )
    assert isinstance(verdict, Refuted) == by_oracle
    if in_charge:
        assert instance.settle() is None
    return by_oracle


@pytest.mark.parametrize(
    ("offices", "plain", "in_charge"),
    [
        (TWO, False, True),  # one 副区长 away: the other is at work, but may not be the one in charge
        (KIND, False, True),  # the 常务副区长 at work is a 副区长, not the one in charge
        (STAND_IN, False, False),  # the 秘书长 stands in for every power, co-signing included
        (FOR_TRIPS, False, True),  # the one away may be on leave, for which nobody stands in
    ],
)
def test_the_holder_in_charge_fails_when_any_holder_can_be_away(offices: str, plain: bool, in_charge: bool) -> None:
    assert fails(model_of(offices, False), False) == plain
    assert fails(model_of(offices, True), True) == in_charge


def test_with_nobody_away_the_holder_in_charge_is_at_work() -> None:
    assert not fails(model_of(TWO, True), True, depth=0)


def test_the_snapshot_says_in_charge_only_where_the_text_does() -> None:
    assert '"in_charge": true' in snapshot(model_of(TWO, True), "case.gov")
    assert '"in_charge"' not in snapshot(model_of(TWO, False), "case.gov")


@pytest.mark.parametrize(("offices", "cause"), [(TWO, "no_stand_in"), (FOR_TRIPS, "reason")])
def test_a_co_signer_in_charge_away_is_caused_by_the_office_stand_in_rules(offices: str, cause: str) -> None:
    """One holder of the office away leaves the part in charge with nobody: the headline blames the office's stand-in
    rules (or their absence), as for an office wholly away, so two rules it leaves behind share one headline."""
    model = load_text(
        offices
        + RULE.format(charge=" in charge")
        + "\n"
        + RULE.format(charge=" in charge").replace("文 ", "文二 ")
        + "\n",
        "case.gov",
    ).model
    assert model is not None
    found = [f for f in run_checks(model) if f.code == "GS313"]
    assert len(found) == 2
    assert {f.cause.kind for f in found if f.cause} == {cause} and all(f.cause for f in found)
    assert found[0].cause.subject == found[1].cause.subject
