"""`workbench batch`: tables out, a progress bar, the cache on a second run, failures by name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
from test_corpus import write_reports

WORKBENCH = [sys.executable, "-m", "workbench.cli"]


def batch(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*WORKBENCH, "batch", *args], capture_output=True, text=True, timeout=180)


def test_batch_writes_tables_reports_failures_and_reuses_the_cache(tmp_path: Path) -> None:
    folder = write_reports(tmp_path / "reports")
    cache = tmp_path / "cache"
    done = batch(str(folder), "--out", str(tmp_path / "out"), "--cache-dir", str(cache), "--workers", "1")
    assert done.returncode == 1, done.stderr  # one report failed, the others finished
    failures = [line for line in done.stderr.splitlines() if line.startswith("workbench: ")]
    assert len(failures) == 1 and failures[0].startswith(f"workbench: {folder / 'blank.txt'}: ")
    assert "Traceback" not in done.stderr
    assert "100%" in done.stderr and "extracting" in done.stderr  # the text progress bar
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert sorted(documents["doc_id"]) == ["blank", "council", "harbour", "storm"]
    assert "3 of 4 reports extracted (0 from the cache), 1 failed" in done.stderr

    (folder / "blank.txt").unlink()
    again = batch(
        str(folder), "--out", str(tmp_path / "csv"), "--format", "csv", "--cache-dir", str(cache), "--quiet"
    )
    assert again.returncode == 0, again.stderr
    assert "3 of 3 reports extracted (3 from the cache), 0 failed" in again.stderr
    assert "extracting" not in again.stderr
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == [
        "actors.csv", "documents.csv", "events.csv", "figures.csv", "quotes.csv",
    ]  # fmt: skip


def test_batch_bad_input_exits_2_with_one_line(tmp_path: Path) -> None:
    for args in (
        [str(tmp_path / "missing"), "--out", str(tmp_path / "out")],
        [str(tmp_path), "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:1"],
    ):
        done = batch(*args)
        assert done.returncode == 2, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("workbench: ")
