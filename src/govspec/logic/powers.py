"""Model -> the rules that decide, for one power, who may exercise it in a scenario; and who may, in one scenario.

A power (PowerKey) starts with its original holders (origins): the holder of a named power, the signers of a
document rule, the conveners or chairs of a body, the last approvers of a leave chain, the co-signers or prior
reviewers of a document rule. It moves by transfers: standing-in (`acting`) while an office is away (for the
reasons the rule names), and delegation (`entrust`/`authorise`) from a delegator. A unit or body holding a power
holds it as an institution, which is never away. Plain data and plain Python, no Z3.

A grant or delegation is standing (given in advance, valid while the giver is away) or case by case (the giver must
be at work to give it); where the text does not say (None), `PowerRules.read` fixes one reading for the checks,
which prove a property under both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from govspec.catalogue import Say, listed, say
from govspec.diagnostics import citation_list
from govspec.logic.scenario import Scenario, Staffing
from govspec.model.entities import Acting, Chain, Delegation, Model, PowerKey

# Co-signing (会签) and prior review (审定) are powers too, but of every office named: each must act, so each
# office's part is its own obligation (PowerRules.part), never satisfied by another co-signer.
PARTIES = ("cosign", "review")


@dataclass(frozen=True, slots=True)
class Origin:
    """An original holder; with a granter it holds the power only once granted (by a granter at work, unless the grant
    is standing), with reviewers only after review."""

    office: str
    granter: str | None = None
    reviewers: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()
    standing: bool | None = False


@dataclass(frozen=True, slots=True)
class Transfer:
    """Acting: `target` holds what `source` holds while `source` is away (each holder for one of `reasons`, any reason
    when there are none). Delegation: while `source` can pass it, and is at work unless the delegation is standing."""

    kind: str
    source: str
    target: str
    onward: bool
    citations: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    standing: bool | None = False


@dataclass(frozen=True, slots=True)
class PowerRules:
    """A power's origins and transfers; `part` names the one co-signer or reviewer whose part they are;
    `institutions` are the units and bodies that hold it as institutions (never away); `in_charge`: the part is the
    one holder of `part` in charge of the document (会签 分管), see `charged`."""

    power: PowerKey
    origins: tuple[Origin, ...]
    transfers: tuple[Transfer, ...] = ()
    part: str | None = None
    institutions: tuple[str, ...] = ()
    in_charge: bool = False

    @property
    def charged(self) -> str | None:
        """The office whose holder in charge holds the part. The text does not say which holder that is, so each
        must do: the office is at work only with every holder at work (its stand-ins act once any one is away), and
        its kinds do not hold the part (a 常务副区长 at work is not the 副区长 in charge)."""
        return self.part if self.in_charge else None

    @property
    def silent(self) -> bool:
        """Whether a grant or delegation of the power leaves open if it outlasts its giver's absence."""
        return any(o.granter is not None and o.standing is None for o in self.origins) or any(
            t.kind == "delegation" and t.standing is None for t in self.transfers
        )

    def read(self, standing: bool) -> PowerRules:
        """The rules with every grant and delegation the text leaves open read as standing, or as case by case."""
        if not self.silent:
            return self
        origins = tuple(replace(o, standing=standing) if o.standing is None else o for o in self.origins)
        transfers = tuple(replace(t, standing=standing) if t.standing is None else t for t in self.transfers)
        return replace(self, origins=origins, transfers=transfers)

    def entrustments(self) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
        """(giver, receiver, citations) of each grant and delegation that leaves its validity open."""
        found = [(o.granter, o.office, o.citations) for o in self.origins if o.granter and o.standing is None]
        found += [
            (t.source, t.target, t.citations) for t in self.transfers if t.kind == "delegation" and t.standing is None
        ]
        return tuple(dict.fromkeys(found))  # type: ignore[arg-type]

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
        """Who can act is a plain union of offices: origins need no grant or review, and only stand-in rules that
        name no reasons pass the power on, each from an origin or from a stand-in for one. Nobody may act then
        exactly when every office the rules name is wholly away (the first one at work along a chain of stand-ins
        from an origin would act). Not so for the holder in charge, away as soon as any holder is."""
        if self.in_charge or any(o.granter is not None or o.reviewers for o in self.origins):
            return False
        if any(t.kind != "acting" or t.reasons for t in self.transfers):
            return False
        reached, before = {o.office for o in self.origins}, 0
        while len(reached) != before:
            before = len(reached)
            reached.update(t.target for t in self.transfers if t.source in reached)
        return all(t.source in reached for t in self.transfers)

    @property
    def reasoned(self) -> tuple[str, ...]:
        """The offices whose absences' reasons decide whether a stand-in rule applies."""
        return tuple(sorted({t.source for t in self.transfers if t.kind == "acting" and t.reasons}))


