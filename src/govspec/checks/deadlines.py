"""Time limits (至少提前3天, 年中、年末, 及时): those the text leaves unmeasured, and those on one action that
cannot all be met. Model -> findings."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from govspec.catalogue import Say, plural, say
from govspec.checks.chains import cited
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity
from govspec.model.entities import Deadline, Model
from govspec.options import CheckOptions
from govspec.syntax.tree import TimeLimit

# The fewest and the most days a period may mean: a month is 28 to 31 days, a year 365 or 366.
DAYS: dict[str, tuple[int, int]] = {"day": (1, 1), "week": (7, 7), "month": (28, 31), "year": (365, 366)}
LEAD_WORDS = {">=": "limit.at_least", "<=": "limit.at_most"}


def limit_words(limit: TimeLimit) -> Say:
    """A time limit in the words of the report's language."""
    if limit.kind == "prompt":
        return say("limit.promptly")
    if limit.kind == "moment":
        return say("limit.moments", moments=[say(f"moment.{moment}") for moment in limit.moments])
    assert limit.bound is not None and limit.amount is not None and limit.period is not None, "a lead has all three"
    return say(LEAD_WORDS[limit.bound], span=plural(f"span.{limit.period}", limit.amount))


def clash(first: TimeLimit, second: TimeLimit) -> bool:
    """Whether no moment meets both limits under any one reading of a month (28 to 31 days) and a year (365 or 366
    days), the same reading for both. At least `a` before and at most `b` before clash, in one period, when `a` is more
    than `b`; in two, when even the shortest `a` is longer than the longest `b`, the two lengths being independent."""
    if first.kind != "lead" or second.kind != "lead" or first.bound == second.bound:
        return False
    least, most = (first, second) if first.bound == ">=" else (second, first)
    assert least.amount is not None and least.period is not None and most.amount is not None and most.period
    if least.period == most.period:
        return least.amount > most.amount
    return least.amount * DAYS[least.period][0] > most.amount * DAYS[most.period][1]


def _distinct(deadlines: tuple[Deadline, ...]) -> tuple[Deadline, ...]:
    """Each limit on each action once, at the statement that first sets it: a limit said twice is still one limit."""
    first: dict[tuple[str, str | None, TimeLimit], Deadline] = {}
    for deadline in deadlines:
        first.setdefault((deadline.name, deadline.about, deadline.limit), deadline)
    return tuple(first.values())


@check("GS209", "time-not-measured", Severity.INFO)
def time_not_measured(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A time limit the text leaves unmeasured: an action is to be done promptly (及时), at no time one can check.

    Fires: `deadline 重大情况报告 promptly`. Passes: `deadline 请假报告 at least 3 days before`.
    """
    for deadline in model.deadlines:
        if deadline.limit.kind == "prompt":
            yield finding(
                "GS209",
                say("GS209", name=deadline.name),
                locations=(deadline.span,),
                citations=deadline.citations,
                witness={"action": deadline.name, "limit": limit_words(deadline.limit)},
            )


@check("GS415", "time-limits-clash", Severity.ERROR)
def time_limits_clash(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """Two time limits on one action cannot both be met: at least so long before, and at most a shorter time before.
    Each clash is reported once, by the two statements that first set its limits.

    Fires: `deadline 材料送达 at least 3 days before` with `deadline 材料送达 at most 1 day before`.
    Passes: `… at least 1 day before` with `… at most 3 days before`.
    """
    for first, second in combinations(_distinct(model.deadlines), 2):
        if (first.name, first.about) == (second.name, second.about) and clash(first.limit, second.limit):
            yield finding(
                "GS415",
                say(
                    "GS415",
                    name=first.name,
                    first=limit_words(first.limit),
                    second=limit_words(second.limit),
                ),
                locations=(first.span, second.span),
                citations=cited(first, second),
                witness={"action": first.name, "limits": [limit_words(first.limit), limit_words(second.limit)]},
            )
