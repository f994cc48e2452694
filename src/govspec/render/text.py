"""Findings -> GNU-style text: `file:line:col: severity CODE message`, a caret under the spot, then the witness."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from govspec.diagnostics import Finding, Severity, Span

CONTEXT = 60
MAX_UNDERLINE = 40


def _excerpt(line_text: str, column: int, width: int) -> tuple[str, str]:
    """The source line (cut around the column when very long) and the caret line under it."""
    start = max(0, column - 1 - CONTEXT) if len(line_text) > 2 * CONTEXT else 0
    shown = line_text[start : start + 2 * CONTEXT] if start or len(line_text) > 2 * CONTEXT else line_text
    prefix = "…" if start else ""
    offset = column - 1 - start
    pad = "".join("\t" if ch == "\t" else ("　" if _wide(ch) else " ") for ch in shown[:offset])
    caret = "".join("^^" if _wide(ch) else "^" for ch in shown[offset : offset + max(1, width)]) or "^"
    return prefix + shown, (" " if prefix else "") + pad + caret


def _wide(ch: str) -> bool:
    """East Asian wide characters take two terminal columns; the caret must follow them."""
    import unicodedata

    return unicodedata.east_asian_width(ch) in ("W", "F")


def _underline_width(line_text: str, where: Span) -> int:
    """Underline the whole spot when it is short; a long or multi-line statement gets its first word underlined."""
    width = where.end_column - where.column if where.end_line == where.line else 0
    if 0 < width <= MAX_UNDERLINE:
        return width
    first_word = line_text[where.column - 1 :].split(maxsplit=1)
    return len(first_word[0]) if first_word else 1


def _witness_lines(witness: dict[str, Any]) -> Iterator[str]:
    for key, value in witness.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            yield f"    {key}:"
            for item in value:
                yield "      - " + ", ".join(f"{k}: {v}" for k, v in item.items())
        elif isinstance(value, list):
            yield f"    {key}: {', '.join(str(v) for v in value) if value else '(none)'}"
        else:
            yield f"    {key}: {value}"


def render_finding(finding: Finding, sources: dict[str, str]) -> Iterator[str]:
    where = finding.locations[0] if finding.locations else None
    place = f"{where.file}:{where.line}:{where.column}: " if where else ""
    yield f"{place}{finding.severity.value} {finding.code} {finding.message}"
    if where is not None and where.file in sources:
        lines = sources[where.file].split("\n")
        if 0 < where.line <= len(lines):
            width = _underline_width(lines[where.line - 1], where)
            text, caret = _excerpt(lines[where.line - 1], where.column, width)
            yield f"  {where.line:>4} | {text}"
            yield f"       | {caret}"
    if finding.help:
        yield f"    help: {finding.help}"
    for other in finding.locations[1:]:
        yield f"    see: {other.file}:{other.line}:{other.column}"
    if finding.citations:
        yield f"    articles: {'、'.join(finding.citations)}"
    yield from _witness_lines(finding.witness)


def render_text(findings: Iterable[Finding], sources: dict[str, str]) -> str:
    """All findings as text, followed by a one-line summary."""
    findings = list(findings)
    lines = [line for f in findings for line in render_finding(f, sources)]
    counts = {s: sum(f.severity is s for f in findings) for s in Severity}
    lines.append(
        f"{counts[Severity.ERROR]} error(s), {counts[Severity.WARNING]} warning(s), {counts[Severity.INFO]} note(s)"
    )
    return "\n".join(lines) + "\n"
