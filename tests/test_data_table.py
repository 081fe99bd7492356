"""DataTable: every row sent to the sortable, searchable grid, every cell escaped but the marked ones."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd

from workbench.html import highlight
from workbench.widgets.tables import GRID_CLASS, DataTable, cells_of

HOSTILE = "<img src=x onerror=alert(1)> <script>alert(2)</script>"


def sent_rows(table: DataTable) -> list[list[object]]:
    """The rows the grid's JavaScript receives."""
    rows: list[list[object]] = json.loads(table.grid._dt_args["data_json"])
    return rows


def test_every_cell_is_escaped_except_the_marked_columns() -> None:
    table = DataTable(html_columns={"sentence"})
    sentence = f"{HOSTILE} troops moved"
    table.show(
        pd.DataFrame(
            {"speaker": [HOSTILE], "sentence": [highlight(sentence, [(len(HOSTILE) + 1, len(sentence) - 6)])]}
        )
    )
    payload = table.grid._dt_args["data_json"]
    assert "<script" not in payload and "<img" not in payload
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in payload
    assert '<mark class=\\"wb-mark\\">troops</mark>' in payload  # the highlight is kept as HTML


def test_column_names_are_escaped_too() -> None:
    assert list(cells_of(pd.DataFrame({"<b>x</b>": [1]})).columns) == ["&lt;b&gt;x&lt;/b&gt;"]


def test_every_row_is_sent_with_readable_sortable_values() -> None:
    frame = pd.DataFrame(
        {
            "value": [12000.0, float("nan"), 2.5] * 4000,
            "count": pd.array([1, None, 30] * 4000, dtype="Int64"),
            "date": [dt.date(2024, 10, 25), None, pd.Timestamp("2024-10-26")] * 4000,
            "aliases": [["Mr Putin", "Putin"], [], None] * 4000,
            "flag": [True, False, None] * 4000,
        }
    )
    table = DataTable()
    table.show(frame, caption="12,000 rows")
    rows = sent_rows(table)
    assert len(rows) == 12_000  # no downsampling: search and sort see every row
    assert rows[:3] == [
        ["12,000", "1", "2024-10-25", "Mr Putin, Putin", "yes"],
        ["", "", "", "", "no"],
        ["2.5", "30", "2024-10-26", "", ""],
    ]
    assert "12,000 rows" in table.caption.value


def test_the_grid_has_a_search_box_and_sorts_on_a_header_click_even_when_short() -> None:
    table = DataTable()
    table.show(pd.DataFrame({"a": ["x", "y"]}))
    layout = table.grid._dt_args["layout"]
    assert "search" in layout.values()
    assert table.grid._dt_args.get("text_in_header_can_be_selected", False) is False
    assert GRID_CLASS in table.grid._dom_classes and table.grid.layout.display is None


def test_an_empty_table_hides_the_grid_and_says_why() -> None:
    table = DataTable(empty="No rows here.")
    table.show(pd.DataFrame({"a": ["x"]}))
    table.show(pd.DataFrame({"a": []}), caption="0 of 3")
    assert table.grid.layout.display == "none"
    assert "0 of 3 · No rows here." in table.caption.value and table.cells.empty
    table.show(pd.DataFrame(), empty="Type a keyword.")
    assert "Type a keyword." in table.value
