"""Tables an analyst can sort by any column and search, and one-line notes; every cell escaped.

:class:`DataTable` shows a DataFrame with DataTables (itables' ``ITable`` widget, whose
JavaScript ships in the Python package: nothing is fetched at run time, in JupyterLab and in
Voila). Click a column's header to sort by it (again for descending); type in the Search box
to keep the rows that contain every word typed, in any column. Article text is untrusted, so
every cell is HTML-escaped in Python before it is sent, except the ``html_columns`` a panel
built with :func:`workbench.html.highlight` (escaped text with the matched span marked).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection
from typing import Any

import ipywidgets as widgets
import pandas as pd
from itables.widget import ITable

from ..html import escape

TABLE_STYLE = (
    "<style>.wb-mark{background:#ffe066;padding:0 1px}"
    ".wb-note{color:#666;font-size:12px}.wb-error{color:#b00020}</style>"
)
#: Search box first (top left), rows per page, then "Showing 1 to 10 of N" and the pages. Any
#: layout other than itables' default keeps the search box on tables that fit on one page.
LAYOUT = {"topStart": "search", "topEnd": "pageLength", "bottomStart": "info", "bottomEnd": "paging"}
PAGE_LENGTHS = [10, 25, 50, 100]
#: The class of every table's grid: the browser tests find tables by it.
GRID_CLASS = "wb-grid"


class DataTable:
    """A DataFrame as a sortable, searchable table under a one-line caption.

    ``table.show(frame, caption="...")`` replaces the rows; an empty frame hides the grid and
    the caption says ``empty`` instead. ``table.cells`` holds the cells as sent (escaped HTML).
    """

    def __init__(
        self,
        *,
        html_columns: Collection[str] = (),
        page_length: int = 10,
        empty: str = "No rows.",
    ) -> None:
        self.html_columns = frozenset(html_columns)
        self.empty = empty
        self.options: dict[str, Any] = {
            "allow_html": True,  # cells are escaped here (see cells_of), so only our markup is HTML
            "maxBytes": 0,  # never downsample: search and sort must see every row
            "showIndex": False,
            "layout": LAYOUT,
            "pageLength": page_length,
            "lengthMenu": sorted({page_length, *PAGE_LENGTHS}),
            "text_in_header_can_be_selected": False,  # a click on a header sorts
            "classes": "display compact cell-border",
            "style": "table-layout:auto;width:100%;margin:0;font-size:12px",
            "css": ".wb-mark{background:#ffe066;padding:0 1px}",
        }
        self.cells = pd.DataFrame()
        self.caption = widgets.HTML()
        self.grid = ITable(self.cells, **self.options)
        self.grid.add_class(GRID_CLASS)
        self.grid.layout.display = "none"
        self.box = widgets.VBox([self.caption, self.grid], layout=widgets.Layout(width="100%"))

    def show(self, frame: pd.DataFrame, *, caption: str = "", empty: str | None = None) -> None:
        """Show ``frame`` (every row; the grid pages them) with ``caption`` (plain text) above it;
        when it has no rows, say ``empty`` (default: the table's own sentence) instead."""
        self.cells = cells_of(frame, html_columns=self.html_columns)
        if self.cells.empty:
            said = " · ".join(t for t in (caption, self.empty if empty is None else empty) if t)
            self.caption.value = note(said) if said else ""
            self.grid.layout.display = "none"
            return
        self.caption.value = note(caption) if caption else ""
        self.grid.update(self.cells, **self.options)
        self.grid.layout.display = None

    @property
    def value(self) -> str:
        """The caption and every row as one HTML string (unpaged, in the frame's order)."""
        caption: str = self.caption.value
        if self.cells.empty:
            return caption
        head = "".join(f"<th>{column}</th>" for column in self.cells.columns)
        rows = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in values) + "</tr>"
            for values in self.cells.itertuples(index=False, name=None)
        )
        return f"{caption}<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.box)  # type: ignore[no-untyped-call]


def cells_of(frame: pd.DataFrame, *, html_columns: Collection[str] = ()) -> pd.DataFrame:
    """``frame`` as text cells: escaped (except ``html_columns``), numbers readable and sortable
    (DataTables reads "1,200" as a number), dates ISO, lists joined, missing values empty."""
    columns = {
        escape(column): [
            value if column in html_columns else escape(_text(value)) for value in frame[column].tolist()
        ]
        for column in frame.columns
    }
    return pd.DataFrame(columns, index=pd.RangeIndex(len(frame)), dtype=object)


def note(message: str, *, error: bool = False) -> str:
    """A one-line message for a panel (escaped)."""
    css = "wb-error" if error else "wb-note"
    return f'{TABLE_STYLE}<div class="{css}">{escape(message)}</div>'


def count(n: int, noun: str) -> str:
    """``count(1, "post")`` -> "1 post", ``count(3, "post")`` -> "3 posts"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _text(value: object) -> str:
    """One cell's text: empty for a missing value."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:,.15g}"
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value)
    return str(value)
