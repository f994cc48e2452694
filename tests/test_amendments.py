"""Amendment files (修正案): parsed and printed back, applied by citation, checked; and the pinned diff of each
amendment of the Penglai rules under spec/amendments/."""

from __future__ import annotations

import functools
import os
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, golden
from govspec.cli import main
from govspec.delta.diff import Diff, semantic_diff
from govspec.logic.compare import PowerChange
from govspec.model.entities import PowerKey
from govspec.options import CheckOptions
from govspec.pipeline import check_outcome, load_file
from govspec.render.diff_text import render_diff_text
from govspec.syntax.amend import DECLARATIONS, KINDS, matches
from govspec.syntax.parser import parse
from govspec.syntax.printer import format_spec
from govspec.syntax.tree import Declaration, Repeal, Target

PENGLAI = ROOT / "spec" / "penglai.gov"
AMENDMENTS = ROOT / "spec" / "amendments"
OPTIONS = CheckOptions()
DIFFS = Path(__file__).parent / "diffs"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


BASE = """office 甲 @一
office 乙 @二
form 函 @三
document 文 when form = 函 @四 { signer 甲 @四 }
acting 甲 -> 乙 for 权 @五
power 权 of 甲 @五
"""


def test_an_amendment_prints_back_as_it_parses_in_both_languages() -> None:
    for text in (
        '修正 "base.gov" 目的 "为何修改"\n修改 公文 文 @四 为 {\n  公文 文 适用 文种 = 函 @四 {\n'
        "    签发 乙 @四\n  }\n}\n删除 代理 甲 @五\n增加 @六 {\n  职务 丙 @六\n}\n",
        'amends "base.gov"\nreplace @四 with {\n  office 丁\n}\nrepeal @五\n',
    ):
        assert format_spec(parse(text, "a.gov")) == text


def test_replace_repeal_and_add_change_the_statements_they_cite(tmp_path: Path) -> None:
    write(tmp_path, "base.gov", BASE)
    amendment = write(
        tmp_path,
        "a.gov",
        'amends "base.gov"\nreplace document 文 @四 with { document 文 when form = 函 @四 { signer 乙 @四 } }\n'
        "repeal acting 甲 @五\nadd { office 丙 @六 }\n",
    )
    model = load_file(amendment).model
    assert model is not None
    assert [o.office for o in model.documents["文"].signers.options] == ["乙"]  # type: ignore[union-attr]
    assert model.actings == () and set(model.offices) == {"甲", "乙", "丙"}
    assert "权" in model.powers  # `repeal acting … @五` leaves the power that also cites @五


# One statement of each kind a target may name, the keyword a target gives it, and one of the names it is called by.
EVERY_KIND = [
    ("office 甲 @九", "office", "甲"),
    ("external 区委, 市政府 @九", "external", "市政府"),
    ("guest 公众代表, 法律顾问 @九", "guest", "法律顾问"),
    ("form 函 @九", "form", "函"),
    ("tag 紧急 @九", "tag", "紧急"),
    ("class 重大 @九", "class", "重大"),
    ("unit 区政府 head 区长 @九", "unit", "区政府"),
    ("group 领导 = 区长, 副区长 @九", "group", "领导"),
    ("power 权 of 甲 & 乙 @九", "power", "权"),
    ("matter 任免 @九", "matter", "任免"),
    ("body 常务会议 @九 { members 区长 }", "body", "常务会议"),
    ("document 文 when form = 函 @九 { signer 甲 }", "document", "文"),
    ("entrust 权 from 甲 to 乙 @九", "entrust", "权"),
    ("authorise 权 from 甲 to 乙 @九", "authorise", "权"),
    ("acting 甲 -> 乙 @九", "acting", "甲"),
    ("reports 甲 -> 乙 @九", "reports", "甲"),
    ("escalation 上报 about 任免: 甲 -> 乙 @九", "escalation", "上报"),
    ("leave 甲, 乙: 丙 @九", "leave", "乙"),
    ("route 报批: 甲 -> 乙 @九", "route", "报批"),
    ("through 办公室 before 甲 @九", "through", "办公室"),
    ("no skipping levels from 甲, 乙 @九", "no skipping levels", "乙"),
    ("no issuing as 甲, 乙 about 任免 @九", "no issuing as", "乙"),
    ("exclude 甲 from 重大 @九", "exclude", "甲"),
    ("measure 会议次数 >= 2 @九", "measure", "会议次数"),
    ("assert holder 权 @九", "assert", "权"),
    ('allow GS201 "原文如此" @九', "allow", "GS201"),
    ("reasons 出差, 病假 @九", "reasons", "病假"),
    ('reading 读法 "原文" @九', "reading", "读法"),
    ("precondition 公众参与, 合法性审查 before deciding 任免 @九", "precondition", "合法性审查"),
    ("deadline 报告 at least 3 days before @九", "deadline", "报告"),
    ("in charge 副区长 -> 办公室 @九", "in charge", "副区长"),
]


