"""Completeness: what a rule set leaves unsaid (no quorum, no superior, no signer, no chair). Model -> findings."""

from __future__ import annotations

from collections.abc import Iterator

from govspec.catalogue import both, names, say
from govspec.checks.chains import graphs_of
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity
from govspec.model.entities import Model
from govspec.options import CheckOptions


@check("GS201", "body-without-quorum", Severity.WARNING)
def body_without_quorum(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A body has no quorum rule, so any attendance would do.

    Fires: `body 全体会议 { members 区长, 副区长 }`. Passes: the same body with `quorum > 1/2`.
    """
    for body in model.bodies.values():
        if body.quorum is None:
            yield finding(
                "GS201",
                say("GS201", body=body.name),
                locations=(body.span,),
                citations=body.citations,
                witness={"body": body.name, "members": list(body.members.names)},
            )


@check("GS202", "office-without-superior", Severity.WARNING)
def office_without_superior(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """An office reports to no one, nor does any unit it heads, and it is not the organisation's head.

    It stands outside every reporting line. An office follows the lines of the offices it is a kind of, and of the
    units those head.
    Fires: `office 秘书长` with no `reports 秘书长 -> …`. Passes: `reports 秘书长 -> 区长`.
    """
    reporting = {line.subordinate for line in model.reports}
    # The organisation's head answers to no one inside the rules by design; chains end there (graphs/ends.py).
    head = graphs_of(model).tops
    heading: dict[str, list[str]] = {}
    for unit in sorted(model.units.values(), key=lambda unit: unit.name):
        if unit.head is not None:
            heading.setdefault(unit.head, []).append(unit.name)
    for office in model.offices.values():
        kinds = model.kinds(office.name)
        led = heading.get(office.name, [])
        # An office follows the line of its kinds, and so of the units they head (a 部长 is a 部门负责人).
        units = [unit for kind in kinds for unit in heading.get(kind, [])]
        if reporting.intersection(kinds) or office.name in head or reporting.intersection(units):
            continue
        key = "GS202.alone" if not led else "GS202.unit" if len(led) == 1 else "GS202.units"
        yield finding(
            "GS202",
            say(key, office=office.name, units=led[0] if len(led) == 1 else names(led, "and")),
            locations=(office.span,),
            citations=model.articles(office.citations),
            witness={"office": office.name} | ({"heads": led} if led else {}),
        )


@check("GS203", "document-without-signer", Severity.ERROR)
def document_without_signer(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A document rule names co-signers or reviewers, or nothing at all, but no signer.

    Fires: `document D when form = 通知 { cosigners 副区长 }`. Passes: `document D when form = 通知 { signer 区长 }`,
    and a rule that only says what a document must carry: `document D when form = 请示 { requires 签发人 }`.
    """
    for rule in model.documents.values():
        if rule.signers is None and rule.requires is None:
            yield finding(
                "GS203",
                say("GS203", rule=rule.name),
                locations=(rule.span,),
                citations=rule.citations,
                witness={"document": rule.name},
            )


@check("GS206", "body-without-frequency", Severity.WARNING)
def body_without_frequency(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A body has no meeting frequency: the text says neither how often it meets nor that it meets as needed.

    A hedged frequency (`usually every month`) is a frequency; `meets as needed` (根据需要召开) says the body meets when
    the occasion arises.
    Fires: `body 全体会议 { members 区长 }`. Passes: the same body with `every month`, or with `meets as needed`.
    """
    for body in model.bodies.values():
        if body.frequency is None and body.ad_hoc is None:
            yield finding(
                "GS206",
                say("GS206", body=body.name),
                locations=(body.span,),
                citations=body.citations,
                witness={"body": body.name},
            )


@check("GS204", "body-without-chair", Severity.WARNING)
def body_without_chair(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A body names no chair or no convener, so nobody is entitled to open or lead its meetings.

    Fires: `body 全体会议 { members 区长; quorum > 1/2 }`. Passes: add `convener 区长; chair 区长`.
    """
    for body in model.bodies.values():
        missing = [role for role, part in (("convener", body.conveners), ("chair", body.chairs)) if part is None]
        if missing:
            yield finding(
                "GS204",
                say("GS204", body=body.name, missing=both(say("GS204.no", clause=say(f"clause.{m}")) for m in missing)),
                locations=(body.span,),
                citations=body.citations,
                witness={"body": body.name, "missing": missing},
            )


@check("GS205", "power-without-holder", Severity.WARNING)
def power_without_holder(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A declared power that no statement gives to anyone, so nobody may ever exercise it.

    Fires: `power 外事活动` with no holder. Passes: `power 外事活动 of 副区长`, or `of 区政府` (an institution).
    """
    for power in model.powers.values():
        if power.holder is None:
            yield finding(
                "GS205",
                say("GS205", power=power.name),
                locations=(power.span,),
                citations=power.citations,
                witness={"power": power.name},
            )
