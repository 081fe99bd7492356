"""Analyst Workbench: actors, dated events, figures and quotes from news reports, with provenance.

>>> import workbench as wb
>>> report = wb.load_report("data/000_586bd0836be2d8ac.txt")
>>> quotes = wb.extract_quotes(report)          # one row per quote, with offsets
"""

from .actors import (
    ActorRegistry,
    actor_mentions,
    actor_registry,
    extract_actors,
    merge_actors,
    rename_actor,
    retype_actor,
    split_alias,
)
from .compare import FigureComparison, compare_figures
from .corpus import Corpus, analyse_corpus
from .corrections import Corrections, corrections_for
from .current import load_current_report, set_current_report
from .dates import extract_dates
from .errors import CorrectionsError, ReportError, WorkbenchError
from .events import extract_corpus_events, extract_events
from .explore import keyword_in_context, plot_top_terms, post_summary, term_frequencies
from .extract import Extraction, extract
from .figures import extract_figures
from .load import load_corpus, load_report
from .quotes import extract_quotes
from .report import Report

__version__ = "0.1.0"

__all__ = [
    "ActorRegistry",
    "Corpus",
    "Corrections",
    "CorrectionsError",
    "Extraction",
    "FigureComparison",
    "Report",
    "ReportError",
    "WorkbenchError",
    "__version__",
    "actor_mentions",
    "actor_registry",
    "analyse_corpus",
    "compare_figures",
    "corrections_for",
    "extract",
    "extract_actors",
    "extract_corpus_events",
    "extract_dates",
    "extract_events",
    "extract_figures",
    "extract_quotes",
    "keyword_in_context",
    "load_corpus",
    "load_current_report",
    "load_report",
    "merge_actors",
    "plot_top_terms",
    "post_summary",
    "rename_actor",
    "retype_actor",
    "set_current_report",
    "split_alias",
    "term_frequencies",
]
