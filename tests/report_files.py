"""Report files the loader tests build: a news page with a live blog, PDFs, and the offset checks."""

from __future__ import annotations

import datetime as dt
import html
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import matplotlib
from fpdf import FPDF

import workbench as wb
from workbench.readers.visible import INVISIBLE

UNICODE_FONT = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"

#: A live-blog page as news sites serve it: navigation, scripts, a sidebar and a footer around
#: the article; character references, inline markup and a repeated paragraph inside it.
LIVE_BLOG_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Flood live: dam inspectors called in as river peaks | The Valley Courier</title>
  <meta property="og:site_name" content="The Valley Courier">
  <meta property="og:title" content="Flood live: dam inspectors called in as river peaks">
  <meta property="article:published_time" content="2023-03-14T07:30:00+00:00">
  <script>window.dataLayer = [{"page": "<p>Not article text</p>"}];</script>
  <style>.post h2 { font-weight: bold; }</style>
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main>
<article>
  <h1>Flood live: dam inspectors called in as river peaks</h1>
  <p class="standfirst">Hundreds of homes evacuated overnight as levels reach a record</p>
  <p class="byline">By <a href="/staff/k-ivers">Kim Ivers</a></p>
  <div class="live-post" id="p2">
    <time datetime="2023-03-14T11:42:00+00:00">11:42</time>
    <h2>Inspectors arrive at the upper dam</h2>
    <p>A team of six engineers reached the upper dam shortly before noon, the water authority&#8217;s spokesperson said. &ldquo;We are checking every&nbsp;gate,&rdquo; she added.</p>
    <p>The repair bill is already put at &pound;3.2m &amp; rising, according to council estimates published this morning.</p>
  </div>
  <!-- advert slot: <p>Buy now</p> -->
  <div class="live-post" id="p1">
    <time datetime="2023-03-14T09:15:00+00:00">09:15 GMT</time>
    <h2>Schools closed across the district</h2>
    <p>All <b>fourteen</b> primary schools in the district will stay closed until Monday, the education office said.<br>Parents were told to check the council website for updates.</p>
    <p>A team of six engineers reached the upper dam shortly before noon, the water authority&#8217;s spokesperson said. &ldquo;We are checking every&nbsp;gate,&rdquo; she added.</p>
  </div>
  <aside><h3>Related stories</h3><ul><li><a href="/a">Storm warning for the coast</a></li><li><a href="/b">How flood barriers work</a></li></ul></aside>
</article>
</main>
<footer><p>&copy; 2023 The Valley Courier. All rights reserved.</p><p><a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def strip_tags(fragment: str) -> str:
    """The text of an HTML fragment: comments and tags removed, references left as they are."""
    return re.sub(r"<!--.*?-->|<[^>]*>", "", fragment, flags=re.DOTALL)


def assert_tokens_trace_to_source(report: wb.Report) -> None:
    """Every token's source span, unescaped and with tags removed, reads as the token.

    Whitespace is compared collapsed, and characters that take no room (soft hyphens,
    zero-width marks), which the visible text leaves out, are ignored.
    """
    assert report.source_text is not None
    for start, end, token in zip(
        report.tokens["start"], report.tokens["end"], report.tokens["text"], strict=True
    ):
        a, b = report.source_span(start, end)
        shown = html.unescape(strip_tags(report.source_text[a:b]))
        shown = " ".join("".join(c for c in shown if c not in INVISIBLE).split())
        assert shown == " ".join(token.split()), (token, report.source_text[a:b])


def make_pdf(
    paragraphs: list[str | list[str]],
    *,
    title: str | None = None,
    created: dt.datetime | None = None,
    new_page_before: int | None = None,
) -> bytes:
    """A PDF with one paragraph per item; a list item is laid out line by line as given."""
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(UNICODE_FONT))
    pdf.set_font("DejaVu", size=11)
    if title:
        pdf.set_title(title)
    if created:
        pdf.set_creation_date(created)
    pdf.add_page()
    for i, paragraph in enumerate(paragraphs):
        if i == new_page_before:
            pdf.add_page()
        lines = paragraph if isinstance(paragraph, list) else None
        if lines is None:
            pdf.multi_cell(0, 6, str(paragraph), new_x="LMARGIN", new_y="NEXT")
        else:
            for line in lines:
                pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def make_blank_pdf() -> bytes:
    """A PDF whose page holds only drawings (what a scanned page looks like to a text extractor)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 120, 80, style="F")
    return bytes(pdf.output())


def encrypt_pdf(data: bytes, *, user_password: str) -> bytes:
    """``data`` encrypted with RC4 (pypdf needs no extra package for it)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


#: A served page: (HTTP status, content type, body).
Route = tuple[int, str, bytes]


@contextmanager
def serve(routes: dict[str, Route], *, slow_path: str = "/slow", delay: float = 1.5) -> Iterator[str]:
    """Serve ``routes`` on 127.0.0.1 (a free port) while in the block; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == slow_path:
                time.sleep(delay)
            status, content_type, body = routes.get(self.path, (404, "text/plain", b"no route"))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # keep test output clean
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
