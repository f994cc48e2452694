"""Findings -> GNU-style text: `file:line:col: severity CODE message`, a caret under the spot, then the witness."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from govspec.catalogue import label, say, text, words
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


def _witness_lines(witness: dict[str, Any], lang: str) -> Iterator[str]:
    colon = ": " if lang == "en" else "："
    between = ", " if lang == "en" else "、"
    for key, value in words(witness, lang).items():
        name = label(key, lang)
        if isinstance(value, list) and value and isinstance(value[0], dict):
            yield f"    {name}{colon.rstrip()}"
            for item in value:
                yield "      - " + between.join(f"{label(k, lang)}{colon}{v}" for k, v in item.items())
        elif isinstance(value, list):
            yield f"    {name}{colon}{between.join(str(v) for v in value) if value else text(say('report.none'), lang)}"
        else:
            yield f"    {name}{colon}{value}"


def render_finding(finding: Finding, sources: dict[str, str], lang: str = "en") -> Iterator[str]:
    where = finding.locations[0] if finding.locations else None
    place = f"{where.file}:{where.line}:{where.column}: " if where else ""
    severity = text(say(f"report.{finding.severity.value}"), lang)
    yield f"{place}{severity} {finding.code} {text(finding.text, lang)}"
    if where is not None and where.file in sources:
        lines = sources[where.file].split("\n")
        if 0 < where.line <= len(lines):
            width = _underline_width(lines[where.line - 1], where)
            shown, caret = _excerpt(lines[where.line - 1], where.column, width)
            yield f"  {where.line:>4} | {shown}"
            yield f"       | {caret}"
    colon = ": " if lang == "en" else "："
    if finding.help:
        yield f"    {text(say('report.help'), lang)}{colon}{text(finding.help, lang)}"
    for other in finding.locations[1:]:
        yield f"    {text(say('report.see'), lang)}{colon}{other.file}:{other.line}:{other.column}"
    if finding.citations:
        yield f"    {text(say('report.articles'), lang)}{colon}{'、'.join(finding.citations)}"
    yield from _witness_lines(finding.witness, lang)


def render_text(findings: Iterable[Finding], sources: dict[str, str], lang: str = "en") -> str:
    """All findings as text, followed by a one-line summary."""
    findings = list(findings)
    lines = [line for f in findings for line in render_finding(f, sources, lang)]
    counts = {s.value + "s": sum(f.severity is s for f in findings) for s in Severity}
    lines.append(text(say("report.counts", **counts), lang))
    return "\n".join(lines) + "\n"
