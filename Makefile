# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= demo.duckdb

.PHONY: install demo test lint bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## demo: install, run the main job on the bundled sample corpus, print the dossier
demo: $(STAMP)
	$(BIN)/storyline run examples/corpus --db $(DEMO_DB)
	$(BIN)/storyline report --db $(DEMO_DB) --dyad RUS PRK

## test: install dev dependencies and run every test
test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(PY) -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

## bench: throughput, parse-cost ratio and peak memory (reads ../shared/corpus)
bench: $(STAMP)
	$(PY) benchmarks/bench.py

## eval: run storyline on every dev gold set in ../shared/eval and print the scores
eval: $(STAMP)
	$(PY) benchmarks/evaluate.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB).wal bench-out eval-out
