"""Every notebook in a real JupyterLab: Run All, widgets render, no errors, one widget drives a change."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from . import pages, servers
from .checks import check_notebook
from .conftest import NOTEBOOKS

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_in_jupyterlab(
    notebook: Path, lab_page: Page, watch: pages.PageWatch, lab: servers.Server, screenshot_dir: Path
) -> None:
    pages.open_in_lab(lab_page, lab, notebook, workspace=f"test-{notebook.stem}")
    pages.run_all_in_lab(lab_page, notebook)
    check_notebook(lab_page, watch, notebook, screenshot=screenshot_dir / f"lab-{notebook.stem}.png")
