"""Chain graphs and chain checks: what the fixture cases cannot show (edge provenance, scoping, JSON, odd models)."""

from __future__ import annotations

import json

import pytest

from govspec.catalogue import LANGS, words
from govspec.checks import CHECKS, CheckOptions, run_checks
from govspec.graphs import Unnamed, chain_graph, chain_graphs
from govspec.model.entities import Model
from govspec.pipeline import load_text
from govspec.render.json import render_json

CHAIN_CODES = [code for code in sorted(CHECKS) if code.startswith("GS4")]
HEADER = """
office 区长 @第六条
office 副区长 count 1.. @第七条
office 常务副区长 is 副区长 @第六条
office 办公室主任 @第八条
unit 区政府 head 区长
unit 区政府办公室 head 办公室主任
"""


def spec(text: str) -> tuple[Model, list[str]]:
    outcome = load_text(HEADER + text, "t.gov")
    assert outcome.model is not None, outcome.findings
    return outcome.model, (HEADER + text).split("\n")


def chain_findings(model: Model, code: str) -> list:
    return list(CHECKS[code].run(model, CheckOptions()))


def test_every_edge_carries_the_statements_that_made_it():
    model, lines = spec("reports 副区长 -> 区长 @第七条\nreports 副区长 -> 区长, 办公室主任 @第九条\n")
    reporting = chain_graphs(model).reporting
    origins = reporting.origins("副区长", "区长")
    assert [o.citations for o in origins] == [("第七条",), ("第九条",)]
    assert [lines[o.span.line - 1] for o in origins] == [
        "reports 副区长 -> 区长 @第七条",
        "reports 副区长 -> 区长, 办公室主任 @第九条",
    ]
    assert reporting.origins("常务副区长", "副区长") == (model.offices["常务副区长"],)


def test_a_kind_joins_a_graph_only_where_its_kind_is_on_it():
    model, _ = spec("leave 办公室主任: 区长\nreports 副区长 -> 区长\n")
    graphs = chain_graphs(model)
    assert graphs.reporting.digraph.has_edge("常务副区长", "副区长")
    assert "常务副区长" not in graphs.leave.digraph


def test_a_route_is_its_own_chain_and_a_unit_receives_as_an_institution():
    """A group stands for each of its offices; a route ending at a unit ends there, not at its head, and no other
    route continues it."""
    model, _ = spec("group 领导 = 区长, 副区长\nroute 报送: 领导 -> 区政府办公室\nroute 批办: 区政府办公室 -> 副区长\n")
    graphs = chain_graphs(model)
    first, second = (chain_graph(graphs.chains, i) for i in graphs.chains.of_kind("route"))
    assert set(first.digraph.edges) == {("区长", "区政府办公室"), ("副区长", "区政府办公室")}
    assert set(second.digraph.edges) == {("区政府办公室", "副区长")}


def test_a_route_witness_cites_only_its_own_statement():
    """Two routes meet at the office: each is read on its own, and a finding about one names only its article."""
    model, _ = spec(
        "document 办公室公文 when issuer = 区政府办公室 @第五十六条(七) { signer 办公室主任 }\n"
        "route 送审 about 办公室公文: 副区长 -> 区政府办公室 -> 区长 @第五十五条\n"
        "route 批办: 区政府办公室 -> 办公室主任 @第五十三条\n"
    )
    [short] = chain_findings(model, "GS410")
    assert {edge["citation"] for edge in short.witness["path"]} == {"第五十五条"}
    assert short.citations == ("第五十五条", "第五十六条(七)")
    assert chain_findings(model, "GS402") == []


def test_an_escalation_ends_at_an_institution_deciding_through_its_bodies_not_at_its_head():
    model, _ = spec(
        "matter 大事 { may 区政府 }\nbody 常务会议 of 区政府 { members 区长, 副区长; decides 大事 }\n"
        "escalation 上报 about 大事: 区政府办公室 -> 区政府\n"
    )
    graph = chain_graphs(model).escalations["大事"]
    assert set(graph.digraph.edges) == {("区政府办公室", "区政府")}
    assert chain_findings(model, "GS403") == []
    barred, _ = spec(
        "matter 大事 { never 区政府 }\nmatter 小事\nbody 常务会议 of 区政府 { members 区长; decides 小事 }\n"
        "escalation 上报 about 大事: 区政府办公室 -> 区政府\n"
    )
    assert [f.message for f in chain_findings(barred, "GS403")] == [
        "escalation '上报' ends at '区政府', who cannot decide '大事'"
    ]


