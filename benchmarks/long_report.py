"""Whether extraction time grows linearly with the length of a report.

    python benchmarks/long_report.py [REPORT] [--runs 3] [--copies 1 4 8]

Builds a report from the title of REPORT (default: the bundled seed report) followed by its
body repeated 1, 4 and 8 times, and times ``extract(report).to_json()`` on a freshly loaded
report each run. The spaCy parse is timed separately and is not part of the extraction time.
Prints CPU medians (this process only; wall medians beside them, as the machine is shared),
the extraction CPU time per KB of text, and the ratio of the per-KB time at the largest size to
that at the smallest. Linear growth keeps that ratio near 1; the target is at most 2.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORT = ROOT / "data" / "000_586bd0836be2d8ac.txt"
TARGET_RATIO = 2.0


def timed_runs(text: str, runs: int) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) seconds of the parse and of the extraction, for each of ``runs`` fresh reports."""
    import workbench as wb

    timings: dict[str, list[tuple[float, float]]] = {"parse": [], "extract": []}
    for _ in range(runs):
        report = wb.load_report(text=text)
        wall, cpu = time.perf_counter(), time.process_time()
        _ = report.doc
        timings["parse"].append((time.perf_counter() - wall, time.process_time() - cpu))
        wall, cpu = time.perf_counter(), time.process_time()
        wb.extract(report).to_json()
        timings["extract"].append((time.perf_counter() - wall, time.process_time() - cpu))
    return timings


def main() -> int:
    import workbench as wb

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 4, 8])
    args = parser.parse_args()
    text = args.report.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    wb.extract(wb.load_report(text=text)).to_json()  # model load and first-call set-up, outside the timings
    per_kb: dict[int, float] = {}
    for copies in args.copies:
        sample = title + "\n" + body * copies
        kb = len(sample.encode("utf-8")) / 1000
        timings = timed_runs(sample, args.runs)
        parse_cpu = statistics.median(c for _w, c in timings["parse"])
        extract_wall = statistics.median(w for w, _c in timings["extract"])
        extract_cpu = statistics.median(c for _w, c in timings["extract"])
        per_kb[copies] = extract_cpu / kb
        runs = " ".join(f"{c:.2f}" for _w, c in timings["extract"])
        print(
            f"{copies}x ({kb:.1f} KB): extract median {extract_cpu:.2f} s CPU ({extract_wall:.2f} s wall), "
            f"{per_kb[copies] * 1000:.1f} ms CPU per KB; parse median {parse_cpu:.2f} s CPU"
            f"  [extract runs, s CPU: {runs}]"
        )
    smallest, largest = min(per_kb), max(per_kb)
    ratio = per_kb[largest] / per_kb[smallest]
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(
        f"per-KB extraction time {largest}x / {smallest}x: {ratio:.2f}  [{verdict} target <= {TARGET_RATIO:g}]"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
