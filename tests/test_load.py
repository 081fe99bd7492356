from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import workbench as wb
from workbench.load import load_corpus
from workbench.readers.decode import unreadable

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
    with pytest.raises(wb.ReportError, match=r"file is 14.7 KB, over the 9.8 KB limit"):
        wb.load_report(big, max_bytes=10_000)


def test_bad_sidecar_and_bad_date(tmp_path: Path) -> None:
    path = write(tmp_path / "d.txt", ARTICLE)
    write(tmp_path / "d.meta.json", "{not json")
    with pytest.raises(wb.ReportError, match=r"d\.meta\.json: sidecar is not valid JSON"):
        wb.load_report(path)
    with pytest.raises(wb.ReportError, match="not YYYY-MM-DD"):
        wb.load_report(text=ARTICLE, published="25/10/2024")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b" \t\r\n\xc2\xa0 \r\n", "only whitespace"),  # a UTF-8 no-break space among CRLFs
        ("\u3000\u2028\u200b\n".encode(), "only whitespace"),
        (b"\x81\x8d\xfe\x8f\x90\x9d\xc3" * 40 + b" a few words ", "control or undecodable bytes"),
        ("\ufffd\ufffd\ufffd\ufffd word".encode(), "control or undecodable bytes"),
        ("Новости дня: сотни людей вышли на улицы.\n".encode("cp1251"), "save it as UTF-8"),
    ],
)
def test_blank_and_undecodable_text_is_refused(tmp_path: Path, data: bytes, problem: str) -> None:
    with pytest.raises(wb.ReportError, match=problem):
        wb.load_report(write(tmp_path / "bad.txt", data))


def test_legitimate_encodings_and_scripts_still_load(tmp_path: Path) -> None:
    mixed = "Київ / Kyiv: «Ми тримаємось», said the mayor. 東京 reported 12 cases.\n"
    assert wb.load_report(write(tmp_path / "mixed.txt", mixed.encode())).text == mixed
    french = "Le ministère a déclaré que l'été serait difficile, à cause des pénuries.\n"
    assert wb.load_report(write(tmp_path / "fr.txt", french.encode("latin-1"))).text == french
    cp1252 = "\u201cWe will rebuild\u201d \u2013 the mayor said \u2026 \u20ac45m.\n"
    assert wb.load_report(write(tmp_path / "w.txt", cp1252.encode("cp1252"))).text == cp1252


def test_latin1_when_cp1252_cannot_decode_and_utf16_with_bom(tmp_path: Path) -> None:
    latin1 = wb.load_report(write(tmp_path / "l.txt", b"Caf\xe9 report\nByte \x81 is not cp1252.\n"))
    assert latin1.text.startswith("Café report") and "\x81" in latin1.text
    utf16 = wb.load_report(write(tmp_path / "u.txt", "Título\nCuerpo del texto.\n".encode("utf-16")))
    assert utf16.title == "Título"


def test_corpus_of_mixed_formats(tmp_path: Path) -> None:
    from report_files import LIVE_BLOG_PAGE, make_pdf

    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.md", "# Markdown title\n\nBody text.\n")
    write(tmp_path / "c.html", LIVE_BLOG_PAGE)
    write(tmp_path / "d.pdf", make_pdf(["PDF title", "PDF body text."]))
    write(tmp_path / "e.htm", "<p>Short page.</p>")
    write(tmp_path / "a.meta.json", '{"published": "2023-01-02"}')
    reports = load_corpus(tmp_path)
    assert [(r.doc_id, r.format) for r in reports] == [
        ("a", "text"), ("b", "markdown"), ("c", "html"), ("d", "pdf"), ("e", "html"),
    ]  # fmt: skip
    assert reports[0].published == dt.date(2023, 1, 2)
    assert [r.doc_id for r in load_corpus(str(tmp_path / "*.htm*"))] == ["c", "e"]
    assert [r.doc_id for r in load_corpus([tmp_path / "d.pdf", tmp_path / "b.md"])] == ["d", "b"]
    with pytest.raises(wb.ReportError, match="no files match"):
        load_corpus(str(tmp_path / "*.docx"))


