"""The oracle: a plain-Python reading of a resolved model, evaluating properties on one concrete scenario.

It reads the statements themselves (who holds a power, acting scopes and reasons, grants and whether they outlast
their giver's absence, delegations, institutions, kinds of offices, counts, quorums, conditions, exceptions between
document rules) with code of its own: nothing here comes from logic.powers, logic.scenario
or logic.documents, so a mistake on the solver's path shows as a disagreement instead of being repeated. The
product path calls it only to replay a witness before printing it; the tests enumerate every scenario of small
specs with it and compare.

A scenario says, per own pool (the holders of an office who hold no more specific one), how many hold it and how
many of those are away, and where a stand-in rule names reasons, why each of them is away; the Scenario class is
taken as plain data. A witness names only the offices its instance
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
from govspec.model.entities import Acting, Body, Delegation, Group, Model, PowerKey, Quorum
from govspec.syntax.tree import And, Condition, Equals, Not, Or

Document = Mapping[str, object]  # attribute -> value (None: a value no rule names); "tag" -> frozenset of tags
# An original holder: office, who must grant it, who must review, whether the grant outlasts the granter's absence.
Source = tuple[str, str | None, tuple[str, ...], bool | None]


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
    def _stand_ins(self) -> dict[tuple[str, str | None, str | None], list[Acting]]:
        """Stand-in rules by absent office and each power their scope names ((None, None): no scope, every power, and
        the only way to hand over co-signing or review, which no scope names), so that an office's rules for other
        powers cost nothing."""
        found: dict[tuple[str, str | None, str | None], list[Acting]] = defaultdict(list)
        for acting in self.model.actings:
            for kind, target in dict.fromkeys((p.kind, p.target) for p in acting.powers) or ((None, None),):
                found[acting.absent, kind, target].append(acting)
        return found

    @cached_property
    def _delegations(self) -> dict[tuple[str, str], list[Delegation]]:
        """Delegations by the kind and object of the power they pass (leave: for every occasion)."""
        found: dict[tuple[str, str], list[Delegation]] = defaultdict(list)
        for rule in self.model.delegations:
            found[rule.power.kind, rule.power.target].append(rule)
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
        """Every office the scenario names, and every office above it, holds within its count, as does every group
        with a count that it touches; none over-absent."""
        for office in scenario.own:
            if any(kind not in scenario.own for kind in self.above(office)):
                raise Incomplete(office)
            spec = self.model.offices[office]
            held, _ = self._staff(scenario, office)
            if held < spec.low or (spec.high is not None and held > spec.high):
                return False
        for group in self.model.groups.values():
            if group.count is None:
                continue
            pools = self._counted(group)
            if pools.isdisjoint(scenario.own):
                continue
            if not pools <= scenario.own.keys():
                raise Incomplete(group.name)
            together, (low, high) = sum(scenario.own[p] for p in pools), group.count
            if together < low or (high is not None and together > high):
                return False
        return all(0 <= scenario.away[p] <= scenario.own[p] for p in scenario.own)

    def within(self, scenario: Scenario, depth: int | None, gone: tuple[str, ...]) -> bool:
        """A holder of each `gone` office is away, and at most `depth` other absences."""
        for office in gone:
            pools = self.subtree(office)
            if not pools <= scenario.own.keys():
                raise Incomplete(office)
            if not any(scenario.away[p] for p in pools):
                return False
        return depth is None or sum(scenario.away.values()) <= depth + len(gone)

    @cached_property
    def reasons(self) -> tuple[str | None, ...]:
        """Why a holder may be away: each declared reason, and (None) any other unless the spec closes the list."""
        declared = tuple(name for name, label in self.model.labels.items() if label.kind == "reason")
        return declared if self.model.reasons_closed else (*declared, None)

    @cached_property
    def reasoned(self) -> set[str]:
        """The pools whose holders' reasons of absence decide whether some stand-in rule applies."""
        return {p for a in self.model.actings if a.reasons for p in self.subtree(a.absent)}

    def scenarios(self, depth: int | None, cap: int, gone: tuple[str, ...] = ()) -> Iterator[Scenario]:
        """Every valid scenario over all the model's offices (for tests), with open counts up to `cap` above the low
        bound, a holder of each `gone` office away and at most `depth` (None: any number) other absences, and every
        way the reasoned pools' absences can have their reasons."""
        names = sorted(self.model.offices)
        ceilings = [self._ceiling(name, cap) for name in names]
        budget = None if depth is None else depth + len(gone)
        for counts in itertools.product(*(range(c + 1) for c in ceilings)):
            own = dict(zip(names, counts, strict=True))
            if not self.valid(Scenario(own, dict.fromkeys(own, 0))):
                continue
            for spread in _spreads([own[p] for p in names], budget):
                away = dict(zip(names, spread, strict=True))
                if not self.within(Scenario(own, away), depth, gone):
                    continue
                reasoned = [p for p in names if p in self.reasoned and away[p]]
                choices = [itertools.combinations_with_replacement(self.reasons, away[p]) for p in reasoned]
                for whys in itertools.product(*choices):
                    yield Scenario(own, away, dict(zip(reasoned, whys, strict=True)))

    def _ceiling(self, office: str, cap: int) -> int:
        """The most holders of the office's own pool enumerated: its high count, else `cap` above its low count, or
        above the low count of a group it is counted in (one office may have to fill the group alone), but never
        above such a group's high count."""
        spec = self.model.offices[office]
        counted = [g.count for g in self.model.groups.values() if g.count is not None and office in self._counted(g)]
        floor = max([spec.low, *(low for low, _ in counted)])
        ceiling = spec.high if spec.high is not None else floor + cap
        return min([ceiling, *(high for _, high in counted if high is not None)])

    def _counted(self, group: Group) -> set[str]:
        """Every office whose holders a group's count counts: its offices and their kinds, all the way down."""
        return set().union(*(self.subtree(o) for o in group.offices))

    # -- powers -------------------------------------------------------------------------------------------------

    def sources(self, power: PowerKey, in_charge: bool = False) -> list[Source]:
        """The original holders of a power, as the statement that creates it names them; institutions apart. Of
        co-signing, those its clauses name in charge (`in_charge`) or those they name plainly."""
        model = self.model
        if power.kind == "named":
            declared = model.powers[power.target]
            # Each office holding a power jointly (`of A & B`) is a source; the part asked about selects one.
            holders = [declared.holder, *declared.joint] if declared.holder else []
            return [(holder, None, (), False) for holder in holders if holder in model.offices]
        if power.kind == "sign":
            signers = model.documents[power.target].signers
            return [(o.office, o.granted_by, o.reviewers, o.standing) for o in signers.options] if signers else []
        if power.kind in ("convene", "chair"):
            body = model.bodies[power.target]
            part = body.conveners if power.kind == "convene" else body.chairs
            return [(office, None, (), False) for office in part.names] if part else []
        if power.kind == "cosign":
            clauses = model.documents[power.target].cosigners
            return [(o, None, (), False) for c in clauses if c.in_charge == in_charge for o in c.offices]
        if power.kind == "review":
            reviews = model.documents[power.target].reviews
            return [(o, None, (), False) for r in reviews if not r.optional for o in r.offices]
        # Leave: whoever the last step of an approving leave chain for the office and occasion names, an office or a
        # group's offices; never the office asking.
        approvers: list[str] = []
        for node in self._approvers(power):
            group = model.groups.get(node or "")
            approvers += [node] if node in model.offices else list(group.offices) if group else []
        return [(office, None, (), False) for office in dict.fromkeys(approvers) if office != power.target]

    def _approvers(self, power: PowerKey) -> list[str | None]:
        """What the last steps name of the leave chains that ask the approval of the power's office for its occasion:
        the chains naming that occasion, and those naming none (reports excluded)."""
        return [
            node
            for chain in self.model.chains
            if chain.kind == "leave" and not chain.notify and power.target in chain.subjects and chain.steps
            if (power.occasion and power.occasion[0] in chain.about) or not chain.about
            for node in chain.steps[-1].nodes
        ]

    def institutional(self, power: PowerKey) -> bool:
        """Whether a unit or body holds the power as an institution: it is never away, so the power never lapses. A
        unit the office asking heads is that office asking itself."""
        model = self.model
        if power.kind == "named":
            declared = model.powers[power.target]
            return any(holder in model.units for holder in (declared.holder, *declared.joint))
        if power.kind == "leave":
            return any(
                (n in model.units and model.units[n].head != power.target) or n in model.bodies
                for n in self._approvers(power)
            )
        return False

    def holders(
        self,
        power: PowerKey,
        at_work: Callable[[str], bool],
        standing_in: Callable[[Acting], bool],
        part: str | None = None,
        standing: bool = False,
        in_charge: bool = False,
    ) -> tuple[set[str], set[str]]:
        """The offices that hold the power and those that may pass it on (only `part`'s share, when given).

        Grows both sets until nothing changes: an original holder (once granted, by a granter that may pass it and,
        unless the grant is standing, is at work; and once its reviewers are at work); every kind of a holder; a
        stand-in while `standing_in` says its rule applies, for a rule whose scope names the power or that has no
        scope; a delegate of a delegator that may pass it (and is at work, unless the delegation is standing),
        passing it on only when the delegation says `onward`. A grant or delegation that does not say whether it
        is standing is read as `standing` says. With `in_charge`, the part is that of `part`'s holder in charge (会签
        分管): named so in a co-signing clause, and held by no kind of `part` (which holder is in charge, the text
        does not say).
        """

        def given(giver: str, lasting: bool | None) -> bool:
            return giver in passes and ((standing if lasting is None else lasting) or at_work(giver))

        sources = [s for s in self.sources(power, in_charge) if part is None or s[0] == part]
        others = self._other_parts(power, part)
        holds: set[str] = set()
        passes: set[str] = set()
        while True:
            new_holds, new_passes = set(), set()
            for office, granter, reviewers, lasting in sources:
                granted = granter is None or given(granter, lasting)
                if granted and all(at_work(r) for r in reviewers):
                    new_holds.add(office)
                    new_passes.add(office)
            for office in holds:
                new_holds |= {office} if in_charge and office == part else self.subtree(office)
            for office in passes:
                new_passes |= {office} if in_charge and office == part else self.subtree(office)
            for office in holds | passes:
                rules = self._stand_ins.get((office, None, None), [])
                covering = rules + self._stand_ins.get((office, power.kind, power.target), [])
                stand_ins = {a.standin for a in covering if a.standin not in others and standing_in(a)}
                if office in holds:
                    new_holds |= stand_ins
                if office in passes:
                    new_passes |= stand_ins
            for rule in self._delegations[power.kind, power.target]:
                if any(given(d, rule.standing) for d in rule.delegators):
                    delegates = set(rule.delegates) - others
                    new_holds |= delegates
                    if rule.onward:
                        new_passes |= delegates
            if new_holds <= holds and new_passes <= passes:
                return holds, passes
            holds |= new_holds
            passes |= new_passes

    def _other_parts(self, power: PowerKey, part: str | None) -> set[str]:
        """Of a power held jointly, the offices whose holders hold another part than `part`'s: the other holders and
        every office that is a kind of one. None of them stands in or is delegated to for `part`: one office would
        then exercise alone a power the text has exercised only together."""
        if power.kind != "named" or part is None:
            return set()
        declared = self.model.powers[power.target]
        holders = [declared.holder, *declared.joint] if declared.holder else []
        return {o for h in holders if h != part and h in self.model.offices for o in self.subtree(h)}

    def able(
        self,
        power: PowerKey,
        scenario: Scenario,
        part: str | None = None,
        standing: bool = False,
        in_charge: bool = False,
    ) -> list[str]:
        """Who may exercise the power in this scenario: an institution that holds it, or the offices with a holder at
        work that do. The holder of `part` in charge (`in_charge`) is at work only when no holder of it is away: any
        one of them may be the one."""
        if part is None and self.institutional(power):
            return ["(an institution)"]

        def working(office: str) -> bool:
            if in_charge and office == part:
                held, present = self._staff(scenario, office)
                return held > 0 and present == held
            return self.at_work(scenario, office)

        def standing_in(acting: Acting) -> bool:
            """The absent office has nobody at work, each of its holders away for a reason the rule names."""
            if working(acting.absent):
                return False
            if not acting.reasons:
                return True
            if not self._staff(scenario, acting.absent)[0]:
                return False  # a vacant office is away for no reason a rule can name
            pools = [p for p in self.subtree(acting.absent) if scenario.away.get(p)]
            if not all(p in scenario.why for p in pools):
                raise Incomplete(acting.absent)
            return all(why in acting.reasons for p in pools for why in scenario.why[p])

        holds, _ = self.holders(power, working, standing_in, part, standing, in_charge)
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

    def applies(self, rule: str, document: Document) -> bool:
        """Whether a document rule applies to a document: it meets the rule's condition and none of the conditions of
        the rules it excepts (除…外) or of the rules that prevail over it (优先于, directly or through others)."""
        documents = self.model.documents
        above = [other for other in documents if other != rule and self._over(other, rule)]
        return self.satisfies(documents[rule].condition, document) and not any(
            self.satisfies(documents[other].condition, document) for other in (*documents[rule].exceptions, *above)
        )

    def settled(self, first: str, second: str) -> bool:
        """Whether a precedence statement says which of two rules applies where both do, directly or through a chain
        of rules each prevailing over the next."""
        return self._over(first, second) or self._over(second, first)

    def _over(self, winner: str, loser: str) -> bool:
        seen, todo = {winner}, [winner]
        while todo:
            for beaten in self.model.documents[todo.pop()].prevails:
                if beaten == loser:
                    return True
                if beaten not in seen:
                    seen.add(beaten)
                    todo.append(beaten)
        return False

    def _matters_above(self, matter: str) -> list[str]:
        line = [matter]
        while (parent := self.model.matters[line[-1]].parent) is not None and parent not in line:
            line.append(parent)
        return line

    # -- replaying witnesses: never raises, a scenario that leaves out what is needed does not replay -------------

    def unable(
        self,
        power: PowerKey,
        scenario: Scenario,
        depth: int | None,
        gone: tuple[str, ...],
        part: str | None,
        standing: bool = False,
        in_charge: bool = False,
    ) -> bool:
        """A valid scenario within the bounds in which nobody may exercise the power (or `part`'s share of it, or its
        holder in charge's)."""
        return _replays(
            lambda: (
                self.valid(scenario)
                and self.within(scenario, depth, gone)
                and not self.able(power, scenario, part, standing, in_charge)
            )
        )

    def unable_while_away(self, power: PowerKey, scenario: Scenario, absent: str, reasons: tuple[str, ...]) -> bool:
        """A valid scenario in which every holder of `absent` is away (each for one of `reasons`, when there are
        any), everyone else is at work, and nobody may exercise the power, open grants read as standing."""

        def claim() -> bool:
            gone = self.subtree(absent)
            if not self.valid(scenario) or not any(scenario.own[p] for p in gone):
                return False
            if any(scenario.away[p] != (scenario.own[p] if p in gone else 0) for p in scenario.own):
                return False
            if reasons and any(why not in reasons for p in gone for why in scenario.why.get(p, ())):
                return False
            return not self.able(power, scenario, standing=True)

        return _replays(claim)

    def inquorate(self, body: Body, scenario: Scenario, depth: int | None) -> bool:
        """A valid scenario with at most `depth` away in which the body is not quorate."""
        return _replays(
            lambda: self.valid(scenario) and self.within(scenario, depth, ()) and not self.quorate(body, scenario)
        )

    def leaderless(
        self, body: Body, power: PowerKey, scenario: Scenario, depth: int | None, standing: bool = False
    ) -> bool:
        """A valid scenario with at most `depth` away: the body is quorate and nobody may convene (or chair) it."""
        return _replays(
            lambda: (
                self.valid(scenario)
                and self.within(scenario, depth, ())
                and self.quorate(body, scenario)
                and not self.able(power, scenario, None, standing)
            )
        )


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
