"""Exploring a report: its posts, keyword in context, term frequencies and a top-terms chart."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .report import Report

if TYPE_CHECKING:
    from matplotlib.figure import Figure

KWIC_COLUMNS = ["doc_id", "start", "end", "left", "match", "right", "sentence_id", "post_id"]

#: English function words plus words that every news report repeats ("said", "told").
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say told according added also would could one two
    mr mrs ms new last year years week day days since still already including n't 's ’s""".split()
)


def keyword_in_context(
    report: Report, keyword: str, *, window: int = 60, whole_word: bool = True, case_sensitive: bool = False
) -> pd.DataFrame:
    """Every occurrence of ``keyword`` with ``window`` characters of context either side."""
    keyword = keyword.strip()
    if not keyword:
        return pd.DataFrame(columns=KWIC_COLUMNS)
    pattern = re.escape(keyword)
    if whole_word:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    flags = 0 if case_sensitive else re.IGNORECASE
    text = report.text
    spans = [match.span() for match in re.finditer(pattern, text, flags)]
    sentence_ids, post_ids = _sentence_and_post(report, [start for start, _ in spans])
    rows = [
        {
            "doc_id": report.doc_id,
            "start": start,
            "end": end,
            "left": " ".join(text[max(0, start - window) : start].split()),
            "match": text[start:end],
            "right": " ".join(text[end : end + window].split()),
            "sentence_id": sentence_id,
            "post_id": post_id,
        }
        for (start, end), sentence_id, post_id in zip(spans, sentence_ids, post_ids, strict=True)
    ]
    return pd.DataFrame(rows, columns=KWIC_COLUMNS).astype({"sentence_id": "Int64", "post_id": "Int64"})


def _sentence_and_post(report: Report, offsets: list[int]) -> tuple[list[int | None], list[int | None]]:
    """The sentence and post holding each offset (None between sentences), looked up all at once."""
    sentences = report.sentences
    starts = sentences["start"].to_numpy()
    ends = sentences["end"].to_numpy()
    posts = sentences["post_id"].to_numpy()
    at = np.searchsorted(starts, np.asarray(offsets, dtype=np.int64), side="right") - 1
    sentence_ids: list[int | None] = []
    post_ids: list[int | None] = []
    for offset, i in zip(offsets, at.tolist(), strict=True):
        inside = i >= 0 and offset < int(ends[i])
        sentence_ids.append(i if inside else None)  # sentence ids are row numbers
        post_ids.append(int(posts[i]) if inside else None)
    return sentence_ids, post_ids


def term_frequencies(
    report: Report, *, top: int = 20, min_length: int = 3, stopwords: frozenset[str] = STOPWORDS
) -> pd.DataFrame:
    """The ``top`` most frequent words (case-folded, stopwords and numbers left out)."""
    counts: Counter[str] = Counter()
    for word in report.tokens["text"]:
        term = word.lower().replace("’", "'")
        if len(term) >= min_length and term not in stopwords and any(c.isalpha() for c in term):
            counts[term] += 1
    return pd.DataFrame(counts.most_common(top), columns=["term", "count"])


POST_SUMMARY_COLUMNS = ["post_id", "timestamp", "headline", "paragraphs", "sentences", "repeated_paragraphs"]


def post_summary(report: Report) -> pd.DataFrame:
    """One row per post: its timestamp and headline, and how many paragraphs, sentences and repeats it holds."""
    paragraphs = report.paragraphs
    counts = paragraphs.groupby("post_id").agg(
        paragraphs=("paragraph_id", "size"), repeated_paragraphs=("repeat_of", "count")
    )
    sentences = report.sentences.groupby("post_id").size().rename("sentences")
    summary = report.posts[["post_id", "timestamp", "headline"]].set_index("post_id")
    summary = summary.join(counts).join(sentences).fillna({"sentences": 0}).reset_index()
    return summary.astype({"sentences": int})[POST_SUMMARY_COLUMNS]


def plot_top_terms(report: Report, *, top: int = 20, stopwords: frozenset[str] = STOPWORDS) -> Figure:
    """A horizontal bar chart of the ``top`` most frequent terms; returned, never shown.

    Built on :class:`matplotlib.figure.Figure` directly (no pyplot state): display it,
    save it with ``fig.savefig(...)``, or put it in a widget.
    """
    from .charts import Chart

    terms = term_frequencies(report, top=top, stopwords=stopwords)
    figure = Chart(figsize=(6.4, 0.25 * max(len(terms), 4) + 1.0), layout="constrained")
    axes = figure.add_subplot()
    axes.barh(terms["term"][::-1], terms["count"][::-1], color="#4c72b0")
    axes.set_xlabel("occurrences")
    axes.set_title(f"Top {len(terms)} terms: {report.title or report.name}"[:90], fontsize=10, loc="left")
    axes.spines[["top", "right"]].set_visible(False)
    if terms.empty:
        axes.text(0.5, 0.5, "no terms", ha="center", va="center", transform=axes.transAxes)
    return figure
