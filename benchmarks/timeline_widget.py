"""Timeline panel responsiveness on a report: the change handler and the figure, as medians.

    python benchmarks/timeline_widget.py [REPORT] [--runs 20]

A control change (actor, date range, keyword, repeats) filters the extracted events and
redraws the counts and the table at once; the figure is drawn on the event loop a moment
after the last change. Both are timed here, in the same run; the target is a handler median
under 100 ms on the bundled report.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORT = ROOT / "data" / "000_586bd0836be2d8ac.txt"


def timed(action: Callable[[], None]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


async def measure(report_path: Path, runs: int) -> dict[str, list[float]]:
    import workbench as wb
    from workbench.widgets import TimelinePanel

    report = wb.load_report(report_path)
    _ = report.doc  # parse outside the timings: the panel is built once per report
    build = [timed(lambda: TimelinePanel(report))]
    panel = TimelinePanel(report)
    lanes = list(panel.actors.options)
    index = panel.dates.index
    changes: list[Callable[[], None]] = [
        lambda: setattr(panel.actors, "value", tuple(lanes[:1])),
        lambda: setattr(panel.actors, "value", tuple(lanes)),
        lambda: setattr(panel.keyword, "value", "troops"),
        lambda: setattr(panel.keyword, "value", ""),
        lambda: setattr(panel.dates, "index", (index[0], max(index[0], index[1] - 1))),
        lambda: setattr(panel.dates, "index", index),
        lambda: setattr(panel.hide_repeats, "value", not panel.hide_repeats.value),
    ]
    handler = [timed(changes[i % len(changes)]) for i in range(runs)]
    figure = [timed(panel.render_plot) for _ in range(max(3, runs // 4))]
    return {"panel build (s, after parse)": build, "change handler (s)": handler, "figure draw (s)": figure}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    results = asyncio.run(measure(args.report, args.runs))
    for name, times in results.items():
        print(f"{name}: median {statistics.median(times) * 1000:.1f} ms over {len(times)}")
    handler = statistics.median(results["change handler (s)"])
    figure = statistics.median(results["figure draw (s)"])
    print(f"figure draw / change handler: {figure / handler:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
