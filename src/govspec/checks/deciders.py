"""Who decides a matter, read one way by every check that asks: whom the rules allow and bar, the meetings a matter is
put to, and whether the rules say who decides it at all. Model -> plain values for the checks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from govspec.graphs import Node, Places, externals, lineage
from govspec.graphs.build import institutions
from govspec.model.entities import Body, Cited, Model


@dataclass(frozen=True)
class Deciders:
    """Who may decide a matter: its routing and its ancestors', and the bodies that decide them; minus `never`.
    `softly`: those barred only by a soft `never` (原则上不得由), with the hedges of those rules."""

    allowed: frozenset[str]
    barred: frozenset[str]
    sources: tuple[Cited, ...]
    softly: frozenset[str] = frozenset()
    hedges: tuple[str, ...] = ()

    @property
    def hard(self) -> Deciders:
        """The same, with the soft bans yielding, as the text allows them to."""
        return Deciders(self.allowed, self.barred - self.softly, self.sources)

    def decides(self, places: Places, institutions: Mapping[str, tuple[str, ...]], node: Node) -> bool:
        """Whether the rules let `node` decide the matter, where a chain reaches it. A unit that decides through
        bodies of its own (`institutions`) decides what it or one of its bodies may, and its head does not decide for
        it; anyone else decides what the rules let it or, unless they bar it, one of its kinds decide."""
        if isinstance(node, str) and node in institutions:
            return any(self._lets(name, frozenset({name})) for name in (node, *institutions[node]))
        return self._lets(node, places.counts_as(node) - institutions.keys())

    def _lets(self, node: Node, counts: frozenset[Node]) -> bool:
        """Whether `node`, counting as `counts`, may decide: a rule naming the office itself outweighs one naming its
        kind (`may 常务副区长; never 副区长` lets the 常务副区长 decide, and the reverse bars it)."""
        if node in self.barred:
            return False
        return node in self.allowed or (counts.isdisjoint(self.barred) and not counts.isdisjoint(self.allowed))


def standing_for(model: Model, name: str) -> tuple[tuple[str, ...], ...]:
    """What a decider's name stands for, each entry one way it decides: a group each of its offices (`must 领导`: one
    of them), a unit with bodies of its own those bodies together (`may 区政府`: through one of them), anyone else
    itself."""
    if name in model.groups:
        return tuple((office,) for office in model.groups[name].offices)
    return (institutions(model).get(name, (name,)),)


def bodies_on(model: Model, clause: Literal["decides", "discusses"], matter: str) -> tuple[Body, ...]:
    """The bodies whose `decides` or `discusses` clause (`clause`) names the matter itself, in declaration order."""
    return model.derive((bodies_on, clause), lambda: _bodies_by_matter(model, clause)).get(matter, ())


def _bodies_by_matter(model: Model, clause: str) -> dict[str, tuple[Body, ...]]:
    found: dict[str, list[Body]] = {}
    for body in model.bodies.values():
        part = getattr(body, clause)
        for matter in dict.fromkeys(part.names if part else ()):
            found.setdefault(matter, []).append(body)
    return {matter: tuple(bodies) for matter, bodies in found.items()}


def deciders(model: Model, places: Places, matter: str) -> Deciders:
    """Whom the rules allow to decide a matter and whom they bar, each name read as the offices it stands for."""
    allowed: set[str] = set()
    barred: set[str] = set()
    soft: set[str] = set()
    hedges: list[str] = []
    sources: list[Cited] = []
    for name in lineage(model, matter):
        declared = model.matters[name]
        deciding = bodies_on(model, "decides", name)
        allowed.update(o for d in (*declared.deciders("must"), *declared.deciders("may")) for o in places(d))
        allowed.update(body.name for body in deciding)
        for ban in (r for r in declared.routing if r.mode == "never"):
            (soft if ban.hedge else barred).update(o for d in ban.deciders for o in places(d))
            hedges += [ban.hedge] if ban.hedge else []
        sources += [declared, *declared.routing, *(body.decides for body in deciding if body.decides)]
    softly = frozenset(soft - barred)
    return Deciders(frozenset(allowed), frozenset(barred | soft), tuple(sources), softly, tuple(dict.fromkeys(hedges)))


def decided_outside(model: Model, matter: str) -> bool:
    """Whether an escalation asking for a decision on the matter, or on a matter it is a kind of, ends at a declared
    external authority, which decides it outside these rules; one that only reports it (报备) hands nothing over."""
    kinds, outside = set(lineage(model, matter)), externals(model)
    return any(
        chain.kind == "escalation"
        and not chain.notify
        and not kinds.isdisjoint(chain.about)
        and not outside.isdisjoint(chain.steps[-1].nodes)
        for chain in model.chains
    )


def decider_named(model: Model, matter: str) -> bool:
    """Whether the rules say who decides the matter: a `must` or `may` naming anyone, a body that decides it (each of it
    or of a matter above it), or an escalation that takes it to an external authority.

    A ban unsays none of them, so GS333 and GS414 ask this, not whom `deciders` leaves allowed: they report rules that
    are silent on who decides. Where every one named is barred, the rules contradict themselves instead (GS332); a
    soft ban (原则上不得由) yields to the text's exceptions anyway.
    """
    kinds = set(lineage(model, matter))
    named = any(model.matters[kind].deciders(mode) for kind in kinds for mode in ("must", "may"))
    deciding = any(bodies_on(model, "decides", kind) for kind in kinds)
    return named or deciding or decided_outside(model, matter)


def meetings(model: Model, matter: str) -> frozenset[str]:
    """The meetings a matter is put to: the bodies that decide or discuss it, or a matter above it. A body discussing
    a matter is a meeting it is submitted to (第四十六条: 不提交会议讨论研究); a ban on deciding it leaves the body a
    meeting that may discuss it."""
    return frozenset(
        body.name
        for kind in lineage(model, matter)
        for clause in ("decides", "discusses")
        for body in bodies_on(model, clause, kind)  # type: ignore[arg-type]
    )
