"""Steps required before a decision (GS413, GS414) against a plain reference that tries every way through a chain;
time limits (GS209, GS415) against the days each limit allows, counted one by one."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from itertools import pairwise, product

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govspec.checks import CHECKS, CheckOptions
from govspec.checks.deadlines import DAYS, clash
from govspec.diagnostics import Finding, Severity, Span
from govspec.logic.documents import subjects
from govspec.model.entities import Chain, Matter, Model, Office, Precondition, Routing, Step
from govspec.model.snapshot import snapshot
from govspec.pipeline import check_outcome, load_text
from govspec.syntax.tree import And, Condition, Equals, MemberOf, Name, Not, Or, TimeLimit

OFFICES = [f"o{i}" for i in range(4)]
Way = list[tuple[tuple[str | None, ...], bool]]


@dataclass(frozen=True)
class World:
    """Offices that may decide a matter, offices that do the step required before it, and escalations about it."""

    deciders: frozenset[str]
    doers: frozenset[str]
    chains: tuple[Way, ...]


nodes = st.sampled_from([*OFFICES, None])
steps = st.one_of(
    st.tuples(st.lists(nodes, min_size=1, max_size=2, unique=True).map(tuple), st.just(False)),
    st.tuples(st.lists(nodes, min_size=2, max_size=2, unique=True).map(tuple), st.just(True)),
)
worlds = st.builds(
    World,
    st.one_of(st.frozensets(st.sampled_from(OFFICES), min_size=1, max_size=3), st.just(frozenset())),
    st.frozensets(st.sampled_from(OFFICES), min_size=1, max_size=1),
    st.lists(st.lists(steps, min_size=2, max_size=4), min_size=1, max_size=3).map(tuple),
)


def skips(world: World, chain: Way) -> bool:
    """Whether some way through `chain`, taking one of each step's alternatives (all of a joint step), reaches a
    decider at a later step before it has taken a doer or a step the text does not name; a decider who is a doer
    does the step as it decides."""
    targets = world.deciders - world.doers
    ways = [[nodes] if joint else [(node,) for node in nodes] for nodes, joint in chain]
    for way in product(*ways):
        for position, taken in enumerate(way):
            if position and not targets.isdisjoint(taken):
                return True
            if None in taken or not world.doers.isdisjoint(taken):
                break
    return False


def model(world: World) -> Model:
    def span(line: int) -> Span:
        return Span("random.gov", line, 1, line, 2)

    routing = (Routing("may", tuple(sorted(world.deciders)), span=span(2)),) if world.deciders else ()
    return Model(
        file="random.gov",
        title=None,
        source=None,
        offices={name: Office(name, span=span(1)) for name in OFFICES},
        labels={},
        units={},
        groups={},
        powers={},
        matters={"M": Matter("M", None, routing, span=span(2))},
        bodies={},
        documents={},
        chains=tuple(
            Chain("escalation", f"E{i}", (), ("M",), tuple(Step(n, j) for n, j in way), span=span(10 + i))
            for i, way in enumerate(world.chains)
        ),
        preconditions=(Precondition(("审查",), tuple(sorted(world.doers)), ("M",), span=span(3)),),
    )


@settings(max_examples=300, deadline=None)
@given(worlds)
def test_skipped_steps_match_the_reference(world: World) -> None:
    checked = model(world)
    found = list(CHECKS["GS413"].run(checked, CheckOptions()))
    assert {f.witness["path"][0]["at"] for f in found} == {
        f"random.gov:{10 + i}" for i, way in enumerate(world.chains) if skips(world, way)
    }
    for finding in found:
        path = finding.witness["path"]
        assert path[-1]["to"] in world.deciders - world.doers
        assert world.doers.isdisjoint(edge["from"] for edge in path)
        assert all(a["to"] == b["from"] for a, b in pairwise(path))
    unchecked = list(CHECKS["GS414"].run(checked, CheckOptions()))
    assert bool(unchecked) == (not world.deciders)


def test_a_hedged_precondition_skipped_is_a_warning_naming_its_hedge() -> None:
    text = (
        "office 区长; office 局长; matter M { may 区长 }\n"
        "precondition 协调 by 办公室 HEDGE before deciding M\nunit 办公室\nescalation E about M: 局长 -> 区长\n"
    )

    def skipped(hedge: str) -> list[Finding]:
        outcome = check_outcome(load_text(text.replace("HEDGE", hedge), "spec.gov"))
        return [f for f in outcome.findings if f.code == "GS413"]

    firm, soft = skipped(""), skipped("in principle")
    assert [f.severity for f in firm] == [Severity.ERROR]
    assert [f.severity for f in soft] == [Severity.WARNING] and "soft rules" in soft[0].witness


AMOUNTS = st.integers(0, 24)
BOUNDS = st.sampled_from([">=", "<="])
DOCUMENTS = """office 区长; office 局长; external 区委
unit 区政府 head 区长; unit 办公室
reports 区长 -> 区委; reports 局长 -> 区长
matter M { may 区长 }; matter M1 is M; matter N
文种 函, 请示
document D when subject = M { requires 公章 }
precondition 审查 by 办公室 before deciding M
through 办公室 before 区长 about M
route R about D: 局长 -> 区长
"""
SUBJECTS, FORMS = ("M", "M1", "N", "X"), ("函", "请示", "Y")  # X, Y: a value no condition names
BELOW = {"M": ("M", "M1"), "M1": ("M1",), "N": ("N",)}

atoms = st.one_of(
    st.builds(Equals, st.just("subject"), st.sampled_from(["M", "M1", "N"]).map(Name)),
    st.builds(MemberOf, st.just("subject"), st.lists(st.sampled_from(["M", "N"]).map(Name), min_size=1, max_size=2)
              .map(tuple)),
    st.builds(Equals, st.just("form"), st.sampled_from(["函", "请示"]).map(Name)),
)  # fmt: skip
conditions = st.recursive(
    atoms,
    lambda inner: st.one_of(
        st.builds(Not, inner),
        st.builds(And, st.tuples(inner, inner)),
        st.builds(Or, st.tuples(inner, inner)),
    ),
    max_leaves=5,
)


def holds(condition: Condition, subject: str, form: str) -> bool:
    """Whether a document on `subject` in `form` meets the condition; a matter named holds for its sub-matters."""
    if isinstance(condition, (Equals, MemberOf)):
        values = (condition.value,) if isinstance(condition, Equals) else condition.values
        if condition.attribute == "form":
            return form in {v.text for v in values}
        return any(subject in BELOW[v.text] for v in values)
    if isinstance(condition, Not):
        return not holds(condition.operand, subject, form)
    parts = [holds(c, subject, form) for c in condition.operands]
    return all(parts) if isinstance(condition, And) else any(parts)


def terms(condition: Condition) -> list[frozenset[str] | None]:
    """The condition as a disjunction of conjunctions, each as the subjects it pins (with their sub-matters), or None
    where it pins none; a `not` pins nothing."""
    if isinstance(condition, (Equals, MemberOf)):
        values = (condition.value,) if isinstance(condition, Equals) else condition.values
        return [frozenset(m for v in values for m in BELOW[v.text])] if condition.attribute == "subject" else [None]
    if isinstance(condition, Not):
        return [None]
    if isinstance(condition, Or):
        return [term for c in condition.operands for term in terms(c)]
    found: list[frozenset[str] | None] = [None]
    for part in condition.operands:
        found = [a if b is None else b if a is None else a & b for a in found for b in terms(part)]
    return found


@settings(max_examples=300, deadline=None)
@given(conditions)
def test_what_documents_are_about_matches_the_condition_read_term_by_term(condition: Condition) -> None:
    """`named` is every subject a term of the condition pins, `open` whether a term pins none; and where no term is
    open, every document the condition admits is on a matter in `named`, so `every` frees no document it should not."""
    about = subjects(condition, BELOW)
    read = terms(condition)
    assert about.named == frozenset().union(*(term for term in read if term is not None))
    assert about.open == (None in read)
    possible = {s for s in SUBJECTS for f in FORMS if holds(condition, s, f)}
    if not about.open:
        assert possible <= about.named
    if about.every(frozenset(BELOW["M"])):
        assert possible <= set(BELOW["M"])


@settings(max_examples=150, deadline=None)
@given(conditions)
def test_a_required_step_and_a_mandatory_step_read_a_route_s_documents_alike(condition: Condition) -> None:
    """GS413 (review before deciding M) and GS405 (through the office to the 区长 for M) bind the same route exactly
    when its documents may be on M or a kind of it, by the text's naming."""
    base = _model(DOCUMENTS)
    checked = replace(base, documents={"D": replace(base.documents["D"], condition=condition)})
    fired = {code: bool(list(CHECKS[code].run(checked, CheckOptions()))) for code in ("GS413", "GS405")}
    on_m = subjects(condition, BELOW).some(frozenset(BELOW["M"]))
    assert fired == {"GS413": on_m, "GS405": on_m}


