"""Every notebook in a real JupyterLab: Run All, widgets render, no errors, one widget drives a change;
then, in the same kernel, Run All on a report whose text carries markup: it shows as text, nothing runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from . import pages, servers, untrusted
from .checks import check_notebook, check_widgets_and_errors
from .conftest import NOTEBOOKS

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_in_jupyterlab(
    notebook: Path,
    lab_tab: pages.PageWatch,
    lab: servers.Server,
    screenshot_dir: Path,
    use_hostile_report: Callable[[], Path],
) -> None:
    page = lab_tab.page
    pages.open_in_lab(page, lab, notebook, workspace=f"test-{notebook.stem}")
    pages.run_all_in_lab(page, notebook)
    check_notebook(page, lab_tab, notebook, screenshot=screenshot_dir / f"lab-{notebook.stem}.png")

    # untrusted text: the same kernel (already warm) re-runs everything on the hostile report
    use_hostile_report()
    pages.run_all_in_lab(page, notebook)
    check_widgets_and_errors(page, lab_tab, notebook)
    untrusted.assert_nothing_ran(page, lab_tab, notebook)
    untrusted.assert_shown_literally(page, notebook)
