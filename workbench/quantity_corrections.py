"""The analyst's say on which figures state the same quantity: merges and splits, kept across re-runs.

Grouping is a judgement; the analyst has the last word. A merge joins the groups that hold the
given figures; a split takes one figure out of its group. Both are saved in the corrections file
beside the reports (section ``"quantities"``) and applied by :func:`workbench.compare_figures` on
every run. Figures are named by report, offset and text, so a record stops applying (and is
reported, not guessed) when its report changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .corrections import Corrections, corrections_path
from .errors import WorkbenchError
from .report import Report

SECTION = "quantities"


def figure_key(figure: Mapping[str, Any]) -> dict[str, Any]:
    """How a record names a figure: its report, start offset and text."""
    return {"doc_id": str(figure["doc_id"]), "start": int(figure["start"]), "text": str(figure["text"])}


def merge_quantities(corrections: Corrections, figures: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Save that the groups holding ``figures`` (rows of a figure or claims table) are one quantity."""
    if len(figures) < 2:
        raise WorkbenchError("a merge needs figures from at least two groups")
    record = {"action": "merge", "figures": [figure_key(f) for f in figures]}
    with corrections.editing() as fresh:
        fresh.records(SECTION).append(record)
    return record


def split_quantity(corrections: Corrections, figure: Mapping[str, Any]) -> dict[str, Any]:
    """Save that ``figure`` states a quantity of its own, whatever it was grouped with."""
    record = {"action": "split", "figure": figure_key(figure)}
    with corrections.editing() as fresh:
        fresh.records(SECTION).append(record)
    return record


def undo_quantity_correction(corrections: Corrections, record: Mapping[str, Any]) -> bool:
    """Remove the last saved record equal to ``record`` (a merge or split to take back); False when
    the file no longer holds it."""
    with corrections.editing() as fresh:
        records = fresh.records(SECTION)
        for index in range(len(records) - 1, -1, -1):
            if records[index] == dict(record):
                del records[index]
                return True
    return False


def records_for(reports: Iterable[Report]) -> list[dict[str, Any]]:
    """The quantity records saved beside ``reports``: each corrections file read once, in the order
    of the reports (a merge saved beside one report applies wherever its figures are loaded)."""
    paths = dict.fromkeys(corrections_path(report) for report in reports)
    return [dict(record) for path in paths for record in Corrections.load(path).records(SECTION)]


def apply_quantity_corrections(
    keys: Sequence[tuple[str, int, str]], group_ids: Sequence[str], records: Iterable[Mapping[str, Any]]
) -> list[str]:
    """``group_ids`` (one per figure key ``(doc_id, start, text)``) after the records, in the order saved."""
    ids = list(group_ids)
    position = {key: i for i, key in enumerate(keys)}
    made = 0
    for record in records:
        if record.get("action") == "merge":
            found = [position.get(_key(f)) for f in record.get("figures", [])]
            wanted = {ids[i] for i in found if i is not None}
            if len(wanted) > 1:
                target = sorted(wanted)[0]
                ids = [target if g in wanted else g for g in ids]
        elif record.get("action") == "split":
            i = position.get(_key(record.get("figure", {})))
            if i is not None:
                made += 1
                ids[i] = f"S{made:03d}"  # a group of its own
    return ids


def _key(figure: Mapping[str, Any]) -> tuple[str, int, str]:
    try:
        return str(figure["doc_id"]), int(figure["start"]), str(figure["text"])
    except (KeyError, TypeError, ValueError):
        return "", -1, ""
