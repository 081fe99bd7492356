"""Where the time of the full extraction goes, stage by stage, against bare spaCy on the same texts.

    python benchmarks/extraction_stages.py [--reports 24] [--runs 3]

For each run, on the bundled seed and ``--reports`` synthetic reports, in one process:
bare ``nlp.pipe`` over the raw texts, then the stages a corpus worker goes through, timed
separately in the order ``workbench.extract`` runs them: loading (file, sidecar, structure),
NLTK sentences and tokens, spaCy over those tokens (``nlp.pipe``), quotes, figures, events,
actors, and packing the tables. A stage that builds something later stages reuse (the actor
registry, the dates table) is charged with it. Prints each stage's median CPU seconds (this
process; steadier than wall time on a shared machine) and its share of the total, so a missed
throughput target points at the stage to profile.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from _common import SEED_FOLDER, bare_spacy, machine_load, synthetic_folder

import workbench as wb
from workbench import tables
from workbench.nlp import parse_many

STAGES = ("load", "NLTK tokens", "spaCy parse", "quotes", "figures", "events", "actors", "pack tables")


def run_stages(paths: list[Path], batch_size: int) -> dict[str, float]:
    """CPU seconds of this process spent in each stage (steady on a shared machine, unlike wall time)."""
    spent: dict[str, float] = defaultdict(float)

    def timed(stage: str, work):  # type: ignore[no-untyped-def]
        started = time.process_time()
        result = work()
        spent[stage] += time.process_time() - started
        return result

    for i in range(0, len(paths), batch_size):
        reports = [timed("load", lambda p=p: wb.load_report(p)) for p in paths[i : i + batch_size]]
        for report in reports:
            timed("NLTK tokens", lambda r=report: r.tokens)
        docs = timed("spaCy parse", lambda rs=reports: list(parse_many(rs, batch_size=len(rs))))
        for report, doc in zip(reports, docs, strict=True):
            report.doc = doc
            parts = {
                "quotes": timed("quotes", lambda r=report: wb.extract_quotes(r)),
                "figures": timed("figures", lambda r=report: wb.extract_figures(r)),
                "events": timed("events", lambda r=report: wb.extract_events(r, published=r.published)),
                "actors": timed("actors", lambda r=report: wb.extract_actors(r)),
            }
            timed("pack tables", lambda parts=parts: tables.pack(parts))
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=24)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=4)
    args = parser.parse_args()
    paths = [next(SEED_FOLDER.glob("*.txt")), *sorted(synthetic_folder(1000).glob("*.txt"))[: args.reports]]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)
    nlp = bare_spacy()
    run_stages(paths[:2], args.batch_size)  # warm up: model, lexicons, date parser set-up
    bare: list[float] = []
    runs: list[dict[str, float]] = []
    for _ in range(args.runs):
        started = time.process_time()
        list(nlp.pipe(texts, batch_size=args.batch_size))
        bare.append(time.process_time() - started)
        runs.append(run_stages(paths, args.batch_size))
    print(f"{len(paths)} reports, {words:,} words; {machine_load()}")
    medians = {stage: statistics.median(r[stage] for r in runs) for stage in STAGES}
    total = sum(medians.values())
    spacy = statistics.median(bare)
    print(f"bare spaCy nlp.pipe: median {spacy:.2f} CPU s ({words / spacy:,.0f} words/s)")
    print(f"full extraction, sum of stage medians: {total:.2f} CPU s ({words / total:,.0f} words/s)")
    print(f"ratio of throughputs workbench / spaCy: {spacy / total:.2f}")
    for stage in STAGES:
        print(f"  {stage:<12} {medians[stage]:7.2f} s  {100 * medians[stage] / total:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
