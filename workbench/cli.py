"""The ``workbench`` command line: the library's extraction in batch, as JSON or CSV.

Errors in the input print one line (``workbench: FILE: problem``) and exit with status 2.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .errors import WorkbenchError
from .load import load_report

EXIT_BAD_INPUT = 2
EXIT_SOME_FAILED = 1
EXIT_INTERRUPTED = 130  # the shell's code for a command stopped by SIGINT

Command = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``workbench`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    command: Command = args.command
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        return command(args)
    except WorkbenchError as exc:
        print(f"workbench: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # e.g. `workbench extract x | head`
        return 0
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM stops a command as Ctrl-C does: workers are stopped and nothing is half-written."""
    raise KeyboardInterrupt


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="workbench", description=__doc__.splitlines()[0])
    subparsers = parser.add_subparsers(required=True, metavar="COMMAND")

    info = subparsers.add_parser("info", help="title, date and structure of a report")
    info.add_argument("file", help="report file or URL")
    info.add_argument("--published", help="publication date YYYY-MM-DD")
    info.add_argument("--json", action="store_true", help="print JSON instead of text")
    info.set_defaults(command=run_info)

    tokens = subparsers.add_parser("tokens", help="the sentence and word tokens of a report")
    tokens.add_argument("file", help="report file or URL")
    tokens.add_argument("--format", choices=["csv", "json"], default="csv")
    tokens.set_defaults(command=run_tokens)

    extract = subparsers.add_parser("extract", help="quotes, figures, events and actors of a report")
    extract.add_argument("file", help="report file or URL")
    extract.add_argument("--published", help="publication date YYYY-MM-DD (overrides the file's)")
    extract.add_argument("--format", choices=["json", "csv"], default="json")
    extract.add_argument("--out", type=Path, help="write files into this folder instead of printing")
    extract.set_defaults(command=run_extract)

    batch = subparsers.add_parser(
        "batch",
        help="extract every report of a folder into corpus tables (parallel, cached)",
        description="Extract quotes, figures, events and actors from many reports into one table each "
        "(documents, quotes, figures, events, actors). Results are cached per report: a second run only "
        "extracts new or changed reports. Exit status: 0 all reports done, 1 some reports failed "
        "(each listed on stderr; the tables hold the others), 2 bad input.",
    )
    batch.add_argument("sources", nargs="+", metavar="FOLDER", help="folder, glob pattern or report files")
    batch.add_argument("--out", type=Path, required=True, help="folder for the output tables")
    batch.add_argument("--format", choices=["parquet", "csv", "jsonl"], default="parquet")
    batch.add_argument("--engine", choices=["local", "dask"], default="local")
    batch.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    batch.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (with --engine dask)")
    batch.add_argument("--cache-dir", type=Path, help="where results are cached (default: the state folder)")
    batch.add_argument("--no-cache", action="store_true", help="extract everything; read and write no cache")
    batch.add_argument("--quiet", action="store_true", help="no progress bar")
    batch.set_defaults(command=run_batch)

    compare = subparsers.add_parser(
        "compare",
        help="figures that state the same quantity, across the given reports, side by side",
        description="Group the figures of one or more reports that state the same quantity (within a report "
        "and across reports), with each claim's claimant and date, whether the claims conflict, and why they "
        "were grouped. Extraction goes through the corpus cache, so a second run is fast.",
    )
    compare.add_argument(
        "sources", nargs="+", metavar="REPORT", help="report files, folders or glob patterns"
    )
    compare.add_argument("--format", choices=["json", "csv", "table"], default="table")
    compare.add_argument("--tolerance", type=float, default=0.1, help="relative gap before claims conflict")
    compare.add_argument(
        "--cache-dir", type=Path, help="where results are cached (default: the state folder)"
    )
    compare.set_defaults(command=run_compare)

    use = subparsers.add_parser("use", help="make a report the current one for the notebooks")
    use.add_argument("file", help="report file or URL")
    use.add_argument("--published", help="publication date YYYY-MM-DD")
    use.set_defaults(command=run_use)
    return parser


