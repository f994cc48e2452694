"""The command line: exit codes, text and JSON output, fmt --check, build --check, `python -m govspec`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from govspec.cli import main

CLEAN = "office 区长 @第六条\nunit 区政府 head 区长\n"
WARNS = CLEAN + "body 全体会议 @第四十条 { members 区长; convener 区长; chair 区长 }\n"
ERRS = CLEAN + "body 常务会议 { members 付区长; convener 区长; chair 区长; quorum > 1/2 }\n"


def write(tmp_path: Path, text: str, name: str = "spec.gov") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "expected"), [(CLEAN, 0), (WARNS, 0), (ERRS, 1), ("office\n", 2)])
def test_check_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: int) -> None:
    assert main(["check", str(write(tmp_path, text))]) == expected
    capsys.readouterr()


def test_worst_file_decides_the_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [write(tmp_path, ERRS, "a.gov"), write(tmp_path, "}", "b.gov"), write(tmp_path, CLEAN, "c.gov")]
    assert main(["check", *map(str, files)]) == 2
    capsys.readouterr()


def test_json_output_keeps_the_contract_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write(tmp_path, WARNS)
    main(["check", "--format", "json", str(spec)])
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"findings", "headlines", "summary"}
    finding = next(f for f in data["findings"] if f["code"] == "GS201")
    assert {"code", "severity", "message", "citations", "locations", "witness", "help"} <= set(finding)
    assert {"cause", "group", "fingerprint"} <= set(finding)
    assert finding["help"] and finding["cause"] == finding["locations"][:1]
    assert finding["citations"] == ["第四十条"]
    assert finding["locations"][0] | {"file": "x"} == {**finding["locations"][0], "file": "x"}
    assert finding["locations"][0]["line"] == 3
    assert data["summary"]["warnings"] >= 1 and data["summary"]["errors"] == 0


def test_text_output_is_gnu_style_and_deterministic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write(tmp_path, ERRS)
    main(["check", str(spec)])
    first = capsys.readouterr().out
    main(["check", str(spec)])
    assert capsys.readouterr().out == first
    assert f"{spec}:3:21: error GS101 '付区长' is not declared" in first
    assert "help: did you mean '区长'?" in first


def test_fmt_check_reports_and_fmt_rewrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write(tmp_path, "office   区长\n\n\n\nunit 区政府 head 区长   # 政府\n")
    assert main(["fmt", "--check", str(spec)]) == 1
    assert "would reformat" in capsys.readouterr().out
    assert main(["fmt", str(spec)]) == 0
    assert spec.read_text(encoding="utf-8") == "office 区长\n\nunit 区政府 head 区长  # 政府\n"
    assert main(["fmt", "--check", str(spec)]) == 0


def test_fmt_refuses_unparsable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write(tmp_path, "office 区长 count many\n")
    assert main(["fmt", str(spec)]) == 2
    assert spec.read_text(encoding="utf-8") == "office 区长 count many\n"
    assert "GS017" in capsys.readouterr().out


def test_build_writes_snapshots_and_check_detects_staleness(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    write(spec_dir, CLEAN, "a.gov")
    assert main(["build", "--check", str(spec_dir)]) == 1
    assert main(["build", str(spec_dir)]) == 0
    snapshot = tmp_path / "model" / "a.json"
    first = snapshot.read_text(encoding="utf-8")
    assert json.loads(first)["offices"]["区长"]["citations"] == ["第六条"]
    assert main(["build", "--check", str(spec_dir)]) == 0
    assert main(["build", str(spec_dir)]) == 0
    assert snapshot.read_text(encoding="utf-8") == first, "snapshots are deterministic"
    write(spec_dir, CLEAN + "office 副区长\n", "a.gov")
    assert main(["build", "--check", str(spec_dir)]) == 1
    assert "stale: model/a.json" in capsys.readouterr().out


def test_build_removes_the_obligations_of_rules_that_are_gone_and_nothing_else(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    ruled = "office 区长\noffice 副区长\nform 函\ndocument 文 when form = 函 { signer 区长 | 副区长 }\n"
    write(spec_dir, ruled, "a.gov")
    assert main(["build", str(spec_dir)]) == 0
    proofs = tmp_path / "proofs" / "a"
    obligation = proofs / "GS311-signer-文.smt2"
    assert obligation.is_file()
    notes = proofs / "README.md"
    notes.write_text("notes kept by hand\n", encoding="utf-8")
    write(spec_dir, ruled.replace("document 文", "document 函件"), "a.gov")
    capsys.readouterr()
    assert main(["build", "--check", str(spec_dir)]) == 1
    assert "orphaned: proofs/a/GS311-signer-文.smt2" in capsys.readouterr().out
    assert main(["build", str(spec_dir)]) == 0
    assert not obligation.exists() and (proofs / "GS311-signer-函件.smt2").is_file()
    assert notes.read_text(encoding="utf-8") == "notes kept by hand\n"
    assert main(["build", "--check", str(spec_dir)]) == 0


def test_committed_model_snapshots_are_current(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--check", str(ROOT / "spec")]) == 0, capsys.readouterr().out


def test_python_dash_m_runs_the_command(tmp_path: Path) -> None:
    spec = write(tmp_path, WARNS)
    result = subprocess.run(
        [sys.executable, "-m", "govspec", "check", "--format", "json", str(spec)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["warnings"] >= 1


def test_console_script_is_installed() -> None:
    script = shutil.which("govspec", path=str(Path(sys.executable).parent))
    assert script is not None
    result = subprocess.run([script, "check", str(ROOT / "tests" / "data" / "bilingual-en.gov")], capture_output=True)
    assert result.returncode in (0, 1), result.stderr


def test_build_says_where_it_writes_and_takes_another_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    write(spec_dir, CLEAN, "a.gov")
    out = tmp_path / "elsewhere"
    assert main(["build", str(spec_dir), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert (out / "model" / "a.json").is_file() and (out / "proofs" / "a" / "verdicts.txt").is_file()
    assert not (tmp_path / "model").exists()
    assert (
        said.splitlines()[-1]
        == f"govspec build: model snapshots in {out / 'model'}, proof obligations in {out / 'proofs'}"
    )
    assert main(["build", "--check", str(spec_dir), "--out", str(out)]) == 0


def test_fmt_reads_standard_input_and_writes_standard_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("office   区长   @第六条\n".encode())))
    assert main(["fmt", "-"]) == 0
    assert capsys.readouterr().out == "office 区长 @第六条\n"


def test_a_write_that_fails_leaves_the_file_whole_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rename that puts a written file in place is where a killed or failing write stops: before it, the old
    file is untouched and the temporary one is gone."""
    import os

    original = "office   区长   @第六条\n"
    spec = write(tmp_path, original)

    def fail(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", fail)
    assert main(["fmt", str(spec)]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert spec.read_text(encoding="utf-8") == original
    assert [p.name for p in tmp_path.iterdir()] == ["spec.gov"]
    spec_dir = tmp_path / "specs"
    spec_dir.mkdir()
    write(spec_dir, CLEAN, "a.gov")
    assert main(["build", str(spec_dir)]) == 2
    assert "cannot write" in capsys.readouterr().out
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and p.stat().st_size == 0]


def test_a_rewritten_file_keeps_its_permissions_and_a_new_one_follows_the_umask(tmp_path: Path) -> None:
    """The temporary file a write goes through is private; the file it becomes is not."""
    import os

    spec = write(tmp_path, "office   区长   @第六条\n")
    spec.chmod(0o640)
    assert main(["fmt", str(spec)]) == 0
    assert spec.stat().st_mode & 0o777 == 0o640
    mask = os.umask(0o022)
    try:
        assert main(["build", str(tmp_path), "--out", str(tmp_path / "card")]) in (0, 1)
    finally:
        os.umask(mask)
    written = [p for p in (tmp_path / "card").rglob("*") if p.is_file()]
    assert written and all(p.stat().st_mode & 0o777 == 0o644 for p in written)


def test_fmt_of_a_pipe_prints_its_canonical_form_whatever_its_size() -> None:
    """Rewriting /dev/stdin in place blocked once the output passed a pipe's 64 KB; a pipe has no place to rewrite."""
    spec = "".join(f"office   O{i}  # comment {i}\n" for i in range(5000))
    done = subprocess.run(
        [sys.executable, "-m", "govspec", "fmt", "/dev/stdin"],
        input=spec.encode(),
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.decode() == "".join(f"office O{i}  # comment {i}\n" for i in range(5000))
