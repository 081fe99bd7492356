"""Views across the reports of a corpus: who appears when, how a figure moved, who is quoted most.

The functions here turn a :class:`~workbench.corpus.Corpus` (or its filtered selection) into
small DataFrames, and the ``plot_*`` functions draw them as matplotlib ``Figure`` objects,
returned and never shown. The notebook panels in :mod:`workbench.widgets.corpus` are built on
these and on the other views of the library (``compare_figures``, ``plot_timeline``,
``quote_views.plot_quoted_most``).

Actors are matched across reports by canonical name (after the analyst's corrections), and
figures are grouped by :func:`workbench.compare.compare_figures` (same kind, unit, topic and
counted noun, similar counted phrase) over the whole corpus.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from .charts import Chart
from .compare import FigureComparison, compare_figures
from .compare_reports import saved_merges

if TYPE_CHECKING:
    from .corpus import Corpus

PRESENCE_COLUMNS = ["name", "kind", "doc_id", "published", "source", "mentions"]
GROUP_COLUMNS = [
    "group_id",
    "label",
    "counted",
    "topic",
    "unit",
    "conflict",
    "claims",
    "reports",
    "sources",
    "low",
    "high",
]
TREND_COLUMNS = ["date", "value", "value_max", "source", "approx", "text", "outlet", "doc_id", "published"]
QUOTED_COLUMNS = ["speaker", "quotes", "reports"]
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
#: Figure size in inches and resolution: small enough to draw in tens of milliseconds.
FIGSIZE = (8.0, 3.6)
DPI = 72


# ---------------------------------------------------------------------- tables


def actor_presence(corpus: Corpus, *, top: int = 10, kind: str | None = None) -> pd.DataFrame:
    """One row per (actor, report) for the ``top`` actors named in the most reports.

    ``kind`` keeps one kind of actor (person, organisation, country, ...).
    """
    actors = corpus.actors
    if actors.empty or "name" not in actors.columns:
        return pd.DataFrame(columns=PRESENCE_COLUMNS)
    if kind:
        actors = actors[actors["kind"] == kind]
    spread = actors.groupby("name", sort=False)["doc_id"].nunique()
    mentions = actors.groupby("name", sort=False)["mentions"].sum()
    ranked = pd.DataFrame({"reports": spread, "mentions": mentions}).sort_values(
        ["reports", "mentions"], ascending=False, kind="stable"
    )
    chosen = actors[actors["name"].isin(ranked.index[:top])]
    documents = corpus.documents.set_index("doc_id")
    rows = chosen.assign(
        published=chosen["doc_id"].map(documents["published"]),
        source=chosen["doc_id"].map(documents["source"]),
    )
    order = {name: i for i, name in enumerate(ranked.index[:top])}
    rows = rows.assign(_rank=rows["name"].map(order)).sort_values(["_rank", "published"], kind="stable")
    return rows[PRESENCE_COLUMNS].reset_index(drop=True)


def events_of(corpus: Corpus, names: list[str]) -> pd.DataFrame:
    """The events of the selected reports whose actor is one of ``names`` (for a timeline plot)."""
    events = corpus.events
    if events.empty or "actor" not in events.columns:
        return events
    return events[events["actor"].isin(names)].reset_index(drop=True)


def actor_events(corpus: Corpus, names: list[str]) -> pd.DataFrame:
    """The dated events (day or longer) whose actor is one of ``names``: name, first day, text."""
    events = corpus.events
    if events.empty or "actor" not in events.columns:
        return pd.DataFrame(columns=["name", "day", "what", "doc_id"])
    chosen = events[events["actor"].isin(names)]
    days = chosen["date_start"] if "date_start" in chosen.columns else chosen["date"]
    parsed = [_day(d) for d in days]
    frame = pd.DataFrame(
        {"name": chosen["actor"], "day": parsed, "what": _column(chosen, "what"), "doc_id": chosen["doc_id"]}
    )
    return frame[frame["day"].notna()].reset_index(drop=True)


def figure_comparison(corpus: Corpus) -> FigureComparison:
    """:func:`~workbench.compare.compare_figures` over the whole corpus, with the analyst's merges and
    splits saved beside its reports (computed once, on ``corpus.root``)."""
    root = corpus.root
    return root.memo(
        "figure_comparison", lambda: compare_figures(root.figures, corrections=saved_merges(root))
    )


def disputed_figures(corpus: Corpus, *, tolerance: float = 0.1) -> FigureComparison:
    """The quantities stated by two claims or more in the selected reports, most disputed first.

    Groups are made once over the whole corpus (:func:`figure_comparison`); each group's claims,
    range, conservative estimate and conflict (no one value fits every claim within ``tolerance``,
    as :func:`~workbench.compare.compare_figures` judges it) are those of the selected reports.
    """
    comparison = figure_comparison(corpus)
    if corpus.root is corpus or comparison.claims.empty:
        return comparison
    claims = _selected(comparison.claims, corpus).reset_index(drop=True)
    rows = []
    for group in comparison.groups.to_dict("records"):
        mine = claims[claims["group_id"] == group["group_id"]]
        if len(mine) < 2:
            continue
        points = mine["point"].astype(float)
        lowest = mine.loc[points.idxmin()]
        low, high = float(points.min()), float(points.max())
        sources = sorted({s for s in mine["source"] if isinstance(s, str)})
        common_low = float(mine["low"].astype(float).max()) * (1 - tolerance)
        common_high = float(mine["high"].astype(float).min()) * (1 + tolerance)
        rows.append(
            {
                **group,
                "claims": len(mine),
                "sources": sources,
                "doc_ids": sorted({str(d) for d in mine["doc_id"]}),
                "low": low,
                "high": high,
                "spread": high - low,
                "disagreement": (high - low) / low if low > 0 else (math.inf if high > 0 else 0.0),
                "conflict": common_low > common_high,
                "conservative": low,
                "conservative_vague": bool(lowest["vague_floor"]),
                "conservative_source": lowest["source"] if isinstance(lowest["source"], str) else None,
                "figure_ids": mine["figure_id"].tolist(),
            }
        )
    groups = pd.DataFrame(rows, columns=comparison.groups.columns)
    groups = groups.sort_values(
        ["conflict", "disagreement", "claims"], ascending=False, kind="stable", ignore_index=True
    )
    return FigureComparison(
        groups, claims[claims["group_id"].isin(groups["group_id"])].reset_index(drop=True)
    )


def figure_groups(corpus: Corpus, *, min_claims: int = 2) -> pd.DataFrame:
    """The figure groups with ``min_claims`` or more claims in the selected reports, most disputed first.

    Groups are made once over the whole corpus (so they stay the same as the filters change);
    ``claims``, ``reports`` and ``sources`` count the selected reports only.
    """
    comparison = figure_comparison(corpus)
    claims = _selected(comparison.claims, corpus)
    if claims.empty:
        return pd.DataFrame(columns=GROUP_COLUMNS)
    counts = claims.groupby("group_id", sort=False).agg(
        claims=("group_id", "size"),
        reports=("doc_id", "nunique"),
        sources=("source", "nunique"),
        low=("point", "min"),
        high=("point", "max"),
    )
    groups = comparison.groups.set_index("group_id")[["counted", "topic", "unit", "conflict"]]
    table = groups.join(counts, how="inner")
    table = table[table["claims"] >= min_claims].reset_index()
    table["label"] = [_group_label(row) for row in table.to_dict("records")]
    return table[GROUP_COLUMNS]


def figure_trend(corpus: Corpus, group_id: str) -> pd.DataFrame:
    """The claims of one figure group in the selected reports over time: the figure's own date, else its report's."""
    claims = _selected(figure_comparison(corpus).claims, corpus)
    chosen = claims[claims["group_id"] == group_id]
    if chosen.empty:
        return pd.DataFrame(columns=TREND_COLUMNS)
    documents = corpus.documents.set_index("doc_id")
    published = chosen["doc_id"].map(documents["published"])
    dates = [_day(d) or p for d, p in zip(_column(chosen, "date"), published, strict=True)]
    high = pd.to_numeric(_column(chosen, "high"), errors="coerce")
    frame = pd.DataFrame(
        {
            "date": dates,
            "value": pd.to_numeric(chosen["point"], errors="coerce"),
            "value_max": high.where(high.notna() & (high != chosen["point"]) & (high != float("inf"))),
            "source": chosen["source"],
            "approx": _column(chosen, "approx"),
            "text": chosen["text"],
            "outlet": chosen["doc_id"].map(documents["source"]),
            "doc_id": chosen["doc_id"],
            "published": published,
        }
    )
    frame = frame[frame["date"].notna() & frame["value"].notna()]
    return frame.sort_values("date", kind="stable").reset_index(drop=True)[TREND_COLUMNS]


def _selected(frame: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """Rows of the selected reports (all of them when ``corpus`` is not filtered)."""
    if corpus.root is corpus:
        return frame
    return frame[frame["doc_id"].isin(corpus.documents["doc_id"])]


def _group_label(group: Mapping[Hashable, Any]) -> str:
    what = group["counted"] if isinstance(group["counted"], str) else group["topic"]
    unit = f" ({group['unit']})" if isinstance(group["unit"], str) else ""
    conflict = ", in conflict" if group["conflict"] else ""
    return f"{what}{unit} · {group['claims']} claims in {group['reports']} reports{conflict}"


def first_quotes(corpus: Corpus) -> pd.DataFrame:
    """The quotes of the selected reports, a live blog's repeated passages counted once."""
    quotes = corpus.quotes
    if "repeat_of" in quotes.columns:
        quotes = quotes[quotes["repeat_of"].isna()]
    return quotes


