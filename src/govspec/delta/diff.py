"""Two checked versions of a spec -> their semantic diff: powers, quorum, chains, proofs, findings, entries.

Everything is computed from the two models and their checks, never from the text: two versions that differ only in
layout, order, comments or keyword language have no change at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from govspec.delta.parts import (
    CHAIN_CODES,
    EdgeChange,
    EntryChange,
    Flip,
    ProofChange,
    chain_edges,
    entry_changes,
    matched,
    proof_changes,
    quorum_flips,
)
from govspec.diagnostics import Finding, Severity
from govspec.logic.compare import PowerChange, compare_powers
from govspec.model.entities import Model
from govspec.options import CheckOptions
from govspec.pipeline import Outcome


@dataclass(frozen=True)
class Diff:
    """What changed between two versions of a spec, and up to how many absences powers were compared."""

    old: str
    new: str
    depth: int
    powers: tuple[PowerChange, ...] = ()
    quorum: tuple[Flip, ...] = ()
    edges: tuple[EdgeChange, ...] = ()
    proofs: tuple[ProofChange, ...] = ()
    new_findings: tuple[Finding, ...] = ()
    fixed_findings: tuple[Finding, ...] = ()
    unchanged_findings: int = 0
    entries: tuple[EntryChange, ...] = ()

    @property
    def empty(self) -> bool:
        """No semantic change at all (the unchanged findings are not a change)."""
        parts = (self.powers, self.quorum, self.edges, self.proofs, self.new_findings, self.fixed_findings)
        return not any(parts) and not self.entries

    @property
    def worse(self) -> bool:
        """A property that held now fails (or hinges, or is undecided), or a new error appears."""
        return any(p.worse for p in self.proofs) or any(f.severity is Severity.ERROR for f in self.new_findings)

    @property
    def chain_findings(self) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
        """Cycles, gaps and dead ends of chains: (introduced, fixed)."""
        return (
            tuple(f for f in self.new_findings if f.code in CHAIN_CODES),
            tuple(f for f in self.fixed_findings if f.code in CHAIN_CODES),
        )


def depth_of(old: Model, new: Model, options: CheckOptions) -> int:
    """The depth both versions' built-in proofs cover: the deeper of the two."""
    from govspec.checks.proving import absence_depth

    return max(absence_depth(old, options), absence_depth(new, options))


def semantic_diff(old: Outcome, new: Outcome, options: CheckOptions) -> Diff:
    """The diff of two checked outcomes (check_outcome); both must have resolved."""
    assert old.model is not None and new.model is not None, "only resolved specs are compared"
    depth = depth_of(old.model, new.model, options)
    # Equal models (spans and file names aside) give equal who-may-act: the solver is not asked.
    same = old.model == new.model
    fresh, fixed, kept = matched(old.findings, new.findings, old.model, new.model)
    before = old.tally.properties if old.tally else ()
    after = new.tally.properties if new.tally else ()
    return Diff(
        old.file,
        new.file,
        depth,
        () if same else compare_powers(old.model, new.model, depth, options.timeout),
        quorum_flips(old.model, new.model),
        chain_edges(old.model, new.model),
        proof_changes(before, after),
        fresh,
        fixed,
        len(kept),
        entry_changes(old.model, new.model),
    )
