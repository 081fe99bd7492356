"""The quotes panel: filter a report's quotes by speaker, kind and keyword; read them as cards.

Quotes are extracted once when the panel is built (and again after a speaker correction);
every control only filters that table, and the chart is redrawn a moment after the last change. Each card shows the speaker, the evidence
for them (the rule that named them, a confidence, the candidates of an ambiguous pronoun), the cue
and the sentence with the quoted words marked; all article text is HTML-escaped. "Uncertain first"
puts ambiguous, low-confidence and unattributed quotes at the top.
"""

from __future__ import annotations

import asyncio
import bisect
from collections.abc import Hashable, Mapping
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ..actors import actor_registry
from ..corrections import corrections_for
from ..errors import WorkbenchError
from ..evidence_views import candidate_names, certainty
from ..html import escape, highlight
from ..quote_views import (
    NO_SPEAKER,
    collapse_repeats,
    export_quotes_csv,
    figure_png,
    plot_quoted_most,
    speaker_counts,
)
from ..quotes import KINDS, correct_speaker, extract_quotes
from ..report import Report
from .base import Panel
from .evidence import ORDER_CSS, evidence_html, in_order, order_toggle

ALL_SPEAKERS = "All speakers"
MAX_CARDS = 100
CHART_DELAY_SECONDS = 0.25
CARD_CSS = (
    """<style>
.wb-quote {border-left: 3px solid #4c72b0; margin: 6px 0; padding: 4px 10px; font-size: 13px}
.wb-quote .wb-who {font-weight: bold}
.wb-quote .wb-meta {color: #666; font-size: 11px}
.wb-quote mark.wb-mark {background: #ffe08a}
.wb-quote .wb-evidence {font-size: 12px}
</style>"""
    + ORDER_CSS
)


