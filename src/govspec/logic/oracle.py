"""The oracle: a plain-Python reading of a resolved model, evaluating properties on one concrete scenario.

It reads the statements themselves (who holds a power, acting scopes and reasons, grants, delegations, kinds of
offices, counts, quorums, conditions) with code of its own: nothing here comes from logic.powers, logic.scenario
or logic.documents, so a mistake on the solver's path shows as a disagreement instead of being repeated. The
product path calls it only to replay a witness before printing it; the tests enumerate every scenario of small
specs with it and compare.

A scenario says, per own pool (the holders of an office who hold no more specific one), how many hold it and how
many of those are away; the Scenario class is taken as plain data. A witness names only the offices its instance
involves: offices it leaves out are taken to be staffed within their counts with nobody away, and a witness that
leaves out an office the oracle finds it needs does not replay.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from fractions import Fraction
from functools import cached_property

from govspec.logic.scenario import Scenario
from govspec.model.entities import Acting, Body, Delegation, Model, PowerKey, Quorum
from govspec.syntax.tree import And, Condition, Equals, Not, Or

Document = Mapping[str, object]  # attribute -> value (None: a value no rule names); "tag" -> frozenset of tags
Source = tuple[str, str | None, tuple[str, ...]]  # an original holder: office, who must grant it, who must review


class Incomplete(Exception):
    """The scenario does not say how many hold an office the evaluation needs."""


class Oracle:
    """One model, read directly; indexes are built on first use, so replaying one witness costs only its offices."""

    def __init__(self, model: Model) -> None:
        self.model = model

    @cached_property
    def _kinds_below(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        for office in self.model.offices.values():
            if office.kind is not None:
                found[office.kind].append(office.name)
        return found

    @cached_property
    def _stand_ins(self) -> dict[str, list[Acting]]:
        found: dict[str, list[Acting]] = defaultdict(list)
        for acting in self.model.actings:
            found[acting.absent].append(acting)
        return found

    @cached_property
    def _delegations(self) -> dict[PowerKey, list[Delegation]]:
        found: dict[PowerKey, list[Delegation]] = defaultdict(list)
        for rule in self.model.delegations:
            found[rule.power].append(rule)
        return found

    def above(self, office: str) -> list[str]:
        """The office and each office it is a kind of, walking `is` upwards (a loop stops the walk)."""
        line = [office]
        while (kind := self.model.offices[line[-1]].kind) is not None and kind not in line:
            line.append(kind)
        return line

    def subtree(self, office: str) -> set[str]:
        """The office and every office that is, directly or not, a kind of it: whose holders all hold it."""
        found, todo = {office}, [office]
        while todo:
            for kind in self._kinds_below[todo.pop()]:
                if kind not in found:
                    found.add(kind)
                    todo.append(kind)
        return found

    # -- scenarios ----------------------------------------------------------------------------------------------

    def _staff(self, scenario: Scenario, office: str) -> tuple[int, int]:
        """How many hold the office, counting the holders of its kinds, and how many of them are at work."""
        pools = self.subtree(office)
        if not pools <= scenario.own.keys():
            raise Incomplete(office)
        return sum(scenario.own[p] for p in pools), sum(scenario.own[p] - scenario.away[p] for p in pools)

    def at_work(self, scenario: Scenario, office: str) -> bool:
        return self._staff(scenario, office)[1] > 0

    def valid(self, scenario: Scenario) -> bool:
        """Every office the scenario names, and every office above it, holds within its count; none over-absent."""
        for office in scenario.own:
            if any(kind not in scenario.own for kind in self.above(office)):
                raise Incomplete(office)
            spec = self.model.offices[office]
            held, _ = self._staff(scenario, office)
            if held < spec.low or (spec.high is not None and held > spec.high):
                return False
        return all(0 <= scenario.away[p] <= scenario.own[p] for p in scenario.own)

    def within(self, scenario: Scenario, depth: int | None, gone: tuple[str, ...]) -> bool:
        """Every holder of the `gone` offices is away, and at most `depth` other holders are."""
        pinned = {p for office in gone for p in self.subtree(office)}
        if not pinned <= scenario.own.keys():
            raise Incomplete(", ".join(sorted(pinned)))
        if any(scenario.away[p] != scenario.own[p] for p in pinned):
            return False
        return depth is None or sum(n for p, n in scenario.away.items() if p not in pinned) <= depth

    def scenarios(self, depth: int | None, cap: int, gone: tuple[str, ...] = ()) -> Iterator[Scenario]:
        """Every valid scenario over all the model's offices (for tests), with open counts up to `cap` above the low
        bound; the `gone` offices wholly away and at most `depth` (None: any number) other holders."""
        names = sorted(self.model.offices)
        pinned = {p for office in gone for p in self.subtree(office)}
        ceilings = [self._ceiling(name, cap) for name in names]
        for counts in itertools.product(*(range(c + 1) for c in ceilings)):
            own = dict(zip(names, counts, strict=True))
            if not self.valid(Scenario(own, dict.fromkeys(own, 0))):
                continue
            free = [p for p in names if p not in pinned]
            for spread in _spreads([own[p] for p in free], depth):
                away = {p: own[p] for p in pinned} | dict(zip(free, spread, strict=True))
                yield Scenario(own, away)

    def _ceiling(self, office: str, cap: int) -> int:
        spec = self.model.offices[office]
        return spec.high if spec.high is not None else spec.low + cap

    # -- powers -------------------------------------------------------------------------------------------------

    def sources(self, power: PowerKey) -> list[Source]:
        """The original holders of a power, as the statement that creates it names them."""
        model = self.model
        if power.kind == "named":
            holder = model.powers[power.target].holder
            return [(holder, None, ())] if holder else []
        if power.kind == "sign":
            signers = model.documents[power.target].signers
            return [(o.office, o.granted_by, o.reviewers) for o in signers.options] if signers else []
        if power.kind in ("convene", "chair"):
            body = model.bodies[power.target]
            part = body.conveners if power.kind == "convene" else body.chairs
            return [(office, None, ()) for office in part.names] if part else []
        if power.kind == "cosign":
            return [(o, None, ()) for c in model.documents[power.target].cosigners for o in c.offices]
        if power.kind == "review":
            reviews = model.documents[power.target].reviews
            return [(o, None, ()) for r in reviews if not r.optional for o in r.offices]
        # Leave: whoever the last step of a leave chain for the office names: an office, a group's offices, a unit's
        # head.
        approvers: list[str] = []
        for chain in model.chains:
            if chain.kind == "leave" and power.target in chain.subjects and chain.steps:
                for node in chain.steps[-1].nodes:
                    group, unit = model.groups.get(node or ""), model.units.get(node or "")
                    approvers += [node] if node in model.offices else list(group.offices) if group else []
                    approvers += [unit.head] if unit and unit.head else []
        return [(office, None, ()) for office in dict.fromkeys(approvers)]

    def holders(
        self,
        power: PowerKey,
        at_work: Callable[[str], bool],
        away: Callable[[str], bool],
        part: str | None = None,
    ) -> tuple[set[str], set[str]]:
        """The offices that hold the power and those that may pass it on (only `part`'s share, when given).

        Grows both sets until nothing changes: an original holder (once granted, by a granter at work that may
        pass it, and once its reviewers are at work); every kind of a holder; a stand-in while the absent office
        is away, for a rule whose scope names the power or that has no scope; a delegate of a delegator at work
        that may pass it, passing it on only when the delegation says `onward`.
        """
        sources = [s for s in self.sources(power) if part is None or s[0] == part]
        holds: set[str] = set()
        passes: set[str] = set()
        while True:
            new_holds, new_passes = set(), set()
            for office, granter, reviewers in sources:
                granted = granter is None or (granter in passes and at_work(granter))
                if granted and all(at_work(r) for r in reviewers):
                    new_holds.add(office)
                    new_passes.add(office)
            for office in holds:
                new_holds |= self.subtree(office)
            for office in passes:
                new_passes |= self.subtree(office)
            for office in holds | passes:
                stand_ins = {a.standin for a in self._stand_ins[office] if _covers(a, power)}
                if not stand_ins or not away(office):
                    continue
                if office in holds:
                    new_holds |= stand_ins
                if office in passes:
                    new_passes |= stand_ins
            for rule in self._delegations[power]:
                if any(d in passes and at_work(d) for d in rule.delegators):
                    new_holds.update(rule.delegates)
                    if rule.onward:
                        new_passes.update(rule.delegates)
            if new_holds <= holds and new_passes <= passes:
                return holds, passes
            holds |= new_holds
            passes |= new_passes

    def able(self, power: PowerKey, scenario: Scenario, part: str | None = None) -> list[str]:
        """The offices with a holder at work who may exercise the power in this scenario."""

        def working(office: str) -> bool:
            return self.at_work(scenario, office)

        holds, _ = self.holders(power, working, lambda office: not working(office), part)
        return sorted(office for office in holds if working(office))

    def ever(self, power: PowerKey) -> tuple[set[str], set[str]]:
        """Who could ever hold the power and pass it on: each office taken to be at work and away alike."""
        return self.holders(power, lambda _: True, lambda _: True)

    # -- bodies and documents -----------------------------------------------------------------------------------

    def quorate(self, body: Body, scenario: Scenario) -> bool:
        """Whether the members at work meet the body's quorum (any attendance does when it states none).

        A member is a holder of a member office or of a kind of one, counted once however many member offices
        it holds; non-voting attendees are not members.
        """
        if body.quorum is None:
            return True
        for office in body.members.names:
            self._staff(scenario, office)  # a scenario that leaves out a member's pool cannot be counted
        members = set(body.members.names)
        pools = [p for p in scenario.own if members.intersection(self.above(p))]
        due = sum(scenario.own[p] for p in pools)
        return meets(body.quorum, due, due - sum(scenario.away[p] for p in pools))

    def satisfies(self, condition: Condition, document: Document) -> bool:
        """Whether a document meets a rule's condition.

        `subject = M` also holds for M's sub-matters. Every other attribute matches its value by name alone:
        `issuer = 副区长` does not hold for a document the 常务副区长 issues (kinds of offices are not read into
        conditions). Each attribute but `tag` has one value per document (an addressee too); tags are a set.
        """
        if isinstance(condition, Not):
            return not self.satisfies(condition.operand, document)
        if isinstance(condition, And):
            return all(self.satisfies(c, document) for c in condition.operands)
        if isinstance(condition, Or):
            return any(self.satisfies(c, document) for c in condition.operands)
        wanted = {condition.value.text} if isinstance(condition, Equals) else {v.text for v in condition.values}
        value = document.get(condition.attribute)
        if condition.attribute == "tag":
            return bool(wanted & value)  # type: ignore[operator]
        if condition.attribute == "subject" and value is not None:
            return bool(wanted.intersection(self._matters_above(str(value))))
        return value in wanted

    def _matters_above(self, matter: str) -> list[str]:
        line = [matter]
        while (parent := self.model.matters[line[-1]].parent) is not None and parent not in line:
            line.append(parent)
        return line

    # -- replaying witnesses: never raises, a scenario that leaves out what is needed does not replay -------------

    def unable(
        self, power: PowerKey, scenario: Scenario, depth: int | None, gone: tuple[str, ...], part: str | None
    ) -> bool:
        """A valid scenario within the bounds in which nobody may exercise the power (or `part`'s share of it)."""
        return _replays(
            lambda: self.valid(scenario) and self.within(scenario, depth, gone) and not self.able(power, scenario, part)
        )

    def inquorate(self, body: Body, scenario: Scenario, depth: int | None) -> bool:
        """A valid scenario with at most `depth` away in which the body is not quorate."""
        return _replays(
            lambda: self.valid(scenario) and self.within(scenario, depth, ()) and not self.quorate(body, scenario)
        )

    def leaderless(self, body: Body, power: PowerKey, scenario: Scenario, depth: int | None) -> bool:
        """A valid scenario with at most `depth` away: the body is quorate and nobody may convene (or chair) it."""
        return _replays(
            lambda: (
                self.valid(scenario)
                and self.within(scenario, depth, ())
                and self.quorate(body, scenario)
                and not self.able(power, scenario)
            )
        )


def _covers(acting: Acting, power: PowerKey) -> bool:
    """An acting rule without scope hands over every power; with one, those it names (co-signing and review can
    only be handed over without scope). Reasons (出差、休假) are not told apart: any absence is one the rule names."""
    return not acting.powers or any(p.kind == power.kind and p.target == power.target for p in acting.powers)


def meets(quorum: Quorum, due: int, present: int) -> bool:
    """Attendance against the threshold, as exact fractions of the members due.

    Written apart from the solver's integer form (encode.threshold) and the counting one (properties.needed) on
    purpose: the three must agree without sharing a line. A body with no member due meets a `>=` quorum and never
    a `>` one, as `0 >= 0` and not `0 > 0` in the integer form: the text does not say, and govspec does not guess
    otherwise.
    """
    if due == 0:
        return quorum.op == ">="
    share, threshold = Fraction(present, due), Fraction(quorum.numerator, quorum.denominator)
    return share > threshold if quorum.op == ">" else share >= threshold


def _spreads(pools: list[int], depth: int | None) -> Iterator[tuple[int, ...]]:
    """Every way to have up to pools[i] away from pool i, at most `depth` in all."""
    if not pools:
        yield ()
        return
    for first in range(pools[0] + 1):
        if depth is not None and first > depth:
            return
        for rest in _spreads(pools[1:], None if depth is None else depth - first):
            yield (first, *rest)


def _replays(claim: Callable[[], bool]) -> bool:
    try:
        return claim()
    except Incomplete:
        return False
