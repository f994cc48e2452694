"""The resolved model: every name declared, of the right kind, groups expanded; built only by the resolver."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from govspec.diagnostics import Span
from govspec.syntax.tree import NOWHERE, Condition, TimeLimit

# A fact the language learnt later: the snapshot names it only where a spec states it, so the snapshots of specs
# that never use it stay as they were.
WHEN_STATED = {"snapshot": "when stated"}
T = TypeVar("T")


@dataclass(frozen=True)
class Cited:
    """Where a fact comes from: citations are part of its meaning, the span only of its place."""

    citations: tuple[str, ...] = field(default=(), kw_only=True)
    span: Span = field(default=NOWHERE, compare=False, kw_only=True)


@dataclass(frozen=True)
class Office(Cited):
    """An office and how many hold it: `high` None means the text names no upper number."""

    name: str
    low: int = 1
    high: int | None = 1
    holders: tuple[str, ...] = ()
    kind: str | None = None


@dataclass(frozen=True)
class Label(Cited):
    """A declared name with no structure of its own: an external authority, a form, a tag, a body class, a reason
    for which an office holder may be away."""

    name: str
    kind: str


@dataclass(frozen=True)
class Reading(Cited):
    """A named reading of a passage the text leaves open; every statement citing its name rests on it."""

    name: str
    text: str


@dataclass(frozen=True)
class Unit(Cited):
    name: str
    head: str | None = None


@dataclass(frozen=True)
class Group(Cited):
    """A name for several offices; `count`, where the text gives one, bounds how many hold them together: (low,
    high), high None for no upper number."""

    name: str
    offices: tuple[str, ...]
    count: tuple[int, int | None] | None = field(default=None, metadata=WHEN_STATED)


@dataclass(frozen=True)
class Power(Cited):
    """A named power and who holds it: an office, or a unit as an institution (never away); `joint`: the holders who
    exercise it together with `holder`, only all together (联合发文, 会同), so each holder's part is its own."""

    name: str
    holder: str | None = None
    joint: tuple[str, ...] = field(default=(), metadata=WHEN_STATED)

    @property
    def holders(self) -> tuple[str, ...]:
        """Every holder: the one, or each of those who exercise it jointly."""
        return (self.holder, *self.joint) if self.holder is not None else ()


@dataclass(frozen=True)
class Charge(Cited):
    """One of the holders of `office` (an office or a group's offices) is in charge (分管) of each of `fields`: units,
    offices or matters; which holder, the division of work says (按照分工), not the rules."""

    office: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Part(Cited):
    """A clause of a body or rule: the names it lists (groups expanded), with its own citations; `hedge`: the word
    that makes it a soft rule (`as needed` 列席 …), None for a rule without exceptions."""

    names: tuple[str, ...] = ()
    hedge: str | None = None


@dataclass(frozen=True)
class Routing(Cited):
    """A matter `must` / `may` / `never` be decided by one of `deciders`; `hedge` as for a Part (原则上不得由 …)."""

    mode: str
    deciders: tuple[str, ...]
    hedge: str | None = None


@dataclass(frozen=True)
class Change(Cited):
    """A decision on a matter, once taken, may be changed only by `changers` (bodies, offices, units, external
    authorities), or, `original`, by whoever took it (未经法定程序不得变更)."""

    changers: tuple[str, ...]
    original: bool = False


@dataclass(frozen=True)
class Matter(Cited):
    name: str
    parent: str | None = None
    routing: tuple[Routing, ...] = ()
    changes: tuple[Change, ...] = field(default=(), metadata=WHEN_STATED)

    def deciders(self, mode: str) -> tuple[str, ...]:
        return tuple(d for r in self.routing if r.mode == mode for d in r.deciders)


@dataclass(frozen=True)
class Quorum(Cited):
    """Attendance must be `op` (">" or ">=") numerator/denominator of the members due."""

    op: str
    numerator: int
    denominator: int


@dataclass(frozen=True)
class Vote(Cited):
    """A decision passes when its yes votes are `op` (">" or ">=") numerator/denominator of `voters`: "members",
    every member due (全体组成人员), or "present", the members present (出席人员)."""

    op: str
    numerator: int
    denominator: int
    voters: str

    @property
    def share(self) -> Quorum:
        """The threshold as a share of its voters, read as a quorum is read."""
        return Quorum(self.op, self.numerator, self.denominator)


