"""Findings, the spec, its source text and the diagrams -> one self-contained HTML page, to read in a browser.

The page needs nothing from the network: its style is inline and the diagrams are SVG elements in the page. It holds
the summary (how the properties came out, at which absence depth), the headlines grouped by the article they cite
first, each with its findings and witnesses, each statement of the spec beside the article it cites, and every
diagram, the failing ones framed in red with their findings drawn on them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from html import escape
from typing import Any

from govspec.catalogue import Words, label, listed, say, words
from govspec.diagnostics import Finding, Severity, Tally
from govspec.render.citing import Article, article_of, article_order, uncited
from govspec.render.figures import Figure
from govspec.render.headlines import Headline, codes, headlines
from govspec.render.html_style import STYLE

VERDICTS = ("holds", "fails", "hinges", "unknown")
OPEN_ENTRIES = 5  # a headline shows its findings unfolded up to this many; more are one click away


def _summary(findings: Sequence[Finding], tally: Tally | None, shown: int, w: Words) -> Iterator[str]:
    counts = {s.value + "s": sum(f.severity is s for f in findings) for s in Severity}
    yield f'<section id="summary"><h2>{w("html.summary")}</h2>'
    yield f'<p class="counts">{w("report.counts", **counts)} · {w("html.headlines", count=shown)}</p>'
    if tally is not None:
        yield '<table class="verdicts"><tr>'
        yield "".join(f'<th class="{v}">{w(f"html.{v}")}</th>' for v in VERDICTS) + "</tr><tr>"
        yield "".join(f'<td class="{v}">{tally.count(v)}</td>' for v in VERDICTS) + "</tr></table>"
        yield f'<p class="depth">{w("report.depth", depth=tally.depth)}</p>'
    yield "</section>"


def _witness(witness: Mapping[str, Any], w: Words) -> Iterator[str]:
    if not witness:
        return
    yield '<dl class="witness">'
    for key, value in words(witness, w.lang).items():
        yield f"<dt>{escape(label(key, w.lang))}</dt>"
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, dict):
                entries = [say("html.entry", label=label(k, w.lang), value=v) for k, v in item.items()]
                yield f"<dd>{w.of(listed(entries))}</dd>"
            else:
                yield f"<dd>{escape(str(item))}</dd>"
    yield "</dl>"


def _finding(finding: Finding, w: Words) -> Iterator[str]:
    place = finding.locations[0] if finding.locations else None
    where = f' <span class="place">{escape(place.file)}:{place.line}</span>' if place else ""
    yield f'<li class="finding {finding.severity.value}"><span class="code">{finding.code}</span> '
    yield f"{w.of(finding.text)}{where}"
    if finding.citations:
        yield f' <span class="articles">{w.of(listed(finding.citations))}</span>'
    yield from _witness(finding.witness, w)
    yield "</li>"


def _headline(number: int, headline: Headline, sources: Mapping[str, str], w: Words) -> Iterator[str]:
    severity = headline.severity.value
    yield f'<article class="headline {severity}" id="h{number}">'
    yield f'<h4><span class="badge {severity}">{w(f"report.{severity}")}</span> [{number}] {w.of(headline.text)}</h4>'
    place = headline.spans[0] if headline.spans else None
    if place and place.file in sources:
        lines = sources[place.file].split("\n")
        quoted = lines[place.line - 1] if 0 < place.line <= len(lines) else ""
        yield f'<pre class="source"><span class="place">{escape(place.file)}:{place.line}</span> {escape(quoted)}</pre>'
    if headline.help:
        yield f'<p class="help"><b>{w("html.label", label=say("report.help"))}</b> {w.of(headline.help)}</p>'
    if headline.citations:
        articles = w("html.label", label=say("report.articles"))
        yield f'<p class="articles"><b>{articles}</b> {w.of(listed(headline.citations))}</p>'
    carried = say("report.carried", count=len(headline.findings), codes=codes(headline))
    opened = " open" if len(headline.entries) <= OPEN_ENTRIES else ""
    yield f'<details{opened}><summary>{w.of(carried)}</summary><ul class="findings">'
    for entry in headline.entries:
        yield from _finding(entry.finding, w)
    yield "</ul></details></article>"


def _by_article(grouped: Sequence[Headline]) -> dict[str, list[tuple[int, Headline]]]:
    """Headlines under the first article each cites (an item under its article), in the text's order; those citing
    no article last."""
    by: dict[str, list[tuple[int, Headline]]] = {}
    for number, headline in enumerate(grouped, 1):
        first = next((a for a in map(article_of, headline.citations) if a), "")
        by.setdefault(first, []).append((number, headline))
    return {a: by[a] for a in sorted(by, key=lambda a: (a == "", article_order(a), a))}


def _findings(grouped: Sequence[Headline], sources: Mapping[str, str], w: Words) -> Iterator[str]:
    yield f'<section id="findings"><h2>{w("html.findings")}</h2>'
    for article, numbered in _by_article(grouped).items():
        yield f'<section class="article"><h3>{escape(article) or w("html.no_article")}</h3>'
        for number, headline in numbered:
            yield from _headline(number, headline, sources, w)
        yield "</section>"
    yield "</section>"


def _beside(articles: Sequence[Article], texts: Mapping[str, str], source_name: str | None, w: Words) -> Iterator[str]:
    yield f'<section id="beside"><h2>{w("html.beside")}</h2>'
    note = w("html.source_from", file=source_name) if source_name else w("html.source_missing")
    yield f'<p class="note">{note}</p><table class="beside">'
    several = len({quoted.file for article in articles for quoted in article.statements}) > 1
    for article in articles:
        words_of = escape(article.text) if article.text else w("html.text_missing")
        heading = escape(article.citation) or w("html.no_article")
        yield f'<tr><td class="text"><b>{heading}</b><div class="words">{words_of}</div></td><td class="spec">'
        for quoted in article.statements:
            place = f"{quoted.file}:{quoted.line}" if several else str(quoted.line)
            yield f'<pre><span class="line">{escape(place)}</span> {escape(quoted.text)}</pre>'
        yield "</td></tr>"
    yield "</table>"
    left = uncited(texts, tuple(articles))
    if left:
        yield f'<p class="note">{w("html.uncited", articles=listed(left))}</p>'
    yield "</section>"


def _ids(svg: str, prefix: str) -> str:
    """Graphviz numbers its elements from one in every SVG: prefixed, several in one page keep ids unique."""
    return re.sub(r'\bid="', f'id="{prefix}-', svg)


def _figures(figures: Sequence[Figure], w: Words) -> Iterator[str]:
    yield f'<section id="diagrams"><h2>{w("html.diagrams")}</h2>'
    for figure in figures:
        state = "failing" if figure.findings else "holding"
        yield f'<figure class="diagram {state}" id="diagram-{figure.kind}" data-kind="{figure.kind}">'
        state_said = (
            say("html.diagram_failing", count=len(figure.findings)) if figure.findings else say("html.diagram_holds")
        )
        yield f"<figcaption>{w('html.caption', title=figure.title, state=state_said)}</figcaption>"
        yield _ids(figure.svg, figure.kind) if figure.svg else f'<p class="note">{w("html.no_graphviz")}</p>'
        yield "</figure>"
    yield "</section>"


def render_html(
    file: str,
    title: str | None,
    sources: Mapping[str, str],
    findings: Sequence[Finding],
    tally: Tally | None,
    beside: Sequence[Article],
    texts: Mapping[str, str],
    source_name: str | None,
    figures: Sequence[Figure],
    lang: str = "en",
) -> str:
    """The whole report page on one spec."""
    w = Words(lang, escape)
    grouped = headlines(findings)
    heading = w("html.title", title=title or file)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{heading}</title><style>{STYLE}</style></head><body>",
        f'<header><h1>{heading}</h1><p class="file">{escape(file)}</p></header>',
        '<nav><a href="#summary">' + w("html.summary") + '</a> <a href="#findings">' + w("html.findings"),
        '</a> <a href="#diagrams">' + w("html.diagrams") + '</a> <a href="#beside">' + w("html.beside") + "</a></nav>",
        *_summary(findings, tally, len(grouped), w),
        *_findings(grouped, sources, w),
        *_figures(figures, w),
        *_beside(beside, texts, source_name, w),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"
