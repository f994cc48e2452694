"""Diagrams as DOT text: what each kind draws from a small spec, and what a finding overlays on it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govspec.pipeline import check_outcome, load_text
from govspec.render.diagrams import KINDS, drawing
from govspec.render.drawing import FONT, RED, Drawing, Highlight, Node, quoted, to_dot
from govspec.render.highlight import chosen, diagram_kind, failing, highlight

SPEC = (Path(__file__).parent / "data" / "small-charter.gov").read_text(encoding="utf-8")


def _outcome(text: str = SPEC):
    outcome = check_outcome(load_text(text, "small.gov"))
    assert outcome.model is not None, [f.message for f in outcome.findings]
    return outcome


def _edges(dot: str) -> list[tuple[str, str, str]]:
    """(tail, head, attributes) of every edge of a DOT text."""
    return re.findall(r'^\s*"([^"]*)" -> "([^"]*)" \[(.*)\];$', dot, re.MULTILINE)


def _node(dot: str, key: str) -> str:
    found = re.search(rf"^\s*{re.escape(quoted(key))} \[(.*)\];$", dot, re.MULTILINE)
    assert found, f"no node {key}"
    return found.group(1)


def test_org_draws_every_reporting_line_kinds_heads_and_externals_apart():
    dot = to_dot(drawing(_outcome().model, "org"))
    edges = {(tail, head) for tail, head, _ in _edges(dot)}
    assert {("Secretary", "Chair"), ("Secretary", "Council"), ("Deputy", "Chair")} <= edges  # two superiors
    assert ("FirstDeputy", "Deputy") in edges and ("Office", "Secretary") in edges
    external = dot[dot.index("subgraph") :]
    assert 'label="external authorities"' in external and '"Council"' in external
    assert "rankdir=BT" in dot


def test_bodies_show_roles_quorum_and_attendees_that_do_not_vote():
    dot = to_dot(drawing(_outcome().model, "bodies"))
    assert "quorum: more than 1/2" in _node(dot, "Board")
    labels = {head: attributes for tail, head, attributes in _edges(dot) if tail == "Board"}
    assert 'label="convener, chair"' in labels["Board/Chair"]
    assert 'label="chair"' in labels["Board/Deputy"]
    assert 'label="non-voting"' in labels["Board/Court"] and "dashed" in labels["Board/Court"]
    assert "label" not in labels["Board/Secretary"]


def test_signing_says_how_each_office_signs():
    dot = to_dot(drawing(_outcome().model, "signing"))
    labels = {(tail, head): attributes for tail, head, attributes in _edges(dot)}
    assert 'label="signs"' in labels[("Chair", "Minutes")]
    assert 'label="entrusted by Chair"' in labels[("FirstDeputy", "Minutes")]
    assert 'label="co-signs"' in labels[("Secretary", "Minutes")]
    assert "rankdir=LR" in dot


def test_chains_draw_each_chain_as_written_with_unnamed_steps():
    dot = to_dot(drawing(_outcome().model, "chains"))
    assert 'label="leave of Deputy: Board (Art.8)"' in dot
    steps = [(tail.split("/")[-1], head.split("/")[-1]) for tail, head, _ in _edges(dot)]
    assert ("Deputy", "Chair") in steps and ("Secretary", "?") in steps
    assert "? (not named)" in dot


def test_standing_in_shows_powers_held_stand_ins_and_entrustments():
    dot = to_dot(drawing(_outcome().model, "standing-in"))
    between = [attributes for tail, head, attributes in _edges(dot) if (tail, head) == ("Chair", "FirstDeputy")]
    assert len(between) == 2  # standing in, and an entrustment: two kinds of arrow
    assert any("while away: RunOffice\\nwhen travel" in a and "dashed" not in a for a in between)
    assert any('label="entrusts sign Minutes"' in a and "dashed" in a for a in between)
    assert "holds RunOffice" in _node(dot, "Secretary")


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_names_a_font_with_chinese_glyphs_and_says_chinese_in_chinese(kind):
    dot = to_dot(drawing(_outcome().model, kind, "zh"))
    assert dot.count(f"fontname={quoted(FONT)}") == 3  # graph, node and edge
    title = {
        "org": "职务与隶属关系",
        "bodies": "会议组成",
        "signing": "公文签发权限",
        "chains": "报请",
        "standing-in": "代理",
    }
    assert title[kind] in dot


def test_a_drawing_without_a_highlight_has_nothing_red():
    for kind in KINDS:
        assert RED not in to_dot(drawing(_outcome().model, kind))


def test_the_absent_office_is_greyed_out_and_the_failing_rule_red_with_its_article():
    outcome = _outcome()
    gaps = [f for f in outcome.findings if f.code == "GS324" and f.witness.get("absent")]
    assert gaps, "the spec leaves a power without a holder while Chair is away"
    dot = to_dot(drawing(outcome.model, "standing-in"), highlight(gaps[:1]))
    assert 'fillcolor="#eeeeee"' in _node(dot, "Chair")
    assert RED not in _node(dot, "Chair")
    assert "GS324" in dot.split("\n")[1]  # the caption under the title names the finding


def test_a_cycle_is_drawn_red_edge_by_edge():
    text = SPEC + "reports Chair -> Secretary @Art.10\n"
    outcome = _outcome(text)
    loops = [f for f in outcome.findings if f.code == "GS401"]
    assert loops
    dot = to_dot(drawing(outcome.model, "org"), highlight(loops))
    red = {(tail, head) for tail, head, attributes in _edges(dot) if RED in attributes}
    assert {("Chair", "Secretary"), ("Secretary", "Chair")} <= red
    assert ("Deputy", "Chair") not in red
    assert 'xlabel="Art.10"' in dot  # the statement at fault carries its article


def test_highlight_chooses_by_code_fingerprint_and_nothing_else():
    findings = _outcome().findings
    some = findings[0]
    assert chosen(findings, some.code.lower()) == [f for f in findings if f.code == some.code]
    assert chosen(findings, some.fingerprint)[0] == some
    assert chosen(findings, "GS000") == []


def test_findings_are_drawn_on_the_diagram_of_what_they_are_about():
    findings = _outcome().findings
    kinds = {f.code: diagram_kind(f) for f in findings}
    assert kinds.get("GS407") == "chains"
    assert all(diagram_kind(f) == "standing-in" for f in failing(findings, "standing-in"))
    assert not any(f.severity.value == "info" for kind in KINDS for f in failing(findings, kind))


def test_names_are_quoted_so_that_no_name_can_break_the_dot_text():
    weird = Drawing("org", 'a "title"\\', "TB", (Node('x"y', 'x"y\\', "office", 'x"y'),))
    dot = to_dot(weird)
    assert '"x\\"y" [label="x\\"y\\\\"' in dot
    assert 'label="a \\"title\\"\\\\"' in dot


def test_a_statement_at_fault_is_red_and_names_its_articles_inside_its_box():
    model = _outcome().model
    span = model.documents["Minutes"].span
    at_fault = Highlight(places=frozenset({(span.file, span.line)}))
    dot = to_dot(drawing(model, "signing"), at_fault)
    assert 'label="Minutes\\nArt.6"' in _node(dot, "Minutes") and RED in _node(dot, "Minutes")
    assert RED not in _node(dot, "Chair")


def test_lists_and_citations_in_a_diagram_are_joined_as_its_language_joins_them():
    model = _outcome(
        'rules "R"\noffice Chair @Art.1\nexternal A, B, C @Art.4 @Art.5\nroute Papers: Chair -> ? @Art.9 @Art.10\n'
    ).model
    english = to_dot(drawing(model, "org", "en")) + to_dot(drawing(model, "chains", "en"))
    assert 'label="A, B, C"' in english and 'tooltip="Art.9, Art.10"' in english
    assert "route Papers (Art.9, Art.10)" in english and "、" not in english and "（" not in english
    chinese = to_dot(drawing(model, "org", "zh")) + to_dot(drawing(model, "chains", "zh"))
    assert 'label="A、B、C"' in chinese and "流转 Papers（Art.9、Art.10）" in chinese
