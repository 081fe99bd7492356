"""Latency of the corpus explorer: change a filter, redraw the visible view.

    python benchmarks/widget_latency.py [--reports 1000] [--runs 20]

On the bundled seed (one report) and on the synthetic corpus of 1,000 reports, builds a
``CorpusExplorer``, opens each tab in turn and times ``--runs`` filter changes in it (the
outlet selection and, where there are several dates, the published-date range), each from
setting the widget's value to the view's new picture and table (a PNG drawn by matplotlib).
Targets: median < 100 ms on the seed, < 300 ms on 1,000 reports. Wall and CPU medians are
printed: on a shared machine the wall time grows with the load, the CPU time does not.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import partial

from _common import SEED_FOLDER, machine_load, processed, report_cpu, synthetic_folder, timed_cpu

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


def measure(label: str, explorer: CorpusExplorer, *, runs: int, target_ms: float) -> None:
    everything = []
    for index, view in enumerate(explorer.views):
        explorer.tabs.selected_index = index
        changes = iter(filter_changes(explorer) * runs)
        times = timed_cpu(lambda changes=changes: next(changes)(), runs)
        report_cpu(f"{label}, {view.title}", times, target=target_ms)
        everything += times
    report_cpu(f"{label}, all views", everything, target=target_ms)


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
