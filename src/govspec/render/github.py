"""Findings -> GitHub Actions workflow commands: one annotation line per finding, shown on the spec's lines in a
pull request."""

from __future__ import annotations

from collections.abc import Iterable

from govspec.catalogue import text
from govspec.diagnostics import Finding, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, lang: str = "en") -> str:
    fields = [f"title={_property(finding.code)}"]
    if finding.locations:
        where = finding.locations[0]
        fields = [f"file={_property(where.file)}", f"line={where.line}", f"col={where.column}", *fields]
        if where.end_line == where.line:
            fields.insert(3, f"endColumn={where.end_column}")
    message = text(finding.text, lang) + (f"\n{text(finding.help, lang)}" if finding.help else "")
    return f"::{COMMANDS[finding.severity]} {','.join(fields)}::{_data(message)}"


def render_github(findings: Iterable[Finding], lang: str = "en") -> str:
    return "".join(annotation(f, lang) + "\n" for f in findings)
