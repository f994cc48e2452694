"""The solver against the oracle: random small specs, every property instance, every scenario of the whole spec.

The oracle reads the model on its own (nothing from logic.powers, logic.scenario or logic.documents) and enumerates
every absence scenario over all the spec's offices, with every reason each absence can have (and every document);
the solver must agree on every instance under both readings of the entrustments the text leaves open, its witnesses
must replay (the prover raises otherwise), and the counting shortcuts must agree with both.
Counts of open ranges are enumerated up to a cap: for the can-act properties more holders never make acting
harder, so a cap of 2 is plenty; for quorum the cap k·denominator + 1 above the low count is where a body becomes
quorate whatever k do.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from govspec.logic import documents
from govspec.logic.oracle import Oracle
from govspec.logic.powers import (
    PARTIES,
    PowerIndex,
    PowerRules,
    all_powers,
    describe_power,
    joint_powers,
    reachable,
)
from govspec.logic.properties import Inquorate, Instance, Leaderless, Overlapping, Unable
from govspec.logic.scenario import Scenario, Staffing
from govspec.logic.solve import Holds, Prover, Refuted
from govspec.model.entities import Model, PowerKey
from govspec.pipeline import load_text

OFFICES = ("甲", "乙", "丙", "丁")
COUNTS = ("", " count 1", " count 0..1", " count 1..2", " count 2", " count 1..", " count 0..")
# A group's count bounds its offices' holders together (常务委员会组成人员十五人至三十五人), most often not at all.
GROUP_COUNTS = ("", "", "", " count 2..3", " count 1..2", " count 3", " count 2..")
CONDITIONS = (
    "form = 函",
    "form in {函, 令}",
    "not form = 函",
    "tag = 急",
    "subject = 事一",
    "subject = 事二 and tag = 密",
    "form = 令 or tag = 急",
    "not (subject = 事一 or form = 令)",
)
CAP = 2
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])


@st.composite
def specs(draw: st.DrawFn) -> str:
    """A small spec: offices with counts, kinds up to two levels deep, a group (perhaps with a count), a unit, powers
    (one perhaps held by the unit as an institution, one held jointly), document rules with grants (standing, case
    by case or silent), reviewers, co-signers (some the holder in charge) and prior reviews (some conditional),
    exceptions and precedence among the rules, a body, leave chains (perhaps approved by the unit, perhaps only
    reported), acting rules with scopes and reasons (a list perhaps closed), delegations."""
    n = draw(st.integers(2, 4))
    offices = OFFICES[:n]
    closed = " closed" if draw(st.booleans()) else ""
    lines = ["form 函, 令", "tag 急, 密", "matter 事一", "matter 事二 is 事一", f"reasons 出差, 休假{closed}"]
    for i, office in enumerate(offices):
        kind = draw(st.sampled_from([None, *offices[:i]])) if i else None
        lines.append(f"office {office}{draw(st.sampled_from(COUNTS))}{f' is {kind}' if kind else ''}")
    group = draw(st.lists(st.sampled_from(offices), min_size=1, max_size=n, unique=True))
    lines.append(f"group 组 = {', '.join(group)}{draw(st.sampled_from(GROUP_COUNTS))}")
    pick = st.sampled_from(offices)
    many = st.sampled_from([*offices, "组"])
    validity = st.sampled_from(["", " standing", " per case"])
    lines.append(f"unit 处{draw(st.sampled_from(['', f' head {offices[-1]}']))}")
    lines.append(f"power 权一 of {draw(pick)}")
    lines.append(f"power 权二 of {draw(st.sampled_from([*offices, '处']))}")
    joint = draw(st.lists(st.sampled_from([*offices, "处"]), min_size=2, max_size=3, unique=True))
    lines.append(f"power 权四 of {' & '.join(joint)}")
    rules = draw(st.integers(1, 3))
    for i in range(rules):
        options = []
        for _ in range(draw(st.integers(1, 2))):
            option = draw(pick)
            if draw(st.booleans()):
                option += f" {draw(st.sampled_from(['entrusted', 'authorised']))} by {draw(pick)}{draw(validity)}"
            if draw(st.integers(0, 3)) == 0:
                option += f" reviewed by {draw(pick)}"
            options.append(option)
        clauses = [f"signer {' | '.join(options)}"]
        when = f" when {draw(st.sampled_from(CONDITIONS))}" if draw(st.booleans()) else ""
        if draw(st.integers(0, 2)) == 0:
            in_charge = " in charge" if draw(st.booleans()) else ""
            clauses.append(f"cosigners{in_charge} {draw(many)}{when}")
        if draw(st.integers(0, 2)) == 0:
            clauses.append(f"prior review {draw(pick)}{draw(st.sampled_from(['', when, ' when necessary']))}")
        others = [f"文{j}" for j in range(rules) if j != i]
        excepted = draw(st.lists(st.sampled_from(others), max_size=1, unique=True)) if others else []
        excepts = f" except {', '.join(excepted)}" if excepted else ""
        prevailing = f" prevails over 文{i - 1}" if i and draw(st.booleans()) else ""
        head = f"document 文{i} when {draw(st.sampled_from(CONDITIONS))}{excepts}{prevailing}"
        lines.append(f"{head} {{ {'; '.join(clauses)} }}")
    members = draw(st.lists(many, min_size=1, max_size=n, unique=True))
    seated = st.sampled_from(sorted({o for m in members for o in (group if m == "组" else [m])}))
    fraction = draw(st.sampled_from(["> 1/2", ">= 1/2", ">= 2/3", "> 1/3"]))
    lines.append(
        f"body 会 {{ members {', '.join(members)}; convener {' | '.join(draw(seated) for _ in range(2))}; "
        f"chair {draw(seated)}; quorum {fraction} }}"
    )
    for _ in range(draw(st.integers(0, 3))):
        about = draw(st.sampled_from(["", " about 会", " about 出差", " about 出差, 休假", " about 会, 休假"]))
        notify = draw(st.sampled_from(["", "", " notify"]))
        approver = draw(st.sampled_from([*offices, "处", "会"]))
        lines.append(f"leave {draw(pick)}{about}{notify}: {draw(pick)} -> {approver} | {draw(pick)}")
    scopes = [
        "",
        " for sign 文0",
        " for 权一, preside 会",
        " for 权四",
        f" for convene 会, sign 文{rules - 1}",
        f" for approve_leave {offices[0]}",
    ]
    for _ in range(draw(st.integers(0, 3))):
        a, b = draw(pick), draw(pick)
        reasons = draw(st.sampled_from(["", " when 出差", " when 出差, 休假"]))
        if a != b:
            lines.append(f"acting {a} -> {b}{draw(st.sampled_from(scopes))}{reasons}")
    powers = ["sign 文0", "权一", "权四", "convene 会", "preside 会"]
    for _ in range(draw(st.integers(0, 2))):
        mode = draw(st.sampled_from(["entrust", "authorise"]))
        onward = " onward" if draw(st.booleans()) else ""
        lines.append(
            f"{mode} {draw(st.sampled_from(powers))} from {draw(many)} to {draw(many)}{onward}{draw(validity)}"
        )
    return "\n".join(lines) + "\n"


def model_of(text: str) -> Model:
    outcome = load_text(text, "random.gov")
    assume(outcome.model is not None)
    assert outcome.model is not None
    # A spec whose counts no staffing meets has no scenario at all: every property holds vacuously, while the
    # solver, asked only about the offices an instance involves, rightly finds none of that.
    assume(next(Oracle(outcome.model).scenarios(0, CAP), None) is not None)
    return outcome.model


def agree(prover: Prover, instance: Instance, oracle_fails: bool) -> None:
    """The solver and the counting shortcut (when it answers) both agree with the oracle; witnesses replay."""
    verdict = prover.decide(instance.query())
    assert isinstance(verdict, Refuted) == oracle_fails, f"solver {verdict}, oracle fails: {oracle_fails}"
    settled = instance.settle()
    if settled is not None:
        assert isinstance(settled, Refuted) == oracle_fails, f"counting {settled}, oracle fails: {oracle_fails}"
        if isinstance(settled, Refuted):
            assert instance.replay(settled.witness)
            if isinstance(instance, (Unable, Leaderless)):  # the order counting keeps is the solver's
                assert isinstance(verdict, Refuted) and settled.witness == verdict.witness


def every_power(model: Model, index: PowerIndex) -> Iterator[PowerRules]:
    """Every power, and each holder's part of co-signing (or its holder in charge's), reviewing and the powers held
    jointly."""
    yield from (index.rules(power) for power in all_powers(model))
    for power in joint_powers(model):
        for holder in sorted({o.office for o in index.rules(power).origins}):
            yield index.rules(power, holder)
    for rule in model.documents.values():
        for origin in sorted({o.office for o in index.rules(PowerKey("review", rule.name)).origins}):
            yield index.rules(PowerKey("review", rule.name), origin)
        for office, in_charge in sorted({(o, c.in_charge) for c in rule.cosigners for o in c.offices}):
            yield index.rules(PowerKey("cosign", rule.name), office, in_charge)


@SETTINGS
@given(specs(), st.integers(0, 2), st.booleans())
def test_who_may_act_agrees_with_oracle(text: str, depth: int, standing: bool) -> None:
    """Every power, at every depth, also with a holder of each of its origin offices away, under one reading of the
    entrustments the text leaves open."""
    model = model_of(text)
    staffing, oracle, prover = Staffing.of(model), Oracle(model), Prover(timeout=30)
    index = PowerIndex(model, staffing)
    situations: dict[tuple[str, ...], list[Scenario]] = {}
    for rules in every_power(model, index):
        for gone in [(), *((o,) for o in sorted({o.office for o in rules.origins}))]:
            if gone not in situations:
                situations[gone] = list(oracle.scenarios(depth, CAP, gone))
            fails = any(
                oracle.unable(rules.power, s, depth, gone, rules.part, standing, rules.in_charge)
                for s in situations[gone]
            )
            agree(prover, Unable(staffing, rules, depth, oracle, gone, standing), fails)


@st.composite
def stand_in_chains(draw: st.DrawFn) -> str:
    """Plain offices (no kinds) with counts, document rules signed by one to three of them without grant or review,
    and stand-in rules without reasons (some scoped to one rule, some chained, some pointing back): who may sign is
    a union of offices, which counting settles by itself (PowerRules.simple)."""
    n = draw(st.integers(2, 4))
    offices = OFFICES[:n]
    lines = ["form 函", *(f"office {office}{draw(st.sampled_from(COUNTS))}" for office in offices)]
    pick = st.sampled_from(offices)
    rules = draw(st.integers(1, 2))
    for i in range(rules):
        signers = draw(st.lists(pick, min_size=1, max_size=3, unique=True))
        lines.append(f"document 文{i} when form = 函 {{ signer {' | '.join(signers)} }}")
    for _ in range(draw(st.integers(0, 4))):
        a, b = draw(pick), draw(pick)
        scope = draw(st.sampled_from(["", " for sign 文0", f" for sign 文{rules - 1}"]))
        if a != b:
            lines.append(f"acting {a} -> {b}{scope}")
    return "\n".join(lines) + "\n"


@SETTINGS
@given(stand_in_chains(), st.integers(0, 3))
def test_a_union_of_stand_ins_is_counted_as_the_solver_and_oracle_find(text: str, depth: int) -> None:
    """Where only stand-in rules without reasons pass a power on, counting answers at once (every office the rules
    name wholly away), with the solver's very witness, and agrees with the oracle, also with a signer gone."""
    model = model_of(text)
    staffing, oracle, prover = Staffing.of(model), Oracle(model), Prover(timeout=30)
    index = PowerIndex(model, staffing)
    for name in model.documents:
        rules = index.rules(PowerKey("sign", name))
        assert rules.simple
        for gone in [(), *((o,) for o in sorted({o.office for o in rules.origins}))]:
            instance = Unable(staffing, rules, depth, oracle, gone)
            assert instance.settle() is not None
            fails = any(oracle.unable(rules.power, s, depth, gone, None) for s in oracle.scenarios(depth, CAP, gone))
            agree(prover, instance, fails)


