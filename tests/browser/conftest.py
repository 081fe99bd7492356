"""Browser-test fixtures: Debian's Chromium, a JupyterLab and a Voila server, one clean page per test.

Locally the browser tests are skipped (one reason line) when Chromium is missing; with
``WORKBENCH_REQUIRE_BROWSER=1`` (set by ``.ci/run``) a missing Chromium is a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, BrowserType, Page, Playwright, sync_playwright

import workbench as wb

from . import pages, servers, untrusted
from .pages import PageWatch

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
#: Two more reports every notebook is checked on (copies of texts of the evaluation kit's dev
#: set, with their .meta.json): a wire report with nothing to compare, and a live blog.
MORE_REPORTS = sorted((Path(__file__).parent / "reports").glob("*.txt"))

CHROMIUM_ENV = "WORKBENCH_CHROMIUM"  # another Chromium binary, if not /usr/bin/chromium
REQUIRE_ENV = "WORKBENCH_REQUIRE_BROWSER"  # "1" in CI: no Chromium is a failure
SCREENSHOT_ENV = "WORKBENCH_SCREENSHOT_DIR"  # default out/screenshots; `make screenshots` uses docs/

#: Debian's Chromium, headless, with nothing that phones home; the host rules keep every
#: request on this machine (Voila's template links a web font from a CDN).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
VIEWPORT = {"width": 1280, "height": 900}


def find_chromium() -> Path | None:
    path = Path(os.environ.get(CHROMIUM_ENV) or shutil.which("chromium") or "/usr/bin/chromium")
    return path if path.is_file() else None


CHROMIUM = find_chromium()
NO_CHROMIUM = "Chromium not found (apt-get install chromium)"
_not_run: list[pytest.Item] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without Chromium leave the browser tests out (and say so once), unless CI requires them."""
    here = Path(__file__).parent
    browser_items = [item for item in items if here in item.path.parents]
    if CHROMIUM is None and os.environ.get(REQUIRE_ENV) != "1":
        _not_run.extend(browser_items)
        items[:] = [item for item in items if item not in set(browser_items)]
        config.hook.pytest_deselected(items=browser_items)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _not_run:
        terminalreporter.write_line(f"SKIPPED {len(_not_run)} browser tests: {NO_CHROMIUM}", yellow=True)


@pytest.fixture(scope="session")
def chromium() -> Path:
    if CHROMIUM is None:
        pytest.fail(f"{NO_CHROMIUM}, and {REQUIRE_ENV}=1 requires the browser tests", pytrace=False)
    return CHROMIUM


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any], chromium: Path) -> dict[str, Any]:
    """pytest-playwright's launch options (--headed, --slowmo, ...) with Debian's Chromium."""
    return {**browser_type_launch_args, "executable_path": str(chromium), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url() -> None:
    """No base URL (pages use the servers' full URLs). Replaces pytest-playwright's own, which
    pytest 9 warns about (a session fixture defined as an instance method)."""
    return None


# pytest-playwright starts Playwright once per session. Its sync API keeps an asyncio event loop
# current in this thread, and later tests that schedule callbacks with
# ``asyncio.get_running_loop().call_later`` (as panels do to draw after typing) would see it and
# never be called back. So Playwright and the browser live only as long as the browser tests.


@pytest.fixture(scope="package")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as started:
        yield started


@pytest.fixture(scope="package")
def browser_type(playwright: Playwright, browser_name: str) -> BrowserType:
    browser_type: BrowserType = getattr(playwright, browser_name)
    return browser_type


@pytest.fixture(scope="package")
def browser(browser_type: BrowserType, browser_type_launch_args: dict[str, Any]) -> Iterator[Browser]:
    browser = browser_type.launch(**browser_type_launch_args)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def browser_context_args() -> dict[str, Any]:
    return {"viewport": VIEWPORT}


@pytest.fixture(scope="session")
def server_state(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The WORKBENCH_STATE_DIR of both servers' kernels (never the user's own)."""
    return tmp_path_factory.mktemp("server-state")


@pytest.fixture(autouse=True)
def default_current_report(server_state: Path) -> Iterator[None]:
    """Every test starts with no current report chosen, so notebooks open the bundled one."""
    (server_state / "current.json").unlink(missing_ok=True)
    yield
    (server_state / "current.json").unlink(missing_ok=True)


@pytest.fixture
def use_hostile_report(
    tmp_path: Path, server_state: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[], Path]:
    """Call it to make a report whose text carries markup the servers' current report."""

    def use() -> Path:
        monkeypatch.setenv("WORKBENCH_STATE_DIR", str(server_state))
        path = untrusted.write_report(tmp_path)
        wb.set_current_report(path, published="2025-03-04")
        return path

    return use


@pytest.fixture
def use_report(tmp_path: Path, server_state: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], Path]:
    """Call it with one of ``MORE_REPORTS`` to make its copy (in a folder holding copies of all of
    them, with their sidecars: notebook 04 analyses that folder) the servers' current report."""
    folder = tmp_path / "reports"

    def use(report: Path) -> Path:
        monkeypatch.setenv("WORKBENCH_STATE_DIR", str(server_state))
        if not folder.exists():
            folder.mkdir()
            for path in MORE_REPORTS:
                for part in (path, path.with_suffix(".meta.json")):
                    shutil.copy(part, folder / part.name)
        copy = folder / report.name
        wb.set_current_report(copy)
        return copy

    return use


