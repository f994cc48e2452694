"""The compiled grammar is kept between runs, keyed by the grammar text, and never needed to be writable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lark import Token

from govspec.syntax.compiled import cache_file, compiled
from govspec.syntax.parser import GRAMMAR

SPEC = 'rules "r"\noffice 区长  # 首长\n'


COMMENTS: list[str] = []


def keep(token: Token) -> None:
    COMMENTS.append(str(token))


def parse_with(grammar: str) -> tuple[str, list[str]]:
    COMMENTS.clear()
    tree = compiled(grammar, keep).parse(SPEC)
    return tree.pretty(), list(COMMENTS)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GOVSPEC_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_grammar_is_compiled_once_and_then_read_whole(cache: Path) -> None:
    grammar = GRAMMAR.read_text(encoding="utf-8")
    fresh = parse_with(grammar)
    [kept] = cache.iterdir()
    assert kept == cache_file(grammar)
    stamp = kept.stat().st_mtime_ns
    assert parse_with(grammar) == fresh
    assert kept.stat().st_mtime_ns == stamp
    assert fresh[1] == ["# 首长"]  # the comment callback survives the cache


def test_a_changed_grammar_never_reads_the_old_file(cache: Path) -> None:
    grammar = GRAMMAR.read_text(encoding="utf-8")
    parse_with(grammar)
    changed = grammar + "\n// a comment of the grammar\n"
    assert cache_file(changed) != cache_file(grammar)
    parse_with(changed)
    assert sorted(cache.iterdir()) == sorted([cache_file(grammar), cache_file(changed)])


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_cache_that_cannot_be_written_only_costs_time(cache: Path) -> None:
    cache.mkdir()
    cache.chmod(0o500)
    try:
        assert parse_with(GRAMMAR.read_text(encoding="utf-8"))[1] == ["# 首长"]
        assert list(cache.iterdir()) == []
    finally:
        cache.chmod(0o700)


def test_a_damaged_cache_is_compiled_again_and_replaced(cache: Path) -> None:
    grammar = GRAMMAR.read_text(encoding="utf-8")
    fresh = parse_with(grammar)
    cache_file(grammar).write_bytes(b"\x80\x05 half a pickle")
    assert parse_with(grammar) == fresh
    assert parse_with(grammar) == fresh  # the second run reads the replaced file
    assert len(cache_file(grammar).read_bytes()) > 1000


def test_a_cache_folder_that_is_a_file_only_costs_time(cache: Path) -> None:
    cache.parent.mkdir(exist_ok=True)
    cache.write_text("not a folder", encoding="utf-8")
    assert parse_with(GRAMMAR.read_text(encoding="utf-8"))[1] == ["# 首长"]
