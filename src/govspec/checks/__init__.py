"""Checks: one module per property family, each check registered with a permanent code. Model -> findings."""

from __future__ import annotations

from govspec.checks import completeness  # noqa: F401 - importing a family registers its checks
from govspec.checks.registry import CHECKS, Check
from govspec.checks.suppress import apply_allows
from govspec.diagnostics import Finding
from govspec.model.entities import Model
from govspec.options import CheckOptions

__all__ = ["CHECKS", "Check", "CheckOptions", "run_checks"]


def run_checks(model: Model, options: CheckOptions | None = None) -> tuple[Finding, ...]:
    """Every registered check on one model, minus what the spec's `allow` statements accept."""
    findings = [f for code in sorted(CHECKS) for f in CHECKS[code].run(model, options or CheckOptions())]
    return tuple(sorted(apply_allows(model, findings), key=Finding.sort_key))
