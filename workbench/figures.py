"""Numeric figures, what they count, how hedged they are and who claims them.

:func:`extract_figures` finds every number that counts or measures (digits, number words,
fractions, vague plurals, ranges, unit conversions), drops those that are not figures
(years, dates, times, ordinals, list numbers, designations such as "Route 24", "one" as a
pronoun, page furniture), and gives each its value, unit, counted noun phrase, hedge and
claimant, with provenance back to the sentence.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import lexicon as lx
from . import numbers
from .attribution.claimant_base import Claimant, offsets
from .attribution.claimant_words import DOCUMENT_NOUNS, SPEECH_VERBS
from .attribution.claimants import ClaimantFinder
from .attribution.engine import attribute
from .attribution.rules import PRONOUNS, confidence, describe
from .dates import WEEKDAYS
from .errors import WorkbenchError
from .frames import with_dtypes
from .lexicon import fold
from .numbers import NumberSpan
from .report import Report

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FIGURE_COLUMNS = [
    "figure_id", "doc_id", "start", "end", "text", "value", "value_max", "unit", "unit_text", "kind",
    "counted", "approx", "vague", "source", "source_id", "date", "converts",
    "sentence_id", "paragraph_id", "post_id", "repeat_of",
]  # fmt: skip
#: Columns added after the contract: how the claimant was found and the claimant as printed.
EXTRA_COLUMNS = [
    "source_mention",
    "source_how",
    "source_confidence",
    "predicate",
    "partitive",
    "places",
    "sentence",
    "published",
]
#: Entity labels that place a figure ("killed six in Pokrovsk").
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: Paragraph kinds whose numbers are page furniture.
FURNITURE_KINDS = frozenset({"timestamp"})
_FURNITURE_PARAGRAPH = re.compile(
    r"^\s*(?:updated|published|last (?:updated|modified)|posted|first published|photograph|image|"
    r"read more|share|comments?|follow us|sign up|advertisement|\(?reporting by|editing by)\b",
    re.IGNORECASE,
)
#: Words before a year that make a four-digit number a date ("in 2021", "the 2022 invasion").
YEAR_CONTEXT = frozenset(
    "in since from until till by of the 's early late mid before after during between and to".split()
)
#: Words after "one" that make it a pronoun or an idiom rather than a count.
ONE_IDIOMS_AFTER = frozenset(
    "of another day time way hand side point thing or by more other another's anyway".split()
)
ONE_IDIOMS_BEFORE = frozenset("each no any every the this that which another no-one someone anyone".split())
#: Entity labels under which a number is part of a name ("Boeing 737", "Article 5").
NAME_LABELS = frozenset("FAC LAW PRODUCT WORK_OF_ART EVENT ORG".split())
#: Determiners and possessives skipped at the start of a counted phrase.
_SKIP_FIRST = frozenset("the a an its their his her our my these those this that all some".split())
_NP_TAGS = frozenset("JJ JJR JJS VBN VBG NN NNS NNP NNPS HYPH POS CD".split())
_NOUN_TAGS = frozenset("NN NNS NNP NNPS".split())
#: Verbs whose object is a measure of their subject: "losses could exceed $200m".
_MEASURE_VERBS = frozenset("exceed reach total hit top surpass amount equal approach near".split())
#: Verbs that set a quantity at a figure: "put the toll at 52", "estimated the cost at $3bn".
_ESTIMATE_AT_VERBS = frozenset("put estimate place set peg fix".split())
#: Words between a verb of a changing total and its figure: "climbed to 9", "climbed above 410", "rose past 500".
_RISE_PREPOSITIONS = frozenset("to above past beyond over".split())
#: Verbs of a total that changes: "the toll rose to 40", "climbed to nine", "jumped to 1,200".
_RISE_VERBS = frozenset(
    "rise climb jump grow increase fall drop reach soar swell edge creep revise raise lower".split()
)
#: Verbs of a total that stays at a figure: "the death toll stands at 77", "unemployment remained at 6%".
_STANDING_VERBS = frozenset("stand remain hover sit stay".split())
#: Verbs of change that someone does to a total ("raised the toll to 2,220"): the total is their object.
_CHANGED_BY_SOMEONE = frozenset("revise raise lower".split())
#: Verbs of a tally reaching a figure: "toll tops 900", "death toll passes 100".
_PASSING_VERBS = _MEASURE_VERBS | {"pass", "cross"}
#: Hedges that may stand between a verb and its figure: "the toll topped nearly 900".
_HEDGE_WORDS = frozenset("nearly almost about around roughly some over more than just".split())
_RATE_UNITS = frozenset("second minute hour day night week month year head person capita".split())
_PARTITIVE_PRONOUNS = frozenset("them those these us you whom which it".split())


@dataclass
class _Row:
    span: NumberSpan
    sentence_id: int
    root: int
    approx: str | None = None
    counted: str | None = None
    predicate: str | None = None


def extract_figures(report: Report) -> pd.DataFrame:
    """One row per figure occurrence: value, unit, counted phrase, hedge, claimant and provenance.

    The table is computed once per report and cached; a copy is returned.
    """
    table: pd.DataFrame = report.memo("figures", lambda: _extract(report))
    return table.copy()


def _extract(report: Report) -> pd.DataFrame:
    rows = [
        row for sentence_id in _sentences_to_read(report) for row in _sentence_figures(report, sentence_id)
    ]
    if not rows:
        return pd.DataFrame(columns=[*FIGURE_COLUMNS, *EXTRA_COLUMNS])
    from .quotes import extract_quotes

    finder = ClaimantFinder(attribute(report), quotes=extract_quotes(report))
    sentences = report.sentences
    named_places, main_places = _sentence_places(report)
    paragraph_ids: list[int] = sentences["paragraph_id"].tolist()
    post_ids: list[int] = sentences["post_id"].tolist()
    dates = _sentence_dates(report)
    records: list[dict[str, Any]] = []
    first_in_sentence: dict[int, int] = {}
    for n, row in enumerate(rows):
        span = row.span
        first_in_sentence.setdefault(row.sentence_id, n)
        claimant = finder.claimant(span.start, span.end, anchor=row.root)
        converts = first_in_sentence[row.sentence_id] + span.converts if span.converts is not None else None
        records.append(
            {
                "figure_id": f"F{n + 1:03d}",
                "doc_id": report.doc_id,
                "start": span.start,
                "end": span.end,
                "text": report.text[span.start : span.end],
                "value": span.value,
                "value_max": span.value_max,
                "unit": span.unit,
                "unit_text": span.unit_text,
                "kind": span.kind,
                "counted": row.counted,
                "approx": row.approx,
                "vague": span.vague,
                "source": claimant.name if claimant else None,
                "source_id": claimant.actor_id if claimant else None,
                "date": _nearest_date(dates.get(row.sentence_id, []), span.start, span.end),
                "converts": f"F{converts + 1:03d}" if converts is not None else None,
                "sentence_id": row.sentence_id,
                "paragraph_id": paragraph_ids[row.sentence_id],
                "post_id": post_ids[row.sentence_id],
                "repeat_of": None,
                "source_mention": claimant.mention if claimant else None,
                "source_how": _how(claimant),
                "source_confidence": _confidence(claimant),
                "predicate": row.predicate,
                "partitive": _partitive(report, span),
                "places": _figure_places(report, row.root, named_places[row.sentence_id], main_places),
                "sentence": report.text[slice(*_sentence_bounds(report)[row.sentence_id])],
                "published": report.published.isoformat() if report.published else None,
            }
        )
    _link_appositive_shares(records, report.text)
    _claim_headline_figures(records, report.paragraphs["kind"].tolist())
    _carry_over_conversions(records)
    _link_repeats(records, sentences)
    table = pd.DataFrame.from_records(records, columns=[*FIGURE_COLUMNS, *EXTRA_COLUMNS])
    return with_dtypes(table, {"value": "float64", "value_max": "float64", "vague": "bool"})


def _sentences_to_read(report: Report) -> list[int]:
    paragraphs = report.paragraphs
    kinds = dict(zip(paragraphs["paragraph_id"].tolist(), paragraphs["kind"].tolist(), strict=True))
    keep = []
    for sentence_id, paragraph_id, text in zip(
        report.sentences["sentence_id"].tolist(),
        report.sentences["paragraph_id"].tolist(),
        report.sentences["text"].tolist(),
        strict=True,
    ):
        if kinds[paragraph_id] in FURNITURE_KINDS or _FURNITURE_PARAGRAPH.match(text):
            continue
        keep.append(sentence_id)
    return keep


def _sentence_figures(report: Report, sentence_id: int) -> list[_Row]:
    start, end = _sentence_bounds(report)[sentence_id]
    text = report.text
    rows = []
    for span in numbers.scan(text, start, end):
        root = _span_root(report, span)
        if root is None:
            continue
        span = _as_age(report, span, root)
        if _not_a_figure(report, span, root, start):
            continue
        before = numbers.approx_before(text, span.start, floor=start)
        if before is not None and _preposition_not_hedge(report, span):
            before = None
        approx = span.approx or before or numbers.approx_after(text, span.end)
        counted = _counted(report, span, root)
        written = report.text[span.start : span.end]
        if counted and counted.startswith(written) and counted[len(written) : len(written) + 1] in "-‑":
            counted = counted[len(written) + 1 :]  # "37-member rescue team" -> "member rescue team"
        rise = _rise_verb_before(report, span)
        predicate = str(rise.lemma_).lower() if rise is not None else _predicate(report, root)
        rows.append(_Row(span, sentence_id, root, approx, counted, predicate))
    return rows


#: Hedge words that are also prepositions of place or topic ("spread over eight regions").
_PREPOSITION_HEDGES = frozenset("over above under below about around across".split())


def _preposition_not_hedge(report: Report, span: NumberSpan) -> bool:
    """ "spread over eight regions": the word before a count is a preposition governing the counted
    noun, not a hedge on the number ("killed over 100 people" parses the word as the number's modifier)."""
    if span.unit is not None:
        return False  # "above 5%", "over 40km" stay hedges
    first, last = offsets(report).token_range(span.start, span.end)
    if first == 0 or last <= first:
        return False
    word = report.doc[first - 1]
    if word.lower_ not in _PREPOSITION_HEDGES or word.dep_ != "prep":
        return False
    if word.head.lemma_.lower() in _RISE_VERBS:
        return False  # "the toll climbed above 410": how far it climbed, a hedge on the number
    objects = {c.i for c in word.children if c.dep_ == "pobj"}
    number = report.doc[last - 1]
    return number.i in objects or number.head.i in objects


def _span_root(report: Report, span: NumberSpan) -> int | None:
    """The token of the span whose syntactic head lies outside it."""
    first, last = offsets(report).token_range(span.start, span.end)
    if last <= first:
        return None
    doc = report.doc
    inside = range(first, last)
    for i in reversed(inside):
        outward = doc[i].head.i not in inside or doc[i].head.i == i
        if outward and doc[i].pos_ != "SYM" and doc[i].text not in "$£€":
            return i
    return last - 1


# ---------------------------------------------------------------------------- exclusions


def _not_a_figure(report: Report, span: NumberSpan, root: int, sentence_start: int) -> bool:
    text = report.text
    doc = report.doc
    written = text[span.start : span.end]
    first, _last = offsets(report).token_range(span.start, span.end)
    previous = doc[first - 1] if first > 0 and doc[first - 1].sent == doc[first].sent else None
    following = doc[_last] if _last < len(doc) and doc[_last].sent == doc[first].sent else None
    if span.form == "digits" and span.unit is None and span.scale == 1.0 and not span.is_range:
        if numbers.looks_like_year(written) and not (
            _counts_things(previous, following) or _counts_a_plural(doc[root]) or _whole_of_a_part(doc, first)
        ):
            return True
        if previous is not None and _designator(previous):
            return True
        if (
            previous is not None
            and _named_by_number(previous, doc[root], written)
            and not (following is not None and following.lower_ == "of")  # "74 of the 150 seats"
            and not _title_case(report, span.start)
        ):
            return True
        token = doc[root]
        if token.ent_type_ in NAME_LABELS and any(
            t.pos_ == "PROPN" for t in doc[_ent_start(token) : token.i]
        ):
            return True
    if span.form == "words" and span.value == 1 and written.lower() in ("one", "an", "a"):
        return _one_is_not_a_count(report, span, root, previous, following)
    if (
        span.form == "words"
        and span.unit is None
        and re.match(r"^[-‑][^\W\d_]", text[span.end : span.end + 2])
    ):
        return True  # "one-off", "two-way", "three-judge" (hyphenated adjectives without a unit)
    if span.form == "words" and written[:1].isupper() and span.start > sentence_start:
        token = doc[root]
        if token.ent_type_ in NAME_LABELS and not _title_case(report, span.start):
            return True  # "the Group of Seven", "the Big Four"
    return False


def _ent_start(token: Token) -> int:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return int(ent.start)
    return int(token.i)


def _counts_things(previous: Token | None, following: Token | None) -> bool:
    """A four-digit number is a count, not a year, when a plural noun follows it ("2000 troops")."""
    if following is None or following.tag_ not in ("NNS", "NNPS"):
        return False
    return previous is None or previous.lower_ not in YEAR_CONTEXT


def _counts_a_plural(number: Token) -> bool:
    """ "1109 laboratory confirmed measles cases": a four-digit number that counts a plural noun, the head
    of its phrase however many words stand between them, is a count, not a year."""
    return number.dep_ == "nummod" and number.head.tag_ in ("NNS", "NNPS") and number.head.i > number.i


def _whole_of_a_part(doc: Doc, first: int) -> bool:
    """ "(535 of 1109)": a four-digit number after "N of" is the whole a count is part of, not a year."""
    return first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].like_num


