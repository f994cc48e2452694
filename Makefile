# The two commands of the README: `make demo` and `make test`. Both set up everything on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup graphviz browser lint build-check fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) graphviz

# The `dot` program renders diagrams, and a font with Chinese glyphs lets it (and a browser) draw Chinese labels as
# Chinese; install the OS packages when either is missing and apt-get is at hand.
graphviz:
	@{ command -v dot >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .; } || { \
	  command -v apt-get >/dev/null 2>&1 && (apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz fonts-noto-cjk >/dev/null) || \
	  echo "note: graphviz 'dot' or a Chinese font is not installed; diagrams will be skipped or lack Chinese"; }

# Headless Chromium and its driver for the browser tests of the HTML report (tests/test_browser.py): Selenium drives
# the browser installed here and never downloads one. Where it cannot be installed, those tests say so (and fail in CI).
browser:
	@{ command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; } || { \
	  command -v apt-get >/dev/null 2>&1 && (apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) || \
	  echo "note: chromium and chromium-driver are not installed; the browser tests cannot run"; }

# The flagship's findings are gaps of its text (exit 1 means "errors found", not a failed run): the demo keeps the
# whole report in out/ and says so in its last line.
demo: setup
	@mkdir -p out
	@$(BIN)/govspec check spec/penglai.gov --verbose > out/penglai-report.txt; test $$? -le 1
	@$(BIN)/govspec check spec/penglai.gov --format json > out/penglai.json; test $$? -le 1
	@$(BIN)/govspec check spec/penglai.gov; test $$? -le 1
	@for kind in org bodies signing chains standing-in; do \
	  $(BIN)/govspec diagram spec/penglai.gov --kind $$kind -o out/penglai-$$kind.svg || exit 1; done
	@$(BIN)/govspec diagram spec/penglai.gov --kind signing --highlight GS311 -o out/penglai-signing-GS311.png
	@$(BIN)/govspec report spec/penglai.gov -o out/penglai-report.html; test $$? -le 1
	@echo "govspec: the findings above are gaps in the text of the Penglai rules, not failures of this run; every finding: out/penglai-report.txt (JSON: out/penglai.json)"
	@echo "govspec: diagrams out/penglai-{org,bodies,signing,chains,standing-in}.svg, GS311 drawn on out/penglai-signing-GS311.png; the report to open in a browser: out/penglai-report.html"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

build-check: $(STAMP)
	$(BIN)/govspec build --check spec/

test: setup browser lint build-check
	$(BIN)/python -m pytest

# The long fuzz run: mutated specs read by check and fmt (bench/fuzz.py); `make fuzz MUTANTS=N` for another count.
MUTANTS ?= 3200
fuzz: $(STAMP)
	$(BIN)/python bench/fuzz.py $(MUTANTS)

clean:
	rm -rf $(VENV) build dist src/*.egg-info
