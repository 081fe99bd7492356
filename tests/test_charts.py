"""Every chart the library returns shows as a picture in a notebook, with or without ``%matplotlib inline``."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest
from IPython.core.formatters import DisplayFormatter
from matplotlib.figure import Figure

import workbench as wb
from workbench import corpus_views as views
from workbench.charts import Chart
from workbench.figure_plots import plot_figure_claims
from workbench.quote_views import plot_quoted_most
from workbench.timeline_plot import plot_timeline

PNG = b"\x89PNG\r\n\x1a\n"


def shown_as(figure: Figure) -> dict[str, object]:
    """What IPython sends the notebook for ``figure`` as a cell's value (no inline backend here)."""
    data, _metadata = DisplayFormatter().format(figure)
    return data


def _charts(report: wb.Report) -> dict[str, Callable[[], Figure]]:
    figures = wb.extract_figures(report)
    comparison = wb.compare_figures(figures)
    return {
        "top terms": lambda: wb.plot_top_terms(report),
        "who is quoted most": lambda: plot_quoted_most(wb.extract_quotes(report)),
        "figure claims": lambda: plot_figure_claims(comparison, comparison.groups["group_id"].iloc[0]),
        "timeline": lambda: plot_timeline(wb.extract_events(report)),
        "timeline of nothing": lambda: plot_timeline(wb.extract_events(report).iloc[0:0]),
        "corpus actors": lambda: views.plot_actor_timeline(pd.DataFrame(columns=views.PRESENCE_COLUMNS)),
        "corpus figure trend": lambda: views.plot_figure_trend(pd.DataFrame(columns=views.TREND_COLUMNS)),
    }


@pytest.mark.parametrize(
    "name",
    [
        "top terms",
        "who is quoted most",
        "figure claims",
        "timeline",
        "timeline of nothing",
        "corpus actors",
        "corpus figure trend",
    ],
)
def test_a_returned_chart_is_shown_as_a_png_image(seed_report: wb.Report, name: str) -> None:
    figure = _charts(seed_report)[name]()
    assert isinstance(figure, Chart)
    data = shown_as(figure)
    png = data.get("image/png")
    assert isinstance(png, bytes) and png.startswith(PNG), f"{name}: shown as {sorted(data)}"


def test_a_plain_figure_is_what_showed_as_text() -> None:
    """The failure the charts avoid: a pyplot-free Figure has only a text repr."""
    data = shown_as(Figure())
    assert "image/png" not in data and str(data["text/plain"]).startswith("<Figure size")
