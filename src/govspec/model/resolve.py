"""Syntax tree -> resolved model: every statement translated, every name checked, structural errors (GS104–GS109)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from govspec.catalogue import Say, say
from govspec.cycles import cycles
from govspec.diagnostics import Finding, Span, citation_list
from govspec.model import entities as m
from govspec.model.scope import (
    ASSERTION_TARGETS,
    ATTRIBUTE_KINDS,
    BANNED,
    CHANGERS,
    CHARGED,
    CHOOSERS,
    DECIDERS,
    HOLDERS,
    OCCASIONS,
    OFFICES,
    PLACES,
    POWER_TARGETS,
    Scope,
)
from govspec.syntax import tree as t


def _office(r: Scope, s: t.Office) -> m.Office:
    low, high = (s.count.low, s.count.high) if s.count else (len(s.holders) or 1, len(s.holders) or 1)
    if high is not None and (high < low or high == 0):
        r.error("GS107", say("GS107.impossible", office=s.name.text, low=low, high=high), (s.span,), s.citations)
    elif s.holders and high is not None and len(s.holders) > high:
        r.error(
            "GS107",
            say("GS107.holders", office=s.name.text, count=len(s.holders), high=high),
            (s.span,),
            s.citations,
        )
    kind = r.one(s.kind, frozenset({"office"}), say("role.kind")) if s.kind else None
    return m.Office(s.name.text, low, high, tuple(h.text for h in s.holders), kind, citations=s.citations, span=s.span)


def _merge(earlier: m.Part | None, later: m.Part) -> m.Part:
    """Two clauses listing more of the same thing (articles often add to a list) read as one."""
    if earlier is None:
        return later
    names = tuple(dict.fromkeys((*earlier.names, *later.names)))
    citations = tuple(dict.fromkeys((*earlier.citations, *later.citations)))
    # A list hedged in one article and not in another is read as the rule without exceptions it partly is.
    hedge = earlier.hedge if earlier.hedge == later.hedge else None
    return m.Part(names, hedge, citations=citations, span=earlier.span)


def _part(r: Scope, clause: t.ListClause, allowed: frozenset[str], role: Say) -> m.Part:
    names = r.offices(clause.names, role, allowed) if allowed <= OFFICES else r.refs(clause.names, allowed, role)
    return m.Part(names, clause.hedge, citations=clause.citations, span=clause.span)


def _share(r: Scope, body: str, q: t.Quorum | t.Vote) -> None:
    """A quorum or a vote threshold is `>` or `>=` a fraction that some share of a whole can meet (GS104)."""
    kind = "vote_" if isinstance(q, t.Vote) else ""
    fraction = f"{q.numerator}/{q.denominator}"
    if q.op not in (">", ">="):
        r.error("GS104", say(f"GS104.{kind}operator", body=body, op=q.op), (q.span,), q.citations)
    elif q.denominator == 0 or q.numerator > q.denominator or (q.op == ">" and q.numerator == q.denominator):
        r.error(
            "GS104",
            say(f"GS104.{kind}impossible", body=body, op=q.op, fraction=fraction),
            (q.span,),
            q.citations,
            help=say(f"GS104.{kind}help"),
        )


def _quorum(r: Scope, body: str, q: t.Quorum) -> m.Quorum:
    _share(r, body, q)
    return m.Quorum(q.op, q.numerator, q.denominator, citations=q.citations, span=q.span)


def _vote(r: Scope, body: str, v: t.Vote) -> m.Vote:
    _share(r, body, v)
    return m.Vote(v.op, v.numerator, v.denominator, v.voters, citations=v.citations, span=v.span)


# What a body decides, who attends without a vote and its classes are often given article by article.
ADDITIVE_CLAUSES = frozenset({"decides", "discusses", "attendees", "class"})
BODY_ROLES = {
    "members": (OFFICES, "role.member"),
    "convener": (OFFICES, "role.convener"),
    "chair": (OFFICES, "role.chair"),
    "attendees": (frozenset({"office", "group", "external", "guest"}), "role.attendee"),
    "decides": (frozenset({"matter"}), "role.decides"),
    "discusses": (frozenset({"matter"}), "role.discusses"),
    "class": (frozenset({"class"}), "role.body_class"),
}


def _body(r: Scope, s: t.Body) -> m.Body:
    parts: dict[str, m.Part] = {}
    quorum: m.Quorum | None = None
    frequency: m.Frequency | None = None
    vote: m.Vote | None = None
    ad_hoc: m.AdHoc | None = None
    seen: set[str] = set()
    for clause in s.clauses:
        key = clause.keyword if isinstance(clause, t.ListClause) else type(clause).__name__.lower()
        if key in seen and key not in ADDITIVE_CLAUSES:
            words = say("GS109.clause", name=s.name.text, clause=say(f"clause.{key}"))
            r.error("GS109", words, (clause.span,), clause.citations)
            continue
        seen.add(key)
        if isinstance(clause, t.Quorum):
            quorum = _quorum(r, s.name.text, clause)
        elif isinstance(clause, t.Vote):
            vote = _vote(r, s.name.text, clause)
        elif isinstance(clause, t.Frequency):
            every, period, hedge = clause.every, clause.period, clause.hedge
            frequency = m.Frequency(every, period, hedge, citations=clause.citations, span=clause.span)
        elif isinstance(clause, t.AdHoc):
            ad_hoc = m.AdHoc(clause.hedge or "as needed", citations=clause.citations, span=clause.span)
        else:
            allowed, role = BODY_ROLES[clause.keyword]
            parts[clause.keyword] = _merge(parts.get(clause.keyword), _part(r, clause, allowed, say(role)))
    members = parts.get("members", m.Part(span=s.span))
    if not members.names and "members" not in seen:
        r.error("GS106", say("GS106", body=s.name.text), (s.name.span,), s.citations)
    unit = r.one(s.unit, frozenset({"unit"}), say("role.institution")) if s.unit else None
    body = m.Body(
        s.name.text,
        members,
        parts.get("convener"),
        parts.get("chair"),
        quorum,
        frequency,
        parts.get("attendees"),
        parts.get("decides"),
        parts["class"].names if "class" in parts else (),
        unit,
        vote,
        parts.get("discusses"),
        ad_hoc,
        citations=s.citations,
        span=s.span,
    )
    return body


def _check_leaders_are_members(r: Scope, body: m.Body, offices: dict[str, m.Office]) -> None:
    """A chair or convener must sit on the body (directly, or as a kind of an office that does)."""
    members = set(body.members.names)
    for part, role in ((body.chairs, "chair"), (body.conveners, "convener")):
        for office in part.names if part else ():
            if members and not members.intersection(m.office_kinds(offices, office)):
                r.error(
                    "GS105",
                    say("GS105", role=say(f"clause.{role}"), body=body.name, office=office),
                    (part.span, body.members.span) if part else (body.span,),
                    citation_list((body.citations, part.citations)) if part else body.citations,
                )


def _attribute(attribute: str) -> Say:
    return say(f"attribute.{attribute}")


def _condition(r: Scope, condition: t.Condition) -> None:
    """Check every value a condition compares against; conditions stay syntax values (already plain and immutable)."""
    stack: list[t.Condition] = [condition]
    while stack:
        node = stack.pop()
        if isinstance(node, t.Equals):
            r.ref(node.value, ATTRIBUTE_KINDS[node.attribute], say("role.value", attribute=_attribute(node.attribute)))
        elif isinstance(node, t.MemberOf):
            r.refs(
                node.values, ATTRIBUTE_KINDS[node.attribute], say("role.values", attribute=_attribute(node.attribute))
            )
        elif isinstance(node, t.Not):
            stack.append(node.operand)
        else:
            stack.extend(node.operands)


def _document(r: Scope, s: t.Document) -> m.DocumentRule:
    _condition(r, s.condition)
    signers: m.Signers | None = None
    cosigners: list[m.Cosigners] = []
    reviews: list[m.Review] = []
    requires: m.Part | None = None
    for clause in s.clauses:
        if isinstance(clause, t.Requirement):
            # Required elements are labels as the text words them (签发人, 公章), not declared names.
            part = m.Part(tuple(e.text for e in clause.elements), citations=clause.citations, span=clause.span)
            requires = _merge(requires, part)
            continue
        if isinstance(clause, t.Signer):
            if signers is not None:
                r.error("GS109", say("GS109.signers", name=s.name.text), (clause.span,), clause.citations)
                continue
            signers = m.Signers(
                tuple(_signer(r, o) for o in clause.options), citations=clause.citations, span=clause.span
            )
            continue
        if clause.condition is not None:
            _condition(r, clause.condition)
        if isinstance(clause, t.Cosigner):
            offices = r.offices(clause.offices, say("role.cosigner"))
            cosigners.append(
                m.Cosigners(offices, clause.condition, clause.in_charge, citations=clause.citations, span=clause.span)
            )
        else:
            offices = r.offices(clause.offices, say("role.prior_reviewer"))
            reviews.append(
                m.Review(offices, clause.condition, clause.optional, citations=clause.citations, span=clause.span)
            )
    return m.DocumentRule(
        s.name.text,
        s.condition,
        signers,
        tuple(cosigners),
        tuple(reviews),
        requires,
        r.refs(s.exceptions, frozenset({"document"}), say("role.excepted")),
        r.refs(s.prevails, frozenset({"document"}), say("role.prevailed")),
        citations=s.citations,
        span=s.span,
    )


def _signer(r: Scope, option: t.SignerOption) -> m.SignerOption:
    office = r.one(option.office, frozenset({"office"}), say("role.signer"))
    grant = option.grant
    granted_by = r.one(grant.by, frozenset({"office"}), say("role.granter")) if grant else None
    reviewers = r.offices(option.reviewers, say("role.reviewer"))
    standing = grant.standing if grant else None
    return m.SignerOption(office, grant.mode if grant else None, granted_by, reviewers, standing)


def _power(r: Scope, power: t.PowerRef) -> m.PowerKey:
    r.ref(power.target, POWER_TARGETS[power.kind], say("role.power_object"))
    return m.PowerKey(power.kind, power.target.text)


def _steps(r: Scope, chain: tuple[t.Hop, ...], role: Say) -> tuple[m.Step, ...]:
    steps = []
    for hop in chain:
        nodes: list[str | None] = []
        plain: set[str] = set()
        in_charge: list[str] = []
        for node in hop.nodes:
            if isinstance(node, t.Unspecified):
                nodes.append(None)
            elif isinstance(node, t.InCharge):
                if r.ref(node.office, OFFICES, say("role.in_charge")):
                    nodes.append(node.office.text)
                    in_charge.append(node.office.text)
            elif r.ref(node, PLACES, role):
                nodes.append(node.text)
                plain.add(node.text)
        # `副区长 | 分管 副区长` reaches any 副区长: the office named plainly says more than the one in charge.
        charged = tuple(dict.fromkeys(n for n in in_charge if n not in plain))
        steps.append(m.Step(tuple(nodes), hop.joint, charged))
    return tuple(steps)


def _check_approvers(r: Scope, s: t.Leave) -> None:
    """Who approves leave is read office by office: the one of an office's holders in charge cannot be told apart
    from the others there, so a leave rule that asks it for approval is reported rather than read as any holder."""
    for node in s.chain[-1].nodes if s.chain and not s.notify else ():
        if isinstance(node, t.InCharge):
            r.error("GS103", say("GS103.in_charge", office=node.office.text), (s.span,), s.citations)


def _chain(r: Scope, s: t.Escalation | t.Leave | t.Route) -> m.Chain:
    meta = {"citations": s.citations, "span": s.span}
    if isinstance(s, t.Escalation):
        about = r.refs(s.matters, frozenset({"matter"}), say("role.matter_about"))
        steps = _steps(r, s.chain, say("role.escalation_step"))
        return m.Chain("escalation", s.name.text, (), about, steps, notify=s.notify, **meta)
    if isinstance(s, t.Leave):
        subjects = r.refs(s.subjects, OFFICES | {"unit"}, say("role.asking"))
        about = r.refs(s.contexts, OCCASIONS, say("role.occasion"))
        steps = _steps(r, s.chain, say("role.approver"))
        _check_approvers(r, s)
        name = "、".join(n.text for n in s.subjects)
        return m.Chain("leave", name, subjects, about, steps, notify=s.notify, **meta)
    steps = _steps(r, s.chain, say("role.route_step"))
    documents = r.refs(s.documents, frozenset({"document"}), say("role.carried"))
    return m.Chain("route", s.name.text, (), documents, steps, s.single, s.notify, **meta)


def _check_cycles(r: Scope, edges: dict[str, set[str]], spans: dict[str, Span], what: str) -> None:
    """Report each loop of `is` links or group memberships (GS108), once."""
    for loop in cycles(edges):
        r.error(
            "GS108", say("GS108", what=say(what), loop=" -> ".join([*loop, loop[0]])), tuple(spans[n] for n in loop)
        )


def _unit(r: Scope, x: t.Unit) -> m.Unit:
    head = r.one(x.head, frozenset({"office"}), say("role.head")) if x.head else None
    return m.Unit(x.name.text, head, citations=x.citations, span=x.span)


def _group(r: Scope, x: t.Group) -> m.Group:
    count = None if x.count is None else (x.count.low, x.count.high)
    if count is not None and count[1] is not None and count[1] < count[0]:
        r.error(
            "GS107", say("GS107.impossible", office=x.name.text, low=count[0], high=count[1]), (x.span,), x.citations
        )
    offices = r.offices(x.members, say("role.group_member"))
    return m.Group(x.name.text, offices, count, citations=x.citations, span=x.span)


def _bar_classes(matter: m.Matter, bodies: dict[str, m.Body], classes: set[str]) -> m.Matter:
    """A ban naming a class of bodies bars each body of the class, as a ban naming a group bars each of its offices."""
    if not any(d in classes for r in matter.routing for d in r.deciders):
        return matter

    def barred(name: str) -> tuple[str, ...]:
        return tuple(b.name for b in bodies.values() if name in b.classes) if name in classes else (name,)

    routing = tuple(
        replace(r, deciders=tuple(dict.fromkeys(d for n in r.deciders for d in barred(n)))) for r in matter.routing
    )
    return replace(matter, routing=routing)


def _check_group_count(r: Scope, group: m.Group, offices: dict[str, m.Office]) -> None:
    """A group's count must meet its offices' own counts somewhere: otherwise no staffing exists, and every property
    would hold for want of one. Offices listed with a kind of theirs are counted once, under the kind."""
    if group.count is None or not all(o in offices for o in group.offices):
        return
    tops = [o for o in group.offices if not any(k in group.offices for k in m.office_kinds(offices, o)[1:])]
    least = sum(offices[o].low for o in tops)
    highs = [offices[o].high for o in tops]
    most = None if None in highs else sum(h for h in highs if h is not None)
    low, high = group.count
    if high is not None and high < low:
        return  # reported as an impossible count already
    if (high is not None and least > high) or (most is not None and most < low):
        shown = {"high": "" if high is None else high, "most": "" if most is None else most}
        words = say("GS107.group", group=group.name, low=low, least=least, **shown)
        r.error("GS107", words, (group.span,), group.citations)


def _second_mentions(names: tuple[t.Name, ...]) -> tuple[t.Name, ...]:
    """Each name that comes up again in `names`, where it comes up the second time."""
    seen: list[str] = []
    again: list[t.Name] = []
    for name in names:
        if seen.count(name.text) == 1:
            again.append(name)
        seen.append(name.text)
    return tuple(again)


def _named_power(r: Scope, x: t.Power) -> m.Power:
    """A power and its holders; a holder named twice (`of 甲 & 甲`) would quietly make a joint power one holder's own,
    so it is an error (GS109)."""
    holder = r.one(x.holder, HOLDERS, say("role.holder")) if x.holder else None
    joint = r.refs(x.joint, HOLDERS, say("role.joint_holder"))
    for again in _second_mentions((x.holder, *x.joint) if x.holder else ()):
        r.error("GS109", say("GS109.holder", name=x.name.text, holder=again.text), (again.span,), x.citations)
    return m.Power(x.name.text, holder, tuple(n for n in joint if n != holder), citations=x.citations, span=x.span)


def _charge(r: Scope, x: t.Charge) -> m.Charge:
    """Who is in charge of what; an office is never in charge of itself (GS103)."""
    office = r.one(x.office, OFFICES, say("role.in_charge"))
    fields = r.refs(x.fields, CHARGED, say("role.charged"))
    itself = next((f for f in x.fields if f.text == office), None)
    if itself is not None:
        r.error("GS103", say("GS103.charge_self", office=office), (itself.span,), x.citations)
    return m.Charge(office, tuple(f for f in fields if f != office), citations=x.citations, span=x.span)


def _matter(r: Scope, x: t.Matter) -> m.Matter:
    parent = r.one(x.parent, frozenset({"matter"}), say("role.parent")) if x.parent else None
    routing = tuple(
        m.Routing(
            c.mode,
            r.refs(c.deciders, BANNED if c.mode == "never" else DECIDERS, say("role.decider")),
            c.hedge,
            citations=c.citations,
            span=c.span,
        )
        for c in x.routing
    )
    changes = tuple(
        m.Change(r.refs(c.changers, CHANGERS, say("role.changer")), c.original, citations=c.citations, span=c.span)
        for c in x.changes
    )
    return m.Matter(x.name.text, parent, routing, changes, citations=x.citations, span=x.span)


def _delegation(r: Scope, x: t.Delegation) -> m.Delegation:
    delegators, delegates = r.offices(x.delegators, say("role.delegator")), r.offices(x.delegates, say("role.delegate"))
    power = _power(r, x.power)
    fields = (x.onward, x.standing)
    return m.Delegation(x.mode, power, delegators, delegates, *fields, citations=x.citations, span=x.span)


def _acting(r: Scope, x: t.Acting) -> m.Acting:
    absent = r.one(x.absent, frozenset({"office"}), say("role.absent"))
    standin = r.one(x.standin, frozenset({"office"}), say("role.standin"))
    powers = tuple(_power(r, p) for p in x.powers)
    reasons = r.refs(x.reasons, frozenset({"reason"}), say("role.reason"))
    chooser = None if x.chooser is None else r.one(x.chooser, CHOOSERS, say("role.chooser"))
    return m.Acting(absent, standin, powers, reasons, chooser, citations=x.citations, span=x.span)


def _reports(r: Scope, x: t.Reports) -> m.ReportingLine:
    subordinate = r.one(x.subordinate, frozenset({"office", "unit"}), say("role.reporting"))
    superiors = r.refs(x.superiors, PLACES, say("role.superior"))
    return m.ReportingLine(subordinate, superiors, citations=x.citations, span=x.span)


def _rules_and_matters(r: Scope, names: tuple[t.Name, ...], role: Say) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The document rules and the matters among `names`, what routes and escalations are about; a name that is both
    (`公文 任免` and `事项 任免`) is both. Any other kind is reported (GS103)."""
    resolved = r.refs(names, frozenset({"document", "matter"}), role)
    documents = tuple(name for name in resolved if name in r.scopes["document"])
    matters = tuple(name for name in resolved if (d := r.scopes["entity"].get(name)) and d.kind == "matter")
    return documents, matters


