"""The syntax-error table: each malformed example yields its friendly message; keyword tables match the grammar."""

from __future__ import annotations

import re

import pytest

from govspec.catalogue import say, text
from govspec.diagnostics import UnreadableInput
from govspec.syntax.keywords import KEYWORDS, ONE_LANGUAGE, SPELLINGS
from govspec.syntax.messages import SYNTAX_MESSAGES
from govspec.syntax.parser import lark_parser, parse

EXAMPLES = [
    (entry.code, text(say(entry.code), "en"), example) for entry in SYNTAX_MESSAGES for example in entry.examples
]


@pytest.mark.parametrize(("code", "message", "example"), EXAMPLES, ids=[f"{c}:{e}" for c, _, e in EXAMPLES])
def test_each_malformed_example_gets_its_message(code: str, message: str, example: str) -> None:
    with pytest.raises(UnreadableInput) as raised:
        parse(example, "example.gov")
    first = raised.value.findings[0]
    assert (first.code, first.message.split(" (found")[0]) == (code, message)
    assert first.locations[0].line >= 1 and first.locations[0].column >= 1


def test_message_codes_are_unique() -> None:
    codes = [entry.code for entry in SYNTAX_MESSAGES]
    assert len(codes) == len(set(codes))


def _keyword_terminals() -> dict[str, str]:
    """Keyword terminals (priority 2 in the grammar) and their regular expressions."""
    return {t.name: t.pattern.to_regexp() for t in lark_parser().terminals if t.priority == 2}


@pytest.mark.parametrize("terminal", sorted(KEYWORDS) + sorted(ONE_LANGUAGE))
def test_printed_keywords_are_read_back_by_their_terminal(terminal: str) -> None:
    pattern = re.compile(_keyword_terminals()[terminal])
    for word in KEYWORDS.get(terminal, (ONE_LANGUAGE.get(terminal, ""),)):
        assert pattern.fullmatch(word), f"{terminal} does not read {word!r}"


def test_every_keyword_terminal_has_printable_words() -> None:
    value_terminals = set(SPELLINGS) | {"CODE", "UNSPECIFIED"}
    missing = set(_keyword_terminals()) - set(KEYWORDS) - set(ONE_LANGUAGE) - value_terminals
    assert not missing


@pytest.mark.parametrize("terminal", sorted(set(SPELLINGS) - {"CMP"}))
def test_every_spelling_of_a_value_keyword_is_read(terminal: str) -> None:
    pattern = re.compile(_keyword_terminals()[terminal])
    for word in SPELLINGS[terminal]:
        assert pattern.fullmatch(word), f"{terminal} does not read {word!r}"


def test_unknown_keyword_gets_did_you_mean() -> None:
    with pytest.raises(UnreadableInput) as raised:
        parse("ofice 区长\n", "x.gov")
    assert str(raised.value.findings[0].help) == "did you mean 'office'?"


def test_every_error_in_a_file_is_reported() -> None:
    text = "office 区长\nbody B members a\noffice 副区长 count many\nreports a b\noffice ok\n"
    with pytest.raises(UnreadableInput) as raised:
        parse(text, "x.gov")
    lines = [f.locations[0].line for f in raised.value.findings]
    assert lines == [2, 3, 4]


def test_full_width_punctuation_reads_like_half_width() -> None:
    half = parse("body B @第四十一条 { members a, b; quorum > 1/2 }\n", "a.gov")
    full = parse("body B ＠第四十一条 ｛ members a，b；quorum ＞ 1／2 ｝\n", "b.gov")
    assert half == full
