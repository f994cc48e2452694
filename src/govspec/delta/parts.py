"""Two checked specs -> the parts of their semantic diff that need no solver: quorum attendance whose verdict flips,
chain edges, proof verdicts, findings matched by fingerprint, and the entries of the model that changed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from govspec.catalogue import Say, listed, mentioned, say, text
from govspec.diagnostics import Finding, Property, Span
from govspec.identity import identified
from govspec.logic.counting import needed
from govspec.logic.powers import describe_power
from govspec.logic.scenario import Staffing, members_due
from govspec.model.entities import (
    Acting,
    Assertion,
    Body,
    Charge,
    Delegation,
    IssuingBan,
    Model,
    NoSkipping,
    Precondition,
    Quorum,
)

CHAIN_CODES = frozenset({"GS401", "GS402", "GS403", "GS404"})  # cycles, gaps, dead ends, leave with no approver
T = TypeVar("T")
SHOWN_DUE = 8  # attendance is listed for this many sizes of a body, from its smallest


@dataclass(frozen=True)
class Flip:
    """With `due` members due and `present` of them there, the body was quorate (`before`) and now is not, or the
    reverse."""

    body: str
    due: int
    present: int
    before: bool


@dataclass(frozen=True)
class EdgeChange:
    graph: str
    source: str
    target: str
    added: bool


@dataclass(frozen=True)
class ProofChange:
    """A property whose verdict changed; None on a side that does not state it."""

    name: str
    before: Property | None
    after: Property | None

    @property
    def worse(self) -> bool:
        """A property that held (or did not exist) now fails, hinges or is undecided."""
        held = self.before is None or self.before.verdict == "holds"
        return held and self.after is not None and self.after.verdict != "holds"


@dataclass(frozen=True)
class EntryChange:
    """A declared thing (an office, a body, a document rule …) or a rule (acting, chain …) added, removed or
    changed."""

    table: str
    name: Say | str
    change: str  # "added", "removed", "changed"


def _meets(quorum: Quorum | None, due: int, present: int) -> bool:
    return quorum is None or present >= needed(quorum, due)


def _due_range(staffing: Staffing, body: Body) -> tuple[int, int | None]:
    """The fewest and most members due, from the offices' counts and the counts of groups the members cover or lie
    within (常务委员会组成人员十五人至三十五人)."""
    pools = members_due(staffing, body)
    highs = [staffing.offices[x].high for x in pools]
    low = sum(staffing.offices[x].low if staffing.below(x) == (x,) else 0 for x in pools)
    high = None if any(h is None for h in highs) else sum(h for h in highs if h is not None)
    for counted in staffing.totals:
        if set(counted.pools) <= set(pools):
            low = max(low, counted.low)
        if counted.high is not None and set(pools) <= set(counted.pools):
            high = counted.high if high is None else min(high, counted.high)
    return low, high


def quorum_flips(old: Model, new: Model) -> tuple[Flip, ...]:
    """For each body of both models whose quorum rule changed: the numbers present whose verdict flips, for the sizes
    the body may have (the first few, when its size is open)."""
    found: list[Flip] = []
    old_staffing, new_staffing = Staffing.of(old), Staffing.of(new)
    for name in sorted(old.bodies.keys() & new.bodies.keys()):
        before, after = old.bodies[name], new.bodies[name]
        if _rule(before.quorum) == _rule(after.quorum):
            continue
        lows, highs = zip(_due_range(old_staffing, before), _due_range(new_staffing, after), strict=True)
        low = max(1, min(lows))
        high = low + SHOWN_DUE - 1 if None in highs else max(h for h in highs if h is not None)
        for due in range(low, min(high, low + SHOWN_DUE - 1) + 1):
            for present in range(due + 1):
                was = _meets(before.quorum, due, present)
                if was != _meets(after.quorum, due, present):
                    found.append(Flip(name, due, present, was))
    return tuple(found)


def _rule(quorum: Quorum | None) -> tuple[str, int, int] | None:
    return None if quorum is None else (quorum.op, quorum.numerator, quorum.denominator)


def _node(node: object) -> str:
    return node if isinstance(node, str) else "?"


def chain_edges(old: Model, new: Model) -> tuple[EdgeChange, ...]:
    """The edges of reporting lines, leave approval and escalation chains that one model has and the other lacks."""
    from govspec.graphs.build import chain_graphs

    def edges(model: Model) -> set[tuple[str, str, str]]:
        graphs = chain_graphs(model)
        named = {"reports": graphs.reporting, "leave": graphs.leave}
        named.update({f"escalation:{key or ''}": graph for key, graph in graphs.escalations.items()})
        return {(name, _node(u), _node(v)) for name, graph in named.items() for u, v in graph.digraph.edges}

    before, after = edges(old), edges(new)
    changes = [EdgeChange(*edge, added=True) for edge in after - before]
    changes += [EdgeChange(*edge, added=False) for edge in before - after]
    return tuple(sorted(changes, key=lambda c: (c.graph, c.source, c.target, c.added)))


def _subject(prop: Property) -> tuple[str, str]:
    """What a property is about and says, whichever check proves it: its name without the check's code, and its
    statement."""
    return prop.name.removeprefix(f"{prop.code}-"), text(prop.statement, "en")


def proof_changes(before: Sequence[Property], after: Sequence[Property]) -> tuple[ProofChange, ...]:
    """The properties whose verdict changed, matched by name, then by what they are about (a proof can move from one
    check to another when the rules it concerns change)."""
    pairs, old, new = paired(before, after, (lambda p: p.name, _subject))
    changes = [ProofChange(b.name, a, b) for a, b in pairs if a.verdict != b.verdict]
    changes += [ProofChange(p.name, p, None) for p in old]
    changes += [ProofChange(p.name, None, p) for p in new]
    return tuple(sorted(changes, key=lambda c: c.name))


def paired(
    before: Sequence[T], after: Sequence[T], keys: Sequence[Callable[[T], Hashable]]
) -> tuple[list[tuple[T, T]], list[T], list[T]]:
    """(pairs, left before, left after): items of both sides that agree on the first key, then on the next, in turn;
    each item is paired once, in order."""
    pairs: list[tuple[T, T]] = []
    old, new = list(before), list(after)
    for key in keys:
        waiting: dict[Hashable, list[T]] = {}
        for item in old:
            waiting.setdefault(key(item), []).append(item)
        unmatched = []
        for item in new:
            same = waiting.get(key(item))
            if same:
                pairs.append((same.pop(0), item))
            else:
                unmatched.append(item)
        taken = {id(a) for a, _ in pairs}
        old, new = [item for item in old if id(item) not in taken], unmatched
    return pairs, old, new


def placeless(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Findings fingerprinted without their files, so the same finding of two versions of a spec matches."""

    def strip(span: Span) -> Span:
        return replace(span, file="")

    return identified([replace(f, fingerprint="", locations=tuple(strip(s) for s in f.locations)) for f in findings])


