"""HTML reports: trafilatura finds the article, the text keeps a map back into the HTML.

trafilatura extracts the body, title, date and site name but gives no offsets, and it drops
some of what a live blog needs (post timestamps, some post headlines, repeated paragraphs).
So it only *chooses* the text: each of its lines is found in the page's visible text
(:mod:`workbench.readers.visible`), and ``report.text`` is made of those visible-text ranges,
one paragraph per line, in page order, with the headline first. Post headlines and timestamps
that introduce article paragraphs, and verbatim repeats of article paragraphs, are put back.
Every character of ``report.text`` therefore comes from the page, and
``report.source_span(start, end)`` gives its place in the decoded HTML.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

import numpy as np

from ..errors import ReportError
from ..report import Report
from ..structure import Block, is_timestamp
from .decode import decode_html
from .origin import Origin
from .text import first_paragraph
from .visible import INVISIBLE, VisibleBlock, VisibleText, visible_text

#: Lines shorter than this must be found verbatim; longer ones may be found by their ends.
MIN_FUZZY_CHARS = 24
ANCHOR_CHARS = 12
MIN_REPEAT_CHARS = 20
#: Dates come from the page's markup only, never guessed from its text.
DATE_SETTINGS = {"original_date": True, "extensive_search": False}

Range = tuple[int, int]


@dataclass(frozen=True)
class Article:
    """What trafilatura found: body lines and metadata."""

    lines: list[str]
    title: str | None
    published: dt.date | None
    site_name: str | None
    url: str | None


def read_html(data: bytes, origin: Origin) -> Report:
    """An HTML page: its article text, one paragraph per line, mapped back to the HTML."""
    source = decode_html(data, where=origin.label, declared=origin.charset)
    try:
        page = visible_text(source)
    except Exception as exc:  # html.parser is lenient; this guards against the unforeseen
        raise ReportError(origin.label, f"cannot parse the HTML ({type(exc).__name__}: {exc})") from None
    if not any(not b.in_title for b in page.blocks):
        raise ReportError(origin.label, "the HTML has no visible text")
    article = extract_article(source, url=origin.url)
    lines = article_lines(page, article)
    text, starts, ends, blocks = _assemble(page, lines)
    report = Report(
        text=text,
        doc_id=origin.doc_id,
        path=origin.path,
        url=origin.url or article.url,
        format="html",
        source_text=source,
        offset_map=starts,
        offset_ends=ends,
        blocks=blocks,
    )
    report.title = article.title or first_paragraph(report)
    report.published = article.published
    report.source = article.site_name
    return report


def extract_article(source: str, *, url: str | None = None) -> Article:
    """Run trafilatura over the page (imported here: loading a .txt never pays for it)."""
    import trafilatura
    from trafilatura.settings import Document

    try:
        found = trafilatura.bare_extraction(
            source,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            date_extraction_params=DATE_SETTINGS,
        )
        if isinstance(found, Document):
            document, text = found, found.text or ""
        else:  # no article found: the metadata is still useful
            document = trafilatura.extract_metadata(source, default_url=url, date_config=DATE_SETTINGS)
            text = ""
    except Exception:  # a page trafilatura cannot handle: every paragraph of it is kept instead
        return Article(lines=[], title=None, published=None, site_name=None, url=None)
    return Article(
        lines=[line for line in text.splitlines() if line.strip()],
        title=_clean(document.title),
        published=_iso_date(document.date),
        site_name=_clean(document.sitename),
        url=_clean(document.url),
    )


# ---------------------------------------------------------------------- choosing the text


@dataclass(frozen=True)
class Line:
    """A range of the visible text that becomes one line of ``report.text``."""

    start: int
    end: int
    heading: bool = False


def article_lines(page: VisibleText, article: Article) -> list[Line]:
    """The visible-text ranges that make up the report: headline first, then the article in page order."""
    finder = _Finder(page)
    title = finder.title(article.title)
    for claimed in [title, *((b.start, b.end) for b in page.blocks if b.in_title)]:
        if claimed is not None:
            finder.claim(claimed)  # the article is never looked for in the <title> element
    content: list[Range] = []
    cursor = 0
    for raw_line in article.lines:
        found = finder.find(raw_line, cursor)
        if found is not None:
            finder.claim(found)
            content.append(found)
            cursor = found[1]
    content.sort()
    if not content:  # trafilatura found no article: keep every paragraph of the page
        content = [(b.start, b.end) for b in page.blocks if not b.in_title and (b.start, b.end) != title]
    kept = sorted(content + _restored(page, content, title))
    headings = _heading_starts(page)
    lines = [Line(s, e, heading=_in_heading(s, headings)) for s, e in kept]
    if title is not None:
        lines.insert(0, Line(*title, heading=True))
    return lines


class _Finder:
    """Finds extracted lines in the visible text, comparing them without whitespace."""

    def __init__(self, page: VisibleText) -> None:
        self.page = page
        self.squeezed, self.index = page.squeezed()
        self.claimed = np.zeros(len(self.squeezed), dtype=bool)  # squeezed characters already in a line

    def title(self, title: str | None) -> Range | None:
        """The page's headline: an element holding exactly the title, else the title inside <title>."""
        blocks = [b for b in self.page.blocks if not b.in_title]
        if title:
            key = _squeeze(title)
            exact = [b for b in blocks if _squeeze(self.page.text[b.start : b.end]) == key]
            exact.sort(key=lambda b: (b.heading == 0, b.heading))
            if exact:
                return exact[0].start, exact[0].end
            for block in self.page.blocks:
                if block.in_title:
                    found = self._find_between(key, block.start, block.end)
                    if found is not None:
                        return found
        first_h1 = next((b for b in blocks if b.heading == 1), None)
        return (first_h1.start, first_h1.end) if first_h1 else None

    def find(self, line: str, cursor: int) -> Range | None:
        """The visible-text range of ``line`` (searched after ``cursor`` first), if it is there."""
        line = _strip_markers(line)
        key = _squeeze(line)
        if not key:
            return None
        at = self._squeezed_position(cursor)
        for lo in (at, 0):
            found = self._exact(key, lo)
            if found is None and len(key) >= MIN_FUZZY_CHARS:
                found = self._by_ends(key, lo)
            if found is not None:
                return self._stream_range(*found)
        return None

    def claim(self, stream_range: Range) -> None:
        self.claimed[self._squeezed_position(stream_range[0]) : self._squeezed_position(stream_range[1])] = (
            True
        )

    # ------------------------------------------------------------------ helpers

    def _exact(self, key: str, lo: int) -> Range | None:
        k = self.squeezed.find(key, lo)
        while k >= 0 and self._is_claimed(k, k + len(key)):
            k = self.squeezed.find(key, k + 1)
        return (k, k + len(key)) if k >= 0 else None

    def _by_ends(self, key: str, lo: int) -> Range | None:
        """Where the line's first and last characters are, at about the line's length apart."""
        head, tail = key[:ANCHOR_CHARS], key[-ANCHOR_CHARS:]
        k = self.squeezed.find(head, lo)
        while k >= 0:
            limit = k + int(len(key) * 1.5) + ANCHOR_CHARS
            t = self.squeezed.find(tail, k + len(head), limit)
            if t >= 0:
                end = t + len(tail)
                if end - k >= len(key) * 0.6 and not self._is_claimed(k, end):
                    return k, end
            k = self.squeezed.find(head, k + 1)
        return None

    def _find_between(self, key: str, start: int, end: int) -> Range | None:
        lo, hi = self._squeezed_position(start), self._squeezed_position(end)
        k = self.squeezed.find(key, lo, hi) if key else -1
        return self._stream_range(k, k + len(key)) if k >= 0 else None

    def _is_claimed(self, lo: int, hi: int) -> bool:
        return bool(self.claimed[lo:hi].any())

    def _squeezed_position(self, stream_offset: int) -> int:
        return int(np.searchsorted(self.index, stream_offset))

    def _stream_range(self, lo: int, hi: int) -> Range:
        return int(self.index[lo]), int(self.index[hi - 1]) + 1


