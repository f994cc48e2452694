"""Signing authority (签发): signers who can act, rules that meet on one document, co-signers and reviewers.

Model -> findings GS311–GS313, each backed by proofs (see checks.proving) that `govspec build` also writes out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from govspec.catalogue import Listed, Say, articles, listed, names, say
from govspec.checks.causes import Causes
from govspec.checks.proving import (
    Proof,
    absence_depth,
    away_checked,
    coverage,
    decide,
    per_model,
    power_proof,
    prove_both,
    standing_in,
    unknowns,
)
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity, citation_list
from govspec.logic import documents
from govspec.logic.oracle import Document, Oracle
from govspec.logic.powers import PowerIndex, PowerRules
from govspec.logic.properties import Instance, Jointly, Overlapping, Unable
from govspec.logic.scenario import Scenario, Staffing, describe
from govspec.logic.solve import Prover, Refuted
from govspec.model.entities import DocumentRule, Model, PowerKey, SignerOption
from govspec.options import CheckOptions
from govspec.syntax.tree import Condition, Or

ROLES = {"cosign": "co-sign", "review": "review"}


def option_words(option: SignerOption) -> Say | str:
    """A signer as the statement names it: "常务副区长 entrusted by 区长", "副区长 reviewed by 区长"."""
    words: Say | str = option.office
    if option.granted_by:
        grant = "signer.entrusted" if option.grant == "entrust" else "signer.authorised"
        words = say(grant, office=option.office, by=option.granted_by)
    return say("signer.reviewed", signer=words, reviewers=listed(option.reviewers)) if option.reviewers else words


def signer_words(rule: DocumentRule) -> Say | Listed:
    """A rule's signers, as the statement writes them: "区长 | 常务副区长 entrusted by 区长"."""
    if rule.signers is None:
        return say("signer.none")
    return Listed(tuple(option_words(o) for o in rule.signers.options), "bar")


@per_model
def signer_proofs(model: Model, options: CheckOptions, prover: Prover) -> Iterator[Proof]:
    depth = absence_depth(model, options)
    covered = coverage(depth)
    staffing, oracle = Staffing.of(model), Oracle(model)
    index = PowerIndex(model, staffing)
    for rule in model.documents.values():
        if rule.signers is None:
            continue  # GS203 reports a rule with no signer at all
        yield power_proof(
            prover,
            staffing,
            oracle,
            index.rules(PowerKey("sign", rule.name)),
            depth,
            code="GS311",
            name=f"signer-{rule.name}",
            statement=say("proof.sign", rule=rule.name, coverage=covered),
            span=rule.span,
            about=(rule.name,),
        )


