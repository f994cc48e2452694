"""Fixture cases: tests/cases/<CODE>/{fires,passes}/<name>.gov, each beside <name>.expected (the text report).

A case under `fires` must produce a finding with its folder's code; a case under `passes` must not.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import golden
from govspec.catalogue import LANGS, text, words
from govspec.diagnostics import Finding
from govspec.options import CheckOptions
from govspec.pipeline import check_outcome, load_file
from govspec.render.text import render_text

CASES = Path(__file__).parent / "cases"
CASE_FILES = sorted(CASES.glob("*/*/*.gov"))


def run_case(path: Path) -> tuple[tuple[Finding, ...], str]:
    """Check one case file with paths relative to the cases folder, as the golden files show them."""
    cwd = Path.cwd()
    os.chdir(CASES)
    try:
        relative = path.relative_to(CASES)
        outcome = check_outcome(load_file(relative), CheckOptions())
        return outcome.findings, render_text(outcome.findings, {outcome.file: outcome.text})
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: str(p.relative_to(CASES)))
def test_case(path: Path) -> None:
    code, verdict = path.parent.parent.name, path.parent.name
    assert verdict in ("fires", "passes"), f"{path}: a case lives under fires/ or passes/"
    findings, report = run_case(path)
    codes = {f.code for f in findings}
    golden(path.with_suffix(".expected"), report)
    # Every finding says what to change, and says it, like everything else, in both languages.
    assert all(f.help for f in findings), [f.code for f in findings if not f.help]
    for found in findings:
        for lang in LANGS:
            assert text(found.text, lang) and text(found.help, lang) and words(found.witness, lang) is not None
    if verdict == "fires":
        assert code in codes, f"{path.name} should produce {code}; got {sorted(codes)}"
    else:
        assert code not in codes, f"{path.name} should not produce {code}"


RESOLUTION_CODES = [f"GS10{i}" for i in range(1, 10)] + ["GS110", "GS901"]


def all_codes() -> list[str]:
    from govspec.checks import CHECKS

    return sorted({*CHECKS, *RESOLUTION_CODES})


@pytest.mark.parametrize("code", all_codes())
def test_every_code_has_a_case_that_fires_and_one_that_passes(code: str) -> None:
    for verdict in ("fires", "passes"):
        assert list((CASES / code / verdict).glob("*.gov")), f"tests/cases/{code}/{verdict}/ has no case"


def test_every_code_is_documented_in_the_readme() -> None:
    readme = (CASES.parent.parent / "README.md").read_text(encoding="utf-8")
    assert [code for code in all_codes() if code not in readme] == []


def test_every_check_states_its_property_in_its_docstring() -> None:
    from govspec.checks import CHECKS

    assert [code for code, check in CHECKS.items() if not check.summary.endswith(".")] == []
