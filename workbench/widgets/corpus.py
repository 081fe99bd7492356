"""Panels over a corpus: filters by outlet and published date, and views across the reports.

``CorpusExplorer(corpus)`` holds the filters and, in tabs, one view per question: the most
disputed figures (the tab it opens on), actors over time, how a figure moved, who is quoted
most, the reports themselves. Changing a
filter redraws only the visible view; the others redraw when their tab is opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import ipywidgets as widgets
import pandas as pd

from .. import corpus_views as views
from ..corpus import Corpus
from ..html import escape
from ..quote_views import plot_quoted_most
from ..timeline_plot import plot_timeline
from .base import Panel
from .disputes import DisputedQuantities, mark_in_sentence
from .range_readout import range_readout
from .tables import DataTable

ALL_KINDS = "all kinds"


class CorpusView(Panel):
    """One view of the selected reports; :meth:`show` gives it a selection and draws it."""

    title = "view"

    def __init__(self) -> None:
        super().__init__()
        self.corpus: Corpus | None = None
        self._choosing = False

    def show(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.render()

    def render(self) -> None:
        raise NotImplementedError

    def _rerender(self, _change: object = None) -> None:
        """Observer of the view's own controls (silent while :meth:`_offer` replaces their options)."""
        if not self._choosing:
            self.render()

    def _offer(self, control: widgets.Dropdown, options: list[Any], *, fallback: object) -> None:
        """New options for a dropdown, keeping its value when still offered, without redrawing."""
        values = [o[1] if isinstance(o, tuple) else o for o in options]
        keep = control.value if control.value in values else fallback
        self._choosing = True
        try:
            control.options = options
            control.value = keep
        finally:
            self._choosing = False


class DisputedFiguresPanel(CorpusView):
    """The quantities the selected reports disagree on most: one chart per quantity, the claims beneath
    (merges and splits saved in notebook 02 beside the reports apply here too)."""

    title = "Most disputed figures"

    def __init__(self, *, shown: int = 3) -> None:
        super().__init__()
        self.disputes = DisputedQuantities(shown=shown)
        self.box = self.disputes.box

    def render(self) -> None:
        if self.corpus is None:
            return
        reports = len(self.corpus.documents)
        self.disputes.show(
            views.disputed_figures(self.corpus),
            tolerance=0.1,
            mark=mark_in_sentence,
            nothing=f"Nothing to compare: no two figures in the {reports} selected reports state the "
            "same quantity.",
        )


class ActorTimelinePanel(CorpusView):
    """The actors named in most reports, one lane each: the reports naming them, or their dated events.

    "reports" puts a dot at each report's date (bigger: more mentions) and a tick at each
    dated event of the actor; "events" draws those events with
    :func:`workbench.timeline_plot.plot_timeline` (what happened, labelled).
    """

    title = "Actors over time"
    MODES = ("reports", "events")

    def __init__(self, *, top: int = 10) -> None:
        super().__init__()
        self.kind = widgets.Dropdown(options=[ALL_KINDS], value=ALL_KINDS, description="Kind")
        self.top = widgets.IntSlider(value=top, min=3, max=25, description="Actors")
        self.mode = widgets.ToggleButtons(options=self.MODES, value="reports", description="Show")
        self.image = widgets.Image(format="png")
        self.presence = pd.DataFrame(columns=views.PRESENCE_COLUMNS)
        for control in (self.kind, self.top, self.mode):
            control.observe(self._rerender, names="value")
        self.box = widgets.VBox([widgets.HBox([self.kind, self.top]), self.mode, self.image])

    def show(self, corpus: Corpus) -> None:
        actors = corpus.actors
        kinds = sorted(str(k) for k in actors["kind"].dropna().unique()) if "kind" in actors.columns else []
        self._offer(self.kind, [ALL_KINDS, *kinds], fallback=ALL_KINDS)
        super().show(corpus)

    def render(self) -> None:
        if self.corpus is None:
            return
        kind = None if self.kind.value == ALL_KINDS else self.kind.value
        self.presence = views.actor_presence(self.corpus, top=self.top.value, kind=kind)
        names = list(dict.fromkeys(self.presence["name"]))
        if self.mode.value == "events":
            figure = plot_timeline(
                views.events_of(self.corpus, names), lanes=names, title="Dated events by actor"
            )
        else:
            figure = views.plot_actor_timeline(self.presence, views.actor_events(self.corpus, names))
        self.image.value = views.figure_png(figure)


class FigureTrendPanel(CorpusView):
    """Pick a group of comparable figures; see each claim by claimant over time, and the claims themselves."""

    title = "A figure over time"
    #: The table lists at most this many claims, the latest (the chart draws them all).
    MOST_LISTED = 500

    def __init__(self) -> None:
        super().__init__()
        self.group = widgets.Dropdown(options=[], description="Figure", layout=widgets.Layout(width="60%"))
        self.image = widgets.Image(format="png")
        self.claims = DataTable(empty="No claims of this figure in the selected reports.")
        self.trend = pd.DataFrame(columns=views.TREND_COLUMNS)
        self.group.observe(self._rerender, names="value")
        self.box = widgets.VBox([self.group, self.image, self.claims.box])

    def show(self, corpus: Corpus) -> None:
        groups = views.figure_groups(corpus)
        options = list(zip(groups["label"], groups["group_id"], strict=True))
        self._offer(self.group, options, fallback=options[0][1] if options else None)
        super().show(corpus)

    def render(self) -> None:
        if self.corpus is None:
            return
        group = self.group.value
        self.trend = (
            views.figure_trend(self.corpus, group) if group else pd.DataFrame(columns=views.TREND_COLUMNS)
        )
        title = self.group.label.split(" · ")[0] if group else ""
        self.image.value = views.figure_png(views.plot_figure_trend(self.trend, title=title))
        listed, caption = self.trend, ""
        if len(listed) > self.MOST_LISTED:  # thousands of rows take most of a second to send at every change
            listed = listed.tail(self.MOST_LISTED)
            caption = f"the table lists the latest {self.MOST_LISTED} of {len(self.trend):,} claims; the chart shows all"
        self.claims.show(
            _columns(listed, ["date", "value", "source", "approx", "text", "outlet", "doc_id"]),
            caption=caption,
        )