def test_each_unnamed_step_is_its_own_node():
    model, _ = spec("leave 副区长: ? -> 区长\nleave 办公室主任: ? -> 区长\n")
    leave = chain_graphs(model).leave
    assert set(leave.digraph.predecessors("区长")) == {Unnamed(0, 0), Unnamed(1, 0)}


def test_escalations_are_read_per_matter_with_those_naming_none():
    model, _ = spec(
        "matter 甲 { may 区长 }\nmatter 乙 { may 区长 }\n"
        "escalation 通用 : 办公室主任 -> 区长\n"
        "escalation 甲事 about 甲: 副区长 -> 区长\n"
        "escalation 乙事 about 乙: 区长 -> 副区长\n"
    )
    graphs = chain_graphs(model).escalations
    assert sorted(graphs, key=str) == [None, "乙", "甲"]
    # Read through kinds like any chain: the 常务副区长, with no escalation of his own, follows the 副区长's.
    assert sorted(graphs["甲"].digraph.edges) == [("副区长", "区长"), ("办公室主任", "区长"), ("常务副区长", "副区长")]
    assert sorted(graphs[None].digraph.edges) == [("办公室主任", "区长")]


def test_a_matter_escalations_never_name_has_a_graph_of_those_about_its_parent():
    model, _ = spec(
        "matter 大事 { may 区长 }\nmatter 小事 is 大事 { never 区长 }\nmatter 无关\n"
        "escalation 甲 about 大事: 副区长 -> 区长\n"
    )
    graphs = chain_graphs(model).escalations
    assert sorted(graphs, key=str) == ["大事", "小事"]
    messages = [f.message for f in chain_findings(model, "GS403")]
    assert messages == ["escalation '甲' ends at '区长', who cannot decide '小事'"]


def test_a_cycle_general_escalations_make_is_reported_once():
    model, _ = spec(
        "matter 甲 { may 区长 }\nmatter 乙 { may 区长 }\n"
        "escalation 往 : 办公室主任 -> 副区长\nescalation 返 : 副区长 -> 办公室主任\n"
        "escalation 甲事 about 甲: 区长 -> 区长\nescalation 乙事 about 乙: 区长 -> 区长\n"
    )
    messages = sorted(f.message for f in chain_findings(model, "GS401"))
    assert messages == [
        "escalations about '乙' run in a circle: 区长 -> 区长",
        "escalations about '甲' run in a circle: 区长 -> 区长",
        "escalations run in a circle: 副区长 -> 办公室主任 -> 副区长",
    ]


@pytest.mark.parametrize(
    ("own", "lead"),
    [
        ("escalation 甲事 about 甲: 科长 -> 办公室主任", [("科长", "办公室主任")]),
        (
            "escalation 甲事 about 甲: 科长 -> 常务副区长 -> 办公室主任",
            [("科长", "常务副区长"), ("常务副区长", "办公室主任")],
        ),
        ("escalation 甲事 about 甲: 办公室主任 -> 副区长", []),
    ],
)
def test_a_matter_led_into_a_loop_is_placed_at_its_own_escalation(own, lead):
    """The way in comes first, from the matter's own escalation, outside the loop; none where it starts there."""
    model, lines = spec(
        "office 科长\nmatter 甲 { may 区长 }\n"
        "escalation 往 : 办公室主任 -> 副区长\nescalation 返 : 副区长 -> 办公室主任\n" + own + "\n"
    )
    [loop] = [f for f in chain_findings(model, "GS403") if "'甲'" in f.message]
    assert [(e["from"], e["to"]) for e in loop.witness.get("path", [])] == lead
    assert {e["from"] for e in loop.witness["loop"]} == {"副区长", "办公室主任"}
    assert loop.witness["loop"][0]["from"] == (lead[-1][1] if lead else "副区长"), "it goes round from where it arrives"
    placed = [lines[span.line - 1] for span in loop.locations]
    assert placed[0] == (own if lead else "escalation 返 : 副区长 -> 办公室主任")


