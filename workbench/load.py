"""Loading reports: files, URLs, strings, folders and globs, each to a :class:`Report`.

``load_report`` takes a path, an http(s) URL or (with ``text=``) a Python string;
``load_corpus`` takes a folder, a glob or a list of those. Metadata comes from the
arguments first, then a sidecar ``NAME.meta.json`` beside the file, then the file itself
(HTML meta tags, PDF document information). Every problem with an input raises
:class:`ReportError` with one line naming the input and the problem. The readers, one per
format, live in :mod:`workbench.readers`.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import ReportError
from .readers import CONTENT_TYPES, READERS, Origin, Reader
from .readers.decode import too_big
from .readers.fetch import DEFAULT_TIMEOUT, fetch, is_url, url_doc_id
from .report import Report

MAX_BYTES = 20 * 1024 * 1024
SIDECAR_SUFFIX = ".meta.json"


def load_report(
    source: str | Path | None = None,
    *,
    text: str | None = None,
    published: str | dt.date | None = None,
    title: str | None = None,
    source_name: str | None = None,
    url: str | None = None,
    doc_id: str | None = None,
    max_bytes: int = MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
) -> Report:
    """Load one report from a file path, an http(s) URL, or ``text``.

    Arguments given here override metadata found in a sidecar or in the file;
    ``published`` accepts a date or an ISO ``YYYY-MM-DD`` string.
    """
    if text is not None:
        if source is not None:
            raise ReportError(source, "give either a path or text=, not both")
        label = doc_id or "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        if not text.strip():
            raise ReportError(label, "the text is empty")
        report = Report(text=text, doc_id=label, format="string")
    elif source is None:
        raise ReportError("load_report", "give a path, a URL or text=")
    elif is_url(source):
        report = _read_url(str(source).strip(), max_bytes=max_bytes, timeout=timeout)
    else:
        report = _read_file(Path(source), max_bytes=max_bytes)
    overrides = {
        "published": parse_date(published, where=str(source or report.doc_id)) if published else None,
        "title": title,
        "source": source_name,
        "url": url,
        "doc_id": doc_id,
    }
    for key, value in overrides.items():
        if value is not None:
            setattr(report, key, value)
    return report


def load_corpus(
    sources: str | Path | Iterable[str | Path],
    *,
    max_bytes: int = MAX_BYTES,
) -> list[Report]:
    """Load every report in a folder, a glob pattern, or a list of paths and URLs (any mix of formats)."""
    return [load_report(path, max_bytes=max_bytes) for path in corpus_paths(sources)]


def corpus_paths(sources: str | Path | Iterable[str | Path]) -> list[str | Path]:
    """The report files (and URLs) a folder, glob or list stands for, in name order."""
    if isinstance(sources, str | Path):
        sources = [sources]
    found: list[str | Path] = []
    for item in sources:
        text = str(item)
        if is_url(text):
            found.append(text)
        elif Path(item).is_dir():
            found.extend(sorted(p for p in Path(item).iterdir() if is_report_file(p)))
        elif any(ch in text for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True))
            found.extend(p for p in matches if is_report_file(p))
            if not matches:
                raise ReportError(text, "no files match this pattern")
        else:
            found.append(Path(item))
    return found


def is_report_file(path: Path) -> bool:
    """True for a file this library can read (sidecars and hidden files are not reports)."""
    return (
        path.is_file()
        and not path.name.startswith(".")
        and not path.name.endswith(SIDECAR_SUFFIX)
        and path.suffix.lower() in READERS
    )


def parse_date(value: str | dt.date, *, where: str) -> dt.date:
    """A date from a ``date``/``datetime`` or an ISO string (a time part is ignored)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ReportError(where, f"published date {value!r} is not YYYY-MM-DD") from None


# ---------------------------------------------------------------------- files and URLs


def _read_file(path: Path, *, max_bytes: int) -> Report:
    if not path.exists():
        raise ReportError(path, "no such file")
    if path.is_dir():
        raise ReportError(path, "is a folder, not a file (use load_corpus for folders)")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise ReportError(path, f"unsupported file type {path.suffix or '(none)'!r}; expected one of {known}")
    size = path.stat().st_size
    if size > max_bytes:
        raise ReportError(path, too_big("file", size, max_bytes))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReportError(path, f"cannot read: {exc.strerror or exc}") from None
    report = reader(data, Origin.for_file(path))
    _apply_sidecar(report, path)
    return report


def _read_url(url: str, *, max_bytes: int, timeout: float) -> Report:
    download = fetch(url, timeout=timeout, max_bytes=max_bytes)
    reader = reader_for_download(download.content_type, download.url, download.data)
    if reader is None:
        raise ReportError(url, f"unsupported content type {download.content_type!r}")
    origin = Origin(label=url, doc_id=url_doc_id(download.url), url=url, charset=download.charset)
    return reader(download.data, origin)


def reader_for_download(content_type: str, url: str, data: bytes) -> Reader | None:
    """The reader for a download: by content type, else by the URL's suffix, else by the bytes."""
    if content_type in CONTENT_TYPES:
        return CONTENT_TYPES[content_type]
    suffix = PurePosixPath(url.split("?", 1)[0].split("#", 1)[0]).suffix.lower()
    if suffix in READERS:
        return READERS[suffix]
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return READERS[".pdf"]
    if head.startswith((b"<!doctype html", b"<html")):
        return READERS[".html"]
    return None


# ---------------------------------------------------------------------- sidecars


def sidecar_path(path: Path) -> Path:
    """``reports/x.txt`` -> ``reports/x.meta.json``."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def _apply_sidecar(report: Report, path: Path) -> None:
    meta_path = sidecar_path(path)
    if not meta_path.exists():
        return
    try:
        meta: Any = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportError(meta_path, f"sidecar is not valid JSON ({' '.join(str(exc).split())})") from None
    if not isinstance(meta, dict):
        raise ReportError(meta_path, "sidecar must hold a JSON object")
    if meta.get("published"):
        report.published = parse_date(meta["published"], where=str(meta_path))
    for key in ("title", "source", "url"):
        if meta.get(key):
            setattr(report, key, str(meta[key]))