def run_info(args: argparse.Namespace) -> int:
    report = load_report(args.file, published=args.published)
    paragraphs = report.paragraphs
    facts: dict[str, Any] = {
        **report.metadata(),
        "posts": len(report.posts),
        "headlines": int((paragraphs["kind"] == "headline").sum()),
        "timestamps": int((paragraphs["kind"] == "timestamp").sum()),
        "paragraphs": len(paragraphs),
        "repeated_paragraphs": int(paragraphs["repeat_of"].notna().sum()),
        "sentences": len(report.sentences),
        "tokens": len(report.tokens),
    }
    if args.json:
        print(json.dumps(facts, indent=2, ensure_ascii=False))
    else:
        width = max(len(k) for k in facts)
        for key, value in facts.items():
            print(f"{key:<{width}}  {'-' if value is None else value}")
    return 0


def run_tokens(args: argparse.Namespace) -> int:
    tokens = load_report(args.file).tokens
    if args.format == "csv":
        tokens.to_csv(sys.stdout, index=False)
    else:
        print(tokens.to_json(orient="records", force_ascii=False))
    return 0


def run_extract(args: argparse.Namespace) -> int:
    from .extract import extract

    report = load_report(args.file, published=args.published)
    extraction = extract(report)
    if args.format == "csv":
        if args.out is None:
            raise WorkbenchError("extract --format csv writes one file per table: give --out DIR")
        for path in extraction.write_csv(args.out):
            print(path)
        return 0
    payload = json.dumps(extraction.to_json(), ensure_ascii=False, indent=1)
    if args.out is None:
        print(payload)
    else:
        args.out.mkdir(parents=True, exist_ok=True)
        path = args.out / f"{report.doc_id}.json"
        path.write_text(payload + "\n", encoding="utf-8")
        print(path)
    return 0


def run_batch(args: argparse.Namespace) -> int:
    from .corpus import analyse_corpus

    if args.scheduler and args.engine != "dask":
        raise WorkbenchError("--scheduler needs --engine dask")
    try:
        corpus = analyse_corpus(
            args.sources,
            engine=args.engine,
            workers=args.workers,
            scheduler=args.scheduler,
            cache=not args.no_cache,
            cache_dir=args.cache_dir,
            progress=not args.quiet,
        )
    except KeyboardInterrupt:
        if not args.no_cache:
            print("workbench: reports finished before the interrupt are cached: run again to do the rest",
                  file=sys.stderr)  # fmt: skip
        raise
    paths = corpus.write(args.out, format=args.format)
    failures = corpus.failures
    for error in failures["error"]:
        print(f"workbench: {error}", file=sys.stderr)
    done = len(corpus.documents) - len(failures)
    print(
        f"{done} of {len(corpus.documents)} reports extracted ({corpus.from_cache} from the cache), "
        f"{len(failures)} failed; tables in {args.out}: {', '.join(p.name for p in paths)}",
        file=sys.stderr,
    )
    return EXIT_SOME_FAILED if len(failures) else 0


def run_compare(args: argparse.Namespace) -> int:
    from .compare_reports import compare_reports

    result = compare_reports(
        args.sources, tolerance=args.tolerance, cache_dir=args.cache_dir, progress=sys.stderr.isatty()
    )
    if args.format == "json":
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
    elif args.format == "csv":
        result.member_table().to_csv(sys.stdout, index=False)
    else:
        print(result.to_text())
    return 0


def run_use(args: argparse.Namespace) -> int:
    from .current import save_url, set_current_report
    from .readers.fetch import is_url

    source = save_url(args.file) if is_url(args.file) else args.file  # notebooks then read a saved copy
    load_report(source, published=args.published)  # fail now, not in the notebook
    choice = set_current_report(source, published=args.published)
    print(f"current report: {choice['source']}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
