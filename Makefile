# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= instance/demo.db
API_PORT ?= 5000
DATASETTE_PORT ?= 8001
export FIGURES_DATABASE := $(abspath $(DB))

.PHONY: run test stress bench lint format clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q --upgrade uv || true
	if [ -x $(BIN)/uv ]; then $(BIN)/uv pip install --python $(BIN)/python -q -e ".[test]"; \
	else $(BIN)/python -m pip install -q -e ".[test]"; fi
	touch $(STAMP)

run: $(STAMP)
	mkdir -p $(dir $(FIGURES_DATABASE))
	$(BIN)/flask --app app init-db
	$(BIN)/flask --app app load-demo
	$(BIN)/flask --app app serve --api-port $(API_PORT) --datasette-port $(DATASETTE_PORT)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -n 2 -m "not stress"

stress: $(STAMP)
	$(BIN)/python -m pytest -m stress -v

bench: $(STAMP)
	$(BIN)/python tests/bench/run.py

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) instance .pytest_cache
