"""Text -> syntax tree: the Lark LALR parser, error recovery and friendly syntax diagnostics."""

from __future__ import annotations

import difflib
import functools
import re
from pathlib import Path

from lark import Lark, Token, Tree, UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from govspec.catalogue import TEXTS, Say, advice, listed, say
from govspec.diagnostics import Finding, Severity, Span, UnreadableInput
from govspec.syntax import tree as t
from govspec.syntax.build import SyntaxBuilder
from govspec.syntax.compiled import compiled
from govspec.syntax.keywords import KEYWORDS, ONE_LANGUAGE, keyword_words
from govspec.syntax.messages import SYNTAX_MESSAGES

GRAMMAR = Path(__file__).with_name("govspec.lark")
MAX_SYNTAX_ERRORS = 50
MAX_CONDITION_DEPTH = 32
MAX_DIGITS = 9  # a billion office holders is already more than any rule text counts

STATEMENT_KEYWORDS = ("RULES", *t.DECLARATIONS.values(), *(kw for kws in t.KINDS.values() for kw in kws))

# Terminals described in words of the catalogue ("terminal.NAME" …); punctuation is shown as it is written.
PUNCTUATION = {
    "_LBRACE": "'{'",
    "_RBRACE": "'}'",
    "_LPAR": "'('",
    "_RPAR": "')'",
    "_COMMA": "','",
    "_COLON": "':'",
    "_SEMI": "';'",
    "_ARROW": "'->'",
    "_ALT": "'|'",
    "_JOINT": "'&'",
    "_EQ": "'='",
    "_SLASH": "'/'",
}


# Comments the lexer saw during the current parse; the parser is shared and parses run one at a time.
_comments: list[tuple[int, str]] = []


@functools.cache
def lark_parser() -> Lark:
    """The one LALR parser of grammar/govspec.lark, compiled once per grammar text and kept between runs."""
    return compiled(GRAMMAR.read_text(encoding="utf-8"), _keep_comment)


def _keep_comment(token: Token) -> None:
    _comments.append((token.line, token.value))


@functools.cache
def _statement_start() -> re.Pattern[str]:
    parser = lark_parser()
    patterns = [parser.get_terminal(name).pattern.to_regexp() for name in STATEMENT_KEYWORDS]
    return re.compile(r"[ \t\u3000]*(?:" + "|".join(patterns) + ")")


def describe(terminal: str) -> Say | str:
    """How a diagnostic names what the grammar expected: a keyword in both languages, punctuation as written, any
    other terminal in words."""
    if terminal in KEYWORDS:
        english, chinese = KEYWORDS[terminal]
        return f"'{english}' ({chinese})"
    if terminal in ONE_LANGUAGE:
        return f"'{ONE_LANGUAGE[terminal]}'"
    if f"terminal.{terminal}" in TEXTS:
        return say(f"terminal.{terminal}")
    return PUNCTUATION.get(terminal, terminal)


def _accepted(error: UnexpectedInput) -> frozenset[str]:
    """What the parser would really accept here (LALR's merged lookaheads over-approximate it)."""
    interactive = getattr(error, "interactive_parser", None)
    if interactive is not None:
        return frozenset(interactive.accepts())
    return frozenset(getattr(error, "expected", None) or getattr(error, "allowed", None) or ())


def _signature(error: UnexpectedInput) -> tuple[frozenset[str], str]:
    token = getattr(error, "token", None)
    return _accepted(error), token.type if isinstance(token, Token) else "<character>"


@functools.cache
def _message_table() -> dict[tuple[frozenset[str], str], str]:
    """Signature of each malformed example's error -> the code of its friendly message."""
    table: dict[tuple[frozenset[str], str], str] = {}
    for entry in SYNTAX_MESSAGES:
        for example in entry.examples:
            try:
                lark_parser().parse(example)
            except UnexpectedInput as error:
                table.setdefault(_signature(error), entry.code)
    return table


def _did_you_mean(word: str, accepted: frozenset[str]) -> Say | None:
    words = [w for name in sorted(accepted) for w in keyword_words(name)]
    close = difflib.get_close_matches(word, words, n=1, cutoff=0.5)
    return say("syntax.did_you_mean", word=close[0]) if close else None


