"""The semantic diff on random small specs: empty against itself, its canonical form and its other keyword language;
mirrored when the sides swap; each office's gains and losses agree with the oracle enumerating every scenario, and
every witness replays through the oracle."""

from __future__ import annotations

from dataclasses import replace
from random import Random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govspec.delta.diff import semantic_diff
from govspec.logic.compare import compare_powers, relation
from govspec.logic.oracle import Oracle
from govspec.logic.powers import all_powers
from govspec.logic.scenario import Scenario
from govspec.model.entities import Model, PowerKey
from govspec.options import CheckOptions
from govspec.pipeline import check_outcome, load_text
from govspec.syntax import tree as t
from govspec.syntax.parser import parse
from govspec.syntax.printer import format_spec
from test_oracle import CAP, OFFICES, model_of, specs

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
OPTIONS = CheckOptions(absence_depth=1)


def _other_language(statement: t.Statement) -> t.Statement:
    flipped = "zh" if statement.lang == "en" else "en"
    if isinstance(statement, t.Body | t.Document):
        clauses = tuple(replace(c, lang=flipped) for c in statement.clauses)
        return replace(statement, lang=flipped, clauses=clauses)  # type: ignore[arg-type]
    return replace(statement, lang=flipped)


def in_other_language(text: str) -> str:
    """The spec printed with every keyword in the other language."""
    spec = parse(text, "random.gov")
    return format_spec(replace(spec, statements=tuple(_other_language(s) for s in spec.statements)))


def diff_of(old: str, new: str) -> tuple[bool, bool]:
    """(empty, worse) of the semantic diff of two spec texts."""
    before, after = check_outcome(load_text(old, "old.gov"), OPTIONS), check_outcome(load_text(new, "new.gov"), OPTIONS)
    diff = semantic_diff(before, after, OPTIONS)
    return diff.empty, diff.worse


@SETTINGS
@given(specs())
def test_a_spec_its_canonical_form_and_its_other_language_have_no_semantic_change(text: str) -> None:
    model_of(text)
    other = in_other_language(text)
    assert other != text and load_text(other, "x.gov").model is not None
    assert diff_of(text, text) == (True, False)
    assert diff_of(text, format_spec(parse(text, "random.gov"))) == (True, False)
    assert diff_of(text, other) == (True, False)


@SETTINGS
@given(specs(), st.randoms(use_true_random=False))
def test_the_same_statements_in_another_order_have_no_semantic_change(text: str, order: Random) -> None:
    """Names resolve wherever they are declared, so any order of the statements is the same spec."""
    model_of(text)
    spec = parse(text, "random.gov")
    statements = list(spec.statements)
    order.shuffle(statements)
    shuffled = format_spec(replace(spec, statements=tuple(statements)))
    assert load_text(shuffled, "x.gov").model is not None
    assert diff_of(text, shuffled) == (True, False)


MUTATIONS = (
    "acting {a} -> {b}",
    "acting {a} -> {b} for sign 文0",
    "acting {a} -> {b} when 出差",
    "entrust sign 文0 from {a} to {b}",
    "authorise 权一 from {a} to {b} onward standing",
    "entrust preside 会 from {a} to {b} per case",
)


@st.composite
def changed_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """A random spec and the same spec with one stand-in or delegation rule more: the offices stay the same."""
    text = draw(specs())
    offices = [o for o in OFFICES if f"office {o}" in text]
    a, b = draw(st.sampled_from(offices)), draw(st.sampled_from(offices))
    line = draw(st.sampled_from(MUTATIONS)).format(a=a, b=b)
    return text, text + line + "\n"


def _restricted(model: Model, scenario: Scenario) -> Scenario:
    own = {x: n for x, n in scenario.own.items() if x in model.offices}
    return Scenario(own, {x: scenario.away[x] for x in own}, {x: w for x, w in scenario.why.items() if x in own})


