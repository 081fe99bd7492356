"""Every notebook in a real JupyterLab and as a Voila app, in headless Chromium.

In both: the notebook runs without a traceback, stderr output or kernel error, its widgets
render, and driving one widget (``interactions.py``) changes what is shown. Voila renders the
app on the server while JupyterLab runs the notebook, so the two kernels work at the same time.
Every output is checked for what a person would call broken (``looks.py``: a figure shown as
its text repr, an image that did not load, an error box, an empty widget area), with each tab
and accordion section opened. JupyterLab then re-runs the notebook in the same (warm) kernel on
two more reports (``reports/``: a wire report with nothing to compare, a live blog) with the same
checks, and on a report whose headlines and quotes carry ``<script>`` and ``<img onerror>``: they
must show as text and nothing may run. (Voila draws the same outputs and widget views with the
same renderers, so those runs are not repeated there: each would cost another kernel.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from . import looks, pages, servers, untrusted
from .checks import check_notebook, check_widgets_and_errors
from .conftest import MORE_REPORTS, NOTEBOOKS
from .interactions import KNOWN_FAILURES

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _params() -> list[object]:
    return [
        pytest.param(path, marks=pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[path.stem]))
        if path.stem in KNOWN_FAILURES
        else path
        for path in NOTEBOOKS
    ]


@pytest.mark.parametrize("notebook", _params(), ids=lambda p: p.stem)
def test_notebook_in_browser(
    notebook: Path,
    lab_tab: pages.PageWatch,
    voila_tab: pages.PageWatch,
    lab: servers.Server,
    voila: servers.Server,
    screenshot_dir: Path,
    use_hostile_report: Callable[[], Path],
    use_report: Callable[[Path], Path],
) -> None:
    pages.start_voila(voila_tab.page, voila, notebook)

    page = lab_tab.page
    pages.open_in_lab(page, lab, notebook, workspace=f"test-{notebook.stem}")
    pages.run_all_in_lab(page, notebook)
    check_notebook(page, lab_tab, notebook, screenshot=screenshot_dir / f"lab-{notebook.stem}.png")
    broken = looks.problems(page, lab_tab, where="JupyterLab, the bundled report")

    app = voila_tab.page
    pages.finish_voila(app)
    assert not app.locator(".jp-CodeCell .jp-InputArea, .cm-editor").count(), "Voila shows code"
    check_notebook(app, voila_tab, notebook, screenshot=screenshot_dir / f"voila-{notebook.stem}.png")
    broken += looks.problems(app, voila_tab, where="Voila, the bundled report")

    for report in MORE_REPORTS:  # only now: the Voila kernel has read the current report already
        use_report(report)
        pages.run_all_in_lab(page, notebook)
        check_widgets_and_errors(page, lab_tab, notebook)
        broken += looks.problems(page, lab_tab, where=f"JupyterLab, {report.name}")

    use_hostile_report()
    pages.run_all_in_lab(page, notebook)
    check_widgets_and_errors(page, lab_tab, notebook)
    untrusted.assert_nothing_ran(page, lab_tab, notebook)
    untrusted.assert_shown_literally(page, notebook)
    broken += looks.problems(page, lab_tab, where="JupyterLab, the report carrying markup")
    assert not broken, f"{notebook.name} looks broken:\n  " + "\n  ".join(broken)
