"""Lark parse tree -> syntax tree (govspec.syntax.tree), one method per grammar rule."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lark import Token, Transformer_NonRecursive, v_args
from lark.tree import Meta

from govspec.diagnostics import Span
from govspec.syntax import tree as t
from govspec.syntax.keywords import SPELLINGS, language_of
from govspec.syntax.numerals import fraction_value


class Cites(tuple[str, ...]):
    """The citations of one statement, told apart from a list of names while building."""


class Exceptions(tuple[t.Name, ...]):
    """The rules a document rule excepts (除…外), told apart from other lists of names while building."""


class Prevails(tuple[t.Name, ...]):
    """The rules a document rule prevails over (优先于), told apart from other lists of names while building."""


@dataclass(frozen=True)
class Fraction:
    """A fraction as written: figures (`2/3`) or Chinese numerals (`三分之二`, `半数`)."""

    numerator: int
    denominator: int
    chinese: bool = False


@dataclass(frozen=True)
class Share:
    """A share of a quorum or a vote while building: the comparison, the fraction and how it was worded."""

    op: str
    numerator: int
    denominator: int
    wording: t.Wording


@dataclass(frozen=True)
class Chooser:
    """Who picks a stand-in while building, and the Chinese verb it was written with."""

    name: t.Name
    choice: str = "推选"


class Validity(int):
    """Whether a grant or delegation outlasts its giver's absence: 1 standing (概括), 0 case by case (个别)."""


def citation(text: str) -> str:
    """`@第五十六条（六）` -> `第五十六条(六)`: one spelling for full- and half-width forms."""
    return text[1:].replace("（", "(").replace("）", ")")


def _tokens(children: list[Any]) -> dict[str, Token]:
    return {child.type: child for child in children if isinstance(child, Token)}


def _of(children: list[Any], kind: type) -> list[Any]:
    return [child for child in children if isinstance(child, kind) and not isinstance(child, Cites)]


def _cites(children: list[Any]) -> tuple[str, ...]:
    return tuple(c for child in children if isinstance(child, Cites) for c in child)


def _name_lists(children: list[Any]) -> list[tuple[t.Name, ...]]:
    return [c for c in children if isinstance(c, tuple) and not isinstance(c, (Cites, Exceptions, Prevails))]


def _standing(children: list[Any]) -> bool | None:
    """What a grant or delegation says of its validity: None when it says nothing."""
    found = next((c for c in children if isinstance(c, Validity)), None)
    return None if found is None else bool(found)