def _designator(previous: Token) -> bool:
    word = previous.text.lower()
    return (previous.text[:1].isupper() or word in ("no.", "no")) and word.rstrip(
        "."
    ) in numbers.DESIGNATORS | {w.rstrip(".") for w in numbers.DESIGNATORS}


def _named_by_number(previous: Token, number: Token, written: str) -> bool:
    """ "Region 2 office", "Raad 3 rockets": a bare number of up to three digits that modifies the proper
    noun right before it inside a sentence (not a month or weekday) names something and counts nothing;
    "give Civic Union 74 of the 150 seats" counts."""
    return (
        number.head.i == previous.i
        and written.isdigit()
        and len(written) <= 3
        and previous.pos_ == "PROPN"
        and previous.text[:1].isupper()
        and not previous.is_sent_start
        and not re.fullmatch(numbers.MONTHS, previous.text.rstrip("."), flags=re.IGNORECASE)
        and previous.text not in WEEKDAYS
    )


def _one_is_not_a_count(
    report: Report, span: NumberSpan, root: int, previous: Token | None, following: Token | None
) -> bool:
    """ "one of them", "each one", "One listed ...", "one day": pronoun or idiom, not a count."""
    if span.unit is not None and span.adjectival:
        return False  # "a one-year contract"
    if previous is not None and previous.lower_ in ONE_IDIOMS_BEFORE:
        return True
    if following is None or following.lower_ in ONE_IDIOMS_AFTER:
        return True
    if span.unit is not None:
        return span.kind != "duration" or following.lower_ in ("day", "time")
    token = report.doc[root]
    head = token.head
    if not (token.dep_ in ("nummod", "quantmod") and head.pos_ in ("NOUN", "PROPN") and head.i > token.i):
        return True
    # "One aid worker said ...": a way of introducing a speaker, not a count
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in SPEECH_VERBS


