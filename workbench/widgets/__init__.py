"""Notebook panels: each a small class holding its ipywidgets, displayed by ``display(panel)``."""

from .actor_editor import ActorEditor
from .base import Panel
from .corpus import (
    ActorTimelinePanel,
    CorpusExplorer,
    DisputedFiguresPanel,
    DocumentsPanel,
    FigureTrendPanel,
    QuotedMostPanel,
)
from .disputes import DisputedQuantities, FigureComparisonView
from .explore import KeywordInContext, SentenceTable, StructureView, TopTerms
from .figures import FigureTable
from .quantity_editor import QuantityEditor
from .quotes import QuotePanel
from .report_picker import ReportPicker
from .report_view import ReportView
from .timeline import TimelinePanel

__all__ = [
    "ActorEditor",
    "ActorTimelinePanel",
    "CorpusExplorer",
    "DisputedFiguresPanel",
    "DisputedQuantities",
    "DocumentsPanel",
    "FigureComparisonView",
    "FigureTable",
    "FigureTrendPanel",
    "KeywordInContext",
    "Panel",
    "QuantityEditor",
    "QuotePanel",
    "QuotedMostPanel",
    "ReportPicker",
    "ReportView",
    "SentenceTable",
    "StructureView",
    "TimelinePanel",
    "TopTerms",
]
