"""Views of a quotes table: speaker counts, repeats collapsed, the "who is quoted most" chart, CSV.

Each view is made from the table :func:`workbench.extract_quotes` returns and leaves it alone;
charts are :class:`workbench.charts.Chart` figures, returned and never shown (a notebook
shows them as pictures).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .files import atomic_write_text

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: How a quote without a speaker is listed among the speakers.
NO_SPEAKER = "(no speaker)"


def speaker_counts(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per speaker (``NO_SPEAKER`` for none) with its number of quotes, most quoted first."""
    names = quotes["speaker"].fillna(NO_SPEAKER).astype(str) if len(quotes) else pd.Series([], dtype=str)
    counts = names.value_counts(sort=False).rename_axis("speaker").reset_index(name="quotes")
    counts["named"] = counts["speaker"] != NO_SPEAKER
    counts = counts.sort_values(
        ["named", "quotes", "speaker"], ascending=[False, False, True], ignore_index=True
    )
    return counts[["speaker", "quotes"]]


def collapse_repeats(quotes: pd.DataFrame) -> pd.DataFrame:
    """First occurrences only, with ``times``: how often each was printed (live blogs repeat posts)."""
    if quotes.empty:
        return quotes.assign(times=pd.Series([], dtype="int64"))
    first = quotes["repeat_of"].where(quotes["repeat_of"].notna(), quotes["quote_id"])
    times = first.value_counts()
    kept = quotes[quotes["repeat_of"].isna()].copy()
    kept["times"] = [int(times.get(quote_id, 1)) for quote_id in kept["quote_id"]]
    return kept


def plot_quoted_most(quotes: pd.DataFrame, *, top: int = 10, title: str = "Who is quoted most") -> Figure:
    """A horizontal bar chart of the ``top`` speakers by number of quotes (quotes without a speaker left out)."""
    from .charts import Chart

    counts = speaker_counts(quotes)
    counts = counts[counts["speaker"] != NO_SPEAKER].head(top)
    figure = Chart(figsize=(6.5, 0.45 * max(len(counts), 2) + 1.0), layout="constrained")
    axes = figure.add_subplot()
    names = [_short(name) for name in counts["speaker"]][::-1]
    values = counts["quotes"].tolist()[::-1]
    bars = axes.barh(names, values, color="#4c72b0")
    axes.bar_label(bars, padding=3)
    axes.set_xlabel("quotes")
    axes.set_title(title)
    axes.spines[["top", "right"]].set_visible(False)
    if not values:
        axes.text(0.5, 0.5, "No attributed quotes", ha="center", va="center", transform=axes.transAxes)
    axes.set_xlim(0, max(values, default=1) * 1.15 + 0.5)
    return figure


def figure_png(figure: Figure, *, dpi: int = 100) -> bytes:
    """The figure as PNG bytes (for an ``ipywidgets.Image`` or a file)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def export_quotes_csv(quotes: pd.DataFrame, path: str | Path) -> Path:
    """Write a quotes table as UTF-8 CSV, atomically; returns the path."""
    path = Path(path)
    atomic_write_text(path, quotes.to_csv(index=False))
    return path


def _short(name: str, width: int = 40) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"
