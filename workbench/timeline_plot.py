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
from typing import Any, Literal

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from .charts import Chart

NO_ACTOR = "(no actor)"
#: Where a label may go, in order: (offset from its lane in lane units, vertical alignment).
LABEL_SPOTS: tuple[tuple[float, Literal["bottom", "top"]], ...] = (
    (0.08, "bottom"),
    (-0.1, "top"),
    (0.42, "bottom"),
)
SIDES: tuple[Literal["left", "right"], ...] = ("left", "right")
LANE_HEIGHT = 1.0
LANE_INCHES = 0.62
MARGIN_INCHES = {"left": 2.0, "right": 0.3, "top": 0.45, "bottom": 0.45}
MAX_LABEL_CHARS = 38
MAX_LANE_CHARS = 24
#: At most this many lanes (the actors with most events) and labels are drawn; the rest is said.
MAX_LANES = 16
MAX_LABELS = 60
LABEL_PAD = 3.0  # pixels kept free around each label
FIG_WIDTH = 10.0
DPI = 72
NO_ACTOR_COLOUR = "#8c8c8c"
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


def lane_colours(lanes: Sequence[str]) -> dict[str, str]:
    """A colour per lane, in turn from a qualitative palette; events without an actor in grey."""
    colours = {name: _COLOURS[i % len(_COLOURS)] for i, name in enumerate(n for n in lanes if n != NO_ACTOR)}
    return colours | ({NO_ACTOR: NO_ACTOR_COLOUR} if NO_ACTOR in lanes else {})


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
    counts = frame["lane"].value_counts() if len(frame) else pd.Series(dtype=int)
    order = [name for name in order if counts.get(name, 0)] or order
    left_out = 0
    if len(order) > MAX_LANES:
        busiest = set(counts.loc[order].sort_values(ascending=False, kind="stable").index[:MAX_LANES])
        left_out = len(order) - MAX_LANES
        order = [name for name in order if name in busiest]
        frame = frame[frame["lane"].isin(busiest)]
    if left_out:
        title = f"{title or 'Dated events by actor'} ({MAX_LANES} busiest actors; {left_out} more not drawn)"
    height = MARGIN_INCHES["top"] + MARGIN_INCHES["bottom"] + LANE_INCHES * (max(1, len(order)) + 0.6)
    figure = Chart(figsize=(width, height), dpi=DPI)
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
    colours = lane_colours(list(y_of))
    for name, y in y_of.items():
        colour = colours[name]
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
    axes.set_ylim(-0.5, (len(y_of) - 1) * LANE_HEIGHT + 0.75)
    axes.set_yticks(list(y_of.values()), [_short(name, MAX_LANE_CHARS) for name in y_of])
    locator = mdates.AutoDateLocator(maxticks=8)  # type: ignore[no-untyped-call]
    # Spans of about four years fall to monthly ticks, whose widest step (6 months) would need
    # more than 8 ticks: matplotlib then warns on stderr. A 12-month step covers them.
    locator.intervald[mdates.MONTHLY] = [1, 2, 3, 4, 6, 12]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    axes.grid(axis="x", alpha=0.3)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.tick_params(axis="y", length=0)


def _place_labels(
    figure: Figure, axes: Axes, frame: pd.DataFrame, y_of: dict[str, float], label_column: str
) -> None:
    """Greedy placement: each label takes the first free spot by its lane, else is left out."""
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    frame_box = axes.get_window_extent(renderer)
    right_edge = frame_box.x1 + figure.dpi * MARGIN_INCHES["right"]
    colours = lane_colours(list(y_of))
    placed: list[Bbox] = []
    ordered = frame.sort_values(["date_start"], kind="stable")
    for lane, start, text in zip(ordered["lane"], ordered["date_start"], ordered[label_column], strict=True):
        if len(placed) >= MAX_LABELS:
            break
        if not isinstance(text, str) or not text:
            continue
        label = axes.text(
            date_number(start), y_of[lane] + LABEL_SPOTS[0][0], _short(text, MAX_LABEL_CHARS),
            fontsize=7.5, va="bottom", zorder=4, color=colours[lane],
        )  # fmt: skip
        if not _find_room(
            label, y_of[lane], placed, renderer, left=frame_box.x0, right=right_edge, top=frame_box.y1
        ):
            label.remove()


def _find_room(
    label: Text, lane_y: float, placed: list[Bbox], renderer: Any, *, left: float, right: float, top: float
) -> bool:
    """Put ``label`` at the first spot by its lane (:data:`LABEL_SPOTS`, right of its mark or
    else left of it) where it overlaps nothing; False when there is no room.

    The label is measured once; the other spots are that box moved (a text's size does not
    depend on where it is), which keeps placement fast with many labels.
    """
    axes = label.axes
    assert axes is not None
    text_box = label.get_window_extent(renderer)
    padded = Bbox.from_extents(
        text_box.x0 - LABEL_PAD, text_box.y0 - LABEL_PAD, text_box.x1 + LABEL_PAD, text_box.y1 + LABEL_PAD
    )
    for offset, vertical in LABEL_SPOTS:
        anchor = axes.transData.transform((0, lane_y + offset))[1]
        bottom = anchor if vertical == "bottom" else anchor - text_box.height
        for side in SIDES:
            shift = 0.0 if side == "left" else -text_box.width
            box = padded.translated(shift, bottom - text_box.y0)
            inside = left <= box.x0 and box.x1 <= right and box.y1 <= top
            if inside and not any(box.overlaps(other) for other in placed):
                label.set_y(lane_y + offset)
                label.set_verticalalignment(vertical)
                label.set_horizontalalignment(side)
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
