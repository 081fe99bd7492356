"""The analyst's say on which figures state one quantity: merge two groups, split a figure out.

Each choice is saved as a correction (:func:`workbench.quantity_corrections.merge_quantities`,
:func:`~workbench.quantity_corrections.split_quantity`) in the corrections file beside the report
the figure comes from, and applied by :func:`workbench.compare_figures` on every run; the last
change saved here can be taken back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ..compare import FigureComparison
from ..compare_reports import group_label
from ..corrections import Corrections
from ..errors import WorkbenchError
from ..figure_plots import claim_text
from ..quantity_corrections import merge_quantities, split_quantity, undo_quantity_correction
from .tables import note

#: Where the correction about a figure (a claims row) is saved.
SaveTo = Callable[[Mapping[str, Any]], Corrections]
NO_CLAIMANT = "no claimant"


class QuantityEditor:
    """Merge two quantities or split a figure out of its group; ``on_change`` runs after each save.

    :meth:`offer` fills the choices from a comparison made with ``min_claims=1`` (so a lone figure
    can join a group too).
    """

    def __init__(self, *, save_to: SaveTo, on_change: Callable[[], None]) -> None:
        self.save_to = save_to
        self.on_change = on_change
        wide = widgets.Layout(width="min(100%, 620px)")
        self.first = widgets.Dropdown(description="Merge", layout=wide)
        self.second = widgets.Dropdown(description="with", layout=wide)
        self.merge_button = widgets.Button(
            description="Merge", icon="compress", tooltip="the two are one quantity: compare them together"
        )
        self.figure = widgets.Dropdown(description="Split", layout=wide)
        self.split_button = widgets.Button(
            description="Split out", icon="expand", tooltip="this figure states a quantity of its own"
        )
        self.undo_button = widgets.Button(description="Undo last change", icon="undo", disabled=True)
        self.status = widgets.HTML()
        self.claims = pd.DataFrame()
        self._groups = pd.DataFrame()
        self._last: tuple[Corrections, dict[str, Any]] | None = None
        self.merge_button.on_click(lambda _button: self.merge())
        self.split_button.on_click(lambda _button: self.split())
        self.undo_button.on_click(lambda _button: self.undo())
        self.box = widgets.VBox(
            [
                widgets.HTML(
                    note(
                        "Saved beside the reports (workbench-corrections.json) and applied every time "
                        "this notebook runs."
                    )
                ),
                widgets.HBox([self.first]),
                widgets.HBox([self.second, self.merge_button]),
                widgets.HBox([self.figure, self.split_button]),
                widgets.HBox([self.undo_button, self.status]),
            ]
        )

    def offer(self, comparison: FigureComparison) -> None:
        """Offer every quantity to merge (groups of two claims or more first) and every grouped claim to split."""
        self.claims = comparison.claims.reset_index(drop=True)
        sizes = self.claims["group_id"].value_counts() if not self.claims.empty else pd.Series(dtype=int)
        groups = comparison.groups.assign(size=comparison.groups["group_id"].map(sizes).fillna(0))
        self._groups = groups.set_index("group_id")
        ordered = pd.concat([groups[groups["size"] >= 2], groups[groups["size"] < 2]])
        quantities = [(self._quantity_label(g), str(g["group_id"])) for g in ordered.to_dict("records")]
        for dropdown, pick in ((self.first, 0), (self.second, 1)):
            kept = dropdown.value if dropdown.value in {v for _, v in quantities} else None
            dropdown.options = quantities
            dropdown.value = kept or (quantities[pick][1] if len(quantities) > pick else None)
        grouped = (
            self.claims[self.claims["group_id"].map(sizes).fillna(0) >= 2] if len(sizes) else self.claims
        )
        self.figure.options = [
            (
                f"{self._claim_label(claim)} — in {group_label(self._group(str(claim['group_id'])))}",
                int(index),
            )
            for index, claim in zip(grouped.index, grouped.to_dict("records"), strict=True)
        ]
        for control in (self.first, self.second, self.merge_button):
            control.disabled = len(quantities) < 2
        self.figure.disabled = self.split_button.disabled = grouped.empty

    def merge(self) -> None:
        """Save that the two chosen quantities are one."""
        if self.first.value is None or self.second.value is None or self.first.value == self.second.value:
            self.status.value = note("Choose two different quantities to merge.", error=True)
            return
        figures = [self._first_claim(self.first.value), self._first_claim(self.second.value)]
        self._save(
            lambda corrections: merge_quantities(corrections, figures),
            figures[0],
            f"Merged “{self.first.label}” with “{self.second.label}”.",
        )

    def split(self) -> None:
        """Save that the chosen figure states a quantity of its own."""
        if self.figure.value is None:
            self.status.value = note("Choose a figure to split out.", error=True)
            return
        claim = self.claims.loc[self.figure.value].to_dict()
        label = self._claim_label(claim)
        self._save(lambda corrections: split_quantity(corrections, claim), claim, f"Split out {label}.")

    def undo(self) -> None:
        """Take back the last merge or split saved here."""
        if self._last is None:
            return
        corrections, record = self._last
        self._last = None
        self.undo_button.disabled = True
        try:
            undone = undo_quantity_correction(corrections, record)
        except WorkbenchError as exc:
            self.status.value = note(f"Not undone: {exc}", error=True)
            return
        self.status.value = note("Undone." if undone else "That change was no longer saved.")
        self.on_change()

    # ------------------------------------------------------------------ helpers

    def _save(
        self, save: Callable[[Corrections], dict[str, Any]], figure: Mapping[str, Any], done: str
    ) -> None:
        try:
            corrections = self.save_to(figure)
            record = save(corrections)
        except WorkbenchError as exc:
            self.status.value = note(f"Not saved: {exc}", error=True)
            return
        self._last = (corrections, record)
        self.on_change()
        self.undo_button.disabled = False
        self.status.value = note(f"{done} Saved in {corrections.path}.")

    def _first_claim(self, group_id: str) -> dict[str, Any]:
        rows = self.claims[self.claims["group_id"] == group_id]
        return {str(k): v for k, v in rows.iloc[0].to_dict().items()}

    def _group(self, group_id: str) -> Mapping[str, Any]:
        return {str(k): v for k, v in self._groups.loc[group_id].to_dict().items()} | {"group_id": group_id}

    def _quantity_label(self, group: Mapping[Any, Any]) -> str:
        mine = self.claims[self.claims["group_id"] == group["group_id"]]
        figures = ", ".join(self._claim_label(c) for c in mine.head(4).to_dict("records"))
        more = f" and {len(mine) - 4} more" if len(mine) > 4 else ""
        return f"{group_label(group)}: {figures}{more}"

    def _claim_label(self, claim: Mapping[Any, Any]) -> str:
        """ "around 12,000 (Kyiv)", and the report when several are loaded."""
        who = claim["source"] if isinstance(claim.get("source"), str) else NO_CLAIMANT
        several = not self.claims.empty and self.claims["doc_id"].nunique() > 1
        where = f", {claim['doc_id']}" if several else ""
        return f"{claim_text(claim['text'], claim.get('approx'))} ({who}{where})"
