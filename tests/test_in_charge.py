"""The holder in charge (分管): declared in both keyword languages, read on chains as one holder of its office, and
GS208 where the text is silent on who that is."""

from __future__ import annotations

import json
from itertools import pairwise, product

from hypothesis import given, settings
from hypothesis import strategies as st

from govspec.checks import CHECKS
from govspec.graphs import chain_graphs
from govspec.model.entities import Model
from govspec.model.snapshot import snapshot
from govspec.options import CheckOptions
from govspec.pipeline import load_text
from reference_graphs import cyclic_components

OFFICES = """unit 区政府 head 区长
external 区委
reports 区政府 -> 区委
office 区长
office 副区长 count 2..
reports 副区长 -> 区长
unit 区政府各部门 head 局长
office 局长 count 1..
reports 区政府各部门 -> 区政府
group 区政府领导同志 = 区长, 副区长
matter 议题异议 { may 区长 }
"""


def model_of(text: str) -> Model:
    outcome = load_text(text, "charge.gov")
    assert outcome.model is not None, outcome.findings
    return outcome.model


def codes(text: str, code: str) -> list[str]:
    return [str(f.message) for f in CHECKS[code].run(model_of(text), CheckOptions())]


def test_both_keyword_languages_say_the_same() -> None:
    english = OFFICES + (
        "in charge 副区长 -> 区政府各部门, 议题异议 @第七条\n"
        "escalation 异议 about 议题异议: 区政府各部门 -> in charge 副区长 -> 区长 @第四十六条\n"
    )
    chinese = OFFICES + (
        "分管 副区长 -> 区政府各部门、议题异议 @第七条\n"
        "报请 异议 针对 议题异议: 区政府各部门 -> 分管 副区长 -> 区长 @第四十六条\n"
    )
    a, b = model_of(english), model_of(chinese)
    assert a == b
    assert a.charges[0].office == "副区长" and a.charges[0].fields == ("区政府各部门", "议题异议")
    assert a.chains[0].steps[1].in_charge == ("副区长",) and a.chains[0].steps[1].nodes == ("副区长",)


def test_the_snapshot_names_charges_only_where_a_spec_states_them() -> None:
    plain = json.loads(snapshot(model_of(OFFICES + "escalation E: 区政府各部门 -> 区长\n"), "a.gov"))
    assert "charges" not in plain
    assert all("in_charge" not in step for chain in plain["chains"] for step in chain["steps"])
    stated = OFFICES + "分管 副区长 -> 区政府各部门\n报请 E: 区政府各部门 -> 分管 副区长 -> 区长\n"
    data = json.loads(snapshot(model_of(stated), "b.gov"))
    assert data["charges"][0]["office"] == "副区长"
    assert data["chains"][0]["steps"][1]["in_charge"] == ["副区长"]


def test_a_step_naming_an_office_plainly_reaches_any_holder() -> None:
    """`副区长 | 分管 副区长` names every 副区长: the one in charge adds nothing to it."""
    chain = model_of(OFFICES + "报请 E: 区政府各部门 -> 副区长 | 分管 副区长 -> 区长\n").chains[0]
    assert chain.steps[1].in_charge == ()


def test_silence_on_who_is_in_charge_is_gs208() -> None:
    text = OFFICES + "报请 E 针对 议题异议: 区政府各部门 -> 分管 副区长 -> 区长 @第四十六条\n"
    found = codes(text, "GS208")
    assert len(found) == 1 and "'副区长' in charge (step 2)" in found[0] and "区政府各部门, 议题异议" in found[0]
    # In charge of the department that starts it, or of the matter it is about: either answers.
    assert codes(text + "分管 副区长 -> 区政府各部门\n", "GS208") == []
    assert codes(text + "分管 副区长 -> 议题异议\n", "GS208") == []


def test_a_charge_answers_only_for_offices_among_those_the_step_names() -> None:
    """The 副区长 in charge is one of 区政府领导同志; one of 区政府领导同志 in charge may be the 区长, no 副区长."""
    to_leaders = OFFICES + "报请 E: 区政府各部门 -> 分管 区政府领导同志 -> 区长\n"
    assert codes(to_leaders + "分管 副区长 -> 区政府各部门\n", "GS208") == []
    to_deputies = OFFICES + "报请 E: 区政府各部门 -> 分管 副区长 -> 区长\n"
    assert len(codes(to_deputies + "分管 区政府领导同志 -> 区政府各部门\n", "GS208")) == 1


def test_an_office_one_person_holds_needs_no_division_of_work() -> None:
    assert codes(OFFICES + "报请 E: 区政府各部门 -> 分管 区长\n", "GS208") == []
    assert len(codes(OFFICES + "报请 E: 区政府各部门 -> 分管 区政府领导同志\n", "GS208")) == 1


def test_a_route_is_about_the_subject_of_the_documents_it_carries() -> None:
    text = OFFICES + (
        "matter 任免\ndocument 任免公文 when subject = 任免 { signer 区长 }\n"
        "route 报批 about 任免公文: 分管 副区长 -> 区长\n"
    )
    assert codes(text + "分管 副区长 -> 任免\n", "GS208") == []
    assert codes(text + "分管 副区长 -> 议题异议\n", "GS208") != []


