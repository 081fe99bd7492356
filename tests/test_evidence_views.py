"""The evidence beside each row in the panels, and the uncertain-first order (quotes, figures, events)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import pytest

import workbench as wb
from workbench.evidence_views import CERTAINTY_ORDER, certainty, evidence_columns, uncertain_first
from workbench.widgets import FigureTable, QuotePanel, TimelinePanel
from workbench.widgets.evidence import REPORT_ORDER, UNCERTAIN_FIRST, evidence_html

MakeReport = Callable[..., wb.Report]

#: Quotes named with every grade: high, medium (a pronoun), ambiguous (two ministers fit "he"),
#: low (the previous quote paragraph's speaker); one quote carries markup.
BUDGET = (
    "Budget row\n"
    "“We will not cut schools,” said Maria Lopez, the mayor.\n"
    "“Not this year,” she said on Tuesday.\n"
    "Defence minister Ngozi Adeyemi met finance minister Chidi Okafor on Monday. "
    "“The <b>budget</b> is fixed,” he said.\n"
    "Council leader Sam Berger said: “The vote is on Friday.”\n"
    "“Nobody asked us.”\n"
)


@pytest.fixture
def budget(make_report: MakeReport) -> wb.Report:
    return make_report(BUDGET, published="2024-03-13")


def rows(**columns: list[object]) -> pd.DataFrame:
    return pd.DataFrame(columns)


def test_certainty_reads_ambiguous_low_none_medium_high() -> None:
    table = rows(
        speaker=["A", None, None, "B", "C", "D"],
        speaker_how=[
            "subject of 'said'",
            "ambiguous: 'he' could mean more than one actor",
            None,
            "x",
            "y",
            None,
        ],
        speaker_confidence=["high", None, None, "low", "medium", None],
    )
    assert certainty(table, who="speaker").tolist() == ["high", "ambiguous", "none", "low", "medium", "low"]


def test_uncertain_first_orders_by_certainty_and_keeps_report_order_within() -> None:
    table = rows(
        source=["A", "B", None, "C", None, "D", "E"],
        source_how=["h", "m", None, "l", "ambiguous: 'it'", "h2", "l2"],
        source_confidence=["high", "medium", None, "low", None, "high", "low"],
        text=["1", "2", "3", "4", "5", "6", "7"],
    )
    ordered = uncertain_first(table, who="source")
    assert ordered["text"].tolist() == ["5", "4", "7", "3", "2", "1", "6"]
    assert ordered.index.tolist() == [4, 3, 6, 2, 1, 0, 5]  # rows keep their index (offsets, ids)
    assert certainty(ordered, who="source").map(CERTAINTY_ORDER.index).is_monotonic_increasing


def test_evidence_columns_join_candidates_from_lists_and_arrays() -> None:
    table = rows(
        actor=[None, "A", None],
        actor_how=["ambiguous: 'they'", "subject of 'met'", None],
        actor_confidence=[None, "high", None],
        actor_candidates=[np.array(["X", "Y"]), [], None],
    )
    columns = evidence_columns(table, who="actor")
    assert columns.to_dict("list") == {
        "how": ["ambiguous: 'they'", "subject of 'met'", ""],
        "confidence": ["ambiguous", "high", "none"],
        "could be": ["X, Y", "", ""],
    }


def test_evidence_html_escapes_article_words() -> None:
    html = evidence_html("ambiguous", "ambiguous: '<i>he</i>'", ["<script>x</script>", "B"])
    assert "<script>" not in html and "<i>" not in html
    assert "&lt;script&gt;x&lt;/script&gt;, B" in html and "wb-sure-ambiguous" in html
    assert "no one named" in evidence_html("none", None)


def test_quote_cards_show_the_evidence_and_the_candidates(budget: wb.Report) -> None:
    panel = QuotePanel(budget)
    cards = panel.cards.value
    assert "wb-sure-high" in cards and "subject of &#x27;said&#x27;" in cards
    assert "could be: Ngozi Adeyemi, Chidi Okafor" in cards
    assert "speaker of the previous quote paragraph" in cards and "wb-sure-low" in cards
    assert "<b>budget</b>" not in cards and "&lt;b&gt;budget&lt;/b&gt;" in cards


def test_quotes_uncertain_first(budget: wb.Report) -> None:
    panel = QuotePanel(budget)
    in_report = panel.shown["text"].tolist()
    assert in_report[0] == "We will not cut schools"
    panel.order.value = UNCERTAIN_FIRST
    assert panel.shown["text"].tolist()[:3] == [
        "The <b>budget</b> is fixed",
        "Nobody asked us.",
        "Not this year",
    ]
    first_card = panel.cards.value.split("<div class='wb-quote'>")[1]
    assert "wb-sure-ambiguous" in first_card
    panel.speaker.value = "Maria Lopez"  # filters still apply, in the chosen order
    assert panel.shown["text"].tolist() == ["Not this year", "We will not cut schools"]
    panel.order.value = REPORT_ORDER
    assert panel.shown["text"].tolist() == ["We will not cut schools", "Not this year"]


def test_figure_table_shows_the_evidence_and_sorts_uncertain_first(make_report: MakeReport) -> None:
    report = make_report(
        "Floods\nThe Red Cross said 40 homes were destroyed. It said 12 bridges were down. "
        "The river rose 4 metres.\n",
        published="2024-03-13",
    )
    table = FigureTable(report)
    cells = table.table.cells
    assert cells[["text", "confidence"]].values.tolist() == [["40", "high"], ["12", "medium"], ["4", "none"]]
    assert "subject of &#x27;say&#x27;" in cells["how"].tolist()
    table.order.value = UNCERTAIN_FIRST
    assert table.table.cells["text"].tolist() == ["4", "12", "40"]
    assert table.table.cells["sentence"].iloc[0].count("<mark") == 1  # each row's own figure stays marked
    assert '<mark class="wb-mark">4</mark>' in table.table.cells["sentence"].iloc[0]


def test_timeline_table_shows_the_evidence_and_sorts_uncertain_first(budget: wb.Report) -> None:
    panel = TimelinePanel(budget)
    cells = panel.table.cells
    assert cells[["actor", "confidence"]].values.tolist() == [
        ["", "none"],  # "Not this year": a date inside a quote with no verb of its own dates no act
        ["Maria Lopez", "medium"],
        ["Ngozi Adeyemi", "high"],
        ["", "none"],
    ]
    panel.order.value = UNCERTAIN_FIRST
    assert panel.table.cells["confidence"].tolist() == ["none", "none", "medium", "high"]
    assert len(panel.shown) == 4  # the order changes the table, not what is selected