def _title_case(report: Report, offset: int) -> bool:
    sentence_id = offsets(report).sentence_at(offset)
    if sentence_id is None:
        return False
    start, end = _sentence_bounds(report)[sentence_id]
    words = re.findall(r"[^\W\d_]{4,}", report.text[start:end])
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) > 0.7


def _as_age(report: Report, span: NumberSpan, root: int) -> NumberSpan:
    """ "Jane Doe, 62," and "aged 62" give an age in years."""
    from dataclasses import replace

    if (
        span.unit == "years"
        and not span.adjectival
        and re.match(r"\s+old\b", report.text[span.after : span.after + 5])
    ):
        return replace(span, kind="age")  # "30 years old"
    if span.form != "digits" or span.unit is not None or span.is_range or span.value is None:
        return span
    if not (span.value.is_integer() and 1 <= span.value <= 120):
        return span
    text = report.text
    before = text[max(0, span.start - 60) : span.start]
    after = text[span.end : span.end + 2]
    by_name = re.search(r"(?:[A-Z][\w’'.-]+)\s*,\s*$", before) and (
        after[:1] in (",", ".", ";", ")") or not after
    )
    bracketed = re.search(r"[A-Z][\w’'.-]+\s*\($", before) and after[:1] == ")"
    aged = re.search(
        r"\b(?:aged|(?:oldest|youngest)(?:\s+[^\W\d_]+)?\s+(?:is|was|being))\s+$", before, re.IGNORECASE
    )
    if not (by_name or bracketed or aged):
        return span
    if by_name or bracketed:
        first, _last = offsets(report).token_range(span.start, span.end)
        name = _previous_word_token(report, first)
        if name is None or not (name.ent_type_ == "PERSON" or name.pos_ == "PROPN"):
            return span
    return replace(span, unit="years", unit_text=None, kind="age")


def _previous_word_token(report: Report, index: int) -> Token | None:
    doc = report.doc
    i = index - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return doc[i] if i >= 0 else None


# ---------------------------------------------------------------------------- counted phrase


