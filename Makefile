# The two commands of the README: `make demo` and `make test`. Both set up everything on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup graphviz lint build-check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) graphviz

# The `dot` program renders diagrams; install the OS package when it is missing and apt-get is at hand.
graphviz:
	@command -v dot >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && apt-get install -y -qq graphviz >/dev/null) || \
	  echo "note: graphviz 'dot' is not installed; diagrams will be skipped"; }

# The flagship's findings are gaps of its text (exit 1 means "errors found", not a failed run): the demo keeps the
# whole report in out/ and says so in its last line.
demo: setup
	@mkdir -p out
	@$(BIN)/govspec check spec/penglai.gov --verbose > out/penglai-report.txt; test $$? -le 1
	@$(BIN)/govspec check spec/penglai.gov --format json > out/penglai.json; test $$? -le 1
	@$(BIN)/govspec check spec/penglai.gov; test $$? -le 1
	@echo "govspec: the findings above are gaps in the text of the Penglai rules, not failures of this run; every finding: out/penglai-report.txt (JSON: out/penglai.json)"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

build-check: $(STAMP)
	$(BIN)/govspec build --check spec/

test: setup lint build-check
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build dist src/*.egg-info
