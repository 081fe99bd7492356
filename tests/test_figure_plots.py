"""plot_figure_claims: the chart's title fits the figure whatever the article's words."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from workbench.compare import compare_figures
from workbench.figure_plots import claim_text, fit_lines, plot_figure_claims


def claim(figure_id: str, value: float, counted: str, source: str) -> dict[str, Any]:
    return {
        "figure_id": figure_id,
        "doc_id": "d1",
        "sentence_id": int(figure_id[1:]),
        "text": f"{value:g}",
        "value": value,
        "value_max": None,
        "unit": None,
        "kind": "count",
        "counted": counted,
        "approx": None,
        "vague": False,
        "source": source,
        "date": None,
        "published": "2025-05-01",
        "converts": None,
        "repeat_of": None,
        "predicate": None,
        "places": None,
    }


def chart(counted: str) -> Figure:
    comparison = compare_figures(
        pd.DataFrame(
            [claim("F1", 40, counted, "Port authority"), claim("F2", 90, counted, "$Union$ \\frac{")]
        )
    )
    assert len(comparison.groups) == 1
    return plot_figure_claims(comparison, comparison.groups.iloc[0]["group_id"])


def drawn_title(figure: Figure) -> tuple[str, float, float, float]:
    """The title's text, its left and right edges and the figure's width, in pixels once drawn."""
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    title = figure.get_suptitle()
    box = figure._suptitle.get_window_extent(canvas.get_renderer())  # type: ignore[union-attr]
    return title, box.x0, box.x1, figure.bbox.width


@pytest.mark.parametrize(
    "counted",
    [
        "fishing boats",
        "fishing boats moored along the northern breakwater " * 40,
        "W" * 3000,  # one word wider than the figure
        "Щ" * 500,  # wide non-Latin letters, no spaces
    ],
)
def test_the_title_stays_inside_the_figure(counted: str) -> None:
    title, left, right, width = drawn_title(chart(counted))
    assert 0 <= left < right <= width
    assert title.count("\n") <= 1
    assert title.endswith("conservative 40")  # the verdict survives however long the subject


def test_a_short_title_is_one_line_and_not_cut() -> None:
    title, *_ = drawn_title(chart("fishing boats"))
    assert title == "fishing boats (boat): conflict; conservative 40"


def test_fit_lines_wraps_at_spaces_and_cuts_past_the_last_line() -> None:
    text = "alpha beta gamma delta epsilon zeta eta theta"
    assert fit_lines(text, width=1000, fontsize=10, max_lines=1) == text
    wrapped = fit_lines(text, width=100, fontsize=10, max_lines=10)
    assert wrapped.replace("\n", " ") == text and "\n" in wrapped
    cut = fit_lines(text, width=100, fontsize=10, max_lines=2)
    assert cut.count("\n") == 1 and cut.endswith("…")
    assert text.startswith(cut[:-1].replace("\n", " ").rstrip())


@pytest.mark.parametrize(
    ("text", "approx", "shown"),
    [
        ("12,000", "around", "around 12,000"),
        ("six", "at least", "at least six"),
        ("about 1,000", "around", "about 1,000"),
        ("$300bn", None, "$300bn"),
        ("More than 40", "more than", "More than 40"),
    ],
)
def test_a_claim_is_shown_with_its_hedge_once(text: str, approx: str | None, shown: str) -> None:
    assert claim_text(text, approx) == shown
