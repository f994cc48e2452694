"""Friendly syntax errors: each message is proven by the malformed examples that must produce it."""

from __future__ import annotations

from typing import NamedTuple


class SyntaxMessage(NamedTuple):
    code: str
    message: str
    examples: tuple[str, ...]


SYNTAX_MESSAGES: tuple[SyntaxMessage, ...] = (
    SyntaxMessage(
        "GS009",
        "a statement begins with a keyword such as office, body, document, reports (职务、会议、公文、隶属)",
        ("ofice 区长", "区长 office", "offices 区长", "职物 区长"),
    ),
    SyntaxMessage(
        "GS010",
        "a body's clauses go inside braces: `body NAME { members …; chair … }`",
        ("body 常务会议 members 区长", "会议 常务会议 成员 区长", "body B chair x"),
    ),
    SyntaxMessage(
        "GS011",
        "a document rule needs a condition: `document NAME when ATTRIBUTE = VALUE { signer … }`",
        ("document 任免 { signer 区长 }", "公文 任免 ｛ 签发 区长 ｝"),
    ),
    SyntaxMessage(
        "GS012",
        "a quorum is a comparison and a fraction of the members due, such as `quorum > 1/2`",
        (
            "body B { members a; quorum 1/2 }",
            "body B { quorum half }",
            "会议 B { 法定人数 一半 }",
        ),
    ),
    SyntaxMessage(
        "GS013",
        "a fraction is written with two whole numbers, such as 1/2",
        ("body B { quorum > 1 }", "body B { quorum > 1/ }", "body B { quorum >= 0.5 }"),
    ),
    SyntaxMessage(
        "GS014",
        "the names in a list are separated by commas (`,` `，` or `、`)",
        (
            "body B { members 区长 副区长 }",
            "external 区委 市政府",
            "reports a -> b c",
        ),
    ),
    SyntaxMessage(
        "GS015",
        "a chain needs a colon before its steps: `leave WHO: APPROVER -> …`",
        ("leave 副区长 区长", "请假 副区长 区长", "escalation E a -> b", "route R a -> b"),
    ),
    SyntaxMessage(
        "GS016",
        "an arrow '->' joins the two offices: `reports WHO -> SUPERIOR`, `acting ABSENT -> STAND-IN for …`",
        ("reports a b", "reports a", "隶属 a b", "acting 区长 常务副区长", "代理 区长 常务副区长"),
    ),
    SyntaxMessage(
        "GS017",
        "a count is a whole number or a range, such as `count 3` or `count 1..8` or `count 1..`",
        ("office 副区长 count many", "office 副区长 count", "职务 副区长 人数 若干"),
    ),
    SyntaxMessage(
        "GS018",
        "a citation belongs at the end of a statement or clause, after what it cites",
        ("@第六条 office 区长", "@第六条"),
    ),
    SyntaxMessage(
        "GS019",
        "this '{' is never closed: a '}' is missing before the end of the file",
        ("body B { members a", "document D when form = f { signer a", "matter M { must b"),
    ),
    SyntaxMessage(
        "GS020",
        "a condition compares a document attribute (issuer, addressee, subject, decided_by, form, tag) "
        "with a value: `subject = 任免` or `addressee in {市政府, 省政府}`",
        ("document D when 区长 { signer a }", "document D when subject { signer a }", "公文 D 适用 区长 ｛ ｝"),
    ),
)