def _mandatory(r: Scope, x: t.Mandatory) -> m.Mandatory:
    via = r.one(x.via, PLACES, say("role.mandatory"))
    targets = r.refs(x.targets, PLACES, say("role.target"))
    bound = _rules_and_matters(r, x.about, say("role.mandatory_about"))
    excepted = _rules_and_matters(r, x.exceptions, say("role.mandatory_except"))
    return m.Mandatory(via, targets, *bound, *excepted, citations=x.citations, span=x.span)


def _no_skipping(r: Scope, x: t.NoSkipping) -> m.NoSkipping:
    senders = r.refs(x.senders, frozenset({"office", "group", "unit"}), say("role.sender"))
    return m.NoSkipping(senders, citations=x.citations, span=x.span)


def _issuing_ban(r: Scope, x: t.IssuingBan) -> m.IssuingBan:
    issuers = r.refs(x.issuers, frozenset({"unit", "office", "external"}), say("role.barred_issuer"))
    matters = r.refs(x.matters, frozenset({"matter"}), say("role.banned_matter"))
    return m.IssuingBan(issuers, matters, citations=x.citations, span=x.span)


def _separation(r: Scope, x: t.Separation) -> m.Separation:
    who = r.one(x.who, frozenset({"office", "unit"}), say("role.barred"))
    barred = r.refs(x.barred, frozenset({"class", "body"}), say("role.barred_from"))
    return m.Separation(who, barred, citations=x.citations, span=x.span)