def _syntax_finding(error: UnexpectedInput, text: str, file: str) -> Finding:
    line, column = error.line, error.column
    word = ""
    if _at_end(error):
        line, column = text.count("\n") + 1, len(text) - text.rfind("\n")
        width = 1
    elif isinstance(error, UnexpectedToken):
        token: Token = error.token
        word, width = token.value, max(1, len(token.value))
    else:
        assert isinstance(error, UnexpectedCharacters)
        match = re.match(r"\w+|.", text[error.pos_in_stream :], re.S)
        word = match.group(0) if match else ""
        width = len(word) if match else 1
    found = say("syntax.end") if _at_end(error) else say("syntax.quoted", text=word)
    span = Span(file, line, column, line, column + width)
    accepted = _accepted(error)
    expected = sorted({describe(name) for name in accepted}, key=str)
    more = "syntax.expected_more" if len(expected) > 8 else "syntax.expected"
    expectation = say(more, items=listed(expected[:8])) if expected else None
    is_word = not isinstance(error, UnexpectedToken) or error.token.type == "NAME"
    hint = _did_you_mean(word, accepted) if is_word else None
    # A block left open is noticed only at the next statement (at the end of the file, GS019 says so).
    opened = None if _at_end(error) else _unclosed(text, error.pos_in_stream)
    if opened is not None and _starts_statement(text, line, column):
        return Finding("GS021", Severity.ERROR, say("GS021", line=opened), (span,), help=say("GS021.help", line=opened))
    code = _message_table().get(_signature(error))
    if code is not None:
        # A message with help of its own says what may go here better than the grammar's list of terminals.
        helped = say(f"{code}.help") if f"{code}.help" in TEXTS else expectation
        return Finding(
            code, Severity.ERROR, say("syntax.found", message=say(code), found=found), (span,), help=hint or helped
        )
    both = say("syntax.and", first=hint, second=expectation) if hint and expectation else hint or expectation
    return Finding("GS002", Severity.ERROR, say("GS002", found=found), (span,), help=both)


OPEN, CLOSE = frozenset("{｛"), frozenset("}｝")
QUOTES = {'"': '"', "“": "”"}  # how quoted text opens and closes


def _starts_statement(text: str, line: int, column: int) -> bool:
    """The error is at the first word of a line that begins a statement: where a block left open is noticed."""
    lines = text.split("\n")
    return (
        line <= len(lines)
        and _statement_start().match(lines[line - 1]) is not None
        and column <= (len(lines[line - 1]) - len(lines[line - 1].lstrip()) + 1)
    )


def _unclosed(text: str, end: int) -> int | None:
    """The line of the innermost brace opened before `end` and not closed, skipping comments and quoted text."""
    opened: list[int] = []
    line, closing, comment = 1, "", False
    for ch in text[:end]:
        if ch == "\n":
            # Neither a comment nor a quotation runs past the end of its line.
            line, closing, comment = line + 1, "", False
        elif comment:
            continue
        elif closing:
            closing = "" if ch == closing else closing
        elif ch in QUOTES:
            closing = QUOTES[ch]
        elif ch in "#＃":
            comment = True
        elif ch in OPEN:
            opened.append(line)
        elif ch in CLOSE and opened:
            opened.pop()
    return opened[-1] if opened else None


def _at_end(error: UnexpectedInput) -> bool:
    return isinstance(error, UnexpectedToken) and error.token.type == "$END"


def _resume_line(lines: list[str], error_line: int, error_column: int, start_line: int) -> int | None:
    """The next line that begins a statement, from which parsing starts again after an error."""
    starts = _statement_start()
    error_at_line_start = lines[error_line - 1][: error_column - 1].strip() == "" if error_line <= len(lines) else False
    first = error_line if error_at_line_start else error_line + 1
    for number in range(max(first, start_line + 1), len(lines) + 1):
        if starts.match(lines[number - 1]):
            return number
    return None


def _parse_tree(text: str, file: str) -> tuple[object | None, list[Finding]]:
    """Parse, recovering at the next statement after each error, so one run reports every error."""
    parser = lark_parser()
    lines = text.split("\n")
    findings: list[Finding] = []
    start_line = 1
    while True:
        chunk = "\n" * (start_line - 1) + "\n".join(lines[start_line - 1 :])
        try:
            result = parser.parse(chunk)
            return (None if findings else result), findings
        except UnexpectedInput as error:
            findings.append(_syntax_finding(error, chunk, file))
            if len(findings) >= MAX_SYNTAX_ERRORS or _at_end(error):
                return None, findings
            resume = _resume_line(lines, error.line, error.column, start_line)
            if resume is None:
                return None, findings
            _comments.clear()
            start_line = resume


