"""Model -> the rules that decide, for one power, who may exercise it in a scenario; and who may, in one scenario.

A power (PowerKey) starts with its original holders (origins): the holder of a named power, the signers of a
document rule, the conveners or chairs of a body, the last approvers of a leave chain, the co-signers or prior
reviewers of a document rule. It moves by transfers: standing-in (`acting`) while an office is away, and
delegation (`entrust`/`authorise`) from a delegator. Plain data and plain Python, no Z3.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter

from govspec.diagnostics import citation_list
from govspec.logic.scenario import Scenario, Staffing
from govspec.model.entities import Acting, Chain, Delegation, Model, PowerKey

# Co-signing (会签) and prior review (审定) are powers too, but of every office named: each must act, so each
# office's part is its own obligation (PowerRules.part), never satisfied by another co-signer.
PARTIES = ("cosign", "review")


@dataclass(frozen=True)
class Origin:
    """An original holder; with a granter it holds the power only once granted, with reviewers only after review."""

    office: str
    granter: str | None = None
    reviewers: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Transfer:
    """Acting: `target` holds what `source` holds while `source` is away. Delegation: while `source` can pass it."""

    kind: str
    source: str
    target: str
    onward: bool
    citations: tuple[str, ...] = ()


@dataclass(frozen=True)
class PowerRules:
    """A power's origins and transfers; `part` names the one co-signer or reviewer whose part they are."""

    power: PowerKey
    origins: tuple[Origin, ...]
    transfers: tuple[Transfer, ...] = ()
    part: str | None = None

    @property
    def offices(self) -> tuple[str, ...]:
        named = [o.office for o in self.origins] + [g for o in self.origins if (g := o.granter)]
        named += [r for o in self.origins for r in o.reviewers]
        named += [x for t in self.transfers for x in (t.source, t.target)]
        return tuple(sorted(set(named)))

    @property
    def citations(self) -> tuple[str, ...]:
        return citation_list(tuple(o.citations for o in self.origins) + tuple(t.citations for t in self.transfers))

    @property
    def simple(self) -> bool:
        """Held by its origins alone, unconditionally: who can act is a plain union of offices."""
        return not self.transfers and all(o.granter is None and not o.reviewers for o in self.origins)


def describe_power(power: PowerKey) -> str:
    """A power in words: "the power to sign '任免' documents", "the power '主持全面工作'"."""
    return {
        "named": "the power '{}'",
        "sign": "the power to sign '{}' documents",
        "convene": "the power to convene '{}'",
        "chair": "the power to chair '{}'",
        "leave": "the power to approve the leave of '{}'",
        "cosign": "the power to co-sign '{}' documents",
        "review": "the power to review '{}' documents before they are signed",
    }[power.kind].format(power.target)


def origins(model: Model, power: PowerKey, leave: Mapping[str, Sequence[Chain]]) -> tuple[Origin, ...]:
    """The original holders of a power, as the statements that create it name them; `leave`: the leave chains by the
    office asking."""
    if power.kind == "named":
        declared = model.powers[power.target]
        return (Origin(declared.holder, citations=declared.citations),) if declared.holder else ()
    if power.kind == "sign":
        rule = model.documents[power.target]
        if rule.signers is None:
            return ()
        cites = citation_list((rule.citations, rule.signers.citations))
        return tuple(Origin(o.office, o.granted_by, o.reviewers, cites) for o in rule.signers.options)
    if power.kind in ("convene", "chair"):
        body = model.bodies[power.target]
        part = body.conveners if power.kind == "convene" else body.chairs
        cites = citation_list((body.citations, part.citations)) if part else ()
        return tuple(Origin(office, citations=cites) for office in part.names) if part else ()
    if power.kind in PARTIES:
        rule = model.documents[power.target]
        clauses = rule.cosigners if power.kind == "cosign" else tuple(r for r in rule.reviews if not r.optional)
        return tuple(
            Origin(office, citations=citation_list((rule.citations, c.citations)))
            for c in clauses
            for office in c.offices
        )
    return tuple(
        Origin(office, citations=chain.citations)
        for chain in leave.get(power.target, ())
        for office in dict.fromkeys(_offices_named(model, chain.steps[-1].nodes))
    )


def _offices_named(model: Model, names: Iterable[str | None]) -> list[str]:
    """The offices a step names: an office itself, each office of a group, the head of a unit (一把手 answers for
    it); an unnamed step or a unit without a head names none."""
    found: list[str] = []
    for name in names:
        if name in model.offices:
            found.append(name)
        elif name in model.groups:
            found += model.groups[name].offices
        elif name in model.units and (head := model.units[name].head) is not None:
            found.append(head)
    return found


def _acts_for(acting: Acting, power: PowerKey) -> bool:
    """An acting rule with no scope hands over every power the absent office holds; with one, only those named.

    Its reasons (出差、出访、休假) are not told apart: a scenario's absence is taken to be one the rule names.
    A scope cannot name co-signing or review, so only an acting rule without scope hands those over.
    """
    return not acting.powers or power in acting.powers