def _restored(page: VisibleText, content: list[Range], title: Range | None) -> list[Range]:
    """Blocks trafilatura left out that belong to the article.

    Verbatim repeats of an article paragraph after the headline (a live blog repeats
    them; they are kept and marked as repeats, never dropped), and, between the headline
    and the last article paragraph, headings and timestamps that introduce an article
    paragraph (live-blog posts).
    """
    if not content:
        return []
    title_in_body = title is not None and not any(
        b.in_title and b.start <= title[0] < b.end for b in page.blocks
    )
    region_start = min(content[0][0], title[0]) if title and title_in_body else content[0][0]
    content_keys = {
        key for key in (_squeeze(page.text[s:e]) for s, e in content) if len(key) >= MIN_REPEAT_CHARS
    }
    blocks = [
        b for b in page.blocks if not b.in_title and region_start <= b.start and (b.start, b.end) != title
    ]
    labels = [_label(page, b, content, content_keys) for b in blocks]
    repeats = [(b.start, b.end) for b, label in zip(blocks, labels, strict=True) if label == "repeat"]
    region_end = max([content[-1][1], *(end for _, end in repeats)])
    restored = list(repeats)
    for i, (block, label) in enumerate(zip(blocks, labels, strict=True)):
        if label in ("heading", "timestamp") and block.end <= region_end:
            following = next((x for x in labels[i + 1 :] if x not in ("heading", "timestamp")), None)
            if following in ("content", "repeat"):
                restored.append((block.start, block.end))
    return restored


