"""The most disputed quantities across the loaded reports: one chart per quantity, the claims beneath.

:class:`DisputedQuantities` draws a comparison (:func:`workbench.compare_figures`) most disputed
first: for each quantity a heading (what is counted, conflict or not, the range and the
conservative estimate as people write numbers: "12,000", "$300bn"), a chart of its claims (each
claimant by canonical name, value or range, hedge, date) and a table of the claims with the
evidence for each claimant and the sentence, the figure marked. When nothing groups it says so
in a sentence. :class:`FigureComparisonView` (notebook 02) adds the tolerance and the analyst's
merges and splits (:class:`~workbench.widgets.quantity_editor.QuantityEditor`), saved beside the
reports and applied on every run.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ..compare import FigureComparison, compare_figures
from ..compare_reports import format_value, group_label, group_reason, readable_groups
from ..corpus_views import fixed_margins
from ..corrections import Corrections, corrections_for
from ..errors import WorkbenchError
from ..evidence_views import evidence_columns
from ..figure_plots import claim_text, plot_figure_claims
from ..html import escape, highlight
from ..quantity_corrections import records_for
from ..quote_views import figure_png
from ..report import Report
from .figures import FigurePanel
from .quantity_editor import QuantityEditor
from .report_picker import ReportPicker
from .tables import DataTable, count, note

#: How many quantities are drawn at first (the slider shows more).
SHOWN = 5
CHART_DPI = 90
#: A chart draws at most this many claims (the lowest and the highest half each); the table lists all.
MOST_DRAWN = 20
#: A card's table lists at most this many claims (the lowest and the highest half each); the figures
#: table of notebook 02 lists them all.
MOST_LISTED = 200
#: The claim columns a chart draws (its cache key), and how many drawn charts are kept.
CHART_COLUMNS = [
    "doc_id",
    "figure_id",
    "text",
    "approx",
    "source",
    "when",
    "point",
    "low",
    "high",
    "vague_floor",
]
CHARTS_KEPT = 64
_CHARTS: OrderedDict[tuple[object, ...], bytes] = OrderedDict()
#: Marks each claim's figure in its sentence: claims rows in, escaped HTML out.
SentenceMarker = Callable[[pd.DataFrame], list[str]]
CARD_CSS = (
    "<style>.wb-quantity{font-size:13px;margin-top:14px}.wb-quantity b{font-size:14px}"
    ".wb-conflict{color:#c44e52;font-weight:bold}.wb-why{color:#666;font-size:11px}</style>"
)


class QuantityCard:
    """One quantity: a heading, the chart of its claims and the claims with their sentences."""

    def __init__(self) -> None:
        self.heading = widgets.HTML()
        self.chart = widgets.Image(format="png", layout=widgets.Layout(max_width="min(100%, 720px)"))
        self.claims = DataTable(html_columns={"sentence"}, empty="No claims.")
        self.box = widgets.VBox([self.heading, self.chart, self.claims.box])

    def show(
        self,
        comparison: FigureComparison,
        group: Mapping[str, Any],
        *,
        rank: int,
        tolerance: float,
        mark: SentenceMarker,
    ) -> None:
        """Draw ``group`` (a row of ``comparison.groups``), the ``rank``-th most disputed."""
        group_id = str(group["group_id"])
        claims = comparison.claims_of(group_id)
        self.heading.value = CARD_CSS + heading_html(group, claims, rank=rank)
        drawn = comparison
        if len(claims) > MOST_DRAWN:  # a chart of hundreds of rows says less than its extremes
            half = MOST_DRAWN // 2
            drawn = FigureComparison(comparison.groups, pd.concat([claims.head(half), claims.tail(half)]))
        self.chart.value = chart_png(drawn, group, tolerance=tolerance)
        captions = (
            [f"the chart shows the {MOST_DRAWN // 2} lowest and highest"] if drawn is not comparison else []
        )
        if len(claims) > MOST_LISTED:  # thousands of rows would take seconds to send at every filter change
            half = MOST_LISTED // 2
            captions.append(f"the table lists the {half} lowest and highest of {len(claims):,} claims")
            claims = pd.concat([claims.head(half), claims.tail(half)])
        self.claims.show(claims_table(claims, mark=mark), caption="; ".join(captions))


def chart_png(comparison: FigureComparison, group: Mapping[str, Any], *, tolerance: float) -> bytes:
    """The chart of ``group``'s claims as PNG, drawn once per distinct content: a filter change that
    leaves a quantity's claims as they were (or goes back to them) does not draw it again."""
    group_id = str(group["group_id"])
    claims = comparison.claims_of(group_id)
    shown = [c for c in CHART_COLUMNS if c in claims.columns]
    key = (
        tolerance,
        tuple(
            str(group.get(k)) for k in ("group_id", "conflict", "conservative", "counted", "topic", "unit")
        ),
        tuple(claims[shown].astype(str).itertuples(index=False, name=None)),
    )
    if key in _CHARTS:
        _CHARTS.move_to_end(key)
        return _CHARTS[key]
    figure = plot_figure_claims(comparison, group_id, tolerance=tolerance)
    labels = [label.get_text() for axes in figure.axes for label in axes.get_yticklabels()]
    fixed_margins(figure, labels=labels)
    figure.set_layout_engine(None)  # no engine at all (not a placeholder): savefig draws once
    _CHARTS[key] = figure_png(figure, dpi=CHART_DPI)
    while len(_CHARTS) > CHARTS_KEPT:
        _CHARTS.popitem(last=False)
    return _CHARTS[key]


