"""A test that needs a missing OS program says which package is missing: skipped on a workstation, failed in CI."""

from __future__ import annotations

import pytest

from installed import require


def test_a_missing_program_fails_in_ci(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="the OS package chromium-driver is missing"):
        require("chromedriver", "chromium-driver")


def test_a_missing_program_skips_with_its_reason_elsewhere(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="chromium is not installed"):
        require("chromium", "chromium")


def test_an_installed_program_is_found(monkeypatch, tmp_path):
    program = tmp_path / "chromium"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert require("chromium", "chromium") == str(program)
