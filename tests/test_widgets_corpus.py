"""The corpus panels without a browser: change a filter or a choice, check what is drawn and listed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from test_corpus import write_reports

import workbench as wb
from workbench import corpus_views as views
from workbench.quote_views import plot_quoted_most
from workbench.widgets import (
    ActorTimelinePanel,
    CorpusExplorer,
    DisputedFiguresPanel,
    FigureTrendPanel,
    QuotedMostPanel,
)

PNG = b"\x89PNG"


def hand_made_corpus() -> wb.Corpus:
    """Three reports from two outlets, with tables shaped as the extractors' (only the columns used here)."""
    documents = pd.DataFrame(
        {
            "doc_id": ["r1", "r2", "r3"],
            "title": ["Day one", "Day two <script>alert(1)</script>", "Day nine"],
            "published": [dt.date(2023, 4, 1), dt.date(2023, 4, 2), dt.date(2023, 4, 9)],
            "source": ["North Wire", "South Post", "North Wire"],
            "path": ["r1.txt", "r2.txt", "r3.txt"],
            "status": ["ok", "ok", "ok"],
            "error": [None, None, None],
        }
    )
    figures = pd.DataFrame(
        {
            "figure_id": ["F1", "F2", "F1", "F1", "F2", "F3", "F2"],
            "doc_id": ["r1", "r1", "r2", "r3", "r3", "r3", "r2"],
            "sentence_id": [1, 2, 4, 1, 3, 5, 7],
            "kind": ["count", "distance", "count", "count", "count", "distance", "count"],
            "text": ["900", "3 km", "1,200", "1,500", "about 1,000", "5 to 6 km", "40"],
            "value": [900.0, 3.0, 1200.0, 1500.0, 1000.0, 5.0, 40.0],
            "value_max": [None, None, None, None, None, 6.0, None],
            "unit": [None, "km", None, None, None, "km", None],
            "counted": [
                "people displaced",
                "queue",
                "People displaced",
                "the people displaced",
                "people displaced",
                "queue",
                "trucks",
            ],
            "source": [
                "Relief Office",
                None,
                "Mayor Ilse Carrow",
                "Relief Office",
                "Mayor Ilse Carrow",
                None,
                None,
            ],
            "approx": [None, None, None, None, "around", None, None],
            "date": [None, None, "2023-03-30", None, None, None, None],
        }
    )
    quotes = pd.DataFrame(
        {
            "doc_id": ["r1", "r2", "r2", "r3", "r3"],
            "text": ["We are ready", "Not now", "Not now", "Soon", "Later"],
            "speaker": ["Ilse Carrow", "Ilse Carrow", "Ilse Carrow", "Tomas Brandt", None],
            "repeat_of": pd.array([None, None, 1, None, None], "Int64"),
        }
    )
    actors = pd.DataFrame(
        {
            "doc_id": ["r1", "r2", "r3", "r3"],
            "name": ["Ilse Carrow", "Ilse Carrow", "Ilse Carrow", "Relief Office"],
            "kind": ["person", "person", "person", "organisation"],
            "mentions": [3, 1, 2, 4],
        }
    )
    events = pd.DataFrame(
        {"doc_id": ["r2"], "actor": ["Ilse Carrow"], "date": ["2023-03-31"], "what": ["visited the camp"]}
    )
    return wb.Corpus(documents, quotes, figures, events, actors)


def test_views_group_figures_and_count_speakers() -> None:
    corpus = hand_made_corpus()
    groups = views.figure_groups(corpus)  # by workbench.compare: the one-claim "trucks" is left out
    assert groups["counted"].tolist() == ["people displaced", "queue"]
    assert groups.iloc[0][["claims", "reports", "sources"]].tolist() == [4, 3, 2]
    assert groups.iloc[0]["label"] == "people displaced · 4 claims in 3 reports, in conflict"
    displaced = groups["group_id"].iat[0]
    trend = views.figure_trend(corpus, displaced)
    assert trend["date"].tolist()[0] == dt.date(2023, 3, 30)  # the figure's own date wins over its report's
    assert trend["value"].tolist() == [1200.0, 900.0, 1500.0, 1000.0]
    north = corpus.filter(sources=["North Wire"])
    assert views.figure_groups(north)["claims"].tolist() == [3, 2]  # same groups, counted in the selection
    assert views.figure_trend(north, displaced)["doc_id"].tolist() == ["r1", "r3", "r3"]
    counts = views.quoted_most(corpus)
    assert counts.values.tolist() == [
        ["Ilse Carrow", 2, 2],
        ["Tomas Brandt", 1, 1],
    ]  # the repeat counted once
    presence = views.actor_presence(corpus, top=1)
    assert set(presence["name"]) == {"Ilse Carrow"} and len(presence) == 3


