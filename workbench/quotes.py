"""Quotes and their speakers, one row per occurrence, with provenance.

Direct quotes are the words between quote marks (:mod:`workbench.quote_marks`); a name or
term in quote marks ("Kestrel Shield", a so-called "...") is not a quote. Each quote's
speaker is the agent of its cue ("said", "told reporters", "according to", a colon or a
dash) found beside it in its sentence, read from spaCy's parse with word-order rules
(:mod:`workbench.attribution.speakers`); the agent is resolved through the actor registry, so "he",
"Mr X" and "the agency" come out under the actor's canonical name. A quote without a cue
of its own takes the speaker of the quote or sentence before it in its paragraph, of the
paragraph it continues, or of the next paragraph when that one says whose words they were
("That was the account given by ..."). Otherwise the speaker stays empty: a wrong speaker
is worse than none. Reported speech ("X said (that) ...") gives ``indirect`` rows.

The analyst's speaker corrections (section ``"speakers"`` of the corrections file, keyed
by document, quote text and occurrence) are applied on every run.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import lexicon as lx
from .actors import ActorRegistry
from .attribution.cues import is_characterising, is_cue, is_negated
from .attribution.engine import attribute
from .attribution.quote_frames import NOBODY, QuoteAttribution
from .attribution.rules import AMBIGUOUS, confidence, describe
from .attribution.speakers import SpeakerFinder
from .corrections import Corrections, corrections_for
from .errors import WorkbenchError
from .frames import with_dtypes
from .quote_marks import QuoteSpan
from .report import Report

if TYPE_CHECKING:
    pass

QUOTE_COLUMNS = [
    "quote_id", "doc_id", "start", "end", "text", "kind",
    "speaker", "speaker_id", "speaker_mention", "mention_start", "mention_end", "cue",
    "sentence_id", "paragraph_id", "post_id", "repeat_of", "flag",
    "speaker_how", "speaker_confidence", "speaker_candidates", "occurrence", "depth",
]  # fmt: skip
KINDS = ("direct", "fragment", "indirect")
#: The section of the corrections file that holds speaker corrections.
CORRECTIONS_SECTION = "speakers"
#: A phrase of at most this many words in quote marks, with no reporting verb around, is a scare quote.
SCARE_QUOTE_WORDS = 6
#: A fragment of at most this many words modifying a noun is a scare quote, cue or not ("massive").
SCARE_WORDS_UNSAID = 2

#: Words before the name of an offence in quote marks: charged with "bribery", accused of "incitement".
_CHARGE_BEFORE = re.compile(
    r"\b(?:charged with|accused of|convicted of|guilty of|charges? of|indicted for|on suspicion of)\s*"
    r"(?:[“\"‘'][^”\"’']{1,60}[”\"’']\s*(?:and|or|,)\s*)?(?:being\s+)?$",  # "X" and being "Y" too
    re.IGNORECASE,
)

#: Words that put a name, not someone's words, in quote marks: known as "X", the so-called "X".
_NAMING_BEFORE = re.compile(
    r"\b(?:known as|dubbed|nicknamed|code-?named|so-called|under the (?:name|banner)|named|titled|entitled)\s*$",
    re.IGNORECASE,
)


def extract_quotes(report: Report, *, corrections: Corrections | None = None) -> pd.DataFrame:
    """One row per quote occurrence (direct, fragment or indirect), with its speaker and provenance."""
    corrections = corrections or corrections_for(report)
    attribution = attribute(report, corrections=corrections)
    actor_records = corrections.sections.get("actors", [])
    key = "quotes." + _digest(actor_records)
    table = report.memo(key, lambda: QuoteFinder(attribution).table())
    return apply_speaker_corrections(
        table, corrections.sections.get(CORRECTIONS_SECTION, []), attribution.registry
    )


class QuoteFinder(SpeakerFinder):
    """Finds one report's quotes and their speakers (use :func:`extract_quotes`)."""

    def kind(self, span: QuoteSpan, before: range) -> str:
        words = [self.finder.words[i] for i in before]
        opens_sentence = not any(self.doc[i].is_alpha for i in before) or (words and words[-1] in (":", ","))
        body = self.text[span.start : span.end]
        if opens_sentence and body[:1].isupper():
            return "direct"
        return "fragment"

    def table(self) -> pd.DataFrame:
        rows: list[dict[str, Any]] = []
        for span in sorted(self.spans, key=lambda s: (s.open_at, s.depth)):
            attribution = self.attribute(span)
            self.attributions[span] = attribution
            before, _ = self.frames(span)
            kind = self.kind(span, before)
            self.kinds[span] = kind
            if kind == "fragment" and attribution.cue is None and self._scare_quote(span):
                continue
            before_text = self.text[max(0, span.open_at - 90) : span.open_at]
            if kind == "fragment" and (
                _NAMING_BEFORE.search(before_text) or _CHARGE_BEFORE.search(before_text)
            ):
                continue  # known as "Aspides", charged with "bribery": a name in quote marks, nobody's words
            if kind == "fragment" and self._modifier_in_quote_marks(span) and not self._reported(span):
                continue  # The "massive" strikes: a word or two set off inside a noun phrase, nobody's words
            rows.append(self._row(span.start, span.end, kind, attribution, span.flag, span.depth))
        for start, end, attribution in self._indirect():
            rows.append(self._row(start, end, "indirect", attribution, None, 0))
        return finish_table(rows, self.report)

    def _reported(self, span: QuoteSpan) -> bool:
        """Do the quoted words hang from a reporting verb with someone speaking ("said there is 'credible'
        information")? Not so in "the 'massive' strikes have claimed 220 lives"."""
        cue = self._governing_cue(span)
        return cue is not None and self._agent(cue) is not None

    def _modifier_in_quote_marks(self, span: QuoteSpan) -> bool:
        """A word or two in quote marks that modifies a noun outside them ("the 'massive' strikes"):
        the writer's distance from a word, not anyone's words (a quote is a verb's object or clause)."""
        inside = list(self.tokens_between(span.start, span.end))
        if not inside or len([i for i in inside if self.doc[i].is_alpha]) > SCARE_WORDS_UNSAID:
            return False
        root = self.doc[inside[0] : inside[-1] + 1].root
        return root.dep_ in ("amod", "compound", "nmod", "poss") and root.head.i not in inside

    def _scare_quote(self, span: QuoteSpan) -> bool:
        """A short phrase in quote marks with nobody speaking in its sentence: a term, not a quotation."""
        body = self.text[span.start : span.end]
        words = re.findall(r"\w+", body)
        if len("".join(words)) < 2:
            return True  # "rock 'n' roll"
        if len(words) > SCARE_QUOTE_WORDS or self.paragraph_kind[span.paragraph_id] != "body":
            return False  # headlines quote without saying who; the body tells
        first, last = self.sentence_of(span.open_at), self.sentence_of(max(span.open_at, span.outer_end - 1))
        sentence = self.tokens_between(self.sentence_starts[first], self.sentence_ends[last])
        inside = set(self.tokens_between(span.start, span.end))
        return not any(
            is_cue(self.doc, i) or is_characterising(self.doc, i) for i in sentence if i not in inside
        )

    def _row(
        self, start: int, end: int, kind: str, attribution: QuoteAttribution, flag: str | None, depth: int
    ) -> dict[str, Any]:
        sentence_id = self.sentence_of(start)
        speaker = speaker_id = mention = how = None
        mention_start = mention_end = None
        candidates: list[str] = []
        cand = attribution.agent
        if cand is not None:
            actor = self._actor_of(cand)
            rivals = self.linker.ambiguous.get(self._index_of(cand), []) if self._is_ambiguous(cand) else []
            if actor is not None or rivals:
                first = min(cand.start, cand.surface_start) if cand.surface_start >= 0 else cand.start
                mention_start, mention_end = self.finder.starts[first], self.finder.ends[cand.end - 1]
                mention = re.sub(r"(?:['’]s|['’])$", "", self.text[mention_start:mention_end]).rstrip()
                mention_end = mention_start + len(mention)
            if actor is not None:
                speaker, speaker_id = actor.name, actor.actor_id
                how = attribution.how
            elif rivals:
                how, candidates = AMBIGUOUS, [self._name_of(entity) for entity in rivals]
        return {
            "doc_id": self.report.doc_id, "start": start, "end": end, "text": self.text[start:end], "kind": kind,
            "speaker": speaker, "speaker_id": speaker_id, "speaker_mention": mention,
            "mention_start": mention_start, "mention_end": mention_end, "cue": attribution.cue,
            "sentence_id": sentence_id, "paragraph_id": self.sentence_paragraph[sentence_id], "flag": flag,
            "speaker_how": describe(how, verb=attribution.cue, mention=mention) or _why_no_speaker(attribution.cue),
            "speaker_confidence": confidence(how, mention=mention), "speaker_candidates": candidates,
            "depth": depth,
        }  # fmt: skip

    def _name_of(self, entity: Any) -> str:
        """The registry's name for a linker entity (its first alias's actor), else the entity's own."""
        for alias in entity.aliases:
            actor = self.registry.lookup(alias)
            if actor is not None:
                return str(actor.name)
        return str(entity.name)

    # ------------------------------------------------------------------ reported speech

    def _indirect(self) -> list[tuple[int, int, QuoteAttribution]]:
        """ "X said (that) ...": the reported clause of each reporting verb outside quotes."""
        found = []
        quoted = [(s.open_at, s.outer_end) for s in self.spans]
        for tok in self.doc:
            if not is_cue(self.doc, tok.i) or self.finder.quote_depth[tok.i] > 0 or tok.lower_ == "according":
                continue
            clauses = [c for c in tok.children if c.dep_ == "ccomp"]
            if not clauses or is_negated(self.doc, tok.i):
                continue  # "did not say how many", "declined to say": nothing was reported
            clause = clauses[0]
            tokens = sorted(t.i for t in clause.subtree)
            between = range(min(tokens[-1], tok.i), max(tokens[0], tok.i))
            if any(self.finder.words[k] in (";", ":") for k in between):
                continue  # "Residents return; Hezbollah warns ...": a clause of its own
            if self.finder.lower[tokens[0]] in lx.QUESTION_WORDS:
                continue  # "asked whether ...": a question, not a statement
            while tokens and (self.doc[tokens[0]].dep_ == "mark" or self.doc[tokens[0]].is_punct):
                tokens = tokens[1:]
            while tokens and self.doc[tokens[-1]].is_punct:
                tokens = tokens[:-1]
            if len(tokens) < 3:
                continue
            start, end = self.finder.starts[tokens[0]], self.finder.ends[tokens[-1]]
            inside = sum(min(end, e) - max(start, s) for s, e in quoted if s < end and start < e)
            if inside > 0.5 * (end - start):
                continue  # the clause is a direct quote, already a row
            agent = self._agent(tok.i)
            found.append((start, end, QuoteAttribution(agent, tok.text, "cue") if agent else NOBODY))
        return found


