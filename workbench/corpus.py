"""Corpora: the full extraction over many reports, in parallel, cached on disk.

>>> corpus = wb.analyse_corpus("reports/")          # a folder, a glob, or a list of paths
>>> corpus.quotes                                    # every report's quotes, each row with doc_id
>>> corpus.documents                                 # one row per report: title, date, outlet, counts
>>> corpus.filter(sources=["Wire"], start="2024-10-01").figures

Extraction of one report is a pure function of its file (see :func:`extract_reports`), so
it runs on worker processes (``engine="local"``, the spaCy model loaded once per worker and
reports parsed in batches with ``nlp.pipe``) or on a Dask cluster (``engine="dask"``).
Results are cached per report (see :mod:`workbench.cache`): reopening a processed corpus
reads one file, and only new or changed reports are extracted again. A report that fails
is listed in ``corpus.failures`` with its one-line error, and the others still finish.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Literal, TypeVar

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import tables
from .cache import ResultCache, cache_key, corpus_id, default_cache_dir, file_digest
from .corpus_actors import apply_corpus_names
from .corrections import FILE_NAME as CORRECTIONS_FILE
from .corrections import Corrections
from .errors import ReportError, WorkbenchError
from .extract import TABLES, extract, json_value
from .files import atomic_path
from .load import corpus_paths, load_report, parse_date, sidecar_path
from .parallel import Engine, default_workers, run_batches
from .quantity_corrections import SECTION as QUANTITY_SECTION
from .report import Report

T = TypeVar("T")
OutputFormat = Literal["parquet", "csv", "jsonl"]
OUTPUT_FORMATS: tuple[OutputFormat, ...] = ("parquet", "csv", "jsonl")
#: The tables of a corpus: one row per report, then the four extraction tables.
CORPUS_TABLES = ("documents", *TABLES)
DOCUMENT_COLUMNS = [
    "doc_id", "title", "published", "source", "url", "path", "format",
    "words", "sentences", "paragraphs", "posts", "quotes", "figures", "events", "actors",
    "seconds", "status", "error",
]  # fmt: skip
#: Reports per batch sent to a worker (parsed together by ``nlp.pipe``).
BATCH_SIZE = 4
#: Modules the local worker processes import before they start.
WORKER_PRELOAD = ("workbench.corpus", "spacy")
_EXTRACTING = threading.Lock()


@dataclass(frozen=True)
class Task:
    """One report to extract: where it is, its doc id and its cache key (None: do not cache)."""

    source: str
    doc_id: str | None
    key: str | None


@dataclass(frozen=True)
class ReportResult:
    """The packed tables of one report (see :mod:`workbench.tables`), or why it failed."""

    task: Task
    table: pa.Table | None
    error: str | None = None


def extract_reports(tasks: Sequence[Task]) -> list[ReportResult]:
    """Load, parse (one ``nlp.pipe`` over the batch) and extract each report; one failure stays one result.

    This is the pure function the engines run on their workers.
    """
    with _EXTRACTING:  # the threads of one Dask worker take turns; worker processes never wait
        results: dict[Task, ReportResult] = {}
        loaded: dict[Task, Report] = {}
        seconds: dict[Task, float] = {}
        for task in tasks:
            started = time.perf_counter()
            try:
                loaded[task] = load_report(task.source, doc_id=task.doc_id)
            except Exception as exc:
                results[task] = ReportResult(task, None, _one_line(task, exc))
            seconds[task] = time.perf_counter() - started
        started = time.perf_counter()
        _parse_together(list(loaded.values()))
        parse_share = (time.perf_counter() - started) / max(1, len(loaded))
        for task, report in loaded.items():
            started = time.perf_counter()
            try:
                extraction = extract(report)
                parts = {name: _with_doc_id(extraction.table(name), report.doc_id) for name in TABLES}
                spent = seconds[task] + parse_share + time.perf_counter() - started
                document = _document_row(report, parts, spent)
                results[task] = ReportResult(task, tables.pack({"documents": document, **parts}))
            except Exception as exc:
                results[task] = ReportResult(task, None, _one_line(task, exc))
        return [results[task] for task in tasks]


def _parse_together(reports: list[Report]) -> None:
    """Parse the reports with one ``nlp.pipe`` call and keep each Doc on its report.

    If that fails, the reports not yet parsed parse themselves during extraction, so the
    one at fault reports its own error.
    """
    from .nlp import parse_many

    try:
        for report, doc in zip(reports, parse_many(reports, batch_size=len(reports) or 1), strict=True):
            report.doc = doc
    except Exception:
        return


def warm_up() -> None:
    """Load the spaCy model (run once in each worker process before its first batch)."""
    from .nlp import load_model

    load_model()


def _one_line(task: Task, exc: Exception) -> str:
    """The error a failed report is listed with: the library's message, or the unexpected exception."""
    if isinstance(exc, WorkbenchError):
        return " ".join(str(exc).split())
    return " ".join(f"{task.source}: extraction failed ({type(exc).__name__}: {exc})".split())


