"""The actor editor: merge, rename, re-type and split actors, saved as the analyst's corrections.

Each correction is saved (atomically) to the corrections file of every report shown, through
the actor registry's correction functions, so it is re-applied on every later run and in
every notebook; a corrupt corrections file is reported and left untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ..actors import ACTOR_KINDS, actor_registry, merge_actors, rename_actor, retype_actor, split_alias
from ..corrections import Corrections, corrections_for
from ..errors import WorkbenchError
from ..html import escape
from ..report import Report
from .base import Panel

MERGE, RENAME, RETYPE, SPLIT = "merge into", "rename to", "re-type as", "split an alias off as"
ACTIONS = (MERGE, RENAME, RETYPE, SPLIT)


class ActorEditor(Panel):
    """Pick an actor, an action and a target; "Save correction" writes it and calls ``on_change``.

    ``names`` lists actors beyond the registry's (the groups events name by their noun
    phrase, such as "the union"); ``on_change`` runs after each saved correction.
    """

    def __init__(
        self,
        reports: Report | Sequence[Report],
        *,
        names: Callable[[], Sequence[str]] | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.reports = [reports] if isinstance(reports, Report) else list(reports)
        self.extra_names = names
        self.on_change = on_change
        self.actor = widgets.Dropdown(description="Actor", layout=widgets.Layout(width="360px"))
        self.action = widgets.Dropdown(options=ACTIONS, value=MERGE, description="Action")
        self.target = widgets.Combobox(
            description="Into / as", placeholder="another actor, or a new name", ensure_option=False
        )
        self.kind = widgets.Dropdown(options=ACTOR_KINDS, description="Kind")
        self.alias = widgets.Dropdown(description="Alias")
        self.save = widgets.Button(description="Save correction", button_style="warning", icon="save")
        self.message = widgets.HTML()
        self.action.observe(self._show_fields, names="value")
        self.actor.observe(self._actor_chosen, names="value")
        self.save.on_click(lambda _button: self.apply())
        self.box = widgets.VBox(
            [
                widgets.HTML("<b>Correct actors</b> (saved beside the report, applied on every run)"),
                widgets.HBox([self.actor, self.action]),
                widgets.HBox([self.target, self.kind, self.alias]),
                widgets.HBox([self.save, self.message]),
                self.output,
            ]
        )
        self.refresh()
        self._show_fields()

    # ------------------------------------------------------------------ choices

    def corrections(self) -> list[Corrections]:
        """The corrections files of the reports shown (each file once)."""
        seen: dict[Path, Corrections] = {}
        for report in self.reports:
            corrections = corrections_for(report)
            seen.setdefault(corrections.path, corrections)
        return list(seen.values())

    def registry_aliases(self) -> dict[str, list[str]]:
        """Every registry actor's name and aliases, over the reports shown."""
        aliases: dict[str, list[str]] = {}
        for report in self.reports:
            for actor in actor_registry(report).actors.values():
                known = aliases.setdefault(actor.name, [])
                known.extend(a for a in actor.aliases if a not in known)
        return aliases

    def names(self) -> list[str]:
        """The actors to choose from: the registry's and those the events name."""
        names = set(self.registry_aliases())
        if self.extra_names is not None:
            names.update(self.extra_names())
        return sorted(names, key=str.casefold)

    def refresh(self) -> None:
        """Re-read the actors (after a correction) and keep the current choice where it still exists."""
        names = self.names()
        current = self.actor.value
        self.actor.options = names
        self.actor.value = current if current in names else (names[0] if names else None)
        self.target.options = tuple(names)
        self._actor_chosen()

    def _actor_chosen(self, _change: Any = None) -> None:
        actor = self.actor.value
        aliases = self.registry_aliases().get(actor, []) if actor else []
        self.alias.options = aliases or ([actor] if actor else [])

    def _show_fields(self, _change: Any = None) -> None:
        action = self.action.value
        self.target.layout.display = None if action in (MERGE, RENAME, SPLIT) else "none"
        self.kind.layout.display = None if action == RETYPE else "none"
        self.alias.layout.display = None if action == SPLIT else "none"

    # ------------------------------------------------------------------ saving

    def apply(self) -> dict[str, Any] | None:
        """Save the correction the widgets describe; returns the record, or None on a problem."""
        actor, action, target = self.actor.value, self.action.value, self.target.value.strip()
        try:
            if not actor:
                raise WorkbenchError("choose an actor first")
            record: dict[str, Any] | None = None
            for corrections in self.corrections():
                if action == MERGE:
                    record = merge_actors(corrections, keep=target, merge=actor)
                elif action == RENAME:
                    record = rename_actor(corrections, name=actor, new_name=target)
                elif action == RETYPE:
                    record = retype_actor(corrections, name=actor, kind=self.kind.value)
                else:
                    record = split_alias(corrections, alias=self.alias.value or actor, new_name=target)
        except WorkbenchError as exc:
            self.message.value = f"<span style='color:#b00'>Not saved: {escape(exc)}</span>"
            return None
        self.message.value = f"Saved: {escape(actor)} {escape(action)} {escape(target or self.kind.value)}"
        self.refresh()
        if self.on_change is not None:
            self.on_change()
        return record