def _depth(condition: t.Condition) -> int:
    """Nesting depth of a condition, computed without recursion (inputs may nest thousands deep)."""
    deepest, stack = 0, [(condition, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(node, t.Not):
            stack.append((node.operand, depth + 1))
        elif isinstance(node, (t.And, t.Or)):
            stack.extend((operand, depth + 1) for operand in node.operands)
    return deepest


def _too_deep(statements: tuple[t.Statement, ...]) -> list[Finding]:
    conditions = [
        (s, c)
        for s in statements
        if isinstance(s, t.Document)
        for c in (s.condition, *(getattr(k, "condition", None) for k in s.clauses))
        if c is not None
    ]
    return [
        Finding(
            "GS004",
            Severity.ERROR,
            say("GS004", depth=MAX_CONDITION_DEPTH),
            (statement.span,),
            help=say("GS004.help"),
        )
        for statement, condition in conditions
        if _depth(condition) > MAX_CONDITION_DEPTH
    ]


def _absurd_numbers(tree: Tree, file: str) -> list[Finding]:
    """Numbers longer than any count, fraction or depth a rule text could mean; read whole, the longest would not
    even convert (Python refuses integers of more than 4,300 digits) and the long ones make proofs run for ever."""
    # iter_subtrees walks without recursion: conditions may nest thousands deep (GS004 says so later).
    tokens = [
        child
        for subtree in tree.iter_subtrees()
        for child in subtree.children
        if isinstance(child, Token) and child.type == "INT" and len(child) > MAX_DIGITS
    ]
    return [
        Finding(
            "GS005",
            Severity.ERROR,
            say("GS005", digits=len(token), limit=MAX_DIGITS),
            (Span(file, token.line, token.column, token.line, token.column + len(token)),),
            help=say("GS005.help"),
        )
        for token in sorted(tokens, key=lambda token: (token.line, token.column))
    ]


def _built_as_parsed(text: str, file: str) -> tuple[t.Statement, ...] | None:
    """The statements, each built as soon as the parser completes it, so that the parse tree of only one statement
    is alive at a time (a text of 50,000 rules would otherwise hold hundreds of megabytes of parse tree). None when
    the text has a syntax error or a number too long to read: the plain parse then reports them."""
    builder = SyntaxBuilder(file)
    interactive = lark_parser().parse_interactive(text)
    built, last = 0, None  # the last token read: the end of the text borrows its place
    try:
        for last in interactive.iter_parse():
            if last.type == "INT" and len(last) > MAX_DIGITS:
                return None
            # Between statements the bottom of the parser's stack holds the statements completed so far, in a list
            # that only grows: the new ones are built in place (a parser without that stack builds them all at the
            # end, as the plain parse does).
            bottom = getattr(interactive.parser_state, "value_stack", [])[:1]
            if bottom and isinstance(bottom[0], Tree) and bottom[0].data.startswith("__start"):
                done = bottom[0].children
                for i in range(built, len(done)):
                    if isinstance(done[i], Tree):
                        done[i] = builder.transform(done[i])
                built = len(done)
        tree = interactive.feed_eof(last)
    except UnexpectedInput:
        return None
    return builder.transform(tree)  # type: ignore[no-any-return]


def _parsed_and_built(text: str, file: str) -> tuple[t.Statement, ...]:
    """Every statement of the text, or UnreadableInput with every syntax error or number too long to read."""
    statements = _built_as_parsed(text, file)
    if statements is not None:
        return statements
    _comments.clear()
    tree, findings = _parse_tree(text, file)
    if tree is None:
        raise UnreadableInput(tuple(findings))
    absurd = _absurd_numbers(tree, file)  # type: ignore[arg-type]
    if absurd:
        raise UnreadableInput(tuple(absurd))
    return SyntaxBuilder(file).transform(tree)  # type: ignore[no-any-return]


def parse(text: str, file: str = "<text>") -> t.SpecTree:
    """Parse spec text into a syntax tree, or raise UnreadableInput with every syntax error found."""
    _comments.clear()
    statements = _parsed_and_built(text, file)
    comments = tuple(_comments)
    _comments.clear()
    if not statements:
        end = text.count("\n") + 1
        empty = Finding(
            "GS003", Severity.ERROR, say("GS003"), (Span(file, end, 1, end, 2),), help=advice("GS003", say("GS003"))
        )
        raise UnreadableInput((empty,))
    deep = _too_deep(statements)
    if deep:
        raise UnreadableInput(tuple(deep))
    return t.SpecTree(file, statements, comments)
