"""The committed specs: canonical layout, resolving cleanly, and the flagship covering every family of the catalog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from govspec.pipeline import load_file
from govspec.syntax.printer import format_spec

SPECS = sorted((ROOT / "spec").rglob("*.gov"))

# The rules catalog's families and the articles each names as checkable (F12 is mostly qualitative).
CATALOG = {
    "F1 offices and structure": {"第六条", "第七条", "第八条", "第九条"},
    "F2 standing in": {"第六条", "第七条"},
    "F3 meeting bodies": {"第四十条", "第四十一条", "第四十二条", "第四十三条", "第四十四条"},
    "F4 decision routing": {"第二十三条", "第二十四条", "第二十五条", "第二十六条", "第四十五条", "第四十六条"},
    "F5 escalation": {"第四十六条", "第五十三条", "第六十五条"},
    "F6 leave approval": {"第四十七条", "第六十九条"},
    "F7 document routing": {"第五十一条", "第五十三条", "第五十五条"},
    "F8 signing authority": {"第四十八条", *(f"第五十六条({item})" for item in "一二三四五六七")},
    "F9 single documents": {"第十九条", "第五十二条", "第五十四条"},
    "F10 separation": {"第九条", "第四十五条"},
    "F11 numbers and time": {
        "第二十二条", "第四十一条", "第四十二条", "第五十条", "第六十九条", "第七十七条", "第七十八条",
    },
}  # fmt: skip


def cited_articles(path: Path) -> set[str]:
    """Every citation in a spec, with and without its sub-item (第五十六条(六) also counts as 第五十六条)."""
    tree = load_file(path).tree
    assert tree is not None
    found: set[str] = set()
    for statement in tree.statements:
        parts = [statement, *getattr(statement, "clauses", ()), *getattr(statement, "routing", ())]
        for citation in (c for part in parts for c in part.citations):
            found |= {citation, re.sub(r"\(.*\)$", "", citation)}
    return found


def test_there_is_a_flagship_and_two_other_organisations() -> None:
    names = [p.relative_to(ROOT / "spec").as_posix() for p in SPECS]
    assert "penglai.gov" in names
    assert len([n for n in names if n.startswith("examples/")]) >= 2


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
def test_spec_is_in_canonical_form_and_fmt_is_idempotent(path: Path) -> None:
    outcome = load_file(path)
    assert outcome.tree is not None
    formatted = format_spec(outcome.tree)
    assert formatted == outcome.text, f"run `govspec fmt {path}`"
    again = load_file(path).tree
    assert again is not None and format_spec(again) == formatted


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
def test_spec_resolves_without_errors(path: Path) -> None:
    outcome = load_file(path)
    assert outcome.model is not None, [f.message for f in outcome.findings]


@pytest.mark.parametrize("family", sorted(CATALOG))
def test_flagship_cites_every_catalog_article_of_each_family(family: str) -> None:
    missing = CATALOG[family] - cited_articles(ROOT / "spec" / "penglai.gov")
    assert not missing, f"{family}: spec/penglai.gov cites none of {sorted(missing)}"


def test_examples_use_english_keywords() -> None:
    for path in SPECS:
        if "examples" in path.parts:
            tree = load_file(path).tree
            assert tree is not None and all(s.lang == "en" for s in tree.statements)


@pytest.mark.parametrize("path", sorted((ROOT / "spec" / "law").glob("*.gov")), ids=lambda p: p.name)
def test_every_statement_of_a_law_cites_an_article(path: Path) -> None:
    """A law is encoded article by article: every statement and clause names the article it comes from (a reading
    alone is not a source)."""
    tree = load_file(path).tree
    assert tree is not None
    parts = [
        part
        for statement in tree.statements
        for part in (statement, *getattr(statement, "clauses", ()), *getattr(statement, "routing", ()))
    ]
    uncited = [part for part in parts if not any(c.startswith("第") for c in part.citations)]
    assert [(type(p).__name__, p.span.line) for p in uncited if type(p).__name__ != "Header"] == []
