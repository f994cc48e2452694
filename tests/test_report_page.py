"""`govspec report`: one self-contained HTML page with the summary, the findings by article, the spec beside its text
and the diagrams."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govspec.cli import main
from govspec.pipeline import check_outcome, load_file
from govspec.render.headlines import headlines
from installed import require

ROOT = Path(__file__).resolve().parent.parent
PENGLAI = ROOT / "spec" / "penglai.gov"
SMALL = ROOT / "tests" / "data" / "small-charter.gov"


@pytest.fixture(scope="module")
def penglai(tmp_path_factory) -> str:
    require("dot", "graphviz")
    out = tmp_path_factory.mktemp("report") / "penglai.html"
    assert main(["report", str(PENGLAI), "-o", str(out)]) == 1  # the flagship has errors, as `check` says
    return out.read_text(encoding="utf-8")


def _section(page: str, name: str) -> str:
    start = page.index(f'<section id="{name}">')
    return page[start : page.index('<section id="', start + 10) if name != "beside" else None]


def test_the_page_needs_nothing_from_the_network(penglai):
    assert "<link" not in penglai and "<script" not in penglai and "@import" not in penglai
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", penglai)
    assert not re.search(r"url\(", penglai)


def test_the_summary_says_how_the_properties_came_out_and_at_which_depth(penglai):
    outcome = check_outcome(load_file(PENGLAI))
    tally = outcome.tally
    summary = _section(penglai, "summary")
    for verdict in ("holds", "fails", "hinges", "unknown"):
        assert f'<td class="{verdict}">{tally.count(verdict)}</td>' in summary
    assert f"已检查同时缺席至多 {tally.depth} 人的每一种情形" in summary
    errors = sum(1 for f in outcome.findings if f.severity == "error")
    assert errors and f"错误 {errors} 项" in summary


def test_findings_are_grouped_by_the_article_each_headline_cites_first(penglai):
    outcome = check_outcome(load_file(PENGLAI))
    grouped = headlines(outcome.findings)
    findings = _section(penglai, "findings")
    articles = re.findall(r'<section class="article"><h3>([^<]*)</h3>', findings)
    first = [next((c.split("(")[0] for c in h.citations if c.startswith("第")), "未引条文") for h in grouped]
    assert sorted(articles) == sorted(set(first)) and articles[0] == "第六条" and articles[-1] == "未引条文"
    assert "<h3>第五十六条</h3>" in findings and "<h3>第五十六条(" not in findings
    assert findings.count('<article class="headline') == len(grouped)
    assert findings.count('<li class="finding') == sum(len(h.entries) for h in grouped)
    sixth = findings[findings.index("<h3>第六条</h3>") : findings.index("<h3>第七条</h3>")]
    assert "“区长”不在时，代理规定交给“常务副区长”的职权不够" in sixth
    assert '<dl class="witness">\n<dt>缺席</dt>\n<dd>区长' in sixth


def test_each_statement_stands_beside_the_article_it_cites(penglai):
    beside = _section(penglai, "beside")
    row = beside[beside.index("<b>第六条</b>") :]
    row = row[: row.index("</tr>")]
    assert "区长出差（出访）、休假期间，由负责政府常务工作的副区长主持区政府全面工作" in row
    assert "代理 区长 -&gt; 常务副区长 权限 主持区政府全面工作" in row
    assert "penglai-work-rules-2022.txt" in beside
    assert "未被任何语句引用的条文：第一条、第三条" in beside


def test_the_diagrams_are_inline_svg_and_the_failing_ones_are_marked(penglai):
    diagrams = _section(penglai, "diagrams")
    kinds = re.findall(r'<figure class="diagram (failing|holding)" id="diagram-([a-z-]+)"', diagrams)
    assert [kind for _, kind in kinds] == ["org", "bodies", "signing", "chains", "standing-in"]
    assert dict((kind, state) for state, kind in kinds)["signing"] == "failing"
    assert diagrams.count("<svg") == 5 and "<?xml" not in diagrams
    ids = re.findall(r'\bid="([^"]+)"', penglai)
    assert len(ids) == len(set(ids))  # five graphviz drawings, no id twice


def test_the_report_speaks_english_when_asked(tmp_path):
    require("dot", "graphviz")
    out = tmp_path / "report.html"
    assert main(["report", str(PENGLAI), "--lang", "en", "-o", str(out)]) == 1
    page = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "<h2>Summary</h2>" in page and "Findings by article" in page
    assert "nobody may sign" in page


def test_without_a_source_text_the_page_says_where_to_name_it(tmp_path):
    require("dot", "graphviz")
    out = tmp_path / "report.html"
    assert main(["report", str(SMALL), "-o", str(out)]) == 1
    page = out.read_text(encoding="utf-8")
    assert "The text of the rules was not found" in page and "(the text of this article is not available)" in page


def test_a_source_text_can_be_named(tmp_path):
    require("dot", "graphviz")
    text = tmp_path / "charter.txt"
    text.write_text("Art.1 is not numbered the Chinese way.\n", encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(SMALL), "--source-text", str(text), "-o", str(out)]) == 1
    assert "Article texts from" in out.read_text(encoding="utf-8")
    assert main(["report", str(SMALL), "--source-text", str(tmp_path / "missing.txt"), "-o", str(out)]) == 2


def test_without_dot_the_report_is_written_and_says_the_diagrams_are_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    out = tmp_path / "report.html"
    assert main(["report", str(SMALL), "-o", str(out)]) == 1
    page = out.read_text(encoding="utf-8")
    assert page.count("graphviz&#x27;s dot program is not installed") == 5 and "<svg" not in page
    assert "apt-get install graphviz" in capsys.readouterr().err


def test_the_page_is_the_same_byte_for_byte_on_every_run(tmp_path, penglai):
    out = tmp_path / "again.html"
    assert main(["report", str(PENGLAI), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == penglai


def test_articles_and_witness_entries_are_joined_as_the_page_language_joins_them(penglai, tmp_path):
    assert "<dd>从：" in penglai and "<dd>从: " not in penglai
    assert re.search(r'<span class="articles">第[^<]*、第', penglai)
    out = tmp_path / "report.html"
    assert main(["report", str(PENGLAI), "--lang", "en", "-o", str(out)]) == 1
    english = out.read_text(encoding="utf-8")
    assert "<dd>from: " in english
    cited = re.findall(r'<span class="articles">([^<]*)</span>', english)
    assert any(", " in c for c in cited) and not any("、" in c for c in cited)


def test_the_report_of_an_amendment_shows_the_amended_rules_beside_the_base_text(tmp_path):
    require("dot", "graphviz")
    out = tmp_path / "report.html"
    amendment = ROOT / "spec" / "amendments" / "director-signs-appointments.gov"
    assert main(["report", str(amendment), "-o", str(out)]) == 1
    page = out.read_text(encoding="utf-8")
    beside = _section(page, "beside")
    assert "条文原文取自" in beside and "penglai-work-rules-2022.txt" in beside
    places = re.findall(r'<span class="line">([^<:]*):\d+</span>', beside)
    assert {str(PENGLAI), str(amendment)} <= set(places)  # base statements and the amendment's own
    assert "第五十六条" in beside and "由区长或区长委托负责政府常务工作的副区长签发" in beside
    quoted = re.findall(
        rf'<pre class="source"><span class="place">{re.escape(str(PENGLAI))}:\d+</span> (\S[^<]*)</pre>', page
    )
    assert quoted  # a finding in the base quotes its line from the base
