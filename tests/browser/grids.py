"""Sorting and searching a table (``workbench.widgets.tables.DataTable``) as an analyst would.

The table is the first one shown with at least three rows. Sorting: click the header of a column
whose cells on the first page are not in order yet; they must come in ascending order, and on a
second click in descending order (numbers as numbers, "1,200" included; else text, ignoring
case). Notebooks whose tables hold sentences must show the span of a row marked in one of them
(``<mark>``, made in Python; a table that escaped it would show the tag as text). Searching: type a word of the last row shown into the table's Search box; the rows left
must all contain it, and the line under the table must say the rows were filtered.
"""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Error, Locator, Page

from .pages import CHANGE_TIMEOUT_MS, POLL_MS

GRID = ".wb-grid"
#: Notebooks that show a table of at least three rows on the bundled report: one of them is sorted
#: and searched in JupyterLab and in Voila, and a table shows a sentence with its span marked.
WITH_TABLES = {"00_start_here", "01_timeline", "02_figures"}
MARKED = f"{GRID} tbody td mark.wb-mark"

#: The cells of column ``index`` (0-based) of the table, the page shown only.
_CELLS = (
    "(grid, index) => [...grid.querySelectorAll('tbody tr')].map(r => (r.cells[index] || {}).innerText || '')"
)
#: Are the cells of column ``index`` in ``direction`` ('asc' or 'desc') order?
_ORDERED = r"""(grid, index, direction) => {
  const cells = [...grid.querySelectorAll('tbody tr')].map(r => ((r.cells[index] || {}).innerText || '').trim());
  const numeric = cells.every(c => c === '' || /^-?[\d,]*\.?\d+$/.test(c));
  const key = c => numeric ? (c === '' ? -Infinity : parseFloat(c.replace(/,/g, ''))) : c.toLowerCase();
  const keys = cells.map(key);
  return keys.every((k, i) => i === 0 || (direction === 'asc' ? keys[i - 1] <= k : keys[i - 1] >= k));
}"""
_IN_ORDER = f"(grid, [index, direction]) => ({_ORDERED})(grid, index, direction)"
_COMES_IN_ORDER = f"([grid, index, direction]) => ({_ORDERED})(grid, index, direction)"
_FILTERED = "([grid]) => /filtered from/.test((grid.querySelector('.dt-info') || {}).innerText || '')"


def first_table(page: Page, *, min_rows: int = 3) -> Locator | None:
    """The first table shown with at least ``min_rows`` rows on its page, or None."""
    grids = page.locator(GRID)
    for index in range(grids.count()):
        grid = grids.nth(index)
        if grid.is_visible() and grid.locator("tbody tr").count() >= min_rows:
            return grid
    return None


def sort_and_search(grid: Locator, notebook: Path) -> str:
    """Sort the table by a column both ways, then search it; return what was done, for messages."""
    headers = grid.locator("thead th")
    columns = [headers.nth(i).inner_text().strip() for i in range(headers.count())]
    unsorted = [i for i in range(len(columns)) if not grid.evaluate(_IN_ORDER, [i, "asc"])]
    assert unsorted, f"{notebook.name}: every column of the table {columns} is in order already"
    numeric = [i for i in unsorted if _numbers(grid.evaluate(_CELLS, i))]
    index = (numeric or unsorted)[0]
    for direction in ("asc", "desc"):
        headers.nth(index).click()
        _wait(
            grid,
            _COMES_IN_ORDER,
            [index, direction],
            f"{notebook.name}: a click on the header {columns[index]!r} did not sort the table ({direction})",
        )
    word = _a_word(grid.locator("tbody tr").last.inner_text())
    info = grid.locator(".dt-info")
    box = grid.locator(".dt-search input")
    box.fill(word)
    _wait(
        grid,
        _FILTERED,
        [],
        f"{notebook.name}: searching the table for {word!r} filtered nothing",
    )
    rows = grid.locator("tbody tr").all_inner_texts()
    assert rows and all(word.casefold() in row.casefold() for row in rows), (
        f"{notebook.name}: searching for {word!r} left rows without it: {rows[:3]}"
    )
    shown = info.inner_text()
    box.fill("")
    return f"sorted by {columns[index]!r} both ways; {word!r} found: {shown}"


def _wait(grid: Locator, condition: str, arg: list[object], message: str) -> None:
    handle = grid.element_handle()
    try:
        grid.page.wait_for_function(
            condition, arg=[handle, *arg], timeout=CHANGE_TIMEOUT_MS // 4, polling=POLL_MS
        )
    except Error:
        raise AssertionError(message) from None


def _numbers(cells: list[str]) -> bool:
    return any(cells) and all(re.fullmatch(r"-?[\d,]*\.?\d+", c.strip()) for c in cells if c.strip())


def _a_word(text: str) -> str:
    """The longest word of ``text`` (letters only, at least 4), to search for."""
    words = sorted(re.findall(r"[^\W\d_]{4,}", text), key=len, reverse=True)
    assert words, f"no word to search for in {text!r}"
    return words[0]


def check_tables(page: Page, notebook: Path) -> str | None:
    """Sort and search the first table shown (one must be shown in ``WITH_TABLES`` notebooks)."""
    grid = first_table(page)
    if grid is None:
        assert notebook.stem not in WITH_TABLES, f"{notebook.name} shows no table of three rows or more"
        return None
    if notebook.stem in WITH_TABLES:
        marked = page.locator(MARKED).filter(visible=True)
        assert marked.count(), f"{notebook.name}: no table shows a sentence with its span marked"
    return sort_and_search(grid, notebook)
