"""Matter routing: every matter that must be decided collectively has a competent body, and no matter is at once
required of, or allowed to, a decider and forbidden to it. Model -> findings GS331–GS332.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

import z3

from govspec.catalogue import Say, articles, both, either, listed, say
from govspec.checks.deciders import bodies_on, standing_for
from govspec.checks.proving import Proof, per_model, unknowns
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity, citation_list
from govspec.graphs import lineage
from govspec.graphs.build import institutions
from govspec.logic.encode import all_of, any_of
from govspec.logic.solve import Holds, Prover, Query, Refuted, Verdict
from govspec.model.entities import Matter, Model, Routing
from govspec.options import CheckOptions

# words -> (owner, statement, deciders): each decider the statement names, as the bodies and offices it stands for.
Statements = dict[str, tuple[Matter, Routing, tuple[tuple[str, ...], ...]]]


def _deciders(model: Model, routing: Routing) -> tuple[tuple[str, ...], ...]:
    """Each decider a statement names, as each name stands for deciders (`standing_for`)."""
    return tuple(dict.fromkeys(way for name in routing.deciders for way in standing_for(model, name)))


def _allowances(model: Model, owner: Matter) -> list[Routing]:
    """A body that decides a matter (`decides M`) may decide it: read as `may` that body, at its clause."""
    return [
        Routing("may", (body.name,), citations=body.decides.citations or body.citations, span=body.decides.span)
        for body in bodies_on(model, "decides", owner.name)
        if body.decides
    ]


def _statements(model: Model, matter: Matter) -> Statements:
    found = {}
    for owner in (model.matters[name] for name in lineage(model, matter.name)):
        for routing in (*owner.routing, *_allowances(model, owner)):
            where = "、".join(routing.citations or owner.citations) or "no article"
            words = f"{where}: {owner.name} {routing.mode} {', '.join(routing.deciders)}"
            found[words] = (owner, routing, _deciders(model, routing))
    return found


def _term(mode: str, deciders: tuple[tuple[str, ...], ...], decides: dict[str, z3.BoolRef]) -> z3.BoolRef:
    if mode == "must":
        return any_of(decides[d] for ways in deciders for d in ways)
    if mode == "never":
        return all_of(z3.Not(decides[d]) for ways in deciders for d in ways)
    return all_of(any_of(decides[d] for d in ways) for ways in deciders)


def _query(statements: Statements) -> Query[None]:
    deciders = sorted({d for _, _, named in statements.values() for ways in named for d in ways})
    decides = {d: z3.Bool(f"d{i}") for i, d in enumerate(deciders)}
    facts = [_term(r.mode, named, decides) for _, r, named in statements.values()]
    return Query(facts, legend=[f"d{i}: decided by {d}" for i, d in enumerate(deciders)] + list(statements))


def _conflicting(statements: Statements) -> bool:
    """Counting first: the statements clash exactly when some `must` or `may` needs only forbidden deciders."""
    forbidden = {d for _, r, named in statements.values() if r.mode == "never" for ways in named for d in ways}
    return any(
        (r.mode == "must" and {d for ways in named for d in ways} <= forbidden)
        or (r.mode == "may" and any(set(ways) <= forbidden for ways in named))
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

    A body that `decides` the matter is allowed it; a ban may name a class of bodies, barring each body of it.
    Fires: `matter M { must 常务会议; never 常务会议 }`, or `never 议事协调机构` with a 领导小组 of that class that
    `decides M`. Passes: `matter M { must 常务会议, 全体会议; never 常务会议 }`.
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


def _statement_words(statement: tuple[Matter, Routing, tuple[tuple[str, ...], ...]]) -> Say:
    """One routing statement as the spec says it: "第四十五条: 全区重大问题 must 区政府常务会议"."""
    owner, routing, _ = statement
    where = articles(routing.citations or owner.citations)
    mode = say(f"mode.{routing.mode}")
    return say("deciding", where=where, matter=owner.name, mode=mode, deciders=listed(routing.deciders))


def _decider_words(model: Model, decider: str) -> Say:
    body = model.bodies.get(decider)
    if body is not None:
        matters = listed(body.decides.names) if body.decides else say("GS331.nothing")
        if body.discusses:
            return say("GS331.body_discusses", decider=decider, discussed=listed(body.discusses.names), matters=matters)
        return say("GS331.body", decider=decider, matters=matters)
    if decider in model.units:
        bodies = institutions(model).get(decider, ())
        if not bodies:
            return say("GS331.institution_alone", decider=decider)
        return say("GS331.institution", decider=decider, bodies=listed(bodies))
    if decider in model.groups:
        return say("GS331.group", decider=decider, offices=listed(model.groups[decider].offices))
    return say("GS331.office", decider=decider)


@check("GS331", "matter-without-competent-body", Severity.ERROR)
def matter_without_competent_body(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A matter must be decided collectively, but none of the bodies named decides it (or a matter above it).

    A unit named decides through the bodies that belong to it (`body 常务会议 of 区政府`); a body that only `discusses`
    the matter does not decide it.
    Fires: `matter M { must 常务会议 }` where 常务会议 has no `decides M`, or only `discusses M`. Passes: `body 常务会议
    { … decides M }`.
    """
    for matter in model.matters.values():
        above = set(lineage(model, matter.name))
        for routing in matter.routing:
            if routing.mode != "must":
                continue
            named = set(routing.deciders)
            bodies = [b for b in model.bodies.values() if b.name in named or b.unit in named]
            if not any(b.decides and above & set(b.decides.names) for b in bodies):
                discussing = [b.name for b in bodies if b.discusses and above & set(b.discusses.names)]
                named_words = {"matter": matter.name, "deciders": either(routing.deciders)}
                words = (
                    say("GS331.discussed", **named_words, bodies=both(discussing))
                    if discussing
                    else say("GS331", **named_words)
                )
                yield finding(
                    "GS331",
                    words,
                    locations=(routing.span,),
                    citations=citation_list((matter.citations, routing.citations, *(b.citations for b in bodies))),
                    witness={"deciders": [_decider_words(model, d) for d in routing.deciders]},
                )
