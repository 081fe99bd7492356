"""Figure comparison over report files: what ``workbench compare`` prints (JSON, CSV or text).

:func:`compare_reports` extracts the reports through the corpus cache
(:func:`workbench.analyse_corpus`), groups their figures with :func:`workbench.compare_figures`
and keeps, for every group, each figure occurrence with its report path, offsets, claimant
and date: the claims, and the repeats and unit conversions that restate them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .compare import FigureComparison, compare_figures
from .corpus import Corpus, analyse_corpus
from .corrections import FILE_NAME as CORRECTIONS_FILE
from .corrections import Corrections
from .extract import json_value
from .quantity_corrections import SECTION

#: The fields of each member in ``workbench compare --format json`` (see FORMAT.md, section 4).
MEMBER_FIELDS = [
    "article", "doc_id", "start", "end", "text", "value", "value_max", "unit", "counted", "claimant",
    "approx", "date", "role",
]  # fmt: skip
MIN_MEMBERS = 2
SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))
CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€"}


@dataclass
class ReportComparison:
    """The groups of a comparison and every figure occurrence in them, with the report it came from."""

    comparison: FigureComparison
    members: pd.DataFrame

    def member_table(self) -> pd.DataFrame:
        """One row per member: the group's label and verdict, then the member's fields."""
        if self.members.empty:
            return pd.DataFrame(columns=["group_id", "label", "conflict", *MEMBER_FIELDS])
        groups = self.comparison.groups.set_index("group_id")
        table = self.members.assign(
            label=self.members["group_id"].map(lambda g: group_label(groups.loc[g])),
            conflict=self.members["group_id"].map(lambda g: bool(groups.loc[g, "conflict"])),
        )
        return table[["group_id", "label", "conflict", *MEMBER_FIELDS]].reset_index(drop=True)

    def to_json(self) -> dict[str, Any]:
        """``{"groups": [...]}``, most disputed first, each with its members."""
        groups = []
        for group in self.comparison.groups.to_dict("records"):
            mine = self.members[self.members["group_id"] == group["group_id"]]
            groups.append(
                {
                    "group_id": group["group_id"],
                    "label": group_label(group),
                    "kind": group["kind"],
                    "unit": group["unit"],
                    "low": json_value(group["low"]),
                    "high": json_value(group["high"]),
                    "low_text": format_value(group["low"], group["unit"]),
                    "high_text": format_value(group["high"], group["unit"]),
                    "conflict": bool(group["conflict"]),
                    "why": group_reason(group),
                    "claimants": list(group["sources"]),
                    "members": [
                        {k: json_value(v) for k, v in m.items()}
                        for m in mine[MEMBER_FIELDS].to_dict("records")
                    ],
                }
            )
        return {"groups": groups}

    def to_text(self) -> str:
        """A plain-text account: one block per group, one line per claim."""
        if self.comparison.groups.empty:
            return "No two figures in these reports state the same quantity."
        blocks = []
        for group in self.comparison.groups.to_dict("records"):
            verdict = "CONFLICT" if group["conflict"] else "agree"
            spread = format_value(group["low"], group["unit"])
            if group["high"] != group["low"]:
                spread += f" to {format_value(group['high'], group['unit'])}"
            lines = [f"{group['group_id']}  {group_label(group)}: {spread} ({verdict})"]
            mine = self.members[self.members["group_id"] == group["group_id"]]
            for member in mine.to_dict("records"):
                claimant = member["claimant"] if isinstance(member["claimant"], str) else "(no claimant)"
                when = member["date"] if isinstance(member["date"], str) else ""
                lines.append(
                    f"    {member['text']:>14}  {claimant}  {when}  [{member['doc_id']}, {member['role']}]"
                )
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)


def compare_reports(
    sources: str | Path | Iterable[str | Path],
    *,
    tolerance: float = 0.1,
    cache_dir: str | Path | None = None,
    progress: bool = False,
) -> ReportComparison:
    """Compare the figures of every report of a folder, glob or list (extracted through the cache)."""
    corpus = analyse_corpus(sources, cache_dir=cache_dir, progress=progress)
    figures = corpus.figures
    every = compare_figures(figures, tolerance=tolerance, min_claims=1, corrections=saved_merges(corpus))
    members = every.members(figures)
    if members.empty:
        return ReportComparison(every, pd.DataFrame(columns=["group_id", *MEMBER_FIELDS]))
    # a claim with its repeats or conversions is a group too: the same quantity, printed again
    sizes = members["group_id"].value_counts()
    kept = set(sizes[sizes >= MIN_MEMBERS].index)
    comparison = FigureComparison(
        every.groups[every.groups["group_id"].isin(kept)].reset_index(drop=True),
        every.claims[every.claims["group_id"].isin(kept)].reset_index(drop=True),
    )
    members = members[members["group_id"].isin(kept)]
    paths = dict(zip(corpus.documents["doc_id"], corpus.documents["path"], strict=True))
    members = members.assign(
        article=members["doc_id"].map(paths),
        claimant=members["source"],
    )
    order = {g: i for i, g in enumerate(comparison.groups["group_id"])}
    members = members.sort_values(
        by=["group_id", "doc_id", "start"], key=lambda c: c.map(order) if c.name == "group_id" else c
    )
    return ReportComparison(comparison, members[["group_id", *MEMBER_FIELDS]].reset_index(drop=True))


def saved_merges(corpus: Corpus) -> list[dict[str, Any]]:
    """The quantity corrections saved beside the corpus's reports (one file per folder)."""
    folders = {Path(p).parent for p in corpus.documents["path"] if isinstance(p, str) and "://" not in p}
    records: list[dict[str, Any]] = []
    for folder in sorted(folders):
        records.extend(Corrections.load(folder / CORRECTIONS_FILE).records(SECTION))
    return records


