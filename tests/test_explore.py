"""Exploring a report: keyword in context, post summary, term frequencies and the top-terms chart."""

from __future__ import annotations

from collections.abc import Callable

import workbench as wb

LIVE = """Harbour live: ferry services suspended as gales hit
14:05
Ferries stay in port
All ferry crossings were cancelled on Monday after gusts reached 90mph, the operator said.
15:30
Coastguard rescues crew
The coastguard rescued four crew from a fishing boat. Ferry staff helped.
All ferry crossings were cancelled on Monday after gusts reached 90mph, the operator said.
"""


def test_keyword_in_context_rows_point_into_the_text(make_report: Callable[..., wb.Report]) -> None:
    report = make_report(LIVE)
    rows = wb.keyword_in_context(report, "ferry", window=12)
    assert len(rows) == 4  # whole words, any case
    for start, end, match in zip(rows["start"], rows["end"], rows["match"], strict=True):
        assert report.text[start:end] == match and match.lower() == "ferry"
    assert rows["post_id"].tolist() == [0, 1, 2, 2]
    sentences = report.sentences.set_index("sentence_id")
    for sentence_id, start in zip(rows["sentence_id"], rows["start"], strict=True):
        assert sentences.loc[sentence_id, "start"] <= start < sentences.loc[sentence_id, "end"]
    assert (rows["left"].iat[1], rows["right"].iat[1]) == (
        "in port All",
        "crossings w",
    )  # 12 characters, whitespace collapsed


def test_keyword_options(make_report: Callable[..., wb.Report]) -> None:
    report = make_report(LIVE)
    assert len(wb.keyword_in_context(report, "ferr")) == 0
    assert len(wb.keyword_in_context(report, "ferr", whole_word=False)) == 5  # + Ferries
    assert len(wb.keyword_in_context(report, "Ferry", case_sensitive=True)) == 1
    assert wb.keyword_in_context(report, "  ").empty
    assert len(wb.keyword_in_context(report, "90mph, the")) == 2  # phrases and punctuation are literal


def test_post_summary_counts_each_post(make_report: Callable[..., wb.Report]) -> None:
    summary = wb.post_summary(make_report(LIVE))
    assert summary["headline"].tolist()[1:] == ["Ferries stay in port", "Coastguard rescues crew"]
    assert summary["timestamp"].tolist()[1:] == ["14:05", "15:30"]
    assert summary["paragraphs"].tolist() == [1, 3, 4]
    assert summary["sentences"].tolist() == [1, 3, 5]
    assert summary["repeated_paragraphs"].tolist() == [0, 0, 1]


def test_term_frequencies_leave_out_stopwords_and_numbers(make_report: Callable[..., wb.Report]) -> None:
    terms = wb.term_frequencies(make_report(LIVE), top=3)
    assert terms["term"].tolist()[0] == "ferry"
    assert not {"the", "said", "90mph", "14:05"} & set(terms["term"])


def test_plot_top_terms_returns_a_figure_without_showing_it(make_report: Callable[..., wb.Report]) -> None:
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    figure = wb.plot_top_terms(make_report(LIVE), top=4)
    labels = [label.get_text() for label in figure.axes[0].get_yticklabels()]
    assert labels[-1] == "ferry" and len(labels) == 4  # most frequent at the top
    assert plt.get_fignums() == before  # not registered with pyplot, so never shown by it
