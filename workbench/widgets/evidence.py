"""The evidence controls shared by the quotes, figures and timeline panels.

:func:`order_toggle` offers the report's order or the uncertain rows first
(:func:`workbench.evidence_views.uncertain_first`); :func:`evidence_html` writes a row's evidence
(confidence, rule, candidates) for a card, every word of it escaped.
"""

from __future__ import annotations

from collections.abc import Sequence

import ipywidgets as widgets
import pandas as pd

from ..evidence_views import Who, uncertain_first
from ..html import escape

REPORT_ORDER = "report"
UNCERTAIN_FIRST = "uncertain first"
ORDER_CSS = (
    "<style>.wb-sure{display:inline-block;border-radius:3px;padding:0 5px;margin-right:4px;"
    "font-size:11px;font-weight:bold;color:#fff}"
    ".wb-sure-high{background:#4c8c4a}.wb-sure-medium{background:#b8860b}"
    ".wb-sure-low,.wb-sure-ambiguous{background:#c44e52}.wb-sure-none{background:#888}</style>"
)


def order_toggle() -> widgets.ToggleButtons:
    """The order of a panel's rows: as in the report, or the uncertain attributions first."""
    return widgets.ToggleButtons(
        options=[("as in the report", REPORT_ORDER), ("uncertain first", UNCERTAIN_FIRST)],
        value=REPORT_ORDER,
        description="Order",
        tooltips=[
            "rows in the order the report prints them",
            "ambiguous, low-confidence and unattributed rows first: the ones to check",
        ],
        style={"button_width": "auto"},
    )


def in_order(table: pd.DataFrame, toggle: widgets.ToggleButtons, *, who: Who) -> pd.DataFrame:
    """``table`` in the order ``toggle`` asks for."""
    return uncertain_first(table, who=who) if toggle.value == UNCERTAIN_FIRST else table


def evidence_html(certainty: str, how: object, candidates: Sequence[str] = ()) -> str:
    """A badge with the certainty, then the rule in words and an ambiguous row's candidates (escaped)."""
    parts = [f"<span class='wb-sure wb-sure-{escape(certainty)}'>{escape(certainty)}</span>"]
    if isinstance(how, str) and how:
        parts.append(escape(how))
    elif certainty == "none":
        parts.append("no one named")
    if candidates:
        parts.append(f"· could be: {escape(', '.join(candidates))}")
    return f"<span class='wb-evidence'>{' '.join(parts)}</span>"