def _about(finding: Finding) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """What a finding is about, in whatever order its words list it: its code, the names it mentions and the
    statements its cause names, each sorted."""
    subject = finding.cause.subject if finding.cause else ()
    return finding.code, tuple(sorted(mentioned(finding.text))), tuple(sorted(subject))


def matched(
    before: Sequence[Finding], after: Sequence[Finding], old: Model | None = None, new: Model | None = None
) -> tuple[tuple[Finding, ...], tuple[Finding, ...], tuple[Finding, ...]]:
    """(new, fixed, unchanged): the findings of the new version alone, of the old alone, and of both (as now).

    Findings match by fingerprint; one left over that says the same words with the same code as one left over on the
    other side (the same gap, now cited or witnessed differently) is the same finding, reworded; then one with the
    same code about the same names, in whatever order its words list them; then, given the models, one with the same
    code at the same statement (an assertion refuted in both, its reason told anew).
    """
    old_plain, new_plain = placeless(before), placeless(after)
    original = {id(p): f for p, f in zip((*old_plain, *new_plain), (*before, *after), strict=True)}
    places = _statements(old), _statements(new)
    statements = {id(p): _at(f, places[0]) for p, f in zip(old_plain, before, strict=True)}
    statements |= {id(p): _at(f, places[1]) for p, f in zip(new_plain, after, strict=True)}
    keys: tuple[Callable[[Finding], Hashable], ...] = (
        lambda f: f.fingerprint,
        lambda f: (f.code, f.message),
        _about,
        lambda f: statements[id(f)],
    )
    pairs, fixed, new = paired(old_plain, new_plain, keys)
    return (
        tuple(original[id(f)] for f in new),
        tuple(original[id(f)] for f in fixed),
        tuple(original[id(f)] for _, f in pairs),
    )


