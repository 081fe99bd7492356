"""Wall time of `workbench extract REPORT --format json`, model load included, and what it is made of.

    python benchmarks/extract_time.py [REPORT] [--runs 5]

Each command runs ``--runs`` times in a fresh process, interleaved so that all of them see the
same machine load; the script prints each command's median wall time and its share of the
extract median. The target is an extract median under 3 s on the bundled report. On a busy
shared machine wall time grows with the load average (printed), so the CPU time of each
process (user + system, which the load hardly changes) is printed beside it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORT = ROOT / "data" / "000_586bd0836be2d8ac.txt"
PYTHON = sys.executable
WORKBENCH = str(Path(sys.executable).with_name("workbench"))
TARGET_SECONDS = 3.0


def commands(report: Path) -> dict[str, list[str]]:
    """What is timed: the extract itself, then its parts (interpreter, imports, model, a command without spaCy)."""
    return {
        "workbench extract (JSON)": [WORKBENCH, "extract", str(report), "--format", "json"],
        "python start-up": [PYTHON, "-c", "pass"],
        "import workbench": [PYTHON, "-c", "import workbench.cli"],
        "import + spaCy model load": [
            PYTHON,
            "-c",
            "import workbench.cli; from workbench.nlp import load_model; load_model()",
        ],
        "workbench info (no spaCy)": [WORKBENCH, "info", str(report)],
    }


def timed_run(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    timed = commands(args.report)
    walls: dict[str, list[float]] = {name: [] for name in timed}
    cpus: dict[str, list[float]] = {name: [] for name in timed}
    load_before = os.getloadavg()[0]
    for _ in range(args.runs):
        for name, command in timed.items():
            wall, cpu = timed_run(command)
            walls[name].append(wall)
            cpus[name].append(cpu)
    wall_median = {name: statistics.median(values) for name, values in walls.items()}
    cpu_median = {name: statistics.median(values) for name, values in cpus.items()}
    extract = wall_median["workbench extract (JSON)"]
    print(
        f"{args.report.name}, {args.runs} runs each, load average {load_before:.1f} -> {os.getloadavg()[0]:.1f}"
    )
    for name, values in walls.items():
        runs = " ".join(f"{t:.2f}" for t in values)
        print(
            f"  {name:<28} wall median {wall_median[name]:5.2f} s ({wall_median[name] / extract:4.0%} of extract)"
            f"  CPU median {cpu_median[name]:5.2f} s  wall runs: {runs}"
        )
    verdict = "meets" if extract < TARGET_SECONDS else "misses"
    print(f"workbench extract wall median {extract:.2f} s: {verdict} the {TARGET_SECONDS:g} s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