def _with_doc_id(frame: pd.DataFrame, doc_id: str) -> pd.DataFrame:
    if "doc_id" in frame.columns:
        return frame
    frame = frame.copy(deep=False)  # copy-on-write: the caller's frame is left alone
    frame.insert(0, "doc_id", doc_id)
    return frame


def _document_row(report: Report, parts: dict[str, pd.DataFrame], seconds: float) -> pd.DataFrame:
    meta = report.metadata()
    row = {
        **{k: meta.get(k) for k in ("doc_id", "title", "source", "url", "path", "format")},
        "published": report.published,
        "words": len(report.text.split()),
        "sentences": len(report.sentences),
        "paragraphs": len(report.paragraphs),
        "posts": len(report.posts),
        **{name: len(frame) for name, frame in parts.items()},
        "seconds": round(seconds, 4),
        "status": "ok",
        "error": None,
    }
    return pd.DataFrame([row], columns=DOCUMENT_COLUMNS)


# ---------------------------------------------------------------------- planning


def plan_tasks(sources: str | Path | Iterable[str | Path]) -> list[Task]:
    """One task per report file (or URL) of a folder, glob or list, with unique doc ids and cache keys."""
    given_sources = [sources] if isinstance(sources, str | Path) else list(sources)
    for given in given_sources:
        text = str(given)
        if (
            not text.startswith(("http://", "https://"))
            and not any(c in text for c in "*?[")
            and not Path(given).exists()
        ):
            raise ReportError(given, "no such file or folder")
    found: list[str] = []
    seen: set[str] = set()
    for item in corpus_paths(given_sources):
        where = item if isinstance(item, str) else str(Path(item).resolve())
        if where not in seen:
            seen.add(where)
            found.append(where)
    if not found:
        raise WorkbenchError(
            f"{_describe(sources)}: no reports found (.txt, .md and the other readable types)"
        )
    doc_ids = _unique_doc_ids(found)
    corrections: dict[Path, str | None] = {}
    tasks = []
    for where, doc_id in zip(found, doc_ids, strict=True):
        if where.startswith(("http://", "https://")):
            tasks.append(Task(where, None, None))
            continue
        path = Path(where)
        content = file_digest(path)
        if content is None:  # missing: let the worker report it like any other bad input
            tasks.append(Task(where, doc_id, None))
            continue
        folder = path.parent
        if folder not in corrections:
            corrections[folder] = extraction_corrections_digest(folder / CORRECTIONS_FILE)
        key = cache_key(
            content, path.suffix.lower(), file_digest(sidecar_path(path)), corrections[folder], doc_id
        )
        tasks.append(Task(where, doc_id, key))
    return tasks


def extraction_corrections_digest(path: Path) -> str | None:
    """A digest of the corrections that change what is extracted (actors, speakers), not of the
    quantity merges, which only regroup figures: saving a merge re-extracts nothing."""
    if not path.exists():
        return None
    try:
        sections = Corrections.load(path).sections
    except WorkbenchError:
        return file_digest(path)  # a corrupt file: each report then reports it as its error
    kept = {name: records for name, records in sections.items() if name != QUANTITY_SECTION}
    return hashlib.sha256(json.dumps(kept, sort_keys=True).encode()).hexdigest()


def _unique_doc_ids(sources: list[str]) -> list[str | None]:
    """File stems; file names where two stems clash; full paths where names clash too (None for URLs)."""
    paths = [None if s.startswith(("http://", "https://")) else Path(s) for s in sources]
    ids = [p.stem if p else None for p in paths]
    for fuller in ("name", "path"):
        counts = Counter(i for i in ids if i is not None)
        ids = [
            (p.name if fuller == "name" else str(p))
            if p is not None and i is not None and counts[i] > 1
            else i
            for p, i in zip(paths, ids, strict=True)
        ]
    return ids


