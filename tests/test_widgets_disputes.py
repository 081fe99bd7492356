"""Notebook 02's comparison: the most disputed quantities, one chart each, and the analyst's merges
and splits, saved beside the reports and kept on a re-run (a new panel)."""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from pathlib import Path

import ipywidgets as widgets
import pandas as pd
import pytest
from matplotlib.figure import Figure

import workbench as wb
from workbench.compare_reports import readable_groups
from workbench.figure_plots import plot_figure_claims
from workbench.quantity_corrections import SECTION
from workbench.widgets import FigureComparisonView, disputes
from workbench.widgets.disputes import CHART_DPI, MOST_DRAWN, QuantityCard, mark_in_sentence
from workbench.widgets.figures import named_figures

MakeReport = Callable[..., wb.Report]

RIVERTON = """Floods in Riverton
At least 31 people have died in Riverton, the emergency service said on Monday.
A relief charity said 45 people had died in Riverton, and that 3 <b>bridges</b> were down.
"""
RIVERTON_LATER = """Riverton toll rises
The mayor of Riverton said 60 people had died.
"""
#: Two reports on clashes in Lorath: a toll both give (grouped), and arrests one gives of "fighters",
#: the other of "youths" (not grouped: an analyst may decide they are one quantity).
LORATH = {
    "wire": "Clashes in Lorath\nThe army said on Monday that 40 people were killed in Lorath. "
    "The mayor said 120 fighters were arrested in Lorath.\n",
    "daily": "Lorath counts the cost\nMedics said on Monday that 44 people had died in Lorath. "
    "Police said 130 youths were detained in Lorath.\n",
}
TENTS_AND_BOATS = (
    "Relief\nThe army said 100 tents arrived. The charity said 140 tents arrived. "
    "The army said 12 boats sank. The charity said 13 boats sank.\n"
)


def write_reports(folder: Path, texts: dict[str, str]) -> list[wb.Report]:
    reports = []
    for name, text in texts.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        path.with_suffix(".meta.json").write_text(json.dumps({"published": "2024-03-12"}), encoding="utf-8")
        reports.append(wb.load_report(path))
    return reports


def shown_labels(view: FigureComparisonView) -> list[str]:
    return view.groups["quantity"].tolist()


def test_opens_on_the_most_disputed_quantity_of_every_report(make_report: MakeReport) -> None:
    reports = [
        make_report(RIVERTON, doc_id="wire", published="2024-05-06"),
        make_report(RIVERTON_LATER, doc_id="daily", published="2024-05-07"),
    ]
    view = FigureComparisonView(reports)
    card = view.disputes.cards[0]
    heading = card.heading.value
    assert "1. people (killed)" in heading and "⚠ CONFLICT" in heading
    assert (
        "3 claims in 2 reports · 31 to 60 · conservative estimate 31, from the emergency service" in heading
    )
    assert card.chart.value[:4] == b"\x89PNG"
    claims = card.claims.cells
    assert claims["claimant"].tolist() == [
        "the emergency service",
        "A relief charity",
        "The mayor of Riverton",
    ]
    assert claims["figure"].tolist() == ["at least 31", "45", "60"]
    assert claims["report"].tolist() == ["wire", "wire", "daily"]
    assert claims["confidence"].tolist() == [
        "medium",
        "high",
        "high",
    ]  # "the emergency service" is a description
    assert '<mark class="wb-mark">60</mark>' in claims["sentence"].iloc[2]
    assert "<b>bridges</b>" not in card.claims.value  # article text stays text


def test_money_is_printed_as_people_write_it(make_report: MakeReport) -> None:
    report = make_report(
        "Aid talks\nThe finance ministry said on Monday that donors had pledged $300bn in reconstruction aid. "
        "The IMF said on Monday that donors had pledged about $250bn in reconstruction aid.\n",
        published="2024-05-06",
    )
    view = FigureComparisonView(report)
    card = view.disputes.cards[0]
    assert "$250bn to $300bn · conservative estimate $250bn" in card.heading.value
    assert card.claims.cells["value"].tolist() == ["$250bn", "$300bn"]
    assert card.claims.cells["figure"].tolist() == ["around $250bn", "$300bn"]
    assert view.groups[["low", "high", "conservative"]].values.tolist() == [["$250bn", "$300bn", "$250bn"]]
    shown = card.heading.value + card.claims.value + view.groups.to_string()
    assert "300000000000" not in shown and "e+11" not in shown
    figure = plot_figure_claims(view.comparison, view.comparison.groups["group_id"].iloc[0])
    axis = figure.axes[0].xaxis
    assert axis.get_major_formatter()(3e11, 0) == "$300bn"
    assert "conservative $250bn" in figure.texts[0].get_text()


