"""Shared test helpers: golden files are rewritten, not compared, when GOVSPEC_UPDATE_GOLDENS=1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UPDATE_GOLDENS = os.environ.get("GOVSPEC_UPDATE_GOLDENS") == "1"


def golden(path: Path, actual: str) -> None:
    """Compare `actual` with the golden file at `path`, or rewrite it when goldens are being updated."""
    if UPDATE_GOLDENS or not path.exists():
        path.write_text(actual, encoding="utf-8")
        if not UPDATE_GOLDENS:
            pytest.fail(f"golden file {path.name} was missing and has been written; review it and run again")
        return
    assert actual == path.read_text(encoding="utf-8"), f"output differs from {path}; review, then update goldens"
