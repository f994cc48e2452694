"""Checks: one module per property family, each check registered with a permanent code. Model -> findings."""

from __future__ import annotations

from govspec.checks import (
    assertions,  # noqa: F401
    chains,  # noqa: F401 - importing a family registers its checks
    chains_routes,  # noqa: F401 - importing a family registers its checks
    charges,  # noqa: F401
    choosing,  # noqa: F401
    completeness,  # noqa: F401 - importing a family registers its checks
    deadlines,  # noqa: F401
    deciding,  # noqa: F401
    delegation,  # noqa: F401
    issuing,  # noqa: F401
    joint,  # noqa: F401
    levels,  # noqa: F401
    preconditions,  # noqa: F401
    quorum,  # noqa: F401
    readings,  # noqa: F401
    routing,  # noqa: F401
    separation,  # noqa: F401
    signing,  # noqa: F401
    soft,  # noqa: F401
    standing,  # noqa: F401
    voting,  # noqa: F401
)
from govspec.checks.readings import with_readings
from govspec.checks.registry import CHECKS, Check
from govspec.checks.soft import with_soft_rules
from govspec.checks.suppress import apply_allows
from govspec.diagnostics import Finding
from govspec.model.entities import Model
from govspec.options import CheckOptions

__all__ = ["CHECKS", "Check", "CheckOptions", "run_checks"]


def run_checks(model: Model, options: CheckOptions | None = None) -> tuple[Finding, ...]:
    """Every registered check on one model, minus what the spec's `allow` statements accept."""
    options = options or CheckOptions()
    findings = []
    for number, code in enumerate(sorted(CHECKS), 1):
        if options.progress:
            options.progress(f"{code} {CHECKS[code].name} ({number}/{len(CHECKS)})")
        findings += CHECKS[code].run(model, options)
    found = with_soft_rules(model, with_readings(model, apply_allows(model, findings)))
    return tuple(sorted(found, key=Finding.sort_key))
