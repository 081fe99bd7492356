"""Reports from http(s) URLs, served by a local server on 127.0.0.1 (tests never reach the internet)."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest
from report_files import LIVE_BLOG_PAGE, Route, assert_tokens_trace_to_source, make_pdf, serve

import workbench as wb

PDF = make_pdf(["Served PDF title", "A paragraph served as a PDF document over HTTP."])

ROUTES: dict[str, Route] = {
    "/live/flood.html": (200, "text/html; charset=utf-8", LIVE_BLOG_PAGE.encode()),
    "/files/report.pdf": (200, "application/pdf", PDF),
    "/download?id=7": (200, "application/octet-stream", PDF),
    "/notes": (200, "text/plain; charset=cp1252", "Wire notes\nIt cost €45 – he said.\n".encode("cp1252")),
    "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    "/big.txt": (200, "text/plain", b"Title\n" + b"word " * 2000),
    "/gone": (404, "text/html", b"<h1>Not found</h1>"),
    "/broken": (500, "text/html", b"<h1>Oops</h1>"),
}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve(ROUTES) as base:
        yield base


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy set in the environment must not carry requests for 127.0.0.1 elsewhere."""
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


def test_html_page(server: str) -> None:
    url = server + "/live/flood.html"
    report = wb.load_report(url)
    assert report.format == "html" and report.url == url and report.path is None
    assert report.doc_id == "flood"
    assert report.title == "Flood live: dam inspectors called in as river peaks"
    assert report.source == "The Valley Courier"
    assert "11:42" in report.paragraphs["text"].tolist()
    assert_tokens_trace_to_source(report)


def test_pdf_by_content_type_and_by_its_bytes(server: str) -> None:
    for path in ("/files/report.pdf", "/download?id=7"):
        report = wb.load_report(server + path)
        assert report.format == "pdf"
        assert report.text == "Served PDF title\nA paragraph served as a PDF document over HTTP."


def test_text_uses_the_declared_charset(server: str) -> None:
    report = wb.load_report(server + "/notes", published="2023-03-14")
    assert report.format == "text" and "€45 –" in report.text
    assert report.published is not None and report.published.isoformat() == "2023-03-14"


@pytest.mark.parametrize(
    ("path", "options", "problem"),
    [
        ("/gone", {}, "HTTP 404"),
        ("/broken", {}, "HTTP 500"),
        ("/logo.png", {}, "unsupported content type 'image/png'"),
        ("/big.txt", {"max_bytes": 1000}, "download is 9.8 KB, over the 1000 bytes limit"),
        ("/slow", {"timeout": 0.3}, "no answer within 0.3 s"),
    ],
)
def test_failing_urls_raise_one_clear_error(
    server: str, path: str, options: dict[str, float], problem: str
) -> None:
    url = server + path
    with pytest.raises(wb.ReportError) as caught:
        wb.load_report(url, **options)  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.startswith(url + ": ") and problem in message and "\n" not in message


def test_unreachable_server_says_so() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article"
    with pytest.raises(wb.ReportError, match="cannot reach the server"):
        wb.load_report(url, timeout=2)


def test_cli_on_a_url(server: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "info", server + "/files/report.pdf"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Served PDF title" in done.stdout
    failed = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "info", server + "/gone"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (
        failed.returncode == 2
        and failed.stderr.strip() == f"workbench: {server}/gone: the server answered HTTP 404 Not Found"
    )
