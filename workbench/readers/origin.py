"""Where a report's bytes came from: a file or a URL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Origin:
    """The input a reader is reading, for ids, metadata and error messages."""

    #: How errors name the input: the path or the URL.
    label: str
    doc_id: str
    path: Path | None = None
    url: str | None = None
    #: The character set a server declared for the bytes, if any.
    charset: str | None = None

    @classmethod
    def for_file(cls, path: Path) -> Origin:
        return cls(label=str(path), doc_id=path.stem, path=path)
