"""Findings -> headlines: the findings that share a cause gathered under one line that says what to edit and where.

A finding with no cause of its own (most completeness and chain findings) is its own headline. Within a headline,
findings reporting one fact (a check and an assertion about the same power in the same absence) are folded into the
first of them, errors first. Headlines come errors first, then those carrying more findings, then by place.
Identities are free of places: a headline's `group` and a finding's `fingerprint` survive lines moving.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from govspec.catalogue import Listed, Say, listed, say
from govspec.diagnostics import Finding, Severity, Span, citation_list
from govspec.identity import group_id, identified

SHOWN_POWERS = 5  # a help lists this many powers, then says how many more


@dataclass(frozen=True)
class Entry:
    """A finding under a headline, with the findings folded into it because they report the same fact."""

    finding: Finding
    folded: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Headline:
    """What is wrong, said once: where to edit, the articles, what to change, and the findings it explains."""

    group: str
    severity: Severity
    text: Say
    help: Say | Listed | None
    spans: tuple[Span, ...]
    citations: tuple[str, ...]
    entries: tuple[Entry, ...]

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for entry in self.entries for f in (entry.finding, *entry.folded))


def _powers(findings: Iterable[Finding]) -> Listed:
    """What the findings of a headline lack, each once: a finding lacking several (subjects nobody is in charge of)
    names each of them."""
    said = (f.cause.lacking for f in findings if f.cause and f.cause.lacking is not None)
    lacking = list(
        dict.fromkeys(item for each in said for item in (each.items if isinstance(each, Listed) else (each,)))
    )
    if len(lacking) > SHOWN_POWERS + 1:
        lacking = [*lacking[:SHOWN_POWERS], say("cause.more", count=len(lacking) - SHOWN_POWERS)]
    return Listed(tuple(lacking), "and")


def _entries(findings: list[Finding]) -> tuple[Entry, ...]:
    """Fold the findings of one fact into the first of them (errors, then check findings before assertions)."""
    ordered = sorted(findings, key=lambda f: (-f.severity.weight, f.code.startswith("GS35"), f.sort_key()))
    by_fact: dict[tuple[str, ...], list[Finding]] = {}
    alone: list[list[Finding]] = []
    for found in ordered:
        fact = found.cause.fact if found.cause else ()
        if fact:
            by_fact.setdefault(fact, []).append(found)
        else:
            alone.append([found])
    groups = sorted([*by_fact.values(), *alone], key=lambda g: g[0].sort_key())
    return tuple(Entry(group[0], tuple(group[1:])) for group in groups)


def _headline(group: str, findings: list[Finding]) -> Headline:
    severity = max((f.severity for f in findings), key=lambda s: s.weight)
    entries = _entries(findings)
    first = entries[0].finding
    if first.cause is None:
        return Headline(group, severity, first.text, first.help, first.locations, first.citations, entries)
    # One subject, one headline; what is wrong with it may differ from finding to finding (too few powers for some,
    # too few reasons for others): the headline says the commonest, and the help says what to do about each.
    by_kind: dict[str, list[Finding]] = {}
    for entry in entries:
        for found in (entry.finding, *entry.folded):
            by_kind.setdefault(found.cause.kind if found.cause else "", []).append(found)
    kinds = sorted(by_kind, key=lambda kind: (-len(by_kind[kind]), kind))
    words = {kind: dict(by_kind[kind][0].cause.words) for kind in kinds}  # type: ignore[union-attr]
    helps = [say(f"cause.{kind}.help", **words[kind], powers=_powers(by_kind[kind])) for kind in kinds]
    causes = [f.cause for f in findings if f.cause]
    return Headline(
        group,
        severity,
        say(f"cause.{kinds[0]}", **words[kinds[0]]),
        helps[0] if len(helps) == 1 else Listed(tuple(helps), "clauses"),
        tuple(sorted({span for cause in causes for span in cause.spans})) or first.locations[:1],
        citation_list(tuple(cause.citations for cause in causes)),
        entries,
    )


def headlines(findings: Sequence[Finding]) -> tuple[Headline, ...]:
    """The findings gathered by cause, most urgent first."""
    grouped: dict[str, list[Finding]] = {}
    for found in identified(findings):
        grouped.setdefault(group_id(found), []).append(found)
    made = [_headline(group, members) for group, members in grouped.items()]
    nowhere = Span("", 0, 0, 0, 0)
    return tuple(
        sorted(made, key=lambda h: (-h.severity.weight, -len(h.findings), h.spans[0] if h.spans else nowhere, h.group))
    )


def codes(headline: Headline) -> Listed:
    """The codes a headline carries, with how many of each: "GS324 ×15, GS311 ×6"."""
    counted = Counter(found.code for found in headline.findings)
    return listed(say("report.code_count", code=code, count=n) for code, n in sorted(counted.items()))