def _describe(sources: str | Path | Iterable[str | Path]) -> str:
    if isinstance(sources, str | Path):
        return str(sources)
    items = [str(s) for s in sources]
    return ", ".join(items[:3]) + (", ..." if len(items) > 3 else "") if items else "(no sources)"


# ---------------------------------------------------------------------- the corpus


class Corpus:
    """The tables of many reports; each row of each table carries its report's ``doc_id``.

    ``documents`` has one row per report (title, published, source, counts, ``status``
    ``"ok"``/``"failed"`` and ``error``); ``quotes``, ``figures``, ``events`` and ``actors``
    are the extractors' tables for every report, one after another. ``from_cache`` and
    ``extracted`` say how many reports came from the cache and how many were extracted.
    """

    def __init__(
        self,
        documents: pd.DataFrame,
        quotes: pd.DataFrame | Callable[[], pd.DataFrame],
        figures: pd.DataFrame | Callable[[], pd.DataFrame],
        events: pd.DataFrame | Callable[[], pd.DataFrame],
        actors: pd.DataFrame | Callable[[], pd.DataFrame],
        *,
        from_cache: int = 0,
        extracted: int = 0,
        root: Corpus | None = None,
    ) -> None:
        self.documents = documents
        #: Tables, or functions computing them on first use (a filtered corpus filters lazily).
        self._tables = {"quotes": quotes, "figures": figures, "events": events, "actors": actors}
        self.from_cache = from_cache
        self.extracted = extracted
        #: The whole corpus a filtered one was taken from (itself when not filtered).
        self.root: Corpus = root or self
        self._memo: dict[str, Any] = {}

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """Compute a derived value once per corpus (views cache corpus-wide work on ``corpus.root``)."""
        if key not in self._memo:
            self._memo[key] = compute()
        value: T = self._memo[key]
        return value

    @property
    def quotes(self) -> pd.DataFrame:
        return self.table("quotes")

    @property
    def figures(self) -> pd.DataFrame:
        return self.table("figures")

    @property
    def events(self) -> pd.DataFrame:
        return self.table("events")

    @property
    def actors(self) -> pd.DataFrame:
        return self.table("actors")

    def table(self, name: str) -> pd.DataFrame:
        """One of :data:`CORPUS_TABLES` by name."""
        if name == "documents":
            return self.documents
        if name not in self._tables:
            raise KeyError(f"no table {name!r}; tables are {', '.join(CORPUS_TABLES)}")
        value = self._tables[name]
        if callable(value):
            value = self._tables[name] = value()
        return value

    @property
    def failures(self) -> pd.DataFrame:
        """The reports that could not be extracted: doc id, path and the one-line error."""
        failed = self.documents[self.documents["status"] == "failed"]
        return failed[["doc_id", "path", "error"]].reset_index(drop=True)

    @property
    def sources(self) -> list[str]:
        """The outlets of the reports, sorted (for filters)."""
        return sorted({str(s) for s in self.documents["source"].dropna()})

    def filter(
        self,
        *,
        sources: Iterable[str] | None = None,
        start: str | dt.date | None = None,
        end: str | dt.date | None = None,
        doc_ids: Iterable[str] | None = None,
    ) -> Corpus:
        """The reports from these outlets, published between ``start`` and ``end`` (inclusive).

        A date bound leaves out undated reports; None means no restriction.
        """
        documents = self.documents
        keep = pd.Series(True, index=documents.index)
        if sources is not None:
            keep &= documents["source"].isin(list(sources))
        if doc_ids is not None:
            keep &= documents["doc_id"].isin(list(doc_ids))
        published = documents["published"]
        if start is not None:
            first = parse_date(start, where="filter start")
            keep &= published.map(lambda d: d is not None and not pd.isna(d) and d >= first).astype(bool)
        if end is not None:
            last = parse_date(end, where="filter end")
            keep &= published.map(lambda d: d is not None and not pd.isna(d) and d <= last).astype(bool)
        if bool(keep.all()):
            return self
        wanted = set(documents.loc[keep, "doc_id"])
        quotes, figures, events, actors = (partial(_rows_of, self, name, wanted) for name in TABLES)
        return Corpus(documents[keep].reset_index(drop=True), quotes, figures, events, actors, root=self.root)

    def write(self, folder: str | Path, *, format: OutputFormat = "parquet") -> list[Path]:
        """Write each table (documents, quotes, figures, events, actors) to ``folder``; returns the paths."""
        if format not in OUTPUT_FORMATS:
            raise WorkbenchError(f"unknown output format {format!r}; formats are {', '.join(OUTPUT_FORMATS)}")
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name in CORPUS_TABLES:
            path = folder / f"{name}.{format}"
            write_table(self.table(name), path, format=format)
            written.append(path)
        return written

    def counts(self) -> dict[str, int]:
        """Rows per table (from the documents' counts, so a filtered corpus need not filter its tables)."""
        documents = self.documents
        return {
            name: int(pd.to_numeric(documents[name], errors="coerce").fillna(0).sum())
            if name in documents.columns
            else len(self.table(name))
            for name in TABLES
        }

    def __repr__(self) -> str:
        counts = ", ".join(f"{n:,} {name}" for name, n in self.counts().items())
        return f"Corpus({len(self.documents):,} reports, {len(self.failures)} failed; {counts})"


