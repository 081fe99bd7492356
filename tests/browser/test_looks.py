"""The broken-output checks (``looks.py``) themselves, on a page made to hold each broken state."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import BrowserContext, Page

from . import looks

pytestmark = [pytest.mark.browser]

PNG_1PX = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
FINE = f"""
<div class="jp-OutputArea-output"><p>12 figures</p></div>
<div class="jp-OutputArea-output"><img src="{PNG_1PX}" width="20" height="20"></div>
<div class="jp-OutputArea-output"><div class="wb-grid"><table><tbody><tr><td>1</td></tr></tbody></table></div></div>
<div class="jp-OutputArea-output"><div style="display:none"><img src="data:image/png;base64,"></div>shown</div>
"""
BROKEN = {
    "text repr": '<div class="jp-OutputArea-output"><pre>&lt;Figure size 650x325 with 1 Axes&gt;</pre></div>',
    "widget repr": "<div class=\"jp-OutputArea-output\"><pre>VBox(children=(HTML(value=''),))</pre></div>",
    "image that did not load": '<div class="jp-OutputArea-output">chart<img src="data:image/png;base64," width="20" height="20"></div>',
    "error box": '<div class="jp-OutputArea-output"><div class="wb-error">Could not export</div></div>',
    "traceback": '<div class="jp-OutputArea-output"><pre>Traceback (most recent call last):\n  File x</pre></div>',
    "empty output": '<div class="jp-OutputArea-output"><div></div></div>',
    "empty table": '<div class="jp-OutputArea-output">3 rows<div class="wb-grid"><table><thead><tr><th>a</th></tr></thead></table></div></div>',
}


@pytest.fixture
def page(shared_context: BrowserContext) -> Iterator[Page]:
    tab = shared_context.new_page()
    yield tab
    tab.close()


def test_nothing_is_reported_on_fine_outputs(page: Page) -> None:
    page.set_content(FINE)
    assert looks.broken(page, settle_ms=2_000) == []


@pytest.mark.parametrize("state", sorted(BROKEN))
def test_each_broken_state_is_reported(page: Page, state: str) -> None:
    page.set_content(FINE + BROKEN[state])
    found = looks.broken(page, settle_ms=500)
    assert len(found) == 1 and found[0].startswith("output 5 of 5"), found
