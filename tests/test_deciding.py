"""Discussing versus deciding, guests at meetings, meeting as needed, and who may change a decision: what the words
mean in the model, and that nothing downstream counts or draws a guest as a member."""

from __future__ import annotations

import json

import z3
from hypothesis import given, settings
from hypothesis import strategies as st

from govspec.checks import run_checks
from govspec.checks.routing import _query, _statements
from govspec.model.entities import Model
from govspec.model.snapshot import snapshot
from govspec.pipeline import load_text
from govspec.render.diagrams import drawing
from govspec.render.drawing import to_dot

BODY = """office 区长 @第六条
office 副区长 count 2 @第七条
guest 公众代表, 法律顾问 @第四十三条
body 常务会议 @第四十一条 {{
  members 区长, 副区长
  convener 区长
  chair 区长
  quorum > 1/2
  every month
  {extra}
}}
"""


def _model(text: str) -> Model:
    loaded = load_text(text, "m.gov")
    assert loaded.model is not None, [f.message for f in loaded.findings]
    return loaded.model


def _findings(model: Model, codes: set[str]) -> list[tuple[str, str, tuple]]:
    return sorted(
        (f.code, f.message, tuple(sorted(f.witness.items(), key=str))) for f in run_checks(model) if f.code in codes
    )


def test_the_text_words_for_deciding_and_discussing() -> None:
    """讨论决定, 研究决定 and 审议决定 decide; 讨论, 审议, 研究, 讨论审议 and 研究协调 only discuss."""
    text = "职务 区长\n事项 甲\n事项 乙\n事项 丙\n事项 丁\n事项 戊\n" + "会议 会 {{ 成员 区长; {clauses} }}\n"
    clauses = "讨论决定 甲; 研究决定 乙; 审议决定 戊; 审议 丙; 研究 丁; 讨论 甲; 讨论审议 戊; 研究协调 丙"
    body = _model(text.format(clauses=clauses)).bodies["会"]
    assert body.decides is not None and body.decides.names == ("甲", "乙", "戊")
    assert body.discusses is not None and body.discusses.names == ("丙", "丁", "甲", "戊")


def test_meeting_as_needed_in_the_text_s_own_words() -> None:
    """根据需要召开 and 随时召开, run together as the text writes them, are `meets as needed` and `meets if needed`."""
    text = "职务 区长\n会议 甲 {{ 成员 区长; {a} }}\n会议 乙 {{ 成员 区长; 原则上 每 月; {b} }}\n"
    spaced = text.format(a="根据需要 召开", b="如有需要 召开")
    together = text.format(a="根据工作需要召开", b="随时召开")
    assert _model(together) == _model(spaced)
    bodies = _model(together).bodies
    assert [bodies[b].ad_hoc.hedge for b in ("甲", "乙")] == ["as needed", "if needed"]  # type: ignore[union-attr]


def test_guests_never_count_for_quorum_or_votes() -> None:
    """The quorum, voting and chairing findings of a body are the same with guests attending as without them."""
    codes = {"GS301", "GS302", "GS303", "GS304", "GS305"}
    alone = _findings(_model(BODY.format(extra="passes majority of all members")), codes)
    guests = "passes majority of all members; as needed attendees 公众代表, 法律顾问 @第四十三条"
    attended = _findings(_model(BODY.format(extra=guests)), codes)
    assert alone and attended == alone


def test_guests_are_drawn_as_attendees_and_stay_out_of_the_org_chart() -> None:
    model = _model(BODY.format(extra="attendees 公众代表"))
    bodies = to_dot(drawing(model, "bodies"))
    assert '"常务会议/公众代表"' in bodies and '"常务会议" -> "常务会议/公众代表"' in bodies
    assert '"常务会议" -> "常务会议/法律顾问"' not in bodies  # declared, but attends no body
    org = to_dot(drawing(model, "org"))
    assert "公众代表" not in org and "法律顾问" not in org


def test_a_guest_is_declared_once_like_any_name() -> None:
    loaded = load_text("guest 公众代表\nexternal 公众代表\n", "m.gov")
    assert [f.code for f in loaded.findings] == ["GS102"]


def test_the_snapshot_names_new_facts_only_where_a_spec_states_them() -> None:
    plain = json.loads(snapshot(_model(BODY.format(extra="")), "m.gov"))
    assert {"discusses", "ad_hoc"}.isdisjoint(plain["bodies"]["常务会议"])
    stated = BODY.format(extra="meets if needed; discusses M") + "matter M { changed only by 常务会议, its decider }\n"
    data = json.loads(snapshot(_model(stated), "m.gov"))
    body = data["bodies"]["常务会议"]
    assert body["ad_hoc"]["hedge"] == "if needed" and body["discusses"]["names"] == ["M"]
    assert data["matters"]["M"]["changes"] == [{"changers": ["常务会议"], "original": True, "citations": []}]
    assert (
        "changes" not in json.loads(snapshot(_model("matter M { may 区长 }\noffice 区长\n"), "m.gov"))["matters"]["M"]
    )