def describe_power(power: PowerKey) -> Say:
    """A power in words: "the power to sign '任免' documents", "the power '主持全面工作'", "the power to approve the
    leave of '副区长' for '常务会议'"."""
    if power.occasion:
        return say("power.leave_for", target=power.target, occasion=listed(power.occasion))
    return say(f"power.{power.kind}", target=power.target)


def origins(
    model: Model, power: PowerKey, leave: Mapping[str, Sequence[Chain]], in_charge: bool | None = None
) -> tuple[Origin, ...]:
    """The original holders of a power, as the statements that create it name them; `leave`: the leave chains by the
    office asking; `in_charge`: only the co-signers named in charge (True) or not (False)."""
    if power.kind == "named":
        declared = model.powers[power.target]
        # A unit holds it as an institution (see `institutions`); holders of a joint power each hold their part.
        return tuple(Origin(h, citations=declared.citations) for h in declared.holders if h in model.offices)
    if power.kind == "sign":
        rule = model.documents[power.target]
        if rule.signers is None:
            return ()
        cites = citation_list((model.articles(rule.citations), rule.signers.citations))
        return tuple(Origin(o.office, o.granted_by, o.reviewers, cites, o.standing) for o in rule.signers.options)
    if power.kind in ("convene", "chair"):
        body = model.bodies[power.target]
        part = body.conveners if power.kind == "convene" else body.chairs
        cites = citation_list((body.citations, part.citations)) if part else ()
        return tuple(Origin(office, citations=cites) for office in part.names) if part else ()
    if power.kind in PARTIES:
        rule = model.documents[power.target]
        if power.kind == "cosign":
            clauses = tuple(c for c in rule.cosigners if in_charge is None or c.in_charge == in_charge)
        else:
            clauses = tuple(r for r in rule.reviews if not r.optional)
        return tuple(
            Origin(office, citations=citation_list((model.articles(rule.citations), c.citations)))
            for c in clauses
            for office in c.offices
        )
    return tuple(
        Origin(office, citations=chain.citations)
        for chain in _for_occasion(leave, power)
        for office in dict.fromkeys(_offices_named(model, chain.steps[-1].nodes))
        if office != power.target  # nobody approves their own leave: such a rule says nothing of it
    )


def _for_occasion(leave: Mapping[str, Sequence[Chain]], power: PowerKey) -> list[Chain]:
    """The leave chains for the office asking that are for the power's occasion: those naming it, and those naming
    none (for every occasion); for the power with no occasion, only the latter. The occasions of one power are
    spoken of by the same rules, so its first stands for all."""
    first = power.occasion[0] if power.occasion else None
    return [chain for chain in leave.get(power.target, ()) if not chain.about or first in chain.about]


