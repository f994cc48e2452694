"""The message catalogue: every code speaks both languages, Chinese specs are answered in Chinese, and "did you
mean" weighs the characters that make a different organ."""

from __future__ import annotations

from pathlib import Path

import pytest

from govspec.catalogue import TEXTS, missing_words
from govspec.checks import CHECKS
from govspec.cli import main
from govspec.model.similar import closest

CHINESE = "职务 区长 @第六条\n单位 区政府 负责人 区长\n会议 全体会议 { 成员 区长 }\n"
ENGLISH = "office 区长 @第六条\nunit 区政府 head 区长\nbody 全体会议 { members 区长 }\n"


def test_every_entry_has_both_languages_with_the_same_arguments() -> None:
    assert missing_words() == []


@pytest.mark.parametrize("code", sorted(CHECKS))
def test_every_check_has_words(code: str) -> None:
    assert any(key == code or key.startswith(code + ".") for key in TEXTS)


@pytest.mark.parametrize(
    ("spec", "asked", "expected", "absent"),
    [
        (CHINESE, None, "会议“全体会议”没有规定召集人和主持人", "names no convener"),
        (ENGLISH, None, "body '全体会议' names no convener and no chair", "没有规定"),
        (CHINESE, "en", "body '全体会议' names no convener and no chair", "没有规定"),
        (ENGLISH, "zh", "会议“全体会议”没有规定召集人和主持人", "names no convener"),
    ],
)
def test_messages_follow_the_spec_language_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spec: str, asked: str | None, expected: str, absent: str
) -> None:
    path = tmp_path / "spec.gov"
    path.write_text(spec, encoding="utf-8")
    main(["check", str(path), *(["--lang", asked] if asked else [])])
    out = capsys.readouterr().out
    assert expected in out
    assert absent not in out


def test_an_unreadable_chinese_spec_is_answered_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "spec.gov"
    path.write_text("职务 区长\n会议 常务会议 成员 区长\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert "错误" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "declared", "expected"),
    [
        ("区政府", ["市政府"], []),
        ("区人大常委会", ["区委", "区人大"], []),
        ("付主任", ["主任", "副主任"], ["副主任"]),
        ("区张", ["区长", "市长"], ["区长"]),
        ("甲", ["乙"], []),
        ("办公室主住", ["办公室主任", "办公室副主任"], ["办公室主任"]),
        ("ofice", ["office", "offices"], ["office"]),
        ("局长", ["甲局长", "乙局长", "区长"], ["乙局长", "甲局长"]),
    ],
)
def test_did_you_mean_weighs_the_characters_that_differ(name: str, declared: list[str], expected: list[str]) -> None:
    assert closest(name, declared) == expected
