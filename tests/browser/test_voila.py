"""Every notebook as a Voila app (no code shown): widgets render, no errors, one widget drives a change;
and on a report whose text carries markup, the markup shows as text and nothing runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from . import pages, servers, untrusted
from .checks import check_notebook, check_widgets_and_errors
from .conftest import NOTEBOOKS

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_in_voila(
    notebook: Path, voila_tab: pages.PageWatch, voila: servers.Server, screenshot_dir: Path
) -> None:
    page = voila_tab.page
    pages.open_in_voila(page, voila, notebook)
    assert not page.locator(".jp-CodeCell .jp-InputArea, .cm-editor").count(), "Voila shows code"
    check_notebook(page, voila_tab, notebook, screenshot=screenshot_dir / f"voila-{notebook.stem}.png")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_untrusted_text_in_voila(
    notebook: Path, voila_tab: pages.PageWatch, voila: servers.Server, use_hostile_report: Callable[[], Path]
) -> None:
    use_hostile_report()
    page = voila_tab.page
    pages.open_in_voila(page, voila, notebook)
    check_widgets_and_errors(page, voila_tab, notebook)
    untrusted.assert_nothing_ran(page, voila_tab, notebook)
    untrusted.assert_shown_literally(page, notebook)
