from __future__ import annotations

from collections.abc import Callable

import workbench as wb
from workbench.structure import is_headline_like, is_timestamp, markdown_blocks

LIVE_BLOG = """Storm live: rivers rise across the north
Thousands told to leave as levels climb
14:05
Bridge closed as water tops barrier
Police closed the main bridge after water reached the barrier, the council said.
Residents were told to stay indoors.
13:20 GMT
Evacuation centres open
Two schools opened as evacuation centres on Tuesday.
Police closed the main bridge after water reached the barrier, the council said.
"""


def test_title_standfirst_timestamps_and_headlines(make_report: Callable[..., wb.Report]) -> None:
    report = make_report(LIVE_BLOG)
    kinds = report.paragraphs["kind"].tolist()
    assert kinds == [
        "title", "standfirst", "timestamp", "headline", "body", "body", "timestamp", "headline", "body", "body",
    ]  # fmt: skip
    posts = report.posts
    assert posts["timestamp"].tolist()[1:] == ["14:05", "13:20 GMT"]
    assert posts["headline"].tolist()[1:] == [
        "Bridge closed as water tops barrier",
        "Evacuation centres open",
    ]
    assert report.paragraphs["post_id"].tolist() == [0, 0, 1, 1, 1, 1, 2, 2, 2, 2]


def test_repeated_paragraph_points_to_first(make_report: Callable[..., wb.Report]) -> None:
    report = make_report(LIVE_BLOG)
    paragraphs = report.paragraphs
    assert len(paragraphs) == 10  # the repeat is kept
    assert paragraphs["repeat_of"].iat[9] == 4
    assert paragraphs["repeat_of"].isna().sum() == 9


def test_repeated_sentences_inside_other_paragraphs(make_report: Callable[..., wb.Report]) -> None:
    text = "T\nThe ministry said 40 people were hurt in the blast.\nLater, it spoke. The ministry said 40 people were hurt in the blast.\n"
    sentences = make_report(text).sentences
    assert sentences["repeat_of"].tolist()[-1] == 1


def test_plain_article_has_no_posts(make_report: Callable[..., wb.Report]) -> None:
    text = "Headline here\nFirst paragraph of the story, which ends.\nA short line\nAnother paragraph that ends.\n"
    report = make_report(text)
    assert len(report.posts) == 2  # "A short line" is followed by body text, so it opens a post
    text = "Headline here\nFirst paragraph of the story, which ends.\nSecond paragraph.\n(Reporting by A; Editing by B)"
    assert len(make_report(text).posts) == 1


def test_update_stamps_and_post_ages_are_timestamps_that_open_no_extra_post(
    make_report: Callable[..., wb.Report],
) -> None:
    text = (
        "Floods live\nKey events\n2.15pm BST\nRiver bursts its banks\nWater rose overnight.\n"
        "Updated at 13.05 GMT\nRoads closed\nThe main road is shut.\n1h ago\n09:41\nMorning summary\nHere is the latest."
    )
    report = make_report(text)
    kinds = report.paragraphs["kind"].tolist()
    assert kinds[5] == kinds[8] == kinds[9] == "timestamp"
    posts = report.posts
    assert posts["headline"].tolist()[1:] == ["River bursts its banks", "Roads closed", "Morning summary"]
    assert posts["timestamp"].tolist()[1] == "2.15pm BST" and posts["timestamp"].tolist()[3] == "09:41"


def test_rows_of_a_table_are_not_headlines(make_report: Callable[..., wb.Report]) -> None:
    text = "Toll by region\nOfficials gave new figures on Tuesday.\nRegion Killed\nNorth 240\nSouth 85\nThe toll may rise."
    assert make_report(text).paragraphs["kind"].tolist() == ["title"] + ["body"] * 5


def test_timestamp_and_headline_detectors() -> None:
    assert is_timestamp("14:05") and is_timestamp("10:32 GMT") and is_timestamp(" 9.15am ")
    assert not is_timestamp("14:05 Police closed the bridge")
    assert is_headline_like("Bridge closed as water tops barrier")
    assert not is_headline_like("Police closed the bridge.")
    assert not is_headline_like("and then it continued")


def test_markdown_blocks_join_wrapped_lines() -> None:
    text = "# Title\n\nFirst line\nwraps here.\n\n## Post headline\n\n- a list item\n"
    blocks = [text[b.start : b.end] for b in markdown_blocks(text)]
    assert blocks == ["Title", "First line\nwraps here.", "Post headline", "a list item"]