def institutions(model: Model, power: PowerKey, leave: Mapping[str, Sequence[Chain]]) -> tuple[str, ...]:
    """The units and bodies that hold a power as institutions: the unit holding a named power, a unit or body that
    the last step of a leave chain names (报区政府批准: the 区政府 approves, whoever acts for it) — but not a unit the
    office asking heads, which would be asking itself."""
    if power.kind == "named":
        return tuple(h for h in model.powers[power.target].holders if h in model.units)
    if power.kind != "leave":
        return ()
    named = {n for chain in _for_occasion(leave, power) for n in chain.steps[-1].nodes if n is not None}
    units = {n for n in named if n in model.units and model.units[n].head != power.target}
    return tuple(sorted(units | {n for n in named if n in model.bodies}))


def named_holders(model: Model) -> set[str]:
    """Every office a statement names as an original holder of a power other than approving leave: of a named power,
    a signer, convener, chair, co-signer or prior reviewer."""
    found = {power.holder for power in model.powers.values() if power.holder in model.offices}
    for rule in model.documents.values():
        found.update(o.office for o in (rule.signers.options if rule.signers else ()))
        found.update(o for c in rule.cosigners for o in c.offices)
        found.update(o for r in rule.reviews for o in r.offices)
    for body in model.bodies.values():
        found.update((*(body.conveners.names if body.conveners else ()), *(body.chairs.names if body.chairs else ())))
    return found  # type: ignore[return-value]


def _offices_named(model: Model, names: Iterable[str | None]) -> list[str]:
    """The offices a step names: an office itself, each office of a group; a unit or body approves as an institution
    (see `institutions`), and an unnamed step names none."""
    found: list[str] = []
    for name in names:
        if name in model.offices:
            found.append(name)
        elif name in model.groups:
            found += model.groups[name].offices
    return found


class PowerIndex:
    """The transfers of a model indexed by who they start from, so each power's rules cost only its own few offices."""

    def __init__(self, model: Model, staffing: Staffing) -> None:
        self.model = model
        self.staffing = staffing
        # By absent office and the power a scope names (None: no scope), so that scoped stand-in rules for other
        # powers, thousands in a large text, cost nothing.
        self.acting: dict[tuple[str, PowerKey | None], list[Acting]] = defaultdict(list)
        self.absent: dict[str, list[Acting]] = defaultdict(list)
        for a in model.actings:
            self.absent[a.absent].append(a)
            for scope in dict.fromkeys(a.powers) if a.powers else (None,):
                self.acting[a.absent, scope].append(a)
        self.delegations: dict[PowerKey, list[Delegation]] = defaultdict(list)
        for rule in model.delegations:
            self.delegations[rule.power].append(rule)
        self._position = {id(a): i for i, a in enumerate(model.actings)}

    def passing(self, pool: str, power: PowerKey) -> list[Acting]:
        """The stand-in rules for the holders of a pool that hand over `power`, in the text's order.

        An acting rule with no scope hands over every power the absent office holds; with one, only those named
        (approving leave for every occasion). A scope cannot name co-signing or review, so only an acting rule
        without scope hands those over.
        """
        found = [*self.acting.get((pool, None), ()), *self.acting.get((pool, power.general), ())]
        return sorted(found, key=lambda a: self._position[id(a)])

    @cached_property
    def leave(self) -> dict[str, list[Chain]]:
        """The leave chains that ask for approval (not those only reported, 报备), by the office asking, read once and
        only when a power to approve leave is asked about."""
        return leave_chains(self.model)

    def _from(self, office: str, power: PowerKey) -> list[Transfer]:
        # A stand-in passes on what it holds as the absent office could: no more, no less (hence onward=True).
        found = [
            Transfer("acting", office, a.standin, True, a.citations, reasons=a.reasons)
            for scope in (None, power.general)
            for a in self.acting.get((office, scope), ())
        ]
        found += [
            Transfer("delegation", office, e, rule.onward, rule.citations, standing=rule.standing)
            for rule in self.delegations.get(power.general, ())
            if office in rule.delegators
            for e in rule.delegates
        ]
        return found

    def origins(self, power: PowerKey, part: str | None = None, in_charge: bool | None = None) -> tuple[Origin, ...]:
        """The original holders of a power (only `part`, when given; named in charge or not, as `in_charge` says)."""
        leave = self.leave if power.kind == "leave" else {}
        found = origins(self.model, power, leave, in_charge)
        return tuple(o for o in found if part is None or o.office == part)

    def other_parts(self, power: PowerKey, part: str | None) -> frozenset[str]:
        """The offices that hold another part of a power held jointly than `part`'s: its other holders and every kind
        of them. None of them acts for `part`, or one office alone would exercise what the text has done together."""
        if power.kind != "named" or part is None:
            return frozenset()
        holders = self.model.powers[power.target].holders
        return frozenset(o for h in holders if h != part and h in self.model.offices for o in self.staffing.below(h))

    def rules(self, power: PowerKey, part: str | None = None, in_charge: bool = False) -> PowerRules:
        """The origins of a power (only `part`'s, when given: its holder in charge, with `in_charge`) and the
        transfers that can carry it from them."""
        leave = self.leave if power.kind == "leave" else {}
        start = self.origins(power, part, in_charge if part is not None else None)
        others = self.other_parts(power, part)
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
                    if transfer.target in others:
                        continue
                    found.append(transfer)
                    frontier.append(transfer.target)
        transfers = tuple(sorted(set(found), key=_transfer_key))
        held = institutions(self.model, power, leave) if part is None else ()
        return PowerRules(power, start, transfers, part, held, in_charge and part is not None)


