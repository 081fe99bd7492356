"""Run every extractor over a report and shape the result as tables or as JSON."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from .report import Report

#: The fields of each table in ``workbench extract`` JSON (see ../shared/eval/FORMAT.md).
#: Each "who" comes with its evidence: the rule in words, a confidence, and the candidates of an
#: ambiguous pronoun (see :mod:`workbench.attribution.rules`).
JSON_FIELDS = {
    "quotes": [
        "text", "start", "end", "speaker", "speaker_mention", "cue", "kind",
        "speaker_how", "speaker_confidence", "speaker_candidates",
    ],
    "figures": [
        "text", "start", "end", "value", "value_max", "unit", "counted", "source", "approx",
        "source_how", "source_confidence",
    ],
    "events": ["date_text", "start", "end", "date", "actor", "what", "actor_how", "actor_confidence"],
    "actors": ["name", "kind", "aliases"],
}  # fmt: skip
TABLES = tuple(JSON_FIELDS)


@dataclass
class Extraction:
    """The four tables extracted from one report."""

    report: Report
    quotes: pd.DataFrame
    figures: pd.DataFrame
    events: pd.DataFrame
    actors: pd.DataFrame

    def table(self, name: str) -> pd.DataFrame:
        if name not in TABLES:
            raise KeyError(f"no table {name!r}; tables are {', '.join(TABLES)}")
        frame: pd.DataFrame = getattr(self, name)
        return frame

    def to_json(self) -> dict[str, Any]:
        """The JSON object ``workbench extract`` prints: report metadata and four lists."""
        out: dict[str, Any] = {"report": self.report.metadata()}
        for name, fields in JSON_FIELDS.items():
            table = self.table(name)
            if name == "quotes" and "kind" in table.columns:  # FORMAT.md: only words between quote marks
                table = table[table["kind"] != "indirect"]
            out[name] = records(table, fields)
        return out

    def write_csv(self, folder: Path) -> list[Path]:
        """One CSV per table, named ``DOC_quotes.csv`` and so on; returns the paths written."""
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name in TABLES:
            path = folder / f"{self.report.doc_id}_{name}.csv"
            self.table(name).to_csv(path, index=False)
            written.append(path)
        return written


def extract(report: Report, *, published: dt.date | None = None) -> Extraction:
    """Quotes, figures, dated events and actors of ``report``."""
    # Imported here, not at the top: ``import workbench`` imports this module (see __init__.py).
    from .actors import extract_actors
    from .events import extract_events
    from .figures import extract_figures
    from .quotes import extract_quotes

    return Extraction(
        report=report,
        quotes=extract_quotes(report),
        figures=extract_figures(report),
        events=extract_events(report, published=published or report.published),
        actors=extract_actors(report),
    )


def records(frame: pd.DataFrame, fields: list[str]) -> list[dict[str, Any]]:
    """Rows as plain JSON-ready dicts (missing values become None, numpy scalars Python ones)."""
    present = [f for f in fields if f in frame.columns]
    return [
        {field: json_value(value) for field, value in zip(present, row, strict=True)}
        for row in frame[present].itertuples(index=False, name=None)
    ]


def json_value(value: Any) -> Any:
    """A value JSON can hold: None for NA/NaN, Python numbers, lists for arrays, ISO dates."""
    if isinstance(value, list | tuple | np.ndarray):
        return [json_value(v) for v in value]
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
