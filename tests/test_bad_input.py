"""Bad input of every kind gets a diagnostic and an exit code, never a traceback or a hang."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govspec.cli import main
from govspec.diagnostics import UnreadableInput
from govspec.syntax.parser import parse


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, *extra: str) -> tuple[int, str]:
    spec = tmp_path / "bad.gov"
    spec.write_bytes(content)
    code = main(["check", str(spec), *extra])
    return code, capsys.readouterr().out


CASES = {
    "empty": (b"", "GS003"),
    "only comments": ("# 只有注释\n\n".encode(), "GS003"),
    "binary": (bytes(range(256)) * 8, "GS001"),
    "invalid utf-8": ("office 区长\noffice 副".encode() + b"\xff\xfe\n", "GS001"),
    "nested braces": (b"{" * 10_000, "GS002"),
    "unclosed parentheses": (("document D when " + "(" * 10_000 + "form = f").encode(), "GS002"),
    "deep negation": (("form f\ndocument D when " + "not " * 5_000 + "form = f { signer a }\n").encode(), "GS004"),
    "long garbage line": (b"x " * 50_000, "GS009"),
    "unknown keyword": ("ofice 区长\n".encode(), "GS009"),
    "stray character": ("office 区长 $\n".encode(), "GS002"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_unreadable_input_exits_2_with_a_located_diagnostic(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, code = CASES[name]
    exit_code, out = run(tmp_path, capsys, content, "--format", "json")
    assert exit_code == 2
    findings = json.loads(out)["findings"]
    assert findings[0]["code"] == code
    assert findings[0]["locations"][0]["line"] >= 1
    assert "Traceback" not in out


def test_invalid_utf8_names_the_byte_and_its_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    exit_code, out = run(tmp_path, capsys, "office 区长\noffice 副".encode() + b"\xff\n")
    assert exit_code == 2
    assert "bad.gov:2:9: error GS001 invalid UTF-8 (byte 0xff)" in out


def test_fifty_megabytes_is_refused_without_reading_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "huge.gov"
    with spec.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert main(["check", str(spec)]) == 2
    assert "file is too large to be a spec (50.0 MB" in capsys.readouterr().out


def test_a_long_valid_line_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = ", ".join(f"外部{i}" for i in range(15_000))
    exit_code, out = run(tmp_path, capsys, f"external {names}\n".encode())
    assert len(names) > 100_000
    assert exit_code == 0, out


def test_ten_thousand_nested_parentheses_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    condition = "(" * 10_000 + "form = f" + ")" * 10_000
    exit_code, out = run(tmp_path, capsys, f"form f\noffice a\ndocument D when {condition} {{ signer a }}\n".encode())
    assert exit_code in (0, 1), out
    assert "error GS0" not in out and "error GS1" not in out


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "absent.gov")]) == 2
    assert "cannot read the file" in capsys.readouterr().out


def test_caret_sits_under_the_offending_word(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(tmp_path, capsys, b"office a count many\n")
    lines = out.splitlines()
    at = next(n for n, line in enumerate(lines) if " | " in line)
    source, caret = lines[at], lines[at + 1]
    assert source.endswith("office a count many")
    assert caret.index("^") - caret.index("|") == source.index("many") - source.index("|")
    assert caret.count("^") == 4


@pytest.mark.parametrize(
    "text", ["reading 解释 “见附件{”\noffice A count\noffice B\n", "office A ＃ 注 {\noffice B count\noffice C\n"]
)
def test_braces_in_quotations_and_comments_open_no_block(text: str) -> None:
    with pytest.raises(UnreadableInput) as raised:
        parse(text, "x.gov")
    assert raised.value.findings[0].code != "GS021"


@pytest.mark.parametrize(
    ("text", "line", "opened"),
    [
        ("office 区长\nbody 常务会议 {\n  members 区长\n  chair 区长\nbody 全体会议 { members 区长 }\n", 5, 2),
        ("office 区长\n会议 常务会议 ｛\n  成员 区长  # a comment with a { in it\n职务 副区长\n", 4, 2),
        ("office 区长\nbody 甲 { members 区长 }\nbody 乙 {\n  members 区长\n  office 副区长\n", 5, 3),
        # Every statement starts a statement: `guest` was left out of the keywords the parser looked for.
        ("office 区长\nbody 常务会议 {\n  members 区长\nguest 公众代表\n", 4, 2),
        ("office 区长\n会议 常务会议 {\n  成员 区长\n外部人员 法律顾问\n", 4, 2),
    ],
)
def test_a_block_left_open_is_reported_where_it_was_opened(text: str, line: int, opened: int) -> None:
    with pytest.raises(UnreadableInput) as raised:
        parse(text, "x.gov")
    first = raised.value.findings[0]
    assert (first.code, first.locations[0].line) == ("GS021", line)
    assert f"line {opened} " in first.message and f"line {opened} " in str(first.help)


@pytest.mark.parametrize(
    "text",
    [
        "office B count " + "9" * 5000 + "..\n",
        "office B count 1..\nbody M { members B; quorum > 1/99999999999999999999 }\n",
        "office B count 1000000000\n",
    ],
)
def test_absurd_numbers_are_a_diagnostic_at_their_place(text: str) -> None:
    with pytest.raises(UnreadableInput) as raised:
        parse(text, "x.gov")
    [found] = raised.value.findings
    assert found.code == "GS005" and found.locations[0].line == text.count("\n")
    assert found.help is not None


def test_numbers_a_rule_text_could_mean_are_read() -> None:
    assert parse("office B count 999999999\n", "x.gov").statements


def test_an_infinite_timeout_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "x.gov"
    spec.write_text("office 甲\n", encoding="utf-8")
    with pytest.raises(SystemExit) as raised:
        main(["check", "--timeout", "inf", str(spec)])
    assert raised.value.code == 2


def test_a_leader_whose_kind_is_undeclared_is_a_finding_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(tmp_path, capsys, "office 甲 is 乙\noffice 丙\nbody 会 { members 丙; chair 甲 }\n".encode())
    assert code == 1 and "GS101" in out


def test_a_timeout_the_solver_would_wrap_round_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "x.gov"
    spec.write_text("office 甲\n", encoding="utf-8")
    with pytest.raises(SystemExit) as raised:
        main(["check", "--timeout", "4294967.297", str(spec)])
    assert raised.value.code == 2


def test_a_line_ending_in_cr_alone_ends_a_comment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(tmp_path, capsys, b"office A # a comment\roffice B count many\r")
    assert code == 2 and ":2:" in out


def test_standard_input_that_is_not_utf8_is_a_diagnostic(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"office \xff\n")))
    assert main(["check", "-"]) == 2
    assert "GS001" in capsys.readouterr().out


def test_a_file_name_that_is_not_utf8_is_written_as_it_is(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    import os

    name = os.fsdecode(bytes(tmp_path) + b"/\xff.gov")
    Path(name).write_text("office 甲\nbody 会 { members 付甲 }\n", encoding="utf-8")
    try:
        assert main(["check", name]) == 1
        out = capsysbinary.readouterr().out
        assert b"/\xff.gov:2:" in out and b"GS101" in out
    finally:
        Path(name).unlink()  # pytest's own clean-up of tmp_path cannot read such a name
