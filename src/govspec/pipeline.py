"""The whole pipeline on one file: text -> syntax tree -> model -> findings, never raising on bad input."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from govspec.diagnostics import Finding, Severity, Tally, UnreadableInput
from govspec.identity import identified
from govspec.model.entities import Model
from govspec.model.resolve import resolve
from govspec.options import CheckOptions
from govspec.syntax.keywords import language_of, most_spoken
from govspec.syntax.parser import parse
from govspec.syntax.source import decode, read_source
from govspec.syntax.tree import SpecTree

if TYPE_CHECKING:
    from govspec.syntax.amend import Reader

STDIN_NAME = "<stdin>"  # how findings name a spec read from standard input


@dataclass(frozen=True)
class Outcome:
    """What govspec made of one file: its text (for carets), model when it resolved, and all findings; `rules` is the
    tree the model was resolved from (an amendment's base as amended, any other file's own tree)."""

    file: str
    text: str
    tree: SpecTree | None
    model: Model | None
    findings: tuple[Finding, ...]
    tally: Tally | None = None
    rules: SpecTree | None = None

    @property
    def unreadable(self) -> bool:
        return self.tree is None

    @property
    def lang(self) -> str:
        """The keyword language most statements are written in; for a file that did not parse, that of its lines'
        first words."""
        if self.tree is not None and self.tree.statements:
            langs = [statement.lang for statement in self.tree.statements]
        else:
            firsts = (line.split(maxsplit=1) for line in self.text.splitlines())
            langs = [language_of(words[0]) for words in firsts if words and words[0][0] not in "#/"]
        return most_spoken(langs)

    def reported(self) -> Outcome:
        """The outcome as far as a report reads it: the model and all that was proved of it let go, for the memory
        they take on a large spec. What was derived from the model is emptied in place: whoever still holds the model
        derives it again if asked."""
        if self.model is not None:
            # The proofs refer back to the model: a cycle that only the collector, paused while a report is
            # written, would free; emptied, the model and its proofs go as soon as the outcome does.
            self.model.derived.clear()
        return replace(self, model=None, rules=None)

    @property
    def errors(self) -> int:
        return sum(f.severity is Severity.ERROR for f in self.findings)


@contextmanager
def without_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector: reading, checking and reporting on a spec allocate millions of acyclic
    objects (syntax nodes, graph edges, words of findings), and collections that rescan the growing heap made large
    specs take time growing faster than their size."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_text(text: str, file: str, read: Reader | None = None) -> Outcome:
    """Parse and resolve spec text; no checks run. An amendment's base is read from disk, or by `read`."""
    with without_collection():
        try:
            tree = parse(text, file)
            rules, amending = _amended(tree, read)
        except UnreadableInput as error:
            return Outcome(file, text, None, None, identified(error.findings))
        model, findings = resolve(rules)
    return Outcome(file, text, tree, model, identified(amending + findings), rules=rules)


def _amended(tree: SpecTree, read: Reader | None) -> tuple[SpecTree, tuple[Finding, ...]]:
    """The rules a file states: an amendment's base as it amends it, any other file as written."""
    from govspec.syntax.amend import amended, is_amendment, misplaced, without_directives

    wrong = misplaced(tree)
    if is_amendment(tree):
        rules, problems = amended(tree, read)
        return rules, wrong + problems
    return (without_directives(tree), wrong) if wrong else (tree, ())


def load_bytes(data: bytes, file: str) -> Outcome:
    """Decode, parse and resolve spec bytes (standard input, say); no checks run."""
    try:
        text = decode(data, file)
    except UnreadableInput as error:
        return Outcome(file, "", None, None, identified(error.findings))
    return load_text(text, file)


def load_file(path: Path) -> Outcome:
    """Read, parse and resolve a spec file; no checks run."""
    try:
        text = read_source(path)
    except UnreadableInput as error:
        return Outcome(str(path), "", None, None, identified(error.findings))
    return load_text(text, str(path))


def check_outcome(outcome: Outcome, options: CheckOptions | None = None) -> Outcome:
    """Run every registered check on a resolved outcome (checks are imported only when needed)."""
    if outcome.model is None:
        return outcome
    options = options or CheckOptions()
    with without_collection():
        from govspec.checks import run_checks
        from govspec.checks.obligations import tally

        findings = identified(outcome.findings + run_checks(outcome.model, options))
        proved = tally(outcome.model, options)
    return replace(outcome, findings=findings, tally=proved)
