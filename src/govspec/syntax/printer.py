"""Syntax tree -> canonical text (`govspec fmt`): one layout, each statement in its own keyword language."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable

from govspec.syntax import tree as t
from govspec.syntax.keywords import (
    ATTRIBUTES,
    COMPARISONS,
    HEDGES,
    KEYWORDS,
    LEAD_PERIODS,
    LEADS,
    MOMENTS,
    ONE_LANGUAGE,
    PERIODS,
    PROPERTIES,
    SPELLINGS,
    UNITS,
    VOTERS,
)
from govspec.syntax.numerals import fraction_words

INDENT = "  "
_BARE_NAME = re.compile(r"[^\W\d_][\w·]*")
_RESERVED = frozenset(
    [word.lower() for words in KEYWORDS.values() for word in words]
    + [word.lower() for word in ONE_LANGUAGE.values()]
    + [word.lower() for table in SPELLINGS.values() for word in table]
)
_POWER_WORDS = {
    "sign": ("sign", "签发"),
    "convene": ("convene", "召集"),
    "chair": ("preside", "主持"),
    "leave": ("approve_leave", "批假"),
}


class _Writer:
    """Words in one statement's language."""

    def __init__(self, lang: str) -> None:
        self.index = 1 if lang == "zh" else 0
        self.separator = "、" if lang == "zh" else ", "

    def kw(self, terminal: str) -> str:
        return KEYWORDS[terminal][self.index]

    def pick(self, table: dict[str, tuple[str, str]], key: str) -> str:
        return table[key][self.index]

    def name(self, name: t.Name | t.Unspecified | t.InCharge) -> str:
        if isinstance(name, t.Unspecified):
            return "?"
        if isinstance(name, t.InCharge):
            return f"{self.kw('CHARGE')} {self.name(name.office)}"
        return quote_name(name.text)

    def option(self, terminal: str, name: t.Name | None) -> str:
        """` KEYWORD name` for an optional name that is present, nothing otherwise."""
        return f" {self.kw(terminal)} {self.name(name)}" if name is not None else ""

    def names(self, names: tuple[t.Name, ...], separator: str | None = None) -> str:
        return (separator or self.separator).join(self.name(n) for n in names)

    def power(self, power: t.PowerRef) -> str:
        if power.kind == "named":
            return self.name(power.target)
        return f"{_POWER_WORDS[power.kind][self.index]} {self.name(power.target)}"

    def condition(self, condition: t.Condition) -> str:
        if isinstance(condition, t.Equals):
            return f"{self.pick(ATTRIBUTES, condition.attribute)} = {self.name(condition.value)}"
        if isinstance(condition, t.MemberOf):
            attribute = self.pick(ATTRIBUTES, condition.attribute)
            return f"{attribute} {self.kw('IN')} {{{self.names(condition.values)}}}"
        if isinstance(condition, t.Not):
            return f"{self.kw('NOT')} {self._operand(condition.operand, (t.And, t.Or))}"
        # `and` inside `or` needs no parentheses, but a drafter reads the grouping faster with them.
        keyword = "AND" if isinstance(condition, t.And) else "OR"
        nested = (t.And, t.Or)
        return f" {self.kw(keyword)} ".join(self._operand(op, nested) for op in condition.operands)

    def _operand(self, condition: t.Condition, parenthesised: tuple[type, ...]) -> str:
        text = self.condition(condition)
        return f"({text})" if isinstance(condition, parenthesised) else text

    def chain(self, chain: tuple[t.Hop, ...]) -> str:
        return " -> ".join((" & " if hop.joint else " | ").join(self.name(n) for n in hop.nodes) for hop in chain)


def quote_name(text: str) -> str:
    """A name bare where the grammar reads it back as the same name, quoted otherwise."""
    if _BARE_NAME.fullmatch(text) and text.lower() not in _RESERVED:
        return text
    return f"“{text}”" if '"' in text else f'"{text}"'


def _cites(citations: tuple[str, ...]) -> str:
    return "".join(f" @{c}" for c in citations)


def _count(count: t.Count) -> str:
    if count.exact:
        return str(count.low)
    return f"{count.low}..{'' if count.high is None else count.high}"


