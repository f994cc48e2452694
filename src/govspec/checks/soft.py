"""Soft rules (一般、原则上、根据需要、如有需要): rules the text itself allows exceptions to. Model -> findings GS207;
and every finding a soft rule takes part in, annotated.

A finding placed at a soft rule is at most a warning, whatever its check's severity: the text lets the rule yield,
so breaking it is never an error. A property that holds only by a soft rule is reported as such (GS207), so nobody
reads a hedged promise as a firm one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from govspec.catalogue import Say, plural, say
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity, Span
from govspec.model.entities import Frequency, Model
from govspec.options import CheckOptions


def _soft_rules(model: Model) -> dict[Span, str]:
    """Every hedged clause or statement, by its place: its hedge."""
    found: dict[Span, str] = {}
    for matter in model.matters.values():
        found.update({r.span: r.hedge for r in matter.routing if r.hedge})
    for body in model.bodies.values():
        found.update({p.span: p.hedge for p in (body.frequency, body.attendees) if p is not None and p.hedge})
    found.update({m.span: m.hedge for m in model.measures if m.hedge})
    found.update({s.span: s.hedge for s in (*model.preconditions, *model.deadlines) if s.hedge})
    return found


def with_soft_rules(model: Model, findings: Iterable[Finding]) -> list[Finding]:
    """Each finding placed at a soft rule, at most a warning and saying which hedge the rule carries."""
    soft = _soft_rules(model)
    annotated = []
    for found in findings:
        # GS207 is itself the word that a property rests on a soft rule.
        hedges = [soft[place] for place in found.locations if place in soft and found.code != "GS207"]
        annotated.append(softened(found, tuple(hedges)) if hedges else found)
    return annotated


def softened(found: Finding, hedges: tuple[str, ...]) -> Finding:
    """A finding a soft rule takes part in: at most a warning, naming the hedges of the rules."""
    severity = Severity.WARNING if found.severity is Severity.ERROR else found.severity
    words = [say("soft.rule", hedge=say(f"hedge.{hedge}")) for hedge in dict.fromkeys(hedges)]
    return replace(found, severity=severity, witness={**found.witness, "soft rules": words})


def _frequency_words(frequency: Frequency) -> Say:
    return plural("frequency", frequency.every, period=say(f"period.{frequency.period}"))


@check("GS207", "holds-only-by-soft-rule", Severity.INFO)
def holds_only_by_soft_rule(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A property holds only by a soft rule: a body meets at a stated frequency only usually or in principle.

    Fires: `body B { members 区长; usually every month }`. Passes: `every month`, or no frequency at all.
    """
    for body in model.bodies.values():
        frequency = body.frequency
        if frequency is not None and frequency.hedge:
            yield finding(
                "GS207",
                say("GS207.frequency", body=body.name, hedge=say(f"hedge.{frequency.hedge}")),
                locations=(frequency.span,),
                citations=frequency.citations,
                witness={"body": body.name, "frequency": [_frequency_words(frequency)]},
            )