@SETTINGS
@given(specs())
def test_who_could_ever_hold_agrees_with_oracle(text: str) -> None:
    """GS321/GS322 read who could ever hold and pass a power; the oracle reads it from the model on its own."""
    model = model_of(text)
    staffing, oracle = Staffing.of(model), Oracle(model)
    index = PowerIndex(model, staffing)
    for power in (*all_powers(model), *joint_powers(model)):
        assert reachable(index.rules(power), staffing) == oracle.ever(power), power


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(specs(), st.integers(0, 2), st.booleans())
def test_quorum_and_leaders_agree_with_oracle(text: str, depth: int, standing: bool) -> None:
    model = model_of(text)
    staffing, oracle, prover = Staffing.of(model), Oracle(model), Prover(timeout=30)
    index = PowerIndex(model, staffing)
    body = model.bodies["会"]
    assert body.quorum is not None
    situations = list(oracle.scenarios(depth, max(CAP, depth * body.quorum.denominator + 1)))
    fails = any(oracle.inquorate(body, s, depth) for s in situations)
    agree(prover, Inquorate(staffing, body, depth, oracle), fails)
    for role in ("convene", "chair"):
        rules = index.rules(PowerKey(role, body.name))
        fails = any(oracle.leaderless(body, rules.power, s, depth, standing) for s in situations)
        agree(prover, Leaderless(staffing, body, rules, depth, oracle, standing), fails)


