from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import workbench as wb
from workbench.load import load_corpus

ARTICLE = "Drones hit grid\nRussian drones hit two substations overnight, the operator said.\n"


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


def test_plain_text_keeps_the_decoded_text(tmp_path: Path) -> None:
    text = "Title line\r\nFirst para “quoted”.\r\n\r\nSecond para.\r\n"
    report = wb.load_report(write(tmp_path / "a.txt", text))
    assert report.text == text  # no newline or quote normalisation
    assert report.title == "Title line"
    assert report.paragraphs["text"].tolist() == ["Title line", "First para “quoted”.", "Second para."]
    assert report.format == "text" and report.doc_id == "a"


def test_markdown_headings_become_headlines(tmp_path: Path) -> None:
    text = (
        "# Storm live\n\nIntro paragraph here.\n\n## Bridge closed\n\nPolice closed the\nbridge on Monday.\n"
    )
    report = wb.load_report(write(tmp_path / "b.md", text))
    paragraphs = report.paragraphs
    assert paragraphs["kind"].tolist() == ["title", "body", "headline", "body"]
    assert report.title == "Storm live"
    tokens = report.tokens
    assert all(text[s:e] == t for s, e, t in zip(tokens["start"], tokens["end"], tokens["text"], strict=True))
    assert "#" not in tokens["text"].tolist()


def test_sidecar_metadata_and_argument_override(tmp_path: Path) -> None:
    path = write(tmp_path / "c.txt", ARTICLE)
    write(tmp_path / "c.meta.json", json.dumps({"published": "2026-11-03", "source": "Wire", "title": "T"}))
    report = wb.load_report(path)
    assert report.published == dt.date(2026, 11, 3)
    assert (report.source, report.title) == ("Wire", "T")
    assert wb.load_report(path, published="2026-11-04").published == dt.date(2026, 11, 4)


def test_string_input() -> None:
    report = wb.load_report(text=ARTICLE, published=dt.date(2024, 1, 2))
    assert report.format == "string" and report.published == dt.date(2024, 1, 2)
    assert report.doc_id.startswith("text-")


def test_folder_and_glob(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", ARTICLE)
    write(tmp_path / "two.md", "# T\n\nBody text.\n")
    write(tmp_path / "one.meta.json", "{}")
    write(tmp_path / "notes.csv", "a,b\n")
    assert [r.doc_id for r in load_corpus(tmp_path)] == ["one", "two"]
    assert [r.doc_id for r in load_corpus(str(tmp_path / "*.txt"))] == ["one"]


def test_cp1252_and_bom(tmp_path: Path) -> None:
    report = wb.load_report(
        write(tmp_path / "w.txt", "Title\nIt cost \u20ac45 \u2013 he said.\n".encode("cp1252"))
    )
    assert "€45 –" in report.text
    bom = wb.load_report(write(tmp_path / "bom.txt", "\ufeffTitle\nBody.\n".encode()))
    assert bom.text.startswith("\ufeff") and bom.title == "Title"


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\t\n", "file is empty"),
        ("bin.txt", b"\x00\x01\x02binary\x00data", "binary"),
        ("doc.docx", b"PK\x03\x04", "unsupported file type '.docx'"),
        ("noext", b"text", "unsupported file type '(none)'"),
    ],
)
def test_bad_files_raise_one_clear_error(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = write(tmp_path / name, data)
    with pytest.raises(wb.ReportError) as caught:
        wb.load_report(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and problem in message
    assert "\n" not in message


def test_missing_folder_and_too_big(tmp_path: Path) -> None:
    with pytest.raises(wb.ReportError, match="no such file"):
        wb.load_report(tmp_path / "missing.txt")
    with pytest.raises(wb.ReportError, match="is a folder"):
        wb.load_report(tmp_path)
    big = write(tmp_path / "big.txt", "Title\n" + "word " * 3000)
    with pytest.raises(wb.ReportError, match="over the 0 MB limit"):
        wb.load_report(big, max_bytes=10_000)


def test_bad_sidecar_and_bad_date(tmp_path: Path) -> None:
    path = write(tmp_path / "d.txt", ARTICLE)
    write(tmp_path / "d.meta.json", "{not json")
    with pytest.raises(wb.ReportError, match=r"d\.meta\.json: sidecar is not valid JSON"):
        wb.load_report(path)
    with pytest.raises(wb.ReportError, match="not YYYY-MM-DD"):
        wb.load_report(text=ARTICLE, published="25/10/2024")
