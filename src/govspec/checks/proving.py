"""What the proof checks share: the absence depth, proofs as records computed once per model, witnesses in words,
unknown verdicts."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from govspec.catalogue import Listed, Say, both, listed, plural, say
from govspec.checks.registry import finding
from govspec.diagnostics import Finding, Span, citation_list
from govspec.logic.oracle import Oracle
from govspec.logic.powers import PowerRules, able
from govspec.logic.properties import Instance, Unable
from govspec.logic.scenario import Scenario, Staffing
from govspec.logic.solve import Holds, OnlyIf, Prover, Query, Refuted, ReplayError, Unknown, Verdict
from govspec.model.entities import Acting, Assertion, Model, PowerKey
from govspec.options import CheckOptions

UPPER = {"<=": 0, "=": 0, "<": 1}  # absent <= k, = k (more absences never help), < k: the depth is k minus this


def stated_depth(assertion: Assertion) -> int | None:
    """The depth an assertion's own bound proves for, or None when it bounds absences only from below."""
    assert assertion.depth is not None
    return assertion.depth - UPPER[assertion.op] if assertion.op in UPPER else None


def absence_depth(model: Model, options: CheckOptions) -> int:
    """The depth the built-in proofs cover: the command line's, else the deepest the spec asserts, else 1.

    Only an upper bound asserts a depth (`absent < 2` asserts 1); a lower bound (`absent >= 3`) is undecidable
    here (GS399) and leaves the built-in depth alone.
    """
    if options.absence_depth is not None:
        return options.absence_depth
    stated = [stated_depth(a) for a in model.assertions if a.depth is not None]
    return max((d for d in stated if d is not None), default=1)


def assertion_depth(assertion: Assertion, model: Model, options: CheckOptions) -> int | None:
    """The depth an assertion claims (the built-in one when it names none), or None for a bound from below."""
    return absence_depth(model, options) if assertion.depth is None else stated_depth(assertion)


def coverage(depth: int) -> Say:
    """The words a verdict uses to say what it covers."""
    return plural("coverage", depth)


def away_words(absent: list[Say | str]) -> Say:
    """Who a witness has away, as a clause: "区长 is away", "区长, 常务副区长 are away", "区长 is away for 病假"."""
    if len(absent) == 1 and isinstance(absent[0], Say) and absent[0].key == "scene.for":
        return say("scene.away_for", **dict(absent[0].args))
    return say("scene.away" if len(absent) == 1 else "scene.away_many", who=listed(absent))


def away_checked(absent: list[Say | str], depth: int) -> Say:
    """Who a witness has away and what the proof covered: "区长 is away (checked every absence of up to 1 …)"."""
    return say("scene.checked", away=away_words(absent), coverage=coverage(depth))


Entrustment = tuple[str, str, tuple[str, ...]]  # who gives a power, who receives it, the articles saying so


@dataclass(frozen=True)
class Hinge:
    """What an OnlyIf verdict hinges on: the open entrustments whose giver its witness has away, and who may act in
    that very scenario once they are read as standing."""

    entrustments: tuple[Entrustment, ...]
    standing_actors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Proof:
    """One proof obligation and its verdict; `query` rebuilds the solver query for the proofs/ folder.

    Where the verdict depends on how the text's open entrustments are read (OnlyIf), `query` is the case-by-case
    reading, `standing` the standing one (which holds), and `hinge` what the verdict hinges on.
    """

    code: str
    name: str
    statement: Say
    citations: tuple[str, ...]
    span: Span
    verdict: Verdict[Any]
    query: Callable[[], Query[Any]]
    about: tuple[str, ...] = ()
    depth: int | None = None
    holds_when: str = "unsat"
    standing: Callable[[], Query[Any]] | None = None
    hinge: Hinge | None = None
    power: PowerKey | None = None
    part: str | None = None
    charged: str | None = None

    @property
    def file_stem(self) -> str:
        return f"{self.code}-" + re.sub(r"[\s/\\:*?\"<>|]+", "_", self.name)


ProofFamily = Callable[[Model, CheckOptions], list[Proof]]


def per_model(family: Callable[[Model, CheckOptions, Prover], Iterator[Proof]]) -> ProofFamily:
    """Prove a family once per model and options: every check that reports on those proofs, and `govspec build`,
    share them. They are kept with the model, and go when it goes."""

    def proved(model: Model, options: CheckOptions) -> list[Proof]:
        proofs = []
        for proof in family(model, options, Prover(options.timeout)):
            proofs.append(proof)
            if options.progress:
                options.progress(f"{family.__name__}: {len(proofs)} obligations proved")
        return proofs

    @functools.wraps(family)
    def once(model: Model, options: CheckOptions) -> list[Proof]:
        return model.derive((family, options), lambda: proved(model, options))

    return once


def decide(prover: Prover, instance: Instance[Any]) -> Verdict[Any]:
    """The cheap answer when there is one (its witness replayed like the solver's, no Z3 term built), else the
    solver's."""
    settled = instance.settle()
    if settled is None:
        return prover.decide(instance.query())
    if isinstance(settled, Refuted) and not instance.replay(settled.witness):
        raise ReplayError(f"the counted witness {settled.witness!r} does not replay")
    return settled


def entrustment_list(model: Model, entrustments: tuple[Entrustment, ...]) -> Listed:
    """ "the entrustment of 第五十六条(一) (区长 to 常务副区长)", for each entrustment, said jointly."""
    clauses = []
    for giver, receiver, cites in entrustments:
        articles = model.articles(cites)
        clauses.append(
            say("entrustment", articles=listed(articles), giver=giver, receiver=receiver)
            if articles
            else say("entrustment.uncited", giver=giver, receiver=receiver)
        )
    return both(clauses)


