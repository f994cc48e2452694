"""Powers held jointly (联合发文, 会同): each holder's part is its own; GS325 agrees with the oracle; delegation and
standing-in read the parts."""

from __future__ import annotations

import json

from hypothesis import given

from govspec.checks import CHECKS
from govspec.logic.oracle import Oracle
from govspec.logic.powers import PowerIndex, all_powers, joint_powers
from govspec.logic.scenario import Staffing
from govspec.model.entities import Model, PowerKey
from govspec.model.snapshot import snapshot
from govspec.options import CheckOptions
from govspec.pipeline import load_text
from test_oracle import CAP, SETTINGS, model_of, specs

HEADS = "office 甲局长\noffice 乙局长\noffice 丙\nunit 处\n"


def loaded(text: str) -> Model:
    outcome = load_text(text, "joint.gov")
    assert outcome.model is not None, outcome.findings
    return outcome.model


def found(text: str, code: str) -> list[tuple[str, ...]]:
    return [f.witness.get("absent") for f in CHECKS[code].run(loaded(text), CheckOptions())]


def test_both_keyword_languages_declare_one_joint_power() -> None:
    english = loaded(HEADS + "power 联合发文 of 甲局长 & 乙局长 @第五十五条\n")
    chinese = loaded(
        HEADS.replace("office", "职务").replace("unit", "单位") + "职权 联合发文 归属 甲局长 & 乙局长 @第五十五条\n"
    )
    assert english == chinese
    power = english.powers["联合发文"]
    assert (power.holder, power.joint, power.holders) == ("甲局长", ("乙局长",), ("甲局长", "乙局长"))


def test_the_snapshot_names_joint_holders_only_where_stated() -> None:
    alone = json.loads(snapshot(loaded(HEADS + "power P of 甲局长\n"), "a.gov"))
    assert "joint" not in alone["powers"]["P"]
    joint = json.loads(snapshot(loaded(HEADS + "power P of 甲局长 & 乙局长\n"), "b.gov"))
    assert joint["powers"]["P"]["joint"] == ["乙局长"]


def test_a_holder_named_twice_is_an_error_not_a_power_of_fewer_holders() -> None:
    """`of 甲局长 & 甲局长` would quietly be a power 甲局长 holds alone: each repeat is reported where it stands."""
    for text, repeated in (
        ("power P of 甲局长 & 甲局长\n", ["甲局长"]),
        ("power P of 甲局长 & 乙局长 & 乙局长 & 甲局长\n", ["乙局长", "甲局长"]),
    ):
        outcome = load_text(HEADS + text, "joint.gov")
        assert outcome.model is None and [f.code for f in outcome.findings] == ["GS109"] * len(repeated)
        assert [dict(f.text.args)["holder"] for f in outcome.findings] == repeated
        assert [f.locations[0].column for f in outcome.findings] == [text.rindex(n) + 1 for n in repeated]
    assert load_text(HEADS + "power P of 甲局长 & 乙局长 & 处\n", "joint.gov").findings == ()


def test_no_one_holder_exercises_a_joint_power_for_all() -> None:
    """GS324 asks whether someone holds a power while one holder is away: of a joint power the other holder's being
    at work says nothing, so it is asked part by part (GS325), never as a whole."""
    model = loaded(HEADS + "power P of 甲局长 & 乙局长\npower Q of 甲局长\n")
    assert PowerKey("named", "P") not in all_powers(model) and joint_powers(model) == (PowerKey("named", "P"),)
    assert found(HEADS + "power P of 甲局长 & 乙局长\nacting 甲局长 -> 丙\n", "GS325") == [["乙局长"]]
    assert found(HEADS + "power P of 甲局长 & 乙局长\nacting 甲局长 -> 丙\n", "GS324") == []


def test_a_unit_holds_its_part_as_an_institution() -> None:
    assert found(HEADS + "power P of 处 & 甲局长\nacting 甲局长 -> 丙\n", "GS325") == []
    assert found(HEADS + "power P of 处 & 甲局长\n", "GS325") == [["甲局长"]]


