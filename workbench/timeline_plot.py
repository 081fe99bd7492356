"""The event timeline as a matplotlib figure: one lane per actor, labels that never overlap.

Day events are markers; month, year and interval events ("last week", "overnight",
"in August") are spans from their first to their last day. Labels are placed greedily in
a few rows above each lane, measured with the renderer so that no two overlap; a label
that finds no free row is left out (its marker stays). The functions return a
:class:`~matplotlib.figure.Figure` and never show it: display it, save it or turn it into
PNG bytes with :func:`figure_png`.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

NO_ACTOR = "(no actor)"
LABEL_ROWS = 3
LANE_HEIGHT = 1.0
ROW_STEP = 0.26
LANE_INCHES = 0.62
MARGIN_INCHES = {"left": 1.9, "right": 0.3, "top": 0.45, "bottom": 0.45}
MAX_LABEL_CHARS = 38
FIG_WIDTH = 10.0
DPI = 72
_COLOURS = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#17becf",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
)


def date_number(day: dt.date | pd.Timestamp) -> float:
    """Matplotlib's number for a day (for placing extra marks on a timeline's axes)."""
    return float(mdates.date2num(pd.Timestamp(day)))  # type: ignore[no-untyped-call]


def lane_names(events: pd.DataFrame) -> list[str]:
    """Actor lanes in order of each actor's first event (events without an actor last)."""
    if events.empty:
        return []
    exploded = _by_lane(events)
    first = exploded.groupby("lane", sort=False)["date_start"].min().sort_values(kind="stable")
    names = [str(name) for name in first.index if name != NO_ACTOR]
    return names + ([NO_ACTOR] if NO_ACTOR in first.index else [])


