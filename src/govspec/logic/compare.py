"""Two models -> who may exercise each power, compared office by office under every absence within the depth (Z3).

For one power and one office (or institution), the comparison asks the solver twice over the same scenario
variables, shared by name between the two models: is there an absence within the depth in which the office may act
under the new rules but not the old (it gained), and one where the reverse holds (it lost). Neither: equivalent;
only gains: broader; only losses: narrower; both: incomparable, as Cedar compares policies. Each model's who-may-act
is encoded by logic.encode (the completion of its rules); a witness is replayed through logic.powers' exact fixpoint
before it is reported, and a model the completion admits but the fixpoint does not is excluded and the query asked
again. Powers whose rules and offices read alike in both models are equivalent without a query.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

import z3

from govspec.catalogue import Say
from govspec.logic.encode import Absences, any_of, total
from govspec.logic.powers import PowerIndex, PowerRules, able, all_powers, reachable
from govspec.logic.scenario import Scenario, Staffing, describe
from govspec.logic.solve import Holds, Prover, Query, Refuted, Unknown
from govspec.model.entities import Model, Office, PowerKey

Relation = Literal["equivalent", "broader", "narrower", "incomparable", "unknown"]
MAX_RETRIES = 64  # patterns of presence the completion admits but the exact rules do not, excluded before giving up


@dataclass(frozen=True)
class Witness:
    """A scenario, and who may exercise the power in it under the old rules and under the new."""

    scenario: Scenario
    before: tuple[str, ...]
    after: tuple[str, ...]
    words: Mapping[str, list[Say | str]] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Shift:
    """One office's (or institution's) hold on one power, compared: a scenario where it gained, one where it lost."""

    actor: str
    gained: Witness | None
    lost: Witness | None
    reading: bool = False
    unknown: bool = False

    @property
    def decisive(self) -> bool:
        """A witness shows the power held by nobody on the other side."""
        return bool(self.gained and not self.gained.before) or bool(self.lost and not self.lost.after)

    @property
    def relation(self) -> Relation:
        if self.unknown:
            return "unknown"
        return relation(self.gained is not None, self.lost is not None)


@dataclass(frozen=True)
class PowerChange:
    """A power whose holders differ: who could act at all before and after, and each office whose hold shifted."""

    power: PowerKey
    before: tuple[str, ...]
    after: tuple[str, ...]
    shifts: tuple[Shift, ...]

    @property
    def relation(self) -> Relation:
        if any(s.unknown for s in self.shifts):
            return "unknown"
        return relation(any(s.gained for s in self.shifts), any(s.lost for s in self.shifts))


def relation(gained: bool, lost: bool) -> Relation:
    return ("equivalent", "narrower", "broader", "incomparable")[2 * gained + lost]  # type: ignore[return-value]


def union_staffing(old: Model, new: Model) -> Staffing:
    """Every office of either model (the new one's where both have it), and every reason either declares."""
    reasons = tuple(dict.fromkeys((*old.reasons, *new.reasons)))
    return Staffing({**old.offices, **new.offices}, reasons, old.reasons_closed and new.reasons_closed)


def _plain_rules(rules: PowerRules) -> PowerRules:
    """The rules without their citations: what decides who may act."""
    origins = tuple(replace(o, citations=()) for o in rules.origins)
    transfers = tuple(replace(t, citations=()) for t in rules.transfers)
    return replace(rules, origins=origins, transfers=transfers)


def _office_facts(office: Office) -> tuple[int, int | None, str | None]:
    return (office.low, office.high, office.kind)


def _alike(old: PowerRules, new: PowerRules, old_staffing: Staffing, new_staffing: Staffing) -> bool:
    """Rules and the offices they reach read the same in both models: who may act cannot differ."""
    if _plain_rules(old) != _plain_rules(new) or old_staffing.why_away != new_staffing.why_away:
        return False
    cone_old, cone_new = old_staffing.cone(old.offices), new_staffing.cone(new.offices)
    if cone_old != cone_new:
        return False
    return all(_office_facts(old_staffing.offices[x]) == _office_facts(new_staffing.offices[x]) for x in cone_old)


class _Side:
    """One model's encoding of one power over the shared scenario variables."""

    def __init__(self, staffing: Staffing, rules: PowerRules, tag: str, shared: _Shared) -> None:
        self.staffing, self.rules = staffing, rules
        absences = Absences(staffing, rules.offices, rules.reasoned)
        may = absences.may_act(rules, tag)
        pairs = [(absences.own[x], shared.own[x]) for x in absences.cone]
        pairs += [(absences.away[x], shared.away[x]) for x in absences.cone]
        pairs += [(n, shared.why[x, r]) for x, counts in absences.why.items() for r, n in counts.items()]
        self.facts = [z3.substitute(f, *pairs) for f in absences.facts]
        self.cone = absences.cone
        self.why_pools = tuple(absences.why)
        self.may = {x: z3.substitute(term, *pairs) for x, term in may.items()}
        # Who may act is a function of who is at work and which stand-in rules apply: a model of the completion the
        # exact rules refuse is excluded with every scenario alike in these.
        facts = [absences.present(x) for x in absences.cone]
        facts += [absences.away_for(t.source, t.reasons) for t in rules.transfers if t.kind == "acting" and t.reasons]
        self.pattern = [z3.substitute(f, *pairs) for f in facts]

    def anyone(self) -> z3.BoolRef:
        """Someone may exercise the power: an institution holding it, or an office with a holder at work."""
        return z3.BoolVal(True) if self.rules.institutions else any_of(self.may.values())

    def acts(self, actor: str) -> z3.BoolRef:
        if actor in self.rules.institutions:
            return z3.BoolVal(True)
        return self.may.get(actor, z3.BoolVal(False))

    def scenario(self, whole: Scenario) -> Scenario:
        """The part of a scenario over both models that this model's offices take part in."""
        why = {x: w for x, w in whole.why.items() if x in self.why_pools}
        return Scenario({x: whole.own[x] for x in self.cone}, {x: whole.away[x] for x in self.cone}, why)

    def who(self, whole: Scenario) -> tuple[str, ...]:
        return able(self.rules, self.staffing, self.scenario(whole))


class _Shared:
    """Scenario variables named by office and reason, so two models' encodings speak of the same holders."""

    def __init__(self, offices: tuple[str, ...], reasons: tuple[str | None, ...]) -> None:
        self.offices, self.reasons = offices, reasons
        ids = {x: i for i, x in enumerate(offices)}
        self.own = {x: z3.Int(f"p{ids[x]}_own") for x in offices}
        self.away = {x: z3.Int(f"p{ids[x]}_away") for x in offices}
        self.why = {(x, r): z3.Int(f"p{ids[x]}_why{j}") for x in offices for j, r in enumerate(reasons)}

    def scenario(self, model: z3.ModelRef, pools: Mapping[str, tuple[str | None, ...]]) -> Scenario:
        def value(term: z3.ArithRef) -> int:
            return model.eval(term, model_completion=True).as_long()

        own = {x: value(v) for x, v in self.own.items()}
        away = {x: value(v) for x, v in self.away.items()}
        why = {
            x: tuple(r for r in reasons for _ in range(value(self.why[x, r])))
            for x, reasons in pools.items()
            if away[x]
        }
        return Scenario(own, away, why)


class Comparison:
    """The two models of a change, their power indexes, and the solver the comparison asks."""

    def __init__(self, old: Model, new: Model, depth: int, timeout: float) -> None:
        self.old, self.new, self.depth = old, new, depth
        self.old_staffing, self.new_staffing = Staffing.of(old), Staffing.of(new)
        self.old_index, self.new_index = PowerIndex(old, self.old_staffing), PowerIndex(new, self.new_staffing)
        self.staffing = union_staffing(old, new)
        self.prover = Prover(timeout)
        self.old_powers, self.new_powers = frozenset(all_powers(old)), frozenset(all_powers(new))

    def powers(self) -> tuple[PowerKey, ...]:
        return tuple(sorted(self.old_powers | self.new_powers, key=PowerKey.sort_key))

    def _rules(self, index: PowerIndex, powers: frozenset[PowerKey], power: PowerKey) -> PowerRules:
        """The power's rules; a power a model does not create has none: nobody may exercise it."""
        return index.rules(power) if power in powers else PowerRules(power, ())

    def compare(self, power: PowerKey) -> PowerChange | None:
        """How who may exercise the power changed; None when it did not."""
        old = self._rules(self.old_index, self.old_powers, power)
        new = self._rules(self.new_index, self.new_powers, power)
        if _alike(old, new, self.old_staffing, self.new_staffing):
            return None
        readings = (False, True) if old.silent or new.silent else (False,)
        shifts = []
        for actor in self._actors(old, new):
            found = [self._shift(old.read(standing), new.read(standing), actor, standing) for standing in readings]
            changed = [s for s in found if s.relation != "equivalent"] or found
            shift = next((s for s in changed if s.decisive), changed[0])
            if shift.relation != "equivalent":
                shifts.append(shift)
        if not shifts:
            return None
        return PowerChange(
            power, self._could(old, self.old_staffing), self._could(new, self.new_staffing), tuple(shifts)
        )

    def _actors(self, old: PowerRules, new: PowerRules) -> tuple[str, ...]:
        offices = {*self.old_staffing.cone(old.offices), *self.new_staffing.cone(new.offices)}
        return (*sorted({*old.institutions, *new.institutions}), *sorted(offices))

    def _could(self, rules: PowerRules, staffing: Staffing) -> tuple[str, ...]:
        """Who may act in some scenario, however many are away: institutions, and the offices the rules reach."""
        holds, _ = reachable(rules, staffing)
        return (*rules.institutions, *sorted(holds))

    def _shift(self, old: PowerRules, new: PowerRules, actor: str, standing: bool) -> Shift:
        offices = tuple(sorted({*self.old_staffing.cone(old.offices), *self.new_staffing.cone(new.offices)}))
        shared = _Shared(offices, self.staffing.why_away)
        before = _Side(self.old_staffing, old, "was", shared)
        after = _Side(self.new_staffing, new, "now", shared)
        gained = self._witness(before, after, actor, shared, gaining=True)
        lost = self._witness(before, after, actor, shared, gaining=False)
        unknown = isinstance(gained, Unknown) or isinstance(lost, Unknown)
        return Shift(
            actor,
            gained if isinstance(gained, Witness) else None,
            lost if isinstance(lost, Witness) else None,
            standing,
            unknown,
        )

    def _witness(
        self, before: _Side, after: _Side, actor: str, shared: _Shared, gaining: bool
    ) -> Witness | Unknown | None:
        """A scenario within the depth where the actor may act on one side and not the other; None if there is none.

        A scenario where nobody at all may act on the other side is asked for first: "while the 区长 is away, the
        办公室主任 may now sign; before, no one could" says more than a scenario where someone else could.
        """
        has, lacks = (after, before) if gaining else (before, after)
        facts = [*before.facts, *after.facts, has.acts(actor), z3.Not(lacks.acts(actor))]
        facts += [v >= 0 for v in shared.why.values()]
        facts.append(total(shared.away.values()) <= self.depth)
        decisive = self._ask([*facts, z3.Not(lacks.anyone())], before, after, actor, shared, gaining)
        if isinstance(decisive, Witness):
            return decisive
        return self._ask(facts, before, after, actor, shared, gaining)

    def _ask(
        self, facts: list[z3.BoolRef], before: _Side, after: _Side, actor: str, shared: _Shared, gaining: bool
    ) -> Witness | Unknown | None:
        has, lacks = (after, before) if gaining else (before, after)
        pools = {x: self.staffing.why_away for x in {*before.why_pools, *after.why_pools}}
        order = [(total(shared.away.values()), 0), *((shared.away[x], 0) for x in shared.offices)]
        for _ in range(MAX_RETRIES):
            # Replayed here, not by the prover: a model of the completion the exact rules refuse is excluded, and the
            # question asked again.
            query = Query(facts, lambda model: shared.scenario(model, pools), lambda _: True, order)
            verdict = self.prover.decide(query)
            if isinstance(verdict, Holds):
                return None
            if not isinstance(verdict, Refuted):
                return Unknown(getattr(verdict, "reason", "unknown"))
            scenario: Scenario = verdict.witness  # type: ignore[assignment]
            if actor in has.who(scenario) and actor not in lacks.who(scenario):
                # Said over the offices in question only: a kind one version adds has no pool in the scenario.
                offices = {x: self.staffing.offices[x] for x in shared.offices}
                said = describe(Staffing(offices, self.staffing.reasons, self.staffing.closed), scenario)
                return Witness(scenario, before.who(scenario), after.who(scenario), said)
            pattern = [*before.pattern, *after.pattern]
            facts = [*facts, z3.Not(z3.And(*(p == _value_in(p, scenario, shared) for p in pattern)))]
        return Unknown("the rules' completion kept admitting scenarios the rules do not")


def _value_in(term: z3.BoolRef, scenario: Scenario, shared: _Shared) -> z3.BoolRef:
    """A pattern term as the scenario makes it: the term with the scenario's numbers put in."""
    pairs = [(shared.own[x], z3.IntVal(scenario.own[x])) for x in shared.offices]
    pairs += [(shared.away[x], z3.IntVal(scenario.away[x])) for x in shared.offices]
    for x in shared.offices:
        whys = scenario.why.get(x, ())
        pairs += [(shared.why[x, r], z3.IntVal(whys.count(r))) for r in shared.reasons]
    return z3.simplify(z3.substitute(term, *pairs))


def compare_powers(old: Model, new: Model, depth: int, timeout: float) -> tuple[PowerChange, ...]:
    """Every power whose holders differ between two models, with each office's shift and its witnesses."""
    comparison = Comparison(old, new, depth, timeout)
    found = (comparison.compare(power) for power in comparison.powers())
    return tuple(change for change in found if change is not None)