@pytest.mark.parametrize(
    ("rules", "silent"),
    [
        ("matter M { may 区长 }", True),
        ("matter M { never 区长 }", False),  # a ban alone says who may not, not who decides
        ("matter M { may 区长; in principle never 区长 }", True),  # a soft ban yields: GS332 warns of it
        ("matter M { may 区长; never 区长 }", True),  # a contradiction is GS332's, not silence
        ("matter P { may 区长 }\nmatter M is P", True),
        ("matter M\nescalation E about M: 区长 -> 区委", True),  # decided outside these rules
        ("matter M\nescalation E about M notify: 区长 -> 区委", False),  # a report hands nothing over
        ("matter M\nbody 会 { members 区长; decides M }", True),
    ],
)
def test_the_rules_say_who_decides_alike_for_gs333_and_gs414(rules: str, silent: bool) -> None:
    """A matter the rules leave without a decider is GS333's when a body discusses it and GS414's when a step comes
    before deciding it: both read `decider_named`."""
    text = (
        "office 区长; external 区委; unit 区政府 head 区长; reports 区长 -> 区委\n"
        f"{rules}\nbody 专题会 {{ members 区长; discusses M }}\nprecondition 审查 by 区长 before deciding M\n"
    )
    outcome = check_outcome(load_text(text, "spec.gov"))
    codes = {f.code for f in outcome.findings}
    assert ("GS333" not in codes) == silent
    assert ("GS414" not in codes) == silent