@dataclass(frozen=True)
class Frequency(Cited):
    """How often a body meets; `hedge` as for a Part (一般每季度 …)."""

    every: int
    period: str
    hedge: str | None = None


@dataclass(frozen=True)
class AdHoc(Cited):
    """A body meets when the occasion arises (`as needed`: 根据需要召开; `if needed`: 如遇重要情况可随时召开)."""

    hedge: str


@dataclass(frozen=True)
class Body(Cited):
    """A meeting body; `unit` is the institution it belongs to and decides for (区政府 decides through its 常务会议)."""

    name: str
    members: Part = Part()
    conveners: Part | None = None
    chairs: Part | None = None
    quorum: Quorum | None = None
    frequency: Frequency | None = None
    attendees: Part | None = None
    decides: Part | None = None
    classes: tuple[str, ...] = ()
    unit: str | None = None
    vote: Vote | None = None
    discusses: Part | None = field(default=None, metadata=WHEN_STATED)
    ad_hoc: AdHoc | None = field(default=None, metadata=WHEN_STATED)


@dataclass(frozen=True)
class SignerOption:
    """A signer; with a grant it signs only when `granted_by` entrusts (委托) or authorises (授权) it.

    `standing`: whether the grant outlasts the giver's absence (True, 概括), needs the giver at work to give it
    (False, 个别), or the text does not say (None: both readings are checked).
    """

    office: str
    grant: str | None = None
    granted_by: str | None = None
    reviewers: tuple[str, ...] = ()
    standing: bool | None = None


@dataclass(frozen=True)
class Signers(Cited):
    options: tuple[SignerOption, ...]


@dataclass(frozen=True)
class Cosigners(Cited):
    """Each of `offices` co-signs; `in_charge`: only the one holder of the office in charge (分管) of the document's
    subject, which the division of work names, not the rules."""

    offices: tuple[str, ...]
    condition: Condition | None = None
    in_charge: bool = field(default=False, metadata=WHEN_STATED)


@dataclass(frozen=True)
class Review(Cited):
    offices: tuple[str, ...]
    condition: Condition | None = None
    optional: bool = False


@dataclass(frozen=True)
class DocumentRule(Cited):
    """Signing rule for every document whose attributes satisfy `condition`, except those that satisfy the condition
    of a rule in `exceptions` (除…外); where it meets a rule of `prevails` on a document, it is the one that applies."""

    name: str
    condition: Condition
    signers: Signers | None = None
    cosigners: tuple[Cosigners, ...] = ()
    reviews: tuple[Review, ...] = ()
    requires: Part | None = None
    exceptions: tuple[str, ...] = ()
    prevails: tuple[str, ...] = ()


@dataclass(frozen=True)
class PowerKey:
    """A power: declared ("named") or implied by a rule: sign a document, convene or chair a body, approve leave.

    Approving leave is a power per occasion: `occasion` names the bodies whose meetings or the reasons of absence it
    is for (occasions the same rules speak of, read as one), () the leave rules that name no occasion (and so are for
    every one). Stand-in and delegation statements name the power without an occasion (`批假 副区长`): they pass it
    for every occasion.
    """

    kind: str
    target: str
    occasion: tuple[str, ...] = ()

    @property
    def general(self) -> PowerKey:
        """The power as statements name it, whatever the occasion."""
        return PowerKey(self.kind, self.target) if self.occasion else self

    @property
    def slug(self) -> str:
        """The power in a proof's file name: kind, target, and occasion where there is one."""
        return f"{self.kind}-{self.target}" + (f"-{'、'.join(self.occasion)}" if self.occasion else "")

    def sort_key(self) -> tuple[str, str, tuple[str, ...]]:
        return (self.kind, self.target, self.occasion)


@dataclass(frozen=True)
class Delegation(Cited):
    """Delegators pass a power to delegates; `standing` as for a signer's grant (SignerOption)."""

    mode: str
    power: PowerKey
    delegators: tuple[str, ...]
    delegates: tuple[str, ...]
    onward: bool = False
    standing: bool | None = None


