"""Reading reports: one reader per format, each returning a :class:`Report`.

``load_report`` takes a path, an http(s) URL or (with ``text=``) a Python string;
``load_corpus`` takes a folder, a glob or a list of those. Metadata comes from the
arguments first, then a sidecar ``NAME.meta.json`` beside the file, then the file itself.
Every problem with an input raises :class:`ReportError` naming the input.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from . import structure
from .errors import ReportError
from .report import Report

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
SIDECAR_SUFFIX = ".meta.json"

Reader = Callable[[Path, bytes], Report]


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
) -> Report:
    """Load one report from a file path, or from ``text``.

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
    """Load every report in a folder, a glob pattern, or a list of paths and URLs."""
    return [load_report(path, max_bytes=max_bytes) for path in corpus_paths(sources)]


def corpus_paths(sources: str | Path | Iterable[str | Path]) -> list[str | Path]:
    """The report files (and URLs) a folder, glob or list stands for, in name order."""
    if isinstance(sources, str | Path):
        sources = [sources]
    found: list[str | Path] = []
    for item in sources:
        text = str(item)
        if text.startswith(("http://", "https://")):
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


# ---------------------------------------------------------------------- files


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
        raise ReportError(path, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReportError(path, f"cannot read: {exc.strerror or exc}") from None
    report = reader(path, data)
    _apply_sidecar(report, path)
    return report


def decode_text(data: bytes, *, where: object) -> str:
    """Bytes to text: UTF-8 (a BOM is kept as U+FEFF so offsets match the file), else cp1252, else latin-1."""
    if not data.strip():
        raise ReportError(where, "file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReportError(where, "looks like UTF-16 but does not decode") from None
    if looks_binary(data):
        raise ReportError(where, "looks like a binary file, not text")
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not text.strip("\ufeff \t\r\n"):
            raise ReportError(where, "file holds only whitespace")
        return text
    raise ReportError(where, "cannot decode the bytes as text")  # pragma: no cover - latin-1 decodes anything


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters, in the first 8 KB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def read_text(path: Path, data: bytes) -> Report:
    """Plain text: one paragraph per line; the first line is the title."""
    text = decode_text(data, where=path)
    report = Report(text=text, doc_id=path.stem, path=path, format="text")
    report.title = _first_paragraph(report)
    return report


def read_markdown(path: Path, data: bytes) -> Report:
    """Markdown: paragraphs split on blank lines; ``#`` headings are headlines."""
    text = decode_text(data, where=path)
    report = Report(
        text=text, doc_id=path.stem, path=path, format="markdown", blocks=structure.markdown_blocks(text)
    )
    report.title = _first_paragraph(report)
    return report


def _first_paragraph(report: Report) -> str | None:
    if report.paragraphs.empty:
        return None
    return str(report.paragraphs["text"].iat[0]).lstrip("\ufeff")


READERS: dict[str, Reader] = {
    **dict.fromkeys(TEXT_SUFFIXES, read_text),
    **dict.fromkeys(MARKDOWN_SUFFIXES, read_markdown),
}


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
        raise ReportError(meta_path, f"sidecar is not valid JSON ({exc})") from None
    if not isinstance(meta, dict):
        raise ReportError(meta_path, "sidecar must hold a JSON object")
    if meta.get("published"):
        report.published = parse_date(meta["published"], where=str(meta_path))
    for key in ("title", "source", "url"):
        if meta.get(key):
            setattr(report, key, str(meta[key]))
