"""Property instances: how to settle each cheaply, how to ask the solver, and how to replay a witness.

Each instance involves a few offices: one power, one body, one pair of document conditions. Where the structure is
plain (offices without kinds, powers held unconditionally by their origins alone) counting settles the instance
exactly and no Z3 term is built; the solver gets what needs it (stand-ins, grants, delegation chains, kinds of
offices). A query's assertions are satisfiable exactly when the property fails; every witness, counted or solved,
is replayed through the oracle before it is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

import z3

from govspec.logic import documents
from govspec.logic.counting import countable, least_unable, needed, plain_members, spread
from govspec.logic.encode import Absences, Documents
from govspec.logic.oracle import Document, Oracle
from govspec.logic.powers import PowerRules
from govspec.logic.scenario import Scenario, Staffing
from govspec.logic.solve import Holds, Prover, Query, Refuted, ReplayError
from govspec.model.entities import Body
from govspec.syntax.tree import Condition

W = TypeVar("W")
A = TypeVar("A")
B = TypeVar("B")


class Instance(Protocol[W]):
    """What every property instance offers: a cheap answer if there is one, the solver's query, a replay."""

    def settle(self) -> Holds | Refuted[W] | None: ...

    def query(self) -> Query[W]: ...

    def replay(self, witness: W) -> bool: ...


@dataclass(frozen=True, eq=False, slots=True)
class Unable:
    """A scenario in which nobody may exercise the power: a holder of each `gone` office away, at most `depth` others.

    `standing`: how the grants and delegations the text leaves open are read (see PowerRules.read).
    """

    staffing: Staffing
    power_rules: PowerRules
    depth: int | None
    oracle: Oracle
    gone: tuple[str, ...] = ()
    standing: bool = False

    @property
    def rules(self) -> PowerRules:
        return self.power_rules.read(self.standing)

    def query(self) -> Query[Scenario]:
        rules = self.rules
        v = Absences(self.staffing, (*rules.offices, *self.gone), rules.reasoned)
        can_act = v.able(rules, "p")
        facts = [*v.facts, *v.within(self.depth, self.gone), z3.Not(can_act)]
        return Query(facts, v.scenario, self.replay, v.order(), v.legend())

    def replay(self, witness: Scenario) -> bool:
        rules = self.power_rules
        return self.oracle.unable(
            rules.power, witness, self.depth, self.gone, rules.part, self.standing, rules.in_charge
        )

    def settle(self) -> Holds | Refuted[Scenario] | None:
        """Exact answer without a solver when every office involved is plain (no kinds): counts act monotonically.

        An institution is never away, so a power one holds never fails. A plain union (PowerRules.simple) fails
        exactly when every holder of the offices its rules name can be away, with a holder of each `gone` office
        among the absences, within the depth (however many offices it names); any other power is counted split by
        split (see logic.counting), unless a stand-in rule names reasons (then which reason is worst is the
        solver's question).
        """
        rules = self.rules
        if rules.institutions:
            return Holds()
        named = rules.offices
        offices = (*named, *self.gone)
        if not all(self.staffing.plain(o) for o in offices):
            return None
        if rules.simple and self.depth is not None:
            own = {o: self.staffing.offices[o].low for o in sorted(set(offices))}
            for office in self.gone:  # a gone office has a holder to be away
                if self.staffing.offices[office].high == 0:
                    return Holds()
                own[office] = max(own[office], 1)
            held = set(named)
            required = sum(own[o] for o in held) + sum(1 for o in set(self.gone) if o not in held)
            return Holds() if required > self.depth + len(self.gone) else Refuted(_all_away(own, held, self.gone))
        if not countable(self.staffing, rules, self.gone):
            return None
        found = least_unable(self.staffing, rules, self.depth, self.gone)
        return Holds() if found is None else Refuted(found)


def _all_away(own: dict[str, int], held: set[str], gone: tuple[str, ...]) -> Scenario:
    """Every holder of the offices `held` away, and one holder of each `gone` office."""
    return Scenario(own, {o: own[o] if o in held else 1 if o in gone else 0 for o in own})


