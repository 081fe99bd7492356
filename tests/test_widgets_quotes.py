"""The quotes panel: filters change the cards, repeats collapse, the chart, export and corrections."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from matplotlib.figure import Figure

import workbench as wb
from workbench.quote_views import NO_SPEAKER, collapse_repeats, plot_quoted_most, speaker_counts
from workbench.widgets import QuotePanel
from workbench.widgets.quotes import ALL_SPEAKERS

STORY = (
    "Harbour blog\n"
    "10:00\n"
    "Port stays shut\n"
    "“The harbour stays shut until the storm passes,” said Ana Ferreira, the port director.\n"
    "Fishermen are angry. “We have lost a week of work,” said Jorge Costa, a trawler captain.\n"
    "11:00\n"
    "Director repeats warning\n"
    "“The harbour stays shut until the storm passes,” said Ana Ferreira, the port director.\n"
    "She added that the <script>alert(1)</script> pier was “badly damaged”.\n"
)


@pytest.fixture
def report(tmp_path: Path) -> wb.Report:
    path = tmp_path / "harbour.txt"
    path.write_text(STORY, encoding="utf-8")
    return wb.load_report(path)


@pytest.fixture
def panel(report: wb.Report, tmp_path: Path) -> QuotePanel:
    return QuotePanel(report, export_folder=tmp_path / "out")


def test_speaker_options_carry_counts(panel: QuotePanel) -> None:
    labels = {value: label for label, value in panel.speaker.options}
    assert labels[ALL_SPEAKERS].endswith("(4)")  # repeats are counted; direct and fragment by default
    assert labels["Ana Ferreira"] == "Ana Ferreira (3)"
    assert labels["Jorge Costa"] == "Jorge Costa (1)"


def test_choosing_a_speaker_changes_the_cards(panel: QuotePanel) -> None:
    before = panel.cards.value
    assert "Jorge Costa" in before and "Ana Ferreira" in before
    panel.speaker.value = "Jorge Costa"
    assert panel.cards.value != before
    assert "lost a week of work" in panel.cards.value and "Ana Ferreira" not in panel.cards.value
    assert panel.shown["speaker"].unique().tolist() == ["Jorge Costa"]


def test_kind_and_keyword_filters(panel: QuotePanel) -> None:
    panel.kinds.value = ("fragment",)
    assert panel.shown["text"].tolist() == ["badly damaged"]
    panel.kinds.value = ("direct", "fragment", "indirect")
    panel.keyword.value = "STORM"
    assert set(panel.shown["text"]) == {"The harbour stays shut until the storm passes"}


def test_collapse_toggle_counts_repeats(panel: QuotePanel) -> None:
    panel.speaker.value = "Ana Ferreira"
    assert len(panel.shown) == 2 and "printed 2 times" in panel.cards.value
    panel.collapse.value = False
    assert len(panel.shown) == 3 and "printed 2 times" not in panel.cards.value


def test_cards_escape_article_text_and_mark_the_quote(panel: QuotePanel) -> None:
    assert "<script>" not in panel.cards.value and "&lt;script&gt;" in panel.cards.value
    assert '<mark class="wb-mark">badly damaged</mark>' in panel.cards.value


def test_chart_and_csv_export(panel: QuotePanel, tmp_path: Path) -> None:
    assert isinstance(panel.figure(), Figure) and panel.chart.value[:4] == b"\x89PNG"
    panel.csv_button.click()
    written = tmp_path / "out" / "harbour_quotes.csv"
    assert written.exists() and "Wrote" in panel.exported.value
    assert len(pd.read_csv(written)) == len(panel.shown)


def test_speaker_correction_from_the_panel_is_saved_and_reapplied(
    report: wb.Report, panel: QuotePanel
) -> None:
    quote_id = panel.shown[panel.shown["text"] == "We have lost a week of work"]["quote_id"].iloc[0]
    panel.fix_quote.value = quote_id
    panel.fix_speaker.value = "Ana Ferreira"
    panel.fix_button.click()
    assert "Saved" in panel.fixed.value
    assert dict(panel.speaker.options)["Ana Ferreira (4)"] == "Ana Ferreira"
    fresh = QuotePanel(wb.load_report(report.path))  # type: ignore[arg-type]  # a re-run or a kernel restart
    row = fresh.quotes[fresh.quotes["quote_id"] == quote_id].iloc[0]
    assert row["speaker"] == "Ana Ferreira" and row["speaker_how"] == "analyst's correction"


def test_views_on_an_empty_table() -> None:
    empty = wb.extract_quotes(wb.load_report(text="Nothing here\nNo quotes at all."))
    assert speaker_counts(empty).empty
    assert collapse_repeats(empty).empty
    assert isinstance(plot_quoted_most(empty), Figure)


def test_speaker_counts_put_unattributed_quotes_last() -> None:
    quotes = pd.DataFrame({"speaker": [None, "B", "A", "B"]})
    counts = speaker_counts(quotes)
    assert counts["speaker"].tolist() == ["B", "A", NO_SPEAKER]
    assert counts["quotes"].tolist() == [2, 1, 1]
