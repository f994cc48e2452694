"""Absence scenarios over a resolved model: who holds each office, which holders are away, and why. Plain Python.

An office's holders include the holders of its kinds (`office 常务副区长 is 副区长`: the 常务副区长 is one of the
副区长). So each office has an *own pool*: the holders of it who hold no more specific office. A scenario says how
many holders each own pool has (within every office's count range) and how many of them are away.

Every absence has a reason. Where a stand-in rule names reasons (`acting 区长 -> 常务副区长 when 出差, 休假`), the
reasons of the absent holders decide whether it applies, so a scenario also says, for those pools, why each absent
holder is away: one of the declared reasons, or (None) any other reason, unless the spec declares its list closed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from govspec.catalogue import Say, listed, say
from govspec.model.entities import Body, Model, Office, office_kinds


@dataclass(frozen=True)
class Total:
    """Holders of several own pools counted together: `low` to `high` (None: no upper number) of them."""

    pools: tuple[str, ...]
    low: int
    high: int | None


@dataclass(frozen=True)
class Staffing:
    """The offices of a model, how their kinds nest, and the reasons for which a holder may be away."""

    offices: Mapping[str, Office]
    reasons: tuple[str, ...] = ()
    closed: bool = False
    totals: tuple[Total, ...] = ()

    @staticmethod
    def of(model: Model) -> Staffing:
        staffing = Staffing(model.offices, model.reasons, model.reasons_closed)
        counted = [g for g in model.groups.values() if g.count is not None]
        if not counted:
            return staffing
        totals = tuple(
            Total(tuple(sorted({x for o in g.offices for x in staffing.below(o)})), *g.count)  # type: ignore[misc]
            for g in counted
        )
        return Staffing(model.offices, model.reasons, model.reasons_closed, totals)

    @cached_property
    def _totalled(self) -> frozenset[str]:
        return frozenset(x for total in self.totals for x in total.pools)

    @property
    def why_away(self) -> tuple[str | None, ...]:
        """Every reason an absence can have: the declared ones, then (None) any other, unless the list is closed."""
        return self.reasons if self.closed else (*self.reasons, None)

    @cached_property
    def _kinds_of(self) -> dict[str, tuple[str, ...]]:
        """Per office that some office is a kind of, those offices, sorted; most offices have none, and no entry."""
        result: dict[str, list[str]] = {}
        for office in self.offices.values():
            if office.kind is not None:
                result.setdefault(office.kind, []).append(office.name)
        return {name: tuple(sorted(kids)) for name, kids in result.items()}

    def children(self, office: str) -> tuple[str, ...]:
        """The offices that are a kind of `office`, sorted."""
        return self._kinds_of.get(office, ())

    def below(self, office: str) -> tuple[str, ...]:
        """The office and every office that is a kind of it: the own pools whose holders hold it."""
        if office not in self._kinds_of:  # most offices: nothing is a kind of them
            return (office,)
        found, stack = [office], [office]
        while stack:
            for child in self.children(stack.pop()):
                if child not in found:
                    found.append(child)
                    stack.append(child)
        return tuple(sorted(found))

    def cone(self, offices: Iterable[str]) -> tuple[str, ...]:
        """Every office whose count constrains the holders of `offices`: the whole kind trees they belong to, and
        those of every office counted together with one of them (a group's count)."""
        found: set[str] = set()
        todo = set(offices)
        while todo:
            roots = {office_kinds(self.offices, office)[-1] for office in todo}
            found |= {x for root in roots for x in self.below(root)}
            todo = {x for total in self.totals if not found.isdisjoint(total.pools) for x in total.pools} - found
        return tuple(sorted(found))

    def plain(self, office: str) -> bool:
        """An office with no kinds above or below it and not counted with others: its holders are exactly its own
        pool, and its count bounds them alone."""
        return self.offices[office].kind is None and not self.children(office) and office not in self._totalled


@dataclass(frozen=True, slots=True)
class Scenario:
    """How many hold each own pool and how many of those are away; offices outside it are not in question.

    `why`: for the pools whose reasons matter, the reason of each absent holder (None: a reason no statement
    names), sorted with None last.
    """

    own: Mapping[str, int]
    away: Mapping[str, int]
    why: Mapping[str, tuple[str | None, ...]] = field(default_factory=dict)

    def holders(self, staffing: Staffing, office: str) -> int:
        return sum(self.own[x] for x in staffing.below(office))

    def present(self, staffing: Staffing, office: str) -> bool:
        """Some holder of the office (or of a kind of it) is at work."""
        return any(self.own[x] > self.away[x] for x in staffing.below(office))

    def whole(self, staffing: Staffing, office: str) -> bool:
        """The office has holders and none of them (nor of a kind of it) is away."""
        return self.holders(staffing, office) > 0 and not any(self.away[x] for x in staffing.below(office))

    def away_for(self, staffing: Staffing, office: str, reasons: tuple[str, ...]) -> bool:
        """Every absent holder of the office is away for one of `reasons`; a rule naming none covers any reason, and
        a vacancy too, while one naming reasons needs a holder to be away (a vacant office is on no trip)."""
        if not reasons:
            return True
        held = self.holders(staffing, office) > 0
        return held and all(why in reasons for x in staffing.below(office) for why in self.why.get(x, ()))

    @property
    def absences(self) -> int:
        return sum(self.away.values())


def members_due(staffing: Staffing, body: Body) -> tuple[str, ...]:
    """The own pools whose holders are members of the body (non-voting attendees are not members)."""
    return tuple(sorted({x for office in body.members.names for x in staffing.below(office)}))


def pool_label(staffing: Staffing, office: str) -> Say | str:
    """How a witness names an own pool: the office, or "副区长 (not 常务副区长)" when kinds of it are named apart."""
    kids = staffing.children(office)
    return say("scene.pool", office=office, kinds=listed(kids)) if kids else office


def reason_words(staffing: Staffing, why: str | None) -> Say | str:
    """Why a holder is away, in words: a declared reason, or any reason other than those declared."""
    if why is not None:
        return why
    return say("scene.other_reason", reasons=listed(staffing.reasons)) if staffing.reasons else say("scene.any_reason")


def describe(staffing: Staffing, scenario: Scenario) -> dict[str, list[Say | str]]:
    """A scenario in domain words: who is away (and why, where it matters), and how many hold each office whose
    count the text leaves open."""

    def absence(x: str) -> Say | str:
        who = pool_label(staffing, x)
        if scenario.away[x] != 1:
            who = say("scene.times", who=who, count=scenario.away[x])
        reasons = list(dict.fromkeys(reason_words(staffing, why) for why in scenario.why.get(x, ())))
        return say("scene.for", who=who, reasons=listed(reasons)) if reasons else who

    absent = [absence(x) for x in sorted(scenario.away) if scenario.away[x]] or [say("scene.nobody")]
    counts: list[Say | str] = [
        say("scene.count", office=name, count=scenario.holders(staffing, name))
        for name in sorted(scenario.own)
        if staffing.offices[name].low != staffing.offices[name].high
    ]
    return {"absent": absent, "holders": counts} if counts else {"absent": absent}
