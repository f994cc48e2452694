"""Syntax tree + article texts -> the spec beside its source: for each article, its words and the statements citing it.

A statement cites an article in its own citations or in those of any clause (a body's `列席 … @第四十三条`), and is
listed under every article it cites, in the order of the text; statements citing no article come last. An amendment's
rules hold statements of several files (the base's and the amendment's): each is quoted from its own file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from govspec.articles import CITATION, article_number
from govspec.syntax.tree import SpecTree, Statement


@dataclass(frozen=True)
class Quoted:
    """A statement as written: its file and first line number, its lines, and what it cites."""

    file: str
    line: int
    text: str
    citations: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    """An article (`第六条`; "" for statements citing none), its words when the source text is known, the statements
    citing it."""

    citation: str
    text: str | None
    statements: tuple[Quoted, ...]


def _citations(value: object) -> Iterator[str]:
    """Every citation a statement or any of its clauses carries."""
    if isinstance(value, Statement):
        yield from value.citations
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _citations(getattr(value, item.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _citations(item)


def article_of(citation: str) -> str | None:
    """The article a citation names (`第五十六条(一)` -> `第五十六条`), None for a reading or a foreign citation."""
    whole = CITATION.match(citation)
    return f"第{whole.group(1)}条" if whole else None


def article_order(citation: str) -> int:
    whole = CITATION.match(citation)
    return (article_number(whole.group(1)) or 0) if whole else 0


def beside(rules: SpecTree, sources: Mapping[str, str], texts: Mapping[str, str]) -> tuple[Article, ...]:
    """Every article the rules cite, in the text's order, with the statements citing it, each quoted from its file in
    `sources`; those citing none last."""
    lines = {file: source.split("\n") for file, source in sources.items()}
    cited: dict[str, list[Quoted]] = {}
    for statement in rules.statements:
        span = statement.span
        citations = tuple(dict.fromkeys(_citations(statement)))
        written = "\n".join(lines.get(span.file, [])[span.line - 1 : span.end_line])
        quoted = Quoted(span.file, span.line, written, citations)
        articles = dict.fromkeys(a for a in map(article_of, citations) if a) or {"": None}
        for article in articles:
            cited.setdefault(article, []).append(quoted)
    ordered = sorted(cited, key=lambda a: (a == "", article_order(a)))
    return tuple(Article(a, texts.get(a) if a else None, tuple(cited[a])) for a in ordered)


def uncited(texts: Mapping[str, str], articles: tuple[Article, ...]) -> tuple[str, ...]:
    """The articles of the text that no statement cites, in the text's order."""
    seen = {a.citation for a in articles}
    return tuple(c for c in texts if article_of(c) == c and c not in seen)
