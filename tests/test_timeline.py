"""The timeline: figure, exports, and the notebook panels driven from Python (no browser)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

import workbench as wb
from workbench.timeline_export import events_csv, timelinejs, write_events_csv, write_timelinejs
from workbench.timeline_plot import MAX_LANES, NO_ACTOR, figure_png, label_boxes, lane_names, plot_timeline
from workbench.widgets import ActorEditor, TimelinePanel
from workbench.widgets.actor_editor import MERGE, RENAME

MakeReport = Callable[..., wb.Report]
PUBLISHED = "2024-03-13"  # a Wednesday
STORY = (
    "Port strike enters second week\n"
    "On Monday, the union rejected the offer. Later in the day, the company raised it.\n"
    "Government mediators held talks with both sides last week.\n"
    "Maria Lopez, the mayor, visited the docks on Tuesday. The storm came ashore in February.\n"
    "The union said its members would vote <script>alert(1)</script> next month.\n"
)


@pytest.fixture
def story(make_report: MakeReport) -> wb.Report:
    return make_report(STORY, published=PUBLISHED)


@pytest.fixture
def events(story: wb.Report) -> pd.DataFrame:
    return wb.extract_events(story)


def test_the_story_has_the_events_the_panel_tests_rely_on(events: pd.DataFrame) -> None:
    assert dict(zip(events["date_text"], events["actor"].fillna(NO_ACTOR), strict=True)) == {
        "On Monday": "the union",
        "Later in the day": "the company",
        "last week": "Government mediators",
        "on Tuesday": "Maria Lopez",
        "in February": NO_ACTOR,
        "next month": "the union",  # "The union" and "the union": one group, first spelling
    }


# ---------------------------------------------------------------------------- figure


def test_plot_returns_a_figure_with_one_lane_per_actor(events: pd.DataFrame) -> None:
    figure = plot_timeline(events)
    assert isinstance(figure, Figure)
    axes = figure.axes[0]
    labels = [tick.get_text() for tick in axes.get_yticklabels()]
    assert labels == lane_names(events) and labels[-1] == NO_ACTOR
    assert labels.count("the union") == 1


def test_day_events_are_markers_and_longer_ones_spans(events: pd.DataFrame) -> None:
    axes = plot_timeline(events).axes[0]
    markers = sum(len(line.get_xdata()) for line in axes.lines if isinstance(line, Line2D))
    spans = [p for p in axes.patches if isinstance(p, Rectangle)]
    granularity = events["granularity"]
    assert markers == (granularity == "day").sum()
    assert len(spans) == (granularity != "day").sum()
    assert not any(isinstance(c, PolyCollection) for c in axes.collections)


def test_labels_do_not_overlap(make_report: MakeReport) -> None:
    crowded = "Title\n" + " ".join(
        f"The army shelled village number {i} with heavy artillery on Monday." for i in range(12)
    )
    frame = wb.extract_events(make_report(crowded, published=PUBLISHED))
    boxes = label_boxes(plot_timeline(frame))
    assert len(boxes) >= 3
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def test_only_the_busiest_lanes_are_drawn_and_the_title_says_so(make_report: MakeReport) -> None:
    places = """northern southern eastern western central coastal rural urban harbour river valley mountain
    island border desert forest lake delta plateau canyon""".split()
    body = " ".join(f"The {place} council voted on Monday." for place in places[: MAX_LANES + 4])
    frame = wb.extract_events(make_report("Title\n" + body, published=PUBLISHED))
    assert len(lane_names(frame)) > MAX_LANES
    axes = plot_timeline(frame).axes[0]
    assert len(axes.get_yticklabels()) == MAX_LANES
    assert "more not drawn" in axes.get_title(loc="left")


def test_plot_of_no_events_says_so(events: pd.DataFrame) -> None:
    figure = plot_timeline(events.iloc[0:0])
    assert any("No dated events" in t.get_text() for t in figure.axes[0].texts)
    assert figure_png(figure).startswith(b"\x89PNG")


def test_events_over_about_four_years_draw_without_a_warning(make_report: MakeReport) -> None:
    """Matplotlib's date locator warned (on stderr, in the notebook) for spans of ~4 years."""
    text = "Title\nThe council was founded in 2022. It met again in December 2025.\n"
    frame = wb.extract_events(make_report(text, published="2025-12-20"))
    assert frame["date_start"].min().year == 2022 and frame["date_end"].max().year == 2025
    assert figure_png(plot_timeline(frame)).startswith(b"\x89PNG")  # warnings are errors in tests


def test_plotting_never_opens_a_pyplot_window(events: pd.DataFrame) -> None:
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    plot_timeline(events)
    assert plt.get_fignums() == before


# ---------------------------------------------------------------------------- exports


def test_csv_export_has_one_row_per_event(events: pd.DataFrame, tmp_path: Path) -> None:
    path = write_events_csv(events, tmp_path / "events.csv")
    back = pd.read_csv(path)
    assert len(back) == len(events)
    assert back["date"].tolist() == events["date"].tolist()
    assert events_csv(events).splitlines()[0].startswith("doc_id,date,granularity,date_text,actor")