@dataclass(frozen=True)
class Acting(Cited):
    """While `absent` is away (each holder for one of `reasons`, or for any reason when none is given), `standin`
    holds `powers` (every power when none is named); `chooser`, where the text names one, picks which holder of
    `standin` it is (由常务委员会在副主任中推选): a body, an office, a unit or an external authority."""

    absent: str
    standin: str
    powers: tuple[PowerKey, ...] = ()
    reasons: tuple[str, ...] = ()
    chooser: str | None = field(default=None, metadata=WHEN_STATED)


@dataclass(frozen=True)
class ReportingLine(Cited):
    subordinate: str
    superiors: tuple[str, ...]


@dataclass(frozen=True)
class Step:
    """One step of a chain: alternatives, or joint recipients; None stands for a step the text leaves unnamed.

    `in_charge`: the nodes that name the one of an office's holders in charge of the chain's subject (分管副区长),
    each a name among `nodes`.
    """

    nodes: tuple[str | None, ...]
    joint: bool = False
    in_charge: tuple[str, ...] = field(default=(), metadata=WHEN_STATED)


@dataclass(frozen=True)
class Chain(Cited):
    """An escalation, leave-approval or document route: `subjects` start it, `about` says for what
    (the matters of an escalation, the meetings or reasons of absence of a leave rule, the document rules a route
    carries). `single`: a route with one primary recipient; `notify`: a chain that only reports (报备): nobody on it
    is asked to approve the leave, decide the matter or sign the documents."""

    kind: str
    name: str
    subjects: tuple[str, ...]
    about: tuple[str, ...]
    steps: tuple[Step, ...]
    single: bool = False
    notify: bool = False


@dataclass(frozen=True)
class Mandatory(Cited):
    """Documents reach `targets` only through `via` (第五十一条). It binds the routes carrying the document rules
    `documents` and the escalations of the matters `matters` (or of kinds of them); naming neither, every route and
    no escalation. It does not bind a route or escalation about the rules or matters it excepts (除…外)."""

    via: str
    targets: tuple[str, ...]
    documents: tuple[str, ...] = field(default=(), metadata=WHEN_STATED)
    matters: tuple[str, ...] = field(default=(), metadata=WHEN_STATED)
    excepted_documents: tuple[str, ...] = field(default=(), metadata=WHEN_STATED)
    excepted_matters: tuple[str, ...] = field(default=(), metadata=WHEN_STATED)


@dataclass(frozen=True)
class NoSkipping(Cited):
    """No document skips a level of the reporting lines (不得越级行文): of those `senders` send (none: anyone's)."""

    senders: tuple[str, ...] = ()


@dataclass(frozen=True)
class IssuingBan(Cited):
    """No document about `matters` (or a matter under them) is issued in the name of one of `issuers` (属部门职权范围
    内事务的，不得提请区政府或区政府办公室发文)."""

    issuers: tuple[str, ...]
    matters: tuple[str, ...]


@dataclass(frozen=True)
class Separation(Cited):
    who: str
    barred: tuple[str, ...]


@dataclass(frozen=True)
class Measure(Cited):
    name: str
    subject: str | None
    op: str
    value: str
    unit: str | None = None
    per: int | None = None
    period: str | None = None
    hedge: str | None = None


@dataclass(frozen=True)
class Assertion(Cited):
    prop: str
    targets: tuple[str, ...]
    depth: int | None = None
    op: str = "<="


@dataclass(frozen=True)
class Precondition(Cited):
    """`steps` must have happened, each done by one of `doers` (as named, groups unexpanded; none: the text does not
    say by whom), before `matters` are decided (`stage` "decide", 方可决定) or put to a body that decides them
    ("submit", 方可提交); `hedge` as for a Part (会前未经协调的事项原则上不提交)."""

    steps: tuple[str, ...]
    doers: tuple[str, ...]
    matters: tuple[str, ...]
    stage: str = "decide"
    hedge: str | None = None


