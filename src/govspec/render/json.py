"""Findings -> JSON: the stable machine-readable form (key names are part of the contract).

Each finding keeps its keys and adds `cause` (the statements to edit), `group` (the headline it belongs to) and
`fingerprint` (its identity across edits elsewhere); `headlines` gathers them as the text report does, and
`summary` adds, per file, how the properties came out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from govspec.catalogue import text, words
from govspec.diagnostics import Finding, Severity, Span, Tally
from govspec.identity import group_id, identified
from govspec.render.headlines import Headline, headlines


def span_dict(span: Span) -> dict[str, Any]:
    return {
        "file": span.file,
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
    }


def finding_dict(finding: Finding, lang: str = "en") -> dict[str, Any]:
    cause = finding.cause
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": text(finding.text, lang),
        "citations": list(finding.citations),
        "locations": [span_dict(s) for s in finding.locations],
        "witness": words(finding.witness, lang),
        "help": text(finding.help, lang) if finding.help else "",
        "cause": [span_dict(s) for s in (cause.spans if cause else finding.locations[:1])],
        "group": group_id(finding),
        "fingerprint": finding.fingerprint,
    }


def _headline_dict(headline: Headline, lang: str) -> dict[str, Any]:
    return {
        "group": headline.group,
        "severity": headline.severity.value,
        "message": text(headline.text, lang),
        "help": text(headline.help, lang) if headline.help else "",
        "locations": [span_dict(s) for s in headline.spans],
        "citations": list(headline.citations),
        "findings": [entry.finding.fingerprint for entry in headline.entries],
        "folded": [f.fingerprint for entry in headline.entries for f in entry.folded],
    }


def _tally_dict(tally: Tally) -> dict[str, int]:
    counts = {verdict: tally.count(verdict) for verdict in ("holds", "fails", "hinges", "unknown")}
    return {**counts, "absence_depth": tally.depth}


def render_json(
    findings: Iterable[Finding], files: Iterable[str], lang: str = "en", tallies: dict[str, Tally] | None = None
) -> str:
    findings = list(identified(list(findings)))
    summary: dict[str, Any] = {
        "files": sorted(files),
        "errors": sum(f.severity is Severity.ERROR for f in findings),
        "warnings": sum(f.severity is Severity.WARNING for f in findings),
        "infos": sum(f.severity is Severity.INFO for f in findings),
        "properties": {file: _tally_dict(tally) for file, tally in sorted((tallies or {}).items())},
    }
    report = {
        "findings": [finding_dict(f, lang) for f in findings],
        "headlines": [_headline_dict(h, lang) for h in headlines(findings)],
        "summary": summary,
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
