"""Exploring a report: keyword in context and term frequencies."""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from .report import Report

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
    rows = []
    for match in re.finditer(pattern, text, flags):
        start, end = match.span()
        sentence_id = report.sentence_at(start)
        post_id = None
        if sentence_id is not None:
            post_id = int(report.sentences["post_id"].to_numpy()[sentence_id])
        rows.append(
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
        )
    return pd.DataFrame(rows, columns=KWIC_COLUMNS).astype({"sentence_id": "Int64", "post_id": "Int64"})


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