def _string(text: str) -> str:
    return f"“{text}”" if '"' in text else f'"{text}"'


def _header(w: _Writer, s: t.Header) -> str:
    source = f" {w.kw('SOURCE')} {_string(s.source)}" if s.source is not None else ""
    return f"{w.kw('RULES')} {_string(s.title)}{source}"


def _office(w: _Writer, s: t.Office) -> str:
    parts = [w.kw("OFFICE"), w.name(s.name)]
    if s.count is not None:
        parts += [w.kw("COUNT"), _count(s.count)]
    if s.holders:
        parts += [w.kw("HOLDERS"), w.names(s.holders)]
    return " ".join(parts) + w.option("IS", s.kind)


def _declaration(w: _Writer, s: t.Declaration) -> str:
    return f"{w.kw(s.keyword.upper())} {w.names(s.names)}"


def _reasons(w: _Writer, s: t.Reasons) -> str:
    closed = f" {w.kw('CLOSED')}" if s.closed else ""
    return f"{w.kw('REASONS')} {w.names(s.names)}{closed}"


def _reading(w: _Writer, s: t.Reading) -> str:
    return f"{w.kw('READING')} {w.name(s.name)} {_string(s.text)}"


def _validity(w: _Writer, standing: bool | None) -> str:
    """` standing` / ` per case` (` 概括` / ` 个别`), or nothing when the text does not say."""
    return "" if standing is None else f" {w.kw('STANDING' if standing else 'PER_CASE')}"


def _unit(w: _Writer, s: t.Unit) -> str:
    return f"{w.kw('UNIT')} {w.name(s.name)}{w.option('HEAD', s.head)}"


def _group(w: _Writer, s: t.Group) -> str:
    count = f" {w.kw('COUNT')} {_count(s.count)}" if s.count is not None else ""
    return f"{w.kw('GROUP')} {w.name(s.name)} = {w.names(s.members)}{count}"


def _power(w: _Writer, s: t.Power) -> str:
    joint = "".join(f" & {w.name(n)}" for n in s.joint)
    return f"{w.kw('POWER')} {w.name(s.name)}{w.option('OF', s.holder)}{joint}"


def _charge(w: _Writer, s: t.Charge) -> str:
    return f"{w.kw('CHARGE')} {w.name(s.office)} -> {w.names(s.fields)}"


def _matter(w: _Writer, s: t.Matter) -> str:
    return f"{w.kw('MATTER')} {w.name(s.name)}{w.option('IS', s.parent)}"


def _routing(w: _Writer, s: t.Routing) -> str:
    return f"{w.kw(s.mode.upper())} {w.names(s.deciders)}"


def _change(w: _Writer, s: t.Change) -> str:
    changers = ([w.kw("ORIGINAL")] if s.original else []) + [w.name(n) for n in s.changers]
    return f"{w.kw('CHANGED_BY')} {w.separator.join(changers)}"


def _ad_hoc(w: _Writer, s: t.AdHoc) -> str:
    """`meets as needed` in English, `根据需要 召开` in Chinese: each language's own order."""
    hedge = w.pick(HEDGES, s.hedge or "as needed")
    return f"{w.kw('MEETS')} {hedge}" if w.index == 0 else f"{hedge} {w.kw('MEETS')}"


def _body(w: _Writer, s: t.Body) -> str:
    return f"{w.kw('BODY')} {w.name(s.name)}{w.option('OF', s.unit)}"


def _body_clause(w: _Writer, s: t.BodyClause) -> str:
    if isinstance(s, t.Quorum):
        return f"{w.kw('QUORUM')} {_share(w, s.op, s.numerator, s.denominator, s.wording)}"
    if isinstance(s, t.Vote):
        share, voters = _share(w, s.op, s.numerator, s.denominator, s.wording), w.pick(VOTERS, s.voters)
        words = (share, w.kw("OF"), voters) if w.index == 0 else (voters, share)
        return " ".join((w.kw("PASSES"), *words))
    if isinstance(s, t.Frequency):
        every = f" {s.every}" if s.every != 1 else ""
        return f"{w.kw('EVERY')}{every} {_period(w, s.period, s.every)}"
    keyword = "IS" if s.keyword == "class" else s.keyword.upper()
    separator = " | " if s.keyword in ("convener", "chair") else None
    return f"{w.kw(keyword)} {w.names(s.names, separator)}"


