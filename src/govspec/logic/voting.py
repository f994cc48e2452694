"""Vote thresholds (表决): whether every quorate meeting of a body can pass a decision. Model -> property instances.

A body's quorum says how many members must attend; its vote threshold how many must vote yes, counted of all its
members (全体组成人员) or of those present (出席人员). Where the threshold is counted of all members and set above the
quorum, a meeting can be quorate and yet unable to pass anything even if every member present votes yes: the
property asked first is that this never happens, whatever the counts the text leaves open; the second, that every
quorate meeting can pass a decision against one dissenting vote (where it cannot, the smallest quorate meeting
decides only unanimously). Absences are not bounded: attendance may be anything the quorum accepts.

Counted (no Z3 term) where every member office is plain; asked of the solver otherwise; every witness replayed
through the oracle's own reading of attendance (Oracle.quorate, oracle.meets over exact fractions).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import z3

from govspec.logic.counting import needed, plain_members, spread
from govspec.logic.encode import Absences, threshold, total
from govspec.logic.oracle import Incomplete, Oracle, meets
from govspec.logic.scenario import Scenario, Staffing, members_due
from govspec.logic.solve import Holds, Query, Refuted
from govspec.model.entities import Body, Quorum, Vote

MAX_PERIOD = 10_000  # member counts one cycle of the two thresholds spans beyond which counting leaves it to Z3


def _yes_needed(vote: Vote, due: int, present: int) -> int:
    """The fewest yes votes that pass, counted of all members due or of those present."""
    whole = due if vote.voters == "members" else present
    return needed(vote.share, whole)


def _shortfall(quorum: Quorum | None, vote: Vote, due: int, dissent: int) -> int | None:
    """How many yes votes the least quorate meeting of `due` members lacks when all present but `dissent` vote yes
    (more than 0: it cannot pass); None when no meeting of that size is quorate with `dissent` present."""
    present = max(dissent, 0 if quorum is None else needed(quorum, due))
    if present > due:
        return None
    return _yes_needed(vote, due, present) - (present - dissent)


def least_unpassable(
    quorum: Quorum | None, vote: Vote, low: int, high: int | None, dissent: int = 0
) -> tuple[int, int] | None:
    """The fewest members due (within low..high) at which a quorate meeting fails to pass when all present but
    `dissent` (0 or 1) vote yes, with the members present; None when there is none; raises OverflowError past
    MAX_PERIOD.

    More members present never pass less, so the least quorate attendance is the one to try. With `period` the
    least common multiple of the two denominators, both thresholds grow by a whole number over one period, so the
    shortfall at due + period is the one at due plus a fixed drift (past a first period, where at least one member
    makes a quorum): one period from the low count, and for each of its sizes the first later one the drift makes
    fail, settle every count, bounded or not. A threshold of those present only falls as more attend.
    """
    period = math.lcm(quorum.denominator if quorum else 1, vote.denominator)
    if period > MAX_PERIOD:
        raise OverflowError(period)
    drift = (period * vote.numerator) // vote.denominator - (
        (period * quorum.numerator) // quorum.denominator if quorum else 0
    )
    found: list[int] = []
    for start in range(low, low + period if high is None else min(high + 1, low + period)):
        for due in _sizes(start, period, drift if vote.voters == "members" else 0, quorum, vote, dissent):
            if high is not None and due > high:
                break
            short = _shortfall(quorum, vote, due, dissent)
            if short is not None and short > 0:
                found.append(due)
                break
    if not found:
        return None
    due = min(found)
    return due, max(dissent, 0 if quorum is None else needed(quorum, due))


def _sizes(start: int, period: int, drift: int, quorum: Quorum | None, vote: Vote, dissent: int) -> tuple[int, ...]:
    """The member counts of one residue worth trying: the first, the one after it (the first may admit no quorate
    meeting, as with no member due), and where the shortfall drifts upward, the first whose drift makes it fail."""
    sizes = [start, start + period]
    short = _shortfall(quorum, vote, start + period, dissent)
    if drift > 0 and short is not None:
        sizes.append(start + period * (1 + -short // drift + 1))
    return tuple(sizes)


def _passes(vote: Vote, due: z3.ArithRef, present: z3.ArithRef, yes: z3.ArithRef) -> z3.BoolRef:
    """The yes votes meet the threshold, in integers: yes × denominator op whole × numerator."""
    return threshold(vote.share, due if vote.voters == "members" else present, yes)


@dataclass(frozen=True, eq=False)
class Unpassable:
    """A staffing and attendance at which the body is quorate with at least `dissent` members present, and a vote of
    all present but `dissent` for a decision fails: with `dissent` 0, even a unanimous vote fails; with 1, one vote
    against defeats it (the least quorate meeting needs everybody present)."""

    staffing: Staffing
    body: Body
    oracle: Oracle
    dissent: int = 0

    @property
    def vote(self) -> Vote:
        assert self.body.vote is not None, "only a body with a vote threshold is asked"
        return self.body.vote

    def query(self) -> Query[Scenario]:
        v = Absences(self.staffing, self.body.members.names)
        pools = members_due(self.staffing, self.body)
        due = total(v.own[x] for x in pools)
        present = total(v.own[x] - v.away[x] for x in pools)
        yes = present - self.dissent
        facts = [*v.facts, v.quorate(self.body), yes >= 0, z3.Not(_passes(self.vote, due, present, yes))]
        return Query(facts, v.scenario, self.replay, v.order(), v.legend())

    def replay(self, witness: Scenario) -> bool:
        """The oracle's reading: the scenario is valid and quorate, and the yes votes of those present fall short."""
        try:
            if not (self.oracle.valid(witness) and self.oracle.quorate(self.body, witness)):
                return False
        except Incomplete:
            return False
        members = set(self.body.members.names)
        pools = [p for p in witness.own if members.intersection(self.oracle.above(p))]
        due = sum(witness.own[p] for p in pools)
        present = due - sum(witness.away[p] for p in pools)
        yes = present - self.dissent
        return yes >= 0 and not meets(self.vote.share, due if self.vote.voters == "members" else present, yes)

    def settle(self) -> Holds | Refuted[Scenario] | None:
        """Exact answer by counting when every member office is plain; the witness has the fewest members due."""
        counted = plain_members(self.staffing, self.body)
        if counted is None:
            return None
        offices, low, high = counted
        try:
            found = least_unpassable(self.body.quorum, self.vote, low, high, self.dissent)
        except OverflowError:
            return None
        if found is None:
            return Holds()
        due, present = found
        return Refuted(spread(self.staffing, offices, due, due - present))
