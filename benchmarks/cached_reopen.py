"""Reopening a processed corpus of 1,000 reports from the cache.

    python benchmarks/cached_reopen.py [--reports 1000] [--runs 5]

The synthetic corpus is extracted once (and cached; a change to the extraction code
invalidates that cache, so the first run after one takes minutes). Then each run calls
``analyse_corpus(folder)`` as a notebook does when it is re-run: list the folder, hash every
file, sidecar and corrections file, read the corpus's pack and build the five tables.
Target: median < 3 s. Wall and CPU medians are printed (CPU: this process and, for the
fresh process, its child): on a shared machine the wall time grows with the load. Also timed: the same in a fresh Python process (interpreter start and
imports included), as ``workbench batch`` or a restarted kernel sees it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from _common import cache_dir, machine_load, processed, report_cpu, synthetic_folder, timed_cpu

import workbench as wb

TARGET_SECONDS = 3.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = synthetic_folder(args.reports)
    corpus = processed(folder)
    print(f"{len(corpus.documents)} reports, {corpus.documents['words'].sum():,} words; {machine_load()}")
    cache = cache_dir()

    def reopen() -> None:
        again = wb.analyse_corpus(folder, cache_dir=cache, progress=False)
        assert again.extracted == 0, "the cache was not used"

    report_cpu("reopen in a running process", timed_cpu(reopen, args.runs), unit="s", target=TARGET_SECONDS)
    code = f"import workbench as wb; wb.analyse_corpus({str(folder)!r}, cache_dir={str(cache)!r}, progress=False)"
    cold = timed_cpu(lambda: subprocess.run([sys.executable, "-c", code], check=True), max(3, args.runs // 2))
    report_cpu("reopen in a fresh process (imports included)", cold, unit="s")
    print(machine_load())
    return 0


if __name__ == "__main__":
    sys.exit(main())
