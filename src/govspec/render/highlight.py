"""Findings -> highlights: what a finding draws on a diagram, and which diagrams it concerns.

A witness names the situation that makes a property fail: the offices away are greyed out, every other name it
mentions is outlined, the steps of a path or cycle it walks are drawn in red, and so are the statements the finding
points at (its own places and those of its cause, each by file and line), labelled with their articles.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from govspec.catalogue import Say, listed, mentioned, say, text
from govspec.diagnostics import Finding, Severity
from govspec.render.drawing import Highlight
from govspec.render.headlines import headlines

# The diagram each check's findings are drawn on; findings about a power go where that power is drawn.
CODE_KINDS = {
    "GS202": "org",
    "GS402": "org",
    "GS201": "bodies",
    "GS204": "bodies",
    "GS301": "bodies",
    "GS302": "bodies",
    "GS303": "bodies",
    "GS341": "bodies",
    "GS203": "signing",
    "GS311": "signing",
    "GS312": "signing",
    "GS313": "signing",
    "GS314": "signing",
    "GS205": "standing-in",
    "GS321": "standing-in",
    "GS322": "standing-in",
    "GS323": "standing-in",
    "GS409": "standing-in",
    "GS401": "chains",
    "GS403": "chains",
    "GS404": "chains",
    "GS405": "chains",
    "GS406": "chains",
    "GS407": "chains",
    "GS408": "chains",
    "GS410": "chains",
}
POWER_KINDS = {
    "power.sign": "signing",
    "power.cosign": "signing",
    "power.review": "signing",
    "power.convene": "bodies",
    "power.chair": "bodies",
    "GS351.quorum": "bodies",
    "power.leave": "chains",
    "power.leave_for": "chains",
    "power.named": "standing-in",
}
UNSAID = ("readings", "standing", "case by case", "holders")  # witness entries that name no one at fault


def diagram_kind(finding: Finding) -> str | None:
    """The diagram a finding is drawn on, if any: by its code, else by the power it is about."""
    if finding.code in CODE_KINDS:
        return CODE_KINDS[finding.code]
    about = finding.cause.lacking if finding.cause else finding.witness.get("instance")
    return POWER_KINDS.get(about.key) if isinstance(about, Say) else None


def _steps(value: Any) -> Iterator[tuple[str, str]]:
    """The (from, to) steps of the paths and cycles a witness walks."""
    if isinstance(value, dict) and "from" in value and "to" in value:
        yield (str(value["from"]), str(value["to"]))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _steps(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _steps(item)


def _absent(witness: dict[str, Any]) -> Iterator[str]:
    for away in witness.get("absent", ()):
        if isinstance(away, str):
            yield away
        elif isinstance(away, Say):
            yield from (str(arg) for name, arg in away.args if name == "who")


def _caption(finding: Finding, lang: str) -> str:
    message = text(finding.text, lang)
    if finding.citations:
        articles = listed(finding.citations)
        return text(say("diagram.caption", code=finding.code, message=message, articles=articles), lang)
    return text(say("diagram.caption_bare", code=finding.code, message=message), lang)


def highlight(findings: Sequence[Finding], lang: str = "en", others: int = 0) -> Highlight:
    """What findings draw on a diagram, together: the caption names the most severe, and how many more there are
    (with `others` not drawn)."""
    if not findings:
        return Highlight()
    ordered = sorted(findings, key=lambda f: (-f.severity.weight, f.sort_key()))
    absent = {name for f in ordered for name in _absent(f.witness)}
    involved = {
        name for f in ordered for key, value in f.witness.items() if key not in UNSAID for name in mentioned(value)
    }
    involved |= {name for f in ordered if f.cause for name in f.cause.subject[1:]}
    spans = [span for f in ordered for span in (*f.locations, *(f.cause.spans if f.cause else ()))]
    caption = _caption(ordered[0], lang)
    if len(ordered) + others > 1:
        caption += "\n" + text(say("diagram.more", count=len(ordered) - 1 + others), lang)
    return Highlight(
        frozenset(absent),
        frozenset(involved - absent),
        frozenset(step for f in ordered for step in _steps(f.witness)),
        frozenset((span.file, span.line) for span in spans),
        caption,
    )


def one_situation(findings: Sequence[Finding], lang: str = "en") -> Highlight:
    """The most urgent headline's findings drawn, and the rest counted in the caption: the findings of one headline
    share one situation, others may not hold in it (two offices away where the depth allows one)."""
    first = headlines(findings)[0].findings if findings else ()
    return highlight(first, lang, others=len(findings) - len(first))


def failing(findings: Sequence[Finding], kind: str) -> list[Finding]:
    """The findings, errors and warnings, that a diagram of this kind shows failing."""
    return [f for f in findings if f.severity is not Severity.INFO and diagram_kind(f) == kind]


def chosen(findings: Sequence[Finding], wanted: str) -> list[Finding]:
    """The findings `--highlight` names: by code (GS311), by fingerprint, or by the headline they share."""
    from govspec.identity import group_id

    wanted = wanted.strip()
    return [f for f in findings if wanted.upper() == f.code or wanted in (f.fingerprint, group_id(f))]
