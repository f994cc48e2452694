"""Soft rules: a hedge is kept in the model and by fmt; a finding it takes part in is at most a warning."""

from __future__ import annotations

import pytest

from govspec.diagnostics import Severity
from govspec.options import CheckOptions
from govspec.pipeline import check_outcome, load_text
from govspec.syntax.parser import parse
from govspec.syntax.printer import format_spec

CLASH = """office 区长
body 常务会议 {{ members 区长; convener 区长; chair 区长; quorum majority; every month; decides M }}
matter M {{
  {hedge}never 常务会议 @第四十六条
  must 常务会议 @第四十一条
}}
"""


def _severities(text: str, code: str) -> list[Severity]:
    outcome = check_outcome(load_text(text, "soft.gov"), CheckOptions())
    return [f.severity for f in outcome.findings if f.code == code]


def test_a_clash_with_a_soft_rule_is_a_warning_and_without_one_an_error() -> None:
    assert _severities(CLASH.format(hedge=""), "GS332") == [Severity.ERROR]
    assert _severities(CLASH.format(hedge="in principle "), "GS332") == [Severity.WARNING]


@pytest.mark.parametrize(
    "text",
    [
        "matter M {\n  in principle never B\n  if needed may C\n}\n",
        "事项 M {\n  原则上 不得由 B\n  如有需要 可由 C\n}\n",
        "body B {\n  usually every 3 months\n  as needed attendees x\n}\n",
        "会议 B {\n  一般 每 3 月\n  根据需要 列席 x\n}\n",
        "指标 会议次数 归属 部门 原则上 不超过 1 次 每 年\n",
    ],
)
def test_fmt_keeps_each_hedge_in_its_place(text: str) -> None:
    assert format_spec(parse(text)) == text


def test_a_hedge_is_part_of_the_rule_in_either_language() -> None:
    english = parse("body B { usually every month }").statements[0]
    chinese = parse("会议 B { 一般 每 月 }").statements[0]
    hard = parse("body B { every month }").statements[0]
    assert english == chinese != hard
    model = load_text("office 甲\nbody B { members 甲; usually every month }\n", "soft.gov").model
    assert model is not None
    frequency = model.bodies["B"].frequency
    assert frequency is not None and frequency.hedge == "usually"


ESCALATION = """office 区长
office 副区长 count 1..
unit 区政府 head 区长
body 常务会议 {{ members 区长, 副区长 }}
body 专题会议 {{ members 副区长 }}
matter 重大事项 {{ may 常务会议, 专题会议 }}
matter 全局性事项 is 重大事项 {{ {hedge}never 专题会议 }}
escalation 全局分歧 about 全局性事项: 副区长 -> 专题会议
"""


def test_an_escalation_stopped_only_by_a_soft_ban_is_a_warning() -> None:
    assert _severities(ESCALATION.format(hedge=""), "GS403") == [Severity.ERROR]
    assert _severities(ESCALATION.format(hedge="in principle "), "GS403") == [Severity.WARNING]


def test_a_soft_ban_that_is_not_the_cause_leaves_the_dead_end_an_error() -> None:
    text = ESCALATION.format(hedge="in principle ").replace("may 常务会议, 专题会议", "may 常务会议")
    assert _severities(text, "GS403") == [Severity.ERROR]
