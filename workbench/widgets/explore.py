"""Panels of notebook 00: a report's structure, its sentences, keyword in context and top terms."""

from __future__ import annotations

import io
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ..explore import keyword_in_context, plot_top_terms, post_summary
from ..html import escape, highlight
from ..report import Report
from .report_picker import ReportPicker
from .report_view import ReportView
from .tables import TABLE_STYLE, DataTable, count, note

ALL = -1


class StructureView(ReportView):
    """Posts (timestamp, headline, counts) and paragraphs (kind, post, repeat of) of a report."""

    def __init__(self, source: Report | ReportPicker) -> None:
        super().__init__(source)
        self.summary = widgets.HTML()
        self.posts = DataTable(empty="No posts.")
        self.paragraphs = DataTable(empty="No paragraphs.")
        self.tabs = widgets.Tab(
            children=[self.posts.box, self.paragraphs.box], titles=("Posts", "Paragraphs")
        )
        self.box = widgets.VBox([self.summary, self.tabs, self.output])
        self.refresh()

    def refresh(self) -> None:
        report = self.report
        paragraphs = report.paragraphs
        kinds = paragraphs["kind"].value_counts()
        counts = {
            "post": len(report.posts),
            "headline": int(kinds.get("headline", 0)),
            "timestamp": int(kinds.get("timestamp", 0)),
            "paragraph": len(paragraphs),
            "repeated paragraph": int(paragraphs["repeat_of"].notna().sum()),
            "sentence": len(report.sentences),
        }
        self.summary.value = note(" · ".join(count(n, noun) for noun, n in counts.items()))
        self.posts.show(post_summary(report))
        self.paragraphs.show(paragraphs[["paragraph_id", "post_id", "kind", "text", "repeat_of"]])


class SentenceTable(ReportView):
    """The sentences of a report, filtered by post and by the words they contain."""

    def __init__(self, source: Report | ReportPicker) -> None:
        super().__init__(source)
        self.post = widgets.Dropdown(description="Post")
        self.contains = widgets.Text(description="Contains", placeholder="any words", continuous_update=True)
        self.table = DataTable(empty="No sentence contains these words.")
        self.post.observe(self._redraw, names="value")
        self.contains.observe(self._redraw, names="value")
        self.box = widgets.VBox([widgets.HBox([self.post, self.contains]), self.table.box, self.output])
        self.refresh()

    def refresh(self) -> None:
        posts = self.report.posts
        labels = posts["timestamp"].fillna("") + " " + posts["headline"].fillna("")
        options = [("all posts", ALL)] + [
            (f"{post_id}: {label.strip() or 'opening paragraphs'}"[:60], int(post_id))
            for post_id, label in zip(posts["post_id"].tolist(), labels.tolist(), strict=True)
        ]
        self.post.unobserve(self._redraw, names="value")
        self.post.options = options
        self.post.value = ALL
        self.post.observe(self._redraw, names="value")
        self._redraw()

    def _redraw(self, _change: dict[str, Any] | None = None) -> None:
        sentences = self.report.sentences
        if self.post.value != ALL:
            sentences = sentences[sentences["post_id"] == self.post.value]
        words = self.contains.value.strip()
        if words:
            sentences = sentences[sentences["text"].str.contains(words, case=False, regex=False)]
        columns = ["post_id", "paragraph_id", "sentence_id", "text", "repeat_of"]
        self.table.show(sentences[columns], caption=count(len(sentences), "sentence"))


class KeywordInContext(ReportView):
    """Every occurrence of a keyword with its context, updated as you type."""

    def __init__(self, source: Report | ReportPicker, *, keyword: str = "", window: int = 60) -> None:
        super().__init__(source)
        self.keyword = widgets.Text(
            value=keyword, description="Keyword", placeholder="type a word", continuous_update=True
        )
        self.window = widgets.IntSlider(value=window, min=20, max=200, step=10, description="Context")
        self.whole_word = widgets.Checkbox(value=True, description="whole words")
        self.table = DataTable(html_columns={"context"})
        for control in (self.keyword, self.window, self.whole_word):
            control.observe(self._redraw, names="value")
        self.box = widgets.VBox(
            [widgets.HBox([self.keyword, self.window, self.whole_word]), self.table.box, self.output]
        )
        self.refresh()

    def refresh(self) -> None:
        self._redraw()

    def _redraw(self, _change: dict[str, Any] | None = None) -> None:
        keyword = self.keyword.value.strip()
        if not keyword:
            self.table.show(pd.DataFrame(), empty="Type a keyword to see every place it occurs.")
            return
        rows = keyword_in_context(
            self.report, keyword, window=self.window.value, whole_word=self.whole_word.value
        )
        if rows.empty:
            self.table.show(rows, empty=f"“{keyword}” does not occur in this report.")
            return
        lines = []
        for left, match, right in zip(rows["left"], rows["match"], rows["right"], strict=True):
            line = f"{left} {match} {right}"
            lines.append(highlight(line, [(len(left) + 1, len(left) + 1 + len(match))]))
        shown = rows[["post_id", "sentence_id"]].assign(context=lines)
        self.table.show(shown, caption=f"{count(len(rows), 'occurrence')} of “{keyword}”")


class TopTerms(ReportView):
    """A bar chart of the most frequent terms (the figure of :func:`workbench.plot_top_terms`)."""

    def __init__(self, source: Report | ReportPicker, *, top: int = 20) -> None:
        super().__init__(source)
        self.top = widgets.IntSlider(value=top, min=5, max=50, step=5, description="Terms")
        self.chart = widgets.Image(format="png")
        self.caption = widgets.HTML()
        self._drawn: tuple[str, int] | None = None  # (text hash, terms) of the chart on show
        self.top.observe(lambda _change: self.refresh(), names="value")
        self.box = widgets.VBox([self.top, self.chart, self.caption, self.output])
        self.refresh()

    def refresh(self) -> None:
        self.caption.value = TABLE_STYLE + f'<div class="wb-note">{escape(self.report.name)}</div>'
        wanted = (self.report.content_hash, self.top.value)
        if wanted == self._drawn:  # e.g. only the publication date changed
            return
        self._drawn = wanted
        figure = plot_top_terms(self.report, top=self.top.value)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=90)
        self.chart.value = buffer.getvalue()
