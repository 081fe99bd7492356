"""One reader per format. Each takes the input's bytes and an :class:`Origin` and returns a Report.

Readers import their heavy libraries (trafilatura, pypdf) only when called, so loading a
``.txt`` never pays for them.
"""

from __future__ import annotations

from collections.abc import Callable

from ..report import Report
from .html import read_html
from .origin import Origin
from .pdf import read_pdf
from .text import read_markdown, read_text

Reader = Callable[[bytes, Origin], Report]

#: File suffix -> reader.
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
}

#: HTTP content type -> reader.
CONTENT_TYPES: dict[str, Reader] = {
    "text/plain": read_text,
    "text/markdown": read_markdown,
    "text/x-markdown": read_markdown,
    "text/html": read_html,
    "application/xhtml+xml": read_html,
    "application/pdf": read_pdf,
}

__all__ = ["CONTENT_TYPES", "READERS", "Origin", "Reader"]
