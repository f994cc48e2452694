"""The formats CI reads: SARIF validated against the official 2.1.0 schema, JUnit parsed back, GitHub workflow
annotations."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import jsonschema
import pytest

from govspec.checks import CHECKS
from govspec.cli import main
from govspec.identity import identified
from govspec.options import CheckOptions
from govspec.pipeline import check_outcome, load_file
from govspec.render.github import annotation

DATA = Path(__file__).parent / "data"
ONE_CAUSE = Path(__file__).parent / "reports" / "one-cause.gov"
UNREADABLE = "office 区长\nbody 常务会议 members 区长\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["check", *args])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("spec", [ONE_CAUSE, None])
def test_sarif_follows_the_official_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spec: Path | None
) -> None:
    if spec is None:
        spec = tmp_path / "broken.gov"
        spec.write_text(UNREADABLE, encoding="utf-8")
    _, out = run(capsys, str(spec), "--format", "sarif")
    sarif = json.loads(out)
    jsonschema.validate(sarif, json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")))
    [sarif_run] = sarif["runs"]
    rules = [rule["id"] for rule in sarif_run["tool"]["driver"]["rules"]]
    assert set(CHECKS) <= set(rules)
    for result in sarif_run["results"]:
        assert rules[result["ruleIndex"]] == result["ruleId"]
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1


def test_sarif_results_carry_the_findings_and_their_fingerprints(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, str(ONE_CAUSE), "--format", "sarif", "--lang", "en")
    results = json.loads(out)["runs"][0]["results"]
    findings = check_outcome(load_file(ONE_CAUSE), CheckOptions()).findings
    assert [r["partialFingerprints"]["govspec/v1"] for r in results] == [f.fingerprint for f in identified(findings)]
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels["GS311"] == "error" and levels["GS408"] == "warning"
    signer = next(r for r in results if r["ruleId"] == "GS311")
    assert signer["properties"]["citations"] == ["第四条", "第三条"]
    assert signer["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 12  # the stand-in rule


def test_junit_has_a_case_per_property_and_a_failure_per_refuted_one(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, str(ONE_CAUSE), "--format", "junit")
    [suite] = ElementTree.fromstring(out).findall("testsuite")
    outcome = check_outcome(load_file(ONE_CAUSE), CheckOptions())
    assert outcome.tally is not None
    properties = [c for c in suite.findall("testcase") if c.get("classname") != "checks"]
    assert [c.get("name") for c in properties] == [p.name for p in outcome.tally.properties]
    failed = {c.get("name") for c in properties if c.find("failure") is not None}
    assert failed == {p.name for p in outcome.tally.properties if p.verdict in ("fails", "hinges")}
    assert len(failed) == 15
    checks = {c.get("name").split()[0]: c for c in suite.findall("testcase") if c.get("classname") == "checks"}
    assert set(checks) == set(CHECKS)
    assert checks["GS311"].find("failure") is not None and checks["GS408"].find("failure") is None
    assert int(suite.get("tests")) == len(suite.findall("testcase"))
    assert int(suite.get("failures")) == sum(c.find("failure") is not None for c in suite.findall("testcase"))


def test_junit_reports_an_unreadable_spec_as_a_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "broken.gov"
    spec.write_text(UNREADABLE, encoding="utf-8")
    code, out = run(capsys, str(spec), "--format", "junit")
    assert code == 2
    [suite] = ElementTree.fromstring(out).findall("testsuite")
    assert suite.get("failures") == "1"


def test_junit_is_well_formed_whatever_the_spec_holds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "bell.gov"
    spec.write_bytes(b"office A\x07\n")
    run(capsys, str(spec), "--format", "junit")
    _, out = run(capsys, str(spec), "--format", "junit")
    [suite] = ElementTree.fromstring(out).findall("testsuite")
    assert [c.get("classname") for c in suite.findall("testcase")] == ["reading"]


def test_github_annotations_escape_what_the_command_syntax_reserves(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, str(ONE_CAUSE), "--format", "github", "--lang", "en")
    lines = out.splitlines()
    findings = check_outcome(load_file(ONE_CAUSE), CheckOptions()).findings
    assert lines == [annotation(f) for f in findings]
    signer = next(line for line in lines if "title=GS311" in line)
    assert signer.startswith(f"::error file={ONE_CAUSE},line=13,col=1,")
    assert "%0A" in signer and "\n" not in signer
    assert any(line.startswith("::warning ") for line in lines)
