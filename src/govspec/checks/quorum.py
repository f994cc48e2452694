"""Quorum (法定人数): whether the threshold can be met, how many absences a body survives, and whether a quorate
meeting can be left with nobody to convene or chair it. Model -> findings GS301–GS303.

Attendance is counted in integers (present × denominator against due × numerator); only members count,
never non-voting attendees.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from functools import partial

from govspec.catalogue import Say, say
from govspec.checks.causes import Causes
from govspec.checks.proving import (
    Proof,
    absence_depth,
    away_checked,
    coverage,
    decide,
    per_model,
    prove_both,
    standing_in,
    unknowns,
)
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity, citation_list
from govspec.logic.oracle import Oracle
from govspec.logic.powers import PowerIndex
from govspec.logic.properties import Inquorate, Leaderless
from govspec.logic.scenario import Staffing, describe
from govspec.logic.solve import Holds, Prover, Refuted
from govspec.model.entities import Body, Model, PowerKey
from govspec.options import CheckOptions

LEADING = {"convene": "role.convene", "chair": "role.chair_body"}  # what a body's leader does, in words


def _attendance(staffing: Staffing, oracle: Oracle, body: Body, prover: Prover, depth: int | None) -> Proof:
    assert body.quorum is not None
    instance = Inquorate(staffing, body, depth, oracle)
    cites = citation_list((body.citations, body.members.citations, body.quorum.citations))
    name = f"quorum-{body.name}-{'any' if depth is None else depth}"
    statement = (
        say("proof.quorate_always", body=body.name)
        if depth is None
        else say("proof.quorate", body=body.name, coverage=coverage(depth))
    )
    verdict = decide(prover, instance)
    return Proof("GS302", name, statement, cites, body.quorum.span, verdict, instance.query, (body.name,), depth)


def _margin(staffing: Staffing, oracle: Oracle, body: Body, prover: Prover) -> list[Proof]:
    """The proofs that fix a body's margin m: holds at m and refuted at m + 1, or refuted at 0, or holds whatever
    the absences; an unknown verdict ends the search and fixes nothing.

    A scenario that breaks the quorum bounds m from above; each step down to one absence fewer either holds,
    which settles m, or is refuted by a scenario with fewer absences still. So the margin rests on proofs at both
    ends, never on the solver having minimised a witness.
    """
    found = _attendance(staffing, oracle, body, prover, None)
    while isinstance(found.verdict, Refuted):
        broken = found.verdict.witness.absences
        if broken == 0:
            return [found if found.depth == 0 else _attendance(staffing, oracle, body, prover, 0)]
        under = _attendance(staffing, oracle, body, prover, broken - 1)
        if isinstance(under.verdict, Holds):
            return [under, _attendance(staffing, oracle, body, prover, broken)]
        found = under
    return [found]


@per_model
def margin_proofs(model: Model, options: CheckOptions, prover: Prover) -> Iterator[Proof]:
    """Per body with a quorum rule: the proofs that fix the most absences under which it stays quorate."""
    staffing, oracle = Staffing.of(model), Oracle(model)
    for body in model.bodies.values():
        if body.quorum is not None:  # GS201 reports a body with no quorum rule
            yield from _margin(staffing, oracle, body, prover)


@check("GS301", "quorum-unattainable", Severity.ERROR)
def quorum_unattainable(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A body's quorum cannot be met even with every member present (for some count of its offices).

    Fires: `office 顾问 count 0..2` and `body B { members 顾问; quorum > 1/2 }`. Passes: `count 1..2`.
    """
    staffing = Staffing.of(model)
    for proof in margin_proofs(model, options):
        if proof.depth == 0 and isinstance(proof.verdict, Refuted):
            body = model.bodies[proof.about[0]]
            yield finding(
                "GS301",
                say("GS301", body=body.name, threshold=_threshold(body)),
                locations=(proof.span,),
                citations=proof.citations,
                witness={**describe(staffing, proof.verdict.witness), "members": list(body.members.names)},
            )


