"""Findings -> JSON: the stable machine-readable form (key names are part of the contract)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from govspec.catalogue import text, words
from govspec.diagnostics import Finding, Severity


def finding_dict(finding: Finding, lang: str = "en") -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": text(finding.text, lang),
        "citations": list(finding.citations),
        "locations": [
            {"file": s.file, "line": s.line, "column": s.column, "end_line": s.end_line, "end_column": s.end_column}
            for s in finding.locations
        ],
        "witness": words(finding.witness, lang),
        "help": text(finding.help, lang) if finding.help else "",
    }


def render_json(findings: Iterable[Finding], files: Iterable[str], lang: str = "en") -> str:
    findings = list(findings)
    summary = {
        "files": sorted(files),
        "errors": sum(f.severity is Severity.ERROR for f in findings),
        "warnings": sum(f.severity is Severity.WARNING for f in findings),
        "infos": sum(f.severity is Severity.INFO for f in findings),
    }
    return (
        json.dumps(
            {"findings": [finding_dict(f, lang) for f in findings], "summary": summary}, ensure_ascii=False, indent=2
        )
        + "\n"
    )
