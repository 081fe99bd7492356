"""`workbench batch`: tables out, a progress bar, the cache on a second run, failures by name."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import SEED
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


def _descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (children of children too), read from /proc."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            children = (task / "children").read_text().split() if (task / "children").exists() else []
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_killed_batch_stops_its_workers_keeps_finished_reports_and_resumes(
    tmp_path: Path, signum: signal.Signals
) -> None:
    for attempt in range(3):  # a batch that ends before the signal lands tests nothing: run it again
        folder, cache, out = (
            tmp_path / f"reports{attempt}",
            tmp_path / f"cache{attempt}",
            tmp_path / f"out{attempt}",
        )
        folder.mkdir()
        seed = SEED.read_text(encoding="utf-8")
        for i in range(24):  # each file differs, so each has its own cache entry
            (folder / f"r{i:02d}.txt").write_text(seed + f"\nNote {i}.\n", encoding="utf-8")
        args = [str(folder), "--out", str(out), "--cache-dir", str(cache), "--workers", "2", "--quiet"]
        run = subprocess.Popen([*WORKBENCH, "batch", *args], stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while not list(cache.glob("reports/*/*.parquet")):
            assert run.poll() is None and time.monotonic() < deadline, "no report was cached"
            time.sleep(0.05)
        workers = _descendants(run.pid)
        assert len(workers) >= 2  # the fork server and its worker processes
        run.send_signal(signum)
        started = time.monotonic()
        _, stderr = run.communicate(timeout=30)
        assert time.monotonic() - started < 10
        if not (run.returncode == 0 and "24 of 24 reports extracted" in stderr):
            break
    assert run.returncode == 130, stderr
    assert "Traceback" not in stderr and stderr.strip().endswith("workbench: interrupted")
    end = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < end:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers), "worker processes outlived the batch"
    assert not list(cache.rglob("*.tmp")) and not out.exists()  # nothing half-written
    finished = len(list(cache.glob("reports/*/*.parquet")))
    assert 1 <= finished < 24

    again = batch(*args)
    assert again.returncode == 0, again.stderr
    assert f"24 of 24 reports extracted ({finished} from the cache), 0 failed" in again.stderr