def _counted(report: Report, span: NumberSpan, root: int) -> str | None:
    """A short noun phrase for what the figure counts: the noun printed after it and its modifiers."""
    doc = report.doc
    i, _ = offsets(report).token_range(span.after, span.after)
    sentence = doc[root].sent
    if i + 1 < sentence.end and doc[i].lower_ in ("or", "to", "and") and doc[i + 1].like_num:
        i += 2  # "5 or 50 boats": the first number counts the noun after the second
    if i >= sentence.end:
        return _counted_by_head(report, span, root)
    if doc[i].lower_ == "of":
        return _phrase_from(report, i + 1, sentence.end, partitive=True)
    if span.unit is None or span.adjectival:
        token = doc[root]
        head = token.head
        while (
            head.dep_ in ("compound", "amod", "nmod")
            and head.head.i > head.i
            and head.head.pos_ in ("NOUN", "PROPN")
        ):
            head = head.head  # "14 counting centres": the number hangs off the first noun of a compound
        modifies = token.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod")
        if head.text in WEEKDAYS:  # "the toll rose to 2,064 Tuesday": the day it rose, not a count of days
            return _counted_by_head(report, span, root)
        if modifies and head.i > token.i and head.pos_ in ("NOUN", "PROPN") and head.i - i <= 5:
            return _text(report, i, _with_participle(report, _extend_conjuncts(report, head.i, sentence.end)))
        return _phrase_from(report, i, sentence.end, partitive=False) or _counted_by_head(report, span, root)
    if span.kind == "money" and doc[i].lower_ in ("in", "on", "for") and not _names_a_place(doc, i + 1):
        return _phrase_from(report, i + 1, sentence.end, partitive=True)
    return _counted_by_head(report, span, root)


#: Nouns of places: "£1bn in the region" says where the money goes, not what it buys.
PLACE_NOUNS = frozenset(
    "region area country countries city town village province state district territory zone world "
    "continent capital neighbourhood neighborhood".split()
)


def _names_a_place(doc: Doc, i: int) -> bool:
    """Is the phrase from token ``i`` a place ("the region", "Lebanon") rather than a thing?"""
    while i < len(doc) and doc[i].lower_ in _SKIP_FIRST:
        i += 1
    if i >= len(doc):
        return False
    return doc[i].ent_type_ in PLACE_LABELS or (
        doc[i].lower_ in PLACE_NOUNS and not (i + 1 < len(doc) and doc[i + 1].tag_ in _NOUN_TAGS)
    )


#: Words after "of" that make a figure part of a whole: "nine of the miners", "two of them", "21 of 23".
_WHOLE_TAGS = frozenset("DT PDT PRP PRP$ WDT WP CD".split())


def _partitive(report: Report, span: NumberSpan) -> bool:
    """ "21 of the 23 crew", "two of them", "nine of Acme's staff": a part of a whole printed after "of";
    not a measure or vague count of a mass ("48,000 tonnes of diesel", "hundreds of vehicles")."""
    if not re.match(r"\s+of\b", report.text[span.after : span.after + 4]):
        return False
    i, _ = offsets(report).token_range(span.after, span.after)
    doc = report.doc
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return False
    whole = doc[i + 1]
    return whole.tag_ in _WHOLE_TAGS or whole.like_num or (i + 2 < len(doc) and doc[i + 2].tag_ == "POS")


def _predicate(report: Report, root: int) -> str | None:
    """The verb (or predicate adjective) a figure depends on, as a lemma: "killed" for "killed six people"."""
    token = report.doc[root]
    for _ in range(6):
        if _does_it_to_others(token):
            return None  # "4,100 Guard members rescued hundreds": the 4,100 rescued no one of themselves
        if token.i != root and token.pos_ in ("NOUN", "PROPN"):
            befell = _fate_of_the_counted(token)
            if befell is not None:
                return befell
        act = FATE_NOUNS.get(token.lower_) if token.i != root else None
        if act is not None and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return act  # "the killing of 7,000 Muslims" says what "7,000 Muslims were killed" says
        if token.pos_ == "VERB" or (
            token.pos_ == "ADJ" and token.dep_ in ("acomp", "amod") and token.i != root
        ):
            fate = next(
                (c for c in token.children if c.dep_ in ("acomp", "oprd") and c.lower_ in CASUALTY_WORDS),
                None,
            )
            if fate is not None and token.lemma_.lower() in _STATE_LEAVING_VERBS:
                return fate.lower_  # "eight persons were left dead", "500 families were left homeless"
            return _reported_fate(token) or str(token.lemma_).lower()
        if token.pos_ == "AUX":
            complements = [c for c in token.children if c.dep_ == "acomp"]
            return str(complements[0].lemma_).lower() if complements else None
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _does_it_to_others(token: Token) -> bool:
    """The counted is the active subject of a verb of what befalls people that has an object of its own
    ("More than 4,100 Guard members rescued hundreds of people"): the verb says what they did to others, not
    what befell them, so it does not say what the figure counts."""
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in FATE_VERBS
        and any(c.dep_ in ("dobj", "obj") for c in verb.children)
    )


def _fate_of_the_counted(noun: Token) -> str | None:
    """What befell the people a figure counts, said of the counted noun itself rather than by the verb of
    the clause: a relative clause or participle ("including 19 Tibetans who were shot dead", "4.5 million
    people said to be affected"), or a casualty word whose subject they are ("with 250 people unaccounted
    for", "leaving three Israelis and 20 Palestinians dead")."""
    if noun.head.lower_ in CASUALTY_WORDS and noun.dep_ == "nsubj":
        return noun.head.lower_
    for clause in noun.children:
        if clause.dep_ in ("relcl", "acl") and clause.pos_ == "VERB":
            fate = next(
                (c for c in clause.children if c.dep_ in ("acomp", "oprd") and c.lower_ in CASUALTY_WORDS),
                None,
            )
            if fate is not None:
                return fate.lower_  # "shot dead", "found dead"
            reported = _reported_fate(clause)
            if reported is not None:
                return reported
            if clause.lemma_.lower() in FATE_VERBS:
                return str(clause.lemma_).lower()
    leaving = noun.head
    if noun.dep_ == "dobj" and leaving.lemma_.lower() in _STATE_LEAVING_VERBS:
        fate = next((c for c in leaving.children if c.dep_ == "conj" and c.lower_ in CASUALTY_WORDS), None)
        return fate.lower_ if fate is not None else None
    return None


def _reported_fate(verb: Token) -> str | None:
    """ "Hundreds of people have been reported killed", "people said to be affected": a verb of saying
    with a participle complement reports what befell them; the participle is the predicate."""
    if verb.lemma_.lower() not in _REPORTING_VERBS:
        return None
    complement = next((c for c in verb.children if c.dep_ in ("xcomp", "oprd") and c.tag_ == "VBN"), None)
    return str(complement.lemma_).lower() if complement is not None else None


