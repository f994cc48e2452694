"""Counting answers to who-may-act questions, exact where every office involved is plain: no solver term is built.

Who may exercise a power depends only on which of the offices its rules name have a holder at work (plain offices
have no kinds, and no stand-in rule here names reasons). So each split of those offices into at work and wholly away
is tried (2^k splits for k offices, k small in any rule text), the cheapest scenario of each split is built (with a
holder of each `gone` office away, and as few extra members as make a body quorate), and the least of those that
leave nobody able is the witness, in the solver's order: fewest absences, then the earliest pools' absences, then
the earliest pools' counts. A split is judged on its named offices alone; the pools it does not name, a large
body's members among them, are counted once.
"""

from __future__ import annotations

import itertools

from govspec.logic.powers import PowerRules, able
from govspec.logic.scenario import Scenario, Staffing, members_due
from govspec.model.entities import Body, Quorum

MAX_NAMED = 10  # offices a power's rules name beyond which the splits are left to the solver
Counts = dict[str, tuple[int, int]]  # per pool: how many hold it, how many of them are away


def needed(quorum: Quorum, due: int) -> int:
    """The fewest members present that meet the threshold, in exact integer arithmetic (0 of 0 meets `>=`)."""
    share, rest = divmod(due * quorum.numerator, quorum.denominator)
    return share + 1 if quorum.op == ">" or rest else share


def plain_members(staffing: Staffing, body: Body) -> tuple[tuple[str, ...], int, int | None] | None:
    """A body's member offices and the fewest and most members due (None: no most), when every one is plain."""
    offices = staffing.cone(body.members.names)
    if not all(staffing.plain(o) for o in offices):
        return None
    highs = [staffing.offices[o].high for o in offices]
    high = None if None in highs else sum(h for h in highs if h is not None)
    return offices, sum(staffing.offices[o].low for o in offices), high


def spread(staffing: Staffing, offices: tuple[str, ...], due: int, absent: int) -> Scenario:
    """Holders beyond the low counts go to the first offices with room; absences to the last pools first."""
    own = {o: staffing.offices[o].low for o in offices}
    extra = due - sum(own.values())
    for office in offices:
        high = staffing.offices[office].high
        room = extra if high is None else min(extra, high - own[office])
        own[office] += room
        extra -= room
    away, left = dict.fromkeys(offices, 0), absent
    for office in reversed(offices):
        away[office] = min(own[office], left)
        left -= away[office]
    return Scenario(own, away)


def countable(staffing: Staffing, rules: PowerRules, offices: tuple[str, ...]) -> bool:
    """Whether counting settles the question: plain offices, stand-in rules without reasons, few offices named; not
    for the holder in charge, whose one absence counts as the office's (the solver's question)."""
    involved = staffing.cone((*offices, *rules.offices))
    return (
        not rules.in_charge
        and not rules.reasoned
        and len(rules.offices) <= MAX_NAMED
        and all(staffing.plain(o) for o in involved)
    )


def least_unable(
    staffing: Staffing, rules: PowerRules, depth: int | None, gone: tuple[str, ...] = (), body: Body | None = None
) -> Scenario | None:
    """The least scenario within `depth` absences besides a holder of each `gone` office, with `body` (if any)
    quorate, in which nobody may exercise the power; None when there is none. `countable` must hold."""
    named = rules.offices
    pools = staffing.cone((*(body.members.names if body else ()), *named, *gone))
    unnamed = _counts(staffing, {p: None for p in pools if p not in named}, gone)
    if unnamed is None:
        return None
    budget = None if depth is None else depth + len(gone) - sum(away for _, away in unnamed.values())
    splits: list[tuple[int, tuple[int, ...], Counts]] = []
    for working in itertools.product((False, True), repeat=len(named)):
        split = _counts(staffing, dict(zip(named, working, strict=True)), gone)
        if split is None:
            continue
        absent = sum(away for _, away in split.values())
        if budget is not None and absent > budget:
            continue
        scenario = Scenario({p: own for p, (own, _) in split.items()}, {p: away for p, (_, away) in split.items()})
        if not able(rules, staffing, scenario):
            splits.append((absent, tuple(split[p][1] for p in named), split))
    # The pools the splits do not name are alike in every split: the fewest absences, then the absences of the named
    # pools (in pool order: `named` is sorted) rank the splits, and only the first tie that can be quorate is built
    # whole, its splits then ranked by their counts.
    splits.sort(key=lambda split: split[:2])
    for _, tie in itertools.groupby(splits, key=lambda split: split[:2]):
        whole = [
            _quorate(staffing, body, pools, {**unnamed, **split}, {p for p in named if split[p][0] == split[p][1]})
            for _, _, split in tie
        ]
        found = [scenario for scenario in whole if scenario is not None]
        if found:
            return min(found, key=_rank)
    return None


