"""Quotes and their speakers (issue #3 fills this in; the columns are the contract)."""

from __future__ import annotations

import pandas as pd

from .report import Report

QUOTE_COLUMNS = [
    "quote_id", "doc_id", "start", "end", "text", "kind",
    "speaker", "speaker_id", "speaker_mention", "mention_start", "mention_end", "cue",
    "sentence_id", "paragraph_id", "post_id", "repeat_of", "flag",
]  # fmt: skip


def extract_quotes(report: Report) -> pd.DataFrame:
    """One row per quote occurrence, with its speaker and provenance."""
    return pd.DataFrame(columns=QUOTE_COLUMNS)
