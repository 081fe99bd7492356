"""Every notebook as a Voila app (no code cells): widgets render, no errors, one widget drives a change."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from . import pages, servers
from .checks import check_notebook
from .conftest import NOTEBOOKS

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_in_voila(
    notebook: Path, voila_page: Page, watch: pages.PageWatch, voila: servers.Server, screenshot_dir: Path
) -> None:
    pages.open_in_voila(voila_page, voila, notebook)
    assert not voila_page.locator(".jp-CodeCell .jp-InputArea, .cm-editor").count(), "Voila shows code"
    check_notebook(voila_page, watch, notebook, screenshot=screenshot_dir / f"voila-{notebook.stem}.png")
