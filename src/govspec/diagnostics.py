"""Findings: the one diagnostic type every stage reports, from syntax errors to refuted proofs."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from govspec.catalogue import Say, text


class Severity(StrEnum):
    """How much a finding matters; errors make the command exit with 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def weight(self) -> int:
        """How much it matters: info 0, warning 1, error 2."""
        return ("info", "warning", "error").index(self.value)


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """A stretch of source text; 1-based lines and columns, end exclusive."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Cause:
    """What to change to remove a finding: the statements to edit and what is wrong with them.

    Findings with one subject share a headline. `subject` names the statements to edit (the stand-in rules of an
    office, an office, an entrustment) in the spec's own names, never by place, so a headline keeps its identity when
    lines move; `kind` says what is wrong with them, and findings of one subject may differ in it (a stand-in rule
    can pass too few powers for one and apply for too few reasons for another). `words` are the arguments of the
    catalogue's `cause.<kind>` headline and help; `lacking` is what this finding adds to the
    headline's help (the power nobody holds); `fact` is what it reports, so that findings of one headline saying the
    same thing (a check and an assertion about one power in one absence) are folded into one.
    """

    kind: str
    subject: tuple[str, ...]
    spans: tuple[Span, ...]
    citations: tuple[str, ...] = ()
    words: tuple[tuple[str, Any], ...] = ()
    lacking: Any = None
    fact: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Property:
    """A property of a spec and how its proof came out: holds, fails, hinges (holds only under one reading of the
    entrustments the text leaves open) or unknown; a failed one keeps the situation that refutes it."""

    name: str
    code: str
    statement: Say
    span: Span
    citations: tuple[str, ...]
    verdict: str
    witness: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Tally:
    """How the properties of one spec came out, and up to how many absences at once they were checked."""

    properties: tuple[Property, ...] = ()
    depth: int = 0

    def count(self, verdict: str) -> int:
        return sum(p.verdict == verdict for p in self.properties)


@dataclass(frozen=True, slots=True)
class Finding:
    """One result of reading or checking a spec, as the findings contract in DESIGN.md describes.

    What it says (`text`, `help`, and any Say in its witness) is catalogue words, put into a language only when the
    report is written; `message` is the English, for sorting and for tests.
    """

    code: str
    severity: Severity
    text: Say
    locations: tuple[Span, ...] = ()
    citations: tuple[str, ...] = ()
    witness: dict[str, Any] = field(default_factory=dict, hash=False)
    help: Say | None = None
    cause: Cause | None = field(default=None, compare=False)
    fingerprint: str = field(default="", compare=False)

    @property
    def message(self) -> str:
        return text(self.text, "en")

    def sort_key(self) -> tuple[Any, ...]:
        """Order findings by place, then code, then message, so output never depends on check order."""
        first = self.locations[0] if self.locations else Span("", 0, 0, 0, 0)
        return (first.file, first.line, first.column, self.code, self.message)


class UnreadableInput(Exception):
    """The input cannot be read or parsed; carries the findings that say why (exit code 2)."""

    def __init__(self, findings: tuple[Finding, ...]) -> None:
        super().__init__("; ".join(f.message for f in findings))
        self.findings = findings


def citation_list(groups: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """Merge citation tuples, keeping first-seen order and dropping repeats."""
    return tuple(dict.fromkeys(c for group in groups for c in group))