def entrustment_words(model: Model, entrustments: tuple[Entrustment, ...]) -> Say:
    """ "the entrustment of 第五十六条(一) (区长 to 常务副区长) stays valid while 区长 is away", for every entrustment a
    verdict hinges on."""
    givers = listed(dict.fromkeys(giver for giver, _, _ in entrustments))
    key = "entrustment.valid" if len(entrustments) == 1 else "entrustment.valid_many"
    return say(key, entrustments=entrustment_list(model, entrustments), givers=givers)


def hinge_witness(hinge: Hinge) -> dict[str, list[Say]]:
    """Both witnesses of a verdict that hinges on a reading: nobody may act reading the entrustments case by case,
    and who may, in the very same situation, reading them as standing."""
    return {
        "case by case": [say("hinge.case_by_case")],
        "standing": [say("hinge.standing", actors=listed(hinge.standing_actors))],
    }


@dataclass(frozen=True)
class BothReadings:
    """A verdict under both readings of the open entrustments, the query of the case-by-case reading, the standing
    reading's where the verdict hinges on them, and what it hinges on: the fields a Proof takes from them."""

    verdict: Verdict[Any]
    query: Callable[[], Query[Any]]
    standing: Callable[[], Query[Any]] | None
    hinge: Hinge | None

    def proof_fields(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "query": self.query, "standing": self.standing, "hinge": self.hinge}


def prove_both(
    prover: Prover, staffing: Staffing, rules: PowerRules, read: Callable[[bool], Instance[Any]]
) -> BothReadings:
    """Prove a property of one power under both readings; `read` builds the instance for a reading."""
    verdict = decide_both(prover, read, rules.silent)
    standing = read(True).query if isinstance(verdict, OnlyIf) else None
    return BothReadings(verdict, read(False).query, standing, hinging(rules, staffing, verdict))


def decide_both(prover: Prover, read: Callable[[bool], Instance[Any]], silent: bool) -> Verdict[Any]:
    """The verdict under both readings of the entrustments the text leaves open: case by case first, and where that
    is refuted, standing too. A property refuted under both is refuted by a witness that fails however the
    entrustments are read; one proved only when they are standing is OnlyIf."""
    verdict = decide(prover, read(False))
    if not silent or not isinstance(verdict, Refuted):
        return verdict
    standing = read(True)
    # Most situations that refute one reading refute both: replaying the witness settles those without a solver.
    if standing.replay(verdict.witness):
        return verdict
    other = decide(prover, standing)
    return OnlyIf(verdict.witness) if isinstance(other, Holds) else other


def hinging(rules: PowerRules, staffing: Staffing, verdict: Verdict[Any]) -> Hinge | None:
    """What an OnlyIf verdict hinges on; None for any other verdict."""
    if not isinstance(verdict, OnlyIf):
        return None
    scenario = verdict.witness[0] if isinstance(verdict.witness, tuple) else verdict.witness
    found = rules.entrustments()
    away = tuple(e for e in found if not scenario.present(staffing, e[0])) or found
    return Hinge(away, able(rules.read(True), staffing, scenario))


def power_proof(
    prover: Prover,
    staffing: Staffing,
    oracle: Oracle,
    rules: PowerRules,
    depth: int | None,
    *,
    gone: tuple[str, ...] = (),
    code: str,
    name: str,
    statement: Say,
    span: Span,
    about: tuple[str, ...],
) -> Proof:
    """The proof that someone may exercise a power: a holder of each `gone` office away and at most `depth` others,
    under both readings of the entrustments the text leaves open."""

    read = partial(Unable, staffing, rules, depth, oracle, gone)
    both = prove_both(prover, staffing, rules, read)
    fields = both.proof_fields()
    held = {"power": rules.power, "part": rules.part}
    return Proof(code, name, statement, rules.citations, span, about=about, depth=depth, **held, **fields)


def standing_in(model: Model, staffing: Staffing) -> Callable[[Scenario], tuple[str, ...]]:
    """For a witness, the citations of the stand-in rules of the offices it has wholly away: they say what does pass,
    so a finding rests on them (and on any reading they take) as much as on the rules that create the power."""
    rules: dict[str, list[Acting]] = {}
    for acting in model.actings:
        rules.setdefault(acting.absent, []).append(acting)

    def cited(scenario: Scenario) -> tuple[str, ...]:
        # A witness names whole kind trees, so an office among its pools has all its holders in the scenario.
        away = [o for o in scenario.own if o in rules and not scenario.present(staffing, o)]
        return citation_list(tuple(a.citations for office in away for a in rules[office]))

    return cited


def undecided_finding(
    statement: Say, reason: str, locations: tuple[Span, ...], citations: tuple[str, ...], obligation: str
) -> Finding:
    """The GS399 finding for an obligation the solver could not decide: reported, never counted as holding."""
    return finding(
        "GS399",
        say("GS399", statement=statement, reason=reason),
        locations=locations,
        citations=citations,
        witness={"obligation": obligation, "reason": reason},
    )


def unknown_finding(proof: Proof) -> Finding:
    """The GS399 finding for a proof the solver could not decide."""
    assert isinstance(proof.verdict, Unknown)
    return undecided_finding(proof.statement, proof.verdict.reason, (proof.span,), proof.citations, proof.file_stem)


def unknowns(proofs: list[Proof]) -> Iterator[Finding]:
    return (unknown_finding(p) for p in proofs if isinstance(p.verdict, Unknown))
