"""Findings -> SARIF 2.1.0, the format code-scanning services read: one rule per check code, one result per
finding, with its place, its articles and witness as properties, and its fingerprint as a partial fingerprint."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from govspec.catalogue import say, text, words
from govspec.checks import CHECKS
from govspec.diagnostics import Finding, Severity, Span
from govspec.identity import group_id, identified
from govspec.pipeline import STDIN_NAME
from govspec.version import VERSION

SCHEMA = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT = "govspec/v1"


def _uri(file: str) -> str:
    """A file name as a URI reference: standard input has none, and spaces and Chinese are percent-encoded."""
    return "stdin" if file == STDIN_NAME else quote(file.replace("\\", "/"), errors="surrogateescape")


def _location(span: Span) -> dict[str, Any]:
    region = {"startLine": span.line, "startColumn": span.column}
    if span.end_line >= span.line and span.end_column > 0:
        region |= {"endLine": span.end_line, "endColumn": span.end_column}
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(span.file)}, "region": region}}


def _rule(code: str, lang: str) -> dict[str, Any]:
    check = CHECKS.get(code)
    if check is None:
        summary = text(say("report.reading_rule"), lang)
        return {"id": code, "shortDescription": {"text": summary}, "defaultConfiguration": {"level": "error"}}
    described = (check.run.__doc__ or check.summary).strip()
    return {
        "id": code,
        "name": check.name,
        "shortDescription": {"text": check.summary},
        "fullDescription": {"text": described},
        "help": {"text": described},
        "defaultConfiguration": {"level": LEVELS[check.severity]},
    }


def _result(finding: Finding, index: int, lang: str) -> dict[str, Any]:
    said = text(finding.text, lang)
    message = f"{said} ({text(finding.help, lang)})" if finding.help else said
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [_location(s) for s in finding.locations[:1]],
        "partialFingerprints": {FINGERPRINT: finding.fingerprint},
        "properties": {
            "citations": list(finding.citations),
            "witness": words(finding.witness, lang),
            "group": group_id(finding),
        },
    }
    related = [*finding.locations[1:], *(finding.cause.spans if finding.cause else ())]
    if related:
        result["relatedLocations"] = [{"id": n, **_location(s)} for n, s in enumerate(dict.fromkeys(related))]
    return result


def render_sarif(findings: Iterable[Finding], lang: str = "en") -> str:
    findings = identified(list(findings))
    codes = sorted({*CHECKS, *(f.code for f in findings)})
    index = {code: n for n, code in enumerate(codes)}
    run = {
        "tool": {
            "driver": {
                "name": "govspec",
                "version": VERSION,
                "informationUri": "https://github.com/govspec/govspec",
                "rules": [_rule(code, lang) for code in codes],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.code], lang) for f in findings],
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2) + "\n"