def quoted_most(corpus: Corpus, *, top: int = 15) -> pd.DataFrame:
    """Speakers by number of quotes (repeats of a live blog's passage counted once), and in how many reports."""
    quotes = first_quotes(corpus)
    if quotes.empty or "speaker" not in quotes.columns:
        return pd.DataFrame(columns=QUOTED_COLUMNS)
    quotes = quotes[quotes["speaker"].notna() & (quotes["speaker"].astype(str).str.strip() != "")]
    counts = quotes.groupby("speaker").agg(quotes=("speaker", "size"), reports=("doc_id", "nunique"))
    counts = counts.sort_values(["quotes", "reports"], ascending=False).head(top)
    return counts.reset_index()[QUOTED_COLUMNS]


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column, or missing values when the table lacks it (the extractors may add columns later)."""
    if name in frame.columns:
        return frame[name]
    return pd.Series([None] * len(frame), index=frame.index, dtype=object)


def _day(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _DAY.match(value):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


# ---------------------------------------------------------------------- plots


def plot_actor_timeline(presence: pd.DataFrame, events: pd.DataFrame | None = None) -> Figure:
    """One lane per actor: a dot per day with reports naming it (bigger: more reports), a tick per dated event."""
    figure, axes = _figure(left=0.25)
    names = list(dict.fromkeys(presence["name"]))
    lanes = {name: len(names) - i for i, name in enumerate(names)}
    dated = presence[presence["published"].notna()]
    if not dated.empty:  # one mark per actor and day, however many reports: fast to draw, easy to read
        per_day = dated.groupby(["name", "published"], sort=False).size().reset_index(name="reports")
        axes.scatter(
            _date_numbers(per_day["published"]),
            per_day["name"].map(lanes),
            s=14 + 10 * per_day["reports"].clip(upper=12).to_numpy(),
            alpha=0.55,
            label="reports naming it (size: how many that day)",
        )
    if events is not None and not events.empty:
        shown = events[events["name"].isin(names)].drop_duplicates(["name", "day"])
        axes.scatter(
            _date_numbers(shown["day"]),
            shown["name"].map(lanes),
            marker="|",
            s=160,
            color="black",
            label="dated event",
        )
    axes.set_yticks(list(lanes.values()), list(lanes))
    axes.set_ylim(0.3, len(names) + 0.7)
    if axes.get_legend_handles_labels()[0]:  # nothing dated: no marks, no legend
        axes.legend(fontsize=7, loc="upper left", bbox_to_anchor=(0, 1.12), ncols=2, frameon=False)
    _finish(axes, empty=not names, title="")
    return figure


def _date_numbers(days: pd.Series) -> Any:
    """Matplotlib's numbers for a column of days (dates or timestamps), converted at once."""
    return mdates.date2num(pd.to_datetime(days).to_numpy())  # type: ignore[no-untyped-call]


