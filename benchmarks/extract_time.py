"""Wall and CPU time of `workbench extract REPORT --format json`, model load included, and its parts.

    python benchmarks/extract_time.py [REPORT] [--runs 5] [--baseline DIR]

Each command runs ``--runs`` times in a fresh process, interleaved so that all of them see the
same machine load; the script prints each command's median wall time, its share of the extract
median and its median CPU time (user + system of the process). The target is an extract median
under 3 s wall on the bundled report. On a busy shared machine wall time grows with the load
average (printed), while CPU time hardly changes: compare CPU medians across runs.

The package's bytecode is compiled first, as an install or a first run does (this matters where
``PYTHONDONTWRITEBYTECODE`` is set: there every run would compile the sources again).

``--baseline DIR`` also times the extract from another checkout of the package (for example an
export of main: ``git archive main | tar -x -C /tmp/main``), interleaved with this one, and prints
the ratio of the medians.
"""

from __future__ import annotations

import argparse
import compileall
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
EXTRACT = "workbench extract (JSON)"
BASELINE = "baseline: workbench extract"

Command = tuple[list[str], dict[str, str]]


def commands(report: Path, baseline: Path | None) -> dict[str, Command]:
    """What is timed: the extract itself, then its parts (interpreter, imports, model, a command without spaCy)."""
    env = dict(os.environ)
    timed: dict[str, Command] = {
        EXTRACT: ([WORKBENCH, "extract", str(report), "--format", "json"], env),
        "python start-up": ([PYTHON, "-c", "pass"], env),
        "import workbench (CLI)": ([PYTHON, "-c", "import workbench.cli"], env),
        "import + spaCy model load": (
            [PYTHON, "-c", "import workbench.cli; from workbench.nlp import load_model; load_model()"],
            env,
        ),
        "workbench info (no spaCy)": ([WORKBENCH, "info", str(report)], env),
    }
    if baseline is not None:
        baseline_env = {**env, "PYTHONPATH": str(baseline)}
        timed[BASELINE] = ([WORKBENCH, "extract", str(report), "--format", "json"], baseline_env)
    return timed


def timed_run(command: Command) -> tuple[float, float, bytes]:
    """(wall seconds, CPU seconds, standard output) of one run of ``command``."""
    argv, env = command
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(argv, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, help="another checkout of the package to compare with")
    args = parser.parse_args()
    for package in [ROOT / "workbench", *([args.baseline / "workbench"] if args.baseline else [])]:
        compileall.compile_dir(package, quiet=1)
    timed = commands(args.report, args.baseline)
    walls: dict[str, list[float]] = {name: [] for name in timed}
    cpus: dict[str, list[float]] = {name: [] for name in timed}
    outputs: dict[str, bytes] = {}
    load_before = os.getloadavg()[0]
    for _ in range(args.runs):
        for name, command in timed.items():
            wall, cpu, stdout = timed_run(command)
            walls[name].append(wall)
            cpus[name].append(cpu)
            outputs[name] = stdout
    wall_median = {name: statistics.median(values) for name, values in walls.items()}
    cpu_median = {name: statistics.median(values) for name, values in cpus.items()}
    extract = wall_median[EXTRACT]
    print(
        f"{args.report.name}, {args.runs} runs each, load average {load_before:.1f} -> {os.getloadavg()[0]:.1f}"
    )
    for name, values in walls.items():
        runs = " ".join(f"{t:.2f}" for t in values)
        print(
            f"  {name:<28} wall median {wall_median[name]:5.2f} s ({wall_median[name] / extract:4.0%} of extract)"
            f"  CPU median {cpu_median[name]:5.2f} s  wall runs: {runs}"
        )
    if args.baseline is not None:
        same = "identical" if outputs[BASELINE] == outputs[EXTRACT] else "DIFFERENT"
        print(
            f"this checkout / baseline: wall {extract / wall_median[BASELINE]:.2f}, "
            f"CPU {cpu_median[EXTRACT] / cpu_median[BASELINE]:.2f}; JSON output {same}"
        )
    verdict = "meets" if extract < TARGET_SECONDS else "misses"
    print(f"workbench extract wall median {extract:.2f} s: {verdict} the {TARGET_SECONDS:g} s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