@dataclass(frozen=True, eq=False, slots=True)
class UnableWhileAway:
    """A scenario in which every holder of `absent` is away (each for one of `reasons`; for any reason when there
    are none), everyone else is at work, and nobody may exercise the power. Open grants and delegations are read as
    standing, the reading under which someone may act most often, so a witness fails under every reading."""

    staffing: Staffing
    power_rules: PowerRules
    absent: str
    reasons: tuple[str, ...]
    oracle: Oracle

    def query(self) -> Query[Scenario]:
        rules = self.power_rules.read(True)
        v = Absences(self.staffing, (*rules.offices, self.absent), (*rules.reasoned, self.absent))
        can_act = v.able(rules, "p")  # adds the power's defining equations to v.facts
        gone = set(self.staffing.below(self.absent))
        pattern = [v.away[x] == (v.own[x] if x in gone else 0) for x in v.cone]
        facts = [*v.facts, *pattern, v.holders(self.absent) >= 1, v.away_for(self.absent, self.reasons)]
        return Query([*facts, z3.Not(can_act)], v.scenario, self.replay, v.order(), v.legend())

    def replay(self, witness: Scenario) -> bool:
        return self.oracle.unable_while_away(self.power_rules.power, witness, self.absent, self.reasons)

    def settle(self) -> None:
        """No shortcut: these questions are few, one per stand-in chosen by a body."""
        return None


@dataclass(frozen=True, eq=False, slots=True)
class Inquorate:
    """A scenario with at most `depth` members away in which the body is not quorate."""

    staffing: Staffing
    body: Body
    depth: int | None
    oracle: Oracle

    def query(self) -> Query[Scenario]:
        v = Absences(self.staffing, self.body.members.names)
        facts = [*v.facts, *v.within(self.depth), z3.Not(v.quorate(self.body))]
        return Query(facts, v.scenario, self.replay, v.order(), v.legend())

    def replay(self, witness: Scenario) -> bool:
        return self.oracle.inquorate(self.body, witness, self.depth)

    def settle(self) -> Holds | Refuted[Scenario] | None:
        """Exact answer by counting when every member office is plain (has no kinds); the witness has fewest absences.

        With n members due, the fewest absences that break the quorum are n - needed(n) + 1, and never more than n.
        That number never falls as n grows (the threshold rises by at most one per member), so only the counts from
        the lowest up to the depth can matter (each is checked), and of those that fail the smallest count wins.
        """
        quorum = self.body.quorum
        if quorum is None:
            return Holds()
        counted = plain_members(self.staffing, self.body)
        if counted is None:
            return None
        offices, low, high = counted
        top = max(low, 1 if self.depth is None else self.depth)
        for due in range(low, top + 1 if high is None else min(high, top) + 1):
            breaking = max(0, due - needed(quorum, due) + 1)
            if breaking <= min(due, due if self.depth is None else self.depth):
                return Refuted(spread(self.staffing, offices, due, breaking))
        return Holds()


@dataclass(frozen=True, eq=False, slots=True)
class Leaderless:
    """A scenario with at most `depth` away in which the body is quorate but nobody may convene (or chair) it."""

    staffing: Staffing
    body: Body
    power_rules: PowerRules
    depth: int | None
    oracle: Oracle
    standing: bool = False

    @property
    def rules(self) -> PowerRules:
        return self.power_rules.read(self.standing)

    def query(self) -> Query[Scenario]:
        rules = self.rules
        v = Absences(self.staffing, (*self.body.members.names, *rules.offices), rules.reasoned)
        can_act = v.able(rules, "p")
        facts = [*v.facts, *v.within(self.depth), v.quorate(self.body), z3.Not(can_act)]
        return Query(facts, v.scenario, self.replay, v.order(), v.legend())

    def replay(self, witness: Scenario) -> bool:
        return self.oracle.leaderless(self.body, self.power_rules.power, witness, self.depth, self.standing)

    def settle(self) -> Holds | Refuted[Scenario] | None:
        """Exact answer by counting when every office involved is plain and no stand-in rule names reasons."""
        rules = self.rules
        if rules.institutions:
            return Holds()
        if not countable(self.staffing, rules, self.body.members.names):
            return None
        found = least_unable(self.staffing, rules, self.depth, body=self.body)
        return Holds() if found is None else Refuted(found)


