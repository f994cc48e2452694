"""The check registry: every check has a permanent code; codes are never reused."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from govspec.catalogue import Say, advice
from govspec.diagnostics import Finding, Severity
from govspec.model.entities import Model
from govspec.options import CheckOptions

CheckFunction = Callable[[Model, CheckOptions], Iterable[Finding]]


@dataclass(frozen=True)
class Check:
    """A registered check: its code, a short name, the severity of its findings, and what it proves."""

    code: str
    name: str
    severity: Severity
    summary: str
    run: CheckFunction


CHECKS: dict[str, Check] = {}


def check(code: str, name: str, severity: Severity) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check function under a permanent code; its docstring's first line is the summary."""

    def register(function: CheckFunction) -> CheckFunction:
        if code in CHECKS:
            raise ValueError(f"check code {code} is registered twice")
        summary = (function.__doc__ or "").strip().splitlines()[0]
        CHECKS[code] = Check(code, name, severity, summary, function)
        return function

    return register


def finding(code: str, text: Say, **fields: object) -> Finding:
    """A finding of a registered check, with the check's severity and, unless it brings its own, the catalogue's
    advice for its words."""
    fields.setdefault("help", advice(code, text))
    return Finding(code, CHECKS[code].severity, text, **fields)  # type: ignore[arg-type]