def _oracle_relation(
    old: Model, new: Model, power: PowerKey, actor: str, depth: int, standing: bool
) -> tuple[bool, bool]:
    """(gained, lost) of one office on one power, by the oracle over every scenario within the depth."""
    before, after = Oracle(old), Oracle(new)
    gained = lost = False
    for scenario in after.scenarios(depth, CAP):  # the new model: its stand-in rules may read more reasons
        was = actor in before.able(power, scenario, None, standing) if power in all_powers(old) else False
        now = actor in after.able(power, scenario, None, standing) if power in all_powers(new) else False
        gained, lost = gained or (now and not was), lost or (was and not now)
    return gained, lost


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(changed_pairs(), st.integers(0, 2))
def test_each_office_gains_and_losses_agree_with_the_oracle(pair: tuple[str, str], depth: int) -> None:
    old, new = model_of(pair[0]), model_of(pair[1])
    found = {(c.power, s.actor): s for c in compare_powers(old, new, depth, 30) for s in c.shifts}
    powers = {*all_powers(old), *all_powers(new)}
    institutional = {p for p in powers if Oracle(old).institutional(p) or Oracle(new).institutional(p)}
    for power in sorted(powers - institutional, key=PowerKey.sort_key):
        for actor in sorted(old.offices):
            shift = found.get((power, actor))
            if shift is None:
                for standing in (False, True):
                    assert _oracle_relation(old, new, power, actor, depth, standing) == (False, False), (power, actor)
                continue
            expected = _oracle_relation(old, new, power, actor, depth, shift.reading)
            assert shift.relation == relation(*expected), (power, actor, shift)
            for witness, gaining in ((shift.gained, True), (shift.lost, False)):
                if witness is None:
                    continue
                assert sum(witness.scenario.away.values()) <= depth
                now = actor in Oracle(new).able(power, _restricted(new, witness.scenario), None, shift.reading)
                was = actor in Oracle(old).able(power, _restricted(old, witness.scenario), None, shift.reading)
                assert (now, was) == (gaining, not gaining), (power, actor, witness)


MIRROR = {"broader": "narrower", "narrower": "broader", "equivalent": "equivalent", "incomparable": "incomparable"}


def mirrored(pair: tuple[str, str], depth: int) -> None:
    old, new = model_of(pair[0]), model_of(pair[1])
    forward = {(c.power, s.actor): s.relation for c in compare_powers(old, new, depth, 30) for s in c.shifts}
    backward = {(c.power, s.actor): s.relation for c in compare_powers(new, old, depth, 30) for s in c.shifts}
    assert {key: MIRROR[r] for key, r in forward.items()} == backward


@SETTINGS
@given(changed_pairs(), st.integers(0, 1))
def test_a_diff_and_its_reverse_mirror_each_other(pair: tuple[str, str], depth: int) -> None:
    mirrored(pair, depth)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.tuples(specs(), specs()), st.integers(0, 1))
def test_two_specs_drawn_apart_mirror_each_other(pair: tuple[str, str], depth: int) -> None:
    """Offices, counts, kinds and reasons differ too: the scenario variables are shared by name."""
    mirrored(pair, depth)


@SETTINGS
@given(specs(), st.sampled_from(OFFICES[:2]), st.sampled_from(OFFICES[:2]))
def test_a_change_to_one_power_is_found_as_exactly_that(text: str, first: str, second: str) -> None:
    """Moving a power of its own from one office to another changes that power and no other."""
    old = model_of(text + f"power 权三 of {first}\n")
    new = model_of(text + f"power 权三 of {second}\n")
    changed = {c.power for c in compare_powers(old, new, 1, 30)}
    assert changed <= {PowerKey("named", "权三")}
    if first != second and not ({first, second} & {o.kind for o in old.offices.values()}):
        assert changed == {PowerKey("named", "权三")}


def test_a_witness_is_said_in_the_offices_in_question_only() -> None:
    """丁, a kind of 甲 only the old rules have, holds no pool in a witness about 甲 and 乙: it is neither counted
    nor asked for."""
    old = load_text("office 甲 count 1..3\noffice 乙\noffice 丁 is 甲\npower 权一 of 乙\n", "old.gov").model
    new = load_text("office 甲 count 1..3\noffice 乙\npower 权一 of 甲\n", "new.gov").model
    assert old is not None and new is not None
    for before, after in ((old, new), (new, old)):
        (change,) = compare_powers(before, after, 1, 30)
        witnesses = [w for s in change.shifts for w in (s.gained, s.lost) if w is not None]
        assert witnesses and all(set(w.scenario.own) == {"甲", "乙"} for w in witnesses)
        assert all("丁" not in str(w.words) for w in witnesses)
