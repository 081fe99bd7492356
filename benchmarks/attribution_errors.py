"""Every wrong or missing "who" on a gold set, with its context: the worklist for rule work.

    python benchmarks/attribution_errors.py --gold benchmarks/real/dev [--only speaker|source|actor] [--article NAME]

Runs ``workbench extract`` on each article (in this process, through the library) and prints,
per article, each quote whose speaker, each figure whose claimant and each dated event whose
actor differs from the gold annotation, with the gold and predicted names, the rule that
decided (``*_how``) and the sentence. Names are compared the way the evaluation kit's scorer
compares them (``score.py`` is imported from ``--scorer``).

It refuses ``benchmarks/real/test``: that half is scored, never read for rule work.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ROOT / "benchmarks" / "real" / "test"


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_scorer", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def context(text: str, start: int, end: int, width: int = 110) -> str:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    lo, hi = max(left, start - width), min(right, end + width)
    return " ".join((text[lo:start] + "[" + text[start:end] + "]" + text[end:hi]).split())


def errors(
    scorer: ModuleType, text: str, gold: dict[str, Any], pred: dict[str, Any], only: str | None
) -> list[str]:
    """One line per wrong attribution (and per gold item the tool missed)."""
    actors = scorer.Actors(gold.get("actors", []))
    lines: list[str] = []

    def check(kind: str, gold_items: list[dict[str, Any]], pred_items: list[dict[str, Any]], *,
              span: Any, threshold: float, field: str, gold_field: str, how: str) -> None:  # fmt: skip
        if only not in (None, kind):
            return
        matched = dict(
            scorer.match(gold_items, pred_items, g_span=span, p_span=scorer.span, threshold=threshold)
        )
        for gi, g in enumerate(gold_items):
            wanted = g.get(gold_field)
            if kind == "source" and not wanted:
                continue  # the scorer only counts claimants the gold names
            start, end = span(g)
            if gi not in matched:
                lines.append(f"  {kind:7} MISSED    gold={wanted!r}: {context(text, start, end)}")
                continue
            p = pred_items[matched[gi]]
            said = p.get(field)
            if scorer.same_actor(actors, said, wanted):
                continue
            verdict = "WRONG" if said else "UNKNOWN"
            rule = p.get(how) or "-"
            lines.append(
                f"  {kind:7} {verdict:9} gold={wanted!r} pred={said!r} ({rule}): {context(text, start, end)}"
            )

    check("speaker", gold.get("quotes", []), pred.get("quotes", []), span=scorer.span, threshold=0.5,
          field="speaker", gold_field="speaker", how="speaker_how")  # fmt: skip
    check("source", gold.get("figures", []), pred.get("figures", []), span=scorer.span, threshold=0.0,
          field="source", gold_field="source", how="source_how")  # fmt: skip
    check("actor", gold.get("events", []), pred.get("events", []),
          span=lambda g: scorer.span(g, "date_start", "date_end"), threshold=0.0,
          field="actor", gold_field="actor", how="actor_how")  # fmt: skip
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="gold set folder (articles/, gold/)")
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    parser.add_argument("--only", choices=["speaker", "source", "actor"])
    parser.add_argument("--article", help="only articles whose name contains this")
    args = parser.parse_args(argv)
    if args.gold.resolve().is_relative_to(HELD_OUT):
        parser.error("benchmarks/real/test is scored, never read for rule work: use benchmarks/real/dev")
    scorer = load_scorer(args.scorer)

    from workbench import load_report
    from workbench.extract import extract

    for article in sorted((args.gold / "articles").glob("*.txt")):
        if args.article and args.article not in article.stem:
            continue
        gold = json.loads((args.gold / "gold" / f"{article.stem}.json").read_text(encoding="utf-8"))
        report = load_report(article)
        pred = extract(report).to_json()
        text = article.read_text(encoding="utf-8")
        lines = errors(scorer, text, gold, pred, args.only)
        if lines:
            print(f"{article.stem}")
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
