PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: setup native run test lint bench clean

$(BIN)/partystats: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test,native]"
	touch $@

# The reader compiled with mypyc (partystats/native.py): about 2 minutes when extract.py
# changed, nothing when the build is current; never fatal (the reader then runs as Python).
native: $(BIN)/partystats
	$(BIN)/python -m partystats.native_build

setup: $(BIN)/partystats native

run: setup
	$(BIN)/partystats refresh

test: setup
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest

bench: setup
	$(BIN)/python benchmarks/extract_speed.py

clean:
	rm -rf outputs .pytest_cache build
