"""Shared fixtures: the bundled report, quick reports from strings, an isolated state folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import workbench as wb

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "000_586bd0836be2d8ac.txt"


@pytest.fixture(autouse=True)
def isolated_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own current-report folder, so tests never touch the user's."""
    state = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("WORKBENCH_STATE_DIR", str(state))
    return state


@pytest.fixture(scope="session")
def seed_report() -> wb.Report:
    """The bundled seed report (parsed once per session; treat it as read-only)."""
    return wb.load_report(SEED)


@pytest.fixture
def make_report() -> Callable[..., wb.Report]:
    """Build a report from a string: ``make_report("Title\\nBody.", published="2024-10-25")``."""

    def build(text: str, **options: object) -> wb.Report:
        return wb.load_report(text=text, **options)  # type: ignore[arg-type]

    return build
