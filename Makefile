# Everything a fresh machine needs: `make lab` or `make test`.
VENV    := .venv
PYTHON  := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
REPORT  ?= data/000_586bd0836be2d8ac.txt
PORT    ?= 8888

.PHONY: setup lab app test lint unit bench clean

$(STAMP): pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

lab: setup
	$(VENV)/bin/workbench use $(REPORT)
	$(VENV)/bin/jupyter lab --notebook-dir=. notebooks/00_start_here.ipynb

lint: setup
	$(VENV)/bin/ruff check workbench tests benchmarks notebooks
	$(VENV)/bin/ruff format --check workbench tests benchmarks
	$(VENV)/bin/mypy

unit: setup
	$(VENV)/bin/pytest

test: lint unit

bench: setup
	$(PYTHON) benchmarks/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
