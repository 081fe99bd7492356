"""Latency of the corpus explorer: change a filter, redraw the visible view.

    python benchmarks/widget_latency.py [--reports 1000] [--runs 20]

On the bundled seed (one report) and on the synthetic corpus of 1,000 reports, builds a
``CorpusExplorer``, opens each tab in turn and times ``--runs`` filter changes in it (the
outlet selection and, where there are several dates, the published-date range), each from
setting the widget's value to the view's new picture and table (a PNG drawn by matplotlib).
Targets: median < 100 ms on the seed, < 300 ms on 1,000 reports.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from functools import partial

from _common import SEED_FOLDER, machine_load, processed, report, synthetic_folder

from workbench.widgets import CorpusExplorer


def filter_changes(explorer: CorpusExplorer) -> list[Callable[[], None]]:
    """Distinct filter changes that alternate between the outlets and the date range."""
    outlets = explorer.outlets.options
    last = len(explorer.dates.options) - 1
    changes: list[Callable[[], None]] = []
    for i, outlet in enumerate(outlets):
        changes.append(partial(setattr, explorer.outlets, "value", tuple(o for o in outlets if o != outlet)))
        changes.append(partial(setattr, explorer.outlets, "value", outlets))
        if last >= 2:  # a narrower range, never the full one
            low = 1 + (i * 3) % (last - 1)
            high = max(low, last - (i * 5) % max(1, last // 2))
            changes.append(partial(setattr, explorer.dates, "index", (low, high)))
            changes.append(partial(setattr, explorer.dates, "index", (0, last)))
    return changes


def measure(label: str, explorer: CorpusExplorer, *, runs: int, target_ms: float) -> list[float]:
    everything = []
    for index, view in enumerate(explorer.views):
        explorer.tabs.selected_index = index
        changes = filter_changes(explorer)
        times = []
        for run in range(runs):
            change = changes[run % len(changes)]
            started = time.perf_counter()
            change()
            times.append(time.perf_counter() - started)
        report(f"{label}, {view.title}", times, target=target_ms)
        everything += times
    report(f"{label}, all views", everything, target=target_ms)
    return everything


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    print(machine_load())
    seed = processed(SEED_FOLDER)
    measure("seed (1 report)", CorpusExplorer(seed), runs=args.runs, target_ms=100)
    many = processed(synthetic_folder(args.reports))
    measure(f"{len(many.documents)} reports", CorpusExplorer(many), runs=args.runs, target_ms=300)
    print(machine_load())
    return 0


if __name__ == "__main__":
    sys.exit(main())