def leave_chains(model: Model) -> dict[str, list[Chain]]:
    """The leave chains that ask for approval, by each office or group that asks (a chain only reported, 报备, asks
    nobody to approve)."""
    found: dict[str, list[Chain]] = defaultdict(list)
    for chain in model.chains:
        if chain.kind == "leave" and chain.steps and not chain.notify:
            for subject in dict.fromkeys(chain.subjects):
                found[subject].append(chain)
    return found


def _transfer_key(t: Transfer) -> tuple[str, str, str, bool, tuple[str, ...], tuple[str, ...], int]:
    return (t.kind, t.source, t.target, t.onward, t.citations, t.reasons, {None: 2, True: 1, False: 0}[t.standing])


def all_powers(model: Model) -> tuple[PowerKey, ...]:
    """Every power the model creates: named powers, signing, convening, chairing, approving leave.

    Co-signing and review are not among them, nor a power held jointly: no one holder exercises them for all, each
    office named has its own part (see PARTIES, `joint_powers`), proved on its own.
    """
    keys = [PowerKey("named", name) for name, power in model.powers.items() if not power.joint]
    keys += [PowerKey("sign", name) for name, rule in model.documents.items() if rule.signers]
    keys += [PowerKey(kind, name) for name, body in model.bodies.items() for kind in ("convene", "chair")]
    for subject, chains in leave_chains(model).items():
        # Occasions the same rules speak of are one power: a rule for 出差、出访、休假 is proved once, not thrice.
        spoken: dict[str, tuple[int, ...]] = {}
        for occasion in dict.fromkeys(o for chain in chains for o in chain.about):
            spoken[occasion] = tuple(i for i, chain in enumerate(chains) if not chain.about or occasion in chain.about)
        grouped: dict[tuple[int, ...], list[str]] = defaultdict(list)
        for occasion, rules in spoken.items():
            grouped[rules].append(occasion)
        keys += [PowerKey("leave", subject, tuple(group)) for group in grouped.values()]
        if any(not chain.about for chain in chains):
            keys.append(PowerKey("leave", subject))
    return tuple(sorted(set(keys), key=PowerKey.sort_key))


def joint_powers(model: Model) -> tuple[PowerKey, ...]:
    """The named powers several hold jointly (联合发文, 会同): exercised only by all of them together, so each
    holder's part is its own obligation (`PowerIndex.rules(power, part=holder)`), as co-signing is."""
    return tuple(PowerKey("named", name) for name, power in model.powers.items() if power.joint)


