"""Choosing the current report in a notebook: a file, an upload, pasted text or a URL, and its date."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ..current import (
    DEFAULT_REPORT,
    current_choice,
    report_choices,
    save_text,
    save_upload,
    save_url,
    set_current_report,
)
from ..errors import WorkbenchError
from ..html import escape
from ..load import load_report
from ..readers import READERS
from ..report import Report
from .base import Panel
from .tables import TABLE_STYLE, count, note

Listener = Callable[[Report], None]


class ReportPicker(Panel):
    """Pick the current report and its publication date; other panels follow it (:meth:`on_report`).

    Every choice is saved as the current report (:mod:`workbench.current`), so the other
    notebooks open it by default. Uploads, pasted text and URLs are saved as files first.
    """

    def __init__(self, *, folders: list[Path] | None = None) -> None:
        super().__init__()
        self.folders = folders
        self._listeners: list[Listener] = []
        self._quiet = False  # True while the panel sets its own widgets
        wide = widgets.Layout(width="min(100%, 760px)")
        self.choice = widgets.Dropdown(description="Report", layout=wide)
        self.upload = widgets.FileUpload(
            accept=",".join(sorted(READERS)), multiple=False, description="Upload"
        )
        self.url = widgets.Text(
            placeholder="https://…", description="URL", layout=widgets.Layout(width="480px")
        )
        self.fetch = widgets.Button(description="Fetch", icon="download")
        self.paste = widgets.Textarea(
            placeholder="…or paste an article here: headline on the first line, one paragraph per line",
            layout=widgets.Layout(width="min(100%, 760px)", height="90px"),
        )
        self.use_paste = widgets.Button(description="Use pasted text", icon="paste")
        self.published = widgets.DatePicker(description="Published")
        self.status = widgets.HTML()
        self.report, problem = self._initial_report()
        self._show_choices()
        self._show_report()
        if problem:
            self.status.value = note(problem, error=True) + self.status.value

        self.choice.observe(self._on_choice, names="value")
        self.upload.observe(self._on_upload, names="value")
        self.fetch.on_click(self._on_fetch)
        self.use_paste.on_click(self._on_paste)
        self.published.observe(self._on_date, names="value")
        self.box = widgets.VBox(
            [
                self.choice,
                widgets.HBox([self.upload, self.url, self.fetch]),
                widgets.HBox([self.paste, self.use_paste]),
                self.published,
                self.status,
                self.output,
            ]
        )

    def on_report(self, listener: Listener) -> None:
        """Call ``listener(report)`` whenever the report or its date changes."""
        self._listeners.append(listener)

    def choose(self, source: str | Path, *, published: dt.date | None = None) -> None:
        """Make ``source`` the current report (its own date unless ``published`` is given)."""
        try:
            report = load_report(source, published=published)
            set_current_report(source, published=published)
        except WorkbenchError as exc:
            self.status.value = note(str(exc), error=True)
            self._show_choices()  # back to the report still in use
            return
        self.report = report
        self._show_choices()
        self._show_report()
        for listener in self._listeners:
            try:
                listener(report)
            except Exception as exc:  # one broken panel must not stop the others
                self.status.value += note(f"a panel failed to update: {exc}", error=True)

    # ------------------------------------------------------------------ events

    def _on_choice(self, change: dict[str, Any]) -> None:
        if not self._quiet and change["new"] and change["new"] != self._source():
            self.choose(change["new"])

    def _on_upload(self, change: dict[str, Any]) -> None:
        for item in change["new"]:
            self._save_and_choose(functools.partial(save_upload, item["name"], bytes(item["content"])))

    def _on_fetch(self, _button: widgets.Button) -> None:
        self._save_and_choose(lambda: save_url(self.url.value))

    def _on_paste(self, _button: widgets.Button) -> None:
        self._save_and_choose(lambda: save_text(self.paste.value))

    def _on_date(self, change: dict[str, Any]) -> None:
        if not self._quiet and change["new"] != change["old"]:
            self.choose(self._source(), published=change["new"])

    def _save_and_choose(self, save: Callable[[], Path]) -> None:
        self.status.value = note("loading…")
        try:
            path = save()
        except WorkbenchError as exc:
            self.status.value = note(str(exc), error=True)
            return
        self.choose(path)

    # ------------------------------------------------------------------ display

    def _initial_report(self) -> tuple[Report, str | None]:
        """The saved current report, or the bundled one (and why) when it cannot be opened."""
        choice = current_choice()
        try:
            return load_report(choice["source"], published=choice.get("published")), None
        except WorkbenchError as exc:
            return load_report(DEFAULT_REPORT), f"{exc} (showing the bundled report instead)"

    def _source(self) -> str:
        """The current report as the dropdown names it: a resolved path, or a URL."""
        report = self.report
        return str(report.path.resolve()) if report.path else (report.url or report.doc_id)

    def _show_choices(self) -> None:
        options = [(label, str(path.resolve())) for label, path in report_choices(self.folders)]
        current = self._source()
        if current not in {value for _, value in options}:
            options.insert(0, (self.report.name, current))
        self._quietly(lambda: setattr(self.choice, "options", options))
        self._quietly(lambda: setattr(self.choice, "value", current))

    def _show_report(self) -> None:
        report = self.report
        self._quietly(lambda: setattr(self.published, "value", report.published))
        paragraphs = report.paragraphs
        chosen_date = current_choice().get("published") is not None
        facts = [
            f"<b>{escape(report.title or report.name)}</b>",
            escape(report.source or ""),
            "published " + (report.published.isoformat() if report.published else "not known: set it below"),
            "(date set by you)" if chosen_date else "",
            f"{count(len(report.posts), 'post')}, {count(len(paragraphs), 'paragraph')}, {report.format}",
        ]
        self.status.value = (
            TABLE_STYLE + '<div class="wb-note">' + " · ".join(f for f in facts if f) + "</div>"
        )

    def _quietly(self, update: Callable[[], object]) -> None:
        self._quiet, was = True, self._quiet
        try:
            update()
        finally:
            self._quiet = was
