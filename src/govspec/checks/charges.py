"""The holder in charge (分管): a chain step that goes to the one of an office's holders in charge of the chain's
subject, or a co-signer that is that one (会签 分管), needs a statement saying that one of them is in charge of it.
Model -> findings GS208."""

from __future__ import annotations

from collections.abc import Iterator

from govspec.catalogue import Say, listed, say
from govspec.checks.registry import check, finding
from govspec.diagnostics import Cause, Finding, Severity, citation_list
from govspec.graphs import Places, lineage
from govspec.logic.documents import subjects
from govspec.model.entities import Chain, Charge, DocumentRule, Model
from govspec.options import CheckOptions


def subject(model: Model, chain: Chain, step: int) -> tuple[str, ...]:
    """What a step of a chain is about, as the text names it: who starts the chain (those asking leave, the first
    step of an escalation or route, unless that step is the one in charge itself), then what it is about, and for a
    route, the matters its documents may have for subject (`事由`), as their rules name them (`Subjects.named`,
    unwidened: one in charge of a kind of a matter is not in charge of the matter)."""
    starters = chain.subjects if chain.kind == "leave" else chain.steps[0].nodes if step else ()
    matters = [
        matter
        for rule in (chain.about if chain.kind == "route" else ())
        for matter in document_subject(model.documents[rule])
    ]
    return tuple(dict.fromkeys(n for n in (*starters, *chain.about, *matters) if n is not None))


def document_subject(rule: DocumentRule) -> tuple[str, ...]:
    """What a document rule's documents are about, as a route's are read (`Subjects.named`, unwidened): their
    subjects (事由), not their issuer. Co-signing by the one in charge follows what the content touches (第五十六条(五)
    "内容涉及其他副区长分管范围的"), and a 区政府 document is not about the 区政府."""
    return tuple(sorted(subjects(rule.condition, {}).named))


def _meant(model: Model, places: Places, names: tuple[str, ...]) -> set[str]:
    """Every name a subject counts as: a group's offices, an office's kinds and the units it heads, a unit's head,
    a matter's broader matters (the one in charge of 重大决策事项 is in charge of 年度计划)."""
    found: set[str] = set()
    for name in names:
        for each in places(name):
            found |= set(places.counts_as(each))
        if name in model.matters:
            found.update(lineage(model, name))
    return found


def covers(places: Places, charge: Charge, office: str, meant: set[str]) -> bool:
    """Whether a statement of who is in charge answers for the one of `office` in charge of a subject: its holders
    are among `office`'s (the 副区长 in charge is one of 区政府领导同志) and it names the subject."""
    fields = {each for name in charge.fields for each in places(name)} | set(charge.fields)
    return set(places(charge.office)) <= set(places(office)) and not fields.isdisjoint(meant)


def _stated(model: Model, places: Places, office: str) -> tuple[list[Charge], list[Say]]:
    """The statements of who is in charge among `office`'s holders, and the witness's words for them."""
    stated = [c for c in model.charges if set(places(c.office)) <= set(places(office))]
    words = [say("GS208.charge", office=c.office, fields=listed(c.fields)) for c in stated] or [say("GS208.none")]
    return stated, words


def _cause(model: Model, office: str, lacking: object) -> Cause:
    """What every finding on one office's holders in charge shares: the text does not divide the work among them.
    One statement of who is in charge of what answers them all, so they head together; each adds what it leaves
    without one in charge."""
    declared = model.offices.get(office) or model.groups.get(office)
    spans, citations = ((declared.span,), model.articles(declared.citations)) if declared else ((), ())
    return Cause("in_charge", ("in charge", office), spans, citations, (("office", office),), lacking)


def _alone(model: Model, places: Places, office: str) -> bool:
    """Whether the one in charge can only be one holder: a single office that at most one person holds."""
    offices = places(office)
    return len(offices) == 1 and model.offices[offices[0]].high is not None and model.offices[offices[0]].high <= 1


@check("GS208", "in-charge-unstated", Severity.WARNING)
def in_charge_unstated(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A chain goes to the holder in charge of its subject, and no statement says who of the office is in charge of it.

    The text is silent on who that is; an office one person holds needs no division of work.

    Likewise a co-signer in charge (`cosigners in charge 副区长`) of what the rule's condition says its documents are
    about: their subject (事由).

    Fires: `escalation E: 区政府各部门 -> in charge 副区长 -> 区长` alone.
    Passes: `in charge 副区长 -> 区政府各部门` as well.
    """
    places = Places.of(model)
    yield from _cosigners_unstated(model, places)
    for chain in model.chains:
        # One finding per office a chain names in charge, with every step naming it: they are one holder.
        unstated: dict[str, list[int]] = {}
        for number, step in enumerate(chain.steps):
            meant = _meant(model, places, subject(model, chain, number)) if step.in_charge else set()
            for office in step.in_charge:
                if _alone(model, places, office):
                    continue
                if not any(covers(places, charge, office, meant) for charge in model.charges):
                    unstated.setdefault(office, []).append(number)
        for office, steps in unstated.items():
            named = subject(model, chain, steps[0])
            stated, in_charge = _stated(model, places, office)
            yield finding(
                "GS208",
                say(
                    "GS208",
                    chain=say(f"GS407.{chain.kind}", name=chain.name),
                    step=listed(str(n + 1) for n in steps),
                    office=office,
                    subject=listed(named) if named else say("GS208.nothing"),
                ),
                locations=(chain.span, *(c.span for c in stated)),
                citations=citation_list((chain.citations, *(c.citations for c in stated))),
                witness={
                    "step": [str(n + 1) for n in steps],
                    "office": office,
                    "subject": list(named) or [say("GS208.nothing")],
                    "in charge": in_charge,
                },
                cause=_cause(model, office, listed(named) if named else say("cause.in_charge.chain", chain=chain.name)),
            )


def _cosigners_unstated(model: Model, places: Places) -> Iterator[Finding]:
    """GS208 for the co-signers in charge of document rules: one finding per rule and office."""
    for rule in model.documents.values():
        offices = dict.fromkeys(o for c in rule.cosigners if c.in_charge for o in c.offices)
        if not offices:
            continue  # most rules: what their documents are about is not asked
        named = document_subject(rule)
        meant = _meant(model, places, named)
        for office in offices:
            if _alone(model, places, office) or any(covers(places, c, office, meant) for c in model.charges):
                continue
            yield _document_finding(model, places, rule, office, named)


def _document_finding(model: Model, places: Places, rule: DocumentRule, office: str, named: tuple[str, ...]) -> Finding:
    stated, in_charge = _stated(model, places, office)
    clauses = [c for c in rule.cosigners if c.in_charge and office in c.offices]
    return finding(
        "GS208",
        say(
            "GS208.document",
            rule=rule.name,
            office=office,
            subject=listed(named) if named else say("GS208.unnamed"),
        ),
        locations=(rule.span, *(c.span for c in stated)),
        citations=citation_list((rule.citations, *(c.citations for c in (*clauses, *stated)))),
        witness={
            "document": [rule.name],
            "office": office,
            "subject": list(named) or [say("GS208.unnamed")],
            "in charge": in_charge,
        },
        cause=_cause(model, office, listed(named) if named else say("cause.in_charge.document", rule=rule.name)),
    )
