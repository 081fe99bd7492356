"""HTML reports: article text chosen by trafilatura, every offset traced back to the page."""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_files import LIVE_BLOG_PAGE, assert_tokens_trace_to_source

import workbench as wb
from workbench.readers import Origin
from workbench.readers.html import read_html
from workbench.readers.visible import visible_text


@pytest.fixture(scope="module")
def page_report(tmp_path_factory: pytest.TempPathFactory) -> wb.Report:
    path = tmp_path_factory.mktemp("html") / "flood-live.html"
    path.write_text(LIVE_BLOG_PAGE, encoding="utf-8")
    return wb.load_report(path)


def test_metadata_comes_from_the_page(page_report: wb.Report) -> None:
    assert page_report.format == "html" and page_report.doc_id == "flood-live"
    assert page_report.title == "Flood live: dam inspectors called in as river peaks"
    assert page_report.published == dt.date(2023, 3, 14)
    assert page_report.source == "The Valley Courier"


def test_text_is_the_article_one_paragraph_per_line(page_report: wb.Report) -> None:
    lines = page_report.text.split("\n")
    assert lines[0] == "Flood live: dam inspectors called in as river peaks"
    assert lines[1] == "Hundreds of homes evacuated overnight as levels reach a record"
    # character references decoded, whitespace collapsed, <br> is a line break
    assert (
        "A team of six engineers reached the upper dam shortly before noon, the water authority’s "
        "spokesperson said. “We are checking every gate,” she added."
    ) in lines
    assert (
        "The repair bill is already put at £3.2m & rising, according to council estimates published this morning."
        in lines
    )
    assert "Parents were told to check the council website for updates." in lines
    for boilerplate in ("Home", "Sport", "Not article text", "Buy now", "All rights reserved", "Privacy"):
        assert boilerplate not in page_report.text


def test_live_blog_posts_keep_timestamps_headlines_and_repeats(page_report: wb.Report) -> None:
    paragraphs = page_report.paragraphs
    timestamps = paragraphs[paragraphs["kind"] == "timestamp"]["text"].tolist()
    headlines = paragraphs[paragraphs["kind"] == "headline"]["text"].tolist()
    assert timestamps == ["11:42", "09:15 GMT"]
    assert headlines == ["Inspectors arrive at the upper dam", "Schools closed across the district"]
    assert page_report.posts["headline"].tolist()[1:] == headlines
    repeated = paragraphs[paragraphs["repeat_of"].notna()]
    assert len(repeated) == 1  # the repeated paragraph is kept, and points to its first occurrence
    first = paragraphs.loc[int(repeated["repeat_of"].iat[0])]
    assert first["text"] == repeated["text"].iat[0] and first["post_id"] < repeated["post_id"].iat[0]


def test_every_token_traces_back_to_the_html(page_report: wb.Report) -> None:
    assert_tokens_trace_to_source(page_report)


def test_source_span_covers_character_references(page_report: wb.Report) -> None:
    text, source = page_report.text, page_report.source_text
    assert source is not None
    start = text.index("authority’s")
    a, b = page_report.source_span(start, start + len("authority’s"))
    assert source[a:b] == "authority&#8217;s"
    start = text.index("£3.2m & rising")
    a, b = page_report.source_span(start, start + len("£3.2m & rising"))
    assert source[a:b] == "&pound;3.2m &amp; rising"
    assert html.unescape(source[a:b]) == "£3.2m & rising"


def test_every_character_maps_to_its_source(page_report: wb.Report) -> None:
    source = page_report.source_text
    assert source is not None
    for i, char in enumerate(page_report.text):
        if char.isspace():
            continue
        a, b = page_report.source_span(i, i + 1)
        assert html.unescape(source[a:b]) == char or source[a:b] == char


def test_metadata_precedence_arguments_then_sidecar_then_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(LIVE_BLOG_PAGE, encoding="utf-8")
    assert wb.load_report(path).published == dt.date(2023, 3, 14)  # from the page
    (tmp_path / "page.meta.json").write_text(json.dumps({"published": "2023-03-15", "source": "Wire copy"}))
    sidecar = wb.load_report(path)
    assert (sidecar.published, sidecar.source) == (dt.date(2023, 3, 15), "Wire copy")
    assert sidecar.title == "Flood live: dam inspectors called in as river peaks"  # the sidecar sets no title
    argued = wb.load_report(path, published="2023-03-16", source_name="Analyst", title="Flood")
    assert (argued.published, argued.source, argued.title) == (dt.date(2023, 3, 16), "Analyst", "Flood")


def test_page_without_article_markup_keeps_all_its_paragraphs() -> None:
    page = b"<p>Short note.</p><p>Another &amp; last line</p>"
    report = read_html(page, Origin(label="note.html", doc_id="note"))
    assert report.text == "Short note.\nAnother & last line"
    at = report.text.index("&")
    assert report.source_span(at, at + 1) == (page.index(b"&amp;"), page.index(b"&amp;") + 5)


def test_declared_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Київ: обстріл</p></body></html>'
    report = read_html(page.encode("cp1251"), Origin(label="ua.html", doc_id="ua"))
    assert "Київ: обстріл" in report.text


def test_visible_text_skips_scripts_styles_and_comments() -> None:
    page = visible_text("<p>a<script>b</script><style>c</style><!-- d -->e</p><template>f</template>")
    assert [page.text[b.start : b.end] for b in page.blocks] == ["ae"]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "file is empty"),
        (b"\x00\x01<html>\x00", "binary"),
        (b"<html><head><script>var a = 1;</script></head><body></body></html>", "no visible text"),
    ],
)
def test_bad_html_raises_one_clear_error(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "bad.htm"
    path.write_bytes(data)
    with pytest.raises(wb.ReportError) as caught:
        wb.load_report(path)
    assert str(caught.value).startswith(str(path)) and problem in str(caught.value)


paragraph_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t &<>\"'"),
    min_size=1,
    max_size=120,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(paragraph_text, min_size=1, max_size=5))
def test_any_unicode_text_in_html_traces_back(paragraphs: list[str]) -> None:
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    page = f"<html><head><title>T</title></head><body><article><h1>Generated page</h1>{body}</article></body></html>"
    report = read_html(page.encode("utf-8"), Origin(label="gen.html", doc_id="gen"))
    assert_tokens_trace_to_source(report)
    for s, e in zip(report.sentences["start"], report.sentences["end"], strict=True):
        assert 0 <= s < e <= len(report.text)


def test_page_trafilatura_cannot_handle_keeps_every_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def fail(*args: object, **kwargs: object) -> None:
        raise ValueError("unexpected markup")

    monkeypatch.setattr(trafilatura, "bare_extraction", fail)
    report = read_html(
        b"<h1>Headline</h1><p>First &amp; only paragraph.</p>", Origin(label="x.html", doc_id="x")
    )
    assert report.text == "Headline\nFirst & only paragraph."
    assert report.paragraphs["kind"].tolist() == ["title", "body"]
