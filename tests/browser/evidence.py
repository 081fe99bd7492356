"""The evidence beside each row, and the uncertain-first order, as an analyst sees them.

In the notebooks of :data:`WITH_EVIDENCE` the panel holding the *Order* toggle must show, for each
row, the confidence of its "who" (a badge on a quote card, a ``confidence`` column in a table) and
the rule that decided (``how``: "subject of 'said'", ...). A click on "uncertain first" must put the
rows in certainty order (ambiguous, low, none, medium, high) and a click on "as in the report" must
change them back to an order that is not the certainty order (the report's order must not be the
uncertain-first order already, or the check could not fail).
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Error, Locator, Page

from .pages import CHANGE_TIMEOUT_MS, POLL_MS

WITH_EVIDENCE = {"01_timeline", "02_figures", "03_quotes"}
CERTAINTY_ORDER = ["ambiguous", "low", "none", "medium", "high"]
ORDER_TOGGLE = ".widget-toggle-buttons:has(> .widget-label:text-is('Order'))"
PANEL = f".jp-OutputArea-output:has({ORDER_TOGGLE})"

#: The certainty label of every row shown in a panel (cards' badges, else the table's confidence column).
_LABELS = """(panel) => {
  const badges = [...panel.querySelectorAll('.wb-quote .wb-sure')].map(e => e.innerText.trim());
  if (badges.length) return badges;
  const grid = panel.querySelector('.wb-grid');
  if (!grid) return [];
  const heads = [...grid.querySelectorAll('thead th')].map(th => th.innerText.trim());
  const column = heads.indexOf('confidence');
  if (column < 0) return ['(no confidence column: ' + heads.join(', ') + ')'];
  return [...grid.querySelectorAll('tbody tr')].map(r => ((r.cells[column] || {}).innerText || '').trim());
}"""
#: The rule in words, shown beside the rows (a card's evidence line, or the table's how column).
_RULES = """(panel) => [...panel.querySelectorAll('.wb-evidence, .wb-grid tbody td')]
  .map(e => e.innerText).filter(t => /subject of|according to|the last fitting actor|named in/.test(t)).length"""
_SORTED = f"""(labels) => {{
  const rank = {CERTAINTY_ORDER!r};
  return labels.length > 0 && labels.every((l, i) => i === 0 || rank.indexOf(labels[i - 1]) <= rank.indexOf(l));
}}"""
#: In certainty order, and redrawn (different from before, unless what was shown before was sorted too).
_ORDERED = f"""([panel, before]) => {{
  const labels = ({_LABELS})(panel);
  return ({_SORTED})(labels) && (labels.join('|') !== before.join('|') || ({_SORTED})(before));
}}"""
_CHANGED = f"([panel, before]) => ({_LABELS})(panel).join('|') !== before.join('|')"


def check_evidence(page: Page, notebook: Path) -> str | None:
    """Evidence shown with every row; "uncertain first" orders the rows, "as in the report" restores them."""
    if notebook.stem not in WITH_EVIDENCE:
        return None
    panel = page.locator(PANEL).first
    assert panel.count(), f"{notebook.name}: no panel with an 'Order' toggle (uncertain first)"
    panel.scroll_into_view_if_needed()
    before: list[str] = panel.evaluate(_LABELS)
    assert before and all(label in CERTAINTY_ORDER for label in before), (
        f"{notebook.name}: rows without a confidence shown: {before[:12]}"
    )
    assert panel.evaluate(_RULES) > 0, f"{notebook.name}: no row shows the rule that named its who"
    toggle = panel.locator(ORDER_TOGGLE).first
    toggle.locator("button", has_text="uncertain first").click()
    _wait(panel, _ORDERED, before, f"{notebook.name}: 'uncertain first' did not order the rows ({before})")
    uncertain: list[str] = panel.evaluate(_LABELS)
    toggle.locator("button", has_text="as in the report").click()
    _wait(panel, _CHANGED, uncertain, f"{notebook.name}: 'as in the report' did not change the order back")
    in_report: list[str] = panel.evaluate(_LABELS)
    ranks = [CERTAINTY_ORDER.index(label) for label in in_report if label in CERTAINTY_ORDER]
    assert ranks != sorted(ranks), (
        f"{notebook.name}: the report's order is uncertain-first already: {in_report}"
    )
    return f"{in_report[:6]} -> {uncertain[:6]}"


def _wait(panel: Locator, condition: str, before: list[str], message: str) -> None:
    try:
        panel.page.wait_for_function(
            condition, arg=[panel.element_handle(), before], timeout=CHANGE_TIMEOUT_MS // 4, polling=POLL_MS
        )
    except Error:
        now = panel.evaluate(_LABELS)
        raise AssertionError(f"{message}; shown now: {now}") from None