def _counts(staffing: Staffing, working: dict[str, bool | None], gone: tuple[str, ...]) -> Counts | None:
    """The least counts of each pool (see `_least`), or None when some pool's count allows none."""
    counts = {p: _least(staffing, p, p in gone, on) for p, on in working.items()}
    return None if any(c is None for c in counts.values()) else counts  # type: ignore[return-value]


def _least(staffing: Staffing, pool: str, gone: bool, at_work: bool | None) -> tuple[int, int] | None:
    """The fewest holders of a pool and how many are away: wholly away (at_work False), with one at work (True), or
    not named by the power's rules (None); a holder away when the pool is gone. None when its count allows none."""
    office = staffing.offices[pool]
    if at_work is False:
        own = max(office.low, 1 if gone else 0)
        away = own
    else:
        own = max(office.low, (1 if gone else 0) + (1 if at_work else 0))
        away = 1 if gone else 0
    return None if office.high is not None and own > office.high else (own, away)


def _rank(scenario: Scenario) -> tuple[int, tuple[int, ...], tuple[int, ...]]:
    pools = sorted(scenario.own)
    return scenario.absences, tuple(scenario.away[p] for p in pools), tuple(scenario.own[p] for p in pools)


def _quorate(
    staffing: Staffing, body: Body | None, pools: tuple[str, ...], counts: Counts, closed: set[str]
) -> Scenario | None:
    """The scenario of these counts with as few extra members as make the body quorate, placed on the last member
    pools with room but not on the `closed` ones (named pools wholly away: a holder there would change the split)."""
    own = {p: counts[p][0] for p in pools}
    away = {p: counts[p][1] for p in pools}
    if body is None:
        return Scenario(own, away)
    members = set(members_due(staffing, body))
    room = [p for p in reversed(pools) if p in members and p not in closed]
    extra = _extra_members(staffing, body.quorum, own, away, members, room)
    if extra is None:
        return None
    for pool in room:
        high = staffing.offices[pool].high
        step = extra if high is None else min(extra, high - own[pool])
        own[pool] += step
        extra -= step
    return Scenario(own, away)


def _extra_members(
    staffing: Staffing,
    quorum: Quorum | None,
    own: dict[str, int],
    away: dict[str, int],
    members: set[str],
    room: list[str],
) -> int | None:
    """How many holders to add to members at work so the body is quorate: the fewest, or None when no number does.

    Each added member raises attendance and the members due by one; below a threshold of one whole, the shortfall
    never grows as members are added, so the fewest that suffice are found by halving."""
    if quorum is None:
        return 0
    due = sum(own[p] for p in members)
    present = due - sum(away[p] for p in members)

    def short(extra: int) -> bool:
        return present + extra < needed(quorum, due + extra)

    if not short(0):
        return 0
    if quorum.numerator >= quorum.denominator:
        return None
    highs = [staffing.offices[p].high for p in room]
    top = (due * quorum.numerator + quorum.denominator) // (quorum.denominator - quorum.numerator) + 1
    if None not in highs:
        top = min(top, sum(h - own[p] for p, h in zip(room, highs, strict=True) if h is not None))
    if short(top):
        return None
    low = 0
    while top - low > 1:
        middle = (low + top) // 2
        low, top = (middle, top) if short(middle) else (low, middle)
    return top