def every_document(domains: dict[str, tuple[str, ...]]) -> Iterator[dict[str, object]]:
    single = sorted(a for a in domains if a != "tag")
    tags = domains.get("tag", ())
    for values in itertools.product(*((*domains[a], None) for a in single)):
        for chosen in itertools.product((False, True), repeat=len(tags)):
            doc: dict[str, object] = dict(zip(single, values, strict=True))
            doc["tag"] = frozenset(t for t, on in zip(tags, chosen, strict=True) if on)
            yield doc


@SETTINGS
@given(specs())
def test_overlaps_agree_with_oracle(text: str) -> None:
    """Every pair of rules, each read with its exceptions: the solver, the counting answer, the oracle over every
    document, and the index agree; the essential witness still makes both apply; precedence is read alike."""
    model = model_of(text)
    below = documents.matter_below(model)
    oracle, prover = Oracle(model), Prover(timeout=30)
    names = sorted(model.documents)
    above = documents.winners(model)
    reqs = {name: documents.requirements(documents.effective(model, above, name), below) for name in names}
    candidates = set(documents.candidate_pairs(reqs))
    settled = documents.prevailing(model)
    for first, second in itertools.combinations(names, 2):
        conditions = (documents.effective(model, above, first), documents.effective(model, above, second))
        domains = documents.domains(conditions, below)
        meet = any(oracle.applies(first, d) and oracle.applies(second, d) for d in every_document(domains))
        instance = Overlapping(*conditions, below, oracle)
        agree(prover, instance, meet)
        assert not meet or tuple(sorted((first, second))) in candidates, f"the index dropped {first}, {second}"
        assert oracle.settled(first, second) == ((first, second) in settled or (second, first) in settled)
        verdict = prover.decide(instance.query())
        if isinstance(verdict, Refuted):
            essential = instance.essential(verdict.witness, prover)
            fixed = {a: v for a, v in essential.items() if a not in ("tag", "untagged")}
            untagged = essential.get("untagged", frozenset())
            for doc in every_document(domains):
                pinned = all(doc[a] == v for a, v in fixed.items())
                if pinned and essential["tag"] <= doc["tag"] and not doc["tag"] & untagged:
                    assert oracle.applies(first, doc) and oracle.applies(second, doc), (essential, doc)