def _share(w: _Writer, op: str, numerator: int, denominator: int, wording: t.Wording) -> str:
    """A share in the words it was written in, where they still say it (`过半数` only for more than half)."""
    words = fraction_words(numerator, denominator) if wording.chinese else None
    fraction = words or f"{numerator}/{denominator}"
    if wording.form == "majority" and (op, numerator, denominator) == (">", 1, 2):
        return w.kw("MAJORITY")
    if wording.form == "inclusive" and op == ">=":
        return f"{fraction}{w.kw('AT_LEAST')}" if words else f"{fraction} {w.kw('AT_LEAST')}"
    return f"{w.pick(COMPARISONS, op)} {fraction}"


def _period(w: _Writer, period: str, every: int) -> str:
    word = w.pick(PERIODS, period)
    return f"{word}s" if every != 1 and w.index == 0 else word


def _document(w: _Writer, s: t.Document) -> str:
    text = f"{w.kw('DOCUMENT')} {w.name(s.name)} {w.kw('WHEN')} {w.condition(s.condition)}"
    text += _excepting(w, s.exceptions)
    if s.prevails:
        text += f" {w.kw('PREVAILS')} {w.names(s.prevails)}"
    return text


def _signer_option(w: _Writer, option: t.SignerOption) -> str:
    text = w.name(option.office)
    grant = option.grant
    if grant is not None:
        validity = _validity(w, grant.standing)
        if w.index == 0:
            text += f" {'entrusted by' if grant.mode == 'entrust' else 'authorised by'} {w.name(grant.by)}{validity}"
        else:
            text += f" 受 {w.name(grant.by)}{validity} {'委托' if grant.mode == 'entrust' else '授权'}"
    if option.reviewers:
        reviewers = w.names(option.reviewers)
        text += f" reviewed by {reviewers}" if w.index == 0 else f" 经 {reviewers} 审阅"
    return text


def _document_clause(w: _Writer, s: t.DocumentClause) -> str:
    if isinstance(s, t.Signer):
        return f"{w.kw('SIGN')} " + " | ".join(_signer_option(w, o) for o in s.options)
    if isinstance(s, t.Requirement):
        return f"{w.kw('REQUIRES')} {w.names(s.elements)}"
    keyword = "COSIGN" if isinstance(s, t.Cosigner) else "PRIOR_REVIEW"
    text = f"{w.kw(keyword)} {w.kw('CHARGE')} " if isinstance(s, t.Cosigner) and s.in_charge else f"{w.kw(keyword)} "
    text += w.names(s.offices)
    if s.condition is not None:
        text += f" {w.kw('WHEN')} {w.condition(s.condition)}"
    if isinstance(s, t.Reviewer) and s.optional:
        text += f" {w.kw('OPTIONAL')}"
    return text


def _delegation(w: _Writer, s: t.Delegation) -> str:
    keyword = "ENTRUST" if s.mode == "entrust" else "AUTHORISE"
    onward = f" {w.kw('ONWARD')}" if s.onward else ""
    return (
        f"{w.kw(keyword)} {w.power(s.power)} {w.kw('FROM')} {w.names(s.delegators)} "
        f"{w.kw('TO')} {w.names(s.delegates)}{onward}{_validity(w, s.standing)}"
    )


def _acting(w: _Writer, s: t.Acting) -> str:
    text = f"{w.kw('ACTING')} {w.name(s.absent)} -> {w.name(s.standin)}"
    if s.powers:
        text += f" {w.kw('SCOPE')} " + w.separator.join(w.power(p) for p in s.powers)
    if s.reasons:
        text += f" {w.kw('WHEN')} {w.names(s.reasons)}"
    if s.chooser is not None:
        chooser = w.name(s.chooser)
        english = f" {ONE_LANGUAGE['CHOSEN_BY']} {chooser}"
        text += english if w.index == 0 else f" {KEYWORDS['DONE_BY'][1]} {chooser} {s.choice}"
    return text


def _reports(w: _Writer, s: t.Reports) -> str:
    return f"{w.kw('REPORTS')} {w.name(s.subordinate)} -> {w.names(s.superiors)}"