def finish_table(rows: Sequence[dict[str, Any]], report: Report) -> pd.DataFrame:
    """Sort rows, number them, count occurrences and mark repeats of an earlier identical quote."""
    paragraphs = report.paragraphs
    posts = dict(zip(paragraphs["paragraph_id"].tolist(), paragraphs["post_id"].tolist(), strict=True))
    first_seen: dict[tuple[str, str], str] = {}
    seen_count: dict[str, int] = {}
    records = []
    for i, row in enumerate(sorted(rows, key=lambda row: (row["start"], row["end"]))):
        quote_id = f"Q{i + 1:03d}"
        key = (" ".join(str(row["text"]).split()), str(row["kind"]))
        first = first_seen.setdefault(key, quote_id)
        seen_count[key[0]] = seen_count.get(key[0], 0) + 1
        records.append(
            {
                **row,
                "quote_id": quote_id,
                "post_id": int(posts.get(row["paragraph_id"], 0)),
                "repeat_of": None if first == quote_id else first,
                "occurrence": seen_count[key[0]],
            }
        )
    dtypes = {
        "start": "int64", "end": "int64", "mention_start": "Int64", "mention_end": "Int64",
        "sentence_id": "Int64", "paragraph_id": "Int64", "post_id": "Int64", "occurrence": "int64", "depth": "int64",
    }  # fmt: skip
    if not records:  # the types an empty table has always had (pandas types an empty id list as float)
        dtypes |= {"quote_id": "float64", "repeat_of": "float64"}
    return with_dtypes(pd.DataFrame(records, columns=QUOTE_COLUMNS), dtypes)