def test_explorer_filters_by_outlet_and_date() -> None:
    explorer = CorpusExplorer(hand_made_corpus())
    explorer.tabs.selected_index = 1
    timeline = explorer.views[1]
    assert isinstance(timeline, ActorTimelinePanel)
    assert bytes(timeline.image.value).startswith(PNG)
    assert explorer.summary.value.startswith("3 reports")
    explorer.outlets.value = ("North Wire",)
    assert explorer.selection.documents["doc_id"].tolist() == ["r1", "r3"]
    assert explorer.summary.value.startswith("2 reports")
    assert set(timeline.presence["doc_id"]) == {"r1", "r3"}
    explorer.outlets.value = ("North Wire", "South Post")
    explorer.dates.index = (1, 2)
    assert explorer.dates_shown.value == "2023-04-02 – " + explorer.dates.options[2][0]
    assert explorer.selection.documents["doc_id"].tolist() == ["r2", "r3"]
    assert explorer.filters()["start"] == dt.date(2023, 4, 2)


def test_hidden_views_draw_when_their_tab_opens_and_text_is_escaped() -> None:
    explorer = CorpusExplorer(hand_made_corpus())
    documents = explorer.views[4]
    assert documents.table.value == ""  # not drawn while hidden
    explorer.tabs.selected_index = 4
    assert "&lt;script&gt;" in documents.table.value and "<script>" not in documents.table.value
    explorer.outlets.value = ("South Post",)
    assert "Day one" not in documents.table.value and "Day two" in documents.table.value


def test_explorer_opens_on_the_most_disputed_figures_of_the_selection() -> None:
    explorer = CorpusExplorer(hand_made_corpus())
    disputed = explorer.views[0]
    assert isinstance(disputed, DisputedFiguresPanel) and explorer.tabs.selected_index in (None, 0)
    cards = disputed.disputes.cards
    assert len(disputed.disputes.shown.children) == 2  # people displaced, the queue
    heading = cards[0].heading.value
    assert "1. people displaced" in heading and "⚠ CONFLICT" in heading
    assert "4 claims in 3 reports · 900 to 1,500 · conservative estimate 900, from Relief Office" in heading
    assert "2. queue" in cards[1].heading.value and "3 km to 5 km" in cards[1].heading.value
    assert cards[0].claims.cells["figure"].tolist() == ["900", "about 1,000", "1,200", "1,500"]  # hedged once
    assert bytes(cards[0].chart.value).startswith(PNG)
    explorer.outlets.value = ("North Wire",)  # r1 and r3: the claims of 900, 1,500 and about 1,000
    heading = disputed.disputes.cards[0].heading.value
    assert "3 claims in 2 reports · 900 to 1,500" in heading
    explorer.outlets.value = ("South Post",)  # one claim of each: nothing to compare
    assert disputed.disputes.shown.children == ()
    assert "no two figures in the 1 selected reports" in disputed.disputes.summary.value


def test_a_selection_that_agrees_is_no_conflict() -> None:
    corpus = hand_made_corpus()
    north = views.disputed_figures(corpus.filter(sources=["North Wire"]), tolerance=0.6)
    assert north.groups["conflict"].tolist() == [False, False]
    assert views.disputed_figures(corpus).groups["conflict"].iloc[0]  # 900 and 1,500 at 10%


def test_figure_panel_follows_the_chosen_group() -> None:
    panel = FigureTrendPanel()
    panel.show(hand_made_corpus())
    assert panel.group.label.startswith("people displaced ·")
    assert "Mayor Ilse Carrow" in panel.claims.value and bytes(panel.image.value).startswith(PNG)
    first_picture = bytes(panel.image.value)
    panel.group.label = next(label for label, _id in panel.group.options if label.startswith("queue (km)"))
    assert panel.trend["value"].tolist() == [3.0, 5.0] and panel.trend["value_max"].tolist()[1] == 6.0
    assert bytes(panel.image.value) != first_picture and "Relief Office" not in panel.claims.value
    panel.show(hand_made_corpus().filter(sources=["South Post"]))  # no group with two claims left
    assert panel.group.value is None and panel.trend.empty