def plot_figure_trend(trend: pd.DataFrame, *, title: str = "") -> Figure:
    """Claimed values over time, one colour and line per claimant; ranges as vertical bars."""
    figure, axes = _figure()
    claimants = trend["source"].fillna("(no claimant)")
    for name in list(dict.fromkeys(claimants))[:10]:
        mine = trend[claimants == name]
        (line,) = axes.plot(list(mine["date"]), mine["value"], marker="o", linewidth=1, label=str(name)[:40])
        ranged = mine[mine["value_max"].notna()]
        if not ranged.empty:
            axes.vlines(list(ranged["date"]), ranged["value"], ranged["value_max"], color=line.get_color())
    if not trend.empty:
        axes.legend(fontsize=7, loc="upper left", frameon=False)
    _finish(axes, empty=trend.empty, title=title or "A figure across reports")
    return figure


def fixed_margins(figure: Figure, *, labels: Iterable[object] = ()) -> None:
    """Replace a figure's layout engine by fixed margins wide enough for ``labels`` on the y axis.

    A layout engine draws the figure once more to measure it: fixed margins halve the time
    a panel takes to redraw.
    """
    longest = max((len(str(label)) for label in labels), default=10)
    left = min(0.5, 0.06 + 0.011 * min(longest, 40))
    height = figure.get_figheight()
    bottom, top = 0.5 / height, 1 - 0.35 / height  # room in inches for the axis label and the title
    figure.set_layout_engine("none")
    for axes in figure.axes:
        axes.set_position((left, bottom, 0.95 - left, top - bottom))


