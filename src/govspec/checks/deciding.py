"""Deciding versus discussing and changing: a matter some body discusses has someone who decides it, and whoever may
change a decision may take it. Model -> findings GS333–GS334.
"""

from __future__ import annotations

from collections.abc import Iterator

from govspec.catalogue import Say, articles, both, listed, say
from govspec.checks.deciders import bodies_on, decider_named, standing_for
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity, citation_list
from govspec.graphs import externals, lineage
from govspec.graphs.build import institutions
from govspec.model.entities import Change, Matter, Model, Routing
from govspec.options import CheckOptions


def _routings(model: Model, matter: Matter, mode: str) -> list[Routing]:
    return [r for name in lineage(model, matter.name) for r in model.matters[name].routing if r.mode == mode]


@check("GS333", "matter-discussed-never-decided", Severity.WARNING)
def matter_discussed_never_decided(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A body discusses a matter that nobody may decide: the discussion leads to no decision the rules name.

    A body that decides the matter (or a matter above it), a `must` or `may` naming anyone, or an escalation ending at
    a declared external authority is someone who decides it (`decider_named`).
    Fires: `body 专题会议 { … discusses M }` and nothing else about M. Passes: `matter M { may 区长 }`, or `body
    常务会议 { … decides M }`.
    """
    for matter in model.matters.values():
        discussing = bodies_on(model, "discusses", matter.name)
        if not discussing or decider_named(model, matter.name):
            continue
        parts = [b.discusses for b in discussing if b.discusses]
        yield finding(
            "GS333",
            say("GS333", matter=matter.name, bodies=both(b.name for b in discussing)),
            locations=tuple(p.span for p in parts),
            citations=citation_list((*(p.citations for p in parts), matter.citations)),
            witness={"matter": matter.name, "discussed by": [b.name for b in discussing]},
        )


def _ways(model: Model, changer: str) -> tuple[str, ...]:
    """How a changer decides: a unit with bodies of its own through one of them, anyone else itself."""
    return institutions(model).get(changer, (changer,))


def _named(model: Model, way: str, deciders: tuple[str, ...]) -> bool:
    """Whether a statement's deciders name `way`: itself, a group or a kind it belongs to, the unit of a body."""
    covered = set(deciders) | {d for name in deciders for way in standing_for(model, name) for d in way}
    own = set(model.kinds(way)) if way in model.offices else {way}
    body = model.bodies.get(way)
    return bool(covered & own) or (body is not None and body.unit in covered)


def _barring(model: Model, matter: Matter, changer: str) -> tuple[Routing, ...]:
    """The statements by which `changer` may not take a decision on the matter: for each way it decides, one that
    requires others (`must`, not naming it) or forbids it (`never`); none when some way is left."""
    musts, nevers = _routings(model, matter, "must"), _routings(model, matter, "never")

    def failing(way: str) -> Routing | None:
        required = next((r for r in musts if not _named(model, way, r.deciders)), None)
        return required or next((r for r in nevers if _named(model, way, r.deciders)), None)

    found = [failing(way) for way in _ways(model, changer)]
    return () if None in found else tuple(dict.fromkeys(r for r in found if r is not None))


def _changers(model: Model, change: Change) -> Iterator[str]:
    """The changers a clause names that decide inside these rules: an external authority decides outside them."""
    outside = externals(model)
    for name in change.changers:
        if name in model.groups:
            yield from model.groups[name].offices
        elif name not in outside:
            yield name


@check("GS334", "changer-cannot-decide", Severity.ERROR)
def changer_cannot_decide(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A decision may be changed only by someone the rules do not let take it: changing a decision is deciding anew.

    A decider not named as a changer is no finding: it may take a decision, not undo another's. A changer the rules
    neither allow nor forbid to decide is none either; an external authority decides outside these rules.
    Fires: `matter M { must 常务会议; changed only by 区长 }`. Passes: `matter M { must 常务会议; changed only by
    常务会议 }`, or `changed only by its decider`.
    """
    for matter in model.matters.values():
        for change in matter.changes:
            for changer in dict.fromkeys(_changers(model, change)):
                barring = _barring(model, matter, changer)
                if not barring:
                    continue
                rules = both(
                    say("GS334.rule", mode=say(f"mode.{r.mode}"), deciders=listed(r.deciders)) for r in barring
                )
                yield finding(
                    "GS334",
                    say("GS334", matter=matter.name, changer=changer, rules=rules),
                    locations=(change.span, *(r.span for r in barring)),
                    citations=citation_list((change.citations, *(r.citations for r in barring), matter.citations)),
                    witness={"matter": matter.name, "changer": changer, "statements": [_statement(r) for r in barring]},
                )


def _statement(routing: Routing) -> Say:
    mode = say(f"mode.{routing.mode}")
    return say("GS334.statement", where=articles(routing.citations), mode=mode, deciders=listed(routing.deciders))
