"""PDF reports (pypdf): extracted text with wrapped lines joined into one paragraph per line.

``report.source_text`` is the raw text pypdf extracts (pages separated by a form feed,
``\\f``); ``report.text`` joins the lines a paragraph was wrapped over, removes line-break
hyphens ("govern-" + "ment" -> "government") and drops bare page numbers at page edges.
``report.offset_map`` maps every character back to the raw text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from ..errors import ReportError
from ..report import Report
from ..structure import is_headline_like, is_timestamp
from .origin import Origin
from .text import first_paragraph

PAGE_BREAK = "\f"
#: A line at least this share of the usual line width was wrapped, not ended.
FULL_LINE = 0.8
_FINAL_PUNCTUATION = ".!?:;…"
_CLOSERS = "\"'”’)]» "
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", re.IGNORECASE)
_BROKEN_WORD = re.compile(r"(\w+)-$")
_WORD_START = re.compile(r"\w+")
_JUNK_TITLE = re.compile(r"^(?:microsoft\s+\w+\s+-|untitled\b)|\.(?:docx?|pdf|indd|rtf|odt)$", re.IGNORECASE)


@dataclass(frozen=True)
class PdfText:
    """The raw extracted text of a PDF and its document information."""

    raw: str
    pages: int
    title: str | None
    created: dt.date | None


def read_pdf(data: bytes, origin: Origin) -> Report:
    """A PDF: its text, one paragraph per line, mapped back to the raw extracted text."""
    pdf = extract_pdf_text(data, where=origin.label)
    text, offset_map = join_lines(pdf.raw)
    report = Report(
        text=text,
        doc_id=origin.doc_id,
        path=origin.path,
        url=origin.url,
        format="pdf",
        source_text=pdf.raw,
        offset_map=offset_map,
    )
    report.title = pdf.title or first_paragraph(report)
    report.published = pdf.created
    return report


def extract_pdf_text(data: bytes, *, where: str) -> PdfText:
    """pypdf's text of every page; a clear error for non-PDFs, encrypted and image-only PDFs."""
    if b"%PDF-" not in data[:1024]:
        raise ReportError(where, "not a PDF file (no %PDF- header)")
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    with _quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data))
        except Exception as exc:  # pypdf raises many kinds on damaged files
            raise ReportError(where, f"not a readable PDF ({_one_line(exc)})") from None
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))
            except DependencyError:
                raise ReportError(
                    where, "encrypted PDF; opening it needs the 'cryptography' package"
                ) from None
            except Exception:
                opened = False
            if not opened:
                raise ReportError(where, "encrypted PDF that needs a password; save a copy without one")
        pages = []
        for number, page in enumerate(reader.pages, start=1):
            try:
                pages.append(page.extract_text() or "")
            except Exception as exc:
                raise ReportError(
                    where, f"cannot read the text of page {number} ({_one_line(exc)})"
                ) from None
        title, created = _document_info(reader)
    raw = PAGE_BREAK.join(pages)
    if not raw.strip():
        raise ReportError(
            where, f"image-only PDF: no extractable text on its {len(pages)} page(s); run OCR on it first"
        )
    return PdfText(raw=raw, pages=len(pages), title=title, created=created)


def join_lines(raw: str) -> tuple[str, np.ndarray]:
    """One paragraph per line, and ``offset_map`` (``text[i]`` is ``raw[offset_map[i]]``, or joins there).

    A line continues the paragraph when it was wrapped: the line before ends mid-sentence
    and this one starts in lower case, or the line before fills the usual width (unless
    it ends a sentence and this one is a short headline). Timestamps stand alone.
    """
    lines = _lines(raw)
    width = _usual_width(raw, lines)
    chars: list[str] = []
    where: list[int] = []
    previous: tuple[int, int] | None = None
    for start, end in lines:
        if previous is not None:
            join = _join(raw, raw[previous[0] : previous[1]], raw[start:end], width)
            if join == "dehyphenate":
                chars.pop()
                where.pop()
            elif join == "space":
                chars.append(" ")
                where.append(previous[1])
            elif join == "paragraph":
                chars.append("\n")
                where.append(previous[1])
        chars.extend(raw[start:end])
        where.extend(range(start, end))
        previous = (start, end)
    where.append(where[-1] + 1 if where else 0)
    return "".join(chars), np.array(where, dtype=np.int64)


def _lines(raw: str) -> list[tuple[int, int]]:
    """Non-blank lines (trimmed spans), without bare page numbers at the top or bottom of a page."""
    lines: list[tuple[int, int]] = []
    page_start = 0
    for page in raw.split(PAGE_BREAK):
        spans = []
        for match in re.finditer(r"[^\n\r]+", page):
            s, e = match.span()
            text = match.group()
            s += len(text) - len(text.lstrip())
            e -= len(text) - len(text.rstrip())
            if e > s:
                spans.append((page_start + s, page_start + e))
        edges = {0, len(spans) - 1}
        lines.extend(
            span
            for i, span in enumerate(spans)
            if not (i in edges and _PAGE_NUMBER.match(raw[span[0] : span[1]]))
        )
        page_start += len(page) + len(PAGE_BREAK)
    return lines


def _usual_width(raw: str, lines: list[tuple[int, int]]) -> float:
    lengths = [e - s for s, e in lines if e - s >= 20]
    return float(np.quantile(lengths, 0.9)) if lengths else float("inf")


def _join(raw: str, before: str, after: str, width: float) -> str:
    """How ``after`` follows ``before``: "space", "dehyphenate", "hyphen" (kept, no space) or "paragraph"."""
    if is_timestamp(before) or is_timestamp(after):
        return "paragraph"
    broken = _BROKEN_WORD.search(before)
    if broken and after[:1].isalnum():
        return "dehyphenate" if _drop_hyphen(raw, broken.group(1), after) else "hyphen"
    ends_sentence = before.rstrip(_CLOSERS)[-1:] in tuple(_FINAL_PUNCTUATION)
    if not ends_sentence and after[:1].islower():
        return "space"
    if len(before) >= FULL_LINE * width:
        headline_next = is_headline_like(after) and len(after) < FULL_LINE * width
        return "paragraph" if ends_sentence and headline_next else "space"
    return "paragraph"


def _drop_hyphen(raw: str, head: str, after: str) -> bool:
    """True when "head-" + "tail" is one word broken by the line end, not a hyphenated compound.

    A lower-case continuation is a broken word unless the document spells the
    hyphenated compound elsewhere and never the joined word.
    """
    tail_match = _WORD_START.match(after)
    if tail_match is None or not tail_match.group()[0].islower():
        return False
    tail = tail_match.group()

    def count(word: str) -> int:
        return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", raw, re.IGNORECASE))

    return not (count(f"{head}-{tail}") and not count(head + tail))


def _document_info(reader: object) -> tuple[str | None, dt.date | None]:
    """Title and creation date from the PDF's document information, when usable."""
    try:
        meta = reader.metadata  # type: ignore[attr-defined]
        title = " ".join((meta.title or "").split()) if meta else ""
        created = meta.creation_date if meta else None
    except Exception:  # malformed information dictionaries are common and harmless
        return None, None
    if _JUNK_TITLE.search(title):
        title = ""
    return title or None, created.date() if isinstance(created, dt.datetime) else None


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs a warning for every small flaw of a file; the analyst needs none of them."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
