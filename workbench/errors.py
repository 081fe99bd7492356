"""The library's exceptions: one line that names the input and the problem."""

from __future__ import annotations


class WorkbenchError(Exception):
    """Base class of every error the workbench raises on purpose.

    ``str(error)`` is a single line meant for the analyst, e.g.
    ``"reports/x.pdf: encrypted PDF (no password given)"``.
    """


class ReportError(WorkbenchError):
    """A report could not be loaded: missing, unreadable, empty, too big or of an unknown kind."""

    def __init__(self, source: object, problem: str) -> None:
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")


class CorrectionsError(WorkbenchError):
    """The analyst's corrections file is corrupt; it is left untouched."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem} (the file was left as it is; fix or move it)")
