"""Dated events: who did what, when (issue #5 fills this in)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from .report import Report

EVENT_COLUMNS = [
    "event_id", "doc_id", "start", "end", "date_text", "date", "granularity", "actor", "actor_id", "what",
    "sentence", "sentence_id", "paragraph_id", "post_id", "repeat_of",
]  # fmt: skip


def extract_events(report: Report, *, published: dt.date | None = None) -> pd.DataFrame:
    """One row per dated event: date, actor, a short summary of what happened, the sentence."""
    return pd.DataFrame(columns=EVENT_COLUMNS)
