"""The version of govspec, as installed."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("govspec")
except PackageNotFoundError:  # run from a source tree that was never installed
    VERSION = "0+unknown"
