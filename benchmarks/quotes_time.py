"""How long actors and quotes take, next to the parse they build on, and how fast the quotes panel reacts.

    python benchmarks/quotes_time.py [REPORT] [--runs 7] [--copies 10]

Each run loads a fresh report (nothing cached), parses it, then times the actor registry
and ``extract_quotes``; the same is done on a report made of ``--copies`` copies of the
body (a long live blog) to show how the work grows. The quotes panel is timed on one report
with a speaker change and a keyword change. Prints medians and the (registry + quotes) / parse ratio.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORT = ROOT / "data" / "000_586bd0836be2d8ac.txt"


def time_extraction(text: str, runs: int) -> dict[str, float]:
    import workbench as wb

    timings: dict[str, list[float]] = {"parse": [], "actor registry": [], "extract_quotes": []}
    for _ in range(runs):
        report = wb.load_report(text=text)
        started = time.perf_counter()
        _ = report.doc
        timings["parse"].append(time.perf_counter() - started)
        started = time.perf_counter()
        wb.actor_registry(report)
        timings["actor registry"].append(time.perf_counter() - started)
        started = time.perf_counter()
        wb.extract_quotes(report)
        timings["extract_quotes"].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in timings.items()}


def main() -> int:
    import workbench as wb
    from workbench.widgets import QuotePanel

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    text = args.report.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    _ = wb.load_report(text=text).doc  # load the model once, outside the timings
    for label, sample in (
        (args.report.name, text),
        (f"{args.copies} copies", title + "\n" + body * args.copies),
    ):
        medians = time_extraction(sample, args.runs)
        ours = medians["actor registry"] + medians["extract_quotes"]
        print(f"{label} ({len(sample)} characters):")
        for name, value in medians.items():
            print(f"  {name:>16}: median {value * 1000:8.1f} ms over {args.runs} runs")
        print(f"  (registry + quotes) / parse: {ours / medians['parse']:.2f}")
    panel = QuotePanel(wb.load_report(args.report))
    speakers = [value for _, value in panel.speaker.options]
    changes: dict[str, list[float]] = {"speaker change": [], "keyword change": []}
    for run in range(args.runs):
        started = time.perf_counter()
        panel.speaker.value = speakers[(run + 1) % len(speakers)]
        changes["speaker change"].append(time.perf_counter() - started)
        started = time.perf_counter()
        panel.keyword.value = "the" if run % 2 else ""
        changes["keyword change"].append(time.perf_counter() - started)
    print("quotes panel (cards and chart redrawn, no event loop):")
    for name, values in changes.items():
        print(f"  {name:>16}: median {statistics.median(values) * 1000:8.1f} ms over {args.runs} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
