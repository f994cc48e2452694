"""The syntax tree: what the drafter wrote, statement by statement, with spans (ignored by equality)."""

from __future__ import annotations

from dataclasses import dataclass, field

from govspec.diagnostics import Span

NOWHERE = Span("", 0, 0, 0, 0)


@dataclass(frozen=True)
class Name:
    """A name as written; quoted and bare spellings of the same text are equal."""

    text: str
    span: Span = field(default=NOWHERE, compare=False)


@dataclass(frozen=True)
class Unspecified:
    """A `?` in a chain: the text says a next step exists but does not name it."""

    span: Span = field(default=NOWHERE, compare=False)


@dataclass(frozen=True)
class Count:
    """How many hold an office: exactly `low`, or `low..high`, or `low..` when the text names no number."""

    low: int
    high: int | None

    @property
    def exact(self) -> bool:
        return self.low == self.high


@dataclass(frozen=True)
class PowerRef:
    """A power: a declared one (kind "named") or one a rule implies: sign, convene, chair, leave."""

    kind: str
    target: Name


@dataclass(frozen=True)
class Equals:
    attribute: str
    value: Name


@dataclass(frozen=True)
class MemberOf:
    attribute: str
    values: tuple[Name, ...]


@dataclass(frozen=True)
class Not:
    operand: Condition


@dataclass(frozen=True)
class And:
    operands: tuple[Condition, ...]


@dataclass(frozen=True)
class Or:
    operands: tuple[Condition, ...]


Condition = Equals | MemberOf | Not | And | Or


@dataclass(frozen=True)
class InCharge:
    """`in charge O` (分管 O) on a chain: the one of O's holders in charge of the chain's subject, not every holder."""

    office: Name


@dataclass(frozen=True)
class Hop:
    """One step of a chain: alternatives (`a | b`) or joint recipients (`a & b`)."""

    nodes: tuple[Name | Unspecified | InCharge, ...]
    joint: bool = False


@dataclass(frozen=True)
class Statement:
    """Fields every statement and clause carries: citations, span, keyword language, and the hedge that makes it a
    soft rule ("usually", "in principle", "as needed", "if needed"; None: a rule without exceptions)."""

    citations: tuple[str, ...] = field(default=(), kw_only=True)
    span: Span = field(default=NOWHERE, compare=False, kw_only=True)
    lang: str = field(default="en", compare=False, kw_only=True)
    hedge: str | None = field(default=None, kw_only=True)


@dataclass(frozen=True)
class Header(Statement):
    title: str
    source: str | None


@dataclass(frozen=True)
class Office(Statement):
    name: Name
    count: Count | None = None
    holders: tuple[Name, ...] = ()
    kind: Name | None = None


@dataclass(frozen=True)
class Declaration(Statement):
    """A plain list of declared names: `external`, `guest`, `form`, `tag`, `class`."""

    keyword: str
    names: tuple[Name, ...]


@dataclass(frozen=True)
class Reasons(Statement):
    """Reasons for which an office holder may be away (出差、休假 …); `closed`: no other reason is possible."""

    names: tuple[Name, ...]
    closed: bool = False


@dataclass(frozen=True)
class Reading(Statement):
    """A named reading of a passage the text leaves open; statements rest on it by citing its name."""

    name: Name
    text: str


@dataclass(frozen=True)
class Unit(Statement):
    name: Name
    head: Name | None = None


@dataclass(frozen=True)
class Group(Statement):
    """`count`: how many hold the group's offices together, where the text bounds it."""

    name: Name
    members: tuple[Name, ...]
    count: Count | None = None


@dataclass(frozen=True)
class Power(Statement):
    """A named power; `joint`: the holders who exercise it together with `holder`, only all together (联合, 会同)."""

    name: Name
    holder: Name | None = None
    joint: tuple[Name, ...] = ()


@dataclass(frozen=True)
class Charge(Statement):
    """One of the holders of `office` is in charge (分管) of each of `fields`; which one, the division of work says."""

    office: Name
    fields: tuple[Name, ...]


@dataclass(frozen=True)
class Routing(Statement):
    """`must` / `may` / `never` be decided by one of the named bodies or offices."""

    mode: str
    deciders: tuple[Name, ...]


@dataclass(frozen=True)
class Change(Statement):
    """A decision on the matter, once taken, may be changed only by `changers`, or, `original`, by whoever took it."""

    changers: tuple[Name, ...]
    original: bool = False


@dataclass(frozen=True)
class Matter(Statement):
    name: Name
    parent: Name | None = None
    routing: tuple[Routing, ...] = ()
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class ListClause(Statement):
    """A body clause naming a list: members, convener, chair, attendees, decides, discusses, class."""

    keyword: str
    names: tuple[Name, ...]