def _measure(r: Scope, x: t.Measure) -> m.Measure:
    subject = r.one(x.subject, PLACES, say("role.measure_subject")) if x.subject else None
    fields = (x.op, x.value, x.unit, x.per, x.period, x.hedge)
    return m.Measure(x.name.text, subject, *fields, citations=x.citations, span=x.span)


def _assertion(r: Scope, x: t.Assertion) -> m.Assertion:
    targets = r.refs(x.targets, ASSERTION_TARGETS[x.prop], say("role.assertion_target", prop=x.prop))
    return m.Assertion(x.prop, targets, x.depth, x.op, citations=x.citations, span=x.span)


def _precondition(r: Scope, x: t.Precondition) -> m.Precondition:
    doers = r.refs(x.doers, PLACES, say("role.step_doer"))
    matters = r.refs(x.matters, frozenset({"matter"}), say("role.preconditioned"))
    fields = (x.stage, x.hedge)
    steps = tuple(dict.fromkeys(step.text for step in x.steps))
    return m.Precondition(steps, doers, matters, *fields, citations=x.citations, span=x.span)


def _deadline(r: Scope, x: t.Deadline) -> m.Deadline:
    about = r.one(x.about, frozenset({"chain", "body"}), say("role.timed")) if x.about else None
    return m.Deadline(x.name.text, about, x.limit, x.hedge, citations=x.citations, span=x.span)