@pytest.mark.parametrize(("statement", "keyword", "name"), EVERY_KIND, ids=[k for _, k, _ in EVERY_KIND])
def test_a_target_names_a_statement_of_any_kind_by_what_it_declares_or_is_about(
    statement: str, keyword: str, name: str
) -> None:
    base = parse(statement, "base.gov").statements[0]

    def target(named: str) -> Target:
        directive = parse(f'amends "base.gov"\nrepeal {keyword} {named} @九\n', "a.gov").statements[1]
        assert isinstance(directive, Repeal)
        return directive.target

    assert matches(target(name), base) and not matches(target("无此名"), base)


def test_every_kind_of_statement_a_target_may_name_is_named_above() -> None:
    parsed = [parse(statement, "base.gov").statements[0] for statement, _, _ in EVERY_KIND]
    assert set(KINDS) <= {type(s) for s in parsed}
    assert set(DECLARATIONS) <= {s.keyword for s in parsed if isinstance(s, Declaration)}


def test_replacing_a_required_step_named_in_chinese(tmp_path: Path) -> None:
    write(
        tmp_path,
        "base.gov",
        "职务 区长\n事项 重大行政决策 { 可由 区长 }\n须经 公众参与 由 区长 方可决定 重大行政决策 @第二十三条\n",
    )
    amendment = (
        'amends "base.gov"\n修改 须经 公众参与 @第二十三条 为 {\n'
        "  须经 专家论证 由 区长 方可决定 重大行政决策 @第二十三条\n}\n"
    )
    outcome = load_file(write(tmp_path, "a.gov", amendment))
    assert outcome.model is not None and outcome.findings == ()
    assert [p.steps for p in outcome.model.preconditions] == [("专家论证",)]


def test_an_amendment_of_an_amendment_applies_both(tmp_path: Path) -> None:
    write(tmp_path, "base.gov", BASE)
    write(tmp_path, "first.gov", 'amends "base.gov"\nrepeal acting 甲 @五\n')
    model = load_file(write(tmp_path, "second.gov", 'amends "first.gov"\noffice 丙 @六\n')).model
    assert model is not None and model.actings == () and "丙" in model.offices


def test_a_target_nothing_cites_is_an_error_and_the_rest_still_applies(tmp_path: Path) -> None:
    write(tmp_path, "base.gov", BASE)
    outcome = load_file(write(tmp_path, "a.gov", 'amends "base.gov"\nrepeal body 文 @四\nrepeal acting 甲 @五\n'))
    assert [f.code for f in outcome.findings] == ["GS110"]
    assert outcome.model is not None and outcome.model.actings == ()


def test_an_amendment_that_amends_itself_or_a_missing_base_is_unreadable(tmp_path: Path) -> None:
    write(tmp_path, "one.gov", 'amends "two.gov"\n')
    loop = load_file(write(tmp_path, "two.gov", 'amends "one.gov"\n'))
    assert loop.unreadable and [f.code for f in loop.findings] == ["GS110"]
    missing = load_file(write(tmp_path, "three.gov", 'amends "nowhere.gov"\n'))
    assert missing.unreadable and [f.code for f in missing.findings] == ["GS001"]
    folder = load_file(write(tmp_path, "four.gov", 'amends "."\n'))
    assert folder.unreadable and [f.code for f in folder.findings] == ["GS110"]
    too_long = load_file(write(tmp_path, "five.gov", f'amends "{"长" * 400}.gov"\n'))
    assert too_long.unreadable and [f.code for f in too_long.findings] == ["GS001"]
    longer_than_any_path = "/".join(["长" * 80] * 40)  # each name allowed, the whole path beyond PATH_MAX
    six = write(tmp_path, "six.gov", f'amends "{longer_than_any_path}.gov"\n')
    assert [f.code for f in load_file(six).findings] == ["GS001"]
    assert main(["diff", str(six), str(six)]) == 2


