"""Panels of notebook 02: the figure table with filters and exports, and the comparison of claims."""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ..compare import FigureComparison, compare_figures
from ..errors import WorkbenchError
from ..figure_plots import plot_figure_claims
from ..figures import export_figures, figures_of
from ..html import highlight
from ..report import Report
from .base import Panel
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
    "date",
]


class FigurePanel(Panel):
    """A panel over the figures of one report, several reports, or the report a picker chooses.

    Figures are extracted once per report (and cached on it); widgets only filter tables.
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
        self.figures = figures_of(self.reports)

    def show(self, reports: Sequence[Report]) -> None:
        """Switch to other reports and redraw."""
        self.reports = list(reports)
        self.figures = figures_of(self.reports)
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
    """Every figure, filtered by kind, unit, claimant, value range and words; exported as CSV or Excel."""

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
        self.table = DataTable(html_columns={"sentence"}, empty="No figure passes these filters.")
        self.path = widgets.Text(value=str(Path(export_to) / "figures"), description="Export to")
        self.csv = widgets.Button(
            description="CSV", icon="download", tooltip="write the filtered table as CSV"
        )
        self.excel = widgets.Button(
            description="Excel", icon="download", tooltip="write it as an .xlsx workbook"
        )
        self.status = widgets.HTML()
        for control in (self.kind, self.unit, self.claimant, self.minimum, self.maximum, self.contains):
            control.observe(self._redraw, names="value")
        self.csv.on_click(lambda _button: self.export(".csv"))
        self.excel.on_click(lambda _button: self.export(".xlsx"))
        self.box = widgets.VBox(
            [
                widgets.HBox([self.kind, self.unit, self.claimant]),
                widgets.HBox([self.minimum, self.maximum, self.contains]),
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
        rows = self.filtered
        if self.figures.empty:
            self.table.show(self.figures, empty="No figures in this report.")
            return
        shown = rows[TABLE_COLUMNS].assign(sentence=self.sentence_html(rows))
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


class FigureComparisonView(FigurePanel):
    """Claims about the same thing side by side: pick a group, see each claim by claimant and date."""

    def __init__(self, source: Report | ReportPicker | Sequence[Report], *, tolerance: float = 0.1) -> None:
        super().__init__(source)
        self.tolerance = widgets.FloatSlider(
            value=tolerance,
            min=0.0,
            max=0.5,
            step=0.05,
            description="Tolerance",
            readout_format=".0%",
            continuous_update=False,
        )
        self.group = widgets.Dropdown(description="Group", layout=widgets.Layout(width="70%"))
        self.summary = widgets.HTML()
        self.chart = widgets.Image(format="png")
        self.claims = DataTable(html_columns={"sentence"})
        self.comparison = FigureComparison(pd.DataFrame(), pd.DataFrame())
        self.tolerance.observe(lambda _change: self.refresh(), names="value")
        self.group.observe(self._redraw, names="value")
        self.box = widgets.VBox(
            [
                widgets.HBox([self.group, self.tolerance]),
                self.summary,
                self.chart,
                self.claims.box,
                self.output,
            ]
        )
        self.refresh()

    def refresh(self) -> None:
        self.comparison = compare_figures(self.figures, tolerance=self.tolerance.value)
        groups = self.comparison.groups
        options = [(_group_label(g), g["group_id"]) for g in groups.to_dict("records")]
        self.group.unobserve(self._redraw, names="value")
        self.group.options = options
        self.group.value = options[0][1] if options else None
        self.group.observe(self._redraw, names="value")
        self._redraw()

    def _redraw(self, _change: dict[str, Any] | None = None) -> None:
        group_id = self.group.value
        self.chart.layout.display = None if group_id is not None else "none"  # no empty (broken) image
        if group_id is None:
            self.summary.value = note(nothing_to_compare(len(self.figures), len(self.reports)))
            self.chart.value = b""
            self.claims.show(pd.DataFrame(), empty="")
            return
        group = self.comparison.groups.set_index("group_id").loc[group_id]
        conservative = f"{group['conservative']:,.6g}" + (
            " (from a vague word)" if group["conservative_vague"] else ""
        )
        verdict = "CONFLICT" if group["conflict"] else "consistent"
        self.summary.value = note(
            f"{verdict} · {count(int(group['claims']), 'claim')} · range {group['low']:,.6g}-{group['high']:,.6g}"
            f" · conservative estimate {conservative}"
        )
        figure = plot_figure_claims(self.comparison, group_id, tolerance=self.tolerance.value)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=90)
        self.chart.value = buffer.getvalue()
        claims = self.comparison.claims_of(group_id)
        shown = claims[["source", "text", "approx", "when", "doc_id"]].rename(
            columns={"source": "claimant", "when": "date"}
        )
        self.claims.show(shown.assign(sentence=self.sentence_html(claims)))


def nothing_to_compare(figures: int, reports: int) -> str:
    """The sentence shown instead of a comparison when no two figures measure the same thing."""
    where = "this report" if reports == 1 else f"these {reports} reports"
    if figures == 0:
        return f"Nothing to compare: there are no figures in {where}."
    if figures == 1:
        return f"Nothing to compare: there is only one figure in {where}."
    return (
        f"Nothing to compare: no two of the {figures} figures in {where} measure the same thing "
        "(the same kind of count of the same people or things), so no claims disagree."
    )


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


def _group_label(group: Mapping[Any, Any]) -> str:
    flag = "⚠ " if group["conflict"] else ""
    what = group["counted"] or group["topic"]
    unit = f" {group['unit']}" if isinstance(group["unit"], str) else ""
    return f"{flag}{what} ({group['topic']}{unit}): {group['claims']} claims, {group['low']:,.6g}-{group['high']:,.6g}"
