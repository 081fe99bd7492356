"""Wall and CPU time of `workbench compare` on the synthetic corpus, once its reports are cached.

    python benchmarks/compare_time.py [--reports 1000] [--runs 3]

The corpus is extracted first (once, cached; a change to the extraction code extracts it
again), then ``workbench compare FOLDER --format json`` runs ``--runs`` times in a fresh process
each (imports, reopening the cached tables, grouping every figure, writing the JSON). It prints
the median wall and CPU time and the verdict against the target of issue 13: under a minute.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

from _common import cache_dir, machine_load, processed, synthetic_folder, timed_cpu

TARGET_SECONDS = 60.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = synthetic_folder(args.reports)
    processed(folder)  # extracted once and cached
    workbench = Path(sys.executable).with_name("workbench")
    command = [str(workbench), "compare", str(folder), "--format", "json", "--cache-dir", str(cache_dir())]
    outputs: list[str] = []

    def run() -> None:
        outputs.append(subprocess.run(command, capture_output=True, text=True, check=True).stdout)

    times = timed_cpu(run, args.runs)
    walls, cpus = [w for w, _ in times], [c for _, c in times]
    groups = len(json.loads(outputs[-1])["groups"])
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    verdict = "meets" if wall < TARGET_SECONDS else "MISSES"
    print(f"{args.reports} cached reports, {groups} groups; {machine_load()}")
    print(
        f"workbench compare: median {wall:.1f} s wall, {cpu:.1f} s CPU (runs: {', '.join(f'{w:.1f}' for w in walls)})"
    )
    print(f"{verdict} the target of under {TARGET_SECONDS:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