def test_figure_panel_lists_the_latest_claims_of_a_long_series() -> None:
    panel = FigureTrendPanel()
    panel.MOST_LISTED = 1
    panel.show(hand_made_corpus())
    assert len(panel.trend) > 1 and len(panel.claims.cells) == 1
    assert panel.claims.cells["date"].iloc[0] == str(panel.trend["date"].iloc[-1])
    assert f"the latest 1 of {len(panel.trend)} claims" in panel.claims.caption.value


@pytest.mark.slow
def test_explorer_on_an_analysed_folder(tmp_path: Path) -> None:
    corpus = wb.analyse_corpus(write_reports(tmp_path / "reports"), workers=1, progress=False)
    explorer = CorpusExplorer(corpus)
    assert explorer.outlets.options == ("Coastal Courier", "Valley Gazette")
    explorer.outlets.value = ("Valley Gazette",)
    assert explorer.selection.documents["doc_id"].tolist() == ["council"]
    for index in range(len(explorer.views)):
        explorer.tabs.selected_index = index  # every view draws from real extractor tables without error
    explorer.outlets.value = explorer.outlets.options
    explorer.tabs.selected_index = 1
    timeline = explorer.views[1]
    assert isinstance(timeline, ActorTimelinePanel)
    reports_picture = bytes(timeline.image.value)
    timeline.mode.value = "events"  # the timeline plot of workbench.timeline_plot, on corpus tables
    assert bytes(timeline.image.value).startswith(PNG) and bytes(timeline.image.value) != reports_picture


@pytest.mark.parametrize("days", [0, 1, 2, 3, 10, 90, 800])
def test_timeline_draws_any_date_span(days: int) -> None:
    start = dt.date(2022, 1, 1)
    presence = pd.DataFrame(
        {
            "name": ["A", "B"],
            "kind": ["person", "person"],
            "doc_id": ["x", "y"],
            "published": [start, start + dt.timedelta(days=days)],
            "source": [None, None],
            "mentions": [1, 5],
        }
    )
    png = views.figure_png(views.plot_actor_timeline(presence))  # warnings are errors in this suite
    assert png.startswith(PNG)


def test_timeline_of_undated_reports_draws_lanes_without_marks() -> None:
    presence = pd.DataFrame(
        {
            "name": ["A"],
            "kind": ["person"],
            "doc_id": ["x"],
            "published": [None],
            "source": [None],
            "mentions": [3],
        }
    )
    figure = views.plot_actor_timeline(presence)  # an empty legend would warn, an error here
    assert figure.axes[0].get_legend() is None
    assert views.figure_png(figure).startswith(PNG)


def test_quoted_most_follows_the_outlet_filter() -> None:
    explorer = CorpusExplorer(hand_made_corpus())
    explorer.tabs.selected_index = 3
    quoted = explorer.views[3]
    assert isinstance(quoted, QuotedMostPanel)
    assert quoted.counts["speaker"].tolist() == ["Ilse Carrow", "Tomas Brandt"]
    assert "Tomas Brandt" in quoted.table.value and bytes(quoted.image.value).startswith(PNG)
    explorer.outlets.value = ("South Post",)
    assert quoted.counts.values.tolist() == [["Ilse Carrow", 1, 1]]
    assert "Tomas Brandt" not in quoted.table.value


def test_bar_chart_without_value_axis_keeps_its_bar_labels() -> None:
    quotes = pd.DataFrame(
        {"speaker": ["Ilse Carrow", "Ilse Carrow", "Tomas Brandt"], "doc_id": ["a", "b", "a"]}
    )
    figure = plot_quoted_most(quotes)
    views.hide_value_axis(figure)
    axes = figure.axes[0]
    assert not axes.xaxis.get_visible()
    assert sorted(t.get_text() for t in axes.texts) == ["1", "2"]  # the counts stay on the bars
    assert views.figure_png(figure).startswith(PNG)
