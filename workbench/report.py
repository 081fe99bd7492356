"""Report: one article's text, metadata and structure, with every offset traceable.

``report.text`` is the text the extractors read. For plain text and Markdown it is the
file exactly as decoded; for HTML and PDF it is the extracted body, and
``report.source_span`` maps any span of it back into the decoded file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
import pandas as pd

from . import structure, tokenise
from .frames import with_dtypes

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")

SENTENCE_COLUMNS = ["doc_id", "post_id", "paragraph_id", "sentence_id", "start", "end", "text", "repeat_of"]
TOKEN_COLUMNS = ["doc_id", "post_id", "paragraph_id", "sentence_id", "token_id", "start", "end", "text"]
MIN_REPEAT_SENTENCE_CHARS = 30


@dataclass(eq=False)
class Report:
    """An article ready for extraction.

    Build one with :func:`workbench.load_report`; the constructor is for readers.
    """

    text: str
    doc_id: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    path: Path | None = None
    format: str = "text"
    #: The decoded file, when ``text`` was extracted from it (HTML, PDF); else None.
    source_text: str | None = field(default=None, repr=False)
    #: ``offset_map[i]`` is the index in ``source_text`` of ``text[i]`` (length len(text) + 1).
    offset_map: np.ndarray | None = field(default=None, repr=False)
    #: ``offset_ends[i]`` is where the source of ``text[i]`` ends (an HTML reference such as
    #: ``&amp;`` is several characters long); None when every character has a one-character source.
    offset_ends: np.ndarray | None = field(default=None, repr=False)
    blocks: list[structure.Block] | None = field(default=None, repr=False)
    _memo: dict[str, Any] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.blocks is None:
            self.blocks = structure.line_blocks(self.text)
        self.paragraphs, self.posts = structure.paragraphs_and_posts(self.text, self.blocks)

    # ------------------------------------------------------------------ provenance

    @property
    def name(self) -> str:
        """A short label: the file name, or the doc id."""
        return self.path.name if self.path else self.doc_id

    @cached_property
    def content_hash(self) -> str:
        """SHA-256 of the text: the identity of a report's content."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets into the decoded file of ``text[start:end]``."""
        if self.offset_map is None:
            return start, end
        if end <= start:
            at = int(self.offset_map[start])
            return at, at
        if self.offset_ends is not None:
            return int(self.offset_map[start]), int(self.offset_ends[end - 1])
        return int(self.offset_map[start]), int(self.offset_map[end - 1]) + 1

    def metadata(self) -> dict[str, Any]:
        """Title, published date, source, url, path and format, JSON-ready."""
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "url": self.url,
            "path": str(self.path) if self.path else None,
            "format": self.format,
        }

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """Compute a derived value once per report (extractors cache their work here)."""
        if key not in self._memo:
            self._memo[key] = compute()
        value: T = self._memo[key]
        return value

    # ------------------------------------------------------------------ tokens

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """One row per sentence: ids, offsets, text and ``repeat_of`` (first identical sentence)."""
        rows: list[tuple[object, ...]] = []
        first_seen: dict[str, int] = {}
        paragraphs = self.paragraphs
        for post_id, paragraph_id, para_start, para_end in zip(
            paragraphs["post_id"].tolist(),
            paragraphs["paragraph_id"].tolist(),
            paragraphs["start"].tolist(),
            paragraphs["end"].tolist(),
            strict=True,
        ):
            for start, end in tokenise.sentence_spans(self.text, para_start, para_end):
                sentence_id = len(rows)
                body = self.text[start:end]
                key = " ".join(body.split())
                repeat_of = None
                if len(key) >= MIN_REPEAT_SENTENCE_CHARS:
                    first = first_seen.setdefault(key, sentence_id)
                    repeat_of = None if first == sentence_id else first
                rows.append((self.doc_id, post_id, paragraph_id, sentence_id, start, end, body, repeat_of))
        return with_dtypes(pd.DataFrame(rows, columns=SENTENCE_COLUMNS), {"repeat_of": "Int64"})

    @cached_property
    def tokens(self) -> pd.DataFrame:
        """One row per word token, with the sentence, paragraph and post it belongs to."""
        rows: list[tuple[object, ...]] = []
        sents = self.sentences
        for post_id, paragraph_id, sentence_id, sent_start, sent_end in zip(
            sents["post_id"].tolist(),
            sents["paragraph_id"].tolist(),
            sents["sentence_id"].tolist(),
            sents["start"].tolist(),
            sents["end"].tolist(),
            strict=True,
        ):
            for start, end in tokenise.word_spans(self.text, sent_start, sent_end):
                text = self.text[start:end]
                rows.append((self.doc_id, post_id, paragraph_id, sentence_id, len(rows), start, end, text))
        return pd.DataFrame(rows, columns=TOKEN_COLUMNS)

    @cached_property
    def doc(self) -> Doc:
        """spaCy's tags, parse and entities over this report's NLTK tokens (token i = doc[i])."""
        from .nlp import parse

        return parse(self)

    @cached_property
    def _sentence_bounds(self) -> tuple[np.ndarray, np.ndarray]:
        return self.sentences["start"].to_numpy(), self.sentences["end"].to_numpy()

    @cached_property
    def _token_bounds(self) -> tuple[np.ndarray, np.ndarray]:
        return self.tokens["start"].to_numpy(), self.tokens["end"].to_numpy()

    @cached_property
    def _paragraph_bounds(self) -> tuple[np.ndarray, np.ndarray]:
        return self.paragraphs["start"].to_numpy(), self.paragraphs["end"].to_numpy()

    def sentence_at(self, offset: int) -> int | None:
        """The id of the sentence containing character ``offset``, if any."""
        starts, ends = self._sentence_bounds
        i = int(np.searchsorted(starts, offset, side="right")) - 1
        if i >= 0 and offset < int(ends[i]):
            return i  # sentence ids are row numbers
        return None

    def paragraph_span(self, offset: int) -> tuple[int, int] | None:
        """``(start, end)`` of the paragraph containing character ``offset``, if any."""
        starts, ends = self._paragraph_bounds
        i = int(np.searchsorted(starts, offset, side="right")) - 1
        if i >= 0 and offset < int(ends[i]):
            return int(starts[i]), int(ends[i])
        return None

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices ``[first, last)`` of the tokens overlapping ``text[start:end]``."""
        starts, ends = self._token_bounds
        first = int(np.searchsorted(ends, start, side="right"))
        last = int(np.searchsorted(starts, end, side="left"))
        return first, max(first, last)

    def __repr__(self) -> str:
        published = self.published.isoformat() if self.published else "undated"
        return f"Report({self.name!r}, {published}, {len(self.text)} chars, {len(self.posts)} posts)"
