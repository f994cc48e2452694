"""Statements built as the parser completes them are the statements built from the whole parse tree.

`parse` builds each statement as soon as the parser has it, so that a large text never holds its whole parse tree;
the reference here parses the whole text first and builds from that tree. The two must give equal statements and
equal comments for every spec and fixture, and for texts made of their lines in random order (hypothesis).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lark import UnexpectedInput

from govspec.diagnostics import UnreadableInput
from govspec.syntax import parser
from govspec.syntax.build import SyntaxBuilder
from govspec.syntax.parser import lark_parser, parse
from govspec.syntax.tree import SpecTree

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted(p for folder in ("spec", "tests") for p in (ROOT / folder).rglob("*.gov"))
LINES = [line for line in (ROOT / "spec" / "penglai.gov").read_text(encoding="utf-8").split("\n") if line.strip()]


def whole_tree_first(text: str) -> SpecTree | None:
    """The statements built from the whole parse tree, and the comments the lexer saw; None when it does not parse."""
    parser._comments.clear()
    try:
        tree = lark_parser().parse(text)
    except UnexpectedInput:
        return None
    finally:
        comments = tuple(parser._comments)
        parser._comments.clear()
    return SpecTree("f.gov", SyntaxBuilder("f.gov").transform(tree), comments)


def agree(text: str) -> bool:
    """Both ways give the same tree; False when the text does not parse (nothing to compare)."""
    reference = whole_tree_first(text)
    if reference is None or not reference.statements:
        return False
    parsed = parse(text, "f.gov")
    assert parsed == reference
    assert parsed.comments == reference.comments
    return True


@pytest.mark.parametrize("path", SPECS, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_spec_and_fixture_builds_alike(path: Path) -> None:
    agree(path.read_text(encoding="utf-8"))


def test_the_flagship_spec_is_compared_at_all() -> None:
    assert agree((ROOT / "spec" / "penglai.gov").read_text(encoding="utf-8"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=40))
def test_lines_in_any_order_build_alike(lines: list[str]) -> None:
    """Lines of the flagship spec shuffled and repeated: blocks cut open, statements out of place, comments anywhere;
    wherever the text parses, both ways agree, and where it does not, `parse` reports it."""
    text = "\n".join(lines) + "\n"
    if not agree(text):
        with pytest.raises(UnreadableInput):
            parse(text, "f.gov")
