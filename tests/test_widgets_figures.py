"""The panels of notebook 02, driven from Python as a user would drive them (no browser)."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import ipywidgets as widgets
import openpyxl
import pandas as pd
import pytest
from jupyter_client.session import json_packer

import workbench as wb
from workbench.widgets import FigureComparisonView, FigureTable
from workbench.widgets.figures import FigurePanel

MakeReport = Callable[..., wb.Report]

FIRST = """Floods in Riverton
At least 31 people have died in Riverton, the emergency service said on Monday.
The service said 2,400 homes were flooded and $12m of aid had arrived.
A relief charity said 45 people had died in Riverton, and that 3 <b>bridges</b> were down.
"""
SECOND = """Riverton toll rises
The mayor of Riverton said 60 people had died. Engineers said the river rose 4 metres.
"""


@pytest.fixture
def reports(make_report: MakeReport) -> list[wb.Report]:
    return [
        make_report(FIRST, doc_id="wire", published="2024-05-06"),
        make_report(SECOND, doc_id="daily", published="2024-05-07"),
    ]


def test_filters_change_the_rows_shown(reports: list[wb.Report]) -> None:
    panel = FigureTable(reports)
    everything = len(panel.table.cells)
    assert everything == len(panel.figures) >= 6
    panel.kind.value = "money"
    assert len(panel.table.cells) == 1 and "$12m" in panel.table.value
    panel.kind.value = "(all)"
    panel.claimant.value = "Engineers"
    assert len(panel.table.cells) == 1 and "4" in panel.filtered["text"].tolist()
    panel.claimant.value = "(all)"
    panel.minimum.value = "40"
    panel.maximum.value = "100"
    assert sorted(panel.filtered["value"].tolist()) == [45, 60]
    panel.contains.value = "mayor"
    assert panel.filtered["text"].tolist() == ["60"]
    panel.maximum.value = "50"
    assert len(panel.table.cells) == 0


def test_article_text_is_escaped_in_the_table(reports: list[wb.Report]) -> None:
    panel = FigureTable(reports)
    assert "<b>bridges</b>" not in panel.table.value
    assert "&lt;b&gt;bridges&lt;/b&gt;" in panel.table.value


def test_exports_write_what_is_shown(reports: list[wb.Report], tmp_path: Path) -> None:
    panel = FigureTable(reports, export_to=tmp_path)
    panel.kind.value = "count"
    panel.csv.click()
    csv = pd.read_csv(tmp_path / "figures.csv")
    assert len(csv) == len(panel.filtered) and set(csv["kind"]) == {"count"}
    panel.excel.click()
    sheet = openpyxl.load_workbook(tmp_path / "figures.xlsx").active
    assert sheet is not None and sheet.max_row == len(panel.filtered) + 1
    assert "Wrote" in panel.status.value


def test_export_to_a_bad_suffix_says_so(reports: list[wb.Report], tmp_path: Path) -> None:
    with pytest.raises(wb.WorkbenchError, match=r"\.csv or \.xlsx"):
        wb.figures.export_figures(FigureTable(reports).figures, tmp_path / "figures.txt")


def test_panels_follow_the_picker(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    wb.set_current_report(first)
    picker = wb.widgets.ReportPicker(folders=[tmp_path])
    panel = FigureTable(picker)
    assert "2,400" in panel.table.value
    picker.choose(second)
    assert "2,400" not in panel.table.value and "60" in panel.table.value


def test_empty_or_unreadable_bounds_filter_nothing(reports: list[wb.Report]) -> None:
    panel = FigureTable(reports)
    everything = len(panel.filtered)
    panel.minimum.value = "1,000"
    assert sorted(panel.filtered["value"].tolist()) == [2400, 12_000_000]
    panel.minimum.value = " "
    assert len(panel.filtered) == everything
    panel.minimum.value = "nan"
    panel.maximum.value = "lots"
    assert len(panel.filtered) == everything
    assert "From: “nan” is not a number" in panel.table.value
    assert "To: “lots” is not a number" in panel.table.value


def _widgets_in(widget: widgets.Widget) -> Iterator[widgets.Widget]:
    """``widget`` and every widget it refers to (children, layout, style), each once."""
    seen: set[str] = set()
    pending = [widget]
    while pending:
        current = pending.pop()
        if current.model_id in seen:
            continue
        seen.add(current.model_id)
        yield current
        for key in current.keys:
            value = getattr(current, key)
            for item in value if isinstance(value, tuple | list) else [value]:
                if isinstance(item, widgets.Widget):
                    pending.append(item)


@pytest.mark.parametrize("panel_class", [FigureTable, FigureComparisonView])
def test_widget_state_is_strict_json(reports: list[wb.Report], panel_class: type[FigurePanel]) -> None:
    """NaN or infinity in a widget's state is not JSON: the kernel would warn on stderr (the
    warning jupyter_client's json_packer gives is made an error here)."""
    panel = panel_class(reports)
    states = [widget.get_state() for widget in _widgets_in(panel.box)]
    assert len(states) >= 10
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for state in states:
            json_packer(
                {key: value for key, value in state.items() if not isinstance(value, bytes | memoryview)}
            )
