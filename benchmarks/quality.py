"""Extraction quality on every gold set, side by side: the table in README.md.

    python benchmarks/quality.py [--scorer ../shared/eval/score.py] [--sets dev gold real-dev real-test]

Runs the evaluation kit's scorer (``score.py``, which runs ``.venv/bin/workbench extract`` on
every article and ``workbench compare`` over each set) on the shared development set, on
``benchmarks/gold`` (reports written for this project in other house styles) and on the two
halves of ``benchmarks/real`` (real, openly licensed news: ``dev`` is studied for rule work,
``test`` is scored and never read for it), and prints one Markdown table with every metric.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "dev": ("shared dev", None),
    "gold": ("benchmarks/gold", ROOT / "benchmarks" / "gold"),
    "real-dev": ("real/dev", ROOT / "benchmarks" / "real" / "dev"),
    "real-test": ("real/test", ROOT / "benchmarks" / "real" / "test"),
}
ROWS = [
    ("articles", "articles", "{:.0f}"),
    ("quotes F1 (P / R)", ("quote_F1", "quote_P", "quote_R"), "{:.2f} ({:.2f} / {:.2f})"),
    ("quote speaker right", "speaker_acc", "{:.2f}"),
    ("quote speaker: wrong name given", "speaker_wrong", "{:.2f}"),
    ("figures F1 (P / R)", ("figure_F1", "figure_P", "figure_R"), "{:.2f} ({:.2f} / {:.2f})"),
    ("figure value / unit / hedge", ("value_acc", "unit_acc", "approx_acc"), "{:.2f} / {:.2f} / {:.2f}"),
    ("figure counted", "counted_acc", "{:.2f}"),
    ("figure claimant right", "source_acc", "{:.2f}"),
    ("figure claimant: wrong name given", "source_wrong", "{:.2f}"),
    ("dated events F1 (P / R)", ("date_F1", "date_P", "date_R"), "{:.2f} ({:.2f} / {:.2f})"),
    ("event date right", "date_acc", "{:.2f}"),
    ("event actor right", "event_actor_acc", "{:.2f}"),
    ("event actor: wrong name given", "event_actor_wrong", "{:.2f}"),
    ("gold actors found", "actor_R", "{:.2f}"),
    ("compare: pair F1 (P / R)", ("compare_F1", "compare_P", "compare_R"), "{:.2f} ({:.2f} / {:.2f})"),
    ("compare: gold / predicted pairs", ("compare_gold_pairs", "compare_pred_pairs"), "{:.0f} / {:.0f}"),
]


def score(scorer: Path, gold: Path | None, *, compare: bool) -> dict[str, float]:
    """The scorer's JSON summary of one gold set (the figure comparison with ``compare``)."""
    argv = [sys.executable, str(scorer), "--json"] + (["--compare"] if compare else [])
    if gold is not None:
        argv += ["--gold", str(gold)]
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, timeout=3600)
    if done.returncode != 0:
        raise SystemExit(f"{scorer} failed on {gold or 'dev'}: {done.stderr.strip()[-500:]}")
    summary: dict[str, float] = json.loads(done.stdout)
    return summary


def cell(summary: dict[str, float], keys: str | tuple[str, ...], pattern: str) -> str:
    keys = (keys,) if isinstance(keys, str) else keys
    if any(summary.get(k) is None for k in keys):
        return "-"
    return pattern.format(*(float(summary[k]) for k in keys))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    parser.add_argument("--sets", nargs="+", choices=list(SETS), default=list(SETS))
    args = parser.parse_args(argv)
    if not args.scorer.exists():
        parser.error(f"no scorer at {args.scorer} (give --scorer PATH)")
    jobs = [(name, compare) for name in args.sets for compare in (False, True)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda job: score(args.scorer, SETS[job[0]][1], compare=job[1]), jobs))
    summaries: dict[str, dict[str, float]] = {name: {} for name in args.sets}
    for (name, _), result in zip(jobs, results, strict=True):
        summaries[name].update(result)
    print("| | " + " | ".join(SETS[name][0] for name in args.sets) + " |")
    print("|---" * (len(args.sets) + 1) + "|")
    for label, keys, pattern in ROWS:
        print(f"| {label} | " + " | ".join(cell(summaries[n], keys, pattern) for n in args.sets) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
