"""Exports of an event table: CSV for spreadsheets, TimelineJS JSON for a web timeline.

TimelineJS (https://timeline.knightlab.com) reads ``{"title": ..., "events": [...]}`` with
``start_date``/``end_date`` objects of ``year``/``month``/``day`` strings and HTML ``text``;
article text goes into that HTML escaped (:mod:`workbench.html`), never raw.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from .files import atomic_write_text
from .html import escape

#: The columns written to CSV, in order (list-valued ``actors`` is joined with "; ").
CSV_COLUMNS = [
    "doc_id", "date", "granularity", "date_text", "actor", "actors", "what", "sentence",
    "start", "end", "sentence_id", "paragraph_id", "post_id", "repeat_of", "event_id",
]  # fmt: skip


def events_csv(events: pd.DataFrame) -> str:
    """The events as CSV text (UTF-8, one row per event)."""
    frame = events.reindex(columns=CSV_COLUMNS).copy()
    frame["actors"] = [
        "; ".join(members) if isinstance(members, list | tuple) else members for members in frame["actors"]
    ]
    text: str = frame.to_csv(index=False)
    return text


def write_events_csv(events: pd.DataFrame, path: str | Path) -> Path:
    """Write :func:`events_csv` to ``path`` atomically; returns the path."""
    path = Path(path)
    atomic_write_text(path, events_csv(events))
    return path


def timelinejs(events: pd.DataFrame, *, title: str = "Dated events") -> dict[str, Any]:
    """The events as a TimelineJS 3 object (``group`` is the actor, one slide per event)."""
    slides = []
    for row in events.to_dict("records"):
        if pd.isna(row.get("date_start")):
            continue
        slide: dict[str, Any] = {
            "start_date": _date_parts(row["date_start"], str(row["granularity"])),
            "display_date": f"{row['date_text']} ({row['date']})",
            "text": {"headline": escape(row.get("what") or row["date_text"]), "text": _slide_text(row)},
            "group": row["actor"] if isinstance(row.get("actor"), str) else "(no actor)",
            "unique_id": f"{row['doc_id']}-{row['event_id']}",
        }
        if row["granularity"] != "day":
            slide["end_date"] = _date_parts(row["date_end"], str(row["granularity"]))
        slides.append(slide)
    return {"title": {"text": {"headline": escape(title), "text": ""}}, "events": slides}


def write_timelinejs(events: pd.DataFrame, path: str | Path, *, title: str = "Dated events") -> Path:
    """Write :func:`timelinejs` as JSON to ``path`` atomically; returns the path."""
    path = Path(path)
    atomic_write_text(path, json.dumps(timelinejs(events, title=title), ensure_ascii=False, indent=1))
    return path


def _date_parts(day: pd.Timestamp, granularity: str) -> dict[str, str]:
    """TimelineJS date fields for the precision the date has."""
    parts = {"year": str(day.year)}
    if granularity in ("month", "day", "interval"):
        parts["month"] = str(day.month)
    if granularity in ("day", "interval"):
        parts["day"] = str(day.day)
    return parts


def _slide_text(row: Mapping[Hashable, Any]) -> str:
    actor = row["actor"] if isinstance(row.get("actor"), str) else "no actor"
    sentence = row.get("sentence") if isinstance(row.get("sentence"), str) else ""
    return (
        f"<p><b>{escape(actor)}</b></p><p>{escape(sentence)}</p><p><small>{escape(row['doc_id'])}</small></p>"
    )
