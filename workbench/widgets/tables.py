"""DataFrames as small HTML tables for panels, every cell escaped."""

from __future__ import annotations

from collections.abc import Collection

import pandas as pd

from ..html import escape

TABLE_STYLE = (
    "<style>.wb-table{border-collapse:collapse;font-size:12px;width:100%}"
    ".wb-table th,.wb-table td{border-bottom:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}"
    ".wb-table th{background:#f4f4f4}.wb-mark{background:#ffe066;padding:0 1px}"
    ".wb-note{color:#666;font-size:12px}.wb-error{color:#b00020}</style>"
)


def html_table(frame: pd.DataFrame, *, max_rows: int = 200, html_columns: Collection[str] = ()) -> str:
    """``frame`` as an HTML table (first ``max_rows`` rows); cells are escaped, except ``html_columns``.

    ``html_columns`` hold HTML the caller built with :func:`workbench.html.highlight` or
    :func:`workbench.html.escape`.
    """
    head = "".join(f"<th>{escape(column)}</th>" for column in frame.columns)
    rows = []
    for values in frame.head(max_rows).itertuples(index=False, name=None):
        cells = (
            value if column in html_columns else escape(_show(value))
            for column, value in zip(frame.columns, values, strict=True)
        )
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    more = ""
    if len(frame) > max_rows:
        more = f'<div class="wb-note">first {max_rows} of {len(frame)} rows</div>'
    return f'{TABLE_STYLE}<table class="wb-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>{more}'


def note(message: str, *, error: bool = False) -> str:
    """A one-line message for a panel (escaped)."""
    css = "wb-error" if error else "wb-note"
    return f'{TABLE_STYLE}<div class="{css}">{escape(message)}</div>'


def count(n: int, noun: str) -> str:
    """``count(1, "post")`` -> "1 post", ``count(3, "post")`` -> "3 posts"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _show(value: object) -> object:
    """Missing values as empty cells."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return value