@dataclass(frozen=True)
class Wording:
    """How a share was written, kept for `fmt` only: `form` "compared" (`> 1/2`, `超过 1/2`), "inclusive"
    (`2/3 or more`, `三分之二以上`) or "majority" (`majority`, `过半数`); `chinese`: the fraction in Chinese
    numerals."""

    form: str = "compared"
    chinese: bool = False


@dataclass(frozen=True)
class Quorum(Statement):
    """Attendance must be `op` (`>` or `>=`) the fraction `numerator/denominator` of members due."""

    op: str
    numerator: int
    denominator: int
    wording: Wording = field(default=Wording(), compare=False)


@dataclass(frozen=True)
class Vote(Statement):
    """A decision passes when the yes votes are `op` the fraction `numerator/denominator` of `voters`: "members"
    (all members of the body, 全体组成人员) or "present" (the members present, 出席人员)."""

    op: str
    numerator: int
    denominator: int
    voters: str
    wording: Wording = field(default=Wording(), compare=False)


@dataclass(frozen=True)
class Frequency(Statement):
    every: int
    period: str


@dataclass(frozen=True)
class AdHoc(Statement):
    """The body meets when the occasion arises (`meets as needed`, 根据需要召开); the hedge says which occasion."""


BodyClause = ListClause | Quorum | Vote | Frequency | AdHoc


@dataclass(frozen=True)
class Body(Statement):
    """A meeting body; `unit`: the institution it belongs to and decides for (`body 常务会议 of 区政府`)."""

    name: Name
    clauses: tuple[BodyClause, ...]
    unit: Name | None = None


@dataclass(frozen=True)
class Grant:
    """Signing only when the named office entrusts (委托) or authorises (授权) it; `standing`: True when the grant is
    given in advance and outlasts the giver's absence (概括), False when given case by case (个别), None when the
    text does not say."""

    mode: str
    by: Name
    standing: bool | None = None


@dataclass(frozen=True)
class SignerOption:
    office: Name
    grant: Grant | None = None
    reviewers: tuple[Name, ...] = ()


@dataclass(frozen=True)
class Signer(Statement):
    options: tuple[SignerOption, ...]


@dataclass(frozen=True)
class Cosigner(Statement):
    """Co-signing (会签); `in_charge`: by the holder of each office in charge of the document (会签 分管 副区长)."""

    offices: tuple[Name, ...]
    condition: Condition | None = None
    in_charge: bool = False


@dataclass(frozen=True)
class Reviewer(Statement):
    """Prior review (审定) before issue; `optional` is the text's 必要时 (when necessary)."""

    offices: tuple[Name, ...]
    condition: Condition | None = None
    optional: bool = False


@dataclass(frozen=True)
class Requirement(Statement):
    """What every document of the rule must carry (签发人, 公章, 有效期 …): labels, as the text words them."""

    elements: tuple[Name, ...]


DocumentClause = Signer | Cosigner | Reviewer | Requirement


@dataclass(frozen=True)
class Document(Statement):
    """A document rule; it does not apply to the documents of the rules in `exceptions` (除…外), and where it meets a
    rule of `prevails` on one document, it is the one that applies (优先于)."""

    name: Name
    condition: Condition
    clauses: tuple[DocumentClause, ...]
    exceptions: tuple[Name, ...] = ()
    prevails: tuple[Name, ...] = ()


@dataclass(frozen=True)
class Delegation(Statement):
    mode: str
    power: PowerRef
    delegators: tuple[Name, ...]
    delegates: tuple[Name, ...]
    onward: bool = False
    standing: bool | None = None


@dataclass(frozen=True)
class Acting(Statement):
    """`chooser`: who picks the stand-in (由 … 推选); `choice`: the Chinese verb it was written with (推选 or 决定),
    kept so that `fmt` keeps the text's word."""

    absent: Name
    standin: Name
    powers: tuple[PowerRef, ...] = ()
    reasons: tuple[Name, ...] = ()
    chooser: Name | None = None
    choice: str = field(default="推选", compare=False)


@dataclass(frozen=True)
class Reports(Statement):
    subordinate: Name
    superiors: tuple[Name, ...]


@dataclass(frozen=True)
class Escalation(Statement):
    """A matter raised step by step; `notify`: it is only reported along the chain (报备), nobody is asked to
    decide it."""

    name: Name
    matters: tuple[Name, ...]
    chain: tuple[Hop, ...]
    notify: bool = False


@dataclass(frozen=True)
class Leave(Statement):
    """Who asks whom for leave, for which occasions (meetings or reasons of absence); `notify`: the request is only
    reported along the chain (报备), nobody is said to approve it."""

    subjects: tuple[Name, ...]
    contexts: tuple[Name, ...]
    chain: tuple[Hop, ...]
    notify: bool = False


@dataclass(frozen=True)
class Route(Statement):
    """How documents travel; `documents` names the document rules whose documents take this route; `notify`: they
    are only reported along it (报备), nobody is asked to sign them."""

    name: Name
    single: bool
    chain: tuple[Hop, ...]
    documents: tuple[Name, ...] = ()
    notify: bool = False


