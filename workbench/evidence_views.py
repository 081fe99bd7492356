"""The evidence beside each row, and the rows that need a human look put first.

Quotes, figures and events each name a "who" (``speaker``, ``source``, ``actor``) with the rule
that named it (``*_how``), a confidence (``*_confidence``) and, for a pronoun two actors fit, the
candidates (``*_candidates``; see :mod:`workbench.attribution.rules`). :func:`certainty` reads them as one
label per row and :func:`uncertain_first` orders a table by it, most uncertain first:

1. **ambiguous**: a pronoun two actors fit; no name given, the candidates listed;
2. **low**: a name read off the layout (the previous paragraph's speaker);
3. **none**: no one named;
4. **medium**: one inference (a pronoun, a description, the next sentence);
5. **high**: the name stands in the attribution itself.

Within each level rows keep their order (the report's), so the analyst reads them as printed.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd

from .attribution.rules import AMBIGUOUS

Who = Literal["speaker", "source", "actor"]
#: The certainty labels, most uncertain first: the order :func:`uncertain_first` sorts by.
CERTAINTY_ORDER = ("ambiguous", "low", "none", "medium", "high")
NO_ONE = "none"
#: The columns :func:`evidence_columns` adds.
EVIDENCE_COLUMNS = ("how", "confidence", "could be")


def certainty(table: pd.DataFrame, *, who: Who) -> pd.Series:
    """One label of :data:`CERTAINTY_ORDER` per row of a quotes (``who="speaker"``), figures
    (``"source"``) or events (``"actor"``) table."""
    names = _column(table, who)
    hows = _column(table, f"{who}_how")
    levels = _column(table, f"{who}_confidence")
    labels = []
    for name, how, level in zip(names, hows, levels, strict=True):
        if isinstance(how, str) and how.startswith(AMBIGUOUS):
            labels.append("ambiguous")
        elif level in CERTAINTY_ORDER:
            labels.append(str(level))
        elif isinstance(name, str) and name:
            labels.append("low")  # a name with no grade (an older table): check it
        else:
            labels.append(NO_ONE)
    return pd.Series(labels, index=table.index, dtype=object)


def uncertain_first(table: pd.DataFrame, *, who: Who) -> pd.DataFrame:
    """``table`` with its most uncertain attributions first (ambiguous, low, none, medium, high),
    rows of one level in their original order."""
    if table.empty:
        return table
    rank = certainty(table, who=who).map(CERTAINTY_ORDER.index)
    return table.iloc[rank.argsort(kind="stable")]


def evidence_columns(table: pd.DataFrame, *, who: Who) -> pd.DataFrame:
    """The evidence of each row as columns for a table shown to the analyst: ``how`` (the rule in
    words), ``confidence`` (a :data:`CERTAINTY_ORDER` label) and ``could be`` (an ambiguous row's
    candidates, joined); indexed like ``table``."""
    candidates = [", ".join(candidate_names(found)) for found in _column(table, f"{who}_candidates")]
    hows = [how if isinstance(how, str) else "" for how in _column(table, f"{who}_how")]
    return pd.DataFrame(
        {"how": hows, "confidence": certainty(table, who=who).tolist(), "could be": candidates},
        index=table.index,
        dtype=object,
    )


def candidate_names(found: object) -> list[str]:
    """The names in a ``*_candidates`` cell: a list (or an array, after a Parquet round trip), else none."""
    if isinstance(found, str) or not isinstance(found, list | tuple | np.ndarray):
        return []
    return [str(name) for name in found]


def _column(table: pd.DataFrame, name: str) -> list[object]:
    """The column's values (None for each row when the table has no such column)."""
    return table[name].tolist() if name in table.columns else [None] * len(table)