def test_a_directive_outside_an_amendment_is_an_error(tmp_path: Path) -> None:
    outcome = load_file(write(tmp_path, "plain.gov", BASE + "repeal @五\n"))
    assert [f.code for f in outcome.findings] == ["GS110"]
    assert outcome.model is not None and len(outcome.model.actings) == 1


def test_check_reads_the_base_and_the_amended_rules(capsys: pytest.CaptureFixture[str]) -> None:
    amendment = AMENDMENTS / "quorum-two-thirds.gov"
    assert main(["check", str(PENGLAI), str(amendment), "--only", "GS302", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "(> 1/2 of them)" in out and "(>= 2/3 of them)" in out


@functools.cache
def penglai_diff(name: str) -> Diff:
    """The diff of the Penglai rules and one amendment, with paths relative to the repository, as the README shows."""
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        old = check_outcome(load_file(PENGLAI.relative_to(ROOT)), OPTIONS)
        new = check_outcome(load_file((AMENDMENTS / name).relative_to(ROOT)), OPTIONS)
        return semantic_diff(old, new, OPTIONS)
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("path", sorted(AMENDMENTS.glob("*.gov")), ids=lambda p: p.stem)
def test_the_diff_of_each_amendment_reads_as_recorded(path: Path) -> None:
    """The whole report, in both languages, under tests/diffs/ by the amendment's name."""
    diff = penglai_diff(path.name)
    for lang in ("en", "zh"):
        golden(DIFFS / f"{path.stem}.{lang}.txt", render_diff_text(diff, lang))


def only_power(diff: Diff) -> PowerChange:
    assert len(diff.powers) == 1
    return diff.powers[0]


def test_every_amendment_says_what_it_intends() -> None:
    files = sorted(AMENDMENTS.glob("*.gov"))
    assert len(files) >= 6
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(("修正 ", "amends ")) and (" 目的 " in first or " purpose " in first), path


def test_raising_the_standing_meeting_quorum_to_two_thirds() -> None:
    diff = penglai_diff("quorum-two-thirds.gov")
    assert diff.powers == () and diff.edges == () and diff.proofs == ()
    flips = [(f.due, f.present, f.before) for f in diff.quorum]
    assert flips[:3] == [(5, 3, True), (7, 4, True), (8, 5, True)]
    assert {f.body for f in diff.quorum} == {"区政府常务会议"}
    assert [f.code for f in diff.new_findings] == ["GS302"] and not diff.worse


def test_the_office_director_signing_appointments_by_authorisation() -> None:
    diff = penglai_diff("director-signs-appointments.gov")
    change = only_power(diff)
    assert change.power == PowerKey("sign", "任免公文") and change.relation == "broader"
    assert change.before == ("区长",) and change.after == ("区政府办公室主任", "区长")
    (shift,) = change.shifts
    assert shift.actor == "区政府办公室主任" and shift.gained is not None and shift.lost is None
    verdicts = {p.name: (p.before and p.before.verdict, p.after and p.after.verdict) for p in diff.proofs}
    assert verdicts["GS311-signer-任免公文"] == ("fails", "hinges")
    assert verdicts["GS312-overlap-任免公文-议案及规范性文件"] == (None, "fails")
    assert diff.worse  # a new overlap of signers: a document both 任免 and 规范性文件 now has two signer rules


def test_dropping_the_standing_in_of_article_six() -> None:
    diff = penglai_diff("drop-standing-in.gov")
    change = only_power(diff)
    assert change.power == PowerKey("named", "主持区政府全面工作") and change.relation == "narrower"
    (shift,) = change.shifts
    assert shift.actor == "常务副区长" and shift.lost is not None
    assert shift.lost.scenario.away["区长"] == 1 and shift.lost.after == ()
    assert [(e.table, e.change) for e in diff.entries] == [("actings", "removed")]
    assert "GS902" in {f.code for f in diff.new_findings}  # the reading 代理范围从严 now rests on nothing
    # The assertion of 第六条 fails before and after, for another reason now: the same finding, and nothing worse.
    assert "GS351" not in {f.code for f in (*diff.new_findings, *diff.fixed_findings)}
    assert not diff.worse


def test_an_escalation_step_that_loops_back() -> None:
    diff = penglai_diff("escalation-loop.gov")
    assert diff.powers == () and diff.quorum == ()
    assert [(e.source, e.target, e.added) for e in diff.edges] == [("区长", "区政府各部门", True)]
    introduced, fixed = diff.chain_findings
    assert [f.code for f in introduced] == ["GS401"] and fixed == ()
    assert diff.worse


def test_a_coordination_body_with_the_audit_bureau_as_member() -> None:
    diff = penglai_diff("audit-in-coordination-body.gov")
    assert {(c.power.kind, c.relation) for c in diff.powers} == {("convene", "broader"), ("chair", "broader")}
    assert all(c.before == () and c.after == ("常务副区长",) for c in diff.powers)
    assert "GS341" in {f.code for f in diff.new_findings}  # 第九条: the audit bureau must stay out of such bodies
    assert diff.worse


def test_a_reword_has_no_semantic_change() -> None:
    diff = penglai_diff("reword-mayor-meeting.gov")
    assert diff.empty and not diff.worse


def test_diff_exit_codes_and_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(PENGLAI), str(AMENDMENTS / "reword-mayor-meeting.gov"), "--lang", "en"]) == 0
    assert "no semantic change" in capsys.readouterr().out
    assert main(["diff", str(PENGLAI), str(AMENDMENTS / "escalation-loop.gov"), "--format", "markdown"]) == 1
    markdown = capsys.readouterr().out
    assert markdown.startswith("### ") and "#### 链条" in markdown
    assert main(["diff", str(PENGLAI), str(AMENDMENTS / "quorum-two-thirds.gov"), "--format", "json"]) == 0
    assert '"present": 3' in capsys.readouterr().out
    broken = write(tmp_path, "broken.gov", "office {\n")
    assert main(["diff", str(PENGLAI), str(broken)]) == 2
    assert main(["diff", str(PENGLAI)]) == 2


