"""Standing-in (代理) that can never pass anything: the absent office never holds what its stand-in would take over.
Model -> findings GS409, read from the graph of who could ever hold each power (graphs/powers.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity, citation_list
from govspec.graphs.powers import reach
from govspec.logic.powers import PARTIES, PowerIndex, all_powers, describe_power
from govspec.logic.scenario import Staffing
from govspec.model.entities import Model, PowerKey
from govspec.options import CheckOptions


def _every_power(model: Model) -> tuple[PowerKey, ...]:
    """What an acting rule without scope hands over: every power, and every office's part of co-signing and review."""
    return all_powers(model) + tuple(PowerKey(kind, name) for name in model.documents for kind in PARTIES)


@check("GS409", "standing-in-passes-nothing", Severity.WARNING)
def standing_in_passes_nothing(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A stand-in rule passes nothing: the absent office never holds the power it names, or no power at all.

    "Never" is over every scenario: whatever its origins, kinds of offices, stand-ins and delegations can give it.
    Fires: `power P of C` and `acting A -> B for P` with nothing passing P to A; `acting A -> B` where A holds nothing.
    Passes: `entrust P from C to A` as well, or `office A is C`.
    """
    staffing = Staffing.of(model)
    index = PowerIndex(model, staffing)
    holders: dict[PowerKey, tuple[set[str], tuple[str, ...]]] = {}

    def held(power: PowerKey) -> tuple[set[str], tuple[str, ...]]:
        """Who could ever hold the power, and the citations of the statements that decide it."""
        if power not in holders:
            rules = index.rules(power)
            holders[power] = reach(rules, staffing)[0], rules.citations
        return holders[power]

    # Who holds any power at all takes one pass over every power, made only when some rule hands over every power.
    wholesale = any(not acting.powers for acting in model.actings)
    holding = {office for power in _every_power(model) for office in held(power)[0]} if wholesale else set()
    for acting in model.actings:
        if not acting.powers:
            if acting.absent not in holding:
                yield finding(
                    "GS409",
                    f"'{acting.absent}' never holds any power, so standing in for it passes nothing to "
                    f"'{acting.standin}'",
                    locations=(acting.span,),
                    citations=citation_list((acting.citations,)),
                    witness={"power": "every power", "powers held": ["none"]},
                )
            continue
        for power in dict.fromkeys(acting.powers):
            offices, cites = held(power)
            if acting.absent not in offices:
                declared = (model.powers[power.target].span,) if power.kind == "named" else ()
                yield finding(
                    "GS409",
                    f"'{acting.absent}' never holds {describe_power(power)}, so standing in for it passes nothing "
                    f"to '{acting.standin}'",
                    locations=(acting.span, *declared),
                    citations=citation_list((acting.citations, cites)),
                    witness={"power": describe_power(power), "holders": sorted(offices) or ["nobody"]},
                )
