"""Suppressions: `allow CODE "reason" [@citations]` accepts known findings; an unused one is itself a warning."""

from __future__ import annotations

from collections.abc import Iterable

from govspec.catalogue import advice, say
from govspec.diagnostics import Finding, Severity
from govspec.model.entities import Allow, Model


def _covers(allow: Allow, finding: Finding) -> bool:
    """An allow covers findings of its code; with citations, only those citing one of them."""
    return finding.code == allow.code and (not allow.citations or bool(set(allow.citations) & set(finding.citations)))


def apply_allows(model: Model, findings: Iterable[Finding]) -> list[Finding]:
    kept, used = [], set()
    for finding in findings:
        covering = [i for i, allow in enumerate(model.allows) if _covers(allow, finding)]
        used.update(covering)
        if not covering:
            kept.append(finding)
    kept += [
        Finding(
            "GS901",
            Severity.WARNING,
            say("GS901", code=allow.code),
            (allow.span,),
            allow.citations,
            {"code": allow.code, "reason": allow.reason},
            help=advice("GS901", say("GS901", code=allow.code)),
        )
        for i, allow in enumerate(model.allows)
        if i not in used
    ]
    return kept
