"""Shared by the benchmarks: the synthetic corpora, their processed tables, and how results are printed."""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from synthetic_corpus import write_corpus

import workbench as wb
from workbench.cache import library_fingerprint
from workbench.nlp import MODEL_NAMES

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".benchmarks" / "corpus"
SEED_FOLDER = ROOT / "data"


def synthetic_folder(reports: int) -> Path:
    """The folder of the synthetic corpus of ``reports`` reports (written on first use)."""
    folder = WORK / f"synthetic-{reports}"
    write_corpus(folder, reports=reports)
    return folder


def cache_dir() -> Path:
    """The benchmarks' result cache; emptied when the library's extraction code changed."""
    folder = WORK / "cache"
    stamp = folder / "fingerprint"
    if stamp.exists() and stamp.read_text() != library_fingerprint():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp.write_text(library_fingerprint())
    return folder


def processed(folder: Path) -> wb.Corpus:
    """The corpus of ``folder``, extracted once (with a progress bar) and cached for later runs."""
    started = time.perf_counter()
    corpus = wb.analyse_corpus(folder, cache_dir=cache_dir(), progress=sys.stderr.isatty())
    if corpus.extracted:
        print(
            f"(extracted {corpus.extracted} reports for the benchmark in {time.perf_counter() - started:.0f} s)"
        )
    return corpus


def timed(function: Callable[[], object], runs: int) -> list[float]:
    """Wall times of ``runs`` calls, in seconds."""
    return [wall for wall, _cpu in timed_cpu(function, runs)]


def timed_cpu(function: Callable[[], object], runs: int) -> list[tuple[float, float]]:
    """(wall, CPU) seconds of ``runs`` calls; CPU of this process and the child processes it waited for.

    On a machine shared with other work the wall time grows with the load while the CPU
    time stays near what an idle core would take, so both are printed.
    """
    times = []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), _cpu_seconds()
        function()
        times.append((time.perf_counter() - wall, _cpu_seconds() - cpu))
    return times


def _cpu_seconds() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def report(label: str, times: list[float], *, unit: str = "ms", target: float | None = None) -> float:
    """Print the runs, their median and whether it meets ``target`` (same unit); return the median."""
    scale = 1000 if unit == "ms" else 1
    median = statistics.median(times) * scale
    digits = 0 if unit == "ms" else 2
    runs = " ".join(f"{t * scale:.{digits}f}" for t in times)
    verdict = ""
    if target is not None:
        verdict = f"  [{'meets' if median < target else 'MISSES'} target < {target:g} {unit}]"
    print(f"{label}: median {median:.{digits}f} {unit} over {len(times)} runs{verdict}")
    print(f"    runs ({unit}): {runs}")
    return median


def report_cpu(
    label: str, times: list[tuple[float, float]], *, target: float | None = None, unit: str = "ms"
) -> None:
    """Print wall and CPU medians of (wall, CPU) timings and the verdicts of both against ``target``."""
    scale, digits = (1000, 0) if unit == "ms" else (1, 2)
    walls = [w * scale for w, _c in times]
    cpus = [c * scale for _w, c in times]
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    verdict = ""
    if target is not None:
        verdict = "  [target < {:g} {}: wall {}, CPU {}]".format(
            target, unit, *("meets" if value < target else "MISSES" for value in (wall, cpu))
        )
    print(
        f"{label}: median {wall:.{digits}f} {unit} wall, {cpu:.{digits}f} {unit} CPU over {len(times)} runs{verdict}"
    )
    runs = " ".join(f"{w:.{digits}f}/{c:.{digits}f}" for w, c in zip(walls, cpus, strict=True))
    print(f"    runs (wall/CPU {unit}): {runs}")


def bare_spacy() -> Any:
    """The English pipeline workbench uses, loaded by plain ``spacy.load`` (its own tokenizer, every
    component it enables by default): the baseline the throughput benchmarks compare against."""
    import spacy

    names = [os.environ["WORKBENCH_SPACY_MODEL"]] if os.environ.get("WORKBENCH_SPACY_MODEL") else MODEL_NAMES
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit(f"no spaCy model installed (tried {', '.join(names)})")


def machine_load() -> str:
    """The 1-minute load average against the core count, printed beside every figure."""
    load = os.getloadavg()[0]
    cores = os.cpu_count() or 1
    busy = "  (machine shared: figures measured under load)" if load > cores * 0.75 else ""
    return f"load average {load:.1f} on {cores} cores{busy}"