def test_changing_needs_leave_to_decide_whatever_the_unit_decides_through() -> None:
    """A body of a unit may change what the unit must decide; a unit may change what one of its bodies must decide;
    an office outside the required deciders may not."""
    spec = """office 区长
unit 区政府 head 区长
matter A {{ must 区政府; changed only by 常务会议 }}
matter B {{ must 常务会议; changed only by 区政府 }}
matter C {{ must 常务会议; changed only by {changer} }}
body 常务会议 of 区政府 {{ members 区长; convener 区长; chair 区长; quorum > 1/2; every month; decides A, B, C }}
"""
    by_office = [f.witness for f in run_checks(_model(spec.format(changer="区长"))) if f.code == "GS334"]
    assert by_office == [{"matter": "C", "changer": "区长", "statements": by_office[0]["statements"]}]
    assert not [f for f in run_checks(_model(spec.format(changer="its decider"))) if f.code == "GS334"]


def test_an_institution_with_another_body_left_may_still_decide_and_change() -> None:
    """`never` on one body of a unit leaves the unit its other bodies: no contradiction and no bar on changing."""
    spec = """office 区长
unit 区政府 head 区长
matter M { may 区政府; never 专题会议; changed only by 区政府 }
body 常务会议 of 区政府 { members 区长; convener 区长; chair 区长; quorum > 1/2; every month; decides M }
body 专题会议 of 区政府 { members 区长; convener 区长; chair 区长; quorum > 1/2; meets as needed }
"""
    assert not {"GS332", "GS334"} & {f.code for f in run_checks(_model(spec))}
    barred = spec.replace("never 专题会议", "never 专题会议, 常务会议")
    assert {"GS332", "GS334"} <= {f.code for f in run_checks(_model(barred))}


CHANGING_SPEC = """office 甲
office 乙
group 组 = 甲, 乙
unit 府 head 甲
unit 局 head 乙
body 一 of 府 {{ members 甲 }}
body 二 of 府 {{ members 甲 }}
body 三 {{ members 甲 }}
matter 上 {{ {parent} }}
matter 下 is 上 {{ {child} }}
"""
DECIDERS = st.sampled_from(["一", "二", "三", "甲", "乙", "组", "府", "局"])
CHANGERS = st.sampled_from(["一", "二", "三", "甲", "乙", "府", "局"])
ROUTING = st.tuples(st.sampled_from(["must", "may", "never"]), st.lists(DECIDERS, min_size=1, max_size=3, unique=True))


def _routing(drawn: list[tuple[str, list[str]]]) -> str:
    return "; ".join(f"{mode} {', '.join(named)}" for mode, named in drawn)


@settings(max_examples=150, deadline=None)
@given(st.lists(ROUTING, max_size=2), st.lists(ROUTING, max_size=3), CHANGERS)
def test_a_changer_is_barred_exactly_when_no_way_it_decides_meets_the_routing(
    parent: list, child: list, changer: str
) -> None:
    """The reference reads the routing as GS332 encodes it: a changer may take a decision when, for one of the ways it
    decides (a unit through one of its bodies), that way deciding alone satisfies every `must` and `never`."""
    spec = CHANGING_SPEC.format(parent=_routing(parent), child=_routing([*child, ("changed only by", [changer])]))
    model = _model(spec)
    statements = _statements(model, model.matters["下"])
    terms = [term for (_, routing, _), term in zip(statements.values(), _query(statements).facts, strict=True)
             if routing.mode != "may"]  # fmt: skip
    variables = {str(v): v for term in terms for v in z3.z3util.get_vars(term)}
    reverse = {name: variable for variable, name in _legend(_query(statements).legend).items()}

    def alone(way: str) -> bool:
        world = [(variables[v], z3.BoolVal(reverse.get(way) == v)) for v in variables]
        return all(z3.is_true(z3.simplify(z3.substitute(term, *world) if world else term)) for term in terms)

    ways = {"府": ("一", "二")}.get(changer, (changer,))  # 府 decides through its bodies; 局 has none
    barred = [f for f in run_checks(model) if f.code == "GS334" and f.witness["changer"] == changer]
    assert bool(barred) == (not any(alone(way) for way in ways))


def _legend(lines: list[str]) -> dict[str, str]:
    """The solver's variable of each decider, read from the query's legend (`d0: decided by 一`)."""
    return {line.split(":")[0]: line.split("decided by ")[1] for line in lines if ": decided by " in line}