def test_one_chart_per_quantity_as_many_as_asked(make_report: MakeReport) -> None:
    view = FigureComparisonView(make_report(TENTS_AND_BOATS), shown=1)
    assert len(view.disputes.shown.children) == 1 and view.disputes.count.max == 2
    view.disputes.count.value = 2
    headings = [card.heading.value for card in view.disputes.cards]
    assert len(view.disputes.shown.children) == 2
    assert "1. tents" in headings[0] and "⚠ CONFLICT" in headings[0]  # 100 and 140: most disputed first
    assert "2. boats" in headings[1] and "consistent" in headings[1]


def test_tolerance_slider_recomputes_conflicts(make_report: MakeReport) -> None:
    view = FigureComparisonView(
        make_report("Report\nThe army said 100 tents arrived. The charity said 108 tents arrived.")
    )
    assert "consistent" in view.disputes.cards[0].heading.value
    view.tolerance.value = 0.0
    assert "⚠ CONFLICT" in view.disputes.cards[0].heading.value


def test_nothing_to_compare_is_a_sentence_and_no_image(make_report: MakeReport) -> None:
    view = FigureComparisonView(
        make_report("Report\nThe army said 100 tents arrived. Engineers said the river rose 4 metres.")
    )
    assert (
        "Nothing to compare: no two of the 2 figures in this report measure the same thing"
        in view.disputes.summary.value
    )
    assert view.disputes.shown.children == ()  # no chart, so no broken image
    assert view.groups.empty


def _images(widget: widgets.Widget) -> list[widgets.Image]:
    found = [widget] if isinstance(widget, widgets.Image) else []
    for child in getattr(widget, "children", ()):
        found += _images(child)
    return found


def test_every_image_shown_has_a_picture(make_report: MakeReport) -> None:
    view = FigureComparisonView(make_report(TENTS_AND_BOATS))
    images = _images(view.box)
    assert images and all(image.value[:4] == b"\x89PNG" for image in images)


def test_merging_two_groups_is_saved_and_kept_on_a_rerun(tmp_path: Path) -> None:
    (report,) = write_reports(tmp_path, {"relief": TENTS_AND_BOATS})
    view = FigureComparisonView(report)
    assert shown_labels(view) == ["tents", "boats"]
    editor = view.editor
    assert [value for _label, value in editor.first.options[:2]] == ["G001", "G002"]
    editor.first.value, editor.second.value = "G001", "G002"
    editor.merge_button.click()
    assert len(view.groups) == 1 and view.groups["claims"].tolist() == [4]
    assert "Merged" in editor.status.value and "Saved in" in editor.status.value
    saved = json.loads((tmp_path / "workbench-corrections.json").read_text(encoding="utf-8"))
    assert [r["action"] for r in saved["sections"][SECTION]] == ["merge"]
    rerun = FigureComparisonView(wb.load_report(tmp_path / "relief.txt"))  # the notebook run again
    assert rerun.groups["claims"].tolist() == [4]
    rerun.editor.undo_button.click()  # nothing saved in this run: nothing to undo
    assert rerun.groups["claims"].tolist() == [4]
    editor.undo_button.click()
    assert shown_labels(view) == ["tents", "boats"] and "Undone" in editor.status.value
    assert FigureComparisonView(wb.load_report(tmp_path / "relief.txt")).groups["claims"].tolist() == [2, 2]


def test_a_lone_figure_joins_another_report_s_and_a_figure_splits_out(tmp_path: Path) -> None:
    reports = write_reports(tmp_path, {"wire": LORATH["wire"], "daily": LORATH["daily"]})
    view = FigureComparisonView(reports)
    assert shown_labels(view) == ["people (killed)"]
    options = dict(view.editor.first.options)
    arrests = [label for label in options if label.startswith(("fighters", "youths"))]
    assert len(arrests) == 2, list(options)  # the lone figures are offered after the groups
    view.editor.first.value, view.editor.second.value = options[arrests[0]], options[arrests[1]]
    view.editor.merge_button.click()
    assert len(view.groups) == 2
    merged = view.comparison.claims_of(view.comparison.groups["group_id"].iloc[-1])
    assert sorted(merged["text"]) == ["120", "130"] and merged["doc_id"].nunique() == 2

    died = next(value for label, value in view.editor.figure.options if label.startswith("44 (Medics"))
    view.editor.figure.value = died
    view.editor.split_button.click()
    assert "people (killed)" not in shown_labels(view)
    rerun = FigureComparisonView(
        [wb.load_report(tmp_path / "wire.txt"), wb.load_report(tmp_path / "daily.txt")]
    )
    assert len(rerun.groups) == 1 and rerun.groups["claims"].tolist() == [2]
    assert rerun.groups["quantity"].iloc[0] in {"fighters (detained)", "youths (detained)"}