def occasions(model: Model) -> Callable[[PowerKey], tuple[PowerKey, ...]]:
    """The powers a statement naming a power speaks of: approving someone's leave, named without an occasion, is the
    power for each occasion the leave rules name; any other power is itself."""
    found: dict[PowerKey, list[PowerKey]] = {}

    def of(power: PowerKey) -> tuple[PowerKey, ...]:
        if power.kind != "leave":
            return (power,)
        if not found:  # read once, and only where a statement names approving someone's leave
            for each in all_powers(model):
                found.setdefault(each.general, []).append(each)
        return tuple(found.get(power, ())) or (power,)

    return of


def entitled(rules: PowerRules, staffing: Staffing, scenario: Scenario) -> tuple[set[str], set[str]]:
    """In one scenario: the offices that hold the power, and those that may also pass it on.

    A grant (`entrusted by`) and a delegation both need the granting office able to pass the power, and at work
    unless they are standing: an absent granter grants nothing case by case, so its stand-in signs only if the
    acting rule hands it the power itself. The rules must be read (`PowerRules.read`) where the text is silent.
    """

    def working(office: str) -> bool:
        return at_work(staffing, scenario, office, rules.charged)

    def stands_in(t: Transfer) -> bool:
        return not working(t.source) and scenario.away_for(staffing, t.source, t.reasons)

    return _fixpoint(rules, staffing, tuple(scenario.own), working, stands_in)


def able(rules: PowerRules, staffing: Staffing, scenario: Scenario) -> tuple[str, ...]:
    """Who may exercise the power in this scenario: the institutions that hold it, and the offices with a holder at
    work that do."""
    holds, _ = entitled(rules, staffing, scenario)
    offices = sorted(office for office in holds if at_work(staffing, scenario, office, rules.charged))
    return (*rules.institutions, *offices)


def at_work(staffing: Staffing, scenario: Scenario, office: str, charged: str | None = None) -> bool:
    """A holder of the office is at work; of `charged`, the office whose holder in charge holds a part (see
    `PowerRules.charged`), every holder."""
    if office == charged:
        return scenario.whole(staffing, office)
    return scenario.present(staffing, office)


def reachable(rules: PowerRules, staffing: Staffing) -> tuple[set[str], set[str]]:
    """Who could ever hold the power, and pass it on, in some scenario: presence and absence left unconstrained."""
    return _fixpoint(rules, staffing, staffing.cone(rules.offices), lambda _: True, lambda _: True)


def _fixpoint(
    rules: PowerRules,
    staffing: Staffing,
    offices: tuple[str, ...],
    at_work: Callable[[str], bool],
    stands_in: Callable[[Transfer], bool],
) -> tuple[set[str], set[str]]:
    """The least sets of holders and passers closed under the origins, the kinds of offices and the transfers."""

    def given(giver: str, standing: bool | None) -> bool:
        return giver in passes and (bool(standing) or at_work(giver))

    holds: set[str] = set()
    passes: set[str] = set()
    while True:
        before = (len(holds), len(passes))
        for origin in rules.origins:
            granted = origin.granter is None or given(origin.granter, origin.standing)
            if granted and all(at_work(r) for r in origin.reviewers):
                holds.add(origin.office)
                passes.add(origin.office)
        for office in offices:
            kind = staffing.offices[office].kind
            if kind == rules.charged:
                continue
            if kind in holds:
                holds.add(office)
            if kind in passes:
                passes.add(office)
        for t in rules.transfers:
            if t.kind == "acting" and stands_in(t):
                if t.source in holds:
                    holds.add(t.target)
                if t.source in passes:
                    passes.add(t.target)
            elif t.kind == "delegation" and given(t.source, t.standing):
                holds.add(t.target)
                if t.onward:
                    passes.add(t.target)
        if (len(holds), len(passes)) == before:
            return holds, passes