def _rows_of(corpus: Corpus, name: str, doc_ids: set[str]) -> pd.DataFrame:
    frame = corpus.table(name)
    if "doc_id" not in frame.columns:
        return frame
    return frame[frame["doc_id"].isin(doc_ids)].reset_index(drop=True)


def write_table(frame: pd.DataFrame, path: Path, *, format: OutputFormat) -> None:
    """One table as Parquet, CSV (lists as JSON text) or JSON Lines (one object per row).

    Written atomically: an interrupted write leaves the previous file (or none), never half a table.
    """
    with atomic_path(path) as tmp:
        if format == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(tables.to_arrow(frame), tmp)
        elif format == "csv":
            csv_ready = frame.copy()
            for name in frame.columns:
                if frame[name].map(lambda v: isinstance(v, list | tuple | dict)).any():
                    csv_ready[name] = frame[name].map(
                        lambda v: (
                            json.dumps(json_value(v), ensure_ascii=False)
                            if isinstance(v, list | tuple | dict)
                            else v
                        )
                    )
            csv_ready.to_csv(tmp, index=False)
        else:
            columns = [str(c) for c in frame.columns]
            with tmp.open("w", encoding="utf-8") as handle:
                for row in frame.itertuples(index=False, name=None):
                    record = {c: json_value(v) for c, v in zip(columns, row, strict=True)}
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------- analyse_corpus


def analyse_corpus(
    sources: str | Path | Iterable[str | Path],
    *,
    engine: Engine = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    cache: bool = True,
    cache_dir: str | Path | None = None,
    progress: bool = True,
    batch_size: int = BATCH_SIZE,
) -> Corpus:
    """Extract quotes, figures, events and actors from every report of a folder, glob or list.

    ``engine="local"`` uses ``workers`` processes (default: one per core; 1 runs here);
    ``engine="dask"`` uses the Dask scheduler at ``scheduler`` or a local Dask cluster.
    Cached results (``cache_dir``, default :func:`workbench.cache.default_cache_dir`) are
    reused; ``cache=False`` extracts everything and writes nothing. ``progress`` shows a
    tqdm bar (a widget in Jupyter, text in a terminal).
    """
    tasks = plan_tasks(sources)
    store = ResultCache(Path(cache_dir) if cache_dir else default_cache_dir()) if cache else None
    identity = corpus_id(t.source for t in tasks)
    cached = _cached(store, identity, tasks)
    todo = [t for t in tasks if t.key is None or t.key not in cached.keys]
    kept = list(cached.parts)  # what the pack of this corpus holds
    others: list[pa.Table] = []  # uncached reports and failures
    extracted = 0
    for result in _extract(todo, engine=engine, workers=workers, scheduler=scheduler, progress=progress,
                           done=len(tasks) - len(todo), total=len(tasks), batch_size=batch_size):  # fmt: skip
        task = result.task
        if result.table is None:
            others.append(tables.pack({"documents": _failed_row(task, result.error)}))
            continue
        extracted += 1
        if store is None or task.key is None:
            others.append(result.table)
            continue
        store.put(task.key, result.table)
        kept.append(tables.with_key(result.table, task.key))
    if store is not None and (extracted or not cached.complete):
        store.put_pack(identity, tables.concat(kept))
    return _assemble(
        tasks, tables.concat(kept + others), from_cache=len(tasks) - len(todo), extracted=extracted
    )


