"""Matter routing: every matter that must be decided collectively has a competent body, and no matter is at once
required of, or allowed to, a decider and forbidden to it. Model -> findings GS331–GS332.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

import z3

from govspec.catalogue import Say, either, listed, say
from govspec.checks.proving import Proof, per_model, unknowns
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity, citation_list
from govspec.logic.encode import all_of, any_of
from govspec.logic.solve import Holds, Prover, Query, Refuted, Verdict
from govspec.model.entities import Matter, Model, Routing
from govspec.options import CheckOptions


def _lineage(model: Model, matter: Matter) -> list[Matter]:
    """The matter and the matters above it: what is said of 重大事项 is said of each of its kinds."""
    chain = [matter]
    while (parent := chain[-1].parent) is not None and parent not in {m.name for m in chain}:
        chain.append(model.matters[parent])
    return chain


Statements = dict[str, tuple[Matter, Routing, tuple[str, ...]]]  # words -> (owner, statement, deciders)


def _deciders(model: Model, routing: Routing) -> tuple[str, ...]:
    """The bodies and offices a statement names, a group standing for its offices (`must 领导`: one of them)."""
    found = (d for name in routing.deciders for d in (model.groups[name].offices if name in model.groups else (name,)))
    return tuple(dict.fromkeys(found))


def _statements(model: Model, matter: Matter) -> Statements:
    found = {}
    for owner in _lineage(model, matter):
        for routing in owner.routing:
            where = "、".join(routing.citations or owner.citations) or "no article"
            words = f"{where}: {owner.name} {routing.mode} {', '.join(routing.deciders)}"
            found[words] = (owner, routing, _deciders(model, routing))
    return found


def _term(mode: str, deciders: tuple[str, ...], decides: dict[str, z3.BoolRef]) -> z3.BoolRef:
    if mode == "must":
        return any_of(decides[d] for d in deciders)
    if mode == "never":
        return all_of(z3.Not(decides[d]) for d in deciders)
    return all_of(decides[d] for d in deciders)


def _query(statements: Statements) -> Query[None]:
    deciders = sorted({d for _, _, named in statements.values() for d in named})
    decides = {d: z3.Bool(f"d{i}") for i, d in enumerate(deciders)}
    facts = [_term(r.mode, named, decides) for _, r, named in statements.values()]
    return Query(facts, legend=[f"d{i}: decided by {d}" for i, d in enumerate(deciders)] + list(statements))


def _conflicting(statements: Statements) -> bool:
    """Counting first: the statements clash exactly when some `must` or `may` needs only forbidden deciders."""
    forbidden = {d for _, r, named in statements.values() if r.mode == "never" for d in named}
    return any(
        (r.mode == "must" and set(named) <= forbidden) or (r.mode == "may" and forbidden & set(named))
        for _, r, named in statements.values()
    )


@per_model
def routing_proofs(model: Model, options: CheckOptions, prover: Prover) -> Iterator[Proof]:
    """Per matter with routing of its own: its statements (with its parents') can all hold, or a minimal core."""
    for matter in model.matters.values():
        if not matter.routing:
            continue  # what a matter inherits is proved at the matter it comes from
        statements = _statements(model, matter)
        query = partial(_query, statements)
        verdict: Verdict[Any] = Holds()
        if _conflicting(statements):
            found = prover.minimal_core(dict(zip(statements, query().facts, strict=True)))
            verdict = Refuted(found) if isinstance(found, tuple) else found
        yield Proof(
            "GS332",
            f"routing-{matter.name}",
            say("proof.routing", matter=matter.name),
            citation_list(tuple(r.citations or m.citations for m, r, _ in statements.values())),
            matter.span,
            verdict,
            query,
            (matter.name,),
            holds_when="sat",
        )


@check("GS332", "routing-contradiction", Severity.ERROR)
def routing_contradiction(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A matter is required of (or allowed to) a decider and forbidden to it at once: a minimal set of statements.

    Fires: `matter M { must 常务会议; never 常务会议 }`. Passes: `matter M { must 常务会议, 全体会议; never 常务会议 }`.
    """
    proofs = routing_proofs(model, options)
    for proof in proofs:
        if not isinstance(proof.verdict, Refuted):
            continue
        matter = model.matters[proof.about[0]]
        statements = _statements(model, matter)
        core = [statements[name] for name in proof.verdict.witness]
        if not any(owner is matter for owner, _, _ in core):
            continue  # the clash lies wholly in a parent matter and is reported there
        yield finding(
            "GS332",
            say("GS332", matter=matter.name),
            locations=tuple(r.span for _, r, _ in core),
            citations=citation_list(tuple(r.citations or m.citations for m, r, _ in core)),
            witness={"conflicting statements": [_statement_words(statements[name]) for name in proof.verdict.witness]},
        )
    yield from unknowns(proofs)


def _statement_words(statement: tuple[Matter, Routing, tuple[str, ...]]) -> Say:
    """One routing statement as the spec says it: "第四十五条: 全区重大问题 must 区政府常务会议"."""
    owner, routing, _ = statement
    cites = routing.citations or owner.citations
    where = listed(cites) if cites else say("signer.no_article")
    mode = say(f"mode.{routing.mode}")
    return say("deciding", where=where, matter=owner.name, mode=mode, deciders=listed(routing.deciders))


def _decider_words(model: Model, decider: str) -> Say:
    body = model.bodies.get(decider)
    if body is not None:
        matters = listed(body.decides.names) if body.decides else say("GS331.nothing")
        return say("GS331.body", decider=decider, matters=matters)
    if decider in model.units:
        bodies = [b.name for b in model.bodies.values() if b.unit == decider]
        return say("GS331.institution", decider=decider, bodies=listed(bodies) if bodies else say("GS331.no_body"))
    if decider in model.groups:
        return say("GS331.group", decider=decider, offices=listed(model.groups[decider].offices))
    return say("GS331.office", decider=decider)


@check("GS331", "matter-without-competent-body", Severity.ERROR)
def matter_without_competent_body(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A matter must be decided collectively, but none of the bodies named decides it (or a matter above it).

    A unit named decides through the bodies that belong to it (`body 常务会议 of 区政府`).
    Fires: `matter M { must 常务会议 }` where 常务会议 has no `decides M`. Passes: `body 常务会议 { … decides M }`.
    """
    for matter in model.matters.values():
        lineage = {m.name for m in _lineage(model, matter)}
        for routing in matter.routing:
            if routing.mode != "must":
                continue
            named = set(routing.deciders)
            bodies = [b for b in model.bodies.values() if b.name in named or b.unit in named]
            if not any(b.decides and lineage & set(b.decides.names) for b in bodies):
                yield finding(
                    "GS331",
                    say("GS331", matter=matter.name, deciders=either(routing.deciders)),
                    locations=(routing.span,),
                    citations=citation_list((matter.citations, routing.citations, *(b.citations for b in bodies))),
                    witness={"deciders": [_decider_words(model, d) for d in routing.deciders]},
                )
