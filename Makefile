# Chronicle: `make test` installs, starts the local Neo4j + NATS and runs every test.
# Services run without Docker (see `chronicle stack --help`); `docker compose up -d` is the alternative.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.chronicle-installed
CHRONICLE := $(BIN)/chronicle

export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: venv stack test demo lint bench down status models

# Quick when done: reinstalls only when pyproject.toml changes.
venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

stack: venv
	$(CHRONICLE) stack up

status: venv
	$(CHRONICLE) stack status

test: stack
	$(BIN)/pytest

demo: stack
	$(CHRONICLE) ingest examples/
	$(CHRONICLE) ask timeline Pokrovsk
	$(CHRONICLE) ask effect "Kursk operation" Pokrovsk
	mkdir -p out
	$(CHRONICLE) plot timeline Pokrovsk -o out/pokrovsk-timeline.png
	$(CHRONICLE) browser

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: stack
	$(BIN)/python -m bench --out docs/performance.md

# The causal-sentence model in extraction/models/causal/, from ../shared/data/cnc (CC0): converts the
# corpus to DocBins in build/causal/ and runs `spacy train extraction/training/causal.cfg` (seeded, CPU,
# a few minutes). The weights are committed; tests and CI only load them.
models: venv
	$(BIN)/python scripts/train_causal.py

down: venv
	$(CHRONICLE) stack down

# Fault injection (tests/fault): a private Neo4j + NATS on free ports, SIGKILLed and restarted;
# the shared stack is never touched. Takes minutes: see docs/guarantees.md for what it proves.
.PHONY: test-faults
test-faults: venv
	$(BIN)/pytest -m fault tests/fault
