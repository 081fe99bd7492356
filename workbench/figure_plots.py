"""Charts of figure claims: each claim of a comparison group by claimant and date, conflicts marked."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import TYPE_CHECKING

from .compare import FigureComparison

if TYPE_CHECKING:
    from matplotlib.figure import Figure

AGREES = "#4c72b0"
CONFLICTS = "#c44e52"
VAGUE = "#999999"
TITLE_SIZE = 10.0
#: The share of the figure's width a title may take (the rest is margin).
TITLE_WIDTH = 0.94
#: Characters of a title measured at most: more never fit two lines of a chart.
MOST_CHARACTERS = 600
#: Words a figure's own text may begin with that hedge it already ("about 1,000").
HEDGE_WORDS = (
    "about ", "around ", "approximately ", "roughly ", "some ", "nearly ", "almost ", "over ", "under ",
    "at least ", "more than ", "up to ", "less than ", "fewer than ", "an estimated ", "estimated ",
)  # fmt: skip


def plot_figure_claims(comparison: FigureComparison, group_id: str, *, tolerance: float = 0.1) -> Figure:
    """A dot chart of one group's claims: one row per claim ("claimant · date"), its value as a dot
    labelled as the report writes it, with its hedge ("around 12,000"), a range or hedge as a line
    ("at least" runs right, "up to" runs left), vague figures hollow at their conservative value.
    When the group conflicts, claims away from the median are red. The value axis reads as people
    write numbers ("12,000", "$300bn"), never in scientific notation.

    Built on :class:`matplotlib.figure.Figure` (no pyplot state); returned, never shown.
    """
    from matplotlib.ticker import FuncFormatter

    from .charts import Chart
    from .compare_reports import format_value

    claims = comparison.claims_of(group_id)
    group = comparison.groups[comparison.groups["group_id"] == group_id]
    figure = Chart(figsize=(7.0, 0.45 * max(len(claims), 3) + 1.2), layout="constrained")
    axes = figure.add_subplot()
    if claims.empty or group.empty:
        axes.text(0.5, 0.5, "no claims in this group", ha="center", va="center", transform=axes.transAxes)
        axes.set_axis_off()
        return figure
    summary = group.iloc[0]
    several_reports = claims["doc_id"].nunique() > 1  # name the report only when it tells claims apart
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
            claim_text(claim.text, claim.approx),
            (point, row),
            textcoords="offset points",
            xytext=(0, 7),
            ha="center",
            fontsize=8,
            parse_math=False,
        )
        labels.append(_label(claim.source, claim.when, claim.doc_id if several_reports else None))
    axes.set_yticks(range(len(labels)), labels, fontsize=8, parse_math=False)
    axes.set_ylim(-0.8, len(labels) - 0.2)
    unit = summary["unit"] if isinstance(summary["unit"], str) else None
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _position: format_value(value, unit)))
    axes.set_xlabel(f"value ({unit})" if unit else "value")
    verdict = "conflict" if summary["conflict"] else "consistent"
    subject = f"{summary['counted'] or summary['topic']} ({summary['topic']})"
    conservative = format_value(summary["conservative"], unit)
    title = _title(subject, f"{verdict}; conservative {conservative}", figure)
    figure.suptitle(title, x=(1 - TITLE_WIDTH) / 2, ha="left", fontsize=TITLE_SIZE, parse_math=False)
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def _title(subject: str, verdict: str, figure: Figure) -> str:
    """``subject: verdict`` on at most two lines of the figure's width; when the subject (article
    text, any length) is too long for that, the subject cut to one line and the verdict below it."""
    width = figure.get_figwidth() * 72 * TITLE_WIDTH
    title = fit_lines(f"{subject}: {verdict}", width=width, fontsize=TITLE_SIZE, max_lines=2)
    if title.endswith("…"):
        lines = (
            fit_lines(part, width=width, fontsize=TITLE_SIZE, max_lines=1) for part in (subject, verdict)
        )
        title = "\n".join(lines)
    return title


def fit_lines(text: str, *, width: float, fontsize: float, max_lines: int) -> str:
    """``text`` wrapped at spaces into lines at most ``width`` points wide (measured in the default
    font at ``fontsize``), a word wider than a line broken; past ``max_lines`` lines, cut with "…"."""
    flat = " ".join(text.split())
    lines = _wrap(flat[:MOST_CHARACTERS], width=width, fontsize=fontsize, max_lines=max_lines)
    if len(lines) <= max_lines and len(flat) <= MOST_CHARACTERS:
        return "\n".join(lines)
    kept = lines[:max_lines]
    last = kept[-1]
    while last and _text_width(last + "…", fontsize) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + "…"
    return "\n".join(kept)


def _wrap(text: str, *, width: float, fontsize: float, max_lines: int) -> list[str]:
    """Greedy wrapping; stops once there are more than ``max_lines`` lines."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if _text_width(candidate, fontsize) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while len(line) > 1 and _text_width(line, fontsize) > width:
            cut = _fitting_prefix(line, width=width, fontsize=fontsize)
            lines.append(line[:cut])
            line = line[cut:]
        if len(lines) > max_lines:
            return lines
    return [*lines, line] if line else lines


def _fitting_prefix(text: str, *, width: float, fontsize: float) -> int:
    """The length of the longest prefix of ``text`` no wider than ``width`` (at least one character)."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if _text_width(text[:middle], fontsize) <= width:
            low = middle
        else:
            high = middle - 1
    return low


@lru_cache(maxsize=4096)
def _text_width(text: str, fontsize: float) -> float:
    """The width in points of ``text`` in matplotlib's default font, as plain text (no mathtext)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    width, _height, _descent = text_to_path.get_text_width_height_descent(
        text, FontProperties(size=fontsize), ismath=False
    )
    return float(width)


def claim_text(text: object, approx: object) -> str:
    """A claim as the report words it, hedge included: "around 12,000", "at least 40" (a figure whose
    text carries a hedge already, "about 1,000", is left as it is)."""
    words = str(text) if isinstance(text, str) else ""
    if not isinstance(approx, str) or not approx or words.casefold().startswith(HEDGE_WORDS):
        return words
    return f"{approx} {words}".strip()


def _label(source: object, when: object, doc_id: object) -> str:
    who = source if isinstance(source, str) and source else "(no claimant)"
    date = when if isinstance(when, str) and when else ""
    document = str(doc_id)[:18] if isinstance(doc_id, str) else ""
    parts = [str(who)[:32], date, document]
    return " · ".join(p for p in parts if p)
