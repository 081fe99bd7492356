"""Notebook panels: each a small class holding its ipywidgets, displayed by ``display(panel)``."""

from .base import Panel
from .explore import KeywordInContext, SentenceTable, StructureView, TopTerms
from .report_picker import ReportPicker
from .report_view import ReportView

__all__ = [
    "KeywordInContext",
    "Panel",
    "ReportPicker",
    "ReportView",
    "SentenceTable",
    "StructureView",
    "TopTerms",
]