def test_a_corrupt_corrections_file_is_reported_not_overwritten(tmp_path: Path) -> None:
    (report,) = write_reports(tmp_path, {"relief": TENTS_AND_BOATS})
    view = FigureComparisonView(report)
    (tmp_path / "workbench-corrections.json").write_text("{not json", encoding="utf-8")  # broken meanwhile
    view.editor.merge_button.click()
    assert "Not saved" in view.editor.status.value and "cannot read corrections" in view.editor.status.value
    view.tolerance.value = 0.2
    assert "Saved merges and splits not applied" in view.problem.value
    assert shown_labels(view) == ["tents", "boats"]
    assert (tmp_path / "workbench-corrections.json").read_text(encoding="utf-8") == "{not json"


def test_claimants_print_one_name_across_reports(make_report: MakeReport) -> None:
    reports = [
        make_report("War\nPresident Volodymyr Zelenskyy said 40 drones were shot down.\n", doc_id="a"),
        make_report("War\nZelensky said 44 drones were shot down.\n", doc_id="b"),
    ]
    names = named_figures(reports)["source"].tolist()
    assert names[0] == names[1] and "Zelensky" in names[0]


def test_readable_groups_of_nothing_has_its_columns() -> None:
    empty = wb.compare_figures([])
    assert readable_groups(empty).columns.tolist()[:3] == ["group_id", "quantity", "conflict"]


def test_asking_for_more_quantities_than_there_are_shows_them_all(make_report: MakeReport) -> None:
    view = FigureComparisonView(make_report(TENTS_AND_BOATS), shown=3)
    assert view.disputes.count.max == 2 and len(view.disputes.shown.children) == 2


def card_of_thirty_claims() -> QuantityCard:
    """A card of one quantity stated 30 times (100 to 129 people displaced, each by its own office)."""
    figures = pd.DataFrame(
        {
            "figure_id": [f"F{i}" for i in range(30)],
            "doc_id": [f"r{i}" for i in range(30)],
            "sentence_id": [1] * 30,
            "kind": ["count"] * 30,
            "text": [f"{100 + i}" for i in range(30)],
            "value": [100.0 + i for i in range(30)],
            "unit": [None] * 30,
            "counted": ["people displaced"] * 30,
            "source": [f"Office {i}" for i in range(30)],
        }
    )
    comparison = wb.compare_figures(figures)
    card = QuantityCard()
    group = {str(k): v for k, v in comparison.groups.iloc[0].to_dict().items()}
    card.show(comparison, group, rank=1, tolerance=0.1, mark=mark_in_sentence)
    return card


def test_a_chart_of_many_claims_draws_the_lowest_and_highest() -> None:
    card = card_of_thirty_claims()
    height = struct.unpack(">I", bytes(card.chart.value)[20:24])[0]  # the PNG header's height
    assert height == round((0.45 * MOST_DRAWN + 1.2) * CHART_DPI)
    assert len(card.claims.cells) == 30 and "lowest and highest" in card.claims.caption.value


def test_a_card_of_thousands_of_claims_lists_the_lowest_and_highest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(disputes, "MOST_LISTED", 10)
    card = card_of_thirty_claims()
    assert card.claims.cells["figure"].tolist() == [*map(str, range(100, 105)), *map(str, range(125, 130))]
    assert "the 5 lowest and highest of 30 claims" in card.claims.caption.value


def test_a_chart_is_drawn_again_only_when_what_it_shows_changes(
    make_report: MakeReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[str] = []
    real = disputes.plot_figure_claims

    def counting(comparison: wb.FigureComparison, group_id: str, *, tolerance: float = 0.1) -> Figure:
        drawn.append(group_id)
        return real(comparison, group_id, tolerance=tolerance)

    monkeypatch.setattr(disputes, "plot_figure_claims", counting)
    view = FigureComparisonView(make_report(TENTS_AND_BOATS.replace("100 tents", "101 tents")))
    assert len(drawn) == 2
    view.refresh()  # the same claims: the pictures drawn before
    assert len(drawn) == 2
    view.tolerance.value = 0.5  # the conflict may change: drawn again
    assert len(drawn) == 4