def _label(page: VisibleText, block: VisibleBlock, content: list[Range], content_keys: set[str]) -> str:
    i = bisect.bisect_left(content, (block.end, block.end))
    if any(s < block.end and block.start < e for s, e in content[max(0, i - 1) : i + 1]):
        return "content"
    text = page.text[block.start : block.end]
    if block.heading:
        return "heading"
    if is_timestamp(text):
        return "timestamp"
    if _squeeze(text) in content_keys:
        return "repeat"
    return "other"


def _heading_starts(page: VisibleText) -> list[Range]:
    return [(b.start, b.end) for b in page.blocks if b.heading and not b.in_title]


def _in_heading(start: int, headings: list[Range]) -> bool:
    i = bisect.bisect_right(headings, (start, 1 << 62)) - 1
    return i >= 0 and headings[i][0] <= start < headings[i][1]


# ---------------------------------------------------------------------- the report text


def _assemble(page: VisibleText, lines: list[Line]) -> tuple[str, np.ndarray, np.ndarray, list[Block]]:
    """Join the lines with newlines; each character keeps the source span of its visible character.

    A newline maps to the empty span at the end of the line before it.
    """
    pieces: list[str] = []
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    blocks: list[Block] = []
    length = 0
    for line in lines:
        if pieces:
            at = ends[-1][-1:]
            pieces.append("\n")
            starts.append(at)
            ends.append(at)
            length += 1
        pieces.append(page.text[line.start : line.end])
        starts.append(page.starts[line.start : line.end])
        ends.append(page.ends[line.start : line.end])
        blocks.append(Block(length, length + line.end - line.start, heading=line.heading))
        length += line.end - line.start
    text = "".join(pieces)
    start_map = np.concatenate([*starts, ends[-1][-1:]]) if ends else np.zeros(1, dtype=np.int64)
    end_map = np.concatenate(ends) if ends else np.zeros(0, dtype=np.int64)
    return text, start_map, end_map, blocks


# ---------------------------------------------------------------------- small helpers


def _squeeze(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch not in INVISIBLE)


def _strip_markers(line: str) -> str:
    """trafilatura's plain-text markup: "- " before list items, "| a | b |" for table rows."""
    line = line.strip()
    if line.startswith("- "):
        return line[2:]
    if line.startswith("|"):
        return line.replace("|", " ")
    return line


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