def readable_groups(comparison: FigureComparison) -> pd.DataFrame:
    """One row per group as people read it: label, conflict, claims, low and high as written
    ("$300bn", "12,000"), conservative estimate, claimants, reports, why grouped; most disputed first."""
    rows = [
        {
            "group_id": group["group_id"],
            "quantity": group_label(group),
            "conflict": bool(group["conflict"]),
            "claims": int(group["claims"]),
            "low": format_value(group["low"], group["unit"]),
            "high": format_value(group["high"], group["unit"]),
            "conservative": format_value(group["conservative"], group["unit"]),
            "claimants": ", ".join(group["sources"]),
            "reports": len(group["doc_ids"]),
            "why": group_reason(group),
        }
        for group in comparison.groups.to_dict("records")
    ]
    columns = ["group_id", "quantity", "conflict", "claims", "low", "high", "conservative", "claimants"]
    return pd.DataFrame(rows, columns=[*columns, "reports", "why"])


def group_label(group: Any) -> str:
    """What a group counts, for people: "people killed", "North Korean troops" ..."""
    counted = group["counted"] if isinstance(group["counted"], str) else ""
    topic = group["topic"] if isinstance(group["topic"], str) else ""
    if topic and topic not in counted.lower():
        return f"{counted} ({topic})" if counted else topic
    kind = group["kind"] if isinstance(group.get("kind"), str) else ""
    return counted or topic or kind or "figures"


def group_reason(group: Any) -> str:
    """Why the members were grouped, in words."""
    parts = [f"same kind ({group['kind']})"]
    if isinstance(group["unit"], str):
        parts.append(f"same unit ({group['unit']})")
    if isinstance(group["topic"], str) and group["topic"]:
        parts.append(f"same thing counted ({group['topic']})")
    return ", ".join(parts)


def format_value(value: Any, unit: Any) -> str:
    """A value as people write it: ``12,000``, ``$300bn``, ``40%``, ``2.5 km``; infinite as "no limit"."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""
    if math.isinf(number):
        return "no upper bound"
    sign = CURRENCY_SIGNS.get(unit) if isinstance(unit, str) else None
    if sign is not None:
        for scale, suffix in SCALES:
            if abs(number) >= scale:
                return f"{sign}{_plain(number / scale)}{suffix}"
        return f"{sign}{_plain(number)}"
    text = _plain(number)
    if not isinstance(unit, str) or not unit:
        return text
    return f"{text}%" if unit == "%" else f"{text} {unit}"


def _plain(number: float) -> str:
    """``12000.0`` -> "12,000"; ``2.5`` -> "2.5"; ``0.6667`` -> "0.67"."""
    if number == int(number):
        return f"{int(number):,}"
    return f"{number:,.2f}".rstrip("0").rstrip(".")