class QuotePanel(Panel):
    """A report's quotes behind speaker, kind and keyword filters, as cards, a chart and a CSV export.

    ``panel.quotes`` is every quote, ``panel.shown`` what the controls select; ``panel.figure()``
    the "who is quoted most" chart of what is shown.
    """

    def __init__(self, report: Report, *, export_folder: str | Path = ".", collapse: bool = True) -> None:
        super().__init__()
        self.report = report
        self._pending: asyncio.TimerHandle | None = None
        sentences = report.sentences
        self._sentence_starts: list[int] = sentences["start"].tolist()
        self._sentence_ends: list[int] = sentences["end"].tolist()
        self.quotes = extract_quotes(report)
        self.shown = self.quotes

        self.speaker = widgets.Dropdown(description="Speaker", layout=widgets.Layout(width="360px"))
        self.kinds = widgets.SelectMultiple(
            options=KINDS, value=("direct", "fragment"), description="Kind", rows=3
        )
        self.keyword = widgets.Text(description="Keyword", placeholder="in the quote or the speaker")
        self.collapse = widgets.Checkbox(value=collapse, description="Collapse repeats")
        self.order = order_toggle()
        self.summary = widgets.HTML()
        self.cards = widgets.HTML()
        self.chart = widgets.Image(format="png", layout=widgets.Layout(max_width="560px"))
        self.folder = widgets.Text(value=str(export_folder), description="Export to")
        self.csv_button = widgets.Button(description="CSV", icon="download")
        self.exported = widgets.HTML()
        self.fix_quote = widgets.Dropdown(description="Quote", layout=widgets.Layout(width="520px"))
        self.fix_speaker = widgets.Combobox(
            description="Speaker", placeholder="an actor's name; empty for no speaker", ensure_option=False
        )
        self.fix_button = widgets.Button(description="Save speaker", icon="check")
        self.fixed = widgets.HTML()

        self._set_speakers()
        for control in (self.speaker, self.kinds, self.keyword, self.collapse, self.order):
            control.observe(self._changed, names="value")
        self.csv_button.on_click(lambda _b: self._export())
        self.fix_button.on_click(lambda _b: self.save_correction())
        correction = widgets.VBox(
            [widgets.HBox([self.fix_quote]), widgets.HBox([self.fix_speaker, self.fix_button]), self.fixed]
        )
        self.box = widgets.VBox(
            [
                widgets.HBox([widgets.VBox([self.speaker, self.keyword, self.collapse]), self.kinds]),
                self.order,
                self.summary,
                widgets.Accordion(children=[self.chart], titles=("Who is quoted most",)),
                widgets.HBox([self.folder, self.csv_button, self.exported]),
                widgets.Accordion(children=[correction], titles=("Correct a speaker",)),
                self.cards,
                self.output,
            ]
        )
        self.update()

    # ------------------------------------------------------------------ filtering

    def _set_speakers(self) -> None:
        current = self.speaker.value
        counts = speaker_counts(self.quotes[self.quotes["kind"].isin(self.kinds.value)])
        options = [(f"{ALL_SPEAKERS} ({int(counts['quotes'].sum())})", ALL_SPEAKERS)]
        options += [
            (f"{name} ({n})", name) for name, n in zip(counts["speaker"], counts["quotes"], strict=True)
        ]
        self.speaker.options = options
        self.speaker.value = current if current in {value for _, value in options} else ALL_SPEAKERS
        registry = actor_registry(self.report)
        self.fix_speaker.options = tuple(sorted({a.name for a in registry.actors.values()}, key=str.casefold))

    def filtered(self) -> pd.DataFrame:
        """The quotes the controls select (first occurrences with a ``times`` count when collapsed), in
        the order chosen."""
        quotes = self.quotes[self.quotes["kind"].isin(self.kinds.value)]
        if self.speaker.value not in (None, ALL_SPEAKERS):
            names = quotes["speaker"].fillna(NO_SPEAKER)
            quotes = quotes[names == self.speaker.value]
        word = self.keyword.value.strip().casefold()
        if word:
            text = quotes["text"].fillna("") + " " + quotes["speaker"].fillna("")
            quotes = quotes[text.str.casefold().str.contains(word, regex=False)]
        if self.collapse.value:
            everything = self.quotes[self.quotes["kind"].isin(self.kinds.value)]
            counted = collapse_repeats(everything).set_index("quote_id")["times"]
            quotes = quotes[quotes["repeat_of"].isna()].copy()
            quotes["times"] = [int(counted.get(q, 1)) for q in quotes["quote_id"]]
        return in_order(quotes, self.order, who="speaker")

    def _changed(self, change: Any) -> None:
        if change.get("owner") is self.kinds:
            self._set_speakers()
        self.update()

    def update(self) -> None:
        """Filter, then refresh the counts, the cards, the chart and the correction list."""
        self.shown = self.filtered()
        total = int(self.quotes["kind"].isin(self.kinds.value).sum())
        self.summary.value = f"<b>{len(self.shown)}</b> of {total} quotes shown"
        self.cards.value = self.cards_html(self.shown)
        self.fix_quote.options = [
            (f"{row['quote_id']}: {_snippet(row['text'])}", row["quote_id"])
            for row in self.shown.to_dict("records")
        ]
        self._schedule_chart()

    def render_chart(self) -> None:
        """Draw the "who is quoted most" chart of the quotes shown into the panel."""
        self._pending = None
        try:
            self.chart.value = figure_png(self.figure())
        except Exception as exc:  # a drawing problem must not break the panel
            with self.output:
                print(f"The chart could not be drawn: {exc}")

    def _schedule_chart(self) -> None:
        """Cards change at once; the chart, slower to draw, a moment after the last change."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no event loop (a script or a test): draw now
            self.render_chart()
            return
        if self._pending is not None:
            self._pending.cancel()
        self._pending = loop.call_later(CHART_DELAY_SECONDS, self.render_chart)

    # ------------------------------------------------------------------ showing

    def figure(self) -> Any:
        """The "who is quoted most" chart of the quotes shown."""
        return plot_quoted_most(self.shown)

    def cards_html(self, quotes: pd.DataFrame) -> str:
        """One card per quote: speaker, cue, kind, repeats, and its sentence with the quote marked."""
        if quotes.empty:
            return CARD_CSS + "<p>No quotes match.</p>"
        shown = quotes.head(MAX_CARDS)
        cards = [
            self._card(
                row, evidence_html(sure, row["speaker_how"], candidate_names(row["speaker_candidates"]))
            )
            for row, sure in zip(shown.to_dict("records"), certainty(shown, who="speaker"), strict=True)
        ]
        more = len(quotes) - MAX_CARDS
        tail = f"<p>… and {more} more (export to see them all)</p>" if more > 0 else ""
        return CARD_CSS + "".join(cards) + tail

    def _card(self, row: Mapping[Hashable, Any], evidence: str) -> str:
        speaker = row["speaker"] if isinstance(row["speaker"], str) else NO_SPEAKER
        said = f" ({escape(row['speaker_mention'])})" if isinstance(row["speaker_mention"], str) else ""
        meta = [str(row["kind"])]
        if isinstance(row["cue"], str):
            meta.append(f"cue: {row['cue']}")
        times = row.get("times")
        if isinstance(times, int) and times > 1:
            meta.append(f"printed {times} times")
        if isinstance(row["flag"], str):
            meta.append(f"quote marks: {row['flag']}")
        meta.append(f"paragraph {row['paragraph_id']}, {row['quote_id']}")
        return (
            "<div class='wb-quote'>"
            f"<div><span class='wb-who'>{escape(speaker)}</span>{said}</div>"
            f"<div>{evidence}</div>"
            f"<div>{self._sentence_html(row)}</div>"
            f"<div class='wb-meta'>{escape(' · '.join(meta))}</div></div>"
        )

    def _sentence_html(self, row: Mapping[Hashable, Any]) -> str:
        start, end = int(row["start"]), int(row["end"])
        first = max(0, bisect.bisect_right(self._sentence_starts, start) - 1)
        last = max(0, bisect.bisect_right(self._sentence_starts, max(start, end - 1)) - 1)
        lo = min(self._sentence_starts[first], start) if self._sentence_starts else start
        hi = max(self._sentence_ends[last], end) if self._sentence_ends else end
        return highlight(self.report.text[lo:hi], [(start - lo, end - lo)])

    # ------------------------------------------------------------------ actions

    def export_csv(self, path: str | Path | None = None) -> Path:
        """Write the quotes shown as CSV (default: ``DOC_quotes.csv`` in the export folder)."""
        return export_quotes_csv(
            self.shown, path or Path(self.folder.value) / f"{self.report.doc_id}_quotes.csv"
        )

    def _export(self) -> None:
        try:
            path = self.export_csv()
        except OSError as exc:
            self.exported.value = f"<span style='color:#b00'>Not written: {escape(exc)}</span>"
            return
        self.exported.value = f"Wrote {escape(path)}"

    def save_correction(self) -> None:
        """Save the speaker typed for the chosen quote, then re-read the quotes."""
        rows = self.quotes[self.quotes["quote_id"] == self.fix_quote.value]
        if rows.empty:
            self.fixed.value = "Choose a quote first."
            return
        row = rows.iloc[0]
        speaker = self.fix_speaker.value.strip() or None
        try:
            correct_speaker(
                corrections_for(self.report),
                doc_id=str(row["doc_id"]),
                text=str(row["text"]),
                occurrence=int(row["occurrence"]),
                speaker=speaker,
            )
        except WorkbenchError as exc:
            self.fixed.value = f"<span style='color:#b00'>Not saved: {escape(exc)}</span>"
            return
        self.quotes = extract_quotes(self.report)
        self._set_speakers()
        self.update()
        self.fixed.value = f"Saved: {escape(row['quote_id'])} is now {escape(speaker or NO_SPEAKER)}"


def _snippet(text: str, width: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"
