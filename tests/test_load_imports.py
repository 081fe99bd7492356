"""Import costs: each command pays only for the libraries and modules it uses."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SEED

#: Loaded only when a feature needs them: HTML, PDF, spaCy parsing, date parsing, charts,
#: widgets, spreadsheets, parquet, clusters, and the workbench modules of those features.
LAZY = [
    "trafilatura",
    "pypdf",
    "spacy",
    "dateparser",
    "matplotlib",
    "ipywidgets",
    "lxml",
    "fpdf",
    "openpyxl",
    "pyarrow.parquet",
    "dask",
    "distributed",
    "workbench.corpus",
    "workbench.corpus_views",
    "workbench.cache",
    "workbench.parallel",
    "workbench.tables",
    "workbench.compare",
    "workbench.current",
    "workbench.explore",
    "workbench.widgets",
]
#: What spaCy 3.8 imports for its own command line (typer, requests, jinja2, weasel).
SPACY_CLI = ["spacy.cli", "typer", "requests", "jinja2", "weasel"]


def loaded_modules(probe: str) -> set[str]:
    """The modules in ``sys.modules`` after running ``probe`` in a fresh interpreter."""
    probe += "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_loading_and_tokenising_a_text_file_loads_no_heavy_optional_library() -> None:
    loaded = loaded_modules(
        f"import workbench as wb, workbench.cli\nreport = wb.load_report({str(SEED)!r})\nreport.tokens"
    )
    assert [name for name in LAZY if name in loaded] == []


def test_import_workbench_loads_no_extractor_nor_nltk() -> None:
    loaded = loaded_modules("import workbench")
    assert [name for name in ["nltk", "spacy", "workbench.actors", "workbench.load"] if name in loaded] == []


@pytest.mark.slow
def test_extract_command_loads_spacy_without_its_command_line_nor_optional_libraries() -> None:
    loaded = loaded_modules(
        "import contextlib, io\nimport workbench.cli\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n    workbench.cli.main(['extract', {str(SEED)!r}])"
    )
    assert "spacy" in loaded
    unexpected = [name for name in LAZY + SPACY_CLI if name in loaded and name != "spacy"]
    assert unexpected == []


def test_every_public_name_resolves_lazily() -> None:
    import workbench as wb

    missing = [name for name in wb.__all__ if getattr(wb, name, None) is None]
    assert missing == []
    assert callable(wb.extract)  # the function, not the submodule of the same name
    assert sorted(wb.__all__) == [name for name in sorted(dir(wb)) if name in wb.__all__]