@v_args(meta=True)
class SyntaxBuilder(Transformer_NonRecursive):
    """Builds statements; every statement gets its span, its citations and the language of its keyword."""

    def __init__(self, file: str) -> None:
        super().__init__(visit_tokens=False)  # no callback reads a token alone
        self.file = file
        # v_args wraps every callback anew each time the transformer looks it up (a fifth of a parse's time): bind
        # each once, where the lookup finds it first.
        for rule in _CALLBACKS:
            setattr(self, rule, getattr(self, rule))

    def _span(self, meta: Meta) -> Span:
        return Span(self.file, meta.line, meta.column, meta.end_line, meta.end_column)

    def _token_span(self, token: Token) -> Span:
        return Span(self.file, token.line or 0, token.column or 0, token.end_line or 0, token.end_column or 0)

    def _meta(self, meta: Meta, children: list[Any]) -> dict[str, Any]:
        first = next(child for child in children if isinstance(child, Token))
        fields = {"span": self._span(meta), "citations": _cites(children), "lang": language_of(first.value)}
        hedge = _tokens(children).get("HEDGE")
        return {**fields, "hedge": SPELLINGS["HEDGE"][" ".join(hedge.split())]} if hedge else fields

    def start(self, meta: Meta, children: list[Any]) -> tuple[t.Statement, ...]:
        return tuple(children)

    def name(self, meta: Meta, children: list[Token]) -> t.Name:
        token = children[0]
        text = token.value[1:-1] if token.type == "STRING" else token.value
        return t.Name(text, self._token_span(token))

    def names(self, meta: Meta, children: list[t.Name]) -> tuple[t.Name, ...]:
        return tuple(children)

    alternatives = names

    def cites(self, meta: Meta, children: list[Token]) -> Cites:
        return Cites(citation(token.value) for token in children)

    def count(self, meta: Meta, children: list[Any]) -> t.Count:
        low, is_range, high = children
        low_value = int(low)
        if is_range is None:
            return t.Count(low_value, low_value)
        return t.Count(low_value, int(high) if high is not None else None)

    def header(self, meta: Meta, children: list[Any]) -> t.Header:
        strings = [c.value[1:-1] for c in children if isinstance(c, Token) and c.type == "STRING"]
        return t.Header(strings[0], strings[1] if len(strings) > 1 else None, **self._meta(meta, children))

    def office(self, meta: Meta, children: list[Any]) -> t.Office:
        _, name, _, count, _, holders, _, kind, _ = children
        return t.Office(name, count, holders or (), kind, **self._meta(meta, children))

    def _declaration(self, keyword: str, meta: Meta, children: list[Any]) -> t.Declaration:
        return t.Declaration(keyword, children[1], **self._meta(meta, children))

    def external(self, meta: Meta, children: list[Any]) -> t.Declaration:
        return self._declaration("external", meta, children)

    def guest(self, meta: Meta, children: list[Any]) -> t.Declaration:
        return self._declaration("guest", meta, children)

    def form(self, meta: Meta, children: list[Any]) -> t.Declaration:
        return self._declaration("form", meta, children)

    def tag(self, meta: Meta, children: list[Any]) -> t.Declaration:
        return self._declaration("tag", meta, children)

    def klass(self, meta: Meta, children: list[Any]) -> t.Declaration:
        return self._declaration("class", meta, children)

    def reasons(self, meta: Meta, children: list[Any]) -> t.Reasons:
        closed = "CLOSED" in _tokens(children)
        return t.Reasons(children[1], closed, **self._meta(meta, children))

    def reading(self, meta: Meta, children: list[Any]) -> t.Reading:
        text = _tokens(children)["STRING"].value[1:-1]
        return t.Reading(children[1], text, **self._meta(meta, children))

    def unit(self, meta: Meta, children: list[Any]) -> t.Unit:
        names = _of(children, t.Name)
        return t.Unit(names[0], names[1] if len(names) > 1 else None, **self._meta(meta, children))

    def group(self, meta: Meta, children: list[Any]) -> t.Group:
        count = next((c for c in children if isinstance(c, t.Count)), None)
        return t.Group(children[1], children[2], count, **self._meta(meta, children))

    def power(self, meta: Meta, children: list[Any]) -> t.Power:
        names = _of(children, t.Name)
        holder = names[1] if len(names) > 1 else None
        return t.Power(names[0], holder, tuple(names[2:]), **self._meta(meta, children))

    def charge(self, meta: Meta, children: list[Any]) -> t.Charge:
        return t.Charge(children[1], _name_lists(children)[0], **self._meta(meta, children))

    def matter_clause(self, meta: Meta, children: list[Any]) -> t.Routing:
        tokens = _tokens(children)
        mode = next(mode for mode in ("must", "may", "never") if mode.upper() in tokens)
        return t.Routing(mode, _name_lists(children)[0], **self._meta(meta, children))

    def change_clause(self, meta: Meta, children: list[Any]) -> t.Change:
        original = "ORIGINAL" in _tokens(children)
        return t.Change(tuple(_of(children, t.Name)), original, **self._meta(meta, children))

    def matter_block(
        self, meta: Meta, children: list[Any]
    ) -> tuple[tuple[t.Routing, ...], Cites, tuple[t.Change, ...]]:
        return (tuple(_of(children, t.Routing)), Cites(_cites(children)), tuple(_of(children, t.Change)))

    def matter(self, meta: Meta, children: list[Any]) -> t.Matter:
        names = _of(children, t.Name)
        empty: tuple[tuple[t.Routing, ...], Cites, tuple[t.Change, ...]] = ((), Cites(), ())
        block = next((c for c in children if isinstance(c, tuple) and not isinstance(c, Cites)), empty)
        fields = self._meta(meta, [*children, block[1]])
        return t.Matter(names[0], names[1] if len(names) > 1 else None, block[0], block[2], **fields)

    def _list_clause(self, keyword: str, meta: Meta, children: list[Any]) -> t.ListClause:
        return t.ListClause(keyword, _name_lists(children)[0], **self._meta(meta, children))

    def members(self, meta: Meta, children: list[Any]) -> t.ListClause:
        return self._list_clause("members", meta, children)

    def convener(self, meta: Meta, children: list[Any]) -> t.ListClause:
        return self._list_clause("convener", meta, children)

    def chair(self, meta: Meta, children: list[Any]) -> t.ListClause:
        return self._list_clause("chair", meta, children)

    def attendees(self, meta: Meta, children: list[Any]) -> t.ListClause:
        return self._list_clause("attendees", meta, children)

    def decides(self, meta: Meta, children: list[Any]) -> t.ListClause:
        return self._list_clause("decides", meta, children)

    def discusses(self, meta: Meta, children: list[Any]) -> t.ListClause:
        return self._list_clause("discusses", meta, children)

    def ad_hoc(self, meta: Meta, children: list[Any]) -> t.AdHoc:
        fields = self._meta(meta, children)
        words = _tokens(children).get("AD_HOC")
        return t.AdHoc(**(fields | {"hedge": SPELLINGS["AD_HOC"][words.value]} if words else fields))

    def body_class(self, meta: Meta, children: list[Any]) -> t.ListClause:
        return self._list_clause("class", meta, children)

    def fraction(self, meta: Meta, children: list[Token]) -> Fraction:
        if children[0].type == "ZH_FRACTION":
            return Fraction(*fraction_value(children[0].value), chinese=True)
        return Fraction(int(children[0]), int(children[1]))

    def compared(self, meta: Meta, children: list[Any]) -> Share:
        fraction = children[1]
        wording = t.Wording("compared", fraction.chinese)
        return Share(SPELLINGS["CMP"][children[0].value], fraction.numerator, fraction.denominator, wording)

    def inclusive(self, meta: Meta, children: list[Any]) -> Share:
        fraction = children[0]
        return Share(">=", fraction.numerator, fraction.denominator, t.Wording("inclusive", fraction.chinese))

    def majority(self, meta: Meta, children: list[Any]) -> Share:
        return Share(">", 1, 2, t.Wording("majority", language_of(children[0].value) == "zh"))

    def quorum(self, meta: Meta, children: list[Any]) -> t.Quorum:
        share = next(c for c in children if isinstance(c, Share))
        fields = self._meta(meta, children)
        return t.Quorum(share.op, share.numerator, share.denominator, share.wording, **fields)

    def vote(self, meta: Meta, children: list[Any]) -> t.Vote:
        share = next(c for c in children if isinstance(c, Share))
        voters = SPELLINGS["VOTERS"][" ".join(_tokens(children)["VOTERS"].value.split())]
        fields = self._meta(meta, children)
        return t.Vote(share.op, share.numerator, share.denominator, voters, share.wording, **fields)

    def frequency(self, meta: Meta, children: list[Any]) -> t.Frequency:
        tokens = _tokens(children)
        every = int(tokens["INT"]) if "INT" in tokens else 1
        return t.Frequency(every, SPELLINGS["PERIOD"][tokens["PERIOD"].value], **self._meta(meta, children))

    def body(self, meta: Meta, children: list[Any]) -> t.Body:
        clauses = tuple(_of(children, t.Statement))
        return t.Body(children[1], clauses, children[3], **self._meta(meta, children))

    def equals(self, meta: Meta, children: list[Any]) -> t.Equals:
        return t.Equals(SPELLINGS["ATTRIBUTE"][children[0].value], children[1])

    def member_of(self, meta: Meta, children: list[Any]) -> t.MemberOf:
        return t.MemberOf(SPELLINGS["ATTRIBUTE"][children[0].value], children[2])

    def negated(self, meta: Meta, children: list[Any]) -> t.Not:
        return t.Not(children[1])

    def conjunction(self, meta: Meta, children: list[Any]) -> t.And:
        return t.And(tuple(c for c in children if not isinstance(c, Token)))

    def disjunction(self, meta: Meta, children: list[Any]) -> t.Or:
        return t.Or(tuple(c for c in children if not isinstance(c, Token)))

    def validity(self, meta: Meta, children: list[Token]) -> Validity:
        return Validity(children[0].type == "STANDING")

    def grant_en(self, meta: Meta, children: list[Any]) -> t.Grant:
        mode = "entrust" if children[0].type == "ENTRUSTED" else "authorise"
        return t.Grant(mode, children[1], _standing(children))

    def grant_zh(self, meta: Meta, children: list[Any]) -> t.Grant:
        mode = "entrust" if _tokens(children).get("ENTRUST") is not None else "authorise"
        return t.Grant(mode, children[1], _standing(children))

    def exception(self, meta: Meta, children: list[Any]) -> Exceptions:
        return Exceptions(children[1])

    def precedence(self, meta: Meta, children: list[Any]) -> Prevails:
        return Prevails(children[1])

    def review_en(self, meta: Meta, children: list[Any]) -> tuple[str, tuple[t.Name, ...]]:
        return ("review", children[1])

    review_zh = review_en

    def signer_option(self, meta: Meta, children: list[Any]) -> t.SignerOption:
        grant = next((c for c in children if isinstance(c, t.Grant)), None)
        review = next((c[1] for c in children if isinstance(c, tuple)), ())
        return t.SignerOption(children[0], grant, review)

    def signer(self, meta: Meta, children: list[Any]) -> t.Signer:
        return t.Signer(tuple(_of(children, t.SignerOption)), **self._meta(meta, children))

    def _condition(self, children: list[Any]) -> t.Condition | None:
        return next((c for c in children if isinstance(c, (t.Equals, t.MemberOf, t.Not, t.And, t.Or))), None)

    def cosigner(self, meta: Meta, children: list[Any]) -> t.Cosigner:
        in_charge = children[1] is not None
        return t.Cosigner(children[2], self._condition(children), in_charge, **self._meta(meta, children))

    def reviewer(self, meta: Meta, children: list[Any]) -> t.Reviewer:
        optional = "OPTIONAL" in _tokens(children)
        return t.Reviewer(children[1], self._condition(children), optional, **self._meta(meta, children))

    def requirement(self, meta: Meta, children: list[Any]) -> t.Requirement:
        return t.Requirement(children[1], **self._meta(meta, children))

    def document(self, meta: Meta, children: list[Any]) -> t.Document:
        condition = self._condition(children)
        assert condition is not None, "the grammar requires a condition"
        clauses = tuple(_of(children, t.Statement))
        exceptions = next((c for c in children if isinstance(c, Exceptions)), ())
        prevails = next((c for c in children if isinstance(c, Prevails)), ())
        fields = self._meta(meta, children)
        return t.Document(children[1], condition, clauses, tuple(exceptions), tuple(prevails), **fields)

    def named_power(self, meta: Meta, children: list[Any]) -> t.PowerRef:
        return t.PowerRef("named", children[0])

    def sign_power(self, meta: Meta, children: list[Any]) -> t.PowerRef:
        return t.PowerRef("sign", children[1])

    def convene_power(self, meta: Meta, children: list[Any]) -> t.PowerRef:
        return t.PowerRef("convene", children[1])

    def chair_power(self, meta: Meta, children: list[Any]) -> t.PowerRef:
        return t.PowerRef("chair", children[1])

    def leave_power(self, meta: Meta, children: list[Any]) -> t.PowerRef:
        return t.PowerRef("leave", children[1])

    def delegation(self, meta: Meta, children: list[Any]) -> t.Delegation:
        mode = "entrust" if children[0].type == "ENTRUST" else "authorise"
        delegators, delegates = _name_lists(children)
        onward = "ONWARD" in _tokens(children)
        fields = self._meta(meta, children)
        return t.Delegation(mode, children[1], delegators, delegates, onward, _standing(children), **fields)

    def acting(self, meta: Meta, children: list[Any]) -> t.Acting:
        absent, standin = _of(children, t.Name)
        powers = tuple(_of(children, t.PowerRef))
        reasons = next(iter(_name_lists(children)), ())
        chooser = next((c for c in children if isinstance(c, Chooser)), None)
        picked = {"chooser": chooser.name, "choice": chooser.choice} if chooser else {}
        return t.Acting(absent, standin, powers, reasons, **picked, **self._meta(meta, children))

    def chooser_en(self, meta: Meta, children: list[Any]) -> Chooser:
        return Chooser(children[1])

    def chooser_zh(self, meta: Meta, children: list[Any]) -> Chooser:
        return Chooser(children[1], str(children[2]))

    def reports(self, meta: Meta, children: list[Any]) -> t.Reports:
        return t.Reports(children[1], children[2], **self._meta(meta, children))

    def chain(self, meta: Meta, children: list[t.Hop]) -> list[t.Hop]:
        return list(children)

    def in_charge(self, meta: Meta, children: list[Any]) -> t.InCharge:
        return t.InCharge(children[1])

    def _nodes(self, children: list[Any]) -> tuple[t.Name | t.Unspecified | t.InCharge, ...]:
        return tuple(
            t.Unspecified(self._token_span(child)) if isinstance(child, Token) else child for child in children
        )

    def alternative_hop(self, meta: Meta, children: list[Any]) -> t.Hop:
        return t.Hop(self._nodes(children))

    def joint_hop(self, meta: Meta, children: list[Any]) -> t.Hop:
        return t.Hop(self._nodes(children), joint=True)

    def _chain(self, children: list[Any]) -> tuple[t.Hop, ...]:
        return tuple(next(c for c in children if isinstance(c, list)))

    def escalation(self, meta: Meta, children: list[Any]) -> t.Escalation:
        matters = next(iter(_name_lists(children)), ())
        notify = "NOTIFY" in _tokens(children)
        return t.Escalation(children[1], matters, self._chain(children), notify, **self._meta(meta, children))

    def leave(self, meta: Meta, children: list[Any]) -> t.Leave:
        lists = _name_lists(children)
        contexts = lists[1] if len(lists) > 1 else ()
        notify = "NOTIFY" in _tokens(children)
        return t.Leave(lists[0], contexts, self._chain(children), notify, **self._meta(meta, children))

    def route(self, meta: Meta, children: list[Any]) -> t.Route:
        single = "SINGLE" in _tokens(children)
        documents = next(iter(_name_lists(children)), ())
        notify = "NOTIFY" in _tokens(children)
        fields = self._meta(meta, children)
        return t.Route(children[1], single, self._chain(children), documents, notify, **fields)

    def mandatory(self, meta: Meta, children: list[Any]) -> t.Mandatory:
        targets, *about = _name_lists(children)
        exceptions = next((c for c in children if isinstance(c, Exceptions)), ())
        fields = self._meta(meta, children)
        return t.Mandatory(children[1], targets, about[0] if about else (), tuple(exceptions), **fields)

    def no_skipping(self, meta: Meta, children: list[Any]) -> t.NoSkipping:
        return t.NoSkipping(next(iter(_name_lists(children)), ()), **self._meta(meta, children))

    def issuing_ban(self, meta: Meta, children: list[Any]) -> t.IssuingBan:
        issuers, matters = _name_lists(children)
        return t.IssuingBan(issuers, matters, **self._meta(meta, children))

    def separation(self, meta: Meta, children: list[Any]) -> t.Separation:
        return t.Separation(children[1], _name_lists(children)[0], **self._meta(meta, children))

    def measure(self, meta: Meta, children: list[Any]) -> t.Measure:
        tokens = _tokens(children)
        names = _of(children, t.Name)
        unit = tokens.get("UNIT_WORD")
        period = tokens.get("PERIOD")
        return t.Measure(
            names[0],
            names[1] if len(names) > 1 else None,
            SPELLINGS["CMP"][tokens["CMP"].value] if "CMP" in tokens else "=",
            _number(tokens["NUMBER"].value),
            SPELLINGS["UNIT_WORD"][unit.value] if unit else None,
            int(tokens["INT"]) if "INT" in tokens else (1 if period else None),
            SPELLINGS["PERIOD"][period.value] if period else None,
            **self._meta(meta, children),
        )

    def assertion(self, meta: Meta, children: list[Any]) -> t.Assertion:
        tokens = _tokens(children)
        targets = next(iter(_name_lists(children)), ())
        depth = int(tokens["INT"]) if "INT" in tokens else None
        op = SPELLINGS["CMP"][tokens["CMP"].value] if "CMP" in tokens else "<="
        prop = SPELLINGS["PROPERTY"][tokens["PROPERTY"].value]
        return t.Assertion(prop, targets, depth, op, **self._meta(meta, children))

    def precondition(self, meta: Meta, children: list[Any]) -> t.Precondition:
        tokens = _tokens(children)
        steps, *lists = _name_lists(children)
        doers, matters = (lists[0], lists[1]) if len(lists) > 1 else ((), lists[0])
        stage = "submit" if "SUBMITTING" in tokens else "decide"
        return t.Precondition(steps, doers, matters, stage, **self._meta(meta, children))

    def lead_en(self, meta: Meta, children: list[Token]) -> t.TimeLimit:
        bound = SPELLINGS["LEAD"][" ".join(children[0].split())]
        return t.TimeLimit("lead", bound, int(children[1]), SPELLINGS["PERIOD"][children[2].value])

    def lead_zh(self, meta: Meta, children: list[Token]) -> t.TimeLimit:
        bound = SPELLINGS["LEAD_ZH"]["".join(children[0].split())]
        return t.TimeLimit("lead", bound, int(children[1]), SPELLINGS["PERIOD"][children[2].value])

    def moments(self, meta: Meta, children: list[Token]) -> t.TimeLimit:
        moments = tuple(dict.fromkeys(SPELLINGS["MOMENT"][" ".join(c.split())] for c in children))
        return t.TimeLimit("moment", moments=moments)

    def promptly(self, meta: Meta, children: list[Token]) -> t.TimeLimit:
        return t.TimeLimit("prompt")

    def deadline(self, meta: Meta, children: list[Any]) -> t.Deadline:
        limit = next(c for c in children if isinstance(c, t.TimeLimit))
        about = children[3] if isinstance(children[3], t.Name) else None
        return t.Deadline(children[1], about, limit, **self._meta(meta, children))

    def allow(self, meta: Meta, children: list[Any]) -> t.Allow:
        tokens = _tokens(children)
        return t.Allow(tokens["CODE"].value, tokens["STRING"].value[1:-1], **self._meta(meta, children))

    def amends(self, meta: Meta, children: list[Any]) -> t.Amends:
        strings = [c.value[1:-1] for c in children if isinstance(c, Token) and c.type == "STRING"]
        return t.Amends(strings[0], strings[1] if len(strings) > 1 else None, **self._meta(meta, children))

    def target(self, meta: Meta, children: list[Any]) -> t.Target:
        tokens = [c for c in children if isinstance(c, Token)]
        kind = next((token.type for token in tokens if token.type != "CITATION"), None)
        name = next((c for c in children if isinstance(c, t.Name)), None)
        return t.Target(citation(tokens[-1].value), kind, name)

    def addition(self, meta: Meta, children: list[Any]) -> t.Addition:
        return t.Addition(tuple(_of(children, t.Statement)), **self._meta(meta, children))

    def replacement(self, meta: Meta, children: list[Any]) -> t.Replacement:
        target = next(c for c in children if isinstance(c, t.Target))
        return t.Replacement(target, tuple(_of(children, t.Statement)), **self._meta(meta, children))

    def repeal(self, meta: Meta, children: list[Any]) -> t.Repeal:
        return t.Repeal(children[1], **self._meta(meta, children))


# The grammar's rules the builder has a callback for (v_args wraps the public methods, and only those).
_CALLBACKS = tuple(name for name, value in vars(SyntaxBuilder).items() if callable(value) and not name.startswith("_"))


def _number(text: str) -> str:
    """Normalise full-width digits; keep the decimal as written otherwise."""
    return "".join(str(int(ch)) if ch.isdigit() else ch for ch in text)
