"""Throughput of the full extraction, in words/s, against bare spaCy ``nlp.pipe`` on the same texts.

    python benchmarks/throughput.py [--reports 40] [--runs 5] [--batch-size 4]

Each run times, in this one process, with the same spaCy model and on the same texts (the
bundled seed report and ``--reports`` synthetic ones):

- spaCy: the same model loaded by plain ``spacy.load`` (its own tokenizer, its default
  components), ``list(nlp.pipe(texts, batch_size=B))``;
- workbench: exactly what a corpus worker does with its batches of B reports
  (``workbench.corpus.extract_reports``): read each file and sidecar, find its structure,
  NLTK sentences and tokens, spaCy over those tokens with ``nlp.pipe``, the four extractors,
  and the packing of their tables;
- workbench on all cores: ``analyse_corpus(..., cache=False)`` (worker start-up included).

It prints the median words/s of each, by wall and by CPU time of this process, and the ratio
workbench / spaCy of the medians (target >= 0.7); on a shared machine the CPU-time ratio is
the steadier one. Model loading and the extractors' one-off set-up are done before timing
(the multi-process run pays its workers' set-up, which a small sample makes look costly).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from _common import SEED_FOLDER, bare_spacy, machine_load, synthetic_folder, timed, timed_cpu

import workbench as wb
from workbench.corpus import extract_reports, plan_tasks
from workbench.parallel import default_workers

TARGET_RATIO = 0.7


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=4)
    args = parser.parse_args()
    folder = synthetic_folder(1000)
    paths = [next(SEED_FOLDER.glob("*.txt")), *sorted(folder.glob("*.txt"))[: args.reports]]
    tasks = plan_tasks(paths)
    texts = [Path(t.source).read_text(encoding="utf-8") for t in tasks]
    words = sum(len(text.split()) for text in texts)
    batches = [tasks[i : i + args.batch_size] for i in range(0, len(tasks), args.batch_size)]
    nlp = bare_spacy()
    extract_reports(tasks[:3])  # warm up: model, lexicons, date parser set-up
    list(nlp.pipe(texts[:3]))

    spacy_times: list[tuple[float, float]] = []
    ours: list[tuple[float, float]] = []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        spacy_times += timed_cpu(lambda: list(nlp.pipe(texts, batch_size=args.batch_size)), 1)
        ours += timed_cpu(lambda: [extract_reports(b) for b in batches], 1)
    workers = default_workers()
    parallel = timed(
        lambda: wb.analyse_corpus(paths, cache=False, progress=False, workers=workers), args.runs
    )

    def rate(times: list[float]) -> float:
        return words / statistics.median(times)

    print(f"{len(texts)} reports, {words:,} words; {machine_load()}")
    for label, pairs in (
        ("spaCy nlp.pipe, 1 process", spacy_times),
        ("workbench full extraction, 1 process", ours),
    ):
        walls, cpus = [w for w, _c in pairs], [c for _w, c in pairs]
        runs = " ".join(f"{words / w:,.0f}/{words / c:,.0f}" for w, c in pairs)
        print(
            f"{label}: median {rate(walls):,.0f} words/s wall, {rate(cpus):,.0f} words/s CPU (runs wall/CPU: {runs})"
        )
    print(
        f"workbench analyse_corpus, {workers} processes (start-up included): median {rate(parallel):,.0f} words/s wall"
        f" (runs: {' '.join(f'{words / t:,.0f}' for t in parallel)})"
    )
    for basis, pick in (("wall", 0), ("CPU", 1)):
        ratio = rate([p[pick] for p in ours]) / rate([p[pick] for p in spacy_times])
        verdict = "meets" if ratio >= TARGET_RATIO else "MISSES"
        print(f"ratio workbench / spaCy, {basis} time: {ratio:.2f}  [{verdict} target >= {TARGET_RATIO}]")
    print(
        f"speed-up of {workers} processes over 1 (wall): {rate(parallel) / rate([w for w, _c in ours]):.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
