"""Delegation (委托/授权) and standing-in (代理): what is passed must be held, passed on only where allowed, never in a
circle; and every power of an office has a holder while that office is away. Model -> findings GS321–GS324.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from govspec.catalogue import Say, listed, say
from govspec.checks.causes import Causes
from govspec.checks.proving import Proof, per_model, power_proof, unknowns
from govspec.checks.registry import check, finding
from govspec.cycles import cycles
from govspec.diagnostics import Finding, Severity, Span, citation_list
from govspec.logic.oracle import Oracle
from govspec.logic.powers import PowerIndex, all_powers, describe_power, occasions, reachable
from govspec.logic.scenario import Staffing, describe
from govspec.logic.solve import Prover, Refuted
from govspec.model.entities import Acting, Delegation, Model, PowerKey
from govspec.options import CheckOptions


def _passings(model: Model) -> Iterator[tuple[PowerKey, str, str, Span, tuple[str, ...]]]:
    """Every act of passing a power on: (power, who passes it, to whom, where, citations) — delegations and grants."""
    for rule in model.delegations:
        for delegator in rule.delegators:
            yield rule.power, delegator, "、".join(rule.delegates), rule.span, rule.citations
    for doc in model.documents.values():
        for option in doc.signers.options if doc.signers else ():
            if option.granted_by:
                cites = citation_list((doc.citations, doc.signers.citations))  # type: ignore[union-attr]
                yield PowerKey("sign", doc.name), option.granted_by, option.office, doc.span, cites


def _holding(model: Model) -> Iterator[tuple[str, PowerKey, str, str, Span, tuple[str, ...]]]:
    """(code, power, passer, receiver, span, citations) for each passing whose passer cannot pass the power."""
    staffing = Staffing.of(model)
    index = PowerIndex(model, staffing)
    reach: dict[PowerKey, tuple[set[str], set[str]]] = {}
    each = occasions(model)
    for power, passer, receiver, span, cites in _passings(model):
        if power not in reach:
            # Leave named without an occasion is passed for every occasion: held where it is held for any.
            found = [reachable(index.rules(p), staffing) for p in each(power)]
            reach[power] = set().union(*(h for h, _ in found)), set().union(*(p for _, p in found))
        holds, passes = reach[power]
        if passer not in holds:
            yield "GS321", power, passer, receiver, span, cites
        elif passer not in passes:
            yield "GS322", power, passer, receiver, span, cites


@check("GS321", "delegating-unheld-power", Severity.ERROR)
def delegating_unheld_power(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """An office delegates, entrusts or authorises a power it never holds, so nothing can pass.

    Fires: `entrust convene 专题会议 from 副区长 to 办公室主任` where only 区长 convenes it.
    Passes: `from 区长 to 办公室主任`.
    """
    for code, power, passer, receiver, span, cites in _holding(model):
        if code == "GS321":
            yield finding(
                "GS321",
                say("GS321", giver=passer, power=describe_power(power), receiver=receiver),
                locations=(span,),
                citations=cites,
                witness={"power": describe_power(power), "from": passer, "to": receiver},
            )


@check("GS322", "delegating-beyond-onward", Severity.ERROR)
def delegating_beyond_onward(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """An office passes on a power it holds only by a delegation that does not allow passing it further (`onward`).

    Fires: `entrust P from 区长 to 副区长` and `entrust P from 副区长 to 主任`. Passes: the first says `onward`.
    """
    for code, power, passer, receiver, span, cites in _holding(model):
        if code == "GS322":
            yield finding(
                "GS322",
                say("GS322", giver=passer, power=describe_power(power), receiver=receiver),
                locations=(span,),
                citations=cites,
                witness={"power": describe_power(power), "from": passer, "to": receiver},
            )


def _passing_edges(model: Model, staffing: Staffing, rules: list[Delegation]) -> dict[str, set[str]]:
    """Who can pass one power to whom by these delegations, kinds of offices included.

    A delegation to an office reaches the holders of its kinds too (to 副区长: the 常务副区长 as well), and a holder
    passes on what any office it is a kind of may pass (the 常务副区长 delegates as a 副区长). A 副区长 passing
    to the 常务副区长 is no step for the 常务副区长 itself: only a delegation naming it on both sides loops back.
    """
    receivers = {o for rule in rules for d in rule.delegates for o in staffing.below(d)}
    givers = {d for rule in rules for d in rule.delegators} | receivers
    edges: dict[str, set[str]] = defaultdict(set)
    for office in sorted(givers):
        kinds = set(model.kinds(office))
        for rule in rules:
            if kinds & set(rule.delegators):
                named = office in rule.delegators
                edges[office].update(o for d in rule.delegates for o in staffing.below(d) if named or o != office)
    return edges


def _passes(model: Model, rule: Delegation, giver: str, receiver: str) -> bool:
    """Whether one step of a cycle goes by this delegation."""
    return bool(set(model.kinds(giver)) & set(rule.delegators)) and bool(
        set(model.kinds(receiver)) & set(rule.delegates)
    )


@check("GS323", "delegation-cycle", Severity.ERROR)
def delegation_cycle(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """Delegations of one power run in a circle, so the power can be passed back to where it came from.

    Fires: `entrust P from A to B onward` and `entrust P from B to A onward`, or back to a kind of A.
    Passes: only the first.
    """
    by_power: dict[PowerKey, list[Delegation]] = defaultdict(list)
    for rule in model.delegations:
        by_power[rule.power].append(rule)
    staffing = Staffing.of(model)
    for power in sorted(by_power, key=PowerKey.sort_key):
        rules = by_power[power]
        edges = _passing_edges(model, staffing, rules)
        for cycle in cycles(edges):
            steps = list(zip(cycle, [*cycle[1:], cycle[0]], strict=True))
            used = [r for r in rules if any(_passes(model, r, a, b) for a, b in steps)]
            yield finding(
                "GS323",
                say("GS323", power=describe_power(power), cycle=" -> ".join([*cycle, cycle[0]])),
                locations=tuple(r.span for r in used),
                citations=citation_list(tuple(r.citations for r in used)),
                witness={"cycle": [*cycle, cycle[0]]},
            )


def _acting_words(acting: Acting) -> Say:
    """A stand-in rule as it reads: "常务副区长 for 主持全面工作, sign 任免公文"."""
    scope = [p.target if p.kind == "named" else say(f"power.scope_{p.kind}", target=p.target) for p in acting.powers]
    return say("GS324.standin", standin=acting.standin, scope=listed(scope) if scope else say("power.every"))


@per_model
def absent_holder_proofs(model: Model, options: CheckOptions, prover: Prover) -> Iterator[Proof]:
    """For each power and each office that holds it by a rule: someone may exercise it while that office is away."""
    staffing, oracle = Staffing.of(model), Oracle(model)
    index = PowerIndex(model, staffing)
    for power in all_powers(model):
        rules = index.rules(power)
        for office in sorted({o.office for o in rules.origins}):
            yield power_proof(
                prover,
                staffing,
                oracle,
                rules,
                0,
                gone=(office,),
                code="GS324",
                name=f"absent-{office}-{power.slug}",
                statement=say("proof.holds_while", power=describe_power(power), office=office),
                span=model.offices[office].span,
                about=(office, power.kind, power.target, *power.occasion),
            )


@check("GS324", "power-without-holder-while-absent", Severity.WARNING)
def power_without_holder_while_absent(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """While an office is away, one of its powers has nobody who may exercise it: no stand-in or delegate covers it.

    Fires: `acting 区长 -> 常务副区长 for 主持全面工作` leaves signing with the 区长 alone.
    Passes: the acting rule's scope also names `sign 任免`.
    """
    staffing = Staffing.of(model)
    causes = Causes(model, staffing)
    proofs = absent_holder_proofs(model, options)
    for proof in proofs:
        if isinstance(proof.verdict, Refuted):
            office, kind, target, *occasion = proof.about
            standing_in = causes.index.absent.get(office, [])
            yield finding(
                "GS324",
                say("GS324", office=office, power=describe_power(PowerKey(kind, target, tuple(occasion)))),
                locations=(proof.span,),
                # The stand-in rules that do not cover the power are involved too: they show what does pass.
                citations=citation_list((proof.citations, *(a.citations for a in standing_in))),
                witness={
                    **describe(staffing, proof.verdict.witness),
                    "stand-ins": [_acting_words(a) for a in standing_in] or [say("GS324.no_standin")],
                },
                cause=causes.of(proof),
            )
    yield from unknowns(proofs)