def hide_value_axis(figure: Figure) -> None:
    """Leave out the x axis of a bar chart whose bars carry their values (a third less to draw)."""
    for axes in figure.axes:
        axes.xaxis.set_visible(False)
        axes.spines["bottom"].set_visible(False)


def figure_png(figure: Figure) -> bytes:
    """A figure as PNG bytes (for an ``ipywidgets.Image``)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, pil_kwargs={"compress_level": 1})  # fast to encode
    return buffer.getvalue()


def _figure(*, left: float = 0.08) -> tuple[Figure, Axes]:
    """A figure with fixed margins (``left`` leaves room for lane labels): one draw, no layout engine."""
    figure = Chart(figsize=FIGSIZE, dpi=DPI)
    figure.subplots_adjust(left=left, right=0.98, top=0.9, bottom=0.12)
    return figure, figure.add_subplot()


def _finish(axes: Axes, *, empty: bool, title: str, dates: bool = True) -> None:
    """Title, small ticks, a few concise date labels, or a note when there is nothing to draw."""
    axes.set_title(title, fontsize=9, loc="left")
    axes.tick_params(labelsize=8)
    if empty:
        axes.text(0.5, 0.5, "nothing to show for this selection", ha="center", transform=axes.transAxes)
    elif dates:
        low, high = axes.get_xlim()
        if high - low < 2:  # one day only: show a day either side (date axes count in days)
            axes.set_xlim(low - 1, high + 1)
        locator = mdates.AutoDateLocator(minticks=2, maxticks=7)  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
