"""A semantic diff -> its sections in catalogue words (a heading and its lines, each line with lines under it), laid
out by diff_text as text or Markdown. Nothing here picks a language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from govspec.catalogue import TEXTS, Listed, Say, listed, say
from govspec.delta.diff import Diff
from govspec.diagnostics import Finding, Property
from govspec.logic.compare import PowerChange, Shift, Witness
from govspec.logic.powers import describe_power
from govspec.render.headlines import codes, headlines


@dataclass(frozen=True)
class Line:
    said: Say
    under: tuple[Say, ...] = ()


@dataclass(frozen=True)
class Section:
    heading: Say
    lines: tuple[Line, ...]


def _who(offices: Sequence[str]) -> Listed | Say:
    return listed(offices) if offices else say("diff.no_one")


def _absent(witness: Witness) -> Any:
    return listed(witness.words.get("absent", ()))


def _shift_lines(shift: Shift) -> tuple[Say, ...]:
    if shift.unknown:
        return (say("diff.undecided", actor=shift.actor),)
    reading = say("diff.reading") if shift.reading else ""
    found = []
    for key, witness in (("diff.gained", shift.gained), ("diff.lost", shift.lost)):
        if witness is not None:
            said = say(
                key,
                actor=shift.actor,
                absent=_absent(witness),
                before=_who(witness.before),
                after=_who(witness.after),
                reading=reading,
            )
            found.append(said)
    return tuple(found)


def _power_line(change: PowerChange) -> Line:
    relation = say(f"diff.relation.{change.relation}")
    could = say("diff.could", before=_who(change.before), after=_who(change.after))
    under = (could, *(line for shift in change.shifts for line in _shift_lines(shift)))
    return Line(say("diff.power", power=describe_power(change.power), relation=relation), under)


def _graph(name: str) -> Say:
    if name.startswith("escalation:"):
        return say("diff.graph.escalation", matter=name.split(":", 1)[1])
    return say(f"diff.graph.{name}")


def _witness(prop: Property | None) -> Listed | str:
    if prop is None or not prop.witness:
        return ""
    pairs = (say("diff.pair", label=_key(key), value=_value(value)) for key, value in prop.witness.items())
    return Listed(tuple(pairs), "clauses")


def _key(key: str) -> Say | str:
    return say(f"witness.{key}") if f"witness.{key}" in TEXTS else key


def _value(value: Any) -> Any:
    return listed(value) if isinstance(value, list | tuple) else value


def _verdict(prop: Property | None) -> Say:
    return say(f"diff.verdict.{prop.verdict if prop else 'absent'}")


def _headline_lines(findings: tuple[Finding, ...], key: str) -> tuple[Line, ...]:
    return tuple(Line(say(key, text=h.text, codes=codes(h))) for h in headlines(findings))


def sections(diff: Diff) -> tuple[Section, ...]:
    """The diff's sections, empty ones left out; none at all when nothing changed."""
    found: list[Section] = []
    if diff.powers:
        found.append(Section(say("diff.powers"), tuple(_power_line(c) for c in diff.powers)))
    if diff.quorum:
        flips = tuple(
            Line(say("diff.flip.lost" if f.before else "diff.flip.gained", body=f.body, due=f.due, present=f.present))
            for f in diff.quorum
        )
        found.append(Section(say("diff.quorum"), flips))
    introduced, fixed = diff.chain_findings
    if diff.edges or introduced or fixed:
        edges = tuple(
            Line(
                say(
                    "diff.edge.added" if e.added else "diff.edge.removed",
                    graph=_graph(e.graph),
                    source=e.source,
                    target=e.target,
                )
            )
            for e in diff.edges
        )
        loops = (*_headline_lines(introduced, "diff.finding.new"), *_headline_lines(fixed, "diff.finding.fixed"))
        found.append(Section(say("diff.chains"), edges + loops))
    if diff.proofs:
        proofs = []
        for change in diff.proofs:
            statement = (change.after or change.before).statement  # type: ignore[union-attr]
            head = say("diff.proof", statement=statement, before=_verdict(change.before), after=_verdict(change.after))
            under = [
                say(key, witness=_witness(prop))
                for key, prop in (("diff.witness.before", change.before), ("diff.witness.after", change.after))
                if prop is not None and prop.witness
            ]
            proofs.append(Line(head, tuple(under)))
        found.append(Section(say("diff.proofs"), tuple(proofs)))
    if diff.new_findings or diff.fixed_findings:
        heading = say(
            "diff.findings",
            new=len(diff.new_findings),
            fixed=len(diff.fixed_findings),
            same=diff.unchanged_findings,
        )
        lines = (
            *_headline_lines(diff.new_findings, "diff.finding.new"),
            *_headline_lines(diff.fixed_findings, "diff.finding.fixed"),
        )
        found.append(Section(heading, lines))
    if diff.entries:
        entries = tuple(
            Line(say(f"diff.entry.{e.change}", table=say(f"diff.table.{e.table}"), name=e.name)) for e in diff.entries
        )
        found.append(Section(say("diff.entries"), entries))
    return tuple(found)