def test_a_delegation_passes_one_holders_part() -> None:
    """甲局长 entrusts its part to 丙: 丙 acts for 甲局长 while away, and never for 乙局长."""
    text = HEADS + "power P of 甲局长 & 乙局长\nentrust P from 甲局长 to 丙 standing\n"
    assert found(text, "GS325") == [["乙局长"]]
    assert found(text, "GS321") == []
    # Who never holds any part of it passes nothing on.
    assert len(found(HEADS + "office 丁\npower P of 甲局长 & 乙局长\nentrust P from 丁 to 丙\n", "GS321")) == 1


def test_standing_in_for_every_power_passes_a_part() -> None:
    """An acting rule with no scope hands over the absent office's part: it does not pass nothing (GS409)."""
    text = HEADS + "power P of 甲局长 & 乙局长\nacting 甲局长 -> 丙\nacting 乙局长 -> 丙\n"
    assert found(text, "GS409") == [] and found(text, "GS325") == []
    scoped = HEADS + "power P of 甲局长 & 乙局长\nacting 甲局长 -> 丙 for P\n"
    assert found(scoped, "GS409") == []


def test_another_holder_never_acts_for_a_part() -> None:
    """Standing in for 甲局长, 乙局长 would exercise both parts of a power the two exercise only together: it acts for
    no part but its own, by a stand-in rule or a delegation alike, and 甲局长's part needs someone else."""
    by_acting = HEADS + "power P of 甲局长 & 乙局长\nacting 甲局长 -> 乙局长\nacting 乙局长 -> 丙\n"
    assert found(by_acting, "GS325") == [["甲局长"]]
    by_delegation = (
        HEADS + "power P of 甲局长 & 乙局长\nentrust P from 甲局长 to 乙局长 standing\nacting 乙局长 -> 丙\n"
    )
    assert found(by_delegation, "GS325") == [["甲局长"]]
    # Another office acting for 甲局长 does, and 乙局长 still stands in for 甲局长 in its other powers.
    assert found(by_acting.replace("acting 甲局长 -> 乙局长", "acting 甲局长 -> 丙"), "GS325") == []
    other = HEADS + "power Q of 甲局长\nacting 甲局长 -> 乙局长\nassert holder Q while absent <= 1\n"
    assert list(CHECKS["GS351"].run(loaded(other), CheckOptions())) == []


@SETTINGS
@given(specs())
def test_gs325_agrees_with_the_oracle(text: str) -> None:
    """A part is blocked exactly when the oracle finds a scenario, its holder away and nobody else, in which nobody
    may act for that holder (an open entrustment read case by case, as the finding is)."""
    model = model_of(text)
    oracle, staffing = Oracle(model), Staffing.of(model)
    index = PowerIndex(model, staffing)
    expected = set()
    for power in joint_powers(model):
        for holder in dict.fromkeys(h for h in model.powers[power.target].holders if h in model.offices):
            part = index.rules(power, holder)
            situations = oracle.scenarios(0, CAP, (holder,))
            refuted = any(oracle.unable(power, s, 0, (holder,), holder, False) for s in situations)
            holds_standing = part.silent and not any(
                oracle.unable(power, s, 0, (holder,), holder, True) for s in oracle.scenarios(0, CAP, (holder,))
            )
            if refuted and not holds_standing:
                expected.add((power.target, holder))
    said = [dict(f.text.args) for f in CHECKS["GS325"].run(model, CheckOptions())]
    reported = {(args["power"], args["office"]) for args in said}
    assert reported == expected


def test_an_assertion_about_a_joint_power_asks_every_part() -> None:
    """`assert holder P` holds only if every holder's part can be exercised: 乙局长's part fails with nobody for it."""
    text = HEADS + "power P of 甲局长 & 乙局长\nacting 甲局长 -> 丙\nassert holder P while absent <= 1\n"
    refuted = CHECKS["GS351"].run(loaded(text), CheckOptions())
    assert [f.witness["absent"] for f in refuted] == [["乙局长"]]
    covered = text.replace("acting 甲局长 -> 丙\n", "acting 甲局长 -> 丙\nacting 乙局长 -> 丙\n")
    assert list(CHECKS["GS351"].run(loaded(covered), CheckOptions())) == []
    # An office's powers: of a joint one, its own part only.
    own = HEADS + "power P of 甲局长 & 乙局长\nacting 甲局长 -> 丙\nassert holder 甲局长 while absent <= 1\n"
    assert list(CHECKS["GS351"].run(loaded(own), CheckOptions())) == []
