"""Which widget each notebook's browser test drives, and what must change on screen.

Every notebook that renders widgets needs an entry here (keyed by file stem): the browser
tests fail with a message pointing here when a notebook with widgets has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from playwright.sync_api import Locator

Action = Callable[[Locator], str | None]  # returns what it typed or picked

#: Every output that holds widgets: its shown text is what a user sees change.
WIDGET_OUTPUTS = ".jp-OutputArea-output:has(.jupyter-widgets)"


@dataclass(frozen=True)
class Interaction:
    """Drive the first element matching ``control`` with ``action``; the text of ``watched`` must change.

    ``control`` is a Playwright selector, ``watched`` a CSS selector. Afterwards ``watched`` must
    show ``shows``, and, with ``shows_choice``, the option the action picked; ``redraws`` (CSS) is
    something drawn a moment later, such as a chart, that must change too.
    """

    what: str
    control: str
    action: Action
    watched: str = WIDGET_OUTPUTS
    shows: str | None = None
    shows_choice: bool = False
    redraws: str | None = None


def type_text(text: str) -> Action:
    """Type into a text box and press Enter (a Text widget with continuous_update off sends on Enter)."""

    def act(control: Locator) -> str:
        control.fill(text)
        control.press("Enter")
        return text

    return act


def choose_next_option() -> Action:
    """Pick the option after the selected one in a <select> (Dropdown, Select), wrapping around."""

    def act(control: Locator) -> str:
        count = control.locator("option").count()
        assert count >= 2, f"{control} offers {count} option(s): nothing else to pick"
        selected = int(control.evaluate("select => select.selectedIndex"))
        return _pick(control, (selected + 1) % count)

    return act


def choose_only_option(index: int) -> Action:
    """In a multiple <select> (SelectMultiple), select option ``index`` alone."""

    def act(control: Locator) -> str:
        count = control.locator("option").count()
        assert count > index, f"{control} offers {count} option(s): no option {index} to pick"
        return _pick(control, index)

    return act


def _pick(control: Locator, index: int) -> str:
    """Select option ``index``; return its label without a trailing count ("Name (3)" -> "Name")."""
    control.select_option(index=index)
    return re.sub(r"\s*\(\d+\)$", "", control.locator("option").nth(index).inner_text().strip())


def press(key: str) -> Action:
    """Focus the control (a slider's handle) and press ``key``."""

    def act(control: Locator) -> None:
        control.focus()
        control.press(key)

    return act


def click() -> Action:
    """Click the control (a tab, a button)."""

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
    "01_timeline": Interaction(
        what="pick another actor (only the second one in the Actors list)",
        control=labelled("select-multiple", "Actors", "select"),
        action=choose_only_option(1),
        watched=".jp-OutputArea-output:has(.widget-select-multiple) :is(.widget-html, .wb-grid)",  # counts, table
        shows_choice=True,
        redraws=".jp-OutputArea-output:has(.widget-select-multiple) .widget-image",  # drawn after a pause
    ),
    "02_figures": Interaction(
        what="show one quantity fewer (the Quantities slider of the most disputed quantities)",
        control=labelled("hslider", "Quantities", ".noUi-handle"),
        action=press("ArrowLeft"),
        shows="; 2 shown.",  # the bundled report has three quantities, all shown at first
    ),
    "03_quotes": Interaction(
        what="pick another speaker (the first one after 'all speakers')",
        control=labelled("dropdown", "Speaker", "select"),
        action=choose_next_option(),
        watched=".jp-OutputArea-output:has(.widget-select-multiple) .widget-html",  # counts and cards
        shows_choice=True,
    ),
    "04_corpus": Interaction(
        what="open the Reports tab of the corpus explorer",
        control=".widget-tab .lm-TabBar-tab:has-text('Reports')",
        action=click(),
        shows="published",  # the reports table's header
    ),
}


#: Notebooks that fail in the browser for a known reason, awaiting a fix by their owner. Their
#: test is a strict xfail: once fixed it reports XPASS and fails, so remove the entry then.
KNOWN_FAILURES: dict[str, str] = {}
