"""How fast the panels of notebook 00 update, driven from Python as a user drives them.

    python benchmarks/start_widgets.py [--repeat 3]

Types keywords letter by letter into the keyword-in-context box and the sentence filter,
moves the top-terms slider, changes the publication date and switches between two reports;
prints the median time of each kind of update (target: keystrokes under 100 ms) and its
ratio to the keystroke median measured in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "000_586bd0836be2d8ac.txt"
WORDS = ["troops", "North Korea", "said", "Putin", "the"]
KEYSTROKE_TARGET = 0.100


def timed(update: Callable[[], object]) -> float:
    started = time.perf_counter()
    update()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ["WORKBENCH_STATE_DIR"] = tempfile.mkdtemp(prefix="wb-bench-")
    import workbench as wb
    from workbench.widgets import KeywordInContext, ReportPicker, SentenceTable, StructureView, TopTerms

    folder = Path(tempfile.mkdtemp(prefix="wb-bench-reports-"))
    first = folder / SEED.name
    first.write_bytes(SEED.read_bytes())
    second = folder / "other.txt"
    second.write_text("\n".join(SEED.read_text(encoding="utf-8").splitlines()[:20]) + "\n", encoding="utf-8")
    wb.set_current_report(first)
    picker = ReportPicker(folders=[folder])
    panels = [StructureView(picker), SentenceTable(picker), KeywordInContext(picker), TopTerms(picker)]
    kwic, sentences, top = panels[2], panels[1], panels[3]
    assert (
        isinstance(kwic, KeywordInContext)
        and isinstance(sentences, SentenceTable)
        and isinstance(top, TopTerms)
    )

    times: dict[str, list[float]] = {
        "KWIC keystroke": [],
        "sentence filter keystroke": [],
        "top-terms slider": [],
        "publication date (reload, all panels)": [],
        "switch report (load, all panels)": [],
    }
    for i in range(args.repeat):
        for word in WORDS:
            for n in range(1, len(word) + 1):
                times["KWIC keystroke"].append(
                    timed(lambda n=n, w=word: setattr(kwic.keyword, "value", w[:n]))
                )
                times["sentence filter keystroke"].append(
                    timed(lambda n=n, w=word: setattr(sentences.contains, "value", w[:n]))
                )
        times["top-terms slider"].append(timed(lambda i=i: setattr(top.top, "value", 10 + 5 * (i % 3))))
        day = dt.date(2024, 10, 20 + i)
        times["publication date (reload, all panels)"].append(
            timed(lambda day=day: setattr(picker.published, "value", day))
        )
        for path in (second, first):
            target = str(path.resolve())
            times["switch report (load, all panels)"].append(
                timed(lambda target=target: setattr(picker.choice, "value", target))
            )
    keystroke = statistics.median(times["KWIC keystroke"])
    print(f"{SEED.name}: {args.repeat} rounds, load average {os.getloadavg()[0]:.1f}")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"  {name:<40} median {median * 1000:7.1f} ms  ({median / keystroke:5.1f}x keystroke, n={len(values)})"
        )
    verdict = "meets" if keystroke < KEYSTROKE_TARGET else "misses"
    print(
        f"KWIC keystroke median {keystroke * 1000:.1f} ms: {verdict} the {KEYSTROKE_TARGET * 1000:.0f} ms target"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