BAD_INPUTS: list[tuple[str, bytes | None, str]] = [
    ("missing.txt", None, "no such file"),
    ("folder", None, "is a folder"),
    ("empty.md", b"", "file is empty"),
    ("blank.txt", b"\n  \n", "file is empty"),
    ("bom-only.txt", b"\xef\xbb\xbf \n", "only whitespace"),
    ("bin.txt", bytes(range(256)), "binary"),
    ("big.txt", b"x" * 2048, "file is 2 KB, over the 1 KB limit"),
    ("slides.pptx", b"PK\x03\x04", "unsupported file type '.pptx'"),
    ("secret.pdf", b"", "encrypted PDF"),
    ("scan.pdf", b"", "image-only PDF"),
]


def bad_input(tmp_path: Path, name: str, data: bytes | None) -> Path:
    from report_files import encrypt_pdf, make_blank_pdf, make_pdf

    path = tmp_path / name
    if name == "folder":
        path.mkdir()
    elif name == "secret.pdf":
        write(path, encrypt_pdf(make_pdf(["Hidden."]), user_password="pw"))
    elif name == "scan.pdf":
        write(path, make_blank_pdf())
    elif data is not None:
        write(path, data)
    return path


@pytest.mark.parametrize(("name", "data", "problem"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_every_bad_input_is_one_line_naming_it(
    tmp_path: Path, name: str, data: bytes | None, problem: str
) -> None:
    path = bad_input(tmp_path, name, data)
    with pytest.raises(wb.ReportError) as caught:
        wb.load_report(path, max_bytes=1024 if name == "big.txt" else wb.load.MAX_BYTES)
    assert str(caught.value) == f"{path}: {caught.value.problem}"
    assert problem in caught.value.problem and "\n" not in str(caught.value)


@pytest.mark.parametrize(("name", "data", "problem"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_cli_prints_the_line_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes | None, problem: str
) -> None:
    from workbench.cli import main

    path = bad_input(tmp_path, name, data)
    if name == "big.txt":
        path.write_bytes(b"x" * (21 * 1024 * 1024))  # over the default 20 MB
        problem = "over the 20 MB limit"
    assert main(["info", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"workbench: {path}: ") and problem in err
    assert err.count("\n") == 1 and "Traceback" not in err


# texts a reader accepts: not blank in any Unicode sense, not mostly undecodable (those are refused)
markdown_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n#-*> \t"), min_size=1
).filter(lambda t: unreadable(t, fallback=False) is None)


@settings(max_examples=100, deadline=None)
@given(markdown_text)
def test_any_markdown_gives_tokens_that_index_the_decoded_file(text: str) -> None:
    from workbench.readers import Origin
    from workbench.readers.text import read_markdown

    report = read_markdown(text.encode("utf-8"), Origin(label="gen.md", doc_id="gen"))
    assert report.text == text
    for s, e, t in zip(report.tokens["start"], report.tokens["end"], report.tokens["text"], strict=True):
        assert text[s:e] == t


def test_pdf_metadata_precedence(tmp_path: Path) -> None:
    from report_files import make_pdf

    path = write(
        tmp_path / "brief.pdf",
        make_pdf(["Brief", "Body text."], title="PDF title", created=dt.datetime(2023, 1, 2)),
    )
    assert (wb.load_report(path).title, str(wb.load_report(path).published)) == ("PDF title", "2023-01-02")
    write(tmp_path / "brief.meta.json", json.dumps({"title": "Sidecar title", "published": "2023-01-03"}))
    report = wb.load_report(path)
    assert (report.title, str(report.published)) == ("Sidecar title", "2023-01-03")
    assert str(wb.load_report(path, published=dt.date(2023, 1, 4)).published) == "2023-01-04"
