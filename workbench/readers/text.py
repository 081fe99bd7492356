"""Plain text and Markdown: the text is the file exactly as decoded."""

from __future__ import annotations

from .. import structure
from ..report import Report
from .decode import decode_text
from .origin import Origin


def read_text(data: bytes, origin: Origin) -> Report:
    """Plain text: one paragraph per line; the first line is the title."""
    text = decode_text(data, where=origin.label, declared=origin.charset)
    report = Report(text=text, doc_id=origin.doc_id, path=origin.path, url=origin.url, format="text")
    report.title = first_paragraph(report)
    return report


def read_markdown(data: bytes, origin: Origin) -> Report:
    """Markdown: paragraphs split on blank lines; ``#`` headings are headlines."""
    text = decode_text(data, where=origin.label, declared=origin.charset)
    report = Report(
        text=text,
        doc_id=origin.doc_id,
        path=origin.path,
        url=origin.url,
        format="markdown",
        blocks=structure.markdown_blocks(text),
    )
    report.title = first_paragraph(report)
    return report


def first_paragraph(report: Report) -> str | None:
    """The text of the report's first paragraph (its title line), if it has one."""
    if report.paragraphs.empty:
        return None
    return str(report.paragraphs["text"].iat[0]).lstrip("\ufeff")
