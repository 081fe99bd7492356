# Everything a fresh machine needs: `make lab` or `make test`.
VENV    := .venv
PYTHON  := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
REPORT  ?= data/000_586bd0836be2d8ac.txt
PORT    ?= 8888
APP_PORT ?= 8866

.PHONY: setup lab app test lint unit browser screenshots bench clean

$(STAMP): pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# Bytecode compiled ahead, as an install would: where PYTHONDONTWRITEBYTECODE is set, every
# `workbench` command would otherwise compile the package's sources again (~0.15 s CPU).
setup: $(STAMP)
	$(PYTHON) -m compileall -q workbench

lab: setup
	$(VENV)/bin/workbench use $(REPORT)
	$(VENV)/bin/jupyter lab --notebook-dir=. notebooks/00_start_here.ipynb

# The notebooks as apps (widgets, no code) on http://127.0.0.1:$(APP_PORT)/ ; kernels of
# closed tabs are culled after ten idle minutes.
app: setup
	$(VENV)/bin/voila notebooks --no-browser --Voila.ip=127.0.0.1 --port=$(APP_PORT) \
	  --VoilaConfiguration.show_tracebacks=True \
	  --VoilaConfiguration.extension_denylist=jupyterlab-jupytext \
	  --MappingKernelManager.cull_idle_timeout=600 --MappingKernelManager.cull_interval=60

lint: setup
	$(VENV)/bin/ruff check workbench tests benchmarks notebooks tools
	$(VENV)/bin/ruff format --check workbench tests benchmarks tools
	$(VENV)/bin/mypy

unit: setup
	$(VENV)/bin/pytest

test: lint unit

# Only the browser tests (JupyterLab and Voila in headless Chromium).
browser: setup
	$(VENV)/bin/pytest tests/browser

# Refresh the screenshots that README.md shows (the browser tests take them).
screenshots: setup
	WORKBENCH_SCREENSHOT_DIR=docs/screenshots $(VENV)/bin/pytest tests/browser

bench: setup
	$(PYTHON) benchmarks/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
