"""The "current report": chosen in notebook 00, opened by default by every other notebook.

It is a small JSON file in the workbench state folder: ``$WORKBENCH_STATE_DIR`` when set,
otherwise ``workbench/`` under the user's Jupyter data folder. Reports that arrive in the
notebook (an upload, pasted text, a URL) are saved as files in ``reports/`` beside it, so
every notebook, and every re-run, reads the same bytes, offline.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

from .errors import ReportError
from .files import atomic_write_bytes, atomic_write_json
from .load import MAX_BYTES, corpus_paths, load_report, parse_date, reader_for_download, sidecar_path
from .readers import READERS
from .readers.decode import too_big
from .readers.fetch import DEFAULT_TIMEOUT, fetch, is_url, url_doc_id
from .report import Report

STATE_ENV = "WORKBENCH_STATE_DIR"
CURRENT_FILE = "current.json"
SAVED_REPORTS = "reports"
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DEFAULT_REPORT = DATA_DIR / "000_586bd0836be2d8ac.txt"


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


# ---------------------------------------------------------------------- reports saved from the notebook


def saved_reports_dir() -> Path:
    """Where uploads, pasted texts and downloads are kept (``reports/`` in the state folder)."""
    return state_dir() / SAVED_REPORTS


def report_choices(folders: list[Path] | None = None) -> list[tuple[str, Path]]:
    """(label, path) of the reports a notebook offers: in ``folders`` (default: the project's
    ``data/``), then the saved reports, labelled ``saved/NAME``."""
    labelled = [(folder, folder.name) for folder in folders or [DATA_DIR]]
    labelled.append((saved_reports_dir(), "saved"))
    found: list[tuple[str, Path]] = []
    for folder, tag in labelled:
        if folder.is_dir():
            found.extend((f"{tag}/{Path(p).name}", Path(p)) for p in corpus_paths(folder))
    return found


def save_upload(name: str, data: bytes, *, max_bytes: int = MAX_BYTES) -> Path:
    """Keep an uploaded file among the saved reports (checked by loading it); returns its path."""
    suffix = Path(name).suffix.lower()
    if suffix not in READERS:
        known = ", ".join(sorted(READERS))
        raise ReportError(name, f"unsupported file type {suffix or '(none)'!r}; expected one of {known}")
    if len(data) > max_bytes:
        raise ReportError(name, too_big("file", len(data), max_bytes))
    return _save_checked(_safe_stem(Path(name).stem), suffix, data)


def save_text(text: str, *, name: str | None = None) -> Path:
    """Keep pasted text as a ``.txt`` among the saved reports (headline on its first line)."""
    if not text.strip():
        raise ReportError(name or "pasted text", "the text is empty")
    data = text.encode("utf-8")
    stem = _safe_stem(name) if name else "pasted-" + hashlib.sha256(data).hexdigest()[:10]
    return _save_checked(stem, ".txt", data)


def save_url(url: str, *, timeout: float = DEFAULT_TIMEOUT) -> Path:
    """Download ``url`` into the saved reports, with a sidecar recording the URL; returns its path."""
    if not is_url(url):
        raise ReportError(url or "URL", "not an http(s) URL")
    download = fetch(url.strip(), timeout=timeout, max_bytes=MAX_BYTES)
    reader = reader_for_download(download.content_type, download.url, download.data)
    suffix = next((s for s, r in READERS.items() if r is reader), None)
    if suffix is None:
        raise ReportError(url, f"unsupported content type {download.content_type!r}")
    data = download.data
    if download.charset and suffix in (".txt", ".md"):  # the file cannot carry the server's charset
        data = data.decode(download.charset, errors="replace").encode("utf-8")
    return _save_checked(_safe_stem(url_doc_id(download.url)), suffix, data, meta={"url": url.strip()})


def _save_checked(stem: str, suffix: str, data: bytes, *, meta: dict[str, str] | None = None) -> Path:
    """Write the file (reusing an identical one) and load it once; a file that fails is removed."""
    folder = saved_reports_dir()
    path = folder / f"{stem}{suffix}"
    number = 1
    while path.exists() and path.read_bytes() != data:
        number += 1
        path = folder / f"{stem}-{number}{suffix}"
    existed = path.exists()
    if not existed:
        atomic_write_bytes(path, data)
    if meta:
        atomic_write_json(sidecar_path(path), meta)
    try:
        load_report(path)
    except ReportError:
        if not existed:
            path.unlink(missing_ok=True)
            sidecar_path(path).unlink(missing_ok=True)
        raise
    return path


def _safe_stem(name: str) -> str:
    """A file-name stem with no folders or odd characters in it."""
    stem = re.sub(r"[^\w.-]+", "-", Path(name).name).strip("-.")
    return stem[:80] or "report"
