"""The one place that calls Solver.check, always with the timeout. Queries -> three-way verdicts.

A query's assertions are satisfiable exactly when its property fails; a model is made canonical (each term of
the query's order minimised in turn, so witnesses do not depend on solver history), decoded into domain terms
and replayed through the oracle before anyone sees it. Minimising is best effort: a step the solver gives up on
keeps the model found so far, so nothing may be claimed least on the strength of a witness alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import z3

W = TypeVar("W")


@dataclass(frozen=True)
class Holds:
    """Proved: no situation within the stated bounds refutes the property."""


@dataclass(frozen=True, slots=True)
class Refuted(Generic[W]):
    """Refuted, with the situation that shows it (already replayed)."""

    witness: W


@dataclass(frozen=True)
class Unknown:
    """Neither proved nor refuted (a timeout, or a question outside what govspec can decide); never a pass."""

    reason: str


@dataclass(frozen=True)
class OnlyIf(Generic[W]):
    """Holds only if the grants and delegations the text leaves open outlast their giver's absence: refuted, with
    `witness`, when they are read as given case by case, proved when read as standing."""

    witness: W


Verdict = Holds | Refuted[W] | Unknown | OnlyIf[W]  # what every proof ends in: Verdict[Scenario], Verdict[Any] …


class ReplayError(AssertionError):
    """A solver model that the plain-Python evaluator does not confirm: a defect in govspec, never in the spec."""


Least = tuple[z3.ArithRef, int]  # a term a witness minimises, and a value the query's facts never let it go below


@dataclass(frozen=True)
class Query(Generic[W]):
    """A property instance: assertions unsatisfiable exactly when the property holds, and how to read a model."""

    facts: Sequence[z3.BoolRef]
    decode: Callable[[z3.ModelRef], W] | None = None
    replay: Callable[[W], bool] | None = None
    order: Sequence[Least] = ()
    legend: Sequence[str] = field(default=())


MAX_STEPS = 64  # how many times a witness's term that is not a whole number is lowered


class Prover:
    """One solver for a family of proofs: each query is solved between push and pop, under the run's timeout."""

    def __init__(self, timeout: float) -> None:
        self.solver = z3.Solver()
        self.solver.set("timeout", max(1, int(timeout * 1000)))

    def _check(self, *assumptions: z3.BoolRef) -> z3.CheckSatResult:
        return self.solver.check(*assumptions)

    def decide(self, query: Query[W]) -> Verdict[W]:
        self.solver.push()
        try:
            self.solver.add(*query.facts)
            result = self._check()
            if result == z3.unsat:
                return Holds()
            if result == z3.unknown:
                return Unknown(self.solver.reason_unknown())
            assert query.decode is not None and query.replay is not None, "a query refuted must say how to read it"
            witness = query.decode(self._canonical(query.order))
        finally:
            self.solver.pop()
        if not query.replay(witness):
            raise ReplayError(f"the solver's witness {witness!r} does not replay")
        return Refuted(witness)

    def _canonical(self, order: Sequence[Least]) -> z3.ModelRef:
        """The least model in the query's order, as far as the solver can tell: a step it gives up on ends the
        minimising and keeps the model found so far, valid but perhaps not least. A term already at its floor is
        least without asking, which spares most of a large body's members a solver call each."""
        model = self.solver.model()
        for term, floor in order:
            if not term.is_int() or model.eval(term, model_completion=True).as_long() > floor:
                model = self._least(term, model)
            self.solver.add(term == model.eval(term, model_completion=True))
        return model

    def _below(self, bound: z3.BoolRef) -> z3.ModelRef | bool | None:
        """A model with the bound added, False where there is none, None where the solver cannot tell."""
        self.solver.push()
        try:
            self.solver.add(bound)
            result = self._check()
            return self.solver.model() if result == z3.sat else (False if result == z3.unsat else None)
        finally:
            self.solver.pop()

    def _least(self, term: z3.ArithRef, model: z3.ModelRef) -> z3.ModelRef:
        """A model where the whole-number `term` is least: steps down doubling until the solver finds no lower value,
        then halves the gap, so a value of 10^20 takes some 140 calls, not 10^20. A term that is not a whole number
        is lowered a bounded number of times."""
        if not term.is_int():
            for _ in range(MAX_STEPS):
                found = self._below(term < model.eval(term, model_completion=True))
                if not isinstance(found, z3.ModelRef):
                    break
                model = found
            return model
        high = model.eval(term, model_completion=True).as_long()
        low, step = None, 1
        while low is None:
            found = self._below(term <= high - step)
            if found is None:
                return model
            if found is False:
                low = high - step + 1
            else:
                model, high, step = found, found.eval(term, model_completion=True).as_long(), step * 2
        while low < high:
            middle = (low + high) // 2
            found = self._below(term <= middle)
            if found is None:
                return model
            if found is False:
                low = middle + 1
            else:
                model, high = found, found.eval(term, model_completion=True).as_long()
        return model

    def implied(self, facts: Sequence[z3.BoolRef], goal: z3.BoolRef) -> bool | None:
        """Whether `facts` imply `goal`; None when the solver cannot tell in time."""
        self.solver.push()
        try:
            self.solver.add(*facts, z3.Not(goal))
            result = self._check()
        finally:
            self.solver.pop()
        return None if result == z3.unknown else result == z3.unsat

    def minimal_core(self, statements: Mapping[str, z3.BoolRef]) -> tuple[str, ...] | Holds | Unknown:
        """A minimal set of statements that cannot all hold, or Holds when they can: each statement, the last first,
        is left out when the others still cannot all hold, so the set kept is the one stated earliest (a matter's
        own rules before what its bodies allow).

        The deletion starts from every statement, not from the solver's unsat core: which core the solver returns
        depends on what it solved before in the process, and two cores lead to two minimal sets, so the same spec
        gave one witness in one run and another in the next."""
        self.solver.push()
        try:
            marks = {name: z3.Bool(f"s{i}") for i, name in enumerate(statements)}
            for name, statement in statements.items():
                self.solver.add(z3.Implies(marks[name], statement))
            result = self._check(*marks.values())
            if result != z3.unsat:
                return Holds() if result == z3.sat else Unknown(self.solver.reason_unknown())
            kept = list(statements)
            for name in reversed(list(statements)):
                rest = [marks[n] for n in kept if n != name]
                if self._check(*rest) == z3.unsat:
                    kept.remove(name)
            return tuple(kept)
        finally:
            self.solver.pop()


def smt_text(facts: Sequence[z3.BoolRef], comments: Sequence[str]) -> str:
    """A self-contained SMT-LIB 2 file: comments, the logic, declarations, assertions, (check-sat)."""
    # A fresh context: z3 shares subterms through `let` by what else is alive in a context, so the text of one
    # obligation would otherwise depend on every query built before it.
    context = z3.Context()
    solver = z3.Solver(ctx=context)
    solver.add(*(fact.translate(context) for fact in facts))
    body = [line for line in solver.to_smt2().splitlines() if not line.startswith(("; benchmark", "(set-info"))]
    header = [f"; {line}" for text in comments for line in text.splitlines()]
    return _renumber("\n".join([*header, "(set-logic QF_LIA)", *body]) + "\n")


def _renumber(text: str) -> str:
    """Number z3's `let` names by first appearance: it names them by internal ids, which vary from run to run."""
    names: dict[str, str] = {}
    return re.sub(r"[?$]x\d+", lambda m: names.setdefault(m.group(), f"{m.group()[0]}x{len(names)}"), text)
