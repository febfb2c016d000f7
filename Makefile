# One front door. `make` lists the targets.
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: help dev demo test test-fast lint fmt up bench screenshots clean compose-test soak

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

# Debian's python3 lacks ensurepip unless python3-venv is installed: fall back to pip from outside.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV) && $(PYTHON) -m venv --without-pip $(VENV) \
	  && $(PYTHON) -m pip --python $(BIN)/python install -q pip; }

# The embedded default's servers are an extra (the image leaves them out). setuptools warns on
# every editable install that folders named like the package come first: we know.
$(INSTALLED): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q --upgrade pip
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install -q -e '.[dev,embedded]'
	touch $@

dev: $(INSTALLED) ## Create .venv with the project and its dev tools

demo: $(INSTALLED) ## Replay the seed corpus on the embedded default and print the figures
	@$(BIN)/aidledger replay

# Two processes, a test file each at a time: most of the suite waits on workers, servers and
# subprocesses, so two share the two cores well; each process has its own database (conftest.py).
# Files go in conftest.py's order (longest first), not xdist's (most tests first).
test: $(INSTALLED) ## Run the whole test suite (real PostgreSQL and Redis; see tests/conftest.py)
	$(BIN)/pytest -n 2 --dist loadfile --no-loadscope-reorder

test-fast: $(INSTALLED) ## Pure and in-process tests only (no subprocesses, no fault tests)
	$(BIN)/pytest -m 'not integration and not slow'

lint: $(INSTALLED) ## ruff, ruff format --check and mypy --strict
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy shared services tests bench docs/screenshots

fmt: $(INSTALLED) ## Format and autofix
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

up: $(INSTALLED) ## Everything locally: services, a worker on every queue and beat
	$(BIN)/aidledger up

bench: $(INSTALLED) ## Print the benchmarks' numbers
	$(BIN)/python bench/extractor_bench.py
	$(BIN)/python bench/cleaner_bench.py
	$(BIN)/python bench/cleaner_eval.py --worst 0
	$(BIN)/python bench/fetcher_bench.py --feeds 50 --items 20
	$(BIN)/python bench/pipeline_bench.py --pages 1000 --timeout 600
	$(BIN)/python bench/reconcile_bench.py --documents 2000 --batch 500
	$(BIN)/python bench/slow_feeds_bench.py --feeds 200 --slow 20 --hanging 20
	$(BIN)/python bench/web_bench.py

screenshots: $(INSTALLED) ## Take the README's screenshots of the web ledger (headless chromium)
	$(BIN)/python docs/screenshots/make_screenshots.py

# The compose deployment for real: Docker engine started and stand-in images built when missing
# (docs/deployment.md). Host networking and free ports: the machine's own services are left alone.
compose-test: $(INSTALLED) ## docker-compose stack up, seeds replayed through it, exact figures, torn down
	infra/compose/ensure-engine.sh
	$(BIN)/python -m tests.compose.check

MINUTES ?= 20
soak: $(INSTALLED) ## The compose stack against a growing local feed server for MINUTES (default 20)
	infra/compose/ensure-engine.sh
	$(BIN)/python bench/soak.py --minutes $(MINUTES)

clean: ## Remove .venv and caches (not the ledger's data)
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache *.egg-info
