"""The base of panels that show one report and follow a :class:`ReportPicker`."""

from __future__ import annotations

from ..report import Report
from .base import Panel
from .report_picker import ReportPicker


class ReportView(Panel):
    """A panel about one report. Given a picker, it follows the picker's choice.

    Subclasses build their widgets, then call :meth:`refresh`; ``refresh`` redraws from
    ``self.report``.
    """

    def __init__(self, source: Report | ReportPicker) -> None:
        super().__init__()
        if isinstance(source, ReportPicker):
            self.report = source.report
            source.on_report(self.show)
        else:
            self.report = source

    def show(self, report: Report) -> None:
        """Switch to ``report`` and redraw."""
        self.report = report
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError
