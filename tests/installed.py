"""Tests that need an OS program: `make test` installs it; where it is missing they say so, and fail in CI."""

from __future__ import annotations

import os
import shutil

import pytest


def require(program: str, package: str) -> str:
    """Where `program` is; or skip (fail when CI=true) saying which OS package is missing."""
    found = shutil.which(program)
    if found:
        return found
    reason = f"{program} is not installed: the OS package {package} is missing (`make test` installs it with apt-get)"
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)
