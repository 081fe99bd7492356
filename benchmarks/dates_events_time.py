"""Time of date and event extraction on a parsed report, beside the spaCy parse it needs.

    python benchmarks/dates_events_time.py [REPORT] [--runs 15]

The report is parsed once; each run then extracts its dates and its events from scratch
(the per-report caches are bypassed), and the parse of a fresh copy is timed in the same
run for comparison. Prints medians (CPU time too: the machine is shared) and the ratios.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORT = ROOT / "data" / "000_586bd0836be2d8ac.txt"


def timed(action: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    import workbench as wb
    from workbench import dates, events
    from workbench.nlp import parse

    report = wb.load_report(args.report)
    published = report.published
    _ = report.doc, wb.actor_registry(report), wb.extract_quotes(report)  # parse and registry once

    def dates_fresh() -> object:
        report._memo.pop("dates:clauses", None)  # the clause reader is rebuilt each run too
        return dates._extract(report, published, dates.DateRules())

    def events_fresh() -> object:
        for key in [k for k in report._memo if k.startswith("events:")]:
            del report._memo[key]
        return events.extract_events(report)

    results = {
        "spaCy parse": [timed(lambda: parse(report)) for _ in range(max(3, args.runs // 3))],
        "extract_dates": [timed(dates_fresh) for _ in range(args.runs)],
        "extract_events (dates cached)": [timed(events_fresh) for _ in range(args.runs)],
    }
    medians = {
        name: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r))
        for name, r in results.items()
    }
    for name, (wall, cpu) in medians.items():
        print(f"{name:32s} wall median {wall * 1000:7.1f} ms   CPU median {cpu * 1000:7.1f} ms")
    parse_cpu = medians["spaCy parse"][1]
    for name in ("extract_dates", "extract_events (dates cached)"):
        print(f"{name} / parse (CPU): {medians[name][1] / parse_cpu:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
