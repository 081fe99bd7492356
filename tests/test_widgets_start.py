"""The panels of notebook 00, driven from Python as a user would drive them (no browser)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from report_files import LIVE_BLOG_PAGE, serve

import workbench as wb
from workbench.widgets import KeywordInContext, ReportPicker, SentenceTable, StructureView, TopTerms

FIRST = """Harbour live: ferry services suspended as gales hit
14:05
Ferries stay in port
All ferry crossings were cancelled on Monday after gusts reached 90mph, the operator said.
The port authority said the harbour wall was damaged.
15:30
Coastguard rescues crew
The coastguard rescued four crew from a fishing boat, officials said.
All ferry crossings were cancelled on Monday after gusts reached 90mph, the operator said.
"""
SECOND = """Council approves new bridge
The council approved plans for a new bridge across the estuary on Tuesday.
Work on the bridge is expected to start next spring, the council said.
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a-harbour.txt").write_text(FIRST, encoding="utf-8")
    (reports / "b-bridge.txt").write_text(SECOND, encoding="utf-8")
    (reports / "a-harbour.meta.json").write_text('{"published": "2023-02-06"}', encoding="utf-8")
    return reports


@pytest.fixture
def picker(folder: Path) -> ReportPicker:
    wb.set_current_report(folder / "a-harbour.txt")
    return ReportPicker(folders=[folder])


def saved_choice(state: Path) -> dict[str, str | None]:
    choice: dict[str, str | None] = json.loads((state / "current.json").read_text(encoding="utf-8"))
    return choice


def test_typing_a_keyword_updates_the_context_rows(picker: ReportPicker) -> None:
    kwic = KeywordInContext(picker)
    assert "Type a keyword" in kwic.table.value
    kwic.keyword.value = "ferry"
    assert len(kwic.table.cells) == 3 and '<mark class="wb-mark">ferry</mark>' in kwic.table.value
    kwic.keyword.value = "ferr"  # whole words only: no match while typing
    assert "does not occur" in kwic.table.value
    kwic.whole_word.value = False
    assert len(kwic.table.cells) == 4  # ferry (title), Ferries, ferry, ferry
    kwic.keyword.value = "said"
    assert len(kwic.table.cells) == 4


def test_choosing_another_report_changes_the_current_report_and_the_panels(
    picker: ReportPicker, folder: Path, isolated_state: Path
) -> None:
    structure = StructureView(picker)
    kwic = KeywordInContext(picker, keyword="bridge")
    assert saved_choice(isolated_state)["source"] == str((folder / "a-harbour.txt").resolve())
    assert "does not occur" in kwic.table.value and "3 posts" in structure.summary.value
    picker.choice.value = str((folder / "b-bridge.txt").resolve())
    assert saved_choice(isolated_state)["source"] == str((folder / "b-bridge.txt").resolve())
    assert picker.report.title == "Council approves new bridge"
    assert len(kwic.table.cells) == 3 and "1 post ·" in structure.summary.value
    assert wb.load_current_report().title == "Council approves new bridge"  # what other notebooks open


def test_date_picker_is_prefilled_and_sets_the_published_date(
    picker: ReportPicker, isolated_state: Path
) -> None:
    assert picker.published.value == dt.date(2023, 2, 6)  # from the sidecar
    seen: list[dt.date | None] = []
    picker.on_report(lambda report: seen.append(report.published))
    picker.published.value = dt.date(2023, 2, 7)
    assert saved_choice(isolated_state)["published"] == "2023-02-07"
    assert picker.report.published == dt.date(2023, 2, 7) and seen == [dt.date(2023, 2, 7)]
    assert "date set by you" in picker.status.value
    assert wb.load_current_report().published == dt.date(2023, 2, 7)


