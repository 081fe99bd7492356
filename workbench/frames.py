"""Small pandas helpers shared by the extractors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd


def with_dtypes(frame: pd.DataFrame, dtypes: Mapping[str, Any]) -> pd.DataFrame:
    """``frame.astype(dtypes)``, converting the named columns in place and returning ``frame``.

    ``DataFrame.astype`` copies every column and rebuilds the frame; the extractors' tables
    are new frames with a few columns to convert, so setting those columns is several times
    faster, and a column that already has its type (often: ``int64`` offsets) is left as it is.
    """
    for column, dtype in dtypes.items():
        if frame[column].dtype != dtype:
            frame[column] = frame[column].astype(dtype)
    return frame


def records(frame: pd.DataFrame, columns: Sequence[str]) -> list[dict[str, Any]]:
    """``frame[columns].to_dict("records")``, read column by column (several times faster)."""
    values = [frame[column].tolist() for column in columns]
    return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]
