"""JupyterLab and Voila servers for the browser tests: loopback, no token, their own folders."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: JupyterLab settings that keep the page still while tests drive it: no news/update toast,
#: no autosave (Run All must never write outputs into the repository's notebooks), and
#: every cell kept in the DOM (windowed notebooks drop cells scrolled out of view).
LAB_OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
}
START_TIMEOUT = 90.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    """A Jupyter server process (JupyterLab or Voila) on a loopback port."""

    name: str
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    probe: str  # a URL path that answers once the server is up

    def get(self, path: str) -> Any:
        with urllib.request.urlopen(self.url + path, timeout=10) as response:
            return json.loads(response.read() or b"null")

    def delete(self, path: str) -> None:
        request = urllib.request.Request(self.url + path, method="DELETE")
        with urllib.request.urlopen(request, timeout=30):
            pass

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def wait_for_log(self, text: str, *, timeout: float = 30.0) -> None:
        """Wait until the server's log mentions ``text`` (e.g. a kernel shutting down)."""
        deadline = time.monotonic() + timeout
        while text not in self.log.read_text(errors="replace"):
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.name} never logged {text!r}:\n{self.log_tail()}")
            time.sleep(0.1)

    def wait_until_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.url + self.probe, timeout=5):
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"{self.name} not ready after {START_TIMEOUT:.0f} s:\n{self.log_tail()}")

    def stop(self) -> None:
        """SIGTERM (Jupyter's clean shutdown, which also stops its kernels), then kill."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def server_env(home: Path, state_dir: Path) -> dict[str, str]:
    """The server's environment: its own Jupyter folders, and the workbench state in ``state_dir``."""
    env = dict(os.environ)
    env.update(
        JUPYTER_CONFIG_DIR=str(home / "config"),
        JUPYTER_DATA_DIR=str(home / "data"),
        JUPYTER_RUNTIME_DIR=str(home / "runtime"),
        JUPYTER_PLATFORM_DIRS="1",
        WORKBENCH_STATE_DIR=str(state_dir),
        PYTHONUNBUFFERED="1",
    )
    return env


def launch(name: str, args: list[str], *, home: Path, env: dict[str, str], probe: str) -> Server:
    """Start the server process; ``wait_until_ready`` before using it."""
    home.mkdir(parents=True, exist_ok=True)
    log = home / f"{name}.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(args, env=env, stdout=sink, stderr=subprocess.STDOUT)
    return Server(name=name, url=_url_from(args), process=process, log=log, probe=probe)


def _url_from(args: list[str]) -> str:
    port = next(a.split("=", 1)[1] for a in args if a.startswith(("--port=", "--ServerApp.port=")))
    return f"http://127.0.0.1:{port}"


def launch_lab(*, root: Path, home: Path, state_dir: Path) -> Server:
    """``jupyter lab`` of this Python environment serving ``root``, with no token or password."""
    app_settings = home / "app-settings"
    app_settings.mkdir(parents=True, exist_ok=True)
    (app_settings / "overrides.json").write_text(json.dumps(LAB_OVERRIDES, indent=2))
    args = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        f"--port={free_port()}",
        "--ServerApp.port_retries=0",
        "--ip=127.0.0.1",
        "--allow-root",
        "--IdentityProvider.token=",
        "--ServerApp.password=",
        "--ServerApp.disable_check_xsrf=True",  # lets the tests DELETE sessions over plain HTTP
        f"--ServerApp.root_dir={root}",
        f"--LabApp.app_settings_dir={app_settings}",
        f"--LabApp.user_settings_dir={home / 'user-settings'}",
        f"--LabApp.workspaces_dir={home / 'workspaces'}",
    ]
    return launch("jupyterlab", args, home=home, env=server_env(home, state_dir), probe="/api/status")


def launch_voila(*, notebooks: Path, home: Path, state_dir: Path) -> Server:
    """Voila serving the notebooks as apps (tracebacks on, so a failing cell is visible)."""
    args = [
        sys.executable,
        "-m",
        "voila",
        str(notebooks),
        "--no-browser",
        f"--port={free_port()}",
        "--Voila.port_retries=0",
        "--Voila.ip=127.0.0.1",
        "--Voila.token=",
        "--VoilaConfiguration.show_tracebacks=True",
        # Voila's unload beacon (which shuts the kernel of a closed page down) carries no XSRF
        # token when the server has none, and is refused; the tests rely on it, so allow it here.
        "--Voila.tornado_settings=disable_check_xsrf=True",
        "--VoilaConfiguration.extension_denylist=jupyterlab-jupytext",
    ]
    return launch("voila", args, home=home, env=server_env(home, state_dir), probe="/")
