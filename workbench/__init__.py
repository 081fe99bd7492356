"""Analyst Workbench: actors, dated events, figures and quotes from news reports, with provenance.

>>> import workbench as wb
>>> report = wb.load_report("data/000_586bd0836be2d8ac.txt")
>>> quotes = wb.extract_quotes(report)          # one row per quote, with offsets

Names are imported on first use (``wb.load_report`` imports ``workbench.load``), so
``import workbench`` and the command line pay only for what they use.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

from .errors import CorrectionsError, ReportError, WorkbenchError

# Imported now, not lazily: the name ``extract`` is both this function and the submodule
# ``workbench.extract``, and importing the submodule later would rebind ``wb.extract`` to it.
from .extract import Extraction, extract

if TYPE_CHECKING:
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
    from .events import extract_corpus_events, extract_events
    from .explore import keyword_in_context, plot_top_terms, post_summary, term_frequencies
    from .figures import extract_figures
    from .load import load_corpus, load_report
    from .quotes import extract_quotes
    from .report import Report

__version__ = "0.1.0"

#: Public name -> the submodule that defines it, imported when the name is first used.
_LAZY = {
    "ActorRegistry": "actors",
    "actor_mentions": "actors",
    "actor_registry": "actors",
    "extract_actors": "actors",
    "merge_actors": "actors",
    "rename_actor": "actors",
    "retype_actor": "actors",
    "split_alias": "actors",
    "FigureComparison": "compare",
    "compare_figures": "compare",
    "Corpus": "corpus",
    "analyse_corpus": "corpus",
    "Corrections": "corrections",
    "corrections_for": "corrections",
    "load_current_report": "current",
    "set_current_report": "current",
    "extract_dates": "dates",
    "extract_corpus_events": "events",
    "extract_events": "events",
    "keyword_in_context": "explore",
    "plot_top_terms": "explore",
    "post_summary": "explore",
    "term_frequencies": "explore",
    "extract_figures": "figures",
    "load_corpus": "load",
    "load_report": "load",
    "extract_quotes": "quotes",
    "Report": "report",
}


def __getattr__(name: str) -> Any:
    """A public name (or a submodule, as ``wb.load``) imported on first use."""
    if name in _LAZY:
        value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    elif importlib.util.find_spec(f"{__name__}.{name}") is not None:
        value = importlib.import_module(f"{__name__}.{name}")
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


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
