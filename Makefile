# Two commands for a fresh clone: `make run` and `make test`. Each creates .venv as needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench mutants clean compile

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Byte-compile our packages (cheap when nothing changed): with PYTHONDONTWRITEBYTECODE set, Python
# would otherwise compile them from source on every start.
compile: $(STAMP)
	@$(BIN)/python -m compileall -q extract store tui themes >/dev/null

run: compile
	$(BIN)/dateline $(ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest

bench: compile
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_formats.py
	$(BIN)/python bench/bench_store.py
	$(BIN)/python bench/bench_timeline.py
	$(BIN)/python bench/bench_pathological.py
	$(BIN)/python bench/bench_tui.py

# Mutation testing of store/ and the date arithmetic against the fast unit tests (a dev tool, slow:
# about an hour on two cores; not part of `make test`). Survivors are listed at the end.
mutants: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/mutmut run || true
	$(BIN)/mutmut results

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info mutants
