"""A report whose text carries markup, and the checks that it stays text in the page."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from .pages import PageWatch

MARKER = "wb-xss"
IMG = f"<img src=x onerror=alert('{MARKER}-img')>"
SCRIPT = f"<script>alert('{MARKER}-script')</script>"
LITERALS = ("<img src=x onerror=", "<script>")

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


def write_report(folder: Path) -> Path:
    path = folder / "hostile_report.txt"
    path.write_text(HOSTILE_REPORT, encoding="utf-8")
    return path


def assert_nothing_ran(page: Page, watch: PageWatch, notebook: Path) -> None:
    """No dialog, no console message, no <img>/<script> element came from the report's text."""
    assert not watch.dialogs, f"{notebook.name}: report text opened a dialog: {watch.dialogs}"
    ran = [message for message in watch.console if MARKER in message]
    assert not ran, f"{notebook.name}: report text reached the console: {ran}"
    assert not page.locator("img[src='x']").count(), f"{notebook.name}: report text became an <img> element"
    scripts = page.locator("script").filter(has_text=MARKER)
    assert not scripts.count(), f"{notebook.name}: report text became a <script> element"


def assert_shown_literally(page: Page, notebook: Path) -> None:
    """The markup is visible as text."""
    for literal in LITERALS:
        shown = page.get_by_text(literal).first
        expect(shown, f"{notebook.name} does not show {literal!r} as text").to_be_visible(timeout=10_000)