def _threshold(body: Body) -> Say:
    assert body.quorum is not None
    fraction = f"{body.quorum.numerator}/{body.quorum.denominator}"
    return say("threshold", op=say(f"op.{body.quorum.op}"), fraction=fraction)


@check("GS302", "quorum-margin", Severity.INFO)
def quorum_margin(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """The largest number of member absences under which each body is still sure to be quorate.

    Fires: any body with a quorum, e.g. `members 区长, 副区长, 办公室主任; quorum > 1/2` (survives 1).
    Passes: a body with no quorum rule (GS201 reports that instead).
    """
    staffing = Staffing.of(model)
    proofs = margin_proofs(model, options)
    for holds, refuted in itertools.pairwise(proofs):
        # A margin is claimed only from a proof that it holds at m and a refutation at m + 1, of the same body.
        if not (isinstance(holds.verdict, Holds) and isinstance(refuted.verdict, Refuted)):
            continue
        if holds.about != refuted.about or holds.depth is None or refuted.depth != holds.depth + 1:
            continue
        body, margin = model.bodies[holds.about[0]], holds.depth
        words = {"body": body.name, "threshold": _threshold(body), "short": margin + 1}
        yield finding(
            "GS302",
            say("GS302.full", **words)
            if not margin
            else say("GS302.margin.one" if margin == 1 else "GS302.margin", margin=margin, **words),
            locations=(refuted.span,),
            citations=refuted.citations,
            witness={"survives": margin, **describe(staffing, refuted.verdict.witness)},
        )
    for proof in proofs:
        if proof.depth is None and isinstance(proof.verdict, Holds):
            body = model.bodies[proof.about[0]]
            yield finding("GS302", say("GS302.always", body=body.name), locations=(proof.span,))
    yield from unknowns(proofs)


@per_model
def leader_proofs(model: Model, options: CheckOptions, prover: Prover) -> Iterator[Proof]:
    depth = absence_depth(model, options)
    staffing, oracle = Staffing.of(model), Oracle(model)
    index = PowerIndex(model, staffing)
    for body in model.bodies.values():
        for role, part in (("convene", body.conveners), ("chair", body.chairs)):
            if part is None:
                continue  # GS204 reports a body with no convener or chair
            rules = index.rules(PowerKey(role, body.name))
            both = prove_both(prover, staffing, rules, partial(Leaderless, staffing, body, rules, depth, oracle))
            yield Proof(
                "GS303",
                f"{role}-{body.name}",
                say("proof.leader", body=body.name, role=say(LEADING[role]), coverage=coverage(depth)),
                citation_list((body.citations, rules.citations, body.quorum.citations if body.quorum else ())),
                part.span,
                about=(body.name, role),
                depth=depth,
                power=rules.power,
                **both.proof_fields(),
            )


@check("GS303", "quorate-without-leader", Severity.WARNING)
def quorate_without_leader(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A body can be quorate while nobody entitled to convene or chair it (nor a stand-in) is at work.

    Fires: `convener 区长; chair 区长` with no stand-in for chairing. Passes: `chair 区长 | 常务副区长`.
    """
    staffing = Staffing.of(model)
    stand_ins = standing_in(model, staffing)
    causes = Causes(model, staffing)
    proofs = leader_proofs(model, options)
    for proof in proofs:
        if isinstance(proof.verdict, Refuted):
            name, role = proof.about
            scene = describe(staffing, proof.verdict.witness)
            yield finding(
                "GS303",
                say(
                    "GS303",
                    body=name,
                    role=say(LEADING[role]),
                    away=away_checked(scene["absent"], absence_depth(model, options)),
                ),
                locations=(proof.span,),
                citations=citation_list((proof.citations, stand_ins(proof.verdict.witness))),
                witness=scene,
                cause=causes.of(proof),
            )
    yield from unknowns(proofs)