@dataclass(frozen=True)
class Mandatory(Statement):
    """Documents reach `targets` only through `via`; `about`: the document rules and matters it binds (none: every
    route, no escalation); `exceptions`: the document rules and matters it does not bind (除…外)."""

    via: Name
    targets: tuple[Name, ...]
    about: tuple[Name, ...] = ()
    exceptions: tuple[Name, ...] = ()


@dataclass(frozen=True)
class NoSkipping(Statement):
    """No document skips a level of the reporting lines (不得越级行文); `senders`: only those they send (none: all)."""

    senders: tuple[Name, ...] = ()


@dataclass(frozen=True)
class IssuingBan(Statement):
    """No document about `matters` is issued in the name of one of `issuers` (不得提请区政府…发文)."""

    issuers: tuple[Name, ...]
    matters: tuple[Name, ...]


@dataclass(frozen=True)
class Separation(Statement):
    who: Name
    barred: tuple[Name, ...]


@dataclass(frozen=True)
class Measure(Statement):
    """A numeric or time rule: `name [of subject] op value [unit] [every n period]`."""

    name: Name
    subject: Name | None
    op: str
    value: str
    unit: str | None = None
    per: int | None = None
    period: str | None = None


@dataclass(frozen=True)
class Assertion(Statement):
    """A property the spec states about itself; targets () means all."""

    prop: str
    targets: tuple[Name, ...]
    depth: int | None = None
    op: str = "<="


@dataclass(frozen=True)
class Precondition(Statement):
    """Steps that must have happened before `matters` are decided (`stage` "decide", 方可决定) or put to a body that
    decides them ("submit", 方可提交), done by one of `doers` (none: the text does not say by whom)."""

    steps: tuple[Name, ...]
    doers: tuple[Name, ...]
    matters: tuple[Name, ...]
    stage: str = "decide"


@dataclass(frozen=True)
class TimeLimit:
    """When an action must happen: `kind` "lead", `bound` (">=" at least, "<=" at most) `amount` `period`s before
    the event; "moment", at each of `moments` (mid-year, year-end, before the meeting); "prompt", promptly (及时),
    a time the text does not measure."""

    kind: str
    bound: str | None = None
    amount: int | None = None
    period: str | None = None
    moments: tuple[str, ...] = ()


@dataclass(frozen=True)
class Deadline(Statement):
    """A time limit on the action `name`, which is done `about` a chain or a body where one is named."""

    name: Name
    about: Name | None
    limit: TimeLimit


@dataclass(frozen=True)
class Allow(Statement):
    """A drafter accepts a known finding: its code and the reason."""

    code: str
    reason: str


@dataclass(frozen=True)
class Amends(Statement):
    """An amendment file's first statement: the spec it amends (a path from the amendment's folder) and why."""

    base: str
    purpose: str | None = None


@dataclass(frozen=True)
class Target:
    """The statements an amendment changes: those citing `citation`, of the keyword `kind` and the `name` if given."""

    citation: str
    kind: str | None = None
    name: Name | None = None


@dataclass(frozen=True)
class Addition(Statement):
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class Replacement(Statement):
    target: Target
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class Repeal(Statement):
    target: Target


@dataclass(frozen=True)
class SpecTree:
    """A parsed file: its statements in order and its comments (kept for `fmt`)."""

    file: str = field(compare=False)
    statements: tuple[Statement, ...] = ()
    comments: tuple[tuple[int, str], ...] = field(default=(), compare=False)


# The keyword terminal each kind of statement starts with, as a target names i
KINDS: dict[type, tuple[str, ...]] = {
    Office: ("OFFICE",),
    Unit: ("UNIT",),
    Group: ("GROUP",),
    Power: ("POWER",),
    Matter: ("MATTER",),
    Body: ("BODY",),
    Document: ("DOCUMENT",),
    Delegation: ("ENTRUST", "AUTHORISE"),
    Acting: ("ACTING",),
    Reports: ("REPORTS",),
    Escalation: ("ESCALATION",),
    Leave: ("LEAVE",),
    Route: ("ROUTE",),
    Mandatory: ("THROUGH_HOP",),
    NoSkipping: ("NO_SKIPPING",),
    IssuingBan: ("NO_ISSUING",),
    Separation: ("EXCLUDE",),
    Measure: ("MEASURE",),
    Assertion: ("ASSERT",),
    Allow: ("ALLOW",),
    Reasons: ("REASONS",),
    Reading: ("READING",),
    Precondition: ("PRECONDITION",),
    Deadline: ("DEADLINE",),
    Charge: ("CHARGE",),
}
DECLARATIONS = {"external": "EXTERNAL", "guest": "GUEST", "form": "FORM", "tag": "TAG", "class": "CLASS"}