def _about(w: _Writer, names: tuple[t.Name, ...]) -> str:
    return f" {w.kw('ABOUT')} {w.names(names)}" if names else ""


def _notify(w: _Writer, notify: bool) -> str:
    return f" {w.kw('NOTIFY')}" if notify else ""


def _escalation(w: _Writer, s: t.Escalation) -> str:
    about = _about(w, s.matters)
    return f"{w.kw('ESCALATION')} {w.name(s.name)}{about}{_notify(w, s.notify)}: {w.chain(s.chain)}"


def _leave(w: _Writer, s: t.Leave) -> str:
    about = _about(w, s.contexts)
    return f"{w.kw('LEAVE')} {w.names(s.subjects)}{about}{_notify(w, s.notify)}: {w.chain(s.chain)}"


def _route(w: _Writer, s: t.Route) -> str:
    single = f" {w.kw('SINGLE')}" if s.single else ""
    about = _about(w, s.documents)
    return f"{w.kw('ROUTE')} {w.name(s.name)}{single}{about}{_notify(w, s.notify)}: {w.chain(s.chain)}"


def _excepting(w: _Writer, names: tuple[t.Name, ...]) -> str:
    """` except a, b` / ` 除 a、b 外`, or nothing when nothing is excepted."""
    if not names:
        return ""
    end = f" {ONE_LANGUAGE['EXCEPT_END']}" if w.index == 1 else ""
    return f" {w.kw('EXCEPT')} {w.names(names)}{end}"


def _mandatory(w: _Writer, s: t.Mandatory) -> str:
    text = f"{w.kw('THROUGH_HOP')} {w.name(s.via)} {w.kw('BEFORE')} {w.names(s.targets)}"
    return text + _about(w, s.about) + _excepting(w, s.exceptions)


def _no_skipping(w: _Writer, s: t.NoSkipping) -> str:
    return w.kw("NO_SKIPPING") + (f" {w.kw('FROM')} {w.names(s.senders)}" if s.senders else "")


def _issuing_ban(w: _Writer, s: t.IssuingBan) -> str:
    in_name = f" {ONE_LANGUAGE['IN_NAME']}" if w.index == 1 else ""
    return f"{w.kw('NO_ISSUING')} {w.names(s.issuers)}{in_name} {w.kw('ABOUT')} {w.names(s.matters)}"


def _separation(w: _Writer, s: t.Separation) -> str:
    barred = w.kw("FROM") if w.index == 0 else ONE_LANGUAGE["NOT_IN"]
    return f"{w.kw('EXCLUDE')} {w.name(s.who)} {barred} {w.names(s.barred)}"


def _measure(w: _Writer, s: t.Measure) -> str:
    text = f"{w.kw('MEASURE')} {w.name(s.name)}{w.option('OF', s.subject)}"
    text += f" {w.pick(HEDGES, s.hedge)}" if s.hedge else ""
    text += f" {w.pick(COMPARISONS, s.op)} {s.value}"
    if s.unit is not None:
        text += f" {w.pick(UNITS, s.unit)}"
    if s.period is not None:
        every = f" {s.per}" if s.per not in (None, 1) else ""
        text += f" {'per' if w.index == 0 else '每'}{every} {_period(w, s.period, s.per or 1)}"
    return text


def _assertion(w: _Writer, s: t.Assertion) -> str:
    targets = w.names(s.targets) if s.targets else w.kw("ALL")
    text = f"{w.kw('ASSERT')} {w.pick(PROPERTIES, s.prop)} {targets}"
    if s.depth is not None:
        text += f" {w.kw('ABSENT')} {w.pick(COMPARISONS, s.op)} {s.depth}"
    return text


def _precondition(w: _Writer, s: t.Precondition) -> str:
    text = f"{w.kw('PRECONDITION')} {w.names(s.steps)}"
    if s.doers:
        text += f" {w.kw('DONE_BY')} {w.names(s.doers, ' | ')}"
    text += f" {w.pick(HEDGES, s.hedge)}" if s.hedge else ""
    return text + f" {w.kw('SUBMITTING' if s.stage == 'submit' else 'DECIDING')} {w.names(s.matters)}"