#: Verbs that report a state without saying what it is: "reported killed", "believed dead", "said to be".
_REPORTING_VERBS = frozenset("report say believe fear confirm presume".split())
#: Verbs of what befalls people: read from a clause on the counted noun ("six people who were injured"),
#: and done by a subject to an object ("troops rescued 40 people").
FATE_VERBS = frozenset(
    "kill die injure wound displace evacuate rescue detain arrest abduct kidnap charge release".split()
)
#: Verbs whose complement says what befell their object: "left dead", "found dead", "left homeless".
_STATE_LEAVING_VERBS = frozenset("leave find report confirm declare".split())
#: Nouns of what befell people, with the verb that says it: "the killing of 7,000", "the evacuation of 300".
FATE_NOUNS = {
    "killing": "kill", "killings": "kill", "murder": "kill", "murders": "kill", "massacre": "kill",
    "deaths": "die", "death": "die", "evacuation": "evacuate", "arrest": "arrest", "arrests": "arrest",
    "detention": "detain", "displacement": "displace", "rescue": "rescue", "release": "release",
}  # fmt: skip
#: Words that stand for people by what befell them when printed right after a number ("160 dead").
CASUALTY_WORDS = frozenset(
    "dead injured wounded missing unaccounted killed hurt displaced homeless detained arrested".split()
)


def _phrase_from(report: Report, i: int, stop: int, *, partitive: bool) -> str | None:
    doc = report.doc
    if (
        i + 1 < stop
        and doc[i].lower_ in ("a", "an", "per", "each", "every")
        and doc[i + 1].lemma_.lower() in _RATE_UNITS
    ):
        return None  # "500 a day" is a rate, not 500 days
    while i < stop and (doc[i].lower_ in _SKIP_FIRST or (partitive and doc[i].tag_ == "CD")):
        i += 1
    if i >= stop or doc[i].lower_ in _PARTITIVE_PRONOUNS or doc[i].pos_ == "PRON":
        return None
    if doc[i].text in WEEKDAYS:
        return None  # "the toll rose to 2,064 Tuesday": the day it rose, not what was counted
    if doc[i].lower_ in CASUALTY_WORDS and not (i + 1 < stop and doc[i + 1].pos_ in ("NOUN", "PROPN")):
        return doc[i].text  # "160 dead and 370 injured": people, said by what befell them
    last_noun = None
    j = i
    while j < stop and j - i < 6 and doc[j].tag_ in _NP_TAGS:
        if doc[j].tag_ in _NOUN_TAGS:
            last_noun = j
            if doc[j].head.i < j or doc[j].dep_ not in ("compound", "amod", "nmod", "poss"):
                break
        j += 1
    if last_noun is None:
        return None
    return _text(report, i, _with_participle(report, _extend_conjuncts(report, last_noun, stop)))


def _with_participle(report: Report, last: int) -> int:
    """ "people killed", "crew missing": a participle right after the noun says what happened to them."""
    doc = report.doc
    following = last + 1
    if following < len(doc) and doc[following].sent == doc[last].sent:
        token = doc[following]
        if token.tag_ in ("VBN", "VBG") and token.head.i == last and token.dep_ in ("acl", "amod"):
            return following
    return last


def _extend_conjuncts(report: Report, head: int, stop: int) -> int:
    """ "64 schools, churches and warehouses": the phrase runs to the last coordinated noun."""
    doc = report.doc
    last = head
    for conj in doc[head].conjuncts:
        between = doc[last + 1 : conj.i + 1]
        if not (last < conj.i < stop and conj.i - last <= 4 and conj.pos_ in ("NOUN", "PROPN")):
            continue
        if any(t.lower_ == "or" or t.like_num or t.tag_ == "CD" for t in between) or numbers.scan(
            between.text
        ):
            break  # "500 officers and three generals", "people, or three-quarters": other figures
        last = conj.i
    return last


def _rise_verb_before(report: Report, span: NumberSpan) -> Token | None:
    """The verb of a total that changes printed right before the figure ("toll climbs to 9"), read from
    the words themselves: headlines, printed without a full stop, are often parsed wrongly."""
    first, _ = offsets(report).token_range(span.start, span.end)
    doc = report.doc
    if first < 2 or doc[first - 1].lower_ not in _RISE_PREPOSITIONS or doc[first - 2].sent != doc[first].sent:
        return None
    verb = doc[first - 2]
    return verb if verb.lemma_.lower() in _RISE_VERBS and verb.pos_ == "VERB" else None


def _tally_passing(report: Report, span: NumberSpan) -> str | None:
    """ "Death Toll Tops 22,000", "the number of cases passed 5,000": a tally noun right before a verb of
    reaching or passing right before the figure is what the figure counts. Read from the words, as
    headlines in title case are parsed wrongly."""
    first, _ = offsets(report).token_range(span.start, span.end)
    doc = report.doc
    verb = first - 1
    while verb >= 0 and doc[verb].lower_ in _HEDGE_WORDS:
        verb -= 1  # "toll tops nearly 900"
    noun = verb - 1
    if noun < 0 or doc[noun].sent != doc[first].sent or doc[verb].is_sent_start:
        return None
    if doc[verb].lemma_.lower() not in _PASSING_VERBS or doc[noun].lemma_.lower() not in lx.TALLY_NOUNS:
        return None
    start = noun
    while start - 1 >= doc[noun].sent.start and noun - start < 3 and doc[start - 1].tag_ in _NOUN_TAGS:
        start -= 1  # "Cyclone Death Toll"
    return _text(report, start, noun)