def _by_lane(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (event, actor): a joint event ("X and Y") appears in both lanes."""
    frame = events.copy()
    if "actors" in frame.columns:
        members = [
            list(m) if isinstance(m, list | tuple) and len(m) else [a if isinstance(a, str) else NO_ACTOR]
            for m, a in zip(frame["actors"], frame["actor"], strict=True)
        ]
    else:
        members = [[a if isinstance(a, str) else NO_ACTOR] for a in frame["actor"]]
    frame["lane"] = members
    return frame.explode("lane", ignore_index=True)


def plot_timeline(
    events: pd.DataFrame,
    *,
    lanes: Sequence[str] | None = None,
    title: str | None = None,
    label_column: str = "what",
    width: float = FIG_WIDTH,
) -> Figure:
    """A figure of ``events`` (an :func:`~workbench.extract_events` table): one lane per actor.

    ``lanes`` chooses and orders the actor lanes (default: every actor, by first event);
    ``label_column`` is the text shown beside each event (``"what"`` or ``"date_text"``).
    """
    frame = _by_lane(events.dropna(subset=["date_start", "date_end"])) if len(events) else events
    order = list(lanes) if lanes is not None else lane_names(events)
    if len(frame):
        frame = frame[frame["lane"].isin(order)]
    order = [name for name in order if len(frame) and (frame["lane"] == name).any()] or order
    height = MARGIN_INCHES["top"] + MARGIN_INCHES["bottom"] + LANE_INCHES * (max(1, len(order)) + 0.6)
    figure = Figure(figsize=(width, height), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    figure.subplots_adjust(  # fixed margins: a layout engine would double the drawing time
        left=MARGIN_INCHES["left"] / width,
        right=1 - MARGIN_INCHES["right"] / width,
        top=1 - MARGIN_INCHES["top"] / height,
        bottom=MARGIN_INCHES["bottom"] / height,
    )
    axes.set_title(title or "Dated events by actor", fontsize=11, loc="left")
    if frame.empty:
        axes.text(0.5, 0.5, "No dated events match.", ha="center", va="center", transform=axes.transAxes)
        axes.set_axis_off()
        return figure
    y_of = {name: (len(order) - 1 - i) * LANE_HEIGHT for i, name in enumerate(order)}
    _draw_events(axes, frame, y_of)
    _style_axes(axes, frame, y_of)
    _place_labels(figure, axes, frame, y_of, label_column)
    return figure


def _draw_events(axes: Axes, frame: pd.DataFrame, y_of: dict[str, float]) -> None:
    lanes = dict(tuple(frame.groupby("lane", sort=False)))
    for i, (name, y) in enumerate(y_of.items()):
        colour = _COLOURS[i % len(_COLOURS)]
        lane = lanes[name]
        is_day = (lane["granularity"] == "day").to_numpy()
        starts, ends = lane["date_start"].tolist(), lane["date_end"].tolist()
        days = [date_number(start) for start, day in zip(starts, is_day, strict=True) if day]
        if days:
            axes.plot(days, [y] * len(days), "o", color=colour, markersize=7, zorder=3)
        for start, end, day in zip(starts, ends, is_day, strict=True):
            if not day:
                left, right = date_number(start), date_number(end + pd.Timedelta(days=1))
                axes.barh(y, right - left, left=left, height=0.18, color=colour, alpha=0.45, zorder=2)


def _style_axes(axes: Axes, frame: pd.DataFrame, y_of: dict[str, float]) -> None:
    first = frame["date_start"].min()
    last = frame["date_end"].max() + pd.Timedelta(days=1)
    pad = max(pd.Timedelta(days=1), (last - first) * 0.04)
    axes.set_xlim(date_number(first - pad), date_number(last + pad))
    axes.set_ylim(-0.5, (len(y_of) - 1) * LANE_HEIGHT + 0.5 + ROW_STEP * LABEL_ROWS)
    axes.set_yticks(list(y_of.values()), [_short(name, 28) for name in y_of])
    locator = mdates.AutoDateLocator(maxticks=8)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    axes.grid(axis="x", alpha=0.3)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.tick_params(axis="y", length=0)


def _place_labels(
    figure: Figure, axes: Axes, frame: pd.DataFrame, y_of: dict[str, float], label_column: str
) -> None:
    """Greedy placement: each label takes the lowest free row above its lane, else is left out."""
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    frame_box = axes.get_window_extent(renderer)
    right_edge = frame_box.x1 + figure.dpi * MARGIN_INCHES["right"]
    placed: list[Bbox] = []
    ordered = frame.sort_values(["date_start"], kind="stable")
    for lane, start, text in zip(ordered["lane"], ordered["date_start"], ordered[label_column], strict=True):
        if not isinstance(text, str) or not text:
            continue
        label = axes.text(
            date_number(start), 0, _short(text, MAX_LABEL_CHARS), fontsize=7.5, va="bottom", zorder=4
        )
        if not _find_room(
            label, y_of[lane], placed, renderer, left=frame_box.x0, right=right_edge, top=frame_box.y1
        ):
            label.remove()


def _find_room(
    label: Text, lane_y: float, placed: list[Bbox], renderer: Any, *, left: float, right: float, top: float
) -> bool:
    """Put ``label`` in the lowest row above its lane where it overlaps nothing, right of its
    mark or else left of it; False when there is no room."""
    for row in range(LABEL_ROWS):
        label.set_y(lane_y + 0.08 + row * ROW_STEP)
        for side in ("left", "right"):
            label.set_horizontalalignment(side)
            box = label.get_window_extent(renderer).expanded(1.02, 1.1)
            inside = left <= box.x0 and box.x1 <= right and box.y1 <= top
            if inside and not any(box.overlaps(other) for other in placed):
                placed.append(box)
                return True
    return False


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def label_boxes(figure: Figure) -> list[Bbox]:
    """The display boxes of the event labels drawn on ``figure`` (for checking overlaps)."""
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = []
    for axes in figure.axes:
        for text in axes.texts:
            if text.get_visible() and text.get_text():
                boxes.append(text.get_window_extent(renderer))
    return boxes


def figure_png(figure: Figure) -> bytes:
    """The figure as PNG bytes (for an ``ipywidgets.Image`` or a file)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()