def _time_limit(w: _Writer, limit: t.TimeLimit) -> str:
    if limit.kind == "prompt":
        return w.kw("PROMPTLY")
    if limit.kind == "moment":
        return w.separator.join(w.pick(MOMENTS, moment) for moment in limit.moments)
    assert limit.bound is not None and limit.amount is not None and limit.period is not None, "a lead has all three"
    lead, period = w.pick(LEADS, limit.bound), w.pick(LEAD_PERIODS, limit.period)
    period += "s" if limit.amount != 1 and w.index == 0 else ""
    return f"{lead} {limit.amount} {period} {w.kw('BEFORE')}" if w.index == 0 else f"{lead} {limit.amount} {period}"


def _deadline(w: _Writer, s: t.Deadline) -> str:
    text = f"{w.kw('DEADLINE')} {w.name(s.name)}{w.option('ABOUT', s.about)}"
    text += f" {w.pick(HEDGES, s.hedge)}" if s.hedge else ""
    return f"{text} {_time_limit(w, s.limit)}"


def _allow(w: _Writer, s: t.Allow) -> str:
    return f"{w.kw('ALLOW')} {s.code} {_string(s.reason)}"


def _amends(w: _Writer, s: t.Amends) -> str:
    purpose = f" {w.kw('PURPOSE')} {_string(s.purpose)}" if s.purpose is not None else ""
    return f"{w.kw('AMENDS')} {_string(s.base)}{purpose}"


def _target(w: _Writer, target: t.Target) -> str:
    kind = f"{w.kw(target.kind)} " if target.kind else ""
    name = f"{w.name(target.name)} " if target.name is not None else ""
    return f"{kind}{name}@{target.citation}"


def _addition(w: _Writer, s: t.Addition) -> str:
    return w.kw("ADD")


def _replacement(w: _Writer, s: t.Replacement) -> str:
    return f"{w.kw('REPLACE')} {_target(w, s.target)} {w.kw('WITH')}"


def _repeal(w: _Writer, s: t.Repeal) -> str:
    return f"{w.kw('REPEAL')} {_target(w, s.target)}"


_HEADS: dict[type, Callable[[_Writer, t.Statement], str]] = {
    t.Header: _header,  # type: ignore[dict-item]
    t.Office: _office,  # type: ignore[dict-item]
    t.Declaration: _declaration,  # type: ignore[dict-item]
    t.Unit: _unit,  # type: ignore[dict-item]
    t.Group: _group,  # type: ignore[dict-item]
    t.Power: _power,  # type: ignore[dict-item]
    t.Charge: _charge,  # type: ignore[dict-item]
    t.Matter: _matter,  # type: ignore[dict-item]
    t.Body: _body,  # type: ignore[dict-item]
    t.Document: _document,  # type: ignore[dict-item]
    t.Delegation: _delegation,  # type: ignore[dict-item]
    t.Acting: _acting,  # type: ignore[dict-item]
    t.Reports: _reports,  # type: ignore[dict-item]
    t.Escalation: _escalation,  # type: ignore[dict-item]
    t.Leave: _leave,  # type: ignore[dict-item]
    t.Route: _route,  # type: ignore[dict-item]
    t.Mandatory: _mandatory,  # type: ignore[dict-item]
    t.NoSkipping: _no_skipping,  # type: ignore[dict-item]
    t.IssuingBan: _issuing_ban,  # type: ignore[dict-item]
    t.Separation: _separation,  # type: ignore[dict-item]
    t.Measure: _measure,  # type: ignore[dict-item]
    t.Assertion: _assertion,  # type: ignore[dict-item]
    t.Allow: _allow,  # type: ignore[dict-item]
    t.Precondition: _precondition,  # type: ignore[dict-item]
    t.Deadline: _deadline,  # type: ignore[dict-item]
    t.Reasons: _reasons,  # type: ignore[dict-item]
    t.Reading: _reading,  # type: ignore[dict-item]
    t.Amends: _amends,  # type: ignore[dict-item]
    t.Addition: _addition,  # type: ignore[dict-item]
    t.Replacement: _replacement,  # type: ignore[dict-item]
    t.Repeal: _repeal,  # type: ignore[dict-item]
}


