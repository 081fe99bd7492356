"""Engines: the same results in this process, on worker processes and on a two-worker Dask cluster."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from test_corpus import write_reports

import workbench as wb
from workbench.corpus import extract_reports, plan_tasks
from workbench.parallel import run_batches


def test_in_process_and_worker_processes_run_every_batch() -> None:
    batches = [[1, 2], [3], [4, 5, 6]]
    assert sorted(run_batches(sum, batches, workers=1)) == [3, 3, 15]
    assert sorted(run_batches(sum, batches, workers=2)) == [3, 3, 15]


def test_an_interrupt_in_a_parallel_run_is_raised_between_waits_and_the_handler_comes_back() -> None:
    """Ctrl-C while the pool runs stops the run with KeyboardInterrupt at a point where no lock of the pool
    is held, and leaves the process's own Ctrl-C handler as it was."""
    before = signal.getsignal(signal.SIGINT)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        _interrupt_at_the_first_result(run_batches(time.sleep, [0.5] * 8, workers=2))
    assert time.monotonic() - started < 3  # the batches still queued were not waited for
    assert signal.getsignal(signal.SIGINT) is before


def _interrupt_at_the_first_result(results: Iterator[object]) -> None:
    for _ in results:
        os.kill(os.getpid(), signal.SIGINT)


def test_bad_engine_or_workers_is_a_clear_error() -> None:
    with pytest.raises(wb.WorkbenchError, match="unknown engine"):
        run_batches(sum, [[1]], engine="spark")  # type: ignore[arg-type]
    with pytest.raises(wb.WorkbenchError, match="at least 1"):
        run_batches(sum, [[1]], workers=0)


def test_extracting_a_report_is_a_pure_function(tmp_path: Path) -> None:
    tasks = plan_tasks(write_reports(tmp_path / "reports"))
    first, second = extract_reports(tasks), extract_reports(list(reversed(tasks)))
    by_doc = {r.task.doc_id: r for r in second}
    for result in first:
        other = by_doc[result.task.doc_id]
        assert (result.error is None) == (other.error is None)
        if result.table is not None and other.table is not None:
            assert result.table.drop_columns(["documents.seconds"]).equals(
                other.table.drop_columns(["documents.seconds"])
            )


@pytest.mark.slow
def test_dask_two_worker_cluster_gives_the_same_tables(tmp_path: Path) -> None:
    from distributed import LocalCluster

    folder = write_reports(tmp_path / "reports")
    here = wb.analyse_corpus(folder, cache=False, workers=1, progress=False)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster:
        there = wb.analyse_corpus(
            folder,
            engine="dask",
            scheduler=cluster.scheduler_address,
            cache=False,
            batch_size=1,
            progress=False,
        )
    assert there.extracted == 3 and there.failures["doc_id"].tolist() == ["blank"]
    for name in ("quotes", "figures", "events", "actors"):
        pd.testing.assert_frame_equal(here.table(name), there.table(name))
    pd.testing.assert_frame_equal(
        here.documents.drop(columns="seconds"), there.documents.drop(columns="seconds")
    )


@pytest.mark.slow
def test_cli_on_a_default_local_dask_cluster(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = write_reports(tmp_path / "reports")
    (folder / "blank.txt").unlink()
    done = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "batch", str(folder), "--out", str(tmp_path / "out"),
         "--engine", "dask", "--workers", "2", "--no-cache", "--format", "jsonl", "--quiet"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len((tmp_path / "out" / "documents.jsonl").read_text().splitlines()) == 3
