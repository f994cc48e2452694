"""Diagrams drawn by graphviz's `dot`: Chinese labels render as Chinese, in SVG and PNG, through `govspec diagram`."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from govspec.cli import main
from govspec.render.drawing import FONT, RED, quoted
from govspec.render.graphviz import GraphvizMissing, render
from installed import require
from pngpixels import grey_rows, ink, reds

ROOT = Path(__file__).resolve().parent.parent
PENGLAI = ROOT / "spec" / "penglai.gov"
SMALL = ROOT / "tests" / "data" / "small-charter.gov"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@pytest.fixture(autouse=True)
def dot_installed():
    require("dot", "graphviz")


def _label_png(label: str) -> bytes:
    dot = f"digraph g {{ node [shape=plaintext, fontname={quoted(FONT)}, fontsize=40]; a [label={quoted(label)}]; }}"
    return render(dot, "png")


def glyphs_drawn() -> bool:
    """Whether Chinese is drawn as Chinese: a dense character (龘) takes far more ink than a one-stroke one (一); a
    missing glyph is drawn as the same box for both."""
    return ink(grey_rows(_label_png("龘龘龘龘"))) > 3 * ink(grey_rows(_label_png("一一一一")))


def test_chinese_labels_are_drawn_with_their_glyphs_in_png():
    assert glyphs_drawn(), "the font named in the DOT has no Chinese glyphs: install fonts-noto-cjk"


@pytest.mark.skipif(not DEJAVU.is_dir(), reason="needs the DejaVu fonts to draw without a Chinese font")
def test_the_glyph_check_sees_missing_glyph_boxes(tmp_path, monkeypatch):
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{DEJAVU}</dir><cachedir>{tmp_path}</cachedir></fontconfig>',
        encoding="utf-8",
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))
    assert not glyphs_drawn()


@pytest.mark.parametrize("kind", ["org", "bodies", "signing", "chains", "standing-in"])
def test_every_penglai_diagram_is_drawn_as_svg_holding_its_chinese_labels(kind, tmp_path):
    out = tmp_path / f"{kind}.svg"
    assert main(["diagram", str(PENGLAI), "--kind", kind, "-o", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "</svg>" in svg
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    expected = {
        "org": "区政府办公室主任",
        "bodies": "区政府常务会议",
        "signing": "任免公文",
        "chains": "区政府办公室",
        "standing-in": "常务副区长",
    }[kind]
    assert expected in texts
    assert 'font-family="Noto Sans CJK SC,WenQuanYi Zen Hei,sans-serif"' in svg


def test_a_png_diagram_draws_a_finding_in_red_and_only_with_one_overlaid(tmp_path):
    plain, overlaid = tmp_path / "plain.png", tmp_path / "overlaid.png"
    assert main(["diagram", str(SMALL), "--kind", "standing-in", "-o", str(plain)]) == 0
    assert main(["diagram", str(SMALL), "--kind", "standing-in", "--highlight", "GS324", "-o", str(overlaid)]) == 0
    assert reds(plain.read_bytes()) == 0
    assert reds(overlaid.read_bytes()) > 500


def test_the_format_follows_the_suffix_and_dot_gives_the_text(tmp_path):
    out = tmp_path / "org.dot"
    assert main(["diagram", str(PENGLAI), "--kind", "org", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith('digraph "org" {')


def test_without_dot_the_dot_text_is_written_and_the_message_says_how_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    with pytest.raises(GraphvizMissing):
        render("digraph g {}", "svg")
    out = tmp_path / "org.svg"
    assert main(["diagram", str(PENGLAI), "--kind", "org", "--lang", "en", "-o", str(out)]) == 0
    assert not out.exists()
    assert (tmp_path / "org.dot").read_text(encoding="utf-8").startswith("digraph")
    said = capsys.readouterr().err
    assert "dot program is not installed" in said and "apt-get install graphviz" in said and "org.dot" in said


def test_a_highlight_no_finding_matches_is_an_error(tmp_path, capsys):
    out = tmp_path / "org.svg"
    assert main(["diagram", str(PENGLAI), "--kind", "org", "--highlight", "GS999", "--lang", "en", "-o", str(out)]) == 2
    assert "no finding of" in capsys.readouterr().err and not out.exists()


def test_a_spec_that_cannot_be_read_is_reported_not_drawn(tmp_path, capsys):
    spec = tmp_path / "bad.gov"
    spec.write_text("office\n", encoding="utf-8")
    out = tmp_path / "org.svg"
    assert main(["diagram", str(spec), "--kind", "org", "-o", str(out)]) == 2
    assert "bad.gov:" in capsys.readouterr().err and not out.exists()
    assert os.listdir(tmp_path) == ["bad.gov"]


def _boxes(layout: dict) -> list[tuple[float, float, float, float]]:
    """Each node's box in points, from graphviz's JSON layout: centre and size (inches)."""
    boxes = []
    for node in layout.get("objects", []):
        if "pos" in node and "width" in node:
            x, y = (float(v) for v in node["pos"].split(","))
            w, h = float(node["width"]) * 72 / 2, float(node["height"]) * 72 / 2
            boxes.append((x - w, y - h, x + w, y + h))
    return boxes


@pytest.mark.parametrize("kind", ["org", "bodies", "signing", "chains", "standing-in"])
def test_no_two_boxes_of_a_penglai_diagram_overlap(kind, tmp_path):
    import json

    out = tmp_path / f"{kind}.dot"
    assert main(["diagram", str(PENGLAI), "--kind", kind, "-o", str(out)]) == 0
    boxes = _boxes(json.loads(render(out.read_text(encoding="utf-8"), "json")))
    assert len(boxes) > 5
    overlapping = [
        (a, b)
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1
    ]
    assert overlapping == []


@pytest.mark.parametrize("spec", sorted((ROOT / "spec").rglob("*.gov")), ids=lambda p: p.stem)
def test_every_spec_of_the_repository_draws_every_kind(spec, tmp_path):
    for kind in ("org", "bodies", "signing", "chains", "standing-in"):
        out = tmp_path / f"{kind}.svg"
        assert main(["diagram", str(spec), "--kind", kind, "-o", str(out)]) in (0, 1)
        assert out.read_text(encoding="utf-8").rstrip().endswith("</svg>")


def test_a_finding_in_an_amendment_is_drawn_on_its_own_statement_not_the_base_one_on_the_same_line(tmp_path):
    # amendment.gov:11 declares body Extra with no quorum (GS201); base.gov:11 declares body Board, which has one.
    out = tmp_path / "bodies.dot"
    spec = Path(__file__).parent / "data" / "same-line" / "amendment.gov"
    assert main(["diagram", str(spec), "--kind", "bodies", "--highlight", "GS201", "-o", str(out)]) == 0
    dot = out.read_text(encoding="utf-8")
    extra = re.search(r'^\s*"Extra" \[(.*)\];$', dot, re.MULTILINE)
    board = re.search(r'^\s*"Board" \[(.*)\];$', dot, re.MULTILINE)
    assert extra and board
    assert RED in extra.group(1) and RED not in board.group(1)


def test_a_code_with_several_findings_draws_one_situation_and_counts_the_rest(tmp_path):
    # Two GS311 situations each have one office away; drawn together they would grey out two, beyond the depth.
    out = tmp_path / "signing.dot"
    assert main(["diagram", str(PENGLAI), "--kind", "signing", "--highlight", "GS311", "-o", str(out)]) == 0
    dot = out.read_text(encoding="utf-8")
    greyed = re.findall(r'^\s*"([^"]*)" \[[^\n]*style="filled,dashed"', dot, re.MULTILINE)
    assert greyed == ["区长"]
    assert re.search(r"另有 \d+ 项检查结果", dot)


def test_a_dot_that_takes_too_long_is_said_in_the_language_of_the_output(tmp_path, monkeypatch, capsys):
    import subprocess

    def slow(*args, **kwargs):
        raise subprocess.TimeoutExpired("dot", 60)

    monkeypatch.setattr(subprocess, "run", slow)
    out = tmp_path / "org.svg"
    assert main(["diagram", str(PENGLAI), "--kind", "org", "--lang", "zh", "-o", str(out)]) == 2
    assert "dot 运行超过 60 秒" in capsys.readouterr().err and not out.exists()
