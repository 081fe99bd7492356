"""What every notebook must do in a browser, in JupyterLab and in Voila alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from . import evidence, grids, pages
from .interactions import INTERACTIONS, Interaction

_SHOWN_TEXT = "(selector) => [...document.querySelectorAll(selector)].map(e => e.innerText).join('\\n')"
_DRAWN = "(selector) => [...document.querySelectorAll(selector)].map(e => e.outerHTML).join('\\n')"
_REDRAWN = "([selector, before]) => [...document.querySelectorAll(selector)].map(e => e.outerHTML).join('\\n') !== before"
_CHANGED = "([selector, before]) => [...document.querySelectorAll(selector)].map(e => e.innerText).join('\\n') !== before"


def check_widgets_and_errors(page: Page, watch: pages.PageWatch, notebook: Path) -> None:
    """After the notebook ran: its widgets rendered, and nothing failed visibly or in the kernel."""
    pages.wait_for_widgets(page)
    pages.assert_no_error_output(page, notebook)
    assert not watch.page_errors, f"{notebook.name}: uncaught errors in the page: {watch.page_errors}"
    assert not watch.kernel_errors, f"{notebook.name}: the kernel raised {watch.kernel_errors}"


def check_notebook(page: Page, watch: pages.PageWatch, notebook: Path, *, screenshot: Path) -> None:
    """After the notebook ran: widgets rendered, no error output, a table sorted and searched, the
    evidence shown and ordered uncertain first (``evidence.py``), one widget driven with a visible effect."""
    check_widgets_and_errors(page, watch, notebook)
    interaction = INTERACTIONS.get(notebook.stem)
    if not pages.widget_outputs(page):
        page.screenshot(path=screenshot)
        assert interaction is None, (
            f"{notebook.name} has an interaction in tests/browser/interactions.py but shows no widgets"
        )
        pytest.skip(f"{notebook.name} shows no widgets yet: its widget checks start when it does")
    assert interaction is not None, (
        f"{notebook.name} shows widgets but tests/browser/interactions.py has no entry for "
        f"{notebook.stem!r}: add one (which widget to drive and what must change)"
    )
    grids.check_tables(page, notebook)
    evidence.check_evidence(page, notebook)
    drive(page, interaction, notebook)
    watch.wait_until_kernel_done()
    pages.assert_no_error_output(page, notebook)
    assert not watch.page_errors, f"{notebook.name}: uncaught errors in the page: {watch.page_errors}"
    assert not watch.kernel_errors, (
        f"{notebook.name}: {interaction.what}: the kernel raised {watch.kernel_errors}"
    )
    pages.screenshot_at(page, interaction.control, screenshot)


def drive(page: Page, interaction: Interaction, notebook: Path) -> None:
    """Act on the control and wait until the watched text differs from before (and shows what it should)."""
    control = page.locator(interaction.control).first
    control.scroll_into_view_if_needed()
    before = page.evaluate(_SHOWN_TEXT, interaction.watched)
    drawn = page.evaluate(_DRAWN, interaction.redraws) if interaction.redraws else None
    chosen = interaction.action(control)
    try:
        page.wait_for_function(
            _CHANGED,
            arg=[interaction.watched, before],
            timeout=pages.CHANGE_TIMEOUT_MS,
            polling=pages.POLL_MS,
        )
    except Exception as exc:
        raise AssertionError(f"{notebook.name}: {interaction.what}: nothing shown changed") from exc
    if interaction.redraws:
        try:
            page.wait_for_function(
                _REDRAWN,
                arg=[interaction.redraws, drawn],
                timeout=pages.CHANGE_TIMEOUT_MS,
                polling=pages.POLL_MS,
            )
        except Exception as exc:
            raise AssertionError(
                f"{notebook.name}: {interaction.what}: {interaction.redraws} not redrawn"
            ) from exc
    expected = [interaction.shows] if interaction.shows else []
    if interaction.shows_choice and chosen:
        expected.append(chosen)
    for text in expected:
        shown = page.locator(interaction.watched).filter(has_text=text).first
        pages.assert_visible(shown, f"{notebook.name}: {interaction.what}: {text!r} is not shown")
