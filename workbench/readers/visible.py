"""The visible text of an HTML page, with the source offsets of every character.

:func:`visible_text` walks the page with :mod:`html.parser` (character references left
unconverted, so their positions are known) and returns a :class:`VisibleText`: the text a
reader sees, whitespace collapsed to single spaces, cut into blocks at block-level tags,
where character ``i`` came from ``source[starts[i]:ends[i]]`` (a character reference such as
``&amp;`` spans several source characters; a space standing for a block boundary spans none).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import numpy as np

#: Elements that start a new block of text (a line break in the visible text).
BLOCK_TAGS = frozenset(
    """address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table
    tbody td tfoot th thead title tr ul""".split()
)
HEADING_TAGS = {f"h{level}": level for level in range(1, 7)}
#: Elements whose content is never shown as text.
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template"})
#: Characters that take no room on the page and would split words: soft hyphen, zero-width marks, BOM.
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


@dataclass(frozen=True)
class VisibleBlock:
    """A run of visible text between two block boundaries (stream offsets, trimmed)."""

    start: int
    end: int
    #: 1-6 inside ``<h1>``-``<h6>``, else 0.
    heading: int
    #: Inside the page's ``<title>`` element.
    in_title: bool


@dataclass(frozen=True)
class VisibleText:
    """The visible text of a page and the source span of each of its characters."""

    text: str
    starts: np.ndarray
    ends: np.ndarray
    blocks: list[VisibleBlock]

    def squeezed(self) -> tuple[str, np.ndarray]:
        """The text without spaces, and for each of its characters the index in ``text``."""
        index = np.fromiter((i for i, c in enumerate(self.text) if c != " "), dtype=np.int64)
        return "".join(self.text[i] for i in index.tolist()), index


def visible_text(source: str) -> VisibleText:
    """Parse ``source`` (decoded HTML) into its visible text with source offsets."""
    parser = _VisibleTextParser(source)
    parser.feed(source)
    parser.close()
    return parser.result()


class _VisibleTextParser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.hidden: list[str] = []
        self.headings: list[int] = []
        self.in_title = False
        self.blocks: list[VisibleBlock] = []
        self.block_start = 0
        self.block_heading = 0
        self.block_in_title = False

    # ------------------------------------------------------------------ parser events

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden.append(tag)
            return
        if tag in HEADING_TAGS:
            self.headings.append(HEADING_TAGS[tag])
        elif tag == "title":
            self.in_title = True
        if tag in BLOCK_TAGS:
            self._boundary()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS and tag not in HEADING_TAGS and tag != "title":
            self._boundary()

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS:
            if tag in self.hidden:
                del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag) :]
            return
        if tag in HEADING_TAGS and self.headings:
            self.headings.pop()
        elif tag == "title":
            self.in_title = False
        if tag in BLOCK_TAGS:
            self._boundary()

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        at = self._offset()
        for i, char in enumerate(data):
            self._add(char, at + i, at + i + 1)

    def handle_entityref(self, name: str) -> None:
        at = self._offset()
        end = at + 1 + len(name)
        if self.source.startswith(";", end):
            end += 1
        self._add_reference(at, end)

    def handle_charref(self, name: str) -> None:
        at = self._offset()
        end = at + 2 + len(name)
        if self.source.startswith(";", end):
            end += 1
        self._add_reference(at, end)

    # ------------------------------------------------------------------ building the text

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _add_reference(self, start: int, end: int) -> None:
        """A character reference: its characters map to the whole reference."""
        if self.hidden:
            return
        raw = self.source[start:end]
        value = html.unescape(raw)
        # "&pound45" -> "£45": characters the reference did not replace keep their own positions
        kept = 0
        while kept < min(len(raw), len(value)) - 1 and raw[-1 - kept] == value[-1 - kept]:
            kept += 1
        replaced_end = end - kept
        for i, char in enumerate(value):
            if i < len(value) - kept:
                self._add(char, start, replaced_end)
            else:
                at = replaced_end + i - (len(value) - kept)
                self._add(char, at, at + 1)

    def _add(self, char: str, start: int, end: int) -> None:
        if char in INVISIBLE:
            return
        if char.isspace():
            if not self.chars or self.chars[-1] == " ":
                return
            char = " "
        self.chars.append(char)
        self.starts.append(start)
        self.ends.append(end)

    def _boundary(self) -> None:
        """Close the current block; a space stands for the boundary (it spans no source text)."""
        self._close_block()
        if self.chars and self.chars[-1] != " ":
            at = self._offset()
            self.chars.append(" ")
            self.starts.append(at)
            self.ends.append(at)
        self.block_start = len(self.chars)
        self.block_heading = self.headings[-1] if self.headings else 0
        self.block_in_title = self.in_title

    def _close_block(self) -> None:
        start, end = self.block_start, len(self.chars)
        while start < end and self.chars[start] == " ":
            start += 1
        while end > start and self.chars[end - 1] == " ":
            end -= 1
        if end > start:
            self.blocks.append(VisibleBlock(start, end, self.block_heading, self.block_in_title))

    def result(self) -> VisibleText:
        self._close_block()
        self.block_start = len(self.chars)
        return VisibleText(
            text="".join(self.chars),
            starts=np.array(self.starts, dtype=np.int64),
            ends=np.array(self.ends, dtype=np.int64),
            blocks=self.blocks,
        )
