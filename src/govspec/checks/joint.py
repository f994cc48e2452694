"""Powers held jointly (联合发文, 会同): exercised only by all their holders together, so each holder's part must have
someone to act for it while that holder is away. Model -> findings GS325, backed by proofs `govspec build` writes."""

from __future__ import annotations

from collections.abc import Iterator

from govspec.catalogue import listed, say
from govspec.checks.causes import Causes
from govspec.checks.proving import Proof, per_model, power_proof, standing_in, unknowns
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity, citation_list
from govspec.logic.oracle import Oracle
from govspec.logic.powers import PowerIndex, describe_power, joint_powers
from govspec.logic.scenario import Staffing, describe
from govspec.logic.solve import Prover, Refuted
from govspec.model.entities import Model
from govspec.options import CheckOptions


@per_model
def joint_part_proofs(model: Model, options: CheckOptions, prover: Prover) -> Iterator[Proof]:
    """For each power held jointly and each office among its holders: while that office is away, someone may still
    act for its part (a unit holds its part as an institution, never away)."""
    staffing, oracle = Staffing.of(model), Oracle(model)
    index = PowerIndex(model, staffing)
    for power in joint_powers(model):
        declared = model.powers[power.target]
        for office in dict.fromkeys(h for h in declared.holders if h in model.offices):
            yield power_proof(
                prover,
                staffing,
                oracle,
                index.rules(power, part=office),
                0,
                gone=(office,),
                code="GS325",
                name=f"joint-{power.target}-{office}",
                statement=say("proof.joint_part", power=describe_power(power), office=office),
                span=declared.span,
                about=(power.target, office),
            )


@check("GS325", "joint-power-blocked-by-absence", Severity.WARNING)
def joint_power_blocked_by_absence(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A power held jointly cannot be exercised while one of its holders is away: nobody may act for that holder.

    Fires: `power 联合发文 of 甲局长 & 乙局长` with no stand-in for 乙局长.
    Passes: `acting 乙局长 -> 乙副局长` as well (no scope: every power, its part of this one too).
    """
    staffing = Staffing.of(model)
    stand_ins = standing_in(model, staffing)
    causes = Causes(model, staffing)
    proofs = joint_part_proofs(model, options)
    for proof in proofs:
        if not isinstance(proof.verdict, Refuted):
            continue
        name, office = proof.about
        declared = model.powers[name]
        scene = describe(staffing, proof.verdict.witness)
        yield finding(
            "GS325",
            say("GS325", power=name, office=office, holders=listed(declared.holders)),
            locations=(declared.span,),
            citations=citation_list((proof.citations, stand_ins(proof.verdict.witness))),
            witness={**scene, "joint holders": list(declared.holders)},
            cause=causes.of(proof),
        )
    yield from unknowns(proofs)
