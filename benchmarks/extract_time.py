"""Wall time of `workbench extract REPORT --format json`, model load included.

    python benchmarks/extract_time.py [REPORT] [--runs 5]

Prints each run and the median; the target is a median under 3 s on the bundled report.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORT = ROOT / "data" / "000_586bd0836be2d8ac.txt"
WORKBENCH = Path(sys.executable).with_name("workbench")


def time_extract(report: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [str(WORKBENCH), "extract", str(report), "--format", "json"], check=True, capture_output=True
    )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times = [time_extract(args.report) for _ in range(args.runs)]
    print("runs (s): " + " ".join(f"{t:.2f}" for t in times))
    print(
        f"workbench extract {args.report.name}: median {statistics.median(times):.2f} s over {args.runs} runs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
