"""What a person would call broken in a notebook's outputs, checked in the page as it is shown.

Every output of every cell, in JupyterLab and in Voila: an object shown as its text repr (a
matplotlib ``<Figure size ...>``, a widget's ``VBox(children=...)``), an image that did not
load (the broken-image icon, an empty ``Image`` widget), a traceback or an error box, an output
or a widget area left empty (a cell output with nothing in it, a table with no rows, an open
tab or accordion section with nothing in it). Tabs and accordion sections are opened one by one
so that what they hold is checked too.
"""

from __future__ import annotations

from playwright.sync_api import Error, Locator, Page

from .pages import POLL_MS, PageWatch

#: How long a state may take to settle (a chart drawn a moment after the last change) before
#: what is still broken counts.
SETTLE_MS = 8_000

#: Collects every broken thing in the outputs as one line each (empty list: nothing broken).
_BROKEN = r"""() => {
  const problems = [];
  const shown = e => {
    if (!e.isConnected || !e.getClientRects().length) return false;
    for (let a = e; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
    }
    return true;
  };
  const media = 'img, canvas, svg, input, select, button, textarea';
  const hasContent = e => e.innerText.trim() !== '' || [...e.querySelectorAll(media)].some(shown);
  const brief = t => JSON.stringify(t.trim().replace(/\s+/g, ' ').slice(0, 140));
  const reprs = [
    /<Figure size \d+(\.\d+)?x\d+(\.\d+)? with \d+ Axes>/,
    /<[\w.]+ object at 0x[0-9a-f]+>/,
    /^\s*(VBox|HBox|Box|Tab|Accordion|HTML|Image|Output|ITable)\((children|value|layout|_dom_classes)=/,
  ];
  const errors = ['Traceback (most recent call last)', 'could not be drawn', 'failed to update',
                  'Error displaying widget', 'Error rendering output item'];
  const outputs = [...document.querySelectorAll('.jp-OutputArea-output')].filter(
    o => !o.parentElement.closest('.jp-OutputArea-output'));  // outputs inside Output widgets count with their host
  outputs.forEach((out, i) => {
    const where = `output ${i + 1} of ${outputs.length}`;
    if (!shown(out)) return;  // e.g. inside a closed accordion: checked when it is opened
    const text = out.innerText;
    for (const pattern of reprs) {
      const found = text.match(pattern);
      if (found) problems.push(`${where} shows a text repr instead of the thing itself: ${brief(found[0])}`);
    }
    for (const message of errors) {
      if (text.includes(message)) problems.push(`${where} shows an error: ${brief(text.slice(text.indexOf(message)))}`);
    }
    if (out.dataset.mimeType === 'application/vnd.jupyter.stderr' || out.querySelector('[data-mime-type="application/vnd.jupyter.stderr"]'))
      problems.push(`${where} shows stderr or a traceback: ${brief(text)}`);
    for (const box of out.querySelectorAll('.wb-error')) {
      if (shown(box)) problems.push(`${where} shows an error box: ${brief(box.innerText)}`);
    }
    for (const img of out.querySelectorAll('img')) {
      if (shown(img) && (!img.complete || img.naturalWidth === 0))
        problems.push(`${where} shows an image that did not load (${img.currentSrc ? img.currentSrc.slice(0, 30) : 'no source'})`);
    }
    if (out.getBoundingClientRect().height < 4 || !hasContent(out)) problems.push(`${where} is empty`);
    const areas = [
      ['a table', '.wb-grid'],
      ['a tab', '.jupyter-widget-tab > .widget-tab-contents > *, .widget-tab > .widget-tab-contents > *'],
      ['an accordion section', '.jupyter-widget-Collapse-open > .jupyter-widget-Collapse-contents'],
    ];
    for (const [kind, selector] of areas) {
      for (const area of out.querySelectorAll(selector)) {
        if (!shown(area)) continue;
        const empty = kind === 'a table' ? !area.querySelector('tbody tr td') : !hasContent(area);
        if (empty) problems.push(`${where}: ${kind} is left empty`);
      }
    }
  });
  return problems;
}"""

_SETTLED = f"() => ({_BROKEN})().length === 0"

#: Tab bars and closed accordion headers inside outputs, as Playwright selectors.
TABS = ".jp-OutputArea-output .lm-TabBar-tab"
ACCORDION_HEADERS = ".jp-OutputArea-output .jupyter-widget-Collapse-header"


def broken(page: Page, *, settle_ms: int = SETTLE_MS) -> list[str]:
    """What is broken once the page has had ``settle_ms`` to settle (a chart drawn late is fine)."""
    try:
        page.wait_for_function(_SETTLED, timeout=settle_ms, polling=POLL_MS)
    except Error:
        found: list[str] = page.evaluate(_BROKEN)
        return found
    return []


def broken_anywhere(page: Page, watch: PageWatch) -> list[str]:
    """:func:`broken` as the page stands, then with each tab and each accordion section opened."""
    problems = [f"as shown: {p}" for p in broken(page)]
    for selector, what, opened in (
        (TABS, "tab", "lm-mod-current"),
        (ACCORDION_HEADERS, "accordion section", "jupyter-widget-Collapse-open"),
    ):
        controls = page.locator(selector)
        for index in range(controls.count()):
            control = controls.nth(index)
            if not control.is_visible():
                continue
            label = control.inner_text().strip()
            marked = control if what == "tab" else control.locator("..")
            _open(control, marked, opened, f"the {what} {label!r} did not open on a click")
            watch.wait_until_kernel_done()
            problems += [f"{what} {label!r} opened: {p}" for p in broken(page)]
    return list(dict.fromkeys(problems))


def _open(control: Locator, marked: Locator, opened: str, message: str, *, tries: int = 3) -> None:
    """Click ``control`` until ``marked`` has the class ``opened`` (at most ``tries`` clicks).

    force: JupyterLab keeps the page moving for a while after Run All, and waiting for the tab to
    stand still costs seconds per click; the click lands all the same, unless the page moved under
    it (a chart or a table above drawn just then): then it is clicked again.
    """
    is_open = marked.and_(marked.page.locator(f".{opened}"))
    for _ in range(tries):
        if opened not in (marked.get_attribute("class") or ""):
            control.click(force=True)
        try:
            is_open.wait_for(timeout=10_000 // tries)
            return
        except Error:
            continue
    raise AssertionError(message)


def problems(page: Page, watch: PageWatch, *, where: str) -> list[str]:
    """Every broken thing found (see the module docstring), each line prefixed with ``where``."""
    return [f"{where}: {problem}" for problem in broken_anywhere(page, watch)]
