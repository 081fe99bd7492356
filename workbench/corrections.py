"""The analyst's corrections: one JSON file beside the data, applied on every run.

The file holds named sections (``"speakers"``, ``"actors"``, ...), each a list of
records that the extractor owning the section knows how to apply. It is written
atomically; a corrupt file raises :class:`CorrectionsError` and is never overwritten.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import CorrectionsError
from .files import atomic_write_json
from .report import Report

FILE_NAME = "workbench-corrections.json"
FORMAT_VERSION = 1


class Corrections:
    """Sections of correction records, read from and saved to one file."""

    def __init__(self, path: Path, sections: dict[str, list[dict[str, Any]]] | None = None) -> None:
        self.path = path
        self.sections: dict[str, list[dict[str, Any]]] = sections or {}

    @classmethod
    def load(cls, path: str | Path) -> Corrections:
        """Read a corrections file; a missing file gives empty corrections."""
        path = Path(path)
        if not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CorrectionsError(path, f"cannot read corrections ({exc})") from None
        if not isinstance(data, dict) or not isinstance(data.get("sections", {}), dict):
            raise CorrectionsError(path, "corrections must be a JSON object with a 'sections' object")
        sections = data.get("sections", {})
        for name, records in sections.items():
            if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
                raise CorrectionsError(path, f"section {name!r} must be a list of objects")
        return cls(path, sections)

    def records(self, section: str) -> list[dict[str, Any]]:
        """The records of one section (a live list; call :meth:`save` after changing it)."""
        return self.sections.setdefault(section, [])

    def save(self) -> None:
        """Write the file atomically (refusing to replace a file that no longer parses)."""
        if self.path.exists():
            Corrections.load(self.path)  # raises on a corrupt file rather than overwrite it
        atomic_write_json(self.path, {"version": FORMAT_VERSION, "sections": self.sections})

    @contextmanager
    def editing(self) -> Iterator[Corrections]:
        """``with corrections.editing() as c: ...`` re-reads the file, lets you change it, saves it."""
        fresh = Corrections.load(self.path)
        yield fresh
        fresh.save()
        self.sections = fresh.sections


def corrections_path(report: Report) -> Path:
    """Where a report's corrections live: beside its file, or in the state folder for pasted text."""
    if report.path is not None:
        return report.path.parent / FILE_NAME
    from .current import state_dir

    return state_dir() / FILE_NAME


def corrections_for(report: Report) -> Corrections:
    """The corrections that apply to ``report``."""
    return Corrections.load(corrections_path(report))