leads = st.builds(TimeLimit, st.just("lead"), BOUNDS, AMOUNTS, st.sampled_from(sorted(DAYS)))


def near(limit: TimeLimit) -> st.SearchStrategy[TimeLimit]:
    """A second limit, often in the same period as `limit` and of about its amount, where a month's length counts."""
    assert limit.amount is not None
    amounts = st.integers(max(0, limit.amount - 1), limit.amount + 1) | AMOUNTS
    return st.builds(TimeLimit, st.just("lead"), BOUNDS, amounts, st.just(limit.period) | st.sampled_from(sorted(DAYS)))


def allowed_days(limit: TimeLimit, lengths: dict[str, int], horizon: int) -> set[int]:
    """The days before the event, up to `horizon`, on which a lead limit is met, a period being `lengths` days long."""
    assert limit.amount is not None and limit.period is not None
    days = limit.amount * lengths[limit.period]
    return {d for d in range(horizon + 1) if (d >= days if limit.bound == ">=" else d <= days)}


def met_in_some_reading(first: TimeLimit, second: TimeLimit) -> bool:
    """Whether, under some one reading of a month and a year (the same for both limits), some day meets both; no
    limit reaches past the longest reading of its amount, so a day beyond both is as good as any later one."""
    horizon = max(limit.amount or 0 for limit in (first, second)) * 366 + 1
    readings = [
        dict(zip(DAYS, choice, strict=True)) for choice in product(*(range(a, b + 1) for a, b in DAYS.values()))
    ]
    return any(allowed_days(first, lengths, horizon) & allowed_days(second, lengths, horizon) for lengths in readings)


def lead(bound: str, amount: int, period: str) -> TimeLimit:
    return TimeLimit("lead", bound, amount, period)


@settings(max_examples=500, deadline=None)
@given(leads.flatmap(lambda first: st.tuples(st.just(first), near(first))))
@example((lead(">=", 11, "month"), lead("<=", 10, "month")))
@example((lead("<=", 10, "month"), lead(">=", 11, "month")))
@example((lead(">=", 366, "year"), lead("<=", 365, "year")))
@example((lead(">=", 1, "year"), lead("<=", 12, "month")))
def test_limits_clash_exactly_when_no_reading_leaves_a_day_to_act(limits: tuple[TimeLimit, TimeLimit]) -> None:
    first, second = limits
    assert clash(first, second) == (not met_in_some_reading(first, second))


def test_the_snapshot_names_required_steps_and_time_limits_only_where_a_spec_states_them() -> None:
    plain = "office 区长; matter M { may 区长 }\n"
    stated = plain + "须经 合法性审查 由 区长 方可决定 M @第二十三条\n时限 报告 原则上 至少提前 3 天\n"
    without = json.loads(snapshot(_model(plain), "plain.gov"))
    with_them = json.loads(snapshot(_model(stated), "stated.gov"))
    assert "preconditions" not in without and "deadlines" not in without
    assert with_them["preconditions"] == [
        {"citations": ["第二十三条"], "steps": ["合法性审查"], "doers": ["区长"], "matters": ["M"], "stage": "decide",
         "hedge": None}
    ]  # fmt: skip
    assert with_them["deadlines"][0]["limit"] == {
        "kind": "lead", "bound": ">=", "amount": 3, "period": "day", "moments": []
    }  # fmt: skip
    assert with_them["deadlines"][0]["hedge"] == "in principle"


def _model(text: str) -> Model:
    outcome = load_text(text, "spec.gov")
    assert outcome.model is not None, outcome.findings
    return outcome.model


def test_an_undeclared_doer_or_a_time_limit_on_the_wrong_kind_of_thing_is_a_resolution_error() -> None:
    base = "office 区长; matter M { may 区长 }\n"
    undeclared = load_text(base + "须经 合法性审查 由 区司法局 方可决定 M\n", "spec.gov")
    wrong_kind = load_text(base + "时限 报告 针对 区长 及时\n", "spec.gov")
    not_a_matter = load_text(base + "precondition 审查 by 区长 before deciding 区长\n", "spec.gov")
    assert [f.code for f in undeclared.findings] == ["GS101"] and undeclared.model is None
    assert [f.code for f in wrong_kind.findings] == ["GS103"] and wrong_kind.model is None
    assert [f.code for f in not_a_matter.findings] == ["GS103"]
