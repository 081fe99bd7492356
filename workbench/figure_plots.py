"""Charts of figure claims: each claim of a comparison group by claimant and date, conflicts marked."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .compare import FigureComparison

if TYPE_CHECKING:
    from matplotlib.figure import Figure

AGREES = "#4c72b0"
CONFLICTS = "#c44e52"
VAGUE = "#999999"


def plot_figure_claims(comparison: FigureComparison, group_id: str, *, tolerance: float = 0.1) -> Figure:
    """A dot chart of one group's claims: one row per claim ("claimant · date"), its value as a dot,
    a range or hedge as a line ("at least" runs right, "up to" runs left), vague figures hollow at
    their conservative value. When the group conflicts, claims away from the median are red.

    Built on :class:`matplotlib.figure.Figure` (no pyplot state); returned, never shown.
    """
    from matplotlib.figure import Figure

    claims = comparison.claims_of(group_id)
    group = comparison.groups[comparison.groups["group_id"] == group_id]
    figure = Figure(figsize=(7.0, 0.45 * max(len(claims), 3) + 1.2), layout="constrained")
    axes = figure.add_subplot()
    if claims.empty or group.empty:
        axes.text(0.5, 0.5, "no claims in this group", ha="center", va="center", transform=axes.transAxes)
        axes.set_axis_off()
        return figure
    summary = group.iloc[0]
    median = float(claims["point"].median())
    points = claims["point"].astype(float).tolist()
    span = max(points) - min(points) or max(abs(median), 1.0)
    labels = []
    lows = claims["low"].astype(float).tolist()
    highs = claims["high"].astype(float).tolist()
    for row, claim in enumerate(claims.itertuples()):
        point = points[row]
        away = abs(point - median) > tolerance * max(abs(median), 1e-9)
        colour = VAGUE if claim.vague_floor else CONFLICTS if summary["conflict"] and away else AGREES
        low, high = lows[row], highs[row]
        right = high if math.isfinite(high) else point + 0.25 * span
        if high - low > 0:
            axes.plot([low, right], [row, row], color=colour, linewidth=2, alpha=0.6)
            if not math.isfinite(high):
                axes.annotate(
                    "", xy=(right, row), xytext=(point, row), arrowprops={"arrowstyle": "->", "color": colour}
                )
        axes.scatter(
            [point], [row], s=60, zorder=3, color="white" if claim.vague_floor else colour, edgecolors=colour
        )
        axes.annotate(
            str(claim.text), (point, row), textcoords="offset points", xytext=(0, 7), ha="center", fontsize=8
        )
        labels.append(_label(claim.source, claim.when, claim.doc_id))
    axes.set_yticks(range(len(labels)), labels, fontsize=8)
    axes.set_ylim(-0.8, len(labels) - 0.2)
    unit = summary["unit"] if isinstance(summary["unit"], str) else ""
    axes.set_xlabel(f"value {unit}".strip())
    verdict = "conflict" if summary["conflict"] else "consistent"
    title = f"{summary['counted'] or summary['topic']} ({summary['topic']}): {verdict}"
    axes.set_title(f"{title}; conservative {summary['conservative']:,.0f}"[:100], fontsize=10, loc="left")
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def _label(source: object, when: object, doc_id: object) -> str:
    who = source if isinstance(source, str) and source else "(no claimant)"
    date = when if isinstance(when, str) and when else ""
    document = str(doc_id)[:18] if isinstance(doc_id, str) else ""
    parts = [str(who)[:32], date, document]
    return " · ".join(p for p in parts if p)
