"""Panels of notebook 02: the figure table with filters and exports (the comparison of claims is in
:mod:`workbench.widgets.disputes`)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ..actors import extract_actors
from ..corpus_actors import apply_corpus_names
from ..errors import WorkbenchError
from ..evidence_views import evidence_columns
from ..figures import export_figures, figures_of
from ..html import highlight
from ..report import Report
from .base import Panel
from .evidence import in_order, order_toggle
from .report_picker import ReportPicker
from .tables import DataTable, count, note

ALL = "(all)"
NO_CLAIMANT = "(no claimant)"
TABLE_COLUMNS = [
    "doc_id",
    "text",
    "value",
    "value_max",
    "unit",
    "kind",
    "counted",
    "approx",
    "source",
    "how",
    "confidence",
    "date",
]


class FigurePanel(Panel):
    """A panel over the figures of one report, several reports, or the report a picker chooses.

    Figures are extracted once per report (and cached on it); widgets only filter tables. Across
    several reports every claimant prints one name (:mod:`workbench.corpus_actors`: "Zelensky"
    and "Volodymyr Zelenskyy" are one person).
    """

    def __init__(self, source: Report | ReportPicker | Sequence[Report]) -> None:
        super().__init__()
        if isinstance(source, ReportPicker):
            self.reports = [source.report]
            source.on_report(lambda report: self.show([report]))
        elif isinstance(source, Report):
            self.reports = [source]
        else:
            self.reports = list(source)
        self.figures = named_figures(self.reports)

    def show(self, reports: Sequence[Report]) -> None:
        """Switch to other reports and redraw."""
        self.reports = list(reports)
        self.figures = named_figures(self.reports)
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def sentence_html(self, rows: pd.DataFrame) -> list[str]:
        """Each row's sentence, escaped, with the figure highlighted."""
        starts: dict[tuple[str, int], int] = {}
        for report in self.reports:
            for sentence_id, start in zip(
                report.sentences["sentence_id"].tolist(), report.sentences["start"].tolist(), strict=True
            ):
                starts[(report.doc_id, sentence_id)] = start
        cells = []
        for doc_id, sentence_id, sentence, start, end in zip(
            rows["doc_id"], rows["sentence_id"], rows["sentence"], rows["start"], rows["end"], strict=True
        ):
            offset = starts.get((doc_id, int(sentence_id)))
            text = sentence if isinstance(sentence, str) else ""
            spans = [(int(start) - offset, int(end) - offset)] if offset is not None else []
            cells.append(highlight(text, spans))
        return cells


