"""Syntax tree -> resolved model: declarations, name resolution and the structural errors (GS101–GS109)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from govspec.diagnostics import Finding, Severity, Span
from govspec.model import entities as m
from govspec.syntax import tree as t

OFFICES = frozenset({"office", "group"})
PLACES = frozenset({"office", "group", "unit", "external", "body"})
DECIDERS = frozenset({"body", "office", "group"})
ATTRIBUTE_KINDS = {
    "issuer": frozenset({"unit", "office", "external"}),
    "addressee": frozenset({"unit", "office", "external", "body"}),
    "subject": frozenset({"matter"}),
    "decided_by": frozenset({"body"}),
    "form": frozenset({"form"}),
    "tag": frozenset({"tag"}),
}
POWER_TARGETS = {
    "named": frozenset({"power"}),
    "sign": frozenset({"document"}),
    "convene": frozenset({"body"}),
    "chair": frozenset({"body"}),
    "leave": OFFICES,
}
ASSERTION_TARGETS = {
    "signer": frozenset({"document"}),
    "quorum": frozenset({"body"}),
    "chair": frozenset({"body"}),
    "holder": frozenset({"office", "power"}),
}
KIND_WORDS = {
    "office": "an office",
    "group": "a group of offices",
    "unit": "a unit",
    "external": "an external authority",
    "body": "a body",
    "matter": "a matter",
    "document": "a document rule",
    "power": "a power",
    "form": "a document form",
    "tag": "a document tag",
    "class": "a class of bodies",
    "chain": "a chain",
}


@dataclass(frozen=True)
class Declared:
    kind: str
    span: Span


def _namespace(kind: str) -> str:
    return kind if kind in ("document", "chain") else "entity"


def _declaration_hint(allowed: frozenset[str]) -> str:
    """The keyword that would declare a missing name of one of the allowed kinds."""
    return "office" if "office" in allowed else sorted(allowed)[0]


def _kinds(allowed: frozenset[str]) -> str:
    words = [KIND_WORDS[k] for k in sorted(allowed)]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _declared_names(statement: t.Statement) -> Iterable[tuple[t.Name, str]]:
    """The names a statement declares, with their kind."""
    if isinstance(statement, t.Office):
        yield statement.name, "office"
    elif isinstance(statement, t.Declaration):
        yield from ((name, statement.keyword) for name in statement.names)
    elif isinstance(statement, (t.Unit, t.Group, t.Power, t.Matter, t.Body, t.Document)):
        kind = type(statement).__name__.lower()
        yield statement.name, kind
    elif isinstance(statement, (t.Escalation, t.Route)):
        yield statement.name, "chain"


class Resolver:
    """Resolves one syntax tree; collects every error instead of stopping at the first."""

    def __init__(self, spec: t.SpecTree) -> None:
        self.spec = spec
        self.findings: list[Finding] = []
        # Document rules and chains are named apart from what they talk about: `document 任免 when subject = 任免`.
        self.scopes: dict[str, dict[str, Declared]] = {"entity": {}, "document": {}, "chain": {}}
        for statement in spec.statements:
            for name, kind in _declared_names(statement):
                self._declare(name, kind)
        self.group_members = {
            s.name.text: s.members for s in spec.statements if isinstance(s, t.Group) and self._is(s.name, "group")
        }

    def _error(
        self, code: str, message: str, spans: tuple[Span, ...], citations: tuple[str, ...] = (), help: str = ""
    ) -> None:
        self.findings.append(Finding(code, Severity.ERROR, message, spans, citations, help=help))

    def _declare(self, name: t.Name, kind: str) -> None:
        scope = self.scopes[_namespace(kind)]
        earlier = scope.get(name.text)
        if earlier is not None:
            self._error(
                "GS102",
                f"'{name.text}' is declared twice (first as {KIND_WORDS[earlier.kind]} at line {earlier.span.line})",
                (name.span, earlier.span),
            )
            return
        scope[name.text] = Declared(kind, name.span)

    def _is(self, name: t.Name, kind: str) -> bool:
        """Whether this very name (not a duplicate of it) declares a `kind`."""
        declared = self.scopes[_namespace(kind)].get(name.text)
        return declared is not None and declared.kind == kind and declared.span == name.span

    def _lookup(self, name: str, allowed: frozenset[str]) -> Declared | None:
        namespaces = [*sorted({_namespace(k) for k in allowed}), "entity", "document", "chain"]
        return next((self.scopes[ns][name] for ns in namespaces if name in self.scopes[ns]), None)

    def ref(self, name: t.Name, allowed: frozenset[str], role: str) -> bool:
        """Check that `name` is declared as one of `allowed`; report GS101/GS103 otherwise."""
        declared = self._lookup(name.text, allowed)
        if declared is None:
            everything = [(n, d) for scope in self.scopes.values() for n, d in scope.items()]
            candidates = [n for n, d in everything if d.kind in allowed] or [n for n, _ in everything]
            close = difflib.get_close_matches(name.text, candidates, n=1, cutoff=0.5)
            self._error(
                "GS101",
                f"'{name.text}' is not declared ({role} must be {_kinds(allowed)})",
                (name.span,),
                help=f"did you mean '{close[0]}'?"
                if close
                else f"declare it: `{_declaration_hint(allowed)} {name.text}`",
            )
            return False
        if declared.kind not in allowed:
            self._error(
                "GS103",
                f"'{name.text}' is {KIND_WORDS[declared.kind]}, but {role} must be {_kinds(allowed)}",
                (name.span, declared.span),
            )
            return False
        return True

    def one(self, name: t.Name, allowed: frozenset[str], role: str) -> str:
        """Check one name and return its text; a bad name is reported, and its model is never handed on."""
        self.ref(name, allowed, role)
        return name.text

    def refs(self, names: Iterable[t.Name], allowed: frozenset[str], role: str) -> tuple[str, ...]:
        """Resolve a list of names, keeping those that resolve, in order, without repeats."""
        return tuple(dict.fromkeys(n.text for n in names if self.ref(n, allowed, role)))

    def offices(self, names: Iterable[t.Name], role: str, allowed: frozenset[str] = OFFICES) -> tuple[str, ...]:
        """Resolve names of offices or groups, expanding groups to their offices."""
        resolved = self.refs(names, allowed, role)
        return tuple(dict.fromkeys(o for name in resolved for o in self._expand(name)))

    def _expand(self, name: str, seen: frozenset[str] = frozenset()) -> tuple[str, ...]:
        if name not in self.group_members:
            return (name,) if self.scopes["entity"][name].kind == "office" else ()
        if name in seen:
            return ()
        members = [n.text for n in self.group_members[name] if n.text in self.scopes["entity"]]
        return tuple(o for member in members for o in self._expand(member, seen | {name}))


def _office(r: Resolver, s: t.Office) -> m.Office:
    low, high = (s.count.low, s.count.high) if s.count else (len(s.holders) or 1, len(s.holders) or 1)
    if high is not None and (high < low or high == 0):
        r._error("GS107", f"'{s.name.text}' has an impossible count {low}..{high}", (s.span,), s.citations)
    elif s.holders and high is not None and len(s.holders) > high:
        r._error(
            "GS107",
            f"'{s.name.text}' names {len(s.holders)} holders but its count is at most {high}",
            (s.span,),
            s.citations,
        )
    kind = r.one(s.kind, frozenset({"office"}), "the kind of an office") if s.kind else None
    return m.Office(s.name.text, low, high, tuple(h.text for h in s.holders), kind, citations=s.citations, span=s.span)


def _merge(earlier: m.Part | None, later: m.Part) -> m.Part:
    """Two clauses listing more of the same thing (articles often add to a list) read as one."""
    if earlier is None:
        return later
    names = tuple(dict.fromkeys((*earlier.names, *later.names)))
    citations = tuple(dict.fromkeys((*earlier.citations, *later.citations)))
    return m.Part(names, citations=citations, span=earlier.span)


def _part(r: Resolver, clause: t.ListClause, allowed: frozenset[str], role: str) -> m.Part:
    names = r.offices(clause.names, role, allowed) if allowed <= OFFICES else r.refs(clause.names, allowed, role)
    return m.Part(names, citations=clause.citations, span=clause.span)


def _quorum(r: Resolver, body: str, q: t.Quorum) -> m.Quorum:
    fraction = f"{q.numerator}/{q.denominator}"
    if q.op not in (">", ">="):
        r._error(
            "GS104", f"the quorum of '{body}' must be '>' or '>=' a fraction, not '{q.op}'", (q.span,), q.citations
        )
    elif q.denominator == 0 or q.numerator > q.denominator or (q.op == ">" and q.numerator == q.denominator):
        r._error(
            "GS104",
            f"the quorum of '{body}' ({q.op} {fraction} of members) can never be met",
            (q.span,),
            q.citations,
            help="a quorum is a fraction between 0 and 1, such as > 1/2 or >= 2/3",
        )
    return m.Quorum(q.op, q.numerator, q.denominator, citations=q.citations, span=q.span)


# What a body decides, who attends without a vote and its classes are often given article by article.
ADDITIVE_CLAUSES = frozenset({"decides", "attendees", "class"})
BODY_ROLES = {
    "members": (OFFICES, "a member"),
    "convener": (OFFICES, "a convener"),
    "chair": (OFFICES, "a chair"),
    "attendees": (frozenset({"office", "group", "external"}), "a non-voting attendee"),
    "decides": (frozenset({"matter"}), "what a body decides"),
    "class": (frozenset({"class"}), "a body's class"),
}


def _body(r: Resolver, s: t.Body) -> m.Body:
    parts: dict[str, m.Part] = {}
    quorum: m.Quorum | None = None
    frequency: m.Frequency | None = None
    seen: set[str] = set()
    for clause in s.clauses:
        key = clause.keyword if isinstance(clause, t.ListClause) else type(clause).__name__.lower()
        if key in seen and key not in ADDITIVE_CLAUSES:
            r._error("GS109", f"'{s.name.text}' says its {key} twice", (clause.span,), clause.citations)
            continue
        seen.add(key)
        if isinstance(clause, t.Quorum):
            quorum = _quorum(r, s.name.text, clause)
        elif isinstance(clause, t.Frequency):
            frequency = m.Frequency(clause.every, clause.period, citations=clause.citations, span=clause.span)
        else:
            allowed, role = BODY_ROLES[clause.keyword]
            parts[clause.keyword] = _merge(parts.get(clause.keyword), _part(r, clause, allowed, role))
    members = parts.get("members", m.Part(span=s.span))
    if not members.names and "members" not in seen:
        r._error("GS106", f"body '{s.name.text}' has no members", (s.name.span,), s.citations)
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
        citations=s.citations,
        span=s.span,
    )
    return body


def _check_leaders_are_members(r: Resolver, body: m.Body, offices: dict[str, m.Office]) -> None:
    """A chair or convener must sit on the body (directly, or as a kind of an office that does)."""
    members = set(body.members.names)
    for part, role in ((body.chairs, "chair"), (body.conveners, "convener")):
        for office in part.names if part else ():
            if members and not members.intersection(m.office_kinds(offices, office)):
                r._error(
                    "GS105",
                    f"the {role} of '{body.name}', '{office}', is not a member of it",
                    (part.span, body.members.span) if part else (body.span,),
                    (*body.citations, *part.citations) if part else body.citations,
                )


def _condition(r: Resolver, condition: t.Condition) -> None:
    """Check every value a condition compares against; conditions stay syntax values (already plain and immutable)."""
    stack: list[t.Condition] = [condition]
    while stack:
        node = stack.pop()
        if isinstance(node, t.Equals):
            r.ref(node.value, ATTRIBUTE_KINDS[node.attribute], f"the value of '{node.attribute}'")
        elif isinstance(node, t.MemberOf):
            r.refs(node.values, ATTRIBUTE_KINDS[node.attribute], f"a value of '{node.attribute}'")
        elif isinstance(node, t.Not):
            stack.append(node.operand)
        else:
            stack.extend(node.operands)


def _document(r: Resolver, s: t.Document) -> m.DocumentRule:
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
                r._error("GS109", f"'{s.name.text}' names its signers twice", (clause.span,), clause.citations)
                continue
            signers = m.Signers(
                tuple(_signer(r, o) for o in clause.options), citations=clause.citations, span=clause.span
            )
            continue
        if clause.condition is not None:
            _condition(r, clause.condition)
        if isinstance(clause, t.Cosigner):
            offices = r.offices(clause.offices, "a co-signer")
            cosigners.append(m.Cosigners(offices, clause.condition, citations=clause.citations, span=clause.span))
        else:
            offices = r.offices(clause.offices, "a prior reviewer")
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
        citations=s.citations,
        span=s.span,
    )


def _signer(r: Resolver, option: t.SignerOption) -> m.SignerOption:
    office = r.one(option.office, frozenset({"office"}), "a signer")
    grant = option.grant
    granted_by = r.one(grant.by, frozenset({"office"}), "who entrusts or authorises") if grant else None
    reviewers = r.offices(option.reviewers, "a reviewer")
    return m.SignerOption(office, grant.mode if grant else None, granted_by, reviewers)


def _power(r: Resolver, power: t.PowerRef) -> m.PowerKey:
    r.ref(power.target, POWER_TARGETS[power.kind], "the power's object")
    return m.PowerKey(power.kind, power.target.text)


def _steps(r: Resolver, chain: tuple[t.Hop, ...], role: str) -> tuple[m.Step, ...]:
    steps = []
    for hop in chain:
        nodes = tuple(
            None if isinstance(node, t.Unspecified) else node.text
            for node in hop.nodes
            if isinstance(node, t.Unspecified) or r.ref(node, PLACES, role)
        )
        steps.append(m.Step(nodes, hop.joint))
    return tuple(steps)


def _chain(r: Resolver, s: t.Escalation | t.Leave | t.Route) -> m.Chain:
    meta = {"citations": s.citations, "span": s.span}
    if isinstance(s, t.Escalation):
        about = r.refs(s.matters, frozenset({"matter"}), "what an escalation is about")
        return m.Chain("escalation", s.name.text, (), about, _steps(r, s.chain, "a step of an escalation"), **meta)
    if isinstance(s, t.Leave):
        subjects = r.refs(s.subjects, OFFICES | {"unit"}, "who asks for leave")
        about = r.refs(s.contexts, frozenset({"body"}), "the meeting a leave is for")
        steps = _steps(r, s.chain, "a leave approver")
        return m.Chain("leave", "、".join(n.text for n in s.subjects), subjects, about, steps, **meta)
    steps = _steps(r, s.chain, "a step of a route")
    return m.Chain("route", s.name.text, (), (), steps, s.single, **meta)


def _check_cycles(r: Resolver, parents: dict[str, tuple[str | None, Span]], what: str) -> None:
    """Report each `is` chain that loops back on itself (GS108), once per loop."""
    reported: set[str] = set()
    for start in sorted(parents):
        path = [start]
        while (parent := parents[path[-1]][0]) is not None and parent in parents and parent not in path:
            path.append(parent)
        if parent in path and not reported.intersection(path):
            loop = path[path.index(parent) :]
            reported.update(loop)
            r._error("GS108", f"circular {what}: {' -> '.join([*loop, loop[0]])}", tuple(parents[n][1] for n in loop))


def resolve(spec: t.SpecTree) -> tuple[m.Model | None, tuple[Finding, ...]]:
    """Resolve a syntax tree; the model is None when any resolution error was found."""
    r = Resolver(spec)
    s = spec.statements
    offices = {x.name.text: _office(r, x) for x in s if isinstance(x, t.Office) and r._is(x.name, "office")}
    labels = {
        n.text: m.Label(n.text, x.keyword, citations=x.citations, span=n.span)
        for x in s
        if isinstance(x, t.Declaration)
        for n in x.names
        if r._is(n, x.keyword)
    }
    units = {
        x.name.text: m.Unit(
            x.name.text,
            r.one(x.head, frozenset({"office"}), "the head of a unit") if x.head else None,
            citations=x.citations,
            span=x.span,
        )
        for x in s
        if isinstance(x, t.Unit) and r._is(x.name, "unit")
    }
    groups = {
        x.name.text: m.Group(x.name.text, r.offices(x.members, "a group member"), citations=x.citations, span=x.span)
        for x in s
        if isinstance(x, t.Group) and r._is(x.name, "group")
    }
    powers = {
        x.name.text: m.Power(
            x.name.text,
            r.one(x.holder, frozenset({"office"}), "the holder of a power") if x.holder else None,
            citations=x.citations,
            span=x.span,
        )
        for x in s
        if isinstance(x, t.Power) and r._is(x.name, "power")
    }
    matters = {
        x.name.text: m.Matter(
            x.name.text,
            r.one(x.parent, frozenset({"matter"}), "the parent of a matter") if x.parent else None,
            tuple(
                m.Routing(
                    c.mode, r.refs(c.deciders, DECIDERS, "who decides a matter"), citations=c.citations, span=c.span
                )
                for c in x.routing
            ),
            citations=x.citations,
            span=x.span,
        )
        for x in s
        if isinstance(x, t.Matter) and r._is(x.name, "matter")
    }
    bodies = {x.name.text: _body(r, x) for x in s if isinstance(x, t.Body) and r._is(x.name, "body")}
    documents = {x.name.text: _document(r, x) for x in s if isinstance(x, t.Document) and r._is(x.name, "document")}
    for body in bodies.values():
        _check_leaders_are_members(r, body, offices)
    _check_cycles(r, {o.name: (o.kind, o.span) for o in offices.values()}, "office kinds")
    _check_cycles(r, {x.name: (x.parent, x.span) for x in matters.values()}, "matter parents")
    _check_group_cycles(r, spec)
    header = next((x for x in s if isinstance(x, t.Header)), None)
    model = m.Model(
        file=spec.file,
        title=header.title if header else None,
        source=header.source if header else None,
        offices=offices,
        labels=labels,
        units=units,
        groups=groups,
        powers=powers,
        matters=matters,
        bodies=bodies,
        documents=documents,
        delegations=tuple(
            m.Delegation(
                x.mode,
                _power(r, x.power),
                r.offices(x.delegators, "a delegator"),
                r.offices(x.delegates, "a delegate"),
                x.onward,
                citations=x.citations,
                span=x.span,
            )
            for x in s
            if isinstance(x, t.Delegation)
        ),
        actings=tuple(
            m.Acting(
                r.one(x.absent, frozenset({"office"}), "the absent office"),
                r.one(x.standin, frozenset({"office"}), "the stand-in"),
                tuple(_power(r, p) for p in x.powers),
                tuple(n.text for n in x.reasons),
                citations=x.citations,
                span=x.span,
            )
            for x in s
            if isinstance(x, t.Acting)
        ),
        reports=tuple(
            m.ReportingLine(
                r.one(x.subordinate, frozenset({"office", "unit"}), "who reports"),
                r.refs(x.superiors, PLACES, "a superior"),
                citations=x.citations,
                span=x.span,
            )
            for x in s
            if isinstance(x, t.Reports)
        ),
        chains=tuple(_chain(r, x) for x in s if isinstance(x, (t.Escalation, t.Leave, t.Route))),
        mandatory=tuple(
            m.Mandatory(
                r.one(x.via, PLACES, "a mandatory step"),
                r.refs(x.targets, PLACES, "a route's target"),
                citations=x.citations,
                span=x.span,
            )
            for x in s
            if isinstance(x, t.Mandatory)
        ),
        separations=tuple(
            m.Separation(
                r.one(x.who, frozenset({"office", "unit"}), "who is barred"),
                r.refs(x.barred, frozenset({"class", "body"}), "what an office is barred from"),
                citations=x.citations,
                span=x.span,
            )
            for x in s
            if isinstance(x, t.Separation)
        ),
        measures=tuple(
            m.Measure(
                x.name.text,
                r.one(x.subject, PLACES, "the subject of a measure") if x.subject else None,
                x.op,
                x.value,
                x.unit,
                x.per,
                x.period,
                citations=x.citations,
                span=x.span,
            )
            for x in s
            if isinstance(x, t.Measure)
        ),
        assertions=tuple(
            m.Assertion(
                x.prop,
                r.refs(x.targets, ASSERTION_TARGETS[x.prop], f"the target of a '{x.prop}' assertion"),
                x.depth,
                x.op,
                citations=x.citations,
                span=x.span,
            )
            for x in s
            if isinstance(x, t.Assertion)
        ),
        allows=tuple(
            m.Allow(x.code, x.reason, citations=x.citations, span=x.span) for x in s if isinstance(x, t.Allow)
        ),
    )
    findings = tuple(sorted(r.findings, key=Finding.sort_key))
    return (None if findings else model), findings


def _check_group_cycles(r: Resolver, spec: t.SpecTree) -> None:
    parents: dict[str, set[str]] = {name: {n.text for n in members} for name, members in r.group_members.items()}
    spans = {s.name.text: s.span for s in spec.statements if isinstance(s, t.Group)}
    for start in sorted(parents):
        stack, seen = [(start, (start,))], set()
        while stack:
            node, path = stack.pop()
            for child in sorted(parents.get(node, ())):
                if child == start:
                    if start == min(path):
                        r._error(
                            "GS108", f"circular groups: {' -> '.join([*path, start])}", tuple(spans[n] for n in path)
                        )
                elif child in parents and child not in seen:
                    seen.add(child)
                    stack.append((child, (*path, child)))
