"""Separation of duties (回避): an office barred from a kind of body (a class, or a named body) sits on none of them.
Model -> findings (GS341). Pure structure: no solver is needed.
"""

from __future__ import annotations

from collections.abc import Iterator

from govspec.catalogue import say
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity, citation_list
from govspec.model.entities import Model
from govspec.options import CheckOptions


def _barred_office(model: Model, who: str) -> str | None:
    """The office a separation binds: the office itself, or the head of a unit."""
    return who if who in model.offices else model.units[who].head


@check("GS341", "separation-violated", Severity.ERROR)
def separation_violated(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """An office barred from a kind of body is a member of one (directly, or as or through a kind of office).

    Fires: `exclude 审计局长 from 议事协调机构` and a body `is 议事协调机构` with member 审计局长.
    Passes: the same body without that member.
    """
    for rule in model.separations:
        office = _barred_office(model, rule.who)
        if office is None:
            continue
        for body in model.bodies.values():
            if body.name not in rule.barred and not set(body.classes) & set(rule.barred):
                continue
            # Holders overlap when one office is a kind of the other: a 常务副区长 sits wherever 副区长 do.
            sitting = [m for m in body.members.names if office in model.kinds(m) or m in model.kinds(office)]
            if sitting:
                yield finding(
                    "GS341",
                    say("GS341", who=rule.who, body=body.name, sitting=sitting[0]),
                    locations=(body.members.span, rule.span),
                    citations=citation_list((rule.citations, body.citations, body.members.citations)),
                    witness={"barred": rule.who, "body": body.name, "members": sitting},
                )
