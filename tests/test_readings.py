"""Named readings: a finding resting on a statement that takes a reading says so, apart from its articles."""

from __future__ import annotations

from govspec.catalogue import words
from govspec.checks import run_checks
from govspec.pipeline import load_text

SPEC = """reading 代理范围从严 "第六条只写主持全面工作，具体职权按不转移理解" @第六条
office 区长 @第六条
office 常务副区长 @第六条
reports 常务副区长 -> 区长 @第七条
form 函
power 主持全面工作 of 区长 @第六条
acting 区长 -> 常务副区长 for 主持全面工作 @第六条 @代理范围从严
document 文 when form = 函 @第五十六条 { signer 区长 }
"""


def findings(text: str) -> dict[str, list]:
    model = load_text(text, "r.gov").model
    assert model is not None
    found: dict[str, list] = {}
    for f in run_checks(model):
        found.setdefault(f.code, []).append(f)
    return found


def test_a_gap_the_stand_in_rule_leaves_rests_on_its_reading():
    [gap] = findings(SPEC)["GS311"]
    assert gap.citations == ("第五十六条", "第六条")
    assert words(gap.witness["readings"], "en") == ["代理范围从严: 第六条只写主持全面工作，具体职权按不转移理解"]


def test_a_finding_the_reading_does_not_touch_says_nothing_of_it():
    found = findings(SPEC)
    assert all("readings" not in f.witness for f in found["GS404"] + found.get("GS202", []))


def test_without_the_reading_the_same_gap_is_a_property_of_the_text():
    plain = "\n".join(line for line in SPEC.splitlines()[1:]).replace(" @代理范围从严", "") + "\n"
    [gap] = findings(plain)["GS311"]
    assert "readings" not in gap.witness