def heading_html(group: Mapping[str, Any], claims: pd.DataFrame, *, rank: int) -> str:
    """ "1. people killed · CONFLICT · 3 claims in 2 reports · 31 to 60 · conservative estimate 31
    (emergency service)", and why its members were grouped; article words escaped."""
    unit = group["unit"] if isinstance(group["unit"], str) else None
    spread = format_value(group["low"], unit)
    if group["high"] != group["low"]:
        spread += f" to {format_value(group['high'], unit)}"
    reports = claims["doc_id"].nunique() if "doc_id" in claims.columns else 1
    conservative = format_value(group["conservative"], unit)
    if group["conservative_vague"]:
        conservative += " (a vague word counted low)"
    if isinstance(group["conservative_source"], str):
        conservative += f", from {group['conservative_source']}"
    verdict = "<span class='wb-conflict'>⚠ CONFLICT</span>" if group["conflict"] else "consistent"
    parts = [
        count(int(group["claims"]), "claim") + (f" in {reports} reports" if reports > 1 else ""),
        spread,
        f"conservative estimate {conservative}",
    ]
    return (
        f"<div class='wb-quantity'><b>{rank}. {escape(group_label(group))}</b> · {verdict} · "
        f"{escape(' · '.join(parts))}<div class='wb-why'>grouped: {escape(group_reason(group))}</div></div>"
    )


def mark_in_sentence(claims: pd.DataFrame) -> list[str]:
    """Each claim's sentence, escaped, with the first occurrence of its figure's text marked (for
    tables that carry no sentence offsets, such as a corpus's)."""
    sentences = claims["sentence"].tolist() if "sentence" in claims.columns else [None] * len(claims)
    cells = []
    for sentence, text in zip(sentences, claims["text"].tolist(), strict=True):
        sentence = sentence if isinstance(sentence, str) else ""
        at = sentence.find(str(text)) if isinstance(text, str) and text else -1
        cells.append(highlight(sentence, [(at, at + len(str(text)))] if at >= 0 else []))
    return cells


def claims_table(claims: pd.DataFrame, *, mark: SentenceMarker) -> pd.DataFrame:
    """The claims as the card's table shows them: claimant and the evidence for it, the figure as
    written with its hedge, its value as people write it, date, report, and the sentence (HTML)."""
    evidence = evidence_columns(claims, who="source")
    values = []
    for row in claims.to_dict("records"):
        unit = row["unit"] if isinstance(row["unit"], str) else None
        value = format_value(row["point"], unit)
        if row["vague_floor"]:
            value += " (counted low)"
        elif pd.notna(row.get("value_max")):
            value += f" to {format_value(row['value_max'], unit)}"
        values.append(value)
    table = pd.DataFrame(
        {
            "claimant": claims["source"],
            "how": evidence["how"],
            "confidence": evidence["confidence"],
            "figure": [claim_text(t, a) for t, a in zip(claims["text"], claims["approx"], strict=True)],
            "value": values,
            "date": claims["when"],
            "report": claims["doc_id"],
            "sentence": mark(claims),
        }
    )
    if claims["doc_id"].nunique() < 2:
        table = table.drop(columns=["report"])
    return table