def _at(finding: Finding, statements: Mapping[Span, Hashable]) -> Hashable:
    """A finding's code and the statement at its first place, as the model reads it (equal in two versions wherever
    the statement stands); a key of its own when the place is no statement of the model."""
    entity = statements.get(finding.locations[0]) if finding.locations else None
    return (finding.code, entity) if entity is not None else ("alone", id(finding))


def _statements(model: Model | None) -> dict[Span, Hashable]:
    """Each statement of a model by its place."""
    found: dict[Span, Hashable] = {}
    if model is None:
        return found
    for table in _TABLES:
        for entity in getattr(model, table).values():
            found.setdefault(entity.span, entity)
    for rules in _RULES:
        for entity in getattr(model, rules):
            found.setdefault(entity.span, entity)
    return found


_TABLES = ("offices", "units", "groups", "powers", "matters", "bodies", "documents", "labels", "readings")
_RULES = (
    "delegations",
    "actings",
    "reports",
    "chains",
    "mandatory",
    "no_skipping",
    "issuing_bans",
    "separations",
    "measures",
    "assertions",
    "allows",
    "preconditions",
    "deadlines",
    "charges",
)


def entry_changes(old: Model, new: Model) -> tuple[EntryChange, ...]:
    """The declared things and rules the two models do not share, whatever their order (citations count: they are
    part of what a rule says)."""
    found: list[EntryChange] = []
    for table in _TABLES:
        before: Mapping[str, Any] = getattr(old, table)
        after: Mapping[str, Any] = getattr(new, table)
        for name in sorted(before.keys() | after.keys()):
            if name not in after:
                found.append(EntryChange(table, name, "removed"))
            elif name not in before:
                found.append(EntryChange(table, name, "added"))
            elif before[name] != after[name]:
                found.append(EntryChange(table, name, "changed"))
    for table in _RULES:
        was, now = Counter(getattr(old, table)), Counter(getattr(new, table))
        removed = [_rule_name(r) for r in sorted(was - now, key=repr)]
        added = [_rule_name(r) for r in sorted(now - was, key=repr)]
        found += [EntryChange(table, name, "changed") for name in dict.fromkeys(removed) if name in added]
        found += [EntryChange(table, name, "removed") for name in removed if name not in added]
        found += [EntryChange(table, name, "added") for name in added if name not in removed]
    return tuple(found)


def _rule_name(rule: Any) -> Say | str:
    """A rule in a few words: whom it is about."""
    if isinstance(rule, Acting):
        return say("diff.rule.acting", absent=rule.absent, standin=rule.standin)
    if isinstance(rule, Delegation):
        return say(
            "diff.rule.delegation",
            power=describe_power(rule.power),
            givers=listed(rule.delegators),
            receivers=listed(rule.delegates),
        )
    if isinstance(rule, Assertion):
        return say("diff.rule.assertion", property=say(f"property.{rule.prop}"), targets=listed(rule.targets))
    if isinstance(rule, Precondition):
        return say("diff.rule.precondition", steps=listed(rule.steps), matters=listed(rule.matters))
    if isinstance(rule, Charge):
        return say("diff.rule.charge", office=rule.office, fields=listed(rule.fields))
    if isinstance(rule, NoSkipping):
        return (
            say("diff.rule.no_skipping", senders=listed(rule.senders))
            if rule.senders
            else say("diff.rule.no_skipping_all")
        )
    if isinstance(rule, IssuingBan):
        return say("diff.rule.issuing_ban", issuers=listed(rule.issuers), matters=listed(rule.matters))
    for field in ("name", "subordinate", "via", "who", "code"):
        value = getattr(rule, field, None)
        if isinstance(value, str):
            return value
    raise TypeError(f"no words for a rule of type {type(rule).__name__}")
