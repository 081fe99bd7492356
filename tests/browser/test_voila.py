"""Every notebook as a Voila app (no code shown): widgets render, no errors, one widget drives a change.

(Report text carrying markup is checked in JupyterLab only: Voila renders the same outputs and
widget views with the same renderers, and a second kernel per notebook would cost ~10 s each.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from . import pages, servers
from .checks import check_notebook
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
