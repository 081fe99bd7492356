"""Article text is untrusted: markup in a report's headlines and quotes shows as text and never runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

import workbench as wb

from . import pages, servers
from .checks import check_widgets_and_errors
from .conftest import NOTEBOOKS

MARKER = "wb-xss"
IMG = f"<img src=x onerror=alert('{MARKER}-img')>"
SCRIPT = f"<script>alert('{MARKER}-script')</script>"

#: A short live blog whose title, standfirst, post headline and quotes carry markup.
HOSTILE_REPORT = f"""\
{IMG} Harbour town counts the cost after the storm
{SCRIPT} Crews worked through the night to restore power
The regional council said on Tuesday that 1,200 homes had lost power and 35 people were injured.
“{IMG} We will rebuild every street,” the mayor, Maria Okonkwo, told reporters on Tuesday.
09:40
{SCRIPT} Rescue teams reach the coast
Volunteers said 400 families had been moved to shelters by Wednesday morning.
“{SCRIPT} Nobody warned us about the water,” said Tomas Berger, a fisherman.
The weather service said another storm could arrive on Friday.
"""

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def hostile_current_report(tmp_path: Path, server_state: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make the hostile report the servers' current report (their state folder, not the user's)."""
    path = tmp_path / "hostile_report.txt"
    path.write_text(HOSTILE_REPORT, encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_STATE_DIR", str(server_state))
    wb.set_current_report(path, published="2025-03-04")
    return path


def assert_nothing_ran(page: Page, watch: pages.PageWatch, notebook: Path) -> None:
    assert not watch.dialogs, f"{notebook.name}: report text opened a dialog: {watch.dialogs}"
    ran = [message for message in watch.console if MARKER in message]
    assert not ran, f"{notebook.name}: report text reached the console: {ran}"
    assert not page.locator("img[src='x']").count(), f"{notebook.name}: report text became an <img> element"
    scripts = page.locator("script").filter(has_text=MARKER)
    assert not scripts.count(), f"{notebook.name}: report text became a <script> element"


def assert_shown_literally(page: Page, notebook: Path) -> None:
    for literal in ("<img src=x onerror=", "<script>"):
        shown = page.get_by_text(literal).first
        expect(shown, f"{notebook.name} does not show {literal!r} as text").to_be_visible(timeout=10_000)


@pytest.mark.usefixtures("hostile_current_report")
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_report_markup_is_text_in_jupyterlab(
    notebook: Path, lab_page: Page, watch: pages.PageWatch, lab: servers.Server
) -> None:
    pages.open_in_lab(lab_page, lab, notebook, workspace=f"untrusted-{notebook.stem}")
    pages.run_all_in_lab(lab_page, notebook)
    check_widgets_and_errors(lab_page, watch, notebook)
    assert_nothing_ran(lab_page, watch, notebook)
    assert_shown_literally(lab_page, notebook)


@pytest.mark.usefixtures("hostile_current_report")
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_report_markup_is_text_in_voila(
    notebook: Path, voila_page: Page, watch: pages.PageWatch, voila: servers.Server
) -> None:
    pages.open_in_voila(voila_page, voila, notebook)
    check_widgets_and_errors(voila_page, watch, notebook)
    assert_nothing_ran(voila_page, watch, notebook)
    assert_shown_literally(voila_page, notebook)
