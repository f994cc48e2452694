"""How the text is read: findings that rest on a reading the spec names, and verdicts that hinge on one the text
leaves open. Model -> findings GS360, GS902; every finding annotated with the named readings it rests on.

A spec names a reading (`reading 区长负责制 "…"`) and every statement taking it cites its name like an article;
a finding citing such a statement says that it depends on the reading. Every proof about who may act is also made
under both readings of an entrustment the text leaves open (given in advance and standing, or case by case by a
giver at work); a verdict that does not depend on that reading says nothing about it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields, is_dataclass, replace

from govspec.catalogue import say
from govspec.checks.causes import Causes
from govspec.checks.obligations import all_proofs
from govspec.checks.proving import entrustment_words, hinge_witness
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity, citation_list
from govspec.logic.documents import attribute_words
from govspec.logic.scenario import Staffing, describe
from govspec.logic.solve import OnlyIf
from govspec.model.entities import Cited, Model
from govspec.options import CheckOptions


@check("GS360", "verdict-hinges-on-entrustment", Severity.WARNING)
def verdict_hinges_on_entrustment(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A property holds only if an entrustment the text leaves open stays valid while its giver is away.

    The text says who may be entrusted but not whether the entrustment is given in advance (standing, 概括) or case
    by case (个别); the property holds under the first reading and fails under the second.
    Fires: `signer 区长 | 常务副区长 entrusted by 区长` at depth 1. Passes: `entrusted by 区长 standing`, or `per case`
    (then GS311 reports the gap outright).
    """
    staffing = Staffing.of(model)
    causes = Causes(model, staffing)
    for proof in all_proofs(model, options):
        # An assertion's own verdict is GS351's: what the drafter asserts must hold however the text is read.
        if not isinstance(proof.verdict, OnlyIf) or proof.hinge is None or proof.code == "GS351":
            continue
        witness = proof.verdict.witness
        scenario, document = witness if isinstance(witness, tuple) else (witness, None)
        yield finding(
            "GS360",
            say("GS360", statement=proof.statement, entrustment=entrustment_words(model, proof.hinge.entrustments)),
            locations=(proof.span,),
            citations=citation_list((proof.citations, *(cites for _, _, cites in proof.hinge.entrustments))),
            witness={
                **hinge_witness(proof.hinge),
                **describe(staffing, scenario),
                **({"document": attribute_words(document, document)} if document else {}),
            },
            cause=causes.of(proof),
        )


def with_readings(model: Model, findings: Iterable[Finding]) -> list[Finding]:
    """Each finding that rests on a named reading, with the reading spelled out in its witness instead of among its
    articles."""
    annotated = []
    for found in findings:
        taken = [model.readings[c] for c in found.citations if c in model.readings]
        if taken:
            words = [say("reading", name=reading.name, text=reading.text) for reading in taken]
            articles = tuple(c for c in found.citations if c not in model.readings)
            found = replace(found, citations=articles, witness={**found.witness, "readings": words})
        annotated.append(found)
    return annotated


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    """The fields that say what a statement is (not where it is, nor what checks derived from it)."""
    return tuple(f.name for f in fields(kind) if f.compare)


def _cited(model: Model) -> set[str]:
    """Every citation of every statement and clause of the model."""
    found: set[str] = set()
    stack: list[object] = [model]
    while stack:
        value = stack.pop()
        if isinstance(value, Cited):
            found.update(value.citations)
        if is_dataclass(value) and not isinstance(value, type):
            stack.extend(getattr(value, name) for name in _field_names(type(value)))
        elif isinstance(value, Mapping):
            stack.extend(value.values())
        elif isinstance(value, tuple):
            stack.extend(value)
    return found


@check("GS902", "reading-unused", Severity.WARNING)
def reading_unused(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A named reading that no statement cites: nothing rests on it.

    Fires: `reading 单数 "…"` and no `@单数` anywhere. Passes: `office 常务副区长 is 副区长 @第六条 @单数`.
    """
    if not model.readings:
        return  # and the walk over every statement, the longest part of this check on a large spec, is not made
    cited = _cited(model)
    for reading in model.readings.values():
        if reading.name not in cited:
            yield finding(
                "GS902",
                say("GS902", reading=reading.name),
                locations=(reading.span,),
                citations=reading.citations,
                witness={"reading": say("reading", name=reading.name, text=reading.text)},
            )