def test_diff_against_a_git_revision(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write(tmp_path, "rules.gov", BASE)

    def git(*words: str) -> None:
        subprocess.run(["git", "-C", str(tmp_path), *words], check=True, capture_output=True)

    git("init", "-q")
    git("add", "rules.gov")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "rules")
    spec.write_text(BASE.replace("acting 甲 -> 乙 for 权 @五\n", ""), encoding="utf-8")
    # With the stand-in gone, "someone holds 权 while 甲 is away" held and now fails: worse.
    assert main(["diff", "--git", "HEAD", str(spec), "--format", "json"]) == 1
    out = capsys.readouterr().out
    assert '"relation": "narrower"' in out and '"office": "乙"' in out
    assert main(["diff", "--git", "no-such-revision", str(spec)]) == 2


def test_the_api_diffs_two_versions(tmp_path: Path) -> None:
    import govspec

    assert govspec.diff(PENGLAI, AMENDMENTS / "reword-mayor-meeting.gov").empty
    with pytest.raises(govspec.UnreadableInput):
        govspec.diff(PENGLAI, write(tmp_path, "broken.gov", "office {\n"))


RULES = """office 甲 @一
office 乙 @二
office 丙 @三
form 函 @四
document 文一 when form = 函 @五 { signer 甲 @五 }
document 文二 when form = 函 @六 { signer 乙 @六 }
document 文三 when form = 函 @七 { signer 丙 @七 }
"""


