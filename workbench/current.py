"""The "current report": chosen in notebook 00, opened by default by every other notebook.

It is a small JSON file in the workbench state folder: ``$WORKBENCH_STATE_DIR`` when set,
otherwise ``workbench/`` under the user's Jupyter data folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from .errors import ReportError
from .files import atomic_write_json
from .load import load_report, parse_date
from .report import Report

STATE_ENV = "WORKBENCH_STATE_DIR"
CURRENT_FILE = "current.json"
DEFAULT_REPORT = Path(__file__).resolve().parent.parent / "data" / "000_586bd0836be2d8ac.txt"


def state_dir() -> Path:
    """The folder holding the current-report file (created on first write)."""
    if os.environ.get(STATE_ENV):
        return Path(os.environ[STATE_ENV])
    from jupyter_core.paths import jupyter_data_dir

    return Path(jupyter_data_dir()) / "workbench"


def set_current_report(source: str | Path, *, published: str | dt.date | None = None) -> dict[str, Any]:
    """Remember ``source`` (a path or URL) and an optional published date as the current report."""
    where = str(source)
    if not where.startswith(("http://", "https://")):
        where = str(Path(source).resolve())
    choice = {
        "source": where,
        "published": parse_date(published, where=where).isoformat() if published else None,
    }
    atomic_write_json(state_dir() / CURRENT_FILE, choice)
    return choice


def current_choice() -> dict[str, Any]:
    """The saved choice, or the bundled report when nothing (readable) was chosen yet."""
    path = state_dir() / CURRENT_FILE
    try:
        choice = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(choice, dict) and choice.get("source"):
            return choice
    except (OSError, ValueError):
        pass
    return {"source": str(DEFAULT_REPORT), "published": None}


def load_current_report() -> Report:
    """Load the current report (with its saved published date, if one was set)."""
    choice = current_choice()
    try:
        return load_report(choice["source"], published=choice.get("published"))
    except ReportError as exc:
        raise ReportError(
            choice["source"],
            f"the current report cannot be opened ({exc.problem}); choose another in notebook 00",
        ) from None