def test_upload_is_saved_then_becomes_current(picker: ReportPicker, isolated_state: Path) -> None:
    content = LIVE_BLOG_PAGE.encode()
    uploaded = {
        "name": "flood.html",
        "type": "text/html",
        "size": len(content),
        "content": memoryview(content),
        "last_modified": dt.datetime(2023, 3, 14, tzinfo=dt.UTC),
    }
    picker.upload.value = (uploaded,)  # what the browser sends when a file is chosen
    saved = isolated_state / "reports" / "flood.html"
    assert saved.read_bytes() == content
    assert saved_choice(isolated_state)["source"] == str(saved.resolve())
    assert picker.report.format == "html" and picker.report.published == dt.date(2023, 3, 14)
    assert "saved/flood.html" in [label for label, _ in picker.choice.options]


def test_pasted_text_becomes_current_and_empty_paste_is_refused(
    picker: ReportPicker, isolated_state: Path
) -> None:
    before = saved_choice(isolated_state)
    picker.paste.value = "   \n"
    picker.use_paste.click()
    assert "the text is empty" in picker.status.value and saved_choice(isolated_state) == before
    picker.paste.value = SECOND
    picker.use_paste.click()
    assert picker.report.text == SECOND and picker.report.format == "text"
    assert Path(str(saved_choice(isolated_state)["source"])).parent == isolated_state / "reports"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    routes = {"/story.html": (200, "text/html; charset=utf-8", LIVE_BLOG_PAGE.encode())}
    with serve(routes) as base:
        yield base


def test_url_is_downloaded_and_kept_with_its_address(picker: ReportPicker, server: str) -> None:
    picker.url.value = server + "/story.html"
    picker.fetch.click()
    assert picker.report.url == server + "/story.html"
    assert picker.report.path is not None and picker.report.path.name == "story.html"
    picker.url.value = server + "/missing.html"
    picker.fetch.click()
    assert "HTTP 404" in picker.status.value and picker.report.path.name == "story.html"


def test_a_current_report_that_went_missing_falls_back_with_a_message(folder: Path) -> None:
    wb.set_current_report(folder / "b-bridge.txt")
    (folder / "b-bridge.txt").unlink()
    picker = ReportPicker(folders=[folder])
    assert "b-bridge.txt: no such file" in picker.status.value
    assert picker.report.name == "000_586bd0836be2d8ac.txt"


def test_sentence_table_filters_by_post_and_words(picker: ReportPicker) -> None:
    table = SentenceTable(picker)
    assert [label for label, _ in table.post.options] == [
        "all posts", "0: opening paragraphs", "1: 14:05 Ferries stay in port", "2: 15:30 Coastguard rescues crew",
    ]  # fmt: skip
    assert "9 sentences" in table.table.value  # title, timestamps, headlines and body lines
    table.post.value = 2
    assert "4 sentences" in table.table.value
    table.contains.value = "coastguard"
    assert "2 sentences" in table.table.value
    table.contains.value = "port authority"
    assert "0 sentences" in table.table.value  # it is in post 1
    table.post.value = -1
    assert "1 sentence<" in table.table.value


def test_top_terms_chart_redraws(picker: ReportPicker) -> None:
    chart = TopTerms(picker, top=5)
    first = bytes(chart.chart.value)
    assert first.startswith(b"\x89PNG")
    chart.top.value = 10
    assert bytes(chart.chart.value) != first


def test_article_markup_is_escaped_in_every_panel(folder: Path) -> None:
    path = folder / "c-markup.txt"
    path.write_text(
        'Test <script>alert("x")</script> title\nHe said <b>no</b> twice & left.\n', encoding="utf-8"
    )
    report = wb.load_report(path)
    kwic = KeywordInContext(report, keyword="said")
    views = [kwic.table.value, StructureView(report).paragraphs.value, SentenceTable(report).table.value]
    for html_value in views:
        assert "<script>" not in html_value and "<b>no</b>" not in html_value
        assert "&lt;b&gt;no&lt;/b&gt;" in html_value
