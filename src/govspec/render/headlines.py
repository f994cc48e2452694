"""Findings -> headlines: the findings that share a cause gathered under one line that says what to edit and where.

A finding with no cause of its own (most completeness and chain findings) is its own headline. Within a headline,
findings reporting one fact (a check and an assertion about the same power in the same absence) are folded into the
first of them, errors first. Headlines come errors first, then those carrying more findings, then by place.
Identities are free of places: a headline's `group` and a finding's `fingerprint` survive lines moving.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from govspec.catalogue import Listed, Say, listed, say, text, words
from govspec.diagnostics import Finding, Severity, Span

RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
SHOWN_POWERS = 5  # a help lists this many powers, then says how many more
PLACES = frozenset({"at", "line"})  # witness entries and message arguments that say where, not what


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
    help: Say | None
    spans: tuple[Span, ...]
    citations: tuple[str, ...]
    entries: tuple[Entry, ...]

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for entry in self.entries for f in (entry.finding, *entry.folded))


def _digest(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def _placeless(value: Any) -> Any:
    """A finding's words and witness without what says where: `at` entries and `line` arguments, at any depth."""
    if isinstance(value, Say):
        return Say(value.key, tuple((name, "" if name in PLACES else _placeless(arg)) for name, arg in value.args))
    if isinstance(value, Listed):
        return Listed(tuple(_placeless(item) for item in value.items), value.joint)
    if isinstance(value, Mapping):
        return {key: _placeless(item) for key, item in value.items() if key not in PLACES}
    if isinstance(value, list | tuple):
        return [_placeless(item) for item in value]
    return value


def _file(finding: Finding) -> str:
    return finding.locations[0].file if finding.locations else ""


def fingerprints(findings: Sequence[Finding]) -> list[str]:
    """Each finding's identity across edits elsewhere: its file, code, words, articles and witness, never a line
    number; findings saying the same thing in one file are told apart by their order."""
    seen: dict[str, int] = {}
    made = []
    for finding in findings:
        said = text(_placeless(finding.text), "en")
        witness = words(_placeless(finding.witness), "en")
        plain = _digest(_file(finding), finding.code, said, list(finding.citations), witness)
        seen[plain] = seen.get(plain, 0) + 1
        made.append(plain if seen[plain] == 1 else f"{plain}-{seen[plain]}")
    return made


def group_ids(findings: Sequence[Finding], prints: Sequence[str]) -> list[str]:
    """The identity of the headline each finding belongs to: its file and cause, or the finding itself."""
    return [
        _digest(_file(f), f.cause.kind, list(f.cause.subject)) if f.cause else printed
        for f, printed in zip(findings, prints, strict=True)
    ]


def _powers(findings: Iterable[Finding]) -> Listed:
    lacking = list(dict.fromkeys(f.cause.lacking for f in findings if f.cause and f.cause.lacking is not None))
    if len(lacking) > SHOWN_POWERS + 1:
        lacking = [*lacking[:SHOWN_POWERS], say("cause.more", count=len(lacking) - SHOWN_POWERS)]
    return Listed(tuple(lacking), "and")


def _entries(findings: list[Finding]) -> tuple[Entry, ...]:
    """Fold the findings of one fact into the first of them (errors, then check findings before assertions)."""
    ordered = sorted(findings, key=lambda f: (RANK[f.severity], f.code.startswith("GS35"), f.sort_key()))
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
    severity = min((f.severity for f in findings), key=RANK.__getitem__)
    first = min(findings, key=Finding.sort_key)
    cause = first.cause
    if cause is None:
        return Headline(group, severity, first.text, first.help, first.locations, first.citations, _entries(findings))
    arguments = dict(cause.words)
    entries = _entries(findings)
    in_order = [f for entry in entries for f in (entry.finding, *entry.folded)]
    return Headline(
        group,
        severity,
        say(f"cause.{cause.kind}", **arguments),
        say(f"cause.{cause.kind}.help", **arguments, powers=_powers(in_order)),
        cause.spans or first.locations[:1],
        cause.citations,
        entries,
    )


def headlines(findings: Sequence[Finding]) -> tuple[Headline, ...]:
    """The findings gathered by cause, most urgent first."""
    grouped: dict[str, list[Finding]] = {}
    for found, group in zip(findings, group_ids(findings, fingerprints(findings)), strict=True):
        grouped.setdefault(group, []).append(found)
    made = [_headline(group, members) for group, members in grouped.items()]
    nowhere = Span("", 0, 0, 0, 0)
    return tuple(
        sorted(made, key=lambda h: (RANK[h.severity], -len(h.findings), h.spans[0] if h.spans else nowhere, h.group))
    )


def codes(headline: Headline) -> Listed:
    """The codes a headline carries, with how many of each: "GS324 ×15, GS311 ×6"."""
    counted: dict[str, int] = {}
    for found in headline.findings:
        counted[found.code] = counted.get(found.code, 0) + 1
    return listed(say("report.code_count", code=code, count=n) for code, n in sorted(counted.items()))