@check("GS311", "signer-can-be-absent", Severity.ERROR)
def signer_can_be_absent(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """Some absence within the depth leaves a document rule with nobody who may sign.

    Fires: `document D when form = 通知 { signer 区长 }` at depth 1. Passes: `signer 区长 | 副区长`, two offices.
    """
    staffing = Staffing.of(model)
    stand_ins = standing_in(model, staffing)
    causes = Causes(model, staffing)
    depth = absence_depth(model, options)
    proofs = signer_proofs(model, options)
    for proof in proofs:
        if isinstance(proof.verdict, Refuted):
            rule = model.documents[proof.about[0]]
            scene = describe(staffing, proof.verdict.witness)
            yield finding(
                "GS311",
                say("GS311", rule=rule.name, away=away_checked(scene["absent"], depth)),
                locations=(rule.span,),
                citations=citation_list((proof.citations, stand_ins(proof.verdict.witness))),
                witness={**scene, "signers": signer_words(rule)},
                cause=causes.of(proof),
            )
    yield from unknowns(proofs)


def _signers(rule: DocumentRule) -> frozenset[tuple[str, str | None, str | None, bool | None]]:
    """Who a rule lets sign: each option's office and the grant it needs (and whether it outlasts the giver's
    absence), whatever review comes before."""
    assert rule.signers is not None
    return frozenset((o.office, o.grant, o.granted_by, o.standing) for o in rule.signers.options)


def _steps(rule: DocumentRule) -> tuple[frozenset[object], ...]:
    """What a rule requires besides its signers: each option's reviewers, its co-signers and its prior reviews."""
    assert rule.signers is not None
    return (
        frozenset((o.office, frozenset(o.reviewers)) for o in rule.signers.options),
        frozenset((c.offices, c.condition, c.in_charge) for c in rule.cosigners),
        frozenset((r.offices, r.condition, r.optional) for r in rule.reviews),
    )


def party_words(office: str, in_charge: bool) -> str | Say:
    """A co-signer as the text names it: the office, or its holder in charge (分管副区长)."""
    return say("party.in_charge", office=office) if in_charge else office


def requirement_words(rule: DocumentRule) -> Say | Listed:
    """A rule's signers with what they need: reviewers, co-signers, prior reviews."""
    words: Say | Listed = signer_words(rule)
    for c in rule.cosigners:
        offices = listed(party_words(o, c.in_charge) for o in c.offices)
        words = say("signer.cosigners", signers=words, offices=offices)
    for r in rule.reviews:
        key = "signer.prior_review_optional" if r.optional else "signer.prior_review"
        words = say(key, signers=words, offices=listed(r.offices))
    return words


def rule_words(rule: DocumentRule) -> Say:
    """A rule named with its articles and what it asks: "任免公文 (第五十六条(四)): 区长"."""
    return say("signer.rule", rule=rule.name, articles=articles(rule.citations), signers=requirement_words(rule))


@per_model
def overlap_proofs(model: Model, options: CheckOptions, prover: Prover) -> Iterator[Proof]:
    """Per pair of rules that could meet on one document and say different things of it (other signers: GS312; the
    same signers, other review or co-signing: GS314), unless a precedence statement settles which applies: whether
    some document falls under both, with a witness cut down to the attributes that make both apply."""
    below = documents.matter_below(model)
    oracle = Oracle(model)
    settled = documents.prevailing(model)
    above = documents.winners(model)
    rules = {name: rule for name, rule in model.documents.items() if rule.signers is not None}
    reqs = {name: documents.requirements(documents.effective(model, above, name), below) for name in rules}
    for a, b in documents.candidate_pairs(reqs):
        first, second = rules[a], rules[b]
        if (a, b) in settled or (b, a) in settled:
            continue
        if _signers(first) != _signers(second):
            code = "GS312"
        elif _steps(first) != _steps(second):
            code = "GS314"
        else:
            continue
        conditions = (documents.effective(model, above, a), documents.effective(model, above, b))
        instance = Overlapping(*conditions, below, oracle)
        verdict = decide(prover, instance)
        if isinstance(verdict, Refuted):
            verdict = Refuted(instance.essential(verdict.witness, prover))
        yield Proof(
            code,
            f"overlap-{a}-{b}",
            say("proof.overlap", first=a, second=b),
            citation_list((first.citations, second.citations)),
            first.span,
            verdict,
            instance.query,
            (a, b),
        )


def _meeting(model: Model, options: CheckOptions, code: str) -> list[Proof]:
    """The refuted overlap proofs of one code: pairs of rules that meet on some document."""
    return [p for p in overlap_proofs(model, options) if p.code == code and isinstance(p.verdict, Refuted)]


def _groups(pairs: list[Proof]) -> list[list[Proof]]:
    """The pairs grouped by the rules they connect: rules that meet, directly or through others, are one group."""
    parent: dict[str, str] = {}

    def root(name: str) -> str:
        while parent.setdefault(name, name) != name:
            name = parent[name]
        return name

    for proof in pairs:
        parent[root(proof.about[0])] = root(proof.about[1])
    grouped: dict[str, list[Proof]] = defaultdict(list)
    for proof in pairs:
        grouped[root(proof.about[0])].append(proof)
    return list(grouped.values())


def _pair_words(model: Model, proof: Proof) -> Say:
    return say(
        "GS312.pair",
        first=proof.about[0],
        second=proof.about[1],
        document=listed(documents.attribute_words(proof.verdict.witness, proof.verdict.witness)),
    )


@check("GS312", "signer-rules-overlap", Severity.ERROR)
def signer_rules_overlap(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """Document rules apply to one concrete document and name different signers, and nothing says which prevails.

    One finding per group of rules that meet (directly or through others), with each pair and a document it meets
    on, showing only the attributes that make both rules apply. Exceptions (`except`) and precedence (`prevails
    over`, read transitively) settle an overlap.
    Fires: `when form = 通知 { signer 区长 }` and `when subject = 任免 { signer 副区长 }`.
    Passes: the second rule also says `and not form = 通知`, or `except` the first, or `prevails over` it.
    """
    for group in _groups(_meeting(model, options, "GS312")):
        met = {name for proof in group for name in proof.about}
        # Named in the order of their names, not of their statements: moving a statement changes no finding.
        rules = [model.documents[name] for name in sorted(met)]
        text = (
            say("GS312", first=rules[0].name, second=rules[1].name)
            if len(rules) == 2
            else say("GS312.group", rules=names((r.name for r in rules), "and"))
        )
        yield finding(
            "GS312",
            text,
            locations=tuple(sorted(r.span for r in rules)),
            citations=citation_list(tuple(p.citations for p in group)),
            witness={"pairs": [_pair_words(model, p) for p in group], "rules": [rule_words(r) for r in rules]},
        )
    yield from unknowns([p for p in overlap_proofs(model, options) if p.code == "GS312"])


@check("GS314", "review-rules-overlap", Severity.WARNING)
def review_rules_overlap(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """Two document rules apply to one document with the same signers but different review or co-signing steps.

    The signer is not in doubt; whether the stricter steps apply to such a document is.
    Fires: `signer 区长 reviewed by 副区长` and `signer 区长` on rules that meet. Passes: the same steps in both.
    """
    for proof in _meeting(model, options, "GS314"):
        a, b = (model.documents[n] for n in proof.about)
        yield finding(
            "GS314",
            say("GS314", first=a.name, second=b.name),
            locations=(a.span, b.span),
            citations=proof.citations,
            witness={
                "document": documents.attribute_words(proof.verdict.witness, proof.verdict.witness),
                "rules": [rule_words(a), rule_words(b)],
            },
        )
    yield from unknowns([p for p in overlap_proofs(model, options) if p.code == "GS314"])


@dataclass(frozen=True)
class _Party:
    """An office a rule needs to co-sign or review (its holder in charge, with `in_charge`), and when: `when` None
    means every document of the rule."""

    kind: str
    office: str
    in_charge: bool
    when: Condition | None
    citations: tuple[str, ...]


def _parties(rule: DocumentRule) -> list[_Party]:
    """Each co-signer (会签) and required prior reviewer (审定) of a rule once, needed when any clause naming it is."""
    clauses = [("cosign", c.offices, c.in_charge, c.condition, c.citations) for c in rule.cosigners]
    clauses += [("review", r.offices, False, r.condition, r.citations) for r in rule.reviews if not r.optional]
    whens: dict[tuple[str, str, bool], list[Condition | None]] = defaultdict(list)
    cites: dict[tuple[str, str, bool], list[tuple[str, ...]]] = defaultdict(list)
    for kind, offices, in_charge, condition, citations in clauses:
        for office in offices:
            whens[kind, office, in_charge].append(condition)
            cites[kind, office, in_charge].append(citations)
    parties = []
    for key, conditions in whens.items():
        given = tuple(c for c in conditions if c is not None)
        when = None if len(given) < len(conditions) else given[0] if len(given) == 1 else Or(given)
        parties.append(_Party(*key, when, citation_list((rule.citations, *cites[key]))))
    return parties


def _party_instance(
    staffing: Staffing,
    rules: PowerRules,
    depth: int,
    oracle: Oracle,
    needing: tuple[Condition, Condition | None, Mapping[str, tuple[str, ...]]],
    standing: bool,
) -> Instance[Any]:
    """Nobody can act for a co-signer or reviewer; with a condition `when`, also some document of the rule needing
    it (`needing`: the rule's condition, `when`, and the matters below each matter)."""
    unable = Unable(staffing, rules, depth, oracle, (), standing)
    condition, when, below = needing
    return unable if when is None else Jointly(unable, Overlapping(condition, when, below, oracle))


@per_model
def party_proofs(model: Model, options: CheckOptions, prover: Prover) -> Iterator[Proof]:
    """Each co-signer and required prior reviewer (or a stand-in for it) can act in every scenario up to the depth,
    for every document that needs it: a conditional one only where some document of the rule meets its condition."""
    depth = absence_depth(model, options)
    staffing, oracle = Staffing.of(model), Oracle(model)
    index = PowerIndex(model, staffing)
    below = documents.matter_below(model)
    above = documents.winners(model)
    for rule in model.documents.values():
        for party in _parties(rule):
            role = ROLES[party.kind]
            rules = index.rules(PowerKey(party.kind, rule.name), part=party.office, in_charge=party.in_charge)
            needing = (documents.effective(model, above, rule.name), party.when, below)
            read = partial(_party_instance, staffing, rules, depth, oracle, needing)
            statement = say(
                "proof.party" if party.when is None else "proof.party_when",
                office=party_words(party.office, party.in_charge),
                role=say(f"role.{party.kind}"),
                rule=rule.name,
                coverage=coverage(depth),
            )
            both = prove_both(prover, staffing, rules, read)
            yield Proof(
                "GS313",
                f"{role}-{rule.name}-{party.office}" + ("-in-charge" if party.in_charge else ""),
                statement,
                citation_list((party.citations, rules.citations)),
                rule.span,
                about=(rule.name, party.kind, party.office, *(("in charge",) if party.in_charge else ())),
                depth=depth,
                power=rules.power,
                part=party.office,
                charged=rules.charged,
                **both.proof_fields(),
            )


def _scenario_and_document(witness: Scenario | tuple[Scenario, Document]) -> tuple[Scenario, Document]:
    """A conditional party's witness is a scenario and a document of the rule that needs it; any document does
    for an unconditional one."""
    return witness if isinstance(witness, tuple) else (witness, {})


@check("GS313", "cosigner-or-reviewer-can-be-absent", Severity.ERROR)
def cosigner_or_reviewer_can_be_absent(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A co-signer or required prior reviewer of a document rule (and any stand-in for it) can be absent.

    Checked within the depth, for a document of the rule that needs it; an office with no holder is absent too.
    Fires: `{ signer 区长 | 副区长; cosigners 办公室主任 }` at depth 1. Passes: the review is `when necessary`,
    or `acting 办公室主任 -> 副主任` (no scope: every power) stands in.
    """
    staffing = Staffing.of(model)
    stand_ins = standing_in(model, staffing)
    causes = Causes(model, staffing)
    proofs = party_proofs(model, options)
    for proof in proofs:
        if not isinstance(proof.verdict, Refuted):
            continue
        name, kind, office, *in_charge = proof.about
        scenario, document = _scenario_and_document(proof.verdict.witness)
        scene = describe(staffing, scenario)
        words = documents.attribute_words(document, document)
        such = say("GS313.such", document=listed(words)) if words else ""
        yield finding(
            "GS313",
            say(
                "GS313",
                rule=name,
                such=such,
                office=party_words(office, bool(in_charge)),
                role=say(f"role.{kind}"),
                away=away_checked(scene["absent"], absence_depth(model, options)),
            ),
            locations=(model.documents[name].span,),
            citations=citation_list((proof.citations, stand_ins(scenario))),
            witness={**scene, "document": words} if words else scene,
            cause=causes.of(proof),
        )
    yield from unknowns(proofs)
