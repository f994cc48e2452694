"""The report: findings gathered by cause into headlines, the summary first, identities that survive line moves,
and the options that choose what is shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import golden
from govspec.catalogue import text
from govspec.cli import main
from govspec.identity import group_id
from govspec.options import CheckOptions
from govspec.pipeline import check_outcome, load_text
from govspec.render.headlines import headlines
from govspec.render.text import render_report

REPORTS = Path(__file__).parent / "reports"
ONE_CAUSE = REPORTS / "one-cause.gov"


def fingerprints(findings) -> list[str]:
    return [f.fingerprint for f in findings]


def outcome_of(text: str, file: str = "spec.gov"):
    return check_outcome(load_text(text, file), CheckOptions())


def test_findings_of_one_cause_make_one_headline_at_the_cause() -> None:
    outcome = outcome_of(ONE_CAUSE.read_text(encoding="utf-8"))
    [first, *rest] = headlines(outcome.findings)
    acting = next(n for n, line in enumerate(ONE_CAUSE.read_text("utf-8").splitlines(), 1) if line.startswith("代理"))
    assert first.spans[0].line == acting
    assert first.citations == ("第三条",)
    assert {f.code for f in first.findings} == {"GS311", "GS324", "GS351"}
    assert len(first.findings) == 15
    # One entry per document kind: the stand-in check and the assertion say the same as the signer check.
    assert len(first.entries) == 5
    assert all(e.finding.code == "GS311" and {f.code for f in e.folded} == {"GS324", "GS351"} for e in first.entries)
    assert all(len(h.findings) == 1 for h in rest)
    text = render_report(outcome.findings, {outcome.file: outcome.text}, {}, "zh")
    for kind in "甲乙丙丁戊":
        assert f"签发“{kind}类”公文的权限" in text.split("\n[2]")[0]


@pytest.mark.parametrize(("lang", "verbose"), [("zh", False), ("en", True)])
def test_the_report_reads_as_its_golden(lang: str, verbose: bool) -> None:
    outcome = outcome_of(ONE_CAUSE.read_text(encoding="utf-8"), "one-cause.gov")
    report = render_report(
        outcome.findings, {outcome.file: outcome.text}, {outcome.file: outcome.tally}, lang, verbose=verbose
    )
    golden(REPORTS / f"one-cause.{lang}{'.verbose' if verbose else ''}.expected", report)


def test_the_summary_comes_first_and_errors_lead() -> None:
    outcome = outcome_of(ONE_CAUSE.read_text(encoding="utf-8"))
    report = render_report(outcome.findings, {outcome.file: outcome.text}, {outcome.file: outcome.tally}, "en")
    lines = report.splitlines()
    assert lines[0].startswith("spec.gov: 10 error(s), 14 warning(s), 0 note(s), under 10 headline(s)")
    assert "properties proved 1, refuted 15" in lines[1] and "up to 1 office holder" in lines[1]
    severities = [h.severity.value for h in headlines(outcome.findings)]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)


def test_headlines_with_more_findings_come_first_within_a_severity() -> None:
    spec = (
        "office 甲 @一\noffice 乙 @二\nmatter 事一\nmatter 事二\nmatter 事三\n"
        "acting 甲 -> 乙 for 职 @三\npower 职 of 甲 @一\noffice 丙 @四\n"
        "document 文一 when subject = 事一 @五 { signer 甲 }\n"
        "document 文二 when subject = 事二 @五 { signer 甲 }\n"
        "document 文三 when subject = 事三 @五 { signer 丙 }\n"
    )
    made = [h for h in headlines(outcome_of(spec).findings) if h.severity.value == "error"]
    assert [len(h.findings) for h in made] == sorted((len(h.findings) for h in made), reverse=True)
    assert made[0].spans[0].line == 6  # the acting rule of 甲, carrying both of 甲's documents


def test_identities_survive_lines_moving_and_change_with_the_rules() -> None:
    text = ONE_CAUSE.read_text(encoding="utf-8")
    before = outcome_of(text).findings
    moved = outcome_of("# a comment that moves every line\n\n" + text).findings
    assert fingerprints(before) == fingerprints(moved)
    assert list(map(group_id, before)) == list(map(group_id, moved))
    assert [f.locations[0].line + 2 for f in before] == [f.locations[0].line for f in moved]
    changed = set(fingerprints(outcome_of(text.replace("签发 首长 }", "签发 首长 | 秘书长 }", 1)).findings))
    gone = [f for f in before if f.fingerprint not in changed]
    assert {f.code for f in gone} == {"GS311", "GS324", "GS351"} and all("甲类" in f.message for f in gone)


@pytest.mark.parametrize(
    "case", ["GS401/fires/escalation_cycle.gov", "GS407/fires/sender_not_named.gov", "GS102/fires/declared-twice.gov"]
)
def test_identities_of_findings_that_name_lines_survive_lines_moving(case: str) -> None:
    path = Path(__file__).parent / "cases" / case
    text = path.read_text(encoding="utf-8")
    before, moved = outcome_of(text).findings, outcome_of("\n\n" + text).findings
    assert fingerprints(before) == fingerprints(moved)


def test_specs_are_never_merged_and_repeated_findings_are_told_apart() -> None:
    text = ONE_CAUSE.read_text(encoding="utf-8")
    both = outcome_of(text, "a.gov").findings + outcome_of(text, "b.gov").findings
    made = headlines(both)
    assert len(made) == 20 and all(len({s.file for f in h.findings for s in f.locations[:1]}) == 1 for h in made)
    twice = outcome_of('office 甲\noffice 乙\nallow GS201 "x"\nallow GS201 "x"\n').findings
    unused = [f.fingerprint for f in twice if f.code == "GS901"]
    assert len(unused) == 2 and len(set(unused)) == 2
    assert len(set(fingerprints(both))) == len(both)


def write(tmp_path: Path, text: str, name: str = "spec.gov") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_only_severity_and_fail_on_choose_what_is_shown_and_what_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = str(write(tmp_path, ONE_CAUSE.read_text(encoding="utf-8")))
    assert main(["check", spec, "--only", "GS408", "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)["findings"]
    assert {f["code"] for f in shown} == {"GS408"} and len(shown) == 5
    assert main(["check", spec, "--only", "GS408", "--fail-on", "warning"]) == 1
    capsys.readouterr()
    assert main(["check", spec, "--severity", "error", "--format", "json"]) == 1
    assert {f["severity"] for f in json.loads(capsys.readouterr().out)["findings"]} == {"error"}
    assert main(["check", spec, "--summary", "--lang", "en"]) == 1
    assert len(capsys.readouterr().out.splitlines()) == 2
    with pytest.raises(SystemExit) as raised:
        main(["check", spec, "--only", "nonsense"])
    assert raised.value.code == 2


def test_what_is_shown_does_not_decide_what_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warnings_only = write(
        tmp_path, "office 区长 @第六条\nbody 全体会议 @第四十条 { members 区长; convener 区长; chair 区长 }\n"
    )
    assert main(["check", str(warnings_only), "--severity", "error", "--fail-on", "warning"]) == 1
    capsys.readouterr()
    unresolved = write(tmp_path, "office 区长\nbody 会 { members 付区长 }\n", "bad.gov")
    assert main(["check", str(unresolved), "--only", "GS311", "--format", "json"]) == 1
    shown = json.loads(capsys.readouterr().out)
    assert [f["code"] for f in shown["findings"]] == ["GS101"] and shown["summary"]["files"] == [str(unresolved)]


def test_a_baseline_that_cannot_be_written_or_stdin_read_twice_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write(tmp_path, ONE_CAUSE.read_text(encoding="utf-8"))
    assert main(["check", str(spec), "--write-baseline", str(tmp_path)]) == 2
    assert "cannot write the baseline" in capsys.readouterr().err
    assert main(["check", "-", "-"]) == 2
    assert "only once" in capsys.readouterr().err


def test_a_baseline_fails_only_on_what_is_new(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ONE_CAUSE.read_text(encoding="utf-8")
    spec, baseline = write(tmp_path, text), tmp_path / "baseline.json"
    assert main(["check", str(spec), "--write-baseline", str(baseline)]) == 0
    recorded = json.loads(baseline.read_text(encoding="utf-8"))["fingerprints"]
    assert len(recorded) == 24
    capsys.readouterr()
    write(tmp_path, "# moved\n" + text)
    assert main(["check", str(spec), "--baseline", str(baseline), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
    write(tmp_path, text + "公文 己类 适用 事由 = 甲事 @第十条 { 签发 秘书长 }\n")
    assert main(["check", str(spec), "--baseline", str(baseline), "--format", "json"]) == 1
    new = json.loads(capsys.readouterr().out)["findings"]
    assert {f["code"] for f in new} >= {"GS312"} and all(f["fingerprint"] not in recorded for f in new)
    baseline.write_text("not json", encoding="utf-8")
    assert main(["check", str(spec), "--baseline", str(baseline)]) == 2
    assert "cannot read the baseline" in capsys.readouterr().err


def test_a_spec_is_read_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ONE_CAUSE.read_bytes())))
    assert main(["check", "-", "--format", "json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["summary"]["files"] == ["<stdin>"] and out["summary"]["errors"] == 10


def test_progress_is_silent_when_standard_error_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(write(tmp_path, ONE_CAUSE.read_text(encoding="utf-8")))])
    assert capsys.readouterr().err == ""


def test_progress_speaks_to_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    main(["check", str(write(tmp_path, ONE_CAUSE.read_text(encoding="utf-8")))])
    assert "checking" in capsys.readouterr().err


def test_explain_shows_what_a_check_proves_and_its_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "gs311"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("GS311 signer-can-be-absent (error)") and "Fires:" in out
    assert "fires (tests/cases/GS311/fires/" in out and "passes (tests/cases/GS311/passes/" in out
    assert main(["explain", "GS999"]) == 2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out.startswith("govspec ")


CAUSES = REPORTS / "causes"


@pytest.mark.parametrize(
    ("case", "kind", "line"),
    [
        ("stand-in-away.gov", "stand_in_away", 9),
        ("cosigning-needs-an-unscoped-stand-in.gov", "stand_in_unscoped", 9),
        ("reason-not-covered.gov", "reason", 6),
        ("reviewer-away.gov", None, None),
    ],
)
def test_an_absence_is_blamed_on_what_would_fix_it(case: str, kind: str | None, line: int | None) -> None:
    text = (CAUSES / case).read_text(encoding="utf-8")
    findings = check_outcome(load_text(text, case), CheckOptions(absence_depth=2)).findings
    absence = [f for f in findings if f.code in ("GS311", "GS313", "GS324", "GS303")]
    assert absence
    if kind is None:
        assert all(f.cause is None for f in absence if f.code == "GS311")  # the signer is at work; its reviewer is not
        return
    caused = [f for f in absence if f.cause is not None and f.cause.kind == kind]
    assert caused and all(f.cause.spans[0].line == line for f in caused)


def test_a_baseline_knows_a_repeated_finding_from_the_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "office 甲 @第一条\noffice 乙 @第二条\nform 函\ndocument 文 when form = 函 @第三条 { signer 甲 }\n"
    assertion = "assert signer all @第四条\n"
    spec, baseline = write(tmp_path, text + assertion), tmp_path / "baseline.json"
    assert main(["check", str(spec), "--write-baseline", str(baseline)]) == 0
    write(tmp_path, text + assertion + assertion)
    capsys.readouterr()
    assert main(["check", str(spec), "--baseline", str(baseline), "--format", "json"]) == 1
    [new] = json.loads(capsys.readouterr().out)["findings"]
    recorded = json.loads(baseline.read_text(encoding="utf-8"))["fingerprints"]
    assert new["code"] == "GS351" and new["locations"][0]["line"] == 6 and new["fingerprint"] not in recorded


def test_one_statement_is_one_headline_whatever_gaps_it_leaves() -> None:
    """The stand-in rule passes 甲类 only on trips and 乙类 never: two gaps, one statement to edit, one headline whose
    help says what to do about each."""
    spec = (
        "reasons 出差 @第一条\noffice 首长 @第一条\noffice 副首长 @第二条\nmatter 甲事\nmatter 乙事\n"
        "document 甲类 when subject = 甲事 @第三条 { signer 首长 }\n"
        "document 乙类 when subject = 乙事 @第四条 { signer 首长 }\n"
        "acting 首长 -> 副首长 for sign 甲类 when 出差 @第五条\n"
    )
    findings = outcome_of(spec).findings
    kinds = {f.cause.kind for f in findings if f.cause}
    assert kinds == {"stand_in", "reason"}
    made = [h for h in headlines(findings) if any(f.cause for f in h.findings)]
    [headline] = made
    assert [s.line for s in headline.spans] == [8]
    advice = text(headline.help, "en")
    assert "also holds the power to sign '乙类' documents" in advice
    assert "while '首长' is away for other reasons" in advice and "'甲类'" in advice


def test_one_unstated_division_of_work_is_one_headline() -> None:
    """Two rules co-signed by the 副区长 in charge and a route to the one in charge, with nothing saying who of them is
    in charge of what: one silence, one statement of the division of work to write, one headline naming each
    subject it leaves without one in charge. The 主任 in charge of another route is another silence."""
    spec = (
        'rules "r"\noffice 区长 @一\noffice 副区长 count 2.. @二\noffice 主任 count 2.. @三\nunit 区政府各部门 @四\n'
        "matter 人事\nmatter 财务\n"
        "document 甲文 when subject = 人事 { signer 区长; cosigners in charge 副区长 } @五\n"
        "document 乙文 when form = 通知 { signer 区长; cosigners in charge 副区长 } @六\n"
        "document 丙文 when subject in {人事, 财务} and form = 通知 { signer 区长; cosigners in charge 副区长 } @六\n"
        "form 通知\n"
        "route 报批: 区政府各部门 -> in charge 副区长 -> 区长 @七\n"
        "route 报送: 区政府各部门 -> in charge 主任 -> 区长 @八\n"
    )
    outcome = outcome_of(spec)
    unstated = [h for h in headlines(outcome.findings) if {f.code for f in h.findings} == {"GS208"}]
    assert [len(h.findings) for h in unstated] == [4, 1]
    shared, alone = unstated
    assert text(shared.text, "en") == "nothing says which '副区长' is in charge of what"
    assert shared.spans[0].line == 3 and shared.citations == ("二",)
    # The route is about those who send it: whoever of the 副区长 is in charge of them. 人事, a subject of two rules,
    # is said once.
    assert text(shared.help, "en").endswith(
        "(`in charge 副区长 -> …`): 人事, what '乙文' documents are about, 财务 and 区政府各部门"
    )
    assert text(alone.text, "en") == "nothing says which '主任' is in charge of what"
