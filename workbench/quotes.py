"""Quotes and their speakers, one row per occurrence, with provenance.

Direct quotes are the words between quote marks (:mod:`workbench.quote_marks`); a name or
term in quote marks ("Kestrel Shield", a so-called "...") is not a quote. Each quote's
speaker is the agent of its cue ("said", "told reporters", "according to", a colon or a
dash) found beside it in its sentence, read from spaCy's parse with word-order rules
(:mod:`workbench.attribution.cues`); the agent is resolved through the actor registry, so "he",
"Mr X" and "the agency" come out under the actor's canonical name. A quote without a cue
of its own takes the speaker of the quote or sentence before it in its paragraph, of the
paragraph it continues, or of the next paragraph when that one says whose words they were
("That was the account given by ..."). Otherwise the speaker stays empty: a wrong speaker
is worse than none. Reported speech ("X said (that) ...") gives ``indirect`` rows.

The analyst's speaker corrections (section ``"speakers"`` of the corrections file, keyed
by document, quote text and occurrence) are applied on every run.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import lexicon as lx
from .actors import ActorRegistry
from .attribution.cues import agent_of, cue_text, is_characterising, is_cue, is_negated
from .attribution.engine import Attribution, attribute
from .attribution.rules import AMBIGUOUS, confidence, describe
from .corrections import Corrections, corrections_for
from .errors import WorkbenchError
from .quote_marks import QuoteSpan, is_name_or_term
from .report import Report

if TYPE_CHECKING:
    from .attribution.mention_base import Candidate

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
_DASHES = ("–", "—", "-", "--")
_FINAL = (".", "?", "!", "…")


@dataclass(frozen=True)
class QuoteAttribution:
    """Who said a quote and how we know: the agent mention, the cue, and the rule that found it."""

    agent: Candidate | None
    cue: str | None
    how: str


NOBODY = QuoteAttribution(None, None, "none")

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


# ---------------------------------------------------------------------- finding


class QuoteFinder:
    """Finds one report's quotes and attributes them (use :func:`extract_quotes`)."""

    def __init__(self, attribution: Attribution) -> None:
        report = attribution.report
        self.report = report
        self.registry = attribution.registry
        self.linker = attribution.links
        self.finder = attribution.mentions
        self.doc = self.finder.doc
        self.text = report.text
        self.spans = [s for s in self.finder.quotes if not is_name_or_term(self.text, s)]
        sentences = report.sentences
        self.sentence_starts: list[int] = sentences["start"].tolist()
        self.sentence_ends: list[int] = sentences["end"].tolist()
        self.sentence_paragraph: list[int] = sentences["paragraph_id"].tolist()
        paragraphs = report.paragraphs
        self.paragraph_starts: list[int] = paragraphs["start"].tolist()
        self.paragraph_ends: list[int] = paragraphs["end"].tolist()
        self.paragraph_kind: list[str] = paragraphs["kind"].tolist()
        self.attributions: dict[QuoteSpan, QuoteAttribution] = {}
        self._candidate_index: dict[int, int] | None = None
        self.kinds: dict[QuoteSpan, str] = {}
        self.in_paragraph: dict[int, list[QuoteSpan]] = {}
        for span in self.spans:
            self.in_paragraph.setdefault(span.paragraph_id, []).append(span)

    # ------------------------------------------------------------------ tokens and frames

    def tokens_between(self, start: int, end: int) -> range:
        """Indices of the tokens overlapping ``text[start:end]``."""
        first = bisect.bisect_right(self.finder.ends, start)
        last = bisect.bisect_left(self.finder.starts, end)
        return range(first, max(first, last))

    def sentence_of(self, offset: int) -> int:
        """The sentence containing ``offset``, else the next one (a quote mark between sentences)."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentence_ends[i]:
            return i
        return min(i + 1, len(self.sentence_starts) - 1)

    def region(self, span: QuoteSpan) -> tuple[int, int]:
        """Where the quote's attribution may be: its paragraph, or the quote it is nested in."""
        if span.depth > 0:
            outer = [
                s
                for s in self.in_paragraph[span.paragraph_id]
                if s.depth == span.depth - 1 and s.open_at < span.open_at < s.outer_end
            ]
            if outer:
                return outer[-1].start, outer[-1].end
        return self.paragraph_starts[span.paragraph_id], self.paragraph_ends[span.paragraph_id]

    def siblings(self, span: QuoteSpan) -> list[QuoteSpan]:
        lo, hi = self.region(span)
        return [
            s for s in self.in_paragraph[span.paragraph_id] if s.depth == span.depth and lo <= s.open_at < hi
        ]

    def frames(self, span: QuoteSpan) -> tuple[range, range]:
        """Tokens before and after the quote in its sentence(s), up to the neighbouring quotes."""
        lo, hi = self.region(span)
        siblings = self.siblings(span)
        index = siblings.index(span)
        first_sentence = self.sentence_of(span.open_at)
        last_sentence = self.sentence_of(max(span.open_at, span.outer_end - 1))
        before_start = max(lo, self.sentence_starts[first_sentence])
        if index > 0:
            before_start = max(before_start, siblings[index - 1].outer_end)
        after_end = min(hi, self.sentence_ends[last_sentence])
        if index + 1 < len(siblings):
            after_end = min(after_end, siblings[index + 1].open_at)
        after_end = max(after_end, span.outer_end)
        if after_end <= span.outer_end + 1 and span.close_at is not None:
            after_end = (
                self._attribution_sentence_after(span, last_sentence, hi, siblings, index) or after_end
            )
        return self.tokens_between(before_start, span.open_at), self.tokens_between(span.outer_end, after_end)

    def _attribution_sentence_after(
        self, span: QuoteSpan, sentence: int, hi: int, siblings: list[QuoteSpan], index: int
    ) -> int | None:
        """'"Verified by whom?" Echeverri asked.' split in two sentences: the short second one."""
        following = sentence + 1
        if following >= len(self.sentence_starts) or self.sentence_starts[following] >= hi:
            return None
        start, end = self.sentence_starts[following], self.sentence_ends[following]
        if index + 1 < len(siblings) and siblings[index + 1].open_at < end:
            return None
        tokens = self.tokens_between(start, end)
        if len(tokens) > 12 or not any(is_cue(self.doc, i) for i in tokens):
            return None
        if any(c.dep_ == "ccomp" for i in tokens if is_cue(self.doc, i) for c in self.doc[i].children):
            return None  # a new statement, not an attribution
        return end

    # ------------------------------------------------------------------ attribution

    def at(self, token: int) -> Candidate | None:
        return self.linker.at(token)

    def attribute(self, span: QuoteSpan) -> QuoteAttribution:
        before, after = self.frames(span)
        found = self._cue_in_frames(span, before, after)
        if found.agent is not None or found.cue is not None:
            return found
        if any(self._is_actor_mention(i) for i in [*before, *after]):
            return NOBODY  # someone else is named beside the quote: do not borrow a speaker
        for rule in (
            self._continued,
            self._colon_paragraph_before,
            self._previous_in_paragraph,
            self._next_paragraph_account,
            self._previous_paragraph_speaker,
            self._previous_quote_paragraph,
        ):
            found = rule(span)
            if found.agent is not None:
                return found
        return NOBODY

    def _is_actor_mention(self, token: int) -> bool:
        cand = self.at(token)
        return (
            cand is not None and cand.form not in ("demonym", "pronoun") and self._actor_of(cand) is not None
        )

    def _colon_paragraph_before(self, span: QuoteSpan) -> QuoteAttribution:
        """ "In a statement, the ministry said:" ending the paragraph before a quote that opens its own."""
        pid = span.paragraph_id
        if span.depth > 0 or pid == 0 or span.open_at != self.paragraph_starts[pid]:
            return NOBODY
        end = self.paragraph_ends[pid - 1]
        if not self.text[:end].rstrip().endswith(":"):
            return NOBODY
        sentence = self.sentence_of(max(self.paragraph_starts[pid - 1], end - 1))
        tokens = self.tokens_between(self.sentence_starts[sentence], end)
        for i in reversed(tokens):
            if is_cue(self.doc, i) and self.finder.quote_depth[i] == 0:
                agent = self._agent(i)
                if agent is not None:
                    return QuoteAttribution(agent, cue_text(self.doc, i), "colon")
        agent = self._colon_verb_agent(range(tokens.start, max(tokens.start, tokens.stop - 1)))
        return QuoteAttribution(agent, ":", "colon") if agent is not None else NOBODY

    def _governing_cue(self, span: QuoteSpan) -> int | None:
        """The reporting verb the quoted words hang from in the parse ("said the toll was 'more than 130'").

        A verb that labels the quote ("dismissed ... as 'fake news'") counts only when no reporting
        verb governs it ("said the government accepted 'the thrust'" is the speaker's, not the government's).
        """
        quote_tokens = self.tokens_between(span.start, span.end)
        inside = set(quote_tokens)
        depth = self.finder.quote_depth
        roots = [i for i in quote_tokens if self.doc[i].head.i not in inside or self.doc[i].head.i == i]
        labelling = None
        for root in roots:
            tok = self.doc[root]
            while tok.head.i != tok.i:
                tok = tok.head
                if tok.i in inside or depth[tok.i] != span.depth:
                    continue
                if is_cue(self.doc, tok.i):
                    return tok.i
                if labelling is None and is_characterising(self.doc, tok.i):
                    labelling = tok.i
                    if tok.dep_ in ("relcl", "acl", "advcl") and any(c.dep_ == "nsubj" for c in tok.children):
                        return tok.i  # "a move the president described as '...'": the describer's words
        return labelling

    def _cue_in_frames(self, span: QuoteSpan, before: range, after: range) -> QuoteAttribution:
        governing = self._governing_cue(span)
        if governing is not None:
            agent = self._agent(governing) or self._statement_author(governing)
            if agent is not None:
                return QuoteAttribution(agent, cue_text(self.doc, governing), "cue")
        quote_tokens = self.tokens_between(span.start, span.end)
        first = quote_tokens.start if len(quote_tokens) else before.stop
        last = quote_tokens.stop - 1 if len(quote_tokens) else after.start
        options: list[tuple[int, int, str]] = []  # (distance, token, where)
        for i in after:
            if is_cue(self.doc, i):
                options.append((i - last, i, "after"))
        for i in before:
            if is_cue(self.doc, i) or (
                self._is_fragment_position(span, before) and is_characterising(self.doc, i)
            ):
                options.append((first - i, i, "before"))
        for _, cue, _where in sorted(options, key=lambda o: (o[0], o[2] != "after")):
            agent = self._agent(cue)
            if agent is not None:
                return QuoteAttribution(agent, cue_text(self.doc, cue), "cue")
            statement = self._statement_author(cue)
            if statement is not None:
                return QuoteAttribution(statement, cue_text(self.doc, cue), "statement")
        punctuation = self._punctuation_attribution(span, before, after)
        if punctuation.agent is not None:
            return punctuation
        if options:  # a cue whose agent is unknown or anonymous: say so rather than borrow a name
            return QuoteAttribution(None, cue_text(self.doc, min(options)[1]), "cue")
        return NOBODY

    def _agent(self, cue: int) -> Candidate | None:
        agent = agent_of(self.doc, cue, self.at, level=self.finder.quote_depth.__getitem__)
        if agent is None or self.finder.quote_depth[agent.head] != self.finder.quote_depth[cue]:
            return None
        if self._actor_of(agent) is not None or self._is_ambiguous(agent):
            return agent  # an ambiguous "he" is the answer too: nobody, and the rows say who it could be
        return None

    def _is_ambiguous(self, cand: Candidate) -> bool:
        return cand.form == "pronoun" and self._index_of(cand) in self.linker.ambiguous

    def _statement_author(self, cue: int) -> Candidate | None:
        """ "..., the statement said": the author of the statement mentioned before."""
        subjects = [c for c in self.doc[cue].children if c.dep_ == "nsubj" and c.lower_ in lx.STATEMENT_NOUNS]
        if not subjects:
            return None
        noun = subjects[0].lower_
        sentence = self.finder.sentence_ids[cue]
        for i in range(cue - 1, -1, -1):
            if sentence - self.finder.sentence_ids[i] > 3:
                break
            if self.finder.lower[i] == noun and self.finder.quote_depth[i] == 0:
                verb = self.doc[i].head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                agent = self._agent(verb.i)  # "said in a statement", "issued a statement"
                if agent is not None:
                    return agent
        return None

    def _punctuation_attribution(self, span: QuoteSpan, before: range, after: range) -> QuoteAttribution:
        """ "Coastguard: 'no sign yet'" and "'Our fishermen are not bargaining chips' - spokeswoman"."""
        words = self.finder.words
        if len(before) and words[before[-1]] == ":" and before[-1] - 1 >= before.start:
            agent = self._phrase(ending=before[-1]) or self._colon_verb_agent(range(before.start, before[-1]))
            if agent is not None and self._actor_of(agent) is not None:
                return QuoteAttribution(agent, ":", "colon")
        if len(after) > 1 and words[after[0]] == ":" and self.paragraph_kind[span.paragraph_id] != "body":
            verb = next(
                (i for i in after if self.doc[i].pos_ == "VERB"), None
            )  # "'We will fight on': X vows"
            agent = self._agent(verb) if verb is not None else None
            if agent is not None and self._actor_of(agent) is not None:
                return QuoteAttribution(agent, ":", "colon")
        if len(after) > 1 and words[after[0]] in _DASHES:
            agent = self._phrase(starting=after[1])
            if agent is not None and self._actor_of(agent) is not None:
                return QuoteAttribution(agent, words[after[0]], "dash")
        return NOBODY

    def _colon_verb_agent(self, tokens: range) -> Candidate | None:
        """ "Her neighbour, X, disagreed: '...'": the subject of the verb that introduces the colon."""
        for i in reversed(tokens[-6:]):
            if self.doc[i].pos_ == "VERB":
                return self._agent(i)
        return None

    def _phrase(self, *, starting: int | None = None, ending: int | None = None) -> Candidate | None:
        """The longest mention that starts at token ``starting`` or ends just before token ``ending``."""
        found = [
            c
            for c in self.linker.candidates
            if (starting is not None and min(c.start, c.surface_start) == starting)
            or (ending is not None and c.end == ending)
        ]
        return max(found, key=lambda c: c.end - min(c.start, c.surface_start), default=None)

    def _is_fragment_position(self, span: QuoteSpan, before: range) -> bool:
        return any(self.doc[i].is_alpha for i in before)

    def _continued(self, span: QuoteSpan) -> QuoteAttribution:
        """A quotation continued from the previous paragraph (which left its quote open)."""
        if span.depth > 0 or span.paragraph_id == 0:
            return NOBODY
        if span.open_at != self.paragraph_starts[span.paragraph_id]:
            return NOBODY
        earlier = [s for s in self.in_paragraph.get(span.paragraph_id - 1, []) if s.depth == 0]
        if earlier and earlier[-1].flag == "continued" and earlier[-1] in self.attributions:
            previous = self.attributions[earlier[-1]]
            return replace(previous, how="continued") if previous.agent is not None else NOBODY
        return NOBODY

    def _previous_in_paragraph(self, span: QuoteSpan) -> QuoteAttribution:
        """The speaker of the quote or reporting sentence just before, in the same paragraph."""
        siblings = self.siblings(span)
        index = siblings.index(span)
        if index > 0 and siblings[index - 1] in self.attributions:
            previous = self.attributions[siblings[index - 1]]
            if previous.agent is not None:
                return replace(previous, how="previous quote")
        lo, _ = self.region(span)
        sentence = self.sentence_of(span.open_at)
        if sentence == 0 or self.sentence_starts[sentence] <= lo or span.depth > 0:
            return NOBODY
        previous_sentence = sentence - 1
        tokens = self.tokens_between(
            self.sentence_starts[previous_sentence], self.sentence_ends[previous_sentence]
        )
        if any(self.finder.quote_depth[i] > 0 for i in tokens):
            return NOBODY
        for i in tokens:
            if is_cue(self.doc, i):
                agent = self._agent(i)
                if agent is not None:
                    return QuoteAttribution(agent, cue_text(self.doc, i), "previous sentence")
        return NOBODY

    def _lone_quote_after_body(self, span: QuoteSpan) -> bool:
        """A paragraph that is only this quote, after a body paragraph."""
        pid = span.paragraph_id
        if span.depth > 0 or pid == 0 or span.open_at != self.paragraph_starts[pid]:
            return False
        if any(s.depth == 0 and s is not span for s in self.in_paragraph[pid]):
            return False
        return span.outer_end >= self.paragraph_ends[pid] - 1 and self.paragraph_kind[pid - 1] == "body"

    def _previous_paragraph_speaker(self, span: QuoteSpan) -> QuoteAttribution:
        """A paragraph that is only a quote, after one that ends reporting what X said: X's words."""
        if not self._lone_quote_after_body(span):
            return NOBODY
        pid = span.paragraph_id
        last = self.sentence_of(self.paragraph_ends[pid - 1] - 1)
        tokens = self.tokens_between(self.sentence_starts[last], self.sentence_ends[last])
        if any(self.finder.quote_depth[i] > 0 for i in tokens):
            return NOBODY  # the paragraph before ends with someone's quote: its speaker may differ
        cues = [i for i in tokens if is_cue(self.doc, i) and self.doc[i].dep_ == "ROOT"]
        agent = self._agent(cues[0]) if cues else None
        if agent is None:
            return NOBODY
        return QuoteAttribution(agent, cue_text(self.doc, cues[0]), "previous paragraph")

    def _previous_quote_paragraph(self, span: QuoteSpan) -> QuoteAttribution:
        """A paragraph that is only a quote, after a paragraph of one speaker's quoted words and their
        attribution ("“...,” he told reporters."): the same speaker goes on, as news style has it."""
        if not self._lone_quote_after_body(span):
            return NOBODY
        pid = span.paragraph_id
        earlier = [s for s in self.in_paragraph.get(pid - 1, []) if s.depth == 0]
        if not earlier or any(s not in self.attributions for s in earlier):
            return NOBODY
        said = [self.attributions[s] for s in earlier]
        speakers = [self._actor_of(a.agent) if a.agent is not None else None for a in said]
        if any(actor is None for actor in speakers) or len({id(actor) for actor in speakers}) != 1:
            return NOBODY
        if any(self.kinds.get(s) != "direct" for s in earlier):
            return NOBODY
        quoting = {
            k
            for s in earlier
            for k in range(self.sentence_of(s.open_at), self.sentence_of(max(s.open_at, s.outer_end - 1)) + 1)
        }
        first = self.sentence_of(self.paragraph_starts[pid - 1])
        last = self.sentence_of(self.paragraph_ends[pid - 1] - 1)
        if any(k not in quoting for k in range(first, last + 1)):
            return NOBODY  # the paragraph before also narrates: whose words come next is open
        return replace(said[-1], how="previous quote paragraph")

    def _next_paragraph_account(self, span: QuoteSpan) -> QuoteAttribution:
        """A quote standing alone, then "That was the account given by X" or "X read out that message"."""
        pid = span.paragraph_id
        if (
            span.depth > 0
            or span.open_at != self.paragraph_starts[pid]
            or pid + 1 >= len(self.paragraph_starts)
        ):
            return NOBODY
        if span.outer_end < self.paragraph_ends[pid] - 1:
            return NOBODY
        sentence = self.sentence_of(self.paragraph_starts[pid + 1])
        tokens = self.tokens_between(self.sentence_starts[sentence], self.sentence_ends[sentence])
        demonstratives = [i for i in tokens if self.finder.lower[i] in ("that", "this", "those", "these")]
        pointer = next(
            (
                i
                for i in tokens
                if (
                    self.finder.lower[i] in lx.UTTERANCE_NOUNS and any(0 < i - d <= 3 for d in demonstratives)
                )
                or (
                    self.finder.lower[i] in lx.UTTERANCE_NOUNS
                    and demonstratives
                    and demonstratives[0] == tokens[0]
                )
            ),
            None,
        )
        if pointer is None:
            return NOBODY
        for i in tokens:  # "given ... by X"
            if self.finder.lower[i] == "by" and self.doc[i].dep_ in ("agent", "prep"):
                for child in self.doc[i].children:
                    agent = self.at(child.i)
                    if agent is not None and self._actor_of(agent) is not None:
                        return QuoteAttribution(agent, "by", "next paragraph")
        verb = self.doc[pointer].head
        for child in verb.children:  # "X read out that message"
            if child.dep_ in ("nsubj",) and child.i != pointer:
                agent = self.at(child.i)
                if agent is not None and self._actor_of(agent) is not None:
                    return QuoteAttribution(agent, verb.text, "next paragraph")
        return NOBODY

    # ------------------------------------------------------------------ rows

    def _actor_of(self, cand: Candidate) -> Any:
        start, end = self._char_span(cand)
        mention = self.registry.mention_at(start, end, doc_id=self.report.doc_id)
        if mention is None:
            return None
        return self.registry.actors.get(mention.actor_id)

    def _char_span(self, cand: Candidate) -> tuple[int, int]:
        if cand.start <= cand.head < cand.end:
            return self.finder.starts[cand.head], self.finder.ends[cand.head]
        return self.finder.starts[cand.start], self.finder.ends[cand.end - 1]

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
            if kind == "fragment" and self._modifier_in_quote_marks(span):
                continue  # The "massive" strikes: a word or two set off inside a noun phrase
            rows.append(self._row(span.start, span.end, kind, attribution, span.flag, span.depth))
        for start, end, attribution in self._indirect():
            rows.append(self._row(start, end, "indirect", attribution, None, 0))
        return finish_table(rows, self.report)

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
            "speaker_how": describe(how, verb=attribution.cue, mention=mention),
            "speaker_confidence": confidence(how, mention=mention), "speaker_candidates": candidates,
            "depth": depth,
        }  # fmt: skip

    def _index_of(self, cand: Candidate) -> int:
        if self._candidate_index is None:
            self._candidate_index = {id(c): i for i, c in enumerate(self.linker.candidates)}
        return self._candidate_index.get(id(cand), -1)

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
    frame = pd.DataFrame(list(rows), columns=[c for c in QUOTE_COLUMNS if c not in ("quote_id", "post_id")])
    frame = frame.sort_values(["start", "end"], kind="stable", ignore_index=True)
    frame.insert(0, "quote_id", [f"Q{i + 1:03d}" for i in range(len(frame))])
    posts = report.paragraphs.set_index("paragraph_id")["post_id"]
    frame["post_id"] = [int(posts.get(p, 0)) for p in frame["paragraph_id"]]
    first_seen: dict[tuple[str, str], str] = {}
    seen_count: dict[str, int] = {}
    repeats, occurrences = [], []
    for quote_id, text, kind in zip(frame["quote_id"], frame["text"], frame["kind"], strict=True):
        key = (" ".join(str(text).split()), str(kind))
        first = first_seen.setdefault(key, quote_id)
        repeats.append(None if first == quote_id else first)
        seen_count[key[0]] = seen_count.get(key[0], 0) + 1
        occurrences.append(seen_count[key[0]])
    frame["repeat_of"] = repeats
    frame["occurrence"] = occurrences
    frame = frame[QUOTE_COLUMNS]
    return frame.astype(
        {
            "start": "int64", "end": "int64", "mention_start": "Int64", "mention_end": "Int64",
            "sentence_id": "Int64", "paragraph_id": "Int64", "post_id": "Int64", "occurrence": "int64", "depth": "int64",
        }
    )  # fmt: skip


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
