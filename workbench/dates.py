"""Date expressions normalised against the publication date (issue #5 fills this in)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from .report import Report

DATE_COLUMNS = [
    "date_id", "doc_id", "start", "end", "date_text", "date", "granularity", "date_start", "date_end",
    "sentence_id", "paragraph_id", "post_id",
]  # fmt: skip


def extract_dates(report: Report, *, published: dt.date | None = None) -> pd.DataFrame:
    """One row per date expression, with its normalised date and granularity."""
    return pd.DataFrame(columns=DATE_COLUMNS)
