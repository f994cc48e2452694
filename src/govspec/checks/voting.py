"""Vote thresholds (表决): whether a quorate meeting can always pass a decision, and against one dissenting vote.
Model -> findings GS304, GS305."""

from __future__ import annotations

from collections.abc import Iterator

from govspec.catalogue import Say, say
from govspec.checks.proving import Proof, decide, per_model, unknowns
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity, citation_list
from govspec.logic.oracle import Oracle
from govspec.logic.scenario import Scenario, Staffing, describe, members_due
from govspec.logic.solve import Holds, Prover, Refuted
from govspec.logic.voting import Unpassable
from govspec.model.entities import Body, Model, Vote
from govspec.options import CheckOptions


def vote_words(vote: Vote) -> Say:
    """ "> 1/2 of all members", "超过全体组成人员的 1/2"."""
    fraction = f"{vote.numerator}/{vote.denominator}"
    return say(f"vote.{vote.voters}", op=say(f"op.{vote.op}"), fraction=fraction)


# Per number of dissenting votes: the code of its proof, the name of the proof, what the proof states.
DISSENT = {0: ("GS304", "vote", "proof.passable"), 1: ("GS305", "vote-dissent", "proof.passable_dissent")}


@per_model
def passing_proofs(model: Model, options: CheckOptions, prover: Prover) -> Iterator[Proof]:
    """Per body with both a quorum and a vote threshold: whether every quorate meeting can pass a decision, and
    where it can, whether against one dissenting vote."""
    staffing, oracle = Staffing.of(model), Oracle(model)
    for body in model.bodies.values():
        if body.vote is None or body.quorum is None:  # with no quorum rule, GS201 says so
            continue
        for dissent, (code, name, statement) in DISSENT.items():
            instance = Unpassable(staffing, body, oracle, dissent)
            verdict = decide(prover, instance)
            yield Proof(
                code,
                f"{name}-{body.name}",
                say(statement, body=body.name, vote=vote_words(body.vote)),
                citation_list((body.citations, body.members.citations, body.quorum.citations, body.vote.citations)),
                body.vote.span,
                verdict,
                instance.query,
                (body.name,),
            )
            if not isinstance(verdict, Holds):
                break  # a meeting that cannot pass at all is GS304's finding, not also GS305's


def _attendance(staffing: Staffing, body: Body, witness: Scenario) -> Say:
    pools = members_due(staffing, body)
    due = sum(witness.own[x] for x in pools)
    return say("attendance", present=due - sum(witness.away[x] for x in pools), due=due)


@check("GS304", "quorate-cannot-pass", Severity.WARNING)
def quorate_cannot_pass(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A body can be quorate while even a unanimous vote of the members present falls short of its vote threshold.

    Fires: `quorum >= 1/2; passes > 1/2 of all members` (2 of 4 present are quorate, 2 yes are not more than half of
    4). Passes: `quorum > 1/2; passes majority of all members`.
    """
    yield from _refuted(model, options, "GS304")


def _refuted(model: Model, options: CheckOptions, code: str) -> Iterator[Finding]:
    """A finding of `code` for each of its refuted proofs, with the staffing and attendance that refute it."""
    staffing = Staffing.of(model)
    proofs = [proof for proof in passing_proofs(model, options) if proof.code == code]
    for proof in proofs:
        if isinstance(proof.verdict, Refuted):
            body = model.bodies[proof.about[0]]
            assert body.vote is not None
            witness = proof.verdict.witness
            scene = {**describe(staffing, witness), "attendance": [_attendance(staffing, body, witness)]}
            yield finding(
                code,
                say(code, body=body.name, vote=vote_words(body.vote)),
                locations=(proof.span,),
                citations=proof.citations,
                witness={**scene, "members": list(body.members.names)},
            )
    yield from unknowns(proofs)


@check("GS305", "decided-only-unanimously", Severity.INFO)
def decided_only_unanimously(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """At its smallest quorate attendance a body decides only unanimously: one vote against defeats any decision.

    Fires: `quorum majority; passes majority of all members` (8 of 15 present are quorate, and a decision needs all
    8). Passes: `quorum 2/3 or more; passes majority of all members`, or a threshold of those present.
    """
    yield from _refuted(model, options, "GS305")