@pytest.fixture(scope="session")
def launched_servers(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, server_state: Path
) -> Iterator[dict[str, servers.Server]]:
    """The servers the selected tests need, started together (Voila boots while JupyterLab tests run)."""
    needed = {
        name for item in request.session.items for name in ("lab", "voila") if name in item.fixturenames
    }
    launched = {}
    if "lab" in needed:
        launched["lab"] = servers.launch_lab(
            root=ROOT, home=tmp_path_factory.mktemp("lab"), state_dir=server_state
        )
    if "voila" in needed:
        launched["voila"] = servers.launch_voila(
            notebooks=NOTEBOOK_DIR, home=tmp_path_factory.mktemp("voila"), state_dir=server_state
        )
    yield launched
    for server in launched.values():
        server.stop()  # and its kernels


@pytest.fixture(scope="session")
def lab(launched_servers: dict[str, servers.Server]) -> servers.Server:
    """JupyterLab serving the project folder with no token, on a loopback port."""
    launched_servers["lab"].wait_until_ready()
    return launched_servers["lab"]


@pytest.fixture(scope="session")
def voila(launched_servers: dict[str, servers.Server]) -> servers.Server:
    """Voila serving notebooks/ as apps, on a loopback port."""
    launched_servers["voila"].wait_until_ready()
    return launched_servers["voila"]


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    folder = ROOT / os.environ.get(SCREENSHOT_ENV, "out/screenshots")  # relative to the project
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item) -> Iterator[pytest.TestReport]:
    """Keep each phase's report on the test item, so fixtures know whether the test failed."""
    report: pytest.TestReport = yield
    item.stash.setdefault(_REPORTS, {})[report.when] = report
    return report


_REPORTS = pytest.StashKey[dict[str, pytest.TestReport]]()


@pytest.fixture(scope="package")
def shared_context(browser: Browser, browser_context_args: dict[str, Any]) -> Iterator[BrowserContext]:
    """One browser context for the session: its HTTP cache makes every JupyterLab load after the first faster."""
    context = browser.new_context(**browser_context_args)
    yield context
    context.close()


def _open_tab(context: BrowserContext) -> PageWatch:
    page = context.new_page()
    page.set_default_timeout(60_000)
    return PageWatch.attach(page)


def _keep_failure_screenshot(request: pytest.FixtureRequest, page: Page) -> None:
    call = request.node.stash.get(_REPORTS, {}).get("call")
    if call is not None and call.failed and not page.is_closed():
        page.screenshot(path=ROOT / "test-results" / f"{request.node.name}.png")


@pytest.fixture
def lab_tab(
    request: pytest.FixtureRequest, shared_context: BrowserContext, lab: servers.Server
) -> Iterator[PageWatch]:
    """A new tab for the lab server; afterwards the kernels it started are shut down."""
    tab = _open_tab(shared_context)
    yield tab
    _keep_failure_screenshot(request, tab.page)
    tab.page.close()
    pages.delete_lab_sessions(lab)


@pytest.fixture
def voila_tab(
    request: pytest.FixtureRequest, shared_context: BrowserContext, voila: servers.Server
) -> Iterator[PageWatch]:
    """A new tab for the Voila server; closing it (as a browser tab closes) shuts its kernel down."""
    tab = _open_tab(shared_context)
    yield tab
    _keep_failure_screenshot(request, tab.page)
    pages.close_voila_page(tab.page, voila)
