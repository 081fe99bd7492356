"""Browser-test fixtures: Debian's Chromium, a JupyterLab and a Voila server, one clean page per test.

Locally the browser tests are skipped (one reason line) when Chromium is missing; with
``WORKBENCH_REQUIRE_BROWSER=1`` (set by ``.ci/run``) a missing Chromium is a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

from . import pages, servers
from .pages import PageWatch

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))

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
    """pytest-playwright launches Debian's Chromium (never a downloaded one)."""
    return {**browser_type_launch_args, "executable_path": str(chromium), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url() -> None:
    """No base URL (pages use the servers' full URLs). Replaces pytest-playwright's own, which
    pytest 9 warns about (a session fixture defined as an instance method)."""
    return None


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_context_args, "viewport": VIEWPORT}


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


@pytest.fixture(scope="session")
def lab(tmp_path_factory: pytest.TempPathFactory, server_state: Path) -> Iterator[servers.Server]:
    """JupyterLab serving the project folder, stopped (with its kernels) after the session."""
    server = servers.start_lab(root=ROOT, home=tmp_path_factory.mktemp("lab"), state_dir=server_state)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def voila(tmp_path_factory: pytest.TempPathFactory, server_state: Path) -> Iterator[servers.Server]:
    """Voila serving notebooks/ as apps, stopped (with its kernels) after the session."""
    server = servers.start_voila(
        notebooks=NOTEBOOK_DIR, home=tmp_path_factory.mktemp("voila"), state_dir=server_state
    )
    yield server
    server.stop()


@pytest.fixture
def watch(page: Page) -> PageWatch:
    """Records dialogs, console messages and uncaught page errors of the test's page."""
    page.set_default_timeout(60_000)
    return PageWatch.attach(page)


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    folder = ROOT / os.environ.get(SCREENSHOT_ENV, "out/screenshots")  # relative to the project
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def lab_page(page: Page, lab: servers.Server) -> Iterator[Page]:
    """A page for the lab server; afterwards the kernels it started are shut down."""
    yield page
    page.close()
    pages.delete_lab_sessions(lab)


@pytest.fixture
def voila_page(page: Page, voila: servers.Server) -> Iterator[Page]:
    """A page for the Voila server; closing it (as a tab closes) shuts its kernel down."""
    yield page
    pages.close_voila_page(page, voila)
