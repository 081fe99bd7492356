"""Import costs: the CLI on a .txt must not pay for the libraries only other formats or features need."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SEED

#: Loaded only when a feature needs them: HTML, PDF, spaCy parsing, date parsing, charts, widgets.
LAZY = ["trafilatura", "pypdf", "spacy", "dateparser", "matplotlib", "ipywidgets", "lxml", "fpdf"]


def test_loading_and_tokenising_a_text_file_loads_no_heavy_optional_library() -> None:
    probe = (
        "import json, sys\nimport workbench as wb, workbench.cli\n"
        f"report = wb.load_report({str(SEED)!r})\nreport.tokens\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    assert [name for name in LAZY if name in loaded] == []
