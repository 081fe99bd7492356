"""PDF reports: paragraphs rebuilt from wrapped lines, offsets into pypdf's raw text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from report_files import encrypt_pdf, make_blank_pdf, make_pdf

import workbench as wb
from workbench.readers.pdf import join_lines

WRAPPED = (
    "Engineers from the regional water authority inspected the upper dam on Tuesday and said the "
    "main spillway gates were working, although two smaller gates would need repairs before the "
    "next storm, the authority’s spokesperson said. “We are checking every gate,” she added."
)


@pytest.fixture(scope="module")
def pdf_report(tmp_path_factory: pytest.TempPathFactory) -> wb.Report:
    data = make_pdf(
        [
            "Flood update: dam inspectors called in",
            WRAPPED,
            "11:42",
            "Schools closed across the district",
            [
                "All fourteen primary schools will stay closed while the educa-",
                "tion office checks each building for water damage, and the council",
                "will publish a list of reopening dates on Friday.",
            ],
            "The repair bill is put at €3.2m so far.",
        ],
        title="Flood update",
        created=dt.datetime(2023, 3, 14, 9, 0, tzinfo=dt.UTC),
        new_page_before=5,
    )
    path = tmp_path_factory.mktemp("pdf") / "flood-update.pdf"
    path.write_bytes(data)
    return wb.load_report(path)


def test_metadata_from_the_document_information(pdf_report: wb.Report) -> None:
    assert pdf_report.format == "pdf" and pdf_report.doc_id == "flood-update"
    assert pdf_report.title == "Flood update"
    assert pdf_report.published == dt.date(2023, 3, 14)


def test_wrapped_lines_become_one_paragraph_per_line(pdf_report: wb.Report) -> None:
    lines = pdf_report.text.split("\n")
    assert lines[0] == "Flood update: dam inspectors called in"
    assert lines[1] == WRAPPED  # wrapped over several lines of the page, joined again
    assert lines[2:4] == ["11:42", "Schools closed across the district"]
    assert lines[4] == (
        "All fourteen primary schools will stay closed while the education office checks each "
        "building for water damage, and the council will publish a list of reopening dates on Friday."
    )
    assert lines[5] == "The repair bill is put at €3.2m so far."  # from the second page
    kinds = pdf_report.paragraphs["kind"].tolist()
    assert kinds == ["title", "body", "timestamp", "headline", "body", "body"]


def test_offsets_map_into_the_raw_extracted_text(pdf_report: wb.Report) -> None:
    raw = pdf_report.source_text
    assert raw is not None and "\f" in raw  # pages are separated by a form feed
    for start, end, token in zip(
        pdf_report.tokens["start"], pdf_report.tokens["end"], pdf_report.tokens["text"], strict=True
    ):
        a, b = pdf_report.source_span(start, end)
        assert "".join(raw[a:b].replace("-\n", "").split()) == "".join(token.split())
    start = pdf_report.text.index("education")
    a, b = pdf_report.source_span(start, start + len("education"))
    assert raw[a:b] == "educa-\ntion"


def test_hyphenated_compound_keeps_its_hyphen() -> None:
    raw = "Officials said the cease-fire held overnight, and the long\ncease-\nfire talks resumed."
    text, _ = join_lines(raw)
    assert "long cease-fire talks" in text
    raw = "A wide bridge carried the main road over the river into the town centre before the\nflood-\nwater rose."
    assert "floodwater rose" in join_lines(raw)[0]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (encrypt_pdf(make_pdf(["Secret text."]), user_password="s3cret"), "encrypted PDF"),
        (make_blank_pdf(), "image-only PDF"),
        (b"%PDF-1.7\n this is not really a pdf", "not a readable PDF"),
        (b"Just some text saved with the wrong suffix", "not a PDF file"),
    ],
    ids=["encrypted", "image-only", "damaged", "not-pdf"],
)
def test_bad_pdfs_raise_one_clear_error(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    with pytest.raises(wb.ReportError) as caught:
        wb.load_report(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and problem in message and "\n" not in message


def test_pdf_encrypted_without_a_user_password_opens(tmp_path: Path) -> None:
    path = tmp_path / "owner-only.pdf"
    path.write_bytes(encrypt_pdf(make_pdf(["Readable title", "Readable body text."]), user_password=""))
    assert wb.load_report(path).text == "Readable title\nReadable body text."


raw_line = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=90)


@settings(max_examples=200, deadline=None)
@given(st.lists(raw_line, min_size=1, max_size=12), st.sampled_from(["\n", "\f", "\n\n"]))
def test_joined_text_maps_every_character_back(lines: list[str], separator: str) -> None:
    raw = separator.join(lines)
    text, offset_map = join_lines(raw)
    assert len(offset_map) == len(text) + 1
    for i, char in enumerate(text):
        source = raw[offset_map[i]]
        assert source == char or (char in " \n" and source.isspace()), (char, source)
    assert list(offset_map[:-1]) == sorted(offset_map[:-1])