class FigureTable(FigurePanel):
    """Every figure, filtered by kind, unit, claimant, value range and words; exported as CSV or Excel.

    Each row shows the evidence for its claimant (``how``, ``confidence``, and ``could be`` for an
    ambiguous pronoun); "uncertain first" lists the claimants to check first.
    """

    def __init__(
        self,
        source: Report | ReportPicker | Sequence[Report],
        *,
        export_to: str | Path = ".",
    ) -> None:
        super().__init__(source)
        self.kind = widgets.Dropdown(description="Kind")
        self.unit = widgets.Dropdown(description="Unit")
        self.claimant = widgets.Dropdown(description="Claimant")
        self.minimum = _number_box("From")
        self.maximum = _number_box("To")
        self.contains = widgets.Text(description="Words", placeholder="in what is counted or the sentence")
        self.order = order_toggle()
        self.table = DataTable(html_columns={"sentence"}, empty="No figure passes these filters.")
        self.path = widgets.Text(value=str(Path(export_to) / "figures"), description="Export to")
        self.csv = widgets.Button(
            description="CSV", icon="download", tooltip="write the filtered table as CSV"
        )
        self.excel = widgets.Button(
            description="Excel", icon="download", tooltip="write it as an .xlsx workbook"
        )
        self.status = widgets.HTML()
        for control in (
            self.kind,
            self.unit,
            self.claimant,
            self.minimum,
            self.maximum,
            self.contains,
            self.order,
        ):
            control.observe(self._redraw, names="value")
        self.csv.on_click(lambda _button: self.export(".csv"))
        self.excel.on_click(lambda _button: self.export(".xlsx"))
        self.box = widgets.VBox(
            [
                widgets.HBox([self.kind, self.unit, self.claimant]),
                widgets.HBox([self.minimum, self.maximum, self.contains]),
                self.order,
                self.table.box,
                widgets.HBox([self.path, self.csv, self.excel]),
                self.status,
                self.output,
            ]
        )
        self.refresh()

    def refresh(self) -> None:
        figures = self.figures
        self._set_options(self.kind, figures["kind"])
        self._set_options(self.unit, figures["unit"])
        self._set_options(self.claimant, figures["source"], missing=NO_CLAIMANT)
        self._redraw()

    def _set_options(
        self, dropdown: widgets.Dropdown, column: pd.Series, *, missing: str | None = None
    ) -> None:
        values = sorted({str(v) for v in column if isinstance(v, str) and v})
        options = [ALL, *values] + ([missing] if missing and column.isna().any() else [])
        dropdown.unobserve(self._redraw, names="value")
        dropdown.options = options
        dropdown.value = ALL
        dropdown.observe(self._redraw, names="value")

    @property
    def filtered(self) -> pd.DataFrame:
        """The figures the filters let through (all columns)."""
        figures = self.figures
        keep = pd.Series(True, index=figures.index)
        for dropdown, column in ((self.kind, "kind"), (self.unit, "unit"), (self.claimant, "source")):
            if dropdown.value == NO_CLAIMANT:
                keep &= figures[column].isna()
            elif dropdown.value != ALL:
                keep &= figures[column] == dropdown.value
        values = figures["value"].astype(float)
        highest = figures["value_max"].astype(float).fillna(values)
        minimum, maximum = _number_in(self.minimum), _number_in(self.maximum)
        if minimum is not None:
            keep &= highest >= minimum
        if maximum is not None:
            keep &= values <= maximum
        words = self.contains.value.strip()
        if words:
            counted = figures["counted"].fillna("").astype(str)
            sentence = figures["sentence"].fillna("").astype(str)
            keep &= counted.str.contains(words, case=False, regex=False) | sentence.str.contains(
                words, case=False, regex=False
            )
        return figures[keep]

    def _redraw(self, _change: dict[str, Any] | None = None) -> None:
        rows = in_order(self.filtered, self.order, who="source")
        if self.figures.empty:
            self.table.show(self.figures, empty="No figures in this report.")
            return
        evidence = evidence_columns(rows, who="source")
        shown = rows.assign(**{c: evidence[c] for c in evidence.columns if c != "could be"})
        shown = shown[TABLE_COLUMNS].assign(sentence=self.sentence_html(rows))
        if evidence["could be"].astype(bool).any():
            shown.insert(TABLE_COLUMNS.index("confidence") + 1, "could be", evidence["could be"])
        if len(self.reports) == 1:
            shown = shown.drop(columns=["doc_id"])
        header = f"{count(len(rows), 'figure')} of {len(self.figures)}"
        for box in (self.minimum, self.maximum):
            if box.value.strip() and _number_in(box) is None:
                header += f" · {box.description}: “{box.value.strip()}” is not a number, ignored"
        self.table.show(shown, caption=header)

    def export(self, suffix: str) -> Path | None:
        """Write the filtered table to the export path with ``suffix`` (".csv" or ".xlsx")."""
        target = Path(self.path.value.strip() or "figures").with_suffix(suffix)
        try:
            written = export_figures(self.filtered, target)
        except (OSError, WorkbenchError) as exc:
            self.status.value = note(f"Could not export: {exc}", error=True)
            return None
        self.status.value = note(f"Wrote {count(len(self.filtered), 'figure')} to {written}")
        return written


def named_figures(reports: Sequence[Report]) -> pd.DataFrame:
    """The figures of ``reports``, every claimant by one name across them (the report's own name
    when there is one report)."""
    figures = figures_of(reports)
    if len(reports) < 2 or figures.empty:
        return figures
    actors = pd.concat([extract_actors(r).assign(doc_id=r.doc_id) for r in reports], ignore_index=True)
    empty = pd.DataFrame()
    named = apply_corpus_names({"actors": actors, "figures": figures, "quotes": empty, "events": empty})
    return named["figures"]


def _number_box(description: str) -> widgets.Text:
    """A box for one bound of the value range: empty means no bound (a FloatText cannot be empty,
    and the NaN that would stand for it is not valid JSON in the widget's state)."""
    return widgets.Text(description=description, placeholder="any", continuous_update=False)


def _number_in(box: widgets.Text) -> float | None:
    """The finite number typed in ``box`` ("1,200" and " 40 " too); None when empty or not a number."""
    try:
        number = float(box.value.strip().replace(",", ""))
    except ValueError:
        return None
    return number if math.isfinite(number) else None
