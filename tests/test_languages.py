"""Two keyword sets: the same rules written with Chinese and with English keywords give equal models."""

from __future__ import annotations

from conftest import ROOT
from govspec.model.entities import Model
from govspec.pipeline import load_file, load_text
from govspec.syntax.parser import parse
from govspec.syntax.printer import format_spec

DATA = ROOT / "tests" / "data"


def test_chinese_and_english_keywords_resolve_to_equal_models() -> None:
    chinese, english = load_file(DATA / "bilingual-zh.gov"), load_file(DATA / "bilingual-en.gov")
    assert chinese.findings == english.findings == ()
    assert chinese.model is not None and chinese.model == english.model


def test_the_pair_covers_every_kind_of_statement() -> None:
    tree = load_file(DATA / "bilingual-en.gov").tree
    assert tree is not None
    kinds = {type(s).__name__ for s in tree.statements}
    assert kinds >= {
        "Header", "Office", "Declaration", "Unit", "Group", "Power", "Matter", "Body", "Document", "Delegation",
        "Acting", "Reports", "Escalation", "Leave", "Route", "Mandatory", "Separation", "Measure", "Assertion", "Allow",
        "Reasons", "Reading", "NoSkipping", "IssuingBan", "Precondition", "Deadline", "Charge",
    }  # fmt: skip


def test_fmt_keeps_each_statement_in_its_own_language() -> None:
    mixed = "office 区长\n职务 副区长 人数 1..\nreports 副区长 -> 区长\n隶属 区长 -> 区委\nexternal 区委\n"
    assert format_spec(parse(mixed, "mixed.gov")) == mixed


def test_spans_and_layout_do_not_change_the_model() -> None:
    compact = "office 区长; unit 区政府 head 区长\n"
    spread = "# 注释\noffice   区长\n\n\nunit 区政府\n   head 区长   @第六条\n"
    a, b = model_of(compact), model_of(spread)
    assert a.offices == b.offices
    assert a.units["区政府"].head == b.units["区政府"].head


def model_of(text: str) -> Model:
    model = load_text(text, "t.gov").model
    assert model is not None
    return model