# ---------------------------------------------------------------------- corrections


def correct_speaker(
    corrections: Corrections, *, doc_id: str, text: str, speaker: str | None, occurrence: int = 1
) -> dict[str, Any]:
    """Save the analyst's speaker for the ``occurrence``-th quote of ``text`` in ``doc_id`` (None: no speaker)."""
    if not str(doc_id).strip() or not str(text).strip():
        raise WorkbenchError("a speaker correction needs the quote's doc_id and text")
    if occurrence < 1:
        raise WorkbenchError(f"occurrence counts from 1, not {occurrence}")
    record = {"doc_id": str(doc_id), "text": str(text), "occurrence": int(occurrence), "speaker": speaker}
    with corrections.editing() as fresh:
        records = fresh.records(CORRECTIONS_SECTION)
        records[:] = [r for r in records if _correction_key(r) != _correction_key(record)]
        records.append(record)
    return record


def apply_speaker_corrections(
    table: pd.DataFrame, records: Sequence[dict[str, Any]], registry: ActorRegistry
) -> pd.DataFrame:
    """``table`` with the saved speaker corrections applied (a copy; the cached table is left alone)."""
    if not records or table.empty:
        return table
    wanted = {_correction_key(r): r.get("speaker") for r in records}
    table = table.copy()
    corrected: set[int] = set()
    for row in range(len(table)):
        key = (
            str(table.at[row, "doc_id"]),
            " ".join(str(table.at[row, "text"]).split()),
            int(str(table.at[row, "occurrence"])),
        )
        if key not in wanted:
            continue
        speaker = wanted[key]
        actor = registry.find(speaker) if speaker else None
        table.at[row, "speaker"] = actor.name if actor else speaker
        table.at[row, "speaker_id"] = actor.actor_id if actor else None
        table.at[row, "speaker_how"] = describe("analyst")
        table.at[row, "speaker_confidence"] = confidence("analyst")
        corrected.add(row)
    table["speaker_candidates"] = [
        [] if row in corrected else names for row, names in enumerate(table["speaker_candidates"])
    ]
    return table


def _correction_key(record: dict[str, Any]) -> tuple[str, str, int]:
    return (
        str(record.get("doc_id")),
        " ".join(str(record.get("text", "")).split()),
        int(record.get("occurrence", 1)),
    )


def _digest(records: Sequence[dict[str, Any]]) -> str:
    return hashlib.sha256(json.dumps(list(records), sort_keys=True, default=str).encode()).hexdigest()[:16]


def _why_no_speaker(cue: str | None) -> str:
    """Why a quote is left without a speaker, for the analyst reading the row ("unknown: ...")."""
    if cue:
        return f"unknown: the one who '{cue}' is not tied to one actor"
    return "unknown: no reporting verb, colon or dash beside the quote names a speaker"
