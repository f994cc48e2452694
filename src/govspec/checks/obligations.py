"""Proofs -> the proofs/<spec>/ folder: one SMT-LIB 2 file per obligation and one verdict file, byte for byte stable.

Anyone can re-check an obligation with any SMT-LIB solver: each file says what it proves, which articles it rests
on, what its identifiers stand for, and whether `unsat` or `sat` means the property holds.
"""

from __future__ import annotations

import json
from typing import Any

from govspec.catalogue import words
from govspec.checks import assertions, choosing, delegation, joint, quorum, routing, signing, voting
from govspec.checks.proving import Proof, ProofFamily, absence_depth, coverage
from govspec.diagnostics import Property, Tally
from govspec.logic.documents import attribute_words
from govspec.logic.scenario import Scenario, Staffing, describe
from govspec.logic.solve import Holds, OnlyIf, Query, Refuted, Unknown, smt_text
from govspec.model.entities import Model
from govspec.options import CheckOptions

# The same proofs the checks report on: each family is proved once per model, whichever asks first.
FAMILIES: tuple[ProofFamily, ...] = (
    quorum.margin_proofs,
    quorum.leader_proofs,
    voting.passing_proofs,
    signing.signer_proofs,
    signing.overlap_proofs,
    signing.party_proofs,
    delegation.absent_holder_proofs,
    choosing.chooser_proofs,
    joint.joint_part_proofs,
    routing.routing_proofs,
    assertions.assertion_proofs,
)


def all_proofs(model: Model, options: CheckOptions) -> list[Proof]:
    return [proof for family in FAMILIES for proof in family(model, options)]


def tally(model: Model, options: CheckOptions) -> Tally:
    """How the properties of a spec came out. A body's quorum margin is a measure, not a property: the absences
    that leave it short are its answer, not a failure."""
    staffing = Staffing.of(model)
    proofs = [p for family in FAMILIES if family is not quorum.margin_proofs for p in family(model, options)]
    return Tally(tuple(_property(staffing, p) for p in proofs), absence_depth(model, options))


def _property(staffing: Staffing, proof: Proof) -> Property:
    verdict = proof.verdict
    outcome = {Holds: "holds", Refuted: "fails", OnlyIf: "hinges", Unknown: "unknown"}[type(verdict)]
    witness = _witness(staffing, verdict.witness) if isinstance(verdict, Refuted | OnlyIf) else {}
    return Property(proof.file_stem, proof.code, proof.statement, proof.span, proof.citations, outcome, witness)


def _witness(staffing: Staffing, witness: Any) -> Any:
    if isinstance(witness, Scenario):
        return describe(staffing, witness)
    if isinstance(witness, dict):
        return {"document": attribute_words(witness, witness)}
    if len(witness) == 2 and isinstance(witness[0], Scenario):  # a scenario and the document it concerns
        return {**_witness(staffing, witness[0]), **_witness(staffing, witness[1])}
    return {"conflicting statements": list(witness)}


STANDING = "if-standing"  # the second obligation of a verdict that hinges on reading entrustments as standing


def verdict_lines(staffing: Staffing, proof: Proof) -> list[str]:
    """One line per obligation file of the proof: an OnlyIf verdict has two, one per reading of its entrustments."""
    line = f"{proof.file_stem}.smt2\t{{}}\t{proof.statement}"
    if isinstance(proof.verdict, Holds):
        return [line.format("holds")]
    if isinstance(proof.verdict, Refuted | OnlyIf):
        witness = json.dumps(words(_witness(staffing, proof.verdict.witness), "en"), ensure_ascii=False)
        if isinstance(proof.verdict, Refuted):
            return [line.format(f"refuted {witness}")]
        standing = f"{proof.file_stem}-{STANDING}.smt2\tholds\t{proof.statement}, reading open entrustments as standing"
        return [line.format(f"refuted reading open entrustments case by case {witness}"), standing]
    return [line.format(f"unknown ({proof.verdict.reason})")]


def obligation_text(proof: Proof, query: Query[Any], reading: str = "") -> str:
    polarity = "unsat" if proof.holds_when == "unsat" else "sat"
    comments = [
        f"govspec proof obligation {proof.file_stem} ({proof.code})",
        f"property: {proof.statement}{reading}",
        f"articles: {'、'.join(proof.citations) or '(none cited)'}",
        f"holds when: {polarity}",
        *query.legend,
    ]
    return smt_text(query.facts, comments)


def proof_files(model: Model, options: CheckOptions) -> dict[str, str]:
    """File name -> text for one spec's proofs/ folder: the obligations and `verdicts.txt`."""
    staffing = Staffing.of(model)
    proofs = all_proofs(model, options)
    files: dict[str, str] = {}
    lines = [f"# govspec verdicts; built-in properties cover {coverage(absence_depth(model, options))}"]
    for proof in proofs:
        if f"{proof.file_stem}.smt2" in files:
            raise ValueError(f"two proof obligations are both named {proof.file_stem}")
        files[f"{proof.file_stem}.smt2"] = obligation_text(proof, proof.query())
        if proof.standing is not None:
            reading = ", reading the entrustments the text leaves open as standing"
            files[f"{proof.file_stem}-{STANDING}.smt2"] = obligation_text(proof, proof.standing(), reading)
        lines += verdict_lines(staffing, proof)
    files["verdicts.txt"] = "\n".join(lines) + "\n"
    return files
