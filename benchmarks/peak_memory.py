"""Peak memory of extracting 1,000 reports, and of reopening them from the cache and exploring them.

    python benchmarks/peak_memory.py [--reports 1000] [--runs 1] [--reopen-runs 3]

Runs in a child process and samples, every 0.1 s, the memory of it and all its children
(the worker processes and their fork server):

- extraction: ``workbench batch FOLDER`` with an empty cache, so every report is extracted;
- reopen: ``analyse_corpus(FOLDER)`` from the cache plus a ``CorpusExplorer`` on it, as in
  notebook 04.

Prints the median peak of the summed RSS (an upper bound: pages the workers share with
their fork server are counted in each) and of the summed PSS (shared pages split between
the processes that share them). Target: < 2 GB.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from _common import ROOT, machine_load, synthetic_folder

TARGET_GB = 2.0
REOPEN = """
import sys
import workbench as wb
from workbench.widgets import CorpusExplorer
if __name__ == "__main__":
    CorpusExplorer(wb.analyse_corpus(sys.argv[1], cache_dir=sys.argv[2], progress=False))
"""


def peak_memory(command: list[str]) -> tuple[float, float, float]:
    """Run ``command``; return its wall time and the peak summed RSS and PSS of its process tree (GB)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    parent = psutil.Process(process.pid)
    peak_rss = peak_pss = 0.0
    while process.poll() is None:
        rss = pss = 0.0
        try:
            for member in [parent, *parent.children(recursive=True)]:
                info = member.memory_full_info()
                rss += info.rss
                pss += getattr(info, "pss", info.rss)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.1)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{command[:3]} failed with status {process.returncode}")
    return time.perf_counter() - started, peak_rss / 1e9, peak_pss / 1e9


def summarise(label: str, results: list[tuple[float, float, float]]) -> None:
    rss = statistics.median(r[1] for r in results)
    pss = statistics.median(r[2] for r in results)
    verdict = "meets" if rss < TARGET_GB else ("meets (by PSS)" if pss < TARGET_GB else "MISSES")
    print(
        f"{label}: median peak {rss:.2f} GB RSS, {pss:.2f} GB PSS over {len(results)} runs"
        f"  [{verdict} target < {TARGET_GB:g} GB]"
    )
    print(
        "    runs (wall s / RSS GB / PSS GB): " + "  ".join(f"{t:.0f}/{r:.2f}/{p:.2f}" for t, r, p in results)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--reopen-runs", type=int, default=3)
    args = parser.parse_args()
    folder = synthetic_folder(args.reports)
    workbench = str(Path(sys.executable).with_name("workbench"))
    print(f"{args.reports} reports; {machine_load()}")
    with tempfile.TemporaryDirectory(dir=ROOT / ".benchmarks") as scratch:
        extraction = []
        for run in range(args.runs):
            cache = Path(scratch) / f"cache{run}"
            command = [
                workbench,
                "batch",
                str(folder),
                "--out",
                f"{scratch}/out",
                "--cache-dir",
                str(cache),
                "--quiet",
            ]
            extraction.append(peak_memory(command))
        summarise("extraction (empty cache)", extraction)
        reopen = [
            peak_memory([sys.executable, "-c", REOPEN, str(folder), str(Path(scratch) / "cache0")])
            for _ in range(args.reopen_runs)
        ]
        summarise("reopen from the cache + explorer", reopen)
    print(machine_load())
    return 0


if __name__ == "__main__":
    sys.exit(main())
