"""The timeline panel: filter a report's dated events by actor, date and keyword; plot; export.

Events are extracted once when the panel is built (and re-named after an actor correction);
every control change only filters that table, so updates stay fast. Each row shows the evidence
for its actor (the rule in words, a confidence); "uncertain first" lists the rows to check first. The table and counts
change at once; the figure, which takes longer to draw, follows a moment after the last
change (on the kernel's event loop) so a dragged slider does not queue up drawings.
"""

from __future__ import annotations

import asyncio
from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ..dates import DateRules
from ..events import EVENT_COLUMNS, extract_events
from ..evidence_views import evidence_columns
from ..html import escape, highlight
from ..report import Report
from ..timeline_export import write_events_csv, write_timelinejs
from ..timeline_plot import NO_ACTOR, figure_png, lane_names, plot_timeline
from .actor_editor import ActorEditor
from .base import Panel
from .evidence import in_order, order_toggle
from .range_readout import range_readout
from .tables import DataTable

PLOT_DELAY_SECONDS = 0.25


class TimelinePanel(Panel):
    """Dated events of one report or several, behind actor, date and keyword filters.

    ``timeline.events`` is every event (``doc_id`` tells reports apart), ``timeline.shown``
    the filtered view; ``timeline.figure()`` the matplotlib figure of that view.
    """

    def __init__(
        self,
        reports: Report | Sequence[Report],
        *,
        rules: DateRules | None = None,
        hide_repeats: bool = True,
        export_folder: str | Path = ".",
    ) -> None:
        super().__init__()
        self.reports = [reports] if isinstance(reports, Report) else list(reports)
        self.rules = rules
        self._sentence_starts = {
            (report.doc_id, int(sid)): int(start)
            for report in self.reports
            for sid, start in zip(report.sentences["sentence_id"], report.sentences["start"], strict=True)
        }
        self._pending: asyncio.TimerHandle | None = None
        self._days: list[pd.Timestamp] = []
        self.events = self._extract()
        self.shown = self.events

        self.actors = widgets.SelectMultiple(
            description="Actors", rows=8, layout=widgets.Layout(width="380px")
        )
        self.dates = widgets.SelectionRangeSlider(
            options=[("-", pd.Timestamp(0))], description="Dates", layout=widgets.Layout(width="400px")
        )
        self.dates_shown = range_readout(self.dates)
        self.keyword = widgets.Text(description="Keyword", placeholder="in what, sentence, actor or date")
        self.hide_repeats = widgets.Checkbox(value=hide_repeats, description="Hide repeated passages")
        self.order = order_toggle()
        self.summary = widgets.HTML()
        self.plot = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
        self.table = DataTable(html_columns={"source sentence"}, empty="No dated events match.")
        self.folder = widgets.Text(value=str(export_folder), description="Export to")
        self.csv_button = widgets.Button(description="CSV", icon="download")
        self.json_button = widgets.Button(description="TimelineJS JSON", icon="download")
        self.exported = widgets.HTML()
        self.editor = ActorEditor(self.reports, names=self.actor_names, on_change=self.reload)

        self._set_options()
        for control in (self.actors, self.dates, self.keyword, self.hide_repeats, self.order):
            control.observe(self._changed, names="value")
        self.csv_button.on_click(lambda _b: self._export(self.export_csv))
        self.json_button.on_click(lambda _b: self._export(self.export_timelinejs))
        dates = widgets.HBox([self.dates, self.dates_shown])
        filters = widgets.VBox([dates, self.keyword, self.hide_repeats, self.summary])
        self.box = widgets.VBox(
            [
                widgets.HBox([self.actors, filters]),
                self.plot,
                widgets.HBox([self.folder, self.csv_button, self.json_button, self.exported]),
                widgets.Accordion(children=[self.editor.box], titles=("Correct actors",)),
                self.order,
                self.table.box,
                self.output,
            ]
        )
        self.update()

    # ------------------------------------------------------------------ data

    def _extract(self) -> pd.DataFrame:
        frames = [extract_events(report, rules=self.rules) for report in self.reports]
        frames = [frame for frame in frames if len(frame)]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=EVENT_COLUMNS)

    def actor_names(self) -> list[str]:
        """Every actor the events name (members of joint actors one by one)."""
        names = {name for members in self.events["actors"] for name in members}
        return sorted(names, key=str.casefold)

    def reload(self) -> None:
        """Re-read the events after an actor correction (extraction is cached; only names change)."""
        self.events = self._extract()
        self._set_options()
        self.update()

    def _set_options(self) -> None:
        lanes = lane_names(self.events)
        left_out = set(self.actors.options) - set(self.actors.value)  # new or renamed lanes are shown
        self.actors.options = lanes
        self.actors.value = tuple(lane for lane in lanes if lane not in left_out) or tuple(lanes)
        days = sorted(set(self.events["date_start"].dropna()) | set(self.events["date_end"].dropna()))
        if days:
            self.dates.options = [(day.strftime("%Y-%m-%d"), day) for day in days]
            self.dates.index = (0, len(days) - 1)
        self._days = days
        self.dates.disabled = not days

    # ------------------------------------------------------------------ filtering

    def filtered(self) -> pd.DataFrame:
        """The events the controls select."""
        events = self.events
        if events.empty:
            return events
        lanes = set(self.actors.value)
        members = [list(m) if len(m) else [NO_ACTOR] for m in events["actors"]]
        keep = pd.Series([bool(lanes.intersection(m)) for m in members], index=events.index)
        if self._days and len(self.dates.index) == 2:
            first, last = (self._days[i] for i in self.dates.index)
            keep &= (events["date_end"] >= first) & (events["date_start"] <= last)
        if self.hide_repeats.value:
            keep &= events["repeat_of"].isna()
        word = self.keyword.value.strip().casefold()
        if word:
            text = (
                events["what"].fillna("") + " " + events["sentence"].fillna("") + " "
                + events["actor"].fillna("") + " " + events["date_text"].fillna("")
            )  # fmt: skip
            keep &= text.str.casefold().str.contains(word, regex=False)
        return events[keep]

    def _changed(self, _change: Any) -> None:
        self.update()

    def update(self) -> None:
        """Filter, refresh the counts and the table now, and the figure shortly after."""
        self.shown = self.filtered()
        self.summary.value = (
            f"<b>{len(self.shown)}</b> of {len(self.events)} dated events, "
            f"{len(self.reports)} report{'s' if len(self.reports) != 1 else ''}"
        )
        self.table.show(self.table_rows(in_order(self.shown, self.order, who="actor")))
        self._schedule_plot()

    # ------------------------------------------------------------------ showing

    def figure(self) -> Any:
        """The matplotlib figure of the events shown (lanes in the order of the actor list)."""
        lanes = [lane for lane in self.actors.options if lane in set(self.actors.value)]
        return plot_timeline(self.shown, lanes=lanes)

    def render_plot(self) -> None:
        """Draw the figure of the events shown into the panel."""
        self._pending = None
        try:
            self.plot.value = figure_png(self.figure())
        except Exception as exc:  # a drawing problem must not break the panel
            with self.output:
                print(f"The timeline could not be drawn: {exc}")

    def _schedule_plot(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no event loop (a script or a test): draw now
            self.render_plot()
            return
        if self._pending is not None:
            self._pending.cancel()
        self._pending = loop.call_later(PLOT_DELAY_SECONDS, self.render_plot)

    def table_rows(self, events: pd.DataFrame) -> pd.DataFrame:
        """The events as the table shows them: the actor with its evidence, and each source sentence
        (HTML) with its date expression marked."""
        evidence = evidence_columns(events, who="actor")
        rows = pd.DataFrame(
            {
                "date": events["date"],
                "granularity": events["granularity"],
                "actor": events["actor"],
                "how": evidence["how"],
                "confidence": evidence["confidence"],
                "what": events["what"],
                "source sentence": [self._sentence_html(row) for row in events.to_dict("records")],
            }
        )
        if evidence["could be"].astype(bool).any():
            rows.insert(5, "could be", evidence["could be"])
        if events["doc_id"].nunique() > 1:
            rows["report"] = events["doc_id"]
        return rows

    def _sentence_html(self, row: Mapping[Hashable, Any]) -> str:
        sentence = row["sentence"] if isinstance(row["sentence"], str) else ""
        if pd.isna(row["sentence_id"]):
            return escape(sentence)
        offset = self._sentence_starts.get((row["doc_id"], int(row["sentence_id"])), 0)
        return highlight(sentence, [(int(row["start"]) - offset, int(row["end"]) - offset)])

    # ------------------------------------------------------------------ exports

    def export_csv(self, path: str | Path | None = None) -> Path:
        """Write the events shown as CSV (default: ``timeline.csv`` in the export folder)."""
        return write_events_csv(self.shown, path or Path(self.folder.value) / "timeline.csv")

    def export_timelinejs(self, path: str | Path | None = None) -> Path:
        """Write the events shown as TimelineJS JSON (default: ``timeline.json`` in the export folder)."""
        title = self.reports[0].title if len(self.reports) == 1 and self.reports[0].title else "Dated events"
        return write_timelinejs(self.shown, path or Path(self.folder.value) / "timeline.json", title=title)

    def _export(self, write: Any) -> None:
        try:
            path = write()
        except OSError as exc:
            self.exported.value = f"<span style='color:#b00'>Not written: {escape(exc)}</span>"
            return
        self.exported.value = f"Wrote {escape(path)}"
