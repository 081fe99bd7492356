"""How long figures take, next to the parse they build on, and how fast the notebook 02 panels react.

    python benchmarks/figures_time.py [REPORT] [--runs 7]

Each run loads a fresh report (so nothing is cached), parses it, then times
``extract_figures`` and ``compare_figures``; the panels are timed on one report with a
filter change and a tolerance change. Prints medians and the figures/parse ratio.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORT = ROOT / "data" / "000_586bd0836be2d8ac.txt"


def main() -> int:
    import workbench as wb
    from workbench.widgets import FigureComparisonView, FigureTable

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from workbench.nlp import parse

    parse(wb.load_report(args.report))  # load the model once, outside the timings
    timings: dict[str, list[float]] = {"parse": [], "extract_figures": [], "compare_figures": []}
    for _ in range(args.runs):
        report = wb.load_report(args.report)
        started = time.perf_counter()
        _ = report.doc
        timings["parse"].append(time.perf_counter() - started)
        started = time.perf_counter()
        figures = wb.extract_figures(report)
        timings["extract_figures"].append(time.perf_counter() - started)
        started = time.perf_counter()
        wb.compare_figures(figures)
        timings["compare_figures"].append(time.perf_counter() - started)
    table = FigureTable(report)
    view = FigureComparisonView(report)
    timings["table filter change"] = []
    timings["tolerance change"] = []
    kinds = [k for k in table.kind.options if k != table.kind.value] or list(table.kind.options)
    for run in range(args.runs):
        started = time.perf_counter()
        table.kind.value = kinds[run % len(kinds)]
        table.minimum.value = "" if run % 2 else "10"
        timings["table filter change"].append(time.perf_counter() - started)
        started = time.perf_counter()
        view.tolerance.value = 0.05 if run % 2 else 0.15
        timings["tolerance change"].append(time.perf_counter() - started)
    medians = {name: statistics.median(values) for name, values in timings.items()}
    for name, value in medians.items():
        print(f"{name:>22}: median {value * 1000:7.1f} ms over {args.runs} runs")
    print(f"extract_figures / parse: {medians['extract_figures'] / medians['parse']:.2f}")
    print(f"{len(figures)} figures in {args.report.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
