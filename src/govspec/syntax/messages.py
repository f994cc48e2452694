"""Friendly syntax errors: each message (in the catalogue, under its code) is proven by the malformed examples that
must produce it."""

from __future__ import annotations

from typing import NamedTuple


class SyntaxMessage(NamedTuple):
    code: str
    examples: tuple[str, ...]


SYNTAX_MESSAGES: tuple[SyntaxMessage, ...] = (
    SyntaxMessage(
        "GS009",
        ("ofice 区长", "区长 office", "offices 区长", "职物 区长"),
    ),
    SyntaxMessage(
        "GS010",
        ("body 常务会议 members 区长", "会议 常务会议 成员 区长", "body B chair x"),
    ),
    SyntaxMessage(
        "GS011",
        ("document 任免 { signer 区长 }", "公文 任免 ｛ 签发 区长 ｝"),
    ),
    SyntaxMessage(
        "GS012",
        (
            "body B { members a; quorum 1/2 }",
            "body B { quorum half }",
            "会议 B { 法定人数 一半 }",
        ),
    ),
    SyntaxMessage(
        "GS022",
        ("office 副区长 count 三分之一", "职务 副区长 人数 半数", "measure M >= 三分之二", "指标 M 不少于 十分之一 次"),
    ),
    SyntaxMessage(
        "GS023",
        ("body B { passes majority }", "会议 B { 通过 过半数 }", "body B { passes majority of members }"),
    ),
    SyntaxMessage(
        "GS024",
        (
            "body B { every month usually }",
            "会议 B { 每 月 原则上 }",
            "matter M { never B in principle }",
            "原则上 职务 区长",
        ),
    ),
    SyntaxMessage(
        "GS025",
        (
            "escalation E notify about M: a -> b",
            "报请 E 报备 针对 M: a -> b",
            "route R notify about D: a -> b",
            "leave L notify about B: a",
        ),
    ),
    SyntaxMessage(
        "GS026",
        (
            "必经 X 至 Y 除 A 外 针对 M",
            "through X before Y except A about M",
            "不得越级 区政府各部门",
            "no skipping levels 区政府各部门",
        ),
    ),
    SyntaxMessage(
        "GS027",
        ("body B { changed only by 区长 }", "会议 B { 变更须经 区长 }", "changed only by 区长", "变更须经 区长"),
    ),
    SyntaxMessage(
        "GS028",
        ("body B { meets }", "会议 B { 召开 }", "body B { meets every month }", "会议 B { 召开 每 月 }"),
    ),
    SyntaxMessage(
        "GS030",
        ("power 联合发文 of 甲局 | 乙局", "职权 联合发文 归属 甲局、乙局", "power P of A, B", "职权 P 归属 A & B | C"),
    ),
    SyntaxMessage(
        "GS031",
        (
            "时限 X 3 天",
            "deadline X 3 days",
            "时限 X 年初",
            "时限 X 原则上 3 天",
            "deadline X about Y 3 days",
            "deadline X at least before",
            "时限 X",
        ),
    ),
    SyntaxMessage(
        "GS032",
        (
            "须经 合法性审查 区司法局 方可决定 M",
            "precondition X by Y M",
            "须经 合法性审查 由 区司法局",
            "precondition X before M",
        ),
    ),
    SyntaxMessage(
        "GS013",
        ("body B { quorum > 1 }", "body B { quorum > 1/ }", "body B { quorum >= 0.5 }"),
    ),
    SyntaxMessage(
        "GS014",
        (
            "body B { members 区长 副区长 }",
            "external 区委 市政府",
            "reports a -> b c",
        ),
    ),
    SyntaxMessage(
        "GS015",
        ("leave 副区长 区长", "请假 副区长 区长", "escalation E a -> b", "route R a -> b"),
    ),
    SyntaxMessage(
        "GS016",
        (
            "reports a b",
            "reports a",
            "隶属 a b",
            "acting 区长 常务副区长",
            "代理 区长 常务副区长",
            "分管 副区长 区政府各部门",
        ),
    ),
    SyntaxMessage(
        "GS017",
        ("office 副区长 count many", "office 副区长 count", "职务 副区长 人数 若干"),
    ),
    SyntaxMessage(
        "GS018",
        ("@第六条 office 区长", "@第六条"),
    ),
    SyntaxMessage(
        "GS019",
        ("body B { members a", "document D when form = f { signer a", "matter M { must b"),
    ),
    SyntaxMessage(
        "GS020",
        ("document D when 区长 { signer a }", "document D when subject { signer a }", "公文 D 适用 区长 ｛ ｝"),
    ),
)