def test_a_cycle_finding_names_every_edge_its_line_and_article():
    model, lines = spec("reports 副区长 -> 办公室主任 @第七条\nreports 办公室主任 -> 副区长 @第八条\n")
    [cycle] = chain_findings(model, "GS401")
    assert cycle.citations == ("第七条", "第八条")
    assert [lines[span.line - 1] for span in cycle.locations] == [
        "reports 副区长 -> 办公室主任 @第七条",
        "reports 办公室主任 -> 副区长 @第八条",
    ]
    assert [(e["from"], e["to"], e["citation"]) for e in cycle.witness["cycle"]] == [
        ("副区长", "办公室主任", "第七条"),
        ("办公室主任", "副区长", "第八条"),
    ]
    assert cycle.witness["cycle"][0]["at"] == f"t.gov:{lines.index('reports 副区长 -> 办公室主任 @第七条') + 1}"


def test_a_witness_edge_names_an_article_only_where_its_statement_cites_one():
    model, _ = spec("reports 副区长 -> 办公室主任 @第七条\nreports 办公室主任 -> 副区长\n")
    [cycle] = chain_findings(model, "GS401")
    assert [sorted(edge) for edge in cycle.witness["cycle"]] == [["at", "citation", "from", "to"], ["at", "from", "to"]]


def test_a_gap_witness_follows_the_chain_that_leads_there():
    model, lines = spec(
        "unit 审计组\nreports 副区长 -> 区长\nreports 办公室主任 -> 区长\n"
        "reports 常务副区长 -> 区政府办公室 @第六十九条\nreports 区政府办公室 -> 审计组 @第九条\n"
    )
    [gap] = chain_findings(model, "GS402")
    assert gap.message.startswith("the reporting line from '常务副区长' ends at '审计组'")
    assert [(e["from"], e["to"], e["citation"]) for e in gap.witness["path"]] == [
        ("常务副区长", "区政府办公室", "第六十九条"),
        ("区政府办公室", "审计组", "第九条"),
    ]
    assert lines[gap.locations[0].line - 1] == "reports 常务副区长 -> 区政府办公室 @第六十九条"


def test_json_output_carries_the_witness_path():
    model, _ = spec("through 区政府办公室 before 区长 @第五十一条\nroute 请示 : 副区长 -> 区长 @第五十一条\n")
    data = json.loads(render_json(run_checks(model), ["t.gov"]))
    [skip] = [f for f in data["findings"] if f["code"] == "GS405"]
    assert skip["witness"] == {
        "path": [{"from": "副区长", "to": "区长", "at": "t.gov:9", "citation": "第五十一条"}],
        "mandatory": "区政府办公室",
    }
    assert skip["citations"] == ["第五十一条"]


@pytest.mark.parametrize(
    "text",
    [
        "route 空 : ?\n",
        "route 单 single: ? & ?\n",
        "escalation 无名 : ?\n",
        "leave 副区长: ?\n",
        "unit 无主\nroute 断 : 区长 -> 无主 -> 副区长\nthrough 无主 before 无主\nreports 无主 -> 无主\n",
        "escalation 自 : 区长 -> 区长 -> 区长\nreports 区长 -> 区长\nleave 区长: 区长\n",
        "matter 甲 { never 区长 }\nescalation 禁 about 甲: 副区长 -> 区长\n",
    ],
)
def test_odd_models_give_findings_not_tracebacks(text):
    model, _ = spec(text)
    first = [f for code in CHAIN_CODES for f in chain_findings(model, code)]
    again = [f for code in CHAIN_CODES for f in chain_findings(model, code)]
    assert first == again
    json.dumps([words(f.witness, lang) for f in first for lang in LANGS])


def test_the_chain_checks_are_registered_with_their_severities():
    severities = {code: CHECKS[code].severity.value for code in CHAIN_CODES}
    assert severities == {
        "GS401": "error",
        "GS402": "warning",
        "GS403": "error",
        "GS404": "warning",
        "GS405": "error",
        "GS406": "error",
        "GS407": "warning",
        "GS408": "warning",
        "GS409": "warning",
        "GS410": "warning",
        "GS411": "error",
        "GS412": "error",
        "GS413": "error",
        "GS414": "warning",
        "GS415": "error",
        "GS416": "error",
    }
