"""Driving a notebook in JupyterLab or Voila: open, run, wait for states (never sleeps), check outputs."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import ConsoleMessage, Dialog, Error, Locator, Page, WebSocket

from .servers import Server

POLL_MS = 100  # how often a waiting condition is re-checked in the page (the default is every frame)
RUN_TIMEOUT_MS = 150_000  # Run All on a loaded 2-core machine (spaCy import + parsing)
RENDER_TIMEOUT_MS = 60_000
CHANGE_TIMEOUT_MS = 60_000

WIDGET_OUTPUT = ".jp-OutputArea-output.jupyter-widgets, .jp-OutputArea-output:has(> .jupyter-widgets)"
STDERR_OUTPUT = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
#: What ipywidgets shows instead of a widget it cannot render.
_BROKEN_WIDGETS = ["Error displaying widget", "Error rendering output item"]
_LOADING_WIDGET = "Loading widget..."  # Voila's placeholder until the widget renders
WIDGET_FAILURES = (*_BROKEN_WIDGETS, _LOADING_WIDGET)

#: The toolbar indicator says "idle" before any kernel is attached; the status bar names the kernel.
_KERNEL_IDLE = """() => {
  const status = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');
  const bar = [...document.querySelectorAll('.jp-StatusBar-TextItem')].map(e => e.textContent.trim());
  return status !== null && status.dataset.status === 'idle'
    && bar.some(t => / [|] Idle$/.test(t) && !t.startsWith('No Kernel'));
}"""
#: Run All has finished once the first code cell has a newer execution count than before
#: (``after``), no cell is queued or running ("[*]") and the kernel is idle.
_RUN_FINISHED = """(after) => {
  const status = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');
  const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')].map(e => e.textContent);
  const first = parseInt((prompts[0] || '').replace(/\\D/g, ''), 10);
  return status !== null && status.dataset.status === 'idle'
    && first > after && !prompts.some(p => p.includes('*'));
}"""
_LAST_COUNT = """() => Math.max(0, ...[...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
  .map(e => parseInt(e.textContent.replace(/\\D/g, ''), 10)).filter(n => !isNaN(n)))"""


_WIDGETS_SETTLED = """([broken, loading]) => {
  const views = [...document.querySelectorAll('.jp-OutputArea-output')].filter(
    e => e.dataset.mimeType === 'application/vnd.jupyter.widget-view+json' || e.classList.contains('jupyter-widgets')
      || e.querySelector(':scope > .jupyter-widgets'));
  const text = document.body.innerText;
  return broken.some(f => text.includes(f))
    || (!text.includes(loading) && views.every(v => v.querySelector('[class*="widget-"]')));
}"""


@dataclass
class PageWatch:
    """Everything a page reported that a test may want to assert on."""

    page: Page
    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    kernel_errors: list[str] = field(default_factory=list)
    kernel_working_on: set[bytes] = field(default_factory=set)  # requests the kernel is busy with

    @classmethod
    def attach(cls, page: Page) -> PageWatch:
        watch = cls(page)
        page.on("dialog", watch._on_dialog)
        page.on("console", lambda message: watch.console.append(_describe(message)))
        page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
        page.on("websocket", watch._on_websocket)
        return watch

    def _on_websocket(self, socket: WebSocket) -> None:
        """Kernel error messages, even those no output area shows (a failing widget callback)."""

        if "/api/kernels/" not in socket.url:
            return

        def on_frame(payload: str | bytes) -> None:
            data = payload.encode() if isinstance(payload, str) else payload
            state = _KERNEL_STATE.search(data)
            ids = _MSG_ID.findall(data)  # the message's own id, then its parent request's
            if state and len(ids) >= 2:
                if state.group(1) == b"busy":
                    self.kernel_working_on.add(ids[1])
                else:
                    self.kernel_working_on.discard(ids[1])
            if _KERNEL_ERROR.search(data):
                found = _ERROR_VALUE.search(data)
                self.kernel_errors.append(found.group(0).decode(errors="replace") if found else "an error")

        socket.on("framereceived", on_frame)

    def wait_until_kernel_done(self, *, timeout_ms: int = 60_000) -> None:
        """Wait until the kernel went idle after every request it started (a callback has finished)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self.kernel_working_on:
            if time.monotonic() > deadline:
                raise AssertionError(f"kernel still busy after {timeout_ms / 1000:.0f} s")
            self.page.wait_for_timeout(50)  # lets Playwright deliver the pending websocket events

    def _on_dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


_KERNEL_STATE = re.compile(rb'"execution_state":\s*"(busy|idle)"')
_MSG_ID = re.compile(rb'"msg_id":\s*"([^"]+)"')
_KERNEL_ERROR = re.compile(rb'"msg_type":\s*"error"')
_ERROR_VALUE = re.compile(rb'"ename":\s*"[^"]*",\s*"evalue":\s*"(?:[^"\\]|\\.)*"')


def _describe(message: ConsoleMessage) -> str:
    return f"{message.type}: {message.text}"


# --- JupyterLab -------------------------------------------------------------------------------


def open_in_lab(page: Page, lab: Server, notebook: Path, *, workspace: str) -> None:
    """Open ``notebook`` in a fresh JupyterLab workspace and wait for its kernel to be idle."""
    page.goto(f"{lab.url}/lab/workspaces/{workspace}/tree/notebooks/{notebook.name}")
    panel = page.locator(".jp-NotebookPanel").first
    panel.wait_for(state="visible")
    try:
        page.wait_for_function(_KERNEL_IDLE, timeout=RENDER_TIMEOUT_MS, polling=POLL_MS)
    except Error:
        _fail_on_lab_dialog(page, notebook)
        raise
    # the file browser takes a third of the width; the screenshots want the notebook
    sidebar_tab = page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current")
    if sidebar_tab.count():
        sidebar_tab.first.click()


def run_all_in_lab(page: Page, notebook: Path) -> None:
    """Run > Run All Cells, then wait until every cell ran (or one failed) and the kernel is idle."""
    last_count = page.evaluate(_LAST_COUNT)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator("li.lm-Menu-item[data-command='runmenu:run-all']").click()
    try:
        page.wait_for_function(_RUN_FINISHED, arg=last_count, timeout=RUN_TIMEOUT_MS, polling=POLL_MS)
    except Error:
        _fail_on_lab_dialog(page, notebook)
        raise


_STALE = "wb-stale"
#: Every output marked stale before the restart is gone (cells re-ran), nothing is queued or running,
#: every code cell has run in the new kernel and the kernel is idle.
_RERUN_FINISHED = f"""() => {{
  const status = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');
  const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')].map(e => e.textContent);
  return status !== null && status.dataset.status === 'idle' && !document.querySelector('[data-{_STALE}]')
    && prompts.every(p => /\\d/.test(p) && !p.includes('*'));
}}"""


def edit_cell(page: Page, *, containing: str, source: str) -> None:
    """Replace the source of the code cell whose text contains ``containing``, as a person would type it."""
    editor = page.locator(".jp-CodeCell .cm-content").filter(has_text=containing).first
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(source)
    page.keyboard.press("Escape")  # leave the editor (command mode), as after typing


def restart_and_run_all_in_lab(page: Page, notebook: Path) -> None:
    """Kernel > Restart Kernel and Run All Cells (a fresh kernel), accept the dialog, wait until every cell ran."""
    page.evaluate(
        f"() => document.querySelectorAll('.jp-OutputArea-output').forEach(e => e.setAttribute('data-{_STALE}', '1'))"
    )
    page.locator(".lm-MenuBar-itemLabel", has_text="Kernel").first.click()
    page.locator("li.lm-Menu-item[data-command='runmenu:restart-and-run-all']").click()
    page.locator(".jp-Dialog .jp-mod-accept").click()
    try:
        page.wait_for_function(_RERUN_FINISHED, timeout=RUN_TIMEOUT_MS, polling=POLL_MS)
    except Error:
        _fail_on_lab_dialog(page, notebook)
        raise


def _fail_on_lab_dialog(page: Page, notebook: Path) -> None:
    """A JupyterLab dialog (kernel choice, error) blocks the page: say what it says."""
    dialog = page.locator(".jp-Dialog")
    if dialog.count():
        raise AssertionError(f"{notebook.name}: JupyterLab shows a dialog: {dialog.first.inner_text()!r}")


def delete_lab_sessions(lab: Server) -> None:
    """Shut down every kernel the test started (kernels outlive the page)."""
    for session in lab.get("/api/sessions"):
        lab.delete(f"/api/sessions/{session['id']}")


# --- Voila -------------------------------------------------------------------------------------


def start_voila(page: Page, voila: Server, notebook: Path) -> None:
    """Ask Voila for the notebook as an app and return at once: the server runs every cell while
    the page streams in (``finish_voila`` waits for it), so the test can do other work meanwhile."""
    page.goto(f"{voila.url}/voila/render/{notebook.name}", wait_until="commit", timeout=RUN_TIMEOUT_MS)


def finish_voila(page: Page) -> None:
    """Wait until Voila has run every cell and shows the rendered cells."""
    page.wait_for_load_state("load", timeout=RUN_TIMEOUT_MS)
    page.locator("#rendered_cells").wait_for(state="visible")
    page.locator("#loading").wait_for(state="detached")


def close_voila_page(page: Page, voila: Server) -> None:
    """Close the page as a browser tab closes: Voila's unload beacon shuts its kernel down."""
    config = page.locator("#jupyter-config-data")
    kernel_id = json.loads(config.text_content() or "{}").get("kernelId") if config.count() else None
    page.close(run_before_unload=True)
    if kernel_id:
        voila.wait_for_log(f"Kernel shutdown: {kernel_id}")


# --- checks shared by both -------------------------------------------------------------------


def widget_outputs(page: Page) -> int:
    """How many outputs are (or hold) widget views."""
    return int(
        page.evaluate(
            """() => [...document.querySelectorAll('.jp-OutputArea-output')].filter(
                 e => e.dataset.mimeType === 'application/vnd.jupyter.widget-view+json'
                   || e.classList.contains('jupyter-widgets') || e.querySelector(':scope > .jupyter-widgets')).length"""
        )
    )


def wait_for_widgets(page: Page) -> None:
    """Wait until every widget output has rendered widget elements (or visibly failed to)."""
    page.wait_for_function(
        _WIDGETS_SETTLED, arg=[_BROKEN_WIDGETS, _LOADING_WIDGET], timeout=RENDER_TIMEOUT_MS, polling=POLL_MS
    )


def assert_no_error_output(page: Page, notebook: Path) -> None:
    """No stderr output area, no traceback, no widget that failed to render."""
    stderr = page.locator(STDERR_OUTPUT)
    if stderr.count():
        raise AssertionError(f"{notebook.name} wrote to stderr:\n{stderr.first.inner_text()[:2000]}")
    text = page.locator("body").inner_text()
    assert "Traceback (most recent call last)" not in text, f"{notebook.name} shows a traceback"
    for failure in WIDGET_FAILURES:
        assert failure not in text, f"{notebook.name}: {failure!r} is shown"


def assert_visible(locator: Locator, message: str, *, timeout_ms: int = 10_000) -> None:
    """Wait for ``locator`` to be visible, failing with ``message`` (not a page-long snapshot)."""
    try:
        locator.wait_for(state="visible", timeout=timeout_ms)
    except Error:
        raise AssertionError(message) from None


def screenshot_at(page: Page, selector: str, path: Path) -> None:
    """Screenshot with the cell holding ``selector`` scrolled to the top of the notebook or app."""
    page.locator(selector).first.evaluate(
        "e => (e.closest('.jp-Cell') || e).scrollIntoView({block: 'start'})"
    )
    page.screenshot(path=path)
