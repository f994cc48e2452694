"""Assertions (断言) written in the spec, proved like the built-in properties at their own depth.
Model -> findings GS350 (proved), GS351 (refuted) and GS399 (undecided: never counted as proved).
"""

from __future__ import annotations

from collections.abc import Iterator

from govspec.catalogue import Say, plural, say
from govspec.checks.causes import Causes
from govspec.checks.proving import (
    Proof,
    assertion_depth,
    away_words,
    coverage,
    decide,
    entrustment_words,
    hinge_witness,
    per_model,
    power_proof,
    standing_in,
    unknown_finding,
)
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity, citation_list
from govspec.logic.oracle import Oracle
from govspec.logic.powers import PowerIndex, all_powers, describe_power, joint_powers
from govspec.logic.properties import Inquorate
from govspec.logic.scenario import Staffing, describe
from govspec.logic.solve import Holds, OnlyIf, Prover, Refuted, Unknown
from govspec.model.entities import Assertion, Model, PowerKey
from govspec.options import CheckOptions


def _powers(model: Model, assertion: Assertion) -> list[tuple[PowerKey, str | None]]:
    """The powers an assertion is about, each with the holder whose part it is about (None: the whole power): signing,
    chairing, or (holder) named powers and every power of an office. A power held jointly is exercised only when every
    holder's part can be: it is asked part by part, and of an office, its own part."""
    if assertion.prop == "signer":
        # `all`: every rule that names signers; a rule saying only what documents carry has none to be absent.
        every = [name for name, rule in model.documents.items() if rule.signers is not None]
        return [(PowerKey("sign", d), None) for d in assertion.targets or every]
    if assertion.prop == "chair":
        return [(PowerKey("chair", b), None) for b in assertion.targets or model.bodies]
    staffing = Staffing.of(model)
    index = PowerIndex(model, staffing)
    wanted: list[tuple[PowerKey, str | None]] = []
    for target in assertion.targets or model.powers:
        if target in model.powers and model.powers[target].joint:
            power = PowerKey("named", target)
            wanted += [(power, o) for o in dict.fromkeys(o.office for o in index.rules(power).origins)]
        elif target in model.powers:
            wanted.append((PowerKey("named", target), None))
        else:
            wanted += [(p, None) for p in all_powers(model) if target in {o.office for o in index.rules(p).origins}]
            held = [p for p in joint_powers(model) if target in {o.office for o in index.rules(p).origins}]
            wanted += [(p, target) for p in held]
    return wanted


@per_model
def assertion_proofs(model: Model, options: CheckOptions, prover: Prover) -> Iterator[Proof]:
    staffing, oracle = Staffing.of(model), Oracle(model)
    index = PowerIndex(model, staffing)
    for number, assertion in enumerate(model.assertions, 1):
        depth = assertion_depth(assertion, model, options)
        if depth is None:
            continue
        about = (str(number),)
        if assertion.prop == "quorum":
            for body in [model.bodies[b] for b in assertion.targets or model.bodies]:
                instance = Inquorate(staffing, body, depth, oracle)
                yield Proof(
                    "GS351",
                    f"assert{number}-quorum-{body.name}",
                    say("proof.quorate", body=body.name, coverage=coverage(depth)),
                    citation_list((assertion.citations, body.citations)),
                    assertion.span,
                    decide(prover, instance),
                    instance.query,
                    (*about, "quorum", body.name),
                    depth,
                )
            continue
        for power, part in _powers(model, assertion):
            yield power_proof(
                prover,
                staffing,
                oracle,
                index.rules(power, part),
                depth,
                code="GS351",
                name=f"assert{number}-{power.slug}" + (f"-{part}" if part else ""),
                statement=say("proof.holds", power=describe_power(power), coverage=coverage(depth)),
                span=assertion.span,
                about=(*about, power.kind, power.target, *power.occasion),
            )


def _instance(proof: Proof) -> Say:
    """What one instance of an assertion is about: a body's quorum, or a power."""
    _, kind, target, *occasion = proof.about
    return (
        say("GS351.quorum", body=target)
        if kind == "quorum"
        else describe_power(PowerKey(kind, target, tuple(occasion)))
    )


@check("GS351", "assertion-refuted", Severity.ERROR)
def assertion_refuted(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """An assertion in the spec fails: the witness is a scenario within its stated depth.

    Fires: `assert signer all while absent <= 1` with a rule signed by 区长 alone. Passes: `signer 区长 | 副区长`.
    """
    staffing = Staffing.of(model)
    stand_ins = standing_in(model, staffing)
    causes = Causes(model, staffing)
    for proof in assertion_proofs(model, options):
        if isinstance(proof.verdict, Refuted | OnlyIf):
            scene = describe(staffing, proof.verdict.witness)
            # What the drafter asserts must hold as the text stands: holding under one reading only is not holding.
            hinge = proof.hinge
            words = {"instance": _instance(proof), "away": away_words(scene["absent"])}
            yield finding(
                "GS351",
                say("GS351.unless", entrustment=entrustment_words(model, hinge.entrustments), **words)
                if hinge
                else say("GS351", **words),
                locations=(proof.span,),
                citations=citation_list(
                    (
                        proof.citations,
                        stand_ins(proof.verdict.witness),
                        *(cites for _, _, cites in (hinge.entrustments if hinge else ())),
                    )
                ),
                witness={"instance": _instance(proof), **scene, **(hinge_witness(hinge) if hinge else {})},
                cause=causes.of(proof),
            )
        elif isinstance(proof.verdict, Unknown):
            yield unknown_finding(proof)


@check("GS350", "assertion-proved", Severity.INFO)
def assertion_proved(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """An assertion in the spec is proved, for every scenario within the depth it states.

    Fires: `assert signer all while absent <= 1` with `signer 区长 | 副区长`. Passes: a spec with no assertions.
    """
    proofs = assertion_proofs(model, options)
    for number, assertion in enumerate(model.assertions, 1):
        mine = [p for p in proofs if p.about[0] == str(number)]
        depth = assertion_depth(assertion, model, options)
        # An assertion about nothing (`holder X` where X holds no power) proves nothing.
        if depth is not None and mine and all(isinstance(p.verdict, Holds) for p in mine):
            yield finding(
                "GS350",
                plural("GS350", len(mine), coverage=coverage(depth)),
                locations=(assertion.span,),
                citations=assertion.citations,
                witness={"instances": [_instance(p) for p in mine]},
            )


@check("GS399", "undecided", Severity.ERROR)
def undecided(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A property could not be decided (a solver timeout, or an assertion bounded only from below); never a pass.

    Fires: `assert signer all while absent >= 1`. Passes: `assert signer all while absent <= 1`.
    Every proof check also reports its own solver timeouts under this code.
    """
    for assertion in model.assertions:
        if assertion_depth(assertion, model, options) is None:
            yield finding(
                "GS399",
                say("GS399.bound", op=say(f"op.{assertion.op}"), depth=assertion.depth),
                locations=(assertion.span,),
                citations=assertion.citations,
                witness={
                    "assertion": say(
                        "GS399.assertion", prop=assertion.prop, op=say(f"op.{assertion.op}"), depth=assertion.depth
                    )
                },
            )
