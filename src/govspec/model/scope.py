"""Names in a syntax tree: who declares what (one namespace per kind of thing) and checked references (GS101–GS103)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from govspec.catalogue import Listed, Say, advice, either, say
from govspec.diagnostics import Finding, Severity, Span
from govspec.model.similar import closest
from govspec.syntax import tree as t

OFFICES = frozenset({"office", "group"})
PLACES = frozenset({"office", "group", "unit", "external", "body"})
# A unit decides as an institution: through the bodies that belong to it, or through its head.
DECIDERS = frozenset({"body", "office", "group", "unit"})
# A ban may also name a class of bodies: 不得以……议事协调机构会议……代替 bars every body of the class.
BANNED = DECIDERS | {"class"}
# Who may change a decision: a decider, or an authority outside the rules (报区人大常委会批准变更).
CHANGERS = DECIDERS | {"external"}
HOLDERS = frozenset({"office", "unit"})
CHOOSERS = frozenset({"body", "office", "unit", "external"})
# What one holder of an office may be in charge of (分管): units, offices and matters.
CHARGED = frozenset({"unit", "office", "group", "matter"})
OCCASIONS = frozenset({"body", "reason"})
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
# The keyword that declares a name of each kind, for the hint to declare a missing one.
DECLARING = {
    "office": "OFFICE",
    "group": "GROUP",
    "unit": "UNIT",
    "external": "EXTERNAL",
    "guest": "GUEST",
    "body": "BODY",
    "matter": "MATTER",
    "document": "DOCUMENT",
    "power": "POWER",
    "form": "FORM",
    "tag": "TAG",
    "class": "CLASS",
    "reason": "REASONS",
    "reading": "READING",
}


@dataclass(frozen=True)
class Declared:
    kind: str
    span: Span


def _namespace(kind: str) -> str:
    return kind if kind in ("document", "chain", "reason") else "entity"


def _declaration_hint(allowed: frozenset[str], name: str) -> Say:
    """How to declare a missing name of one of the allowed kinds, with the keyword in the spec's language."""
    kind = "office" if "office" in allowed else sorted(allowed)[0]
    return say("GS101.declare", keyword=say(f"keyword.{DECLARING[kind]}"), name=name)


def _kinds(allowed: frozenset[str]) -> Listed:
    return either(say(f"kind.{k}") for k in sorted(allowed))


def _declared_names(statement: t.Statement) -> Iterable[tuple[t.Name, str]]:
    """The names a statement declares, with their kind."""
    if isinstance(statement, t.Office):
        yield statement.name, "office"
    elif isinstance(statement, t.Declaration):
        yield from ((name, statement.keyword) for name in statement.names)
    elif isinstance(statement, t.Reasons):
        yield from ((name, "reason") for name in statement.names)
    elif isinstance(statement, t.Reading):
        yield statement.name, "reading"
    elif isinstance(statement, (t.Unit, t.Group, t.Power, t.Matter, t.Body, t.Document)):
        kind = type(statement).__name__.lower()
        yield statement.name, kind
    elif isinstance(statement, (t.Escalation, t.Route)):
        yield statement.name, "chain"


