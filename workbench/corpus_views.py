"""Views across the reports of a corpus: who appears when, how a figure moved, who is quoted most.

Each ``*_table`` function turns a :class:`~workbench.corpus.Corpus` into a small DataFrame;
each ``plot_*`` function draws one as a matplotlib ``Figure`` and returns it (never shows
it). The notebook panels in :mod:`workbench.widgets.corpus` are built on these.

Actors are matched across reports by canonical name (after the analyst's corrections), and
figures are grouped by what they count (and their unit): the counted phrase, lower-cased,
without articles.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import TYPE_CHECKING

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

if TYPE_CHECKING:
    from .corpus import Corpus

PRESENCE_COLUMNS = ["name", "kind", "doc_id", "published", "source", "mentions"]
GROUP_COLUMNS = ["group", "counted", "unit", "claims", "reports", "sources", "low", "high"]
TREND_COLUMNS = ["date", "value", "value_max", "source", "approx", "text", "outlet", "doc_id", "published"]
QUOTED_COLUMNS = ["speaker", "quotes", "reports"]
_ARTICLE = re.compile(r"^(?:the|a|an|some)\s+", re.IGNORECASE)
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


def figure_groups(corpus: Corpus, *, min_claims: int = 2) -> pd.DataFrame:
    """What the corpus's figures count, grouped, most claimed first (groups with ``min_claims`` or more)."""
    figures = _keyed_figures(corpus.figures)
    if figures.empty:
        return pd.DataFrame(columns=GROUP_COLUMNS)
    grouped = figures.groupby("group", sort=False).agg(
        counted=("_counted", "first"),
        unit=("unit", "first"),
        claims=("group", "size"),
        reports=("doc_id", "nunique"),
        sources=("source", "nunique"),
        low=("value", "min"),
        high=("value", "max"),
    )
    grouped = grouped[grouped["claims"] >= min_claims].sort_values(["claims", "reports"], ascending=False)
    return grouped.reset_index()[GROUP_COLUMNS]


def figure_trend(corpus: Corpus, group: str) -> pd.DataFrame:
    """The claims of one figure group over time: the figure's own date, else its report's."""
    figures = _keyed_figures(corpus.figures)
    if figures.empty:
        return pd.DataFrame(columns=TREND_COLUMNS)
    chosen = figures[figures["group"] == group]
    documents = corpus.documents.set_index("doc_id")
    published = chosen["doc_id"].map(documents["published"])
    dates = [_day(d) or p for d, p in zip(_column(chosen, "date"), published, strict=True)]
    frame = pd.DataFrame(
        {
            "date": dates,
            "value": pd.to_numeric(chosen["value"], errors="coerce"),
            "value_max": pd.to_numeric(_column(chosen, "value_max"), errors="coerce"),
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


def quoted_most(corpus: Corpus, *, top: int = 15) -> pd.DataFrame:
    """Speakers by number of quotes (repeats of a live blog's passage counted once), and in how many reports."""
    quotes = corpus.quotes
    if quotes.empty or "speaker" not in quotes.columns:
        return pd.DataFrame(columns=QUOTED_COLUMNS)
    if "repeat_of" in quotes.columns:
        quotes = quotes[quotes["repeat_of"].isna()]
    quotes = quotes[quotes["speaker"].notna() & (quotes["speaker"].astype(str).str.strip() != "")]
    counts = quotes.groupby("speaker").agg(quotes=("speaker", "size"), reports=("doc_id", "nunique"))
    counts = counts.sort_values(["quotes", "reports"], ascending=False).head(top)
    return counts.reset_index()[QUOTED_COLUMNS]


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column, or missing values when the table lacks it (the extractors may add columns later)."""
    if name in frame.columns:
        return frame[name]
    return pd.Series([None] * len(frame), index=frame.index, dtype=object)


def _keyed_figures(figures: pd.DataFrame) -> pd.DataFrame:
    if figures.empty or "counted" not in figures.columns:
        return pd.DataFrame(columns=[*figures.columns, "group", "_counted"])
    counted = [_normalise_counted(c) for c in figures["counted"]]
    units = [None if _missing(u) else str(u) for u in _column(figures, "unit")]
    keep = [c is not None for c in counted]
    labels = [f"{c} ({u})" if u else str(c) for c, u, k in zip(counted, units, keep, strict=True) if k]
    return figures[keep].assign(
        group=labels,
        _counted=[c for c in counted if c is not None],
        unit=pd.Series(
            [u for u, k in zip(units, keep, strict=True) if k], dtype=object, index=figures.index[keep]
        ),
    )


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _normalise_counted(phrase: object) -> str | None:
    if _missing(phrase):
        return None
    text = _ARTICLE.sub("", " ".join(str(phrase).lower().split()))
    return text or None


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
    """One lane per actor: a dot per report naming it (size: mentions), a tick per dated event of it."""
    figure, axes = _figure(left=0.25)
    names = list(dict.fromkeys(presence["name"]))
    dated = presence[presence["published"].notna()]
    lanes = {name: len(names) - i for i, name in enumerate(names)}
    if not dated.empty:
        sizes = 12 + 6 * dated["mentions"].astype(float).clip(upper=20)
        axes.scatter(
            list(dated["published"]), dated["name"].map(lanes), s=sizes, alpha=0.55, label="named in a report"
        )
    if events is not None and not events.empty:
        shown = events[events["name"].isin(names)]
        axes.scatter(
            list(shown["day"]),
            shown["name"].map(lanes),
            marker="|",
            s=160,
            color="black",
            label="dated event",
        )
    axes.set_yticks(list(lanes.values()), list(lanes))
    axes.set_ylim(0.3, len(names) + 0.7)
    if names:
        axes.legend(fontsize=7, loc="upper left", bbox_to_anchor=(0, 1.12), ncols=2, frameon=False)
    _finish(axes, empty=not names, title="")
    return figure


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


def plot_quoted_most(counts: pd.DataFrame) -> Figure:
    """Horizontal bars: quotes per speaker, most quoted on top."""
    figure, axes = _figure(left=0.25)
    ordered = counts.iloc[::-1]
    axes.barh([str(s)[:40] for s in ordered["speaker"]], ordered["quotes"].astype(int))
    axes.set_xlabel("quotes (repeats counted once)")
    _finish(axes, empty=counts.empty, title="Who is quoted most", dates=False)
    return figure


def figure_png(figure: Figure) -> bytes:
    """A figure as PNG bytes (for an ``ipywidgets.Image``)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def _figure(*, left: float = 0.08) -> tuple[Figure, Axes]:
    """A figure with fixed margins (``left`` leaves room for lane labels): one draw, no layout engine."""
    figure = Figure(figsize=FIGSIZE, dpi=DPI)
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
        locator = mdates.AutoDateLocator(minticks=2, maxticks=7)
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