def _allow(r: Scope, x: t.Allow) -> m.Allow:
    return m.Allow(x.code, x.reason, citations=x.citations, span=x.span)


# Statements that declare one named thing: its kind, the model table it fills, and its translation.
NAMED: dict[type, tuple[str, str, Callable[[Scope, Any], Any]]] = {
    t.Office: ("office", "offices", _office),
    t.Unit: ("unit", "units", _unit),
    t.Group: ("group", "groups", _group),
    t.Power: ("power", "powers", _named_power),
    t.Matter: ("matter", "matters", _matter),
    t.Body: ("body", "bodies", _body),
    t.Document: ("document", "documents", _document),
}
# Statements that relate named things: the model tuple each adds to, and its translation.
RELATIONS: dict[type, tuple[str, Callable[[Scope, Any], Any]]] = {
    t.Delegation: ("delegations", _delegation),
    t.Acting: ("actings", _acting),
    t.Reports: ("reports", _reports),
    t.Escalation: ("chains", _chain),
    t.Leave: ("chains", _chain),
    t.Route: ("chains", _chain),
    t.Mandatory: ("mandatory", _mandatory),
    t.NoSkipping: ("no_skipping", _no_skipping),
    t.IssuingBan: ("issuing_bans", _issuing_ban),
    t.Separation: ("separations", _separation),
    t.Measure: ("measures", _measure),
    t.Assertion: ("assertions", _assertion),
    t.Allow: ("allows", _allow),
    t.Precondition: ("preconditions", _precondition),
    t.Deadline: ("deadlines", _deadline),
    t.Charge: ("charges", _charge),
}


