"""The on-disk cache of extraction results: Parquet files keyed by everything that changes a result.

A report's key hashes its file's bytes, its sidecar (title, published date, source), the
analyst's corrections file beside it, its doc id and the library fingerprint (version, the
extraction code and data files, spaCy and model versions). A changed input or a new
library gives a new key, so a stale result is never served.

Each report's tables are stored as one Parquet file (see :mod:`workbench.tables`). A
processed corpus is also saved as one *pack*: all its reports' rows in a single Parquet file,
so that reopening a corpus of thousands of reports reads one file, not thousands.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .files import atomic_path
from .nlp import MODEL_NAMES

CACHE_ENV = "WORKBENCH_CACHE_DIR"
#: Bump it when what is cached changes shape without a change to the extractors: the packing
#: in ``tables.py`` or the per-report work in ``corpus.extract_reports`` (documents row, doc ids).
CACHE_FORMAT = 1
#: Packs kept per cache folder (the most recently used); older ones are deleted.
MAX_PACKS = 16
_PACKAGE = Path(__file__).resolve().parent
#: Parts of the package that do not change extraction results (views, panels, the CLI, the engines,
#: and the comparison of figures, which runs on the cached tables every time).
_NOT_EXTRACTION = frozenset(
    {
        "widgets", "__pycache__", "corpus_views.py", "cli.py", "parallel.py", "cache.py",
        "compare.py", "compare_reports.py", "quantity_corrections.py",
    }
)  # fmt: skip


def default_cache_dir() -> Path:
    """``$WORKBENCH_CACHE_DIR`` when set, else ``cache/`` in the workbench state folder."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    from .current import state_dir

    return state_dir() / "cache"


@cache
def library_fingerprint() -> str:
    """A hash of what makes results: library version and code, spaCy and model versions."""
    from . import __version__

    digest = hashlib.sha256(f"{CACHE_FORMAT}:{__version__}:{model_identity()}".encode())
    for path in sorted(_PACKAGE.rglob("*")):
        relative = path.relative_to(_PACKAGE)
        if path.is_file() and relative.parts[0] not in _NOT_EXTRACTION and path.suffix != ".pyc":
            digest.update(str(relative).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def model_identity() -> str:
    """spaCy's version and the name and version of the model :func:`workbench.nlp.load_model` picks.

    Read from package metadata, so computing a cache key never imports spaCy.
    """
    names = [os.environ["WORKBENCH_SPACY_MODEL"]] if os.environ.get("WORKBENCH_SPACY_MODEL") else MODEL_NAMES
    model = "none"
    for name in names:
        if importlib.util.find_spec(name) is not None:
            model = f"{name}=={_distribution_version(name)}"
            break
    return f"spacy=={_distribution_version('spacy')};{model}"


def _distribution_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def file_digest(path: Path) -> str | None:
    """SHA-256 of a file's bytes, or None when there is no such file."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def cache_key(*parts: str | None) -> str:
    """The key of one report's results: its input digests with the library fingerprint."""
    return hashlib.sha256(json.dumps([library_fingerprint(), *parts]).encode()).hexdigest()


class ResultCache:
    """Per-report Parquet files and per-corpus packs under one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def report_path(self, key: str) -> Path:
        return self.folder / "reports" / key[:2] / f"{key}.parquet"

    def get(self, key: str) -> pa.Table | None:
        """The cached table of one report, or None (a missing or unreadable file is a miss)."""
        return _read(self.report_path(key))

    def put(self, key: str, table: pa.Table) -> None:
        _write(self.report_path(key), table)

    def pack_path(self, corpus_id: str) -> Path:
        return self.folder / "packs" / f"{corpus_id}.parquet"

    def get_pack(self, corpus_id: str) -> pa.Table | None:
        """The saved pack of a corpus (marked as recently used), or None."""
        path = self.pack_path(corpus_id)
        table = _read(path)
        if table is not None:
            os.utime(path)
        return table

    def put_pack(self, corpus_id: str, table: pa.Table) -> None:
        """Save a corpus's pack and delete the least recently used packs beyond :data:`MAX_PACKS`."""
        _write(self.pack_path(corpus_id), table)
        packs = sorted(self.pack_path(corpus_id).parent.glob("*.parquet"), key=_mtime, reverse=True)
        for stale in packs[MAX_PACKS:]:
            stale.unlink(missing_ok=True)


def corpus_id(sources: Iterable[str]) -> str:
    """The identity of a corpus (its sources, in order), naming its pack."""
    return hashlib.sha256("\n".join(sources).encode()).hexdigest()[:32]


def _read(path: Path) -> pa.Table | None:
    try:
        return pq.read_table(path)
    except (OSError, pa.ArrowException):
        return None


def _write(path: Path, table: pa.Table) -> None:
    """Write atomically (a temporary file and a rename), so readers never see half a file."""
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return 0.0