def test_moving_a_statement_is_no_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Three signer rules that meet (one GS312 finding naming all three): moving one up changes nothing."""
    lines = RULES.splitlines(keepends=True)
    moved = "".join([*lines[:4], lines[6], *lines[4:6]])
    old, new = write(tmp_path, "old.gov", RULES), write(tmp_path, "new.gov", moved)
    assert main(["diff", str(old), str(new), "--lang", "en"]) == 0
    assert "no semantic change" in capsys.readouterr().out


def test_a_finding_reworded_in_another_order_is_the_same_finding() -> None:
    from govspec.catalogue import names, say
    from govspec.delta.parts import matched
    from govspec.diagnostics import Finding, Severity

    def overlap(*rules: str) -> Finding:
        return Finding("GS312", Severity.ERROR, say("GS312.group", rules=names(rules, "and")))

    new, fixed, same = matched([overlap("甲", "乙", "丙")], [overlap("丙", "甲", "乙")])
    assert (new, fixed, len(same)) == ((), (), 1)
    new, fixed, same = matched([overlap("甲", "乙", "丙")], [overlap("甲", "乙", "丁")])
    assert [len(new), len(fixed), len(same)] == [1, 1, 0]


def test_a_proof_that_moves_to_another_check_is_one_property() -> None:
    """Two rules that named the same signers (GS314) now name different ones (GS312): the same overlap, proved."""
    from govspec.catalogue import say
    from govspec.delta.parts import proof_changes
    from govspec.diagnostics import Property, Span

    def overlap(code: str, verdict: str) -> Property:
        statement = say("proof.overlap", first="甲", second="乙")
        return Property(f"{code}-overlap-甲-乙", code, statement, Span("a.gov", 1, 1, 1, 2), (), verdict)

    assert proof_changes([overlap("GS314", "holds")], [overlap("GS312", "holds")]) == ()
    (change,) = proof_changes([overlap("GS314", "holds")], [overlap("GS312", "fails")])
    assert change.before is not None and change.after is not None and change.worse
    verdicts = {p.name: (p.before and p.before.verdict) for p in penglai_diff("director-signs-appointments.gov").proofs}
    assert not any("区政府其他公文" in name for name in verdicts)


def git_repository(folder: Path, files: dict[str, str]) -> None:
    """A git repository in `folder` with `files` committed."""
    folder.mkdir(exist_ok=True)

    def git(*words: str) -> None:
        subprocess.run(["git", "-C", str(folder), *words], check=True, capture_output=True)

    for name, text in files.items():
        write(folder, name, text)
    git("init", "-q")
    git("add", *files)
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "rules")


def test_diff_at_a_git_revision_reads_an_amendments_bases_at_that_revision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only the base changed since the revision: the amendment then and now amend different rules."""
    one = 'amends "rules.gov"\noffice 丙 @六\n'
    git_repository(tmp_path, {"rules.gov": BASE, "one.gov": one, "two.gov": 'amends "one.gov"\noffice 丁 @七\n'})
    write(tmp_path, "rules.gov", BASE.replace("acting 甲 -> 乙 for 权 @五\n", ""))
    for amendment in ("one.gov", "two.gov"):
        assert main(["diff", "--git", "HEAD", str(tmp_path / amendment), "--format", "json"]) == 1
        assert '"relation": "narrower"' in capsys.readouterr().out
    git_repository(tmp_path / "later", {"late.gov": 'amends "rules.gov"\n'})
    write(tmp_path / "later", "rules.gov", BASE)  # on disk, but not at the revision
    assert main(["diff", "--git", "HEAD", str(tmp_path / "later" / "late.gov"), "--lang", "en"]) == 2
    assert "rules.gov@HEAD:1:1: error GS001 cannot read the file" in capsys.readouterr().out


def test_diff_speaks_chinese_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(PENGLAI), "--lang", "zh"]) == 2
    assert "请给出两个规则文件" in capsys.readouterr().err
    assert main(["diff", "--git", "HEAD", str(PENGLAI), str(PENGLAI), "--lang", "zh"]) == 2
    assert "只接受一个规则文件" in capsys.readouterr().err
    assert main(["diff", "--git", "no-such-revision", str(PENGLAI), "--lang", "zh"]) == 2
    assert "无法读取" in capsys.readouterr().err
    old = write(tmp_path, "old.gov", BASE)
    new = write(tmp_path, "new.gov", BASE + "entrust sign 文 from 甲 to 乙 @六\n")
    assert main(["diff", str(old), str(new), "--lang", "zh"]) == 0
    assert "新增委托授权“签发“文”公文的权限：甲 -> 乙”" in capsys.readouterr().out
