"""Findings -> GNU-style text: `file:line:col: severity CODE message`, a caret under the spot, then the witness."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

from govspec.catalogue import Listed, Say, label, listed, say, text, words
from govspec.diagnostics import Finding, Severity, Span, Tally
from govspec.render.headlines import Headline, codes, headlines

CONTEXT = 60
MAX_UNDERLINE = 40
COLON = {"en": ": ", "zh": "："}
LONG_LIST = 100  # a witness list longer than this many characters is shown one item per line


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
    colon = COLON[lang]
    for key, value in words(witness, lang).items():
        name = label(key, lang)
        if isinstance(value, list) and value and isinstance(value[0], dict):
            yield f"    {name}{colon.rstrip()}"
            for item in value:
                yield "      - " + text([f"{label(k, lang)}{colon}{v}" for k, v in item.items()], lang)
        elif isinstance(value, list) and sum(len(str(v)) for v in value) > LONG_LIST:
            yield f"    {name}{colon.rstrip()}"
            for item in value:
                yield f"      - {item}"
        elif isinstance(value, list):
            yield f"    {name}{colon}{text(value or say('report.none'), lang)}"
        else:
            yield f"    {name}{colon}{value}"


def _source_lines(where: Span | None, sources: dict[str, str]) -> Iterator[str]:
    """The source line at a place, and a caret under it."""
    if where is None or where.file not in sources:
        return
    lines = _lines(sources[where.file])
    if 0 < where.line <= len(lines):
        line_text = lines[where.line - 1]
        shown, caret = _excerpt(line_text, where.column, _underline_width(line_text, where))
        yield f"  {where.line:>4} | {shown}"
        yield f"       | {caret}"


@functools.lru_cache(maxsize=16)
def _lines(source: str) -> tuple[str, ...]:
    """A source's lines, split once however many findings show them (a string caches its own hash)."""
    return tuple(source.split("\n"))


def _opening(
    spans: tuple[Span, ...], severity: Severity, said: str, sources: dict[str, str], lang: str
) -> Iterator[str]:
    """`file:line:col: severity what`, then the source line with a caret under the spot."""
    where = spans[0] if spans else None
    place = f"{where.file}:{where.line}:{where.column}: " if where else ""
    yield f"{place}{text(say(f'report.{severity.value}'), lang)} {said}"
    yield from _source_lines(where, sources)


def _details(
    advice: Say | Listed | None, spans: tuple[Span, ...], citations: tuple[str, ...], lang: str
) -> Iterator[str]:
    """What to change, the other places involved, and the articles."""
    colon = COLON[lang]
    if advice:
        yield f"    {text(say('report.help'), lang)}{colon}{text(advice, lang)}"
    for other in spans[1:]:
        yield f"    {text(say('report.see'), lang)}{colon}{other.file}:{other.line}:{other.column}"
    if citations:
        yield f"    {text(say('report.articles'), lang)}{colon}{'、'.join(citations)}"


def render_finding(finding: Finding, sources: dict[str, str], lang: str = "en") -> Iterator[str]:
    said = f"{finding.code} {text(finding.text, lang)}"
    yield from _opening(finding.locations, finding.severity, said, sources, lang)
    yield from _details(finding.help, finding.locations, finding.citations, lang)
    yield from _witness_lines(finding.witness, lang)


def _text(lines: list[str]) -> str:
    """The lines as text ending with a newline, joined once: a report of a large spec runs to many megabytes, and
    adding the newline after joining would copy it whole."""
    lines.append("")
    return "\n".join(lines)


def _counts(findings: list[Finding]) -> Say:
    return say("report.counts", **{s.value + "s": sum(f.severity is s for f in findings) for s in Severity})


def render_text(findings: Iterable[Finding], sources: dict[str, str], lang: str = "en") -> str:
    """All findings as text, one after another, followed by a one-line summary."""
    findings = list(findings)
    lines = [line for f in findings for line in render_finding(f, sources, lang)]
    lines.append(text(_counts(findings), lang))
    return _text(lines)


def _summary(
    findings: list[Finding], files: Iterable[str], tallies: dict[str, Tally], shown: int, lang: str
) -> Iterator[str]:
    files = sorted({*files, *tallies, *(f.locations[0].file for f in findings if f.locations)})
    yield text(say("report.summary", files=listed(files), counts=_counts(findings), headlines=shown), lang)
    for file, tally in sorted(tallies.items()):
        proved = say("report.proofs", **{k: tally.count(k) for k in ("holds", "fails", "hinges", "unknown")})
        depth = say("report.depth", depth=tally.depth)
        yield text(say("report.tally", file=file, proofs=proved, depth=depth), lang)


def _headline_lines(
    number: int, headline: Headline, sources: dict[str, str], verbose: bool, lang: str
) -> Iterator[str]:
    if len(headline.findings) == 1 and headline.findings[0].cause is None:
        finding_lines = list(render_finding(headline.findings[0], sources, lang))
        yield f"[{number}] {finding_lines[0]}"
        yield from finding_lines[1:]
        return
    opening = list(_opening(headline.spans, headline.severity, text(headline.text, lang), sources, lang))
    yield f"[{number}] {opening[0]}"
    yield from opening[1:]
    yield from _details(headline.help, headline.spans, headline.citations, lang)
    folded = sum(len(entry.folded) for entry in headline.entries)
    carried = say("report.carried", count=len(headline.findings), codes=codes(headline))
    yield f"    {text(carried, lang)}" + (text(say("report.folded", count=folded), lang) if folded else "")
    if verbose:
        for entry in headline.entries:
            for line in render_finding(entry.finding, sources, lang):
                yield "      " + line
            same = text(say("report.same_fact"), lang)
            for also in entry.folded:
                where = also.locations[0] if also.locations else None
                place = f" {where.file}:{where.line}" if where else ""
                yield f"          {same}{COLON[lang]}{also.code}{place} {text(also.text, lang)}"


def render_report(
    findings: Iterable[Finding],
    sources: dict[str, str],
    tallies: dict[str, Tally],
    lang: str = "en",
    *,
    verbose: bool = False,
    summary_only: bool = False,
) -> str:
    """The report a drafter reads on the specs in `sources`: the summary first, then one headline per cause, most
    urgent first; `verbose` nests every finding under its headline."""
    findings = list(findings)
    grouped = headlines(findings)
    lines = list(_summary(findings, sources, tallies, len(grouped), lang))
    if not summary_only:
        for number, headline in enumerate(grouped, 1):
            lines.append("")
            lines.extend(_headline_lines(number, headline, sources, verbose, lang))
        if not verbose and any(len(h.findings) > 1 for h in grouped):
            lines += ["", text(say("report.verbose_hint"), lang)]
    return _text(lines)
