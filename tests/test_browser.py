"""The HTML report of the flagship in a real browser: headless Chromium (the OS packages chromium and
chromium-driver, never a downloaded browser) driven by Selenium. Screenshots are saved in tests/output/browser/
(git-ignored), where they outlast pytest's rotation of its temporary folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from govspec.cli import main
from installed import require
from pngpixels import reds

ROOT = Path(__file__).resolve().parent.parent
PENGLAI = ROOT / "spec" / "penglai.gov"
SHOTS = ROOT / "tests" / "output" / "browser"

# Draw one character in a font on a canvas and count its dark pixels: a dense character (龘) takes far more ink than
# a one-stroke one (一) when the font has their glyphs, and the same when both are drawn as missing-glyph boxes.
INK = """
const [font, character] = arguments;
const canvas = document.createElement("canvas");
canvas.width = 120; canvas.height = 120;
const context = canvas.getContext("2d");
context.fillStyle = "white"; context.fillRect(0, 0, 120, 120);
context.fillStyle = "black"; context.font = "80px " + font; context.textBaseline = "top";
context.fillText(character, 10, 10);
const pixels = context.getImageData(0, 0, 120, 120).data;
let dark = 0;
for (let at = 0; at < pixels.length; at += 4) { if (pixels[at] < 128) dark += 1; }
return dark;
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    chromium = require("chromium", "chromium")
    driver_program = require("chromedriver", "chromium-driver")
    require("dot", "graphviz")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        reason = "selenium is not installed (a dev dependency: `make test` installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never fetch a browser or a driver
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.add_argument("--window-size=1280,1000")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_program), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    require("dot", "graphviz")
    out = tmp_path_factory.mktemp("browser") / "penglai-report.html"
    assert main(["report", str(PENGLAI), "-o", str(out)]) == 1
    return out


@pytest.fixture
def page(browser, report):
    browser.get(report.as_uri())
    return browser


@pytest.fixture(scope="module")
def shots() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS


def test_the_findings_are_visible(page, shots):
    from selenium.webdriver.common.by import By

    headlines = page.find_elements(By.CSS_SELECTOR, "#findings article.headline")
    assert len(headlines) > 20
    first = headlines[0]
    assert first.is_displayed() and "代理规定交给“常务副区长”的职权不够" in first.text
    assert first.find_element(By.CSS_SELECTOR, "h4").size["height"] > 10
    page.save_screenshot(str(shots / "report-top.png"))
    assert (shots / "report-top.png").stat().st_size > 10_000


def test_the_diagrams_are_visible_and_the_failing_ones_framed_red(page, shots):
    from selenium.webdriver.common.by import By

    figures = page.find_elements(By.CSS_SELECTOR, "figure.diagram")
    assert [f.get_attribute("data-kind") for f in figures] == ["org", "bodies", "signing", "chains", "standing-in"]
    for figure in figures:
        drawing = figure.find_element(By.TAG_NAME, "svg")
        assert drawing.is_displayed() and drawing.size["width"] > 200 and drawing.size["height"] > 100
    signing = page.find_element(By.ID, "diagram-signing")
    assert page.execute_script("return getComputedStyle(arguments[0]).borderTopColor", signing) == "rgb(198, 40, 40)"
    page.execute_script("arguments[0].scrollIntoView()", signing)
    page.save_screenshot(str(shots / "report-signing.png"))
    caption = shots / "signing-caption.png"
    signing.find_element(By.TAG_NAME, "figcaption").screenshot(str(caption))
    assert reds(caption.read_bytes()) > 200  # the caption of a failing diagram is drawn in red


def test_chinese_renders_with_its_glyphs_in_the_text_and_in_the_diagrams(page):
    from selenium.webdriver.common.by import By

    body_font = page.execute_script("return getComputedStyle(document.body).fontFamily")
    label = page.find_element(By.CSS_SELECTOR, "#diagram-org svg text")
    svg_font = page.execute_script("return getComputedStyle(arguments[0]).fontFamily", label)
    assert "Noto Sans CJK SC" in svg_font
    for font in (body_font, svg_font):
        dense, plain = (page.execute_script(INK, font, character) for character in ("龘", "一"))
        assert dense > 3 * plain, f"Chinese drawn as missing-glyph boxes in {font}"


def test_the_page_logs_no_console_errors(page):
    errors = [entry for entry in page.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