def _counted_by_head(report: Report, span: NumberSpan, root: int) -> str | None:
    """For a measure with no noun after it: the noun it measures ("turnout was 71.2%", "a fine of €250,000")."""
    doc = report.doc
    passing = _tally_passing(report, span)
    if passing is not None:
        return passing
    rise = _rise_verb_before(report, span)
    if rise is not None:
        changed = _what_changes(rise)
        if changed is not None:
            return _noun_with_modifiers(report, changed)
    token = doc[root]
    while token.dep_ == "quantmod" and token.head.like_num and token.head.i != token.i:
        token = token.head  # "from 125 to 149": the first number stands with the second
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "NOUN":
        return _noun_with_modifiers(report, token.head.head)
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in ("to", "from"):
        above = verb.head
        if above.lower_ in ("up", "down") and above.head.pos_ == "VERB":
            above = above.head  # "might go up to 200"
        if above.lemma_.lower() in _RISE_VERBS or above.lemma_.lower() == "go":
            verb = above  # "the death toll climbed to nine": what climbed is what the figure counts
        elif above.pos_ == "VERB":
            tallies = [c for c in above.children if c.dep_ == "dobj" and c.lemma_.lower() in lx.TALLY_NOUNS]
            if tallies:  # "taking the number of dead from 125 to 149"
                return _noun_with_modifiers(report, tallies[0])
    estimate: Token | None = None
    if token.dep_ == "pobj" and verb.lower_ == "at":
        estimate = verb.head
    elif token.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lower_ in ("high", "low", "many", "much"):
        estimate = verb.head.head  # "put the death toll as high as 69": as the figure at which it is put
    if estimate is not None and estimate.lemma_.lower() in _ESTIMATE_AT_VERBS:
        # "put the death toll at 52", "the damage was estimated at $3bn": what is put at the figure
        measured = [c for c in estimate.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
        if measured:
            return _noun_with_modifiers(report, measured[0])
    measures = (
        token.dep_ in ("attr", "acomp")
        or (token.dep_ == "dobj" and verb.lemma_.lower() in _MEASURE_VERBS)
        or verb.i != token.head.i
    )
    if measures:
        changed = _what_changes(verb)
        while changed is None and verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i:
            verb = verb.head  # "the final toll is likely to be closer to 150": the subject of "is"
            changed = _what_changes(verb)
        if changed is not None:
            return _noun_with_modifiers(report, changed)
    if token.dep_ == "pobj" and verb.lower_ == "at" and verb.head.lemma_.lower() in _STANDING_VERBS:
        changed = _what_changes(verb.head)  # "the death toll stands at 77"
        if changed is not None and changed.lemma_.lower() in lx.TALLY_NOUNS | {"rate", "price", "level"}:
            return _noun_with_modifiers(report, changed)
    return None


def _what_changes(verb: Token) -> Token | None:
    """The noun a verb of change is about: its subject ("the toll rose to 9", "the toll was revised to 32"),
    or for one that someone does to it, its object ("China has raised the death toll to 2,220")."""
    roles = (
        ("dobj", "nsubjpass", "nsubj")
        if verb.lemma_.lower() in _CHANGED_BY_SOMEONE
        else ("nsubj", "nsubjpass")
    )
    nouns = [c for c in verb.children if c.dep_ in roles and c.pos_ == "NOUN"]
    return min(nouns, key=lambda c: roles.index(c.dep_), default=None)


def _noun_with_modifiers(report: Report, head: Token) -> str:
    first = head.i
    for child in head.lefts:
        if child.dep_ in ("compound", "amod", "nmod", "conj", "cc") or child.tag_ == "POS":
            first = min(first, child.left_edge.i)
    last = _extend_conjuncts(report, head.i, head.sent.end)
    if head.lemma_.lower() in lx.TALLY_NOUNS:  # "the number of deaths": what the tally counts
        of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        objects = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
        if objects:
            last = objects[0].i
    return _text(report, first, last)


def _text(report: Report, first: int, last: int) -> str:
    starts, ends = _token_offsets(report)
    return report.text[starts[first] : ends[last]]


def _token_offsets(report: Report) -> tuple[list[int], list[int]]:
    return report.memo(
        "figures.token_offsets", lambda: (report.tokens["start"].tolist(), report.tokens["end"].tolist())
    )


def _sentence_bounds(report: Report) -> list[tuple[int, int]]:
    sentences = report.sentences
    return report.memo(
        "figures.sentence_bounds",
        lambda: list(zip(sentences["start"].tolist(), sentences["end"].tolist(), strict=True)),
    )


# ---------------------------------------------------------------------------- linking


#: A count, its noun, then a dash or bracket and a hedge: "1.2 million people – about " (before the share).
_APPOSITION_OPEN = re.compile(r"^[^\d–—()\[\];:,.]{0,60}?\s[–—(]\s*(?:[^\W\d_]+\s+){0,2}$")
#: After the share, at most "(of) the population", then the closing dash or bracket.
_APPOSITION_CLOSE = re.compile(r"^(?:\s+(?:of\s+)?(?:the|its|their)\s+[^\W\d_]+)?\s*[–—)]")


def _link_appositive_shares(records: list[dict[str, Any]], text: str) -> None:
    """ "1.2 million people – about one in ten – have fled", "20 million people (nearly half the
    population)": a share set off right after a count restates that count as a share of a whole."""
    for count, share in itertools.pairwise(records):
        if (
            count["sentence_id"] == share["sentence_id"]
            and count["unit"] is None
            and count["converts"] is None
            and share["kind"] in ("share", "percent")
            and _APPOSITION_OPEN.match(text[count["end"] : share["start"]])
            and _APPOSITION_CLOSE.match(text[share["end"] : share["end"] + 40])
        ):
            share["converts"] = count["figure_id"]


def _claim_headline_figures(records: list[dict[str, Any]], paragraph_kinds: list[str]) -> None:
    """A headline's figure that names no claimant is the body's first figure of the same value and unit,
    claimed there ("Quake Displaces 300,000" / "The UN says 300,000 people are homeless")."""
    body = [r for r in records if paragraph_kinds[r["paragraph_id"]] != "title"]
    for record in records:
        if paragraph_kinds[record["paragraph_id"]] != "title" or record["source"] is not None:
            continue
        same = next(
            (
                r
                for r in body
                if (r["value"], r["value_max"], r["unit"])
                == (record["value"], record["value_max"], record["unit"])
            ),
            None,
        )
        if same is not None and same["source"] is not None:
            record.update({column: same[column] for column in ("source", "source_id", "source_mention")})
            record["source_how"] = describe("headline figure")
            record["source_confidence"] = confidence("headline figure")


def _carry_over_conversions(records: list[dict[str, Any]]) -> None:
    """A conversion ("(19km)") shares the hedge, counted phrase and claimant of what it converts."""
    by_id = {r["figure_id"]: r for r in records}
    for record in records:
        original = by_id.get(record["converts"]) if record["converts"] else None
        if original is None:
            continue
        for column in (
            "approx",
            "counted",
            "source",
            "source_id",
            "source_mention",
            "source_how",
            "source_confidence",
        ):
            if record[column] is None:
                record[column] = original[column]


def _link_repeats(records: list[dict[str, Any]], sentences: pd.DataFrame) -> None:
    """``repeat_of``: the figure at the same place in the first identical sentence."""
    starts = sentences["start"].tolist()
    repeats = sentences["repeat_of"].tolist()
    at: dict[tuple[int, int], str] = {}
    for record in records:
        at[(record["sentence_id"], record["start"] - starts[record["sentence_id"]])] = record["figure_id"]
    for record in records:
        first = repeats[record["sentence_id"]]
        if first is not None and not pd.isna(first):
            record["repeat_of"] = at.get((int(first), record["start"] - starts[record["sentence_id"]]))


def _figure_places(report: Report, root: int, named: list[tuple[int, str]], main: str) -> str:
    """The places a figure's sentence names, less the destination of a movement in another clause ("100
    were killed and 80,000 have fled seeking to cross into Uzbekistan": where they went, not where the 100
    died; "3,000 troops have been deployed to Russia" keeps Russia), else the report's main places."""
    doc = report.doc
    ancestors = {t.i for t in doc[root].ancestors}
    kept: list[str] = []
    for index, name in named:
        counted = _counted_noun_holding(doc[index])
        if counted is not None and _listed_apart(counted, _own_noun(doc[root])):
            continue  # "1 severe flood warning on the River Nene, 107 flood warnings ...": the 1's place only
        head = doc[index].head
        destination = head.lower_ in _DESTINATION_PREPOSITIONS and head.head.pos_ == "VERB"
        if destination and head.head.i in ancestors:
            destination = False  # the figure's own movement: where the troops were sent is their scope
        if not destination and name not in kept:
            kept.append(name)
    return "; ".join(kept) if kept else main


def _counted_noun_holding(place: Token) -> Token | None:
    """The counted noun ("1 severe flood warning") whose own phrase ("on the River Nene") names ``place``."""
    token = place
    while (
        token.dep_ in ("pobj", "prep", "compound", "det", "amod", "nmod", "conj", "appos")
        and token.head.i != token.i
    ):
        token = token.head
        if token.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in token.children):
            return token
    return None


