"""Vote thresholds: the solver, the counting shortcut and a brute-force oracle agree on whether a quorate meeting can
always pass a decision (GS304); shares written in words read as the fractions they name."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from govspec.catalogue import text
from govspec.diagnostics import UnreadableInput
from govspec.logic.oracle import Oracle
from govspec.logic.scenario import Staffing
from govspec.logic.solve import Holds, Prover, Refuted
from govspec.logic.voting import Unpassable, least_unpassable
from govspec.model.entities import Quorum, Vote
from govspec.pipeline import load_text
from govspec.syntax.parser import parse
from govspec.syntax.printer import format_spec

SHARES = ("> 1/2", ">= 1/2", ">= 2/3", "> 1/3", ">= 1/3", "majority", "1/2 or more", "2/3 or more", ">= 1/1")
VOTERS = ("all members", "those present")
COUNTS = ("", " count 1", " count 0..1", " count 1..2", " count 2", " count 0..3", " count 1..", " count 0..")
CAP = 12  # twice the least common multiple of the denominators above: past it no first failure lies (see voting.py)


@st.composite
def specs(draw: st.DrawFn) -> str:
    """Two offices, perhaps a kind of the first (so the solver, not counting, answers), one body over them."""
    lines = [f"office 甲{draw(st.sampled_from(COUNTS))}", f"office 乙{draw(st.sampled_from(COUNTS[:6]))}"]
    members = ["甲", "乙"] if draw(st.booleans()) else ["甲"]
    if draw(st.booleans()):
        lines.append(f"office 丙 is 甲{draw(st.sampled_from(COUNTS[:4]))}")
    quorum, share, voters = (draw(st.sampled_from(options)) for options in (SHARES, SHARES, VOTERS))
    lines.append(f"body 会 {{ members {', '.join(members)}; quorum {quorum}; passes {share} of {voters} }}")
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(specs())
def test_unpassable_agrees_with_oracle(text: str) -> None:
    outcome = load_text(text, "random.gov")
    assume(outcome.model is not None)
    assert outcome.model is not None
    model = outcome.model
    oracle, body = Oracle(model), model.bodies["会"]
    situations = list(oracle.scenarios(None, CAP))
    assume(situations)
    for dissent in (0, 1):
        instance = Unpassable(Staffing.of(model), body, oracle, dissent)
        fails = any(instance.replay(s) for s in situations)
        verdict = Prover(timeout=30).decide(instance.query())
        assert isinstance(verdict, Refuted) == fails, f"solver {verdict}, oracle fails: {fails}, dissent {dissent}"
        settled = instance.settle()
        if settled is not None:
            assert isinstance(settled, Refuted) == fails, f"counting {settled}, oracle fails: {fails}"
            if isinstance(settled, Refuted):
                assert instance.replay(settled.witness)


def _share_met(op: str, numerator: int, denominator: int, part: int, whole: int) -> bool:
    """part op numerator/denominator of whole, as exact fractions (a whole of none meets `>=` only)."""
    if whole == 0:
        return op == ">="
    share, threshold = Fraction(part, whole), Fraction(numerator, denominator)
    return share > threshold if op == ">" else share >= threshold


def _fails(quorum: Quorum, vote: Vote, due: int, dissent: int) -> int | None:
    """Brute force: the fewest members present at a quorate meeting of `due` that fails to pass with all present but
    `dissent` voting yes, if any."""
    for present in range(dissent, due + 1):
        if not _share_met(quorum.op, quorum.numerator, quorum.denominator, present, due):
            continue
        whole = due if vote.voters == "members" else present
        if not _share_met(vote.op, vote.numerator, vote.denominator, present - dissent, whole):
            return present
    return None


fractions = st.tuples(st.integers(0, 5), st.integers(1, 5)).filter(lambda f: f[0] <= f[1])


@settings(max_examples=150, deadline=None)
@given(
    fractions,
    st.sampled_from([">", ">="]),
    fractions,
    st.sampled_from([">", ">="]),
    st.sampled_from(VOTERS[:1] * 3 + ("p",)),
)
def test_counting_finds_the_least_members_due_a_brute_force_finds(
    q: tuple[int, int], q_op: str, v: tuple[int, int], v_op: str, voters: str
) -> None:
    assume(not (q_op == ">" and q[0] == q[1]) and not (v_op == ">" and v[0] == v[1]))
    quorum, vote = Quorum(q_op, *q), Vote(v_op, *v, "members" if voters != "p" else "present")
    for (low, high), dissent in itertools.product(((0, 30), (3, None), (1, 1), (5, 12)), (0, 1)):
        found = least_unpassable(quorum, vote, low, high, dissent)
        top = high if high is not None else low + 120  # a first failure lies a few periods (of at most 20) in
        failing = ((d, _fails(quorum, vote, d, dissent)) for d in range(low, top + 1))
        brute = next(((d, p) for d, p in failing if p is not None), None)
        assert found == brute, (quorum, vote, low, high, dissent)


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("会议 B { 法定人数 过半数 }", (">", 1, 2)),
        ("会议 B { 法定人数 半数以上 }", (">=", 1, 2)),
        ("会议 B { 法定人数 三分之二以上 }", (">=", 2, 3)),
        ("会议 B { 法定人数 超过 三分之二 }", (">", 2, 3)),
        ("会议 B { 法定人数 不少于 十分之一 }", (">=", 1, 10)),
        ("会议 B { 法定人数 二十五分之十一以上 }", (">=", 11, 25)),
        ("body B { quorum majority }", (">", 1, 2)),
        ("body B { quorum 2/3 or more }", (">=", 2, 3)),
    ],
)
def test_shares_in_words_are_the_fractions_they_name(text: str, share: tuple[str, int, int]) -> None:
    (body,) = parse(text).statements
    (quorum,) = body.clauses  # type: ignore[attr-defined]
    assert (quorum.op, quorum.numerator, quorum.denominator) == share


def test_whose_votes_count_in_either_order_and_language() -> None:
    english = parse("body B { passes 2/3 or more of those present }").statements[0]
    chinese = parse("会议 B { 通过 出席会议人员 三分之二以上 }").statements[0]
    assert english == chinese
    (vote,) = english.clauses  # type: ignore[attr-defined]
    assert (vote.op, vote.numerator, vote.denominator, vote.voters) == (">=", 2, 3, "present")


@pytest.mark.parametrize(
    "text",
    [
        "会议 B {\n  法定人数 过半数\n  通过 全体组成人员 三分之二以上\n}\n",
        "会议 B {\n  法定人数 超过 1/2\n  通过 出席人员 半数以上\n}\n",
        "body B {\n  quorum majority\n  passes 2/3 or more of all members\n}\n",
        "body B {\n  quorum >= 三分之二\n  passes > 1/2 of those present\n}\n",
    ],
)
def test_fmt_keeps_the_wording_of_a_share(text: str) -> None:
    assert format_spec(parse(text)) == text


@pytest.mark.parametrize("example", ["body B { quorum half }", "会议 B { 法定人数 一半 }"])
def test_the_quorum_syntax_help_names_only_what_a_quorum_accepts(example: str) -> None:
    with pytest.raises(UnreadableInput) as raised:
        parse(example)
    found = raised.value.findings[0]
    assert found.code == "GS012" and found.help is not None
    english, chinese = text(found.help, "en"), text(found.help, "zh")
    assert all(word in english for word in ("> 1/2", ">= 2/3", "majority", "or more")) and "<" not in english
    assert all(word in chinese for word in ("超过", "不少于", "过半数", "以上"))
    assert not any(word in chinese.replace("不少于", "") for word in ("少于", "不超过", "等于"))


def test_the_solver_answers_where_kinds_of_offices_leave_counting_out() -> None:
    """常务副区长 is a 副区长: counting steps aside, the solver finds the quorate meeting that cannot pass."""
    model = load_text(
        "office 区长\noffice 副区长 count 1..3\noffice 常务副区长 is 副区长\n"
        "body 会 { members 区长, 副区长; quorum 1/2 or more; passes majority of all members }\n",
        "kinds.gov",
    ).model
    assert model is not None
    instance = Unpassable(Staffing.of(model), model.bodies["会"], Oracle(model))
    assert instance.settle() is None
    verdict = Prover(timeout=30).decide(instance.query())
    assert isinstance(verdict, Refuted) and instance.replay(verdict.witness)
    holds = load_text(
        "office 区长\noffice 副区长 count 1..3\noffice 常务副区长 is 副区长\n"
        "body 会 { members 区长, 副区长; quorum majority; passes majority of all members }\n",
        "kinds.gov",
    ).model
    assert holds is not None
    verdict = Prover(timeout=30).decide(Unpassable(Staffing.of(holds), holds.bodies["会"], Oracle(holds)).query())
    assert isinstance(verdict, Holds)
