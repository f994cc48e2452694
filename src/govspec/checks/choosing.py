"""Stand-ins chosen by a body (由常务委员会在副主任中推选一人代理): the body must be able to meet while the office whose
stand-in it chooses is away, before the stand-in is chosen. Model -> proofs -> findings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from govspec.catalogue import both, say
from govspec.checks.proving import Proof, decide, per_model, unknowns
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity, citation_list
from govspec.logic.oracle import Oracle
from govspec.logic.powers import PowerIndex, describe_power
from govspec.logic.properties import UnableWhileAway
from govspec.logic.scenario import Staffing, describe
from govspec.logic.solve import Prover, Refuted
from govspec.model.entities import Body, Model, PowerKey
from govspec.options import CheckOptions


def body_powers(body: Body) -> tuple[PowerKey, ...]:
    """The powers a meeting of the body needs that the text assigns: convening it and chairing it."""
    needed = (("convene", body.conveners), ("chair", body.chairs))
    return tuple(PowerKey(kind, body.name) for kind, clause in needed if clause is not None)


@per_model
def chooser_proofs(model: Model, options: CheckOptions, prover: Prover) -> Iterator[Proof]:
    """Per stand-in rule whose stand-in a body chooses, and per power the body's meeting needs: someone other than the
    stand-in being chosen holds it while the absent office is wholly away, in every staffing the counts allow."""
    staffing = Staffing.of(model)  # offices, counts and reasons: no stand-in rule changes them
    for number, acting in enumerate(model.actings):
        body = model.bodies.get(acting.chooser or "")
        if body is None:
            continue
        # The stand-in is not in place until the body has met to choose it.
        others = replace(model, actings=tuple(a for a in model.actings if a is not acting))
        index, oracle = PowerIndex(others, staffing), Oracle(others)
        for power in body_powers(body):
            instance = UnableWhileAway(staffing, index.rules(power), acting.absent, acting.reasons, oracle)
            yield Proof(
                "GS326",
                f"chooser-{acting.absent}-{acting.standin}-{power.slug}",
                say("proof.chooser", absent=acting.absent, power=describe_power(power)),
                citation_list((acting.citations, body.citations)),
                acting.span,
                decide(prover, instance),
                instance.query,
                about=(str(number),),
                power=power,
            )


@check("GS326", "stand-in-chooser-cannot-meet", Severity.WARNING)
def chooser_cannot_meet(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """While an office is away, nobody but the stand-in it would choose may convene or chair the body choosing it.

    Fires: `acting 主任 -> 副主任 chosen by 常委会会议` where only the 主任 convenes 常委会会议.
    Passes: a stand-in rule or a delegation that lets the 副主任 convene it without being chosen.
    """
    staffing = Staffing.of(model)
    proofs = chooser_proofs(model, options)
    refuted: dict[str, list[Proof]] = {}
    for proof in proofs:
        if isinstance(proof.verdict, Refuted):
            refuted.setdefault(proof.about[0], []).append(proof)
    for number, failed in refuted.items():
        acting = model.actings[int(number)]
        body = model.bodies[acting.chooser or ""]
        missing = [p.power for p in failed if p.power is not None]
        yield finding(
            "GS326",
            say("GS326", absent=acting.absent, body=body.name, powers=both(describe_power(p) for p in missing)),
            locations=(acting.span, body.span),
            citations=citation_list((acting.citations, body.citations)),
            witness={
                **describe(staffing, failed[0].verdict.witness),
                "chooser": body.name,
                "unheld": [describe_power(p) for p in missing],
            },
        )
    yield from unknowns(proofs)
