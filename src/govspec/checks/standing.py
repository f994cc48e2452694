"""Standing-in (代理) that can never pass anything: the absent office never holds what its stand-in would take over.
Model -> findings GS409, read from the graph of who could ever hold each power (graphs/powers.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from govspec.catalogue import say
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity, citation_list
from govspec.graphs.powers import feeders, reach, upstream
from govspec.logic.powers import PARTIES, PowerIndex, all_powers, describe_power, joint_powers, occasions, origins
from govspec.logic.scenario import Staffing
from govspec.model.entities import Model, PowerKey
from govspec.options import CheckOptions


def _every_power(model: Model) -> tuple[PowerKey, ...]:
    """What an acting rule without scope hands over: every power, and every office's part of co-signing, review and
    the powers held jointly."""
    parts = tuple(PowerKey(kind, name) for name in model.documents for kind in PARTIES)
    return all_powers(model) + joint_powers(model) + parts


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

    each = occasions(model)

    def held(power: PowerKey) -> tuple[set[str], tuple[str, ...]]:
        """Who could ever hold the power (approving leave: for some occasion), and the citations that decide it."""
        if power not in holders:
            found = [index.rules(p) for p in each(power)]
            offices = set().union(*(reach(rules, staffing)[0] for rules in found))
            holders[power] = offices, citation_list(tuple(rules.citations for rules in found))
        return holders[power]

    # Whether an office holds any power at all is asked only of the offices some rule hands every power of, and only
    # of the powers that start upstream of it: a pass over every power's graph would cost the most at scale.
    wholesale = sorted({acting.absent for acting in model.actings if not acting.powers})
    holding: set[str] = set()
    if wholesale:
        starting: dict[str, list[PowerKey]] = defaultdict(list)
        for power in _every_power(model):
            for origin in origins(model, power, index.leave):
                if origin.granter is None:
                    starting[origin.office].append(power)
        graph = feeders(model)
        for office in wholesale:
            nearby = dict.fromkeys(p for o in sorted(upstream(graph, office)) for p in starting.get(o, ()))
            if any(office in held(power)[0] for power in nearby):
                holding.add(office)
    for acting in model.actings:
        if not acting.powers:
            if acting.absent not in holding:
                yield finding(
                    "GS409",
                    say("GS409.every", absent=acting.absent, standin=acting.standin),
                    locations=(acting.span,),
                    citations=citation_list((acting.citations,)),
                    witness={"absent": acting.absent, "power": say("power.every"), "powers held": [say("GS409.none")]},
                )
            continue
        for power in dict.fromkeys(acting.powers):
            offices, cites = held(power)
            if acting.absent not in offices:
                declared = (model.powers[power.target].span,) if power.kind == "named" else ()
                yield finding(
                    "GS409",
                    say("GS409.power", absent=acting.absent, power=describe_power(power), standin=acting.standin),
                    locations=(acting.span, *declared),
                    citations=citation_list((acting.citations, cites)),
                    witness={"power": describe_power(power), "holders": sorted(offices) or [say("scene.nobody")]},
                )
