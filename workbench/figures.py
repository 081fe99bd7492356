"""Numeric figures, what they count and who claims them (issue #4 fills this in)."""

from __future__ import annotations

import pandas as pd

from .report import Report

FIGURE_COLUMNS = [
    "figure_id", "doc_id", "start", "end", "text", "value", "value_max", "unit", "unit_text", "kind",
    "counted", "approx", "vague", "source", "source_id", "date", "converts",
    "sentence_id", "paragraph_id", "post_id", "repeat_of",
]  # fmt: skip


def extract_figures(report: Report) -> pd.DataFrame:
    """One row per figure occurrence, with value, unit, counted phrase, hedge and claimant."""
    return pd.DataFrame(columns=FIGURE_COLUMNS)