def _failed_row(task: Task, error: str | None) -> pd.DataFrame:
    row: dict[str, object] = dict.fromkeys(DOCUMENT_COLUMNS)
    row.update(doc_id=task.doc_id or task.source, path=task.source, status="failed", error=error)
    return pd.DataFrame([row], columns=DOCUMENT_COLUMNS, dtype=object)


@dataclass
class _Cached:
    """Cached tables of a corpus: the keys found, their tables, and whether the pack held exactly them."""

    keys: set[str] = field(default_factory=set)
    parts: list[pa.Table] = field(default_factory=list)
    complete: bool = False


def _cached(store: ResultCache | None, identity: str, tasks: list[Task]) -> _Cached:
    """The corpus's pack first, then per-report files for the keys it lacks."""
    cached = _Cached()
    if store is None:
        return cached
    wanted = {t.key for t in tasks if t.key is not None}
    pack = store.get_pack(identity)
    if pack is not None and tables.KEY_COLUMN in pack.column_names:
        rows = pack.filter(pc.is_in(pack[tables.KEY_COLUMN], pa.array(sorted(wanted), pa.string())))
        cached.keys = set(pc.unique(rows[tables.KEY_COLUMN]).to_pylist())
        cached.parts.append(rows)
        cached.complete = cached.keys == wanted and rows.num_rows == pack.num_rows
    for key in sorted(wanted - cached.keys):
        table = store.get(key)
        if table is not None:
            cached.keys.add(key)
            cached.parts.append(tables.with_key(table, key))
    return cached


def _extract(
    todo: list[Task],
    *,
    engine: Engine,
    workers: int | None,
    scheduler: str | None,
    progress: bool,
    done: int,
    total: int,
    batch_size: int,
) -> Iterator[ReportResult]:
    """Run :func:`extract_reports` over batches of ``todo`` with a progress bar."""
    if not todo:
        return
    from tqdm.auto import tqdm

    size = max(1, min(batch_size, math.ceil(len(todo) / ((workers or default_workers()) * 4))))
    batches = [todo[i : i + size] for i in range(0, len(todo), size)]
    failed = 0
    running = run_batches(
        extract_reports,
        batches,
        engine=engine,
        workers=workers,
        scheduler=scheduler,
        initializer=warm_up,
        preload=WORKER_PRELOAD,
    )
    # closing(): an interrupt (Ctrl-C, a kernel interrupt, SIGTERM in the CLI) stops the workers at once
    with (
        closing(running),
        tqdm(total=total, initial=done, unit="report", desc="extracting", disable=not progress) as bar,
    ):
        for results in running:
            for result in results:
                failed += result.table is None
                yield result
            bar.update(len(results))
            if failed:
                bar.set_postfix(failed=failed)


def _assemble(tasks: list[Task], combined: pa.Table, *, from_cache: int, extracted: int) -> Corpus:
    """The corpus tables, rows in the order of the tasks."""
    frames = tables.unpack(combined, CORPUS_TABLES)
    documents = frames["documents"]
    if documents.empty:
        documents = pd.DataFrame(columns=DOCUMENT_COLUMNS)
    position = {t.doc_id or t.source: i for i, t in enumerate(tasks)}
    source_of = {t.doc_id or t.source: t.source for t in tasks}
    documents["path"] = [
        source_of.get(d, p) for d, p in zip(documents["doc_id"], documents["path"], strict=True)
    ]
    named = apply_corpus_names({name: frames[name] for name in TABLES})  # one name per actor
    quotes, figures, events, actors = (_in_order(named[name], position) for name in TABLES)
    return Corpus(
        _in_order(documents, position),
        quotes,
        figures,
        events,
        actors,
        from_cache=from_cache,
        extracted=extracted,
    )


def _in_order(frame: pd.DataFrame, position: dict[str, int]) -> pd.DataFrame:
    if frame.empty or "doc_id" not in frame.columns:
        return frame.reset_index(drop=True)
    order = frame["doc_id"].map(position).fillna(len(position)).to_numpy()
    return frame.iloc[order.argsort(kind="stable")].reset_index(drop=True)