def test_timelinejs_dates_follow_granularity_and_text_is_escaped(
    events: pd.DataFrame, tmp_path: Path
) -> None:
    data = json.loads(
        write_timelinejs(events, tmp_path / "t.json", title="Strike <b>").read_text(encoding="utf-8")
    )
    assert data["title"]["text"]["headline"] == "Strike &lt;b&gt;"
    by_text = {s["display_date"].split(" (")[0]: s for s in data["events"]}
    assert by_text["On Monday"]["start_date"] == {"year": "2024", "month": "3", "day": "11"}
    assert "end_date" not in by_text["On Monday"]
    assert by_text["last week"]["end_date"] == {"year": "2024", "month": "3", "day": "10"}
    assert by_text["in February"]["start_date"] == {"year": "2024", "month": "2"}
    assert by_text["On Monday"]["group"] == "the union"
    assert "<script>" not in json.dumps(data) and "&lt;script&gt;" in by_text["next month"]["text"]["text"]
    assert len(timelinejs(events)["events"]) == len(events)


# ---------------------------------------------------------------------------- the panel


def test_panel_shows_every_event_and_a_figure(story: wb.Report) -> None:
    panel = TimelinePanel(story)
    assert len(panel.shown) == len(panel.events) == 6
    assert bytes(panel.plot.value).startswith(b"\x89PNG")
    assert "<script>" not in panel.table.value and "&lt;script&gt;" in panel.table.value
    assert "<mark" in panel.table.value


def test_choosing_actors_filters_the_table_and_figure(story: wb.Report) -> None:
    panel = TimelinePanel(story)
    picture, table = panel.plot.value, panel.table.value
    panel.actors.value = ("Maria Lopez",)
    assert panel.shown["actor"].tolist() == ["Maria Lopez"]
    assert panel.summary.value.startswith("<b>1</b> of 6")
    assert panel.table.value != table and "rejected" not in panel.table.value
    assert bytes(panel.plot.value) != bytes(picture)


def test_date_range_and_keyword_filter(story: wb.Report) -> None:
    panel = TimelinePanel(story)
    days = [value for _label, value in panel.dates.options]
    panel.dates.value = (pd.Timestamp("2024-03-10"), days[-1])  # the last day of "last week"
    assert not panel.dates.readout  # cut to a few characters by the stylesheet: a label instead
    assert panel.dates_shown.value == f"2024-03-10 – {days[-1]:%Y-%m-%d}"
    assert "in February" not in panel.shown["date_text"].tolist()
    assert "last week" in panel.shown["date_text"].tolist()  # the week overlaps the range
    panel.keyword.value = "MEDIATORS"
    assert panel.shown["date_text"].tolist() == ["last week"]
    panel.keyword.value = "nothing like this"
    assert panel.shown.empty and "No dated events match" in panel.table.value


def test_repeated_passages_are_hidden_unless_asked(make_report: MakeReport) -> None:
    paragraph = "The ministry said its divers destroyed fourteen mines on Friday, officials added."
    blog = make_report(
        f"Live blog\n14:05\nNew post\n{paragraph}\n13:20\nOlder post\n{paragraph}\n", published=PUBLISHED
    )
    panel = TimelinePanel(blog)
    assert len(panel.shown) == 1
    panel.hide_repeats.value = False
    assert len(panel.shown) == 2


def test_several_reports_at_once(make_report: MakeReport) -> None:
    reports = [
        make_report("One\nThe army withdrew on Monday.", published=PUBLISHED, doc_id="one"),
        make_report("Two\nThe rebels advanced on Tuesday.", published=PUBLISHED, doc_id="two"),
    ]
    panel = TimelinePanel(reports)
    assert panel.events["doc_id"].tolist() == ["one", "two"]
    assert "<th>report</th>" in panel.table.value


def test_export_buttons_write_the_events_shown(story: wb.Report, tmp_path: Path) -> None:
    panel = TimelinePanel(story, export_folder=tmp_path)
    panel.actors.value = ("Maria Lopez",)
    panel.csv_button.click()
    panel.json_button.click()
    assert pd.read_csv(tmp_path / "timeline.csv")["actor"].tolist() == ["Maria Lopez"]
    assert len(json.loads((tmp_path / "timeline.json").read_text(encoding="utf-8"))["events"]) == 1
    assert "timeline.json" in panel.exported.value


def test_actor_corrections_change_the_lanes_and_survive_a_rerun(story: wb.Report) -> None:
    panel = TimelinePanel(story)
    editor = panel.editor
    editor.actor.value = "the company"
    editor.action.value = MERGE
    editor.target.value = "the union"
    editor.save.click()
    assert "Saved" in editor.message.value
    assert "the company" not in panel.actors.options
    assert (panel.events["actor"] == "the union").sum() == 3
    editor.actor.value = "the union"
    editor.action.value = RENAME
    editor.target.value = "Dockers' Union"
    editor.save.click()
    assert "Dockers' Union" in panel.table.value.replace("&#x27;", "'")
    again = TimelinePanel(story)  # a re-run reads the saved corrections
    assert (again.events["actor"] == "Dockers' Union").sum() == 3


def test_a_corrupt_corrections_file_is_reported_and_left_alone(story: wb.Report) -> None:
    editor = ActorEditor(story)
    path = editor.corrections()[0].path
    path.write_text("{ not json", encoding="utf-8")
    editor.actor.value = editor.actor.options[0]
    editor.action.value = RENAME
    editor.target.value = "Someone"
    assert editor.apply() is None
    assert "Not saved" in editor.message.value and "left as it is" in editor.message.value
    assert path.read_text(encoding="utf-8") == "{ not json"