@dataclass(frozen=True)
class Deadline(Cited):
    """A time limit on the action `name`, done `about` a chain or a body where one is named; `hedge` as for a Part
    (原则上至少提前3天)."""

    name: str
    about: str | None
    limit: TimeLimit
    hedge: str | None = None


@dataclass(frozen=True)
class Allow(Cited):
    code: str
    reason: str


@dataclass(frozen=True)
class Model:
    """A resolved spec. Construct it with govspec.model.resolve, never by hand outside tests."""

    file: str = field(compare=False)
    title: str | None
    source: str | None
    offices: Mapping[str, Office]
    labels: Mapping[str, Label]
    units: Mapping[str, Unit]
    groups: Mapping[str, Group]
    powers: Mapping[str, Power]
    matters: Mapping[str, Matter]
    bodies: Mapping[str, Body]
    documents: Mapping[str, DocumentRule]
    delegations: tuple[Delegation, ...] = ()
    actings: tuple[Acting, ...] = ()
    reports: tuple[ReportingLine, ...] = ()
    chains: tuple[Chain, ...] = ()
    mandatory: tuple[Mandatory, ...] = ()
    no_skipping: tuple[NoSkipping, ...] = field(default=(), metadata=WHEN_STATED)
    issuing_bans: tuple[IssuingBan, ...] = field(default=(), metadata=WHEN_STATED)
    separations: tuple[Separation, ...] = ()
    measures: tuple[Measure, ...] = ()
    assertions: tuple[Assertion, ...] = ()
    allows: tuple[Allow, ...] = ()
    readings: Mapping[str, Reading] = field(default_factory=dict)
    preconditions: tuple[Precondition, ...] = field(default=(), metadata=WHEN_STATED)
    deadlines: tuple[Deadline, ...] = field(default=(), metadata=WHEN_STATED)
    charges: tuple[Charge, ...] = field(default=(), metadata=WHEN_STATED)
    reasons_closed: bool = False
    # What the checks derive from the model (its proofs, its chain graphs) lives with it and goes when it goes: a
    # store of its own outside it would keep it alive, as what is derived refers back to it. Never compared, never
    # copied by `replace`, never in a snapshot.
    derived: dict[Hashable, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __getstate__(self) -> dict[str, Any]:
        """A copy, pickled or not, carries the rules and none of what was derived from them: that refers back to this
        model, and much of it (solver terms, closures) cannot be pickled."""
        return {**self.__dict__, "derived": {}}

    def derive(self, key: Hashable, make: Callable[[], T]) -> T:
        """What `make` derives from the model, made once per key."""
        if key not in self.derived:
            self.derived[key] = make()
        return self.derived[key]  # type: ignore[no-any-return]

    def kind_of(self, name: str) -> str | None:
        """What a declared name is: office, external, form, tag, class, unit, group, power, matter, body, document."""
        for kind, table in (
            ("office", self.offices),
            ("unit", self.units),
            ("group", self.groups),
            ("power", self.powers),
            ("matter", self.matters),
            ("body", self.bodies),
            ("document", self.documents),
            ("reading", self.readings),
        ):
            if name in table:
                return kind
        label = self.labels.get(name)
        return label.kind if label else None

    def kinds(self, office: str) -> tuple[str, ...]:
        return office_kinds(self.offices, office)

    def articles(self, citations: tuple[str, ...]) -> tuple[str, ...]:
        """The articles among a statement's citations, without its readings: for a finding that cites the statement
        only as where something is declared (a reading on a document rule's heading concerns which documents it
        covers, not who signs them; one on an office, how many hold it, not whom it answers to)."""
        return tuple(c for c in citations if c not in self.readings)

    @property
    def reasons(self) -> tuple[str, ...]:
        """The declared reasons of absence, in order of declaration."""
        return tuple(name for name, label in self.labels.items() if label.kind == "reason")


def office_kinds(offices: Mapping[str, Office], office: str) -> tuple[str, ...]:
    """The office and every office it is a kind of (常务副区长 -> 常务副区长, 副区长); a kind left undeclared ends the
    chain (GS101 reports it)."""
    chain = [office]
    while chain[-1] in offices and (kind := offices[chain[-1]].kind) is not None and kind not in chain:
        chain.append(kind)
    return tuple(chain)