class DisputedQuantities:
    """The most disputed quantities of a comparison, one :class:`QuantityCard` each, under a summary."""

    def __init__(self, *, shown: int = SHOWN) -> None:
        self.count = widgets.IntSlider(
            value=shown, min=1, max=max(1, shown), description="Quantities", continuous_update=False
        )
        self.summary = widgets.HTML()
        self.cards: list[QuantityCard] = []
        self.shown = widgets.VBox()
        self.comparison = FigureComparison(pd.DataFrame(), pd.DataFrame())
        self._drawn: dict[str, Any] = {}
        self.count.observe(lambda _change: self._draw(), names="value")
        self.box = widgets.VBox([self.count, self.summary, self.shown])

    def show(
        self, comparison: FigureComparison, *, tolerance: float, mark: SentenceMarker, nothing: str
    ) -> None:
        """Draw the most disputed groups of ``comparison``; ``nothing`` is the sentence shown when it
        has none."""
        self.comparison = comparison
        self._drawn = {"tolerance": tolerance, "mark": mark, "nothing": nothing}
        groups = len(comparison.groups)
        self.count.max = max(1, groups)
        self.count.layout.display = None if groups > 1 else "none"
        self._draw()

    def _draw(self) -> None:
        groups = self.comparison.groups
        if groups.empty:
            self.summary.value = note(str(self._drawn.get("nothing", "Nothing to compare.")))
            self.shown.children = ()
            return
        top = groups.head(self.count.value)
        conflicts = int(groups["conflict"].sum())
        quantities = "1 quantity" if len(groups) == 1 else f"{len(groups)} quantities"
        self.summary.value = note(
            f"{quantities} stated by two figures or more ({conflicts} in conflict), most disputed "
            f"first; {len(top)} shown."
        )
        while len(self.cards) < len(top):
            self.cards.append(QuantityCard())
        for rank, (card, group) in enumerate(zip(self.cards, top.to_dict("records"), strict=False), 1):
            card.show(
                self.comparison,
                {str(k): v for k, v in group.items()},
                rank=rank,
                tolerance=float(self._drawn["tolerance"]),
                mark=self._drawn["mark"],
            )
        self.shown.children = tuple(card.box for card in self.cards[: len(top)])


class FigureComparisonView(FigurePanel):
    """The most disputed quantities across the reports, with the tolerance that makes a conflict and
    the analyst's merges and splits (saved beside the reports, applied on every run)."""

    def __init__(
        self, source: Report | ReportPicker | Sequence[Report], *, tolerance: float = 0.1, shown: int = SHOWN
    ) -> None:
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
        self.disputes = DisputedQuantities(shown=shown)
        self.editor = QuantityEditor(save_to=self._corrections_of, on_change=self.refresh)
        self.problem = widgets.HTML()
        self.comparison = FigureComparison(pd.DataFrame(), pd.DataFrame())
        self.tolerance.observe(lambda _change: self.refresh(), names="value")
        self.box = widgets.VBox(
            [
                self.tolerance,
                self.problem,
                self.disputes.box,
                widgets.Accordion(children=[self.editor.box], titles=("Merge or split quantities",)),
                self.output,
            ]
        )
        self.refresh()

    @property
    def groups(self) -> pd.DataFrame:
        """The quantities stated by two figures or more, most disputed first, values as people write
        them (``comparison.groups`` holds the numbers)."""
        return readable_groups(self.comparison)

    def refresh(self) -> None:
        """Compare again (after a new tolerance, a merge or a split) and redraw."""
        every = compare_figures(
            self.figures, tolerance=self.tolerance.value, min_claims=1, corrections=self._records()
        )
        disputed = every.groups[every.groups["claims"] >= 2].reset_index(drop=True)
        self.comparison = FigureComparison(
            disputed, every.claims[every.claims["group_id"].isin(disputed["group_id"])].reset_index(drop=True)
        )
        self.editor.offer(every)
        self.disputes.show(
            self.comparison,
            tolerance=self.tolerance.value,
            mark=self.sentence_html,
            nothing=nothing_to_compare(len(self.figures), len(self.reports)),
        )

    def _records(self) -> list[dict[str, Any]]:
        try:
            records = records_for(self.reports)
        except WorkbenchError as exc:
            self.problem.value = note(f"Saved merges and splits not applied: {exc}", error=True)
            return []
        self.problem.value = ""
        return records

    def _corrections_of(self, figure: Mapping[str, Any]) -> Corrections:
        """The corrections file beside the report ``figure`` comes from."""
        report = next((r for r in self.reports if r.doc_id == figure["doc_id"]), self.reports[0])
        return corrections_for(report)


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