def _own_noun(token: Token) -> Token:
    """The noun a number counts ("1" -> "warning" in "1 severe flood warning"), or the token itself."""
    while token.dep_ in ("nummod", "quantmod", "compound") and token.head.i != token.i:
        token = token.head
    return token


def _listed_apart(other: Token, own: Token) -> bool:
    """Whether two counted nouns are different items of one list ("1 warning on X, 107 warnings and ...")."""
    if other.i == own.i:
        return False
    linked = {c.i for c in other.conjuncts} | {c.i for c in other.children if c.dep_ == "appos"}
    linked |= {other.head.i} if other.dep_ in ("appos", "conj") else set()
    return own.i in linked or any(
        own.i in {c.i for c in t.conjuncts} for t in other.children if t.dep_ == "appos"
    )


#: Prepositions of a movement's end: "fled into Uzbekistan", "were flown to Germany".
_DESTINATION_PREPOSITIONS = frozenset("into to towards toward".split())


def _headline_places(report: Report, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A place the report names in its body, printed in a headline where the tagger did not see it:
    title case is tagged poorly ("Syrian Forces Shell Damascus, 12 Killed")."""
    doc = report.doc
    kinds = report.paragraphs["kind"].tolist()
    paragraph_of = report.tokens["paragraph_id"].tolist()
    names = {text for _, text in found if " " not in text and text[:1].isupper() and len(text) > 2}
    covered = {i for ent in doc.ents if ent.label_ in PLACE_LABELS for i in range(ent.start, ent.end)}
    covered |= {i for i, _ in found}
    return [
        (tok.i, tok.text)
        for tok in doc
        if tok.text in names and tok.i not in covered and kinds[paragraph_of[tok.i]] == "title"
    ]


def _sentence_places(report: Report) -> tuple[list[list[tuple[int, str]]], str]:
    """Per sentence, the places and named events it names ((token, "Pokrovsk"), (token, "Hurricane Milton")),
    and the report's main places: the scope a figure is compared within when its sentence names none. The
    main places are those named at least half as often as the most named one (a country however it is
    written: "Kyrgyz" and "Kyrgyzstan"); a report about two countries ("Kyrgyzstan appeals to Russia") has both."""
    doc = report.doc
    sentence_ids = report.tokens["sentence_id"].tolist()
    named: list[list[tuple[int, str]]] = [[] for _ in range(len(report.sentences))]
    counts: dict[str, int] = {}
    countries = lx.country_table()
    spans = [
        (ent.start, ent.text)
        for ent in doc.ents  # a country's name is a place whatever the tagger called it
        if (ent.label_ in PLACE_LABELS or countries.is_country_name(ent.text)) and not _owns_a_body(ent.root)
    ]
    spans += lx.named_natural_forces(doc)
    spans += _headline_places(report, spans)
    first_name: dict[str, str] = {}
    for start, text in sorted(spans):
        name = re.sub(r"^(?:the|The)\s+|['’]s?$", "", text).strip()
        if name and name not in (n for _, n in named[sentence_ids[start]]):
            named[sentence_ids[start]].append((start, name))
            key = countries.country_of(name) or name
            first_name.setdefault(key, name)
            counts[key] = counts.get(key, 0) + 1
    most = max(counts.values(), default=0)
    main = "; ".join(first_name[key] for key, count in counts.items() if 2 * count >= most)
    return named, main or _country_of_a_placeless_report(doc)


#: Nouns for bodies and groups that a place before them owns ("the U.S. military", "Iraqi police").
_BODY_NOUNS = lx.ORG_NOUNS | lx.GROUP_NOUNS


def _owns_a_body(place: Token) -> bool:
    """ "The U.S. military said the blast killed eight", "Russia's defence ministry said ...": a place
    before a body or group says whose it is, not where what is counted was."""
    head = place.head
    return (
        place.dep_ in ("compound", "amod", "poss", "nmod")
        and head.i > place.i
        and lx.fold(head.lemma_) in _BODY_NOUNS
    )


def _country_of_a_placeless_report(doc: Doc) -> str:
    """For a report that names no place: the country its demonyms and capitals point to, when they point to
    one ("23 Cambodian labor activists ... the Phnom Penh Municipal Court": Cambodia), else none."""
    countries = lx.country_table()
    found = set()
    for tok in doc:
        word = lx.fold(tok.text)
        pair = lx.fold(f"{tok.text} {doc[tok.i + 1].text}") if tok.i + 1 < len(doc) else ""
        country = countries.demonyms.get(word) or countries.capitals.get(word) or countries.capitals.get(pair)
        if country is not None and tok.text[:1].isupper():
            found.add(country)
    return found.pop() if len(found) == 1 else ""


def _sentence_dates(report: Report) -> dict[int, list[tuple[int, int, str, bool]]]:
    """The date expressions of each sentence, ``(start, end, date, of_saying)`` in text order, from the
    dates table; ``of_saying`` when the date modifies a verb of saying ("said on Tuesday")."""
    from .dates import extract_dates, governing_verb

    dates = extract_dates(report)
    found: dict[int, list[tuple[int, int, str, bool]]] = {}
    if dates is None or dates.empty or "sentence_id" not in dates or "date" not in dates:
        return found
    columns = (
        dates["sentence_id"].tolist(),
        dates["start"].tolist(),
        dates["end"].tolist(),
        dates["date"].tolist(),
    )
    for sentence_id, start, end, date in zip(*columns, strict=True):
        if date is None or pd.isna(date) or sentence_id is None or pd.isna(sentence_id):
            continue
        first, last = report.token_range(int(start), int(end))
        verb = governing_verb(report.doc[first:last].root) if last > first else None
        of_saying = verb is not None and verb.lemma_.lower() in lx.SPEECH_VERBS
        found.setdefault(int(sentence_id), []).append((int(start), int(end), str(date), of_saying))
    return found


def _nearest_date(dates: list[tuple[int, int, str, bool]], start: int, end: int) -> str | None:
    """ "Officials said on Tuesday that 1,034 people had died as of Sunday", "X announced today that the
    office collected $7.7 million in fiscal year 2016": the date of the figure's own clause dates it, not
    the date of the saying; of several, the one nearest the figure (the first of two as near). A
    sentence whose only date is the saying's ("said on Tuesday 40 had died") has that one."""
    own = [d for d in dates if not d[3]] or dates
    if not own:
        return None
    gaps = [
        (max(d_start - end, start - d_end, 0), n) for n, (d_start, d_end, _date, _saying) in enumerate(own)
    ]
    return own[min(gaps)[1]][2]


def figures_of(reports: Report | Iterable[Report]) -> pd.DataFrame:
    """The figure tables of one or several reports, one after the other."""
    if isinstance(reports, Report):
        return extract_figures(reports)
    tables = [extract_figures(report) for report in reports]
    tables = [t for t in tables if not t.empty]
    if not tables:
        return pd.DataFrame(columns=[*FIGURE_COLUMNS, *EXTRA_COLUMNS])
    return pd.concat(tables, ignore_index=True)


def _rule(claimant: Claimant | None) -> tuple[str | None, str | None, str | None]:
    """(rule, verb or document, mention) of a claimant: "say" -> ("say", "say", mention);
    "estimate (report)" -> ("document", "report", mention); "say (it)" -> ("say", "say", "it")."""
    if claimant is None:
        return None, None, None
    found = re.fullmatch(r"(.+) \(([\w’']+)\)", claimant.how)
    if found is None:
        return claimant.how, claimant.how, claimant.mention
    rule, word = found.groups()
    if word in DOCUMENT_NOUNS:
        return "document", word, claimant.mention
    if fold(word) in PRONOUNS:
        return rule, rule, word  # resolved from a pronoun ("it")
    return rule, rule, f"the {word}"  # resolved from a description ("the agency")


def _how(claimant: Claimant | None) -> str:
    rule, verb, mention = _rule(claimant)
    return describe(rule, verb=verb, mention=mention) or NO_CLAIMANT


#: Why a figure has no claimant: the analyst reads this in ``source_how``.
NO_CLAIMANT = "unknown: no reporting verb, 'according to' or quote in or around its sentence names a claimant"


def _confidence(claimant: Claimant | None) -> str | None:
    rule, _verb, mention = _rule(claimant)
    return confidence(rule, mention=mention)


def export_figures(table: pd.DataFrame, path: str | Path) -> Path:
    """Write a figure table (or any slice of it) as CSV or Excel (``.xlsx``, via openpyxl), by suffix.

    The file is written atomically; lists become "; "-joined text. Returns the path written.
    """
    from .files import atomic_write_bytes

    target = Path(path)
    flat = table.copy()
    for column in flat.columns:
        if flat[column].map(lambda v: isinstance(v, list | tuple)).any():
            flat[column] = flat[column].map(
                lambda v: "; ".join(map(str, v)) if isinstance(v, list | tuple) else v
            )
    buffer = io.BytesIO()
    suffix = target.suffix.lower()
    if suffix == ".csv":
        buffer.write(flat.to_csv(index=False).encode("utf-8"))
    elif suffix == ".xlsx":
        flat.to_excel(buffer, index=False, engine="openpyxl", sheet_name="figures")
    else:
        raise WorkbenchError(f"{target}: export as .csv or .xlsx, not {suffix or 'no suffix'}")
    atomic_write_bytes(target, buffer.getvalue())
    return target