class QuotedMostPanel(CorpusView):
    """Speakers by number of quotes across the selected reports."""

    title = "Who is quoted most"

    def __init__(self, *, top: int = 10) -> None:
        super().__init__()
        self.top = widgets.IntSlider(value=top, min=3, max=40, description="Speakers")
        self.image = widgets.Image(format="png")
        self.table = DataTable(empty="No attributed quotes in the selected reports.")
        self.counts = pd.DataFrame(columns=views.QUOTED_COLUMNS)
        self.top.observe(self._rerender, names="value")
        self.box = widgets.VBox([self.top, self.image, self.table.box])

    def render(self) -> None:
        if self.corpus is None:
            return
        self.counts = views.quoted_most(self.corpus, top=self.top.value)
        figure = plot_quoted_most(views.first_quotes(self.corpus), top=self.top.value)
        views.fixed_margins(figure, labels=self.counts["speaker"])
        views.hide_value_axis(figure)  # the bars are labelled with their counts
        self.image.value = views.figure_png(figure)
        self.table.show(_columns(self.counts, views.QUOTED_COLUMNS))


class DocumentsPanel(CorpusView):
    """The selected reports: date, outlet, title, what was found, failures with their error."""

    title = "Reports"
    COLUMNS = (
        "published",
        "source",
        "title",
        "words",
        "quotes",
        "figures",
        "events",
        "actors",
        "status",
        "error",
    )

    def __init__(self) -> None:
        super().__init__()
        self.table = DataTable(empty="No reports are selected.")
        self.box = widgets.VBox([self.table.box])

    def render(self) -> None:
        if self.corpus is not None:
            self.table.show(_columns(self.corpus.documents, list(self.COLUMNS)))


class CorpusExplorer(Panel):
    """Filters by outlet and published date over a corpus, and the views in tabs."""

    def __init__(self, corpus: Corpus, *, views: Sequence[CorpusView] | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.selection = corpus
        self.views = list(
            views
            or [
                DisputedFiguresPanel(),
                ActorTimelinePanel(),
                FigureTrendPanel(),
                QuotedMostPanel(),
                DocumentsPanel(),
            ]
        )
        self.outlets = widgets.SelectMultiple(
            options=corpus.sources,
            value=tuple(corpus.sources),
            description="Outlets",
            rows=min(6, max(2, len(corpus.sources))),
        )
        dates = sorted({d for d in corpus.documents["published"] if isinstance(d, dt.date)})
        options: list[tuple[str, dt.date | None]] = [(d.isoformat(), d) for d in dates]
        self.dates = widgets.SelectionRangeSlider(
            options=options or [("no dates", None)],
            index=(0, max(0, len(dates) - 1)),
            description="Published",
            disabled=not dates,
            layout=widgets.Layout(width="50%"),
        )
        self.dates_shown = range_readout(self.dates)
        self.summary = widgets.HTML()
        self.tabs = widgets.Tab(children=[v.box for v in self.views], titles=[v.title for v in self.views])
        self._drawn: set[int] = set()
        self.outlets.observe(lambda _change: self.refresh(), names="value")
        self.dates.observe(lambda _change: self.refresh(), names="value")
        self.tabs.observe(lambda _change: self._draw_visible(), names="selected_index")
        self.box = widgets.VBox(
            [widgets.HBox([self.outlets, self.dates, self.dates_shown]), self.summary, self.tabs, self.output]
        )
        self.refresh()

    def filters(self) -> dict[str, Any]:
        """The filter values as keyword arguments of :meth:`Corpus.filter` (None: no restriction)."""
        sources = None if set(self.outlets.value) == set(self.outlets.options) else list(self.outlets.value)
        start = end = None
        if not self.dates.disabled and self.dates.index != (0, len(self.dates.options) - 1):
            start, end = self.dates.value
        return {"sources": sources, "start": start, "end": end}

    def refresh(self) -> None:
        """Apply the filters and redraw the visible view (the others when opened)."""
        self.selection = self.corpus.filter(**self.filters())
        self.summary.value = escape(_summary(self.selection))
        self._drawn.clear()
        self._draw_visible()

    def _draw_visible(self) -> None:
        index = self.tabs.selected_index or 0
        if index not in self._drawn:
            self._drawn.add(index)
            self.views[index].show(self.selection)


def _summary(corpus: Corpus) -> str:
    counts = ", ".join(f"{n:,} {name}" for name, n in corpus.counts().items())
    return f"{len(corpus.documents):,} reports ({len(corpus.failures)} failed): {counts}"


def _columns(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The ``columns`` of ``frame`` it has, in that order."""
    return frame[[c for c in columns if c in frame.columns]]