class PowerIndex:
    """The transfers of a model indexed by who they start from, so each power's rules cost only its own few offices."""

    def __init__(self, model: Model, staffing: Staffing) -> None:
        self.model = model
        self.staffing = staffing
        self.acting: dict[str, list[Acting]] = defaultdict(list)
        for a in model.actings:
            self.acting[a.absent].append(a)
        self.delegations: dict[PowerKey, list[Delegation]] = defaultdict(list)
        for rule in model.delegations:
            self.delegations[rule.power].append(rule)

    @cached_property
    def leave(self) -> dict[str, list[Chain]]:
        """The leave chains by the office asking, read once and only when a power to approve leave is asked about."""
        found: dict[str, list[Chain]] = defaultdict(list)
        for chain in self.model.chains:
            if chain.kind == "leave" and chain.steps:
                for subject in dict.fromkeys(chain.subjects):
                    found[subject].append(chain)
        return found

    def _from(self, office: str, power: PowerKey) -> list[Transfer]:
        # A stand-in passes on what it holds as the absent office could: no more, no less (hence onward=True).
        found = [
            Transfer("acting", office, a.standin, True, a.citations)
            for a in self.acting.get(office, ())
            if _acts_for(a, power)
        ]
        found += [
            Transfer("delegation", office, e, rule.onward, rule.citations)
            for rule in self.delegations.get(power, ())
            if office in rule.delegators
            for e in rule.delegates
        ]
        return found

    def rules(self, power: PowerKey, part: str | None = None) -> PowerRules:
        """The origins of a power (only `part`'s, when given) and the transfers that can carry it from them."""
        leave = self.leave if power.kind == "leave" else {}
        start = tuple(o for o in origins(self.model, power, leave) if part is None or o.office == part)
        reached: set[str] = set()
        frontier = [o.office for o in start]
        found: list[Transfer] = []
        while frontier:
            office = frontier.pop()
            for member in self.staffing.below(office):
                if member in reached:
                    continue
                reached.add(member)
                for transfer in self._from(member, power):
                    found.append(transfer)
                    frontier.append(transfer.target)
        return PowerRules(power, start, tuple(sorted(set(found), key=_transfer_key)), part)


def _transfer_key(t: Transfer) -> tuple[str, str, str, bool, tuple[str, ...]]:
    return (t.kind, t.source, t.target, t.onward, t.citations)


def all_powers(model: Model) -> tuple[PowerKey, ...]:
    """Every power the model creates: named powers, signing, convening, chairing, approving leave.

    Co-signing and review are not among them: no one holder exercises them for all, each office named has its own
    part (see PARTIES), proved on its own.
    """
    keys = [PowerKey("named", name) for name in model.powers]
    keys += [PowerKey("sign", name) for name, rule in model.documents.items() if rule.signers]
    keys += [PowerKey(kind, name) for name, body in model.bodies.items() for kind in ("convene", "chair")]
    keys += [PowerKey("leave", s) for c in model.chains if c.kind == "leave" for s in c.subjects]
    # Sorted by a plain tuple: the dataclass's own ordering compares in Python, a cost at tens of thousands of keys.
    return tuple(sorted(set(keys), key=attrgetter("kind", "target")))


def entitled(rules: PowerRules, staffing: Staffing, scenario: Scenario) -> tuple[set[str], set[str]]:
    """In one scenario: the offices that hold the power, and those that may also pass it on.

    A grant (`entrusted by`) and a delegation both need the granting office present and able to pass the power:
    an absent granter grants nothing, so its stand-in signs only if the acting rule hands it the power itself.
    """

    def at_work(office: str) -> bool:
        return scenario.present(staffing, office)

    return _fixpoint(rules, staffing, tuple(scenario.own), at_work, lambda office: not at_work(office))


def able(rules: PowerRules, staffing: Staffing, scenario: Scenario) -> tuple[str, ...]:
    """The offices with a holder at work who may exercise the power in this scenario."""
    holds, _ = entitled(rules, staffing, scenario)
    return tuple(sorted(office for office in holds if scenario.present(staffing, office)))


def reachable(rules: PowerRules, staffing: Staffing) -> tuple[set[str], set[str]]:
    """Who could ever hold the power, and pass it on, in some scenario: presence and absence left unconstrained."""
    return _fixpoint(rules, staffing, staffing.cone(rules.offices), lambda _: True, lambda _: True)


def _fixpoint(
    rules: PowerRules,
    staffing: Staffing,
    offices: tuple[str, ...],
    at_work: Callable[[str], bool],
    away: Callable[[str], bool],
) -> tuple[set[str], set[str]]:
    """The least sets of holders and passers closed under the origins, the kinds of offices and the transfers."""
    holds: set[str] = set()
    passes: set[str] = set()
    while True:
        before = (len(holds), len(passes))
        for origin in rules.origins:
            granted = origin.granter is None or (origin.granter in passes and at_work(origin.granter))
            if granted and all(at_work(r) for r in origin.reviewers):
                holds.add(origin.office)
                passes.add(origin.office)
        for office in offices:
            kind = staffing.offices[office].kind
            if kind in holds:
                holds.add(office)
            if kind in passes:
                passes.add(office)
        for t in rules.transfers:
            if t.kind == "acting" and away(t.source):
                if t.source in holds:
                    holds.add(t.target)
                if t.source in passes:
                    passes.add(t.target)
            elif t.kind == "delegation" and t.source in passes and at_work(t.source):
                holds.add(t.target)
                if t.onward:
                    passes.add(t.target)
        if (len(holds), len(passes)) == before:
            return holds, passes