def test_counting_with_an_office_gone_still_counts_the_depth() -> None:
    """With 甲 wholly away, one more absence (乙) leaves `signer 甲 | 乙` unsigned: counting must see it too."""
    model = load_text("office 甲\noffice 乙\nform 函\ndocument 文 when form = 函 { signer 甲 | 乙 }\n", "g.gov").model
    assert model is not None
    staffing, oracle = Staffing.of(model), Oracle(model)
    rules = PowerIndex(model, staffing).rules(PowerKey("sign", "文"))
    for depth, fails in ((0, False), (1, True), (2, True)):
        instance = Unable(staffing, rules, depth, oracle, ("甲",))
        settled = instance.settle()
        assert isinstance(settled, Refuted if fails else Holds), (depth, settled)
        assert isinstance(Prover(timeout=30).decide(instance.query()), Refuted if fails else Holds)


def test_a_witness_missing_an_office_the_oracle_needs_does_not_replay() -> None:
    """The oracle finds the offices it needs on its own: a witness that leaves out the stand-in is refused."""
    text = "office 甲\noffice 乙\nform 函\nacting 甲 -> 乙\ndocument 文 when form = 函 { signer 甲 }\n"
    model = load_text(text, "m.gov").model
    assert model is not None
    oracle = Oracle(model)
    power = PowerKey("sign", "文")
    assert not oracle.unable(power, Scenario({"甲": 1}, {"甲": 1}), 1, (), None)
    assert not oracle.unable(power, Scenario({"甲": 1, "乙": 1}, {"甲": 1, "乙": 0}), 1, (), None)
    assert oracle.unable(power, Scenario({"甲": 1, "乙": 1}, {"甲": 1, "乙": 1}), 2, (), None)


def test_every_kind_of_power_has_words() -> None:
    """Co-signing and review are powers like the others: a finding can name each kind."""
    for kind in ("named", "sign", "convene", "chair", "leave", *PARTIES):
        assert "'文'" in str(describe_power(PowerKey(kind, "文")))