@dataclass(frozen=True, eq=False, slots=True)
class Overlapping:
    """A concrete document that satisfies both conditions."""

    first: Condition
    second: Condition
    below: Mapping[str, tuple[str, ...]]
    oracle: Oracle

    def query(self) -> Query[Document]:
        d = Documents(documents.domains((self.first, self.second), self.below), self.below)
        facts = [*d.facts, d.holds(self.first), d.holds(self.second)]
        return Query(facts, d.document, self.replay, d.order(), d.legend())

    def replay(self, witness: Document) -> bool:
        return self.oracle.satisfies(self.first, witness) and self.oracle.satisfies(self.second, witness)

    def essential(self, witness: Document, prover: Prover) -> Document:
        """The witness cut down to what makes both conditions hold whatever the rest of the document is: each attribute
        and tag, in order, is freed when the others still force both conditions (a step the solver cannot settle in
        time keeps it). Freed attributes are left out; `tag` keeps the tags that must be there, `untagged` those that
        must not. The witness is replayed, as every witness is."""
        d = Documents(documents.domains((self.first, self.second), self.below), self.below)
        pins: dict[tuple[str, str], z3.BoolRef] = {}
        for attribute, var in d.vars.items():
            domain, value = d.domains[attribute], witness.get(attribute)
            pins[attribute, ""] = var == (domain.index(value) if value in domain else len(domain))
        tagged = witness.get("tag") or frozenset()
        for tag, flag in d.tags.items():
            pins["tag", tag] = flag if tag in tagged else z3.Not(flag)  # type: ignore[operator]
        goal = z3.And(d.holds(self.first), d.holds(self.second))
        for key in sorted(pins):
            rest = [pin for other, pin in pins.items() if other != key]
            if prover.implied([*d.facts, *rest], goal):
                del pins[key]
        kept: dict[str, object] = {a: witness.get(a) for a, tag in pins if a != "tag"}
        kept["tag"] = frozenset(tag for a, tag in pins if a == "tag" and tag in tagged)  # type: ignore[operator]
        untagged = frozenset(tag for a, tag in pins if a == "tag" and tag not in tagged)  # type: ignore[operator]
        essential = kept | ({"untagged": untagged} if untagged else {})
        if not self.replay(essential):
            raise ReplayError(f"the essential witness {essential!r} does not replay")
        return essential

    def settle(self) -> Holds | Refuted[Document] | None:
        """Simple conditions meet exactly when their requirements are compatible, on the first values they share."""
        conditions = (self.first, self.second)
        if not all(map(documents.simple, conditions)):
            return None
        first, second = (documents.requirements(c, self.below) for c in conditions)
        if not documents.compatible(first, second):
            return Holds()
        return Refuted(documents.sample(conditions, self.below))


@dataclass(frozen=True, eq=False, slots=True)
class Jointly(Generic[A, B]):
    """Two instances over separate variables that fail only together: a witness is one of each.

    A co-signer needed `when` a condition holds fails only if some document of the rule meets it and, apart from
    that, some scenario leaves nobody to co-sign; the first instance's terms are minimised first.
    """

    first: Instance[A]
    second: Instance[B]

    def query(self) -> Query[tuple[A, B]]:
        one, two = self.first.query(), self.second.query()
        assert one.decode is not None and two.decode is not None

        def decode(model: z3.ModelRef) -> tuple[A, B]:
            return one.decode(model), two.decode(model)  # type: ignore[misc]

        order = [*one.order, *two.order]
        return Query([*one.facts, *two.facts], decode, self.replay, order, [*one.legend, *two.legend])

    def replay(self, witness: tuple[A, B]) -> bool:
        return self.first.replay(witness[0]) and self.second.replay(witness[1])

    def settle(self) -> Holds | Refuted[tuple[A, B]] | None:
        one = self.first.settle()
        two = self.second.settle()
        if isinstance(one, Holds) or isinstance(two, Holds):
            return Holds()
        if isinstance(one, Refuted) and isinstance(two, Refuted):
            return Refuted((one.witness, two.witness))
        return None
