"""A stand-in chosen by a body (GS326) against the oracle: the check fires exactly when some staffing the counts
allow, with every holder of the absent office away (for a reason the stand-in rule covers) and everyone else at
work, leaves nobody but the stand-in being chosen to convene or chair the choosing body.

The oracle enumerates every staffing up to a cap and reads the model on its own; the check asks the solver once per
power, so the two agree only if the encoding of "wholly away, everyone else at work" is right.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from govspec.checks.choosing import chooser_cannot_meet
from govspec.logic.oracle import Oracle
from govspec.model.entities import Acting, Model, PowerKey
from govspec.options import CheckOptions
from test_oracle import CAP, OFFICES, SETTINGS, model_of, specs


def stuck(model: Model, acting: Acting) -> bool:
    """Some staffing in which, with the absent office wholly away for a reason the rule covers and everyone else at
    work, nobody other than the stand-in being chosen may convene or chair 会 (open grants read as standing)."""
    others = replace(model, actings=tuple(a for a in model.actings if a is not acting))
    oracle = Oracle(others)
    powers = [PowerKey("convene", "会"), PowerKey("chair", "会")]
    return any(
        oracle.unable_while_away(power, scenario, acting.absent, acting.reasons)
        for scenario in oracle.scenarios(None, CAP)
        for power in powers
    )


@SETTINGS
@given(specs(), st.sampled_from(OFFICES), st.sampled_from(OFFICES), st.sampled_from(["", " when 出差", " when 休假"]))
def test_a_chooser_that_cannot_meet_agrees_with_the_oracle(text: str, absent: str, standin: str, when: str) -> None:
    model = model_of(text + f"acting {absent} -> {standin}{when} chosen by 会\n")
    acting = next(a for a in model.actings if a.chooser == "会")
    fired = [f for f in chooser_cannot_meet(model, CheckOptions()) if f.locations[0] == acting.span]
    assert bool(fired) == stuck(model, acting), text
