"""A report whose text carries markup, and the checks that it stays text in the page."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from .pages import PageWatch, assert_visible

MARKER = "wb-xss"
IMG = f"<img src=x onerror=alert('{MARKER}-img')>"
SCRIPT = f"<script>alert('{MARKER}-script')</script>"
LITERALS = ("<img src=x onerror=", "<script>")

#: Markup as an article might carry it: at the start of a line, so tables that cut long text keep it.
MARKUP = f"{IMG} {SCRIPT}"

#: A short live blog whose title, standfirst, post headline and quotes (with dates, figures and
#: speakers, so every notebook shows some of them) carry markup.
HOSTILE_REPORT = f"""\
{MARKUP} Harbour town counts the cost after the storm
{MARKUP} Crews worked through the night to restore power
“{MARKUP} We lost power in 1,200 homes on Tuesday and 35 people were injured,” the mayor, Maria Okonkwo, told reporters.
The regional council said on Tuesday that 1,100 homes had lost power.
09:40
{MARKUP} Rescue teams reach the coast
“{MARKUP} About 400 families were moved to shelters by Wednesday morning,” said Tomas Berger, a volunteer.
“{MARKUP} Nobody warned us about the water,” Anna Lindqvist, a fisherman, said on Wednesday.
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
        shown = page.get_by_text(literal).filter(visible=True).first  # not one in a closed accordion
        assert_visible(shown, f"{notebook.name} does not show {literal!r} as text")
