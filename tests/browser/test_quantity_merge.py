"""Notebook 02 on several reports in JupyterLab: merge two quantities, re-run in a fresh kernel, the merge is kept.

The analyst's way: the current report is one of three copied into a folder with their sidecars
(``compare/``: two reports on clashes in Lorath, and the wire report of ``reports/``); the other two
are typed into the notebook's parameters cell (``more_reports``), and Run All. The comparison must
span the reports. In "Merge or split quantities" the arrests of "fighters" (one report) and of
"youths" (the other) are merged; after Kernel > Restart Kernel and Run All Cells the merged
quantity must still be shown, read back from the corrections file beside the reports.
(Voila shows no code cells, so the parameters cannot be typed there: this runs in JupyterLab only.)
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page

import workbench as wb

from . import looks, pages, servers
from .checks import check_widgets_and_errors
from .conftest import MORE_REPORTS, NOTEBOOK_DIR

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOK = NOTEBOOK_DIR / "02_figures.ipynb"
COMPARE = sorted((Path(__file__).parent / "compare").glob("*.txt"))
MERGED = "4 claims in 2 reports"  # 120 and 125 fighters (wire), 130 and 150 youths (daily)
SUMMARY = ".jp-OutputArea-output .wb-note"


@pytest.fixture
def report_folder(tmp_path: Path, server_state: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Three reports with their sidecars in a folder of their own; the first is the current report."""
    folder = tmp_path / "lorath"
    folder.mkdir()
    copies = []
    for path in [*COMPARE, MORE_REPORTS[0]]:
        for part in (path, path.with_suffix(".meta.json")):
            shutil.copy(part, folder / part.name)
        copies.append(folder / path.name)
    monkeypatch.setenv("WORKBENCH_STATE_DIR", str(server_state))
    wb.set_current_report(copies[0])
    return copies


def _option(select: Locator, starts: str) -> str:
    labels = [label.strip() for label in select.locator("option").all_inner_texts()]
    found = [label for label in labels if label.startswith(starts)]
    assert found, f"no option starting {starts!r} in {labels}"
    return found[0]


def _headings(page: Page) -> str:
    return "\n".join(page.locator(".wb-quantity").all_inner_texts())


def test_a_merge_in_notebook_02_is_kept_on_a_rerun(
    report_folder: list[Path], lab_tab: pages.PageWatch, lab: servers.Server, screenshot_dir: Path
) -> None:
    page = lab_tab.page
    pages.open_in_lab(page, lab, NOTEBOOK, workspace="test-merge")
    others = ", ".join(json.dumps(str(path)) for path in report_folder[1:])
    pages.edit_cell(
        page,
        containing="more_reports = []",
        source=f"report_path = None\nmore_reports = [{others}]",
    )
    pages.run_all_in_lab(page, NOTEBOOK)
    check_widgets_and_errors(page, lab_tab, NOTEBOOK)
    summary = page.locator(SUMMARY).filter(has_text="quantities stated by two figures or more").first
    pages.assert_visible(summary, "notebook 02 shows no summary of the disputed quantities")
    assert summary.inner_text().startswith("4 quantities"), summary.inner_text()
    assert "3 claims in 2 reports" in _headings(page), "the toll is not compared across the reports"
    assert MERGED not in _headings(page)

    section = page.locator(".jupyter-widget-Collapse-header", has_text="Merge or split quantities").first
    section.scroll_into_view_if_needed()
    section.click()
    first = page.locator(".widget-dropdown:has(> .widget-label:text-is('Merge')) select").first
    second = page.locator(".widget-dropdown:has(> .widget-label:text-is('with')) select").first
    pages.assert_visible(first, "the Merge choice is not shown when the section is opened")
    first.select_option(label=_option(first, "fighters"))
    lab_tab.wait_until_kernel_done()
    second.select_option(label=_option(second, "youths"))
    lab_tab.wait_until_kernel_done()
    page.locator("button.widget-button", has_text="Merge").first.click()
    pages.assert_visible(page.get_by_text("Merged “fighters"), "no word that the merge was saved")
    pages.assert_visible(
        page.locator(".wb-quantity", has_text=MERGED).first, "the merged quantity is not shown"
    )
    assert page.locator(SUMMARY).filter(has_text="3 quantities stated").count()

    saved = json.loads((report_folder[0].parent / "workbench-corrections.json").read_text(encoding="utf-8"))
    assert [record["action"] for record in saved["sections"]["quantities"]] == ["merge"]

    pages.restart_and_run_all_in_lab(page, NOTEBOOK)
    check_widgets_and_errors(page, lab_tab, NOTEBOOK)
    merged = page.locator(".wb-quantity", has_text=MERGED).first
    pages.assert_visible(merged, "after a re-run the merged quantity is gone")
    assert page.locator(SUMMARY).filter(has_text="3 quantities stated").count(), "the re-run lost the merge"
    merged.evaluate("e => e.scrollIntoView({block: 'start'})")
    page.screenshot(path=screenshot_dir / "lab-02_figures-merged.png")
    broken = looks.problems(page, lab_tab, where="JupyterLab, notebook 02 on three reports after a merge")
    assert not broken, "\n".join(broken)