def _labels(r: Scope, statements: tuple[t.Statement, ...]) -> dict[str, m.Label]:
    def kind(x: t.Declaration | t.Reasons) -> str:
        return x.keyword if isinstance(x, t.Declaration) else "reason"

    declared = {
        n.text: m.Label(n.text, kind(x), citations=x.citations, span=n.span)
        for x in statements
        if isinstance(x, (t.Declaration, t.Reasons))
        for n in x.names
        if r.declares(n, kind(x))
    }
    implied = {text: m.Label(text, "reason", span=name.span) for text, name in r.implied_reasons.items()}
    return declared | implied


def _readings(r: Scope, statements: tuple[t.Statement, ...]) -> dict[str, m.Reading]:
    return {
        x.name.text: m.Reading(x.name.text, x.text, citations=x.citations, span=x.span)
        for x in statements
        if isinstance(x, t.Reading) and r.declares(x.name, "reading")
    }


def resolve(spec: t.SpecTree) -> tuple[m.Model | None, tuple[Finding, ...]]:
    """Resolve a syntax tree; the model is None when any resolution error was found."""
    r = Scope(spec)
    tables: dict[str, dict[str, Any]] = {table: {} for _, table, _ in NAMED.values()}
    relations: dict[str, list[Any]] = {key: [] for key, _ in RELATIONS.values()}
    for x in spec.statements:
        if type(x) in NAMED:
            kind, table, translate = NAMED[type(x)]
            if r.declares(x.name, kind):  # type: ignore[attr-defined]
                tables[table][x.name.text] = translate(r, x)  # type: ignore[attr-defined]
        elif type(x) in RELATIONS:
            key, translate = RELATIONS[type(x)]
            relations[key].append(translate(r, x))
    for body in tables["bodies"].values():
        _check_leaders_are_members(r, body, tables["offices"])
    for group in tables["groups"].values():
        _check_group_count(r, group, tables["offices"])
    classes = {name for name, declared in r.scopes["entity"].items() if declared.kind == "class"}
    tables["matters"] = {name: _bar_classes(x, tables["bodies"], classes) for name, x in tables["matters"].items()}
    offices, matters = tables["offices"].values(), tables["matters"].values()
    _check_cycles(r, {o.name: {o.kind} for o in offices if o.kind}, {o.name: o.span for o in offices}, "GS108.kinds")
    _check_cycles(
        r, {x.name: {x.parent} for x in matters if x.parent}, {x.name: x.span for x in matters}, "GS108.parents"
    )
    documents = tables["documents"].values()
    rule_spans = {d.name: d.span for d in documents}
    _check_cycles(r, {d.name: set(d.prevails) for d in documents if d.prevails}, rule_spans, "GS108.precedence")
    # Rules excepting each other (or themselves) leave the documents they share under no rule at all.
    _check_cycles(r, {d.name: set(d.exceptions) for d in documents if d.exceptions}, rule_spans, "GS108.exceptions")
    groups = {name: {n.text for n in members} for name, members in r.group_members.items()}
    spans = {s.name.text: s.span for s in spec.statements if isinstance(s, t.Group)}
    _check_cycles(r, groups, spans, "GS108.groups")
    header = next((x for x in spec.statements if isinstance(x, t.Header)), None)
    model = m.Model(
        file=spec.file,
        title=header.title if header else None,
        source=header.source if header else None,
        labels=_labels(r, spec.statements),
        **tables,
        **{key: tuple(values) for key, values in relations.items()},
        readings=_readings(r, spec.statements),
        reasons_closed=any(isinstance(x, t.Reasons) and x.closed for x in spec.statements),
    )
    findings = tuple(sorted(r.findings, key=Finding.sort_key))
    return (None if findings else model), findings