class Scope:
    """The declarations of one syntax tree and every reference checked against them; errors are collected."""

    def __init__(self, spec: t.SpecTree) -> None:
        self.spec = spec
        self.findings: list[Finding] = []
        # Document rules and chains are named apart from what they talk about: `document 任免 when subject = 任免`;
        # reasons of absence too (`出差` is no office).
        self.scopes: dict[str, dict[str, Declared]] = {"entity": {}, "document": {}, "chain": {}, "reason": {}}
        for statement in spec.statements:
            for name, kind in _declared_names(statement):
                self._declare(name, kind)
        # A stand-in rule's reasons declare themselves where no `reasons` statement does: naming a reason is saying
        # that an office holder may be away for it. A closed list admits no other: there, one is a misspelling.
        self.implied_reasons: dict[str, t.Name] = {}
        closed = any(isinstance(s, t.Reasons) and s.closed for s in spec.statements)
        for statement in () if closed else spec.statements:
            for name in statement.reasons if isinstance(statement, t.Acting) else ():
                if name.text not in self.scopes["reason"]:
                    self.scopes["reason"][name.text] = Declared("reason", name.span)
                    self.implied_reasons[name.text] = name
        self.group_members = {
            s.name.text: s.members for s in spec.statements if isinstance(s, t.Group) and self.declares(s.name, "group")
        }

    def error(
        self, code: str, message: Say, spans: tuple[Span, ...], citations: tuple[str, ...] = (), help: Say | None = None
    ) -> None:
        self.findings.append(
            Finding(code, Severity.ERROR, message, spans, citations, help=help or advice(code, message))
        )

    def _declare(self, name: t.Name, kind: str) -> None:
        scope = self.scopes[_namespace(kind)]
        earlier = scope.get(name.text)
        if earlier is not None:
            self.error(
                "GS102",
                say("GS102", name=name.text, kind=say(f"kind.{earlier.kind}"), line=earlier.span.line),
                (name.span, earlier.span),
            )
            return
        scope[name.text] = Declared(kind, name.span)

    def declares(self, name: t.Name, kind: str) -> bool:
        """Whether this very name (not a duplicate of it) declares a `kind`."""
        declared = self.scopes[_namespace(kind)].get(name.text)
        return declared is not None and declared.kind == kind and declared.span == name.span

    def _lookup(self, name: str, allowed: frozenset[str]) -> Declared | None:
        namespaces = [*sorted({_namespace(k) for k in allowed}), "entity", "document", "chain", "reason"]
        return next((self.scopes[ns][name] for ns in namespaces if name in self.scopes[ns]), None)

    def ref(self, name: t.Name, allowed: frozenset[str], role: Say) -> bool:
        """Check that `name` is declared as one of `allowed`; report GS101/GS103 otherwise."""
        declared = self._lookup(name.text, allowed)
        if declared is None:
            everything = [(n, d) for scope in self.scopes.values() for n, d in scope.items()]
            # A name of the kind wanted first: another kind only when none of it is close.
            wanted = [n for n, d in everything if d.kind in allowed]
            close = closest(name.text, wanted) or closest(name.text, [n for n, _ in everything])
            self.error(
                "GS101",
                say("GS101", name=name.text, role=role, kinds=_kinds(allowed)),
                (name.span,),
                help=self._in_charge_hint(name.text)
                or (
                    say("GS101.two", first=close[0], second=close[1])
                    if len(close) > 1
                    else say("GS101.similar", candidate=close[0])
                    if close
                    else _declaration_hint(allowed, name.text)
                ),
            )
            return False
        if declared.kind not in allowed:
            self.error(
                "GS103",
                say("GS103", name=name.text, kind=say(f"kind.{declared.kind}"), role=role, kinds=_kinds(allowed)),
                (name.span, declared.span),
            )
            return False
        return True

    def _in_charge_hint(self, name: str) -> Say | None:
        """`分管副区长` written as one word: the keyword and the office it names, apart, say "the 副区长 in charge"."""
        office = name.removeprefix("分管")
        declared = self.scopes["entity"].get(office)
        if office != name and declared is not None and declared.kind in OFFICES:
            return say("GS101.in_charge", office=office)
        return None

    def one(self, name: t.Name, allowed: frozenset[str], role: Say) -> str:
        """Check one name and return its text; a bad name is reported, and its model is never handed on."""
        self.ref(name, allowed, role)
        return name.text

    def refs(self, names: Iterable[t.Name], allowed: frozenset[str], role: Say) -> tuple[str, ...]:
        """Resolve a list of names, keeping those that resolve, in order, without repeats."""
        return tuple(dict.fromkeys(n.text for n in names if self.ref(n, allowed, role)))

    def offices(self, names: Iterable[t.Name], role: Say, allowed: frozenset[str] = OFFICES) -> tuple[str, ...]:
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
