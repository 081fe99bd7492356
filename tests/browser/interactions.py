"""Which widget each notebook's browser test drives, and what must change on screen.

Every notebook that renders widgets needs an entry here (keyed by file stem): the browser
tests fail with a message pointing here when a notebook with widgets has none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from playwright.sync_api import Locator

Action = Callable[[Locator], None]

#: Every output that holds widgets: its shown text is what a user sees change.
WIDGET_OUTPUTS = ".jp-OutputArea-output:has(.jupyter-widgets)"


@dataclass(frozen=True)
class Interaction:
    """Drive the first element matching ``control`` with ``action``; the text of ``watched`` must change."""

    what: str
    control: str
    action: Action
    watched: str = WIDGET_OUTPUTS
    shows: str | None = None  # text that must be visible in ``watched`` afterwards


def type_text(text: str) -> Action:
    """Type into a text box and press Enter (a Text widget with continuous_update off sends on Enter)."""

    def act(control: Locator) -> None:
        control.fill(text)
        control.press("Enter")

    return act


def choose_next_option() -> Action:
    """Pick the option after the selected one in a <select> (Dropdown, Select), wrapping around."""

    def act(control: Locator) -> None:
        count = control.locator("option").count()
        assert count >= 2, f"{control} offers {count} option(s): nothing else to pick"
        selected = int(control.evaluate("select => select.selectedIndex"))
        control.select_option(index=(selected + 1) % count)

    return act


def click() -> Action:
    def act(control: Locator) -> None:
        control.click()

    return act


def labelled(kind: str, label: str, element: str) -> str:
    """The ``element`` inside the ``.widget-<kind>`` widget whose description label is ``label``."""
    return f".widget-{kind}:has(> .widget-label:text-is('{label}')) {element}"


INTERACTIONS: dict[str, Interaction] = {
    "00_start_here": Interaction(
        what="type a keyword in the keyword-in-context box",
        control=labelled("text", "Keyword", "input"),
        action=type_text("troops"),
        shows="of “troops”",  # the KWIC note: "N occurrences of “troops”"
    ),
}