def test_a_route_is_about_a_subject_its_documents_may_have_as_the_text_names_it() -> None:
    """A subject named on one side of an `or` is one the documents may have; a kind of it is not what the text names
    (GS413 and GS405 read the same documents as possibly on 任免)."""
    text = OFFICES + (
        "matter 任免\nmatter 干部任免 is 任免\n文种 函\n"
        "document 任免公文 when subject = 任免 or form = 函 { signer 区长 }\n"
        "route 报批 about 任免公文: 分管 副区长 -> 区长\n"
    )
    assert codes(text + "分管 副区长 -> 任免\n", "GS208") == []
    assert codes(text + "分管 副区长 -> 干部任免\n", "GS208") != []


def test_a_chain_starting_in_charge_is_about_what_it_names() -> None:
    text = OFFICES + "报请 E 针对 议题异议: 分管 副区长 -> 区长\n"
    assert codes(text + "分管 副区长 -> 区政府各部门\n", "GS208") != []
    assert codes(text + "分管 副区长 -> 议题异议\n", "GS208") == []


def test_the_one_in_charge_cannot_approve_leave() -> None:
    outcome = load_text(OFFICES + "请假 局长: 分管 副区长\n", "leave.gov")
    assert outcome.model is None
    assert [f.code for f in outcome.findings] == ["GS103"]
    # On the way to the approver, or on a chain that only reports, it is read like any step.
    assert load_text(OFFICES + "请假 局长: 分管 副区长 -> 区长\n", "a.gov").model is not None
    assert load_text(OFFICES + "请假 局长 报备: 分管 副区长\n", "b.gov").model is not None


def test_coordinating_and_then_deciding_in_charge_is_no_circle() -> None:
    """第四十六条: the 副区长 in charge coordinates, then gives an opinion to the 区长: one holder, no loop. The same
    chain naming any 副区长 twice does go round among them."""
    in_charge = OFFICES + (
        "分管 副区长 -> 区政府各部门\n报请 E 针对 议题异议: 区政府各部门 -> 分管 副区长 | 局长 -> 分管 副区长 -> 区长\n"
    )
    assert codes(in_charge, "GS401") == [] and codes(in_charge, "GS403") == []
    plain = in_charge.replace("-> 分管 副区长", "-> 副区长")
    assert any("副区长 -> 副区长" in message for message in codes(plain, "GS401"))


NODES = ("甲", "乙", "丙")


@st.composite
def escalations(draw: st.DrawFn) -> tuple[str, list[list[tuple[str, bool]]]]:
    """Offices 甲 (one holder) and 乙, 丙 (several), a group 组, and escalations whose steps name offices or a group,
    plainly or as the one in charge."""
    chains = []
    for _ in range(draw(st.integers(1, 4))):
        steps = draw(
            st.lists(
                st.lists(st.tuples(st.sampled_from([*NODES, "组"]), st.booleans()), min_size=1, max_size=2),
                min_size=2,
                max_size=4,
            )
        )
        chains.append(steps)
    lines = ["office 甲", "office 乙 count 2..", "office 丙 count 1..3", "group 组 = 乙, 丙", "分管 乙 -> 甲"]
    for number, steps in enumerate(chains):
        hops = [" | ".join(f"分管 {name}" if charged else name for name, charged in step) for step in steps]
        lines.append(f"报请 E{number}: {' -> '.join(hops)}")
    return "\n".join(lines) + "\n", chains


def reference_edges(chains: list[list[tuple[str, bool]]]) -> list[tuple[str, str]]:
    """Every step to the next, each name read as its offices, but none from an office to itself where either end
    names only its holder in charge (an office a step also names plainly is any of its holders there)."""
    groups = {"组": ("乙", "丙")}
    edges = []
    for steps in chains:
        levels = []
        for step in steps:
            plain = {o for name, charged in step if not charged for o in groups.get(name, (name,))}
            charged = {o for name, charged in step if charged for o in groups.get(name, (name,))}
            levels.append((plain | charged, charged - plain))
        for (before, one), (after, other) in pairwise(levels):
            edges += [(u, v) for u, v in product(sorted(before), sorted(after)) if u != v or u not in one | other]
    return edges


@settings(max_examples=80, deadline=None)
@given(escalations())
def test_chain_graphs_read_the_one_in_charge_like_the_reference(drawn: tuple[str, list]) -> None:
    text, chains = drawn
    model = model_of(text)
    graph = chain_graphs(model).escalations[None].digraph
    assert set(graph.edges) == set(reference_edges(chains))
    found = sorted(
        sorted(f.witness.get("entangled") or [edge["from"] for edge in f.witness["cycle"]])
        for f in CHECKS["GS401"].run(model, CheckOptions())
    )
    assert found == sorted(sorted(component) for component in cyclic_components(reference_edges(chains)))


def test_the_keyword_written_into_the_name_gets_a_hint() -> None:
    outcome = load_text(OFFICES + "报请 E: 区政府各部门 -> 分管副区长 -> 区长\n", "typo.gov")
    (finding,) = outcome.findings
    assert finding.code == "GS101" and finding.help is not None and finding.help.key == "GS101.in_charge"
    # A name that merely starts with the word is no such slip.
    other = load_text(OFFICES + "报请 E: 区政府各部门 -> 分管工作 -> 区长\n", "other.gov").findings
    assert [f.help.key for f in other if f.help] != ["GS101.in_charge"]