def _clauses(statement: t.Statement) -> tuple[t.Statement, ...] | None:
    """The clauses printed inside braces, or None for a one-line statement."""
    if isinstance(statement, (t.Body, t.Document)):
        return statement.clauses
    if isinstance(statement, t.Matter) and (statement.routing or statement.changes):
        clauses = (*statement.routing, *statement.changes)
        return tuple(sorted(clauses, key=lambda c: (c.span.line, c.span.column)))
    return None


def _clause(w: _Writer, clause: t.Statement) -> str:
    hedge = f"{w.pick(HEDGES, clause.hedge)} " if clause.hedge else ""
    if isinstance(clause, t.Routing):
        return hedge + _routing(w, clause)
    if isinstance(clause, t.Change):
        return _change(w, clause)
    if isinstance(clause, t.AdHoc):
        return _ad_hoc(w, clause)
    if isinstance(clause, (t.Signer, t.Cosigner, t.Reviewer, t.Requirement)):
        return _document_clause(w, clause)
    return hedge + _body_clause(w, clause)  # type: ignore[arg-type]


class _Comments:
    """Source comments, handed out in line order as the printer passes their place."""

    def __init__(self, comments: tuple[tuple[int, str], ...]) -> None:
        # Handed out from the front, in order: each comment is looked at once, however many there are.
        self.pending = deque(sorted(comments))

    def before(self, line: int) -> list[tuple[int, str]]:
        """Comments on lines before `line`, to print on their own lines."""
        taken = []
        while self.pending and self.pending[0][0] < line:
            taken.append(self.pending.popleft())
        return taken

    def on(self, line: int) -> str:
        """A comment at the end of source line `line`, to keep at the end of the printed line."""
        if self.pending and self.pending[0][0] == line:
            return f"  {self.pending.popleft()[1]}"
        return ""


class _Layout:
    """Printed lines; one blank line is kept wherever the source had blank lines between top-level items."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.last_line: int | None = None

    def top(self, source_line: int, text: str) -> None:
        if self.last_line is not None and source_line > self.last_line + 1:
            self.lines.append("")
        self.lines.append(text)
        self.last_line = source_line

    def inner(self, text: str) -> None:
        self.lines.append(INDENT + text)


def _lines(spec: t.SpecTree) -> list[str]:
    comments = _Comments(spec.comments)
    lines = _statements(spec.statements, comments)
    out = _Layout()
    out.lines = lines
    out.last_line = spec.statements[-1].span.end_line if spec.statements else None
    for number, text in comments.before(10**12):
        out.top(number, text)
    return out.lines


def _statements(statements: tuple[t.Statement, ...], comments: _Comments) -> list[str]:
    """The printed lines of statements at one level; an amendment's statements are printed inside its braces."""
    out = _Layout()
    for statement in statements:
        span = statement.span
        for number, text in comments.before(span.line):
            out.top(number, text)
        writer = _Writer(statement.lang)
        head = _HEADS[type(statement)](writer, statement) + _cites(statement.citations)
        if isinstance(statement, (t.Addition, t.Replacement)):
            out.top(span.line, head + " {")
            out.lines += [INDENT + line if line else line for line in _statements(statement.statements, comments)]
            for _, text in comments.before(span.end_line):
                out.inner(text)
            out.lines.append("}" + comments.on(span.end_line))
            out.last_line = span.end_line
            continue
        clauses = _clauses(statement)
        if clauses is None:
            for number, text in comments.before(span.end_line):
                out.top(number, text)
            out.top(span.line, head + comments.on(span.end_line))
        else:
            first_clause = clauses[0].span.line if clauses else span.end_line
            out.top(span.line, head + " {" + (comments.on(span.line) if span.line < first_clause else ""))
            for clause in clauses:
                for _, text in comments.before(clause.span.end_line):
                    out.inner(text)
                out.inner(_clause(writer, clause) + _cites(clause.citations) + comments.on(clause.span.end_line))
            for _, text in comments.before(span.end_line):
                out.inner(text)
            out.lines.append("}" + comments.on(span.end_line))
        out.last_line = span.end_line
    return out.lines


def format_spec(spec: t.SpecTree) -> str:
    """The canonical text of a parsed spec; parse(format_spec(x)) == x."""
    return "\n".join(_lines(spec)) + "\n"
