"""Who claims a figure: the speaker of the enclosing quote, the subject of a reporting verb,
"according to X", a pronoun's antecedent, or a source named in the next sentence.

Claimant names go through the shared actor registry (:func:`workbench.actors.actor_registry`)
so that figures, quotes and events name the same actor the same way. When the registry has
no actor for a claimant phrase ("regional authorities", "open-source maps"), the phrase as
printed is the name: the scorer and analysts match it by alias.

The rules are deliberately conservative: a claimant is returned only when the syntax
links the figure to a reporting verb (or an equivalent cue); otherwise None.
"""

from __future__ import annotations

import re

import pandas as pd

from ..lexicon import fold
from ..report import Report
from .claimant_base import Claimant
from .claimant_words import (
    COLON_HEADING,
    GENERIC_ORGANISATIONS,
    HEADING_NOT_ACTORS,
    NEXT_SENTENCE_SOURCE,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    SPOKES_NOUNS,
    introduces_account,
    introduces_details,
    person_name,
    strip_titles,
)
from .claims import SentenceClaims
from .engine import Attribution
from .transcript import names_someone, turn_actor, turn_at

#: At most this many capitalised words open a title-case headline before its verb ("Varda Army Puts ...").
HEADLINE_NAME_WORDS = 5
#: Verbs of a headline that state a figure as the subject's: "X Announces $3m", "X Puts Toll at 40".
HEADLINE_CLAIM_VERBS = frozenset("announce report confirm estimate put pledge say claim reveal".split())


def _lemma_of_headline_verb(word: str) -> str:
    """ "Announces" -> "announce", "Pledges" -> "pledge", "Puts" -> "put", "Says" -> "say"."""
    lower = word.lower()
    return lower[:-1] if lower[:-1] in HEADLINE_CLAIM_VERBS else lower[:-2]


#: Participles that credit an amount to whoever the "by" phrase names ("$5m announced by the minister").
ANNOUNCING_PARTICIPLES = frozenset("announce pledge promise commit report estimate".split())

#: Openings that add to what the sentence before reported ("In addition, ...", "He also ...").
ADDITIVE_OPENING = re.compile(r"(?i)^(?:in addition|additionally|also|moreover|furthermore|besides)\b")


class ClaimantFinder(SentenceClaims):
    """Finds the claimant of any span of one report (build once, query per figure)."""

    def __init__(self, attribution: Attribution, *, quotes: pd.DataFrame | None = None):
        super().__init__(attribution)
        self.quotes = self._quote_spans(quotes)
        for sentence_id in range(len(self.sentence_bounds)):
            self.claims[sentence_id] = self._sentence_claims(sentence_id)
            self._note_subject(sentence_id)
        self.quote_speakers = {
            span: self._quote_speaker(span, speaker) for span, speaker in self.quotes.items()
        }

    # ------------------------------------------------------------------ public

    def claimant(self, start: int, end: int, *, anchor: int | None = None) -> Claimant | None:
        """The claimant of the figure at ``text[start:end]`` whose syntactic head is token ``anchor``."""
        sentence_id = self.offsets.sentence_at(start)
        if anchor is None:
            first, last = self.offsets.token_range(start, end)
            anchor = last - 1 if last > first else first
        for (q_start, q_end), speaker in self.quote_speakers.items():
            if q_start <= start and end <= q_end:
                if sentence_id is None:
                    return speaker
                relayed = self._relayed_in_quote(sentence_id, anchor, q_start, q_end)
                return speaker if relayed is None else (relayed if relayed.name else None)
        if sentence_id is None:
            return None
        headline = self._from_headline_verb(sentence_id, start)
        if headline is not None:
            return headline  # the tagger often reads a title-case headline as one long name
        found, blocked = self._from_claims(sentence_id, anchor)
        if found is not None or blocked:
            return found
        return (
            self._announced_by(anchor)
            or self._from_heading(sentence_id, start)
            or self._from_next_sentence(sentence_id)
            or self._from_neighbours(sentence_id)
            or self._from_trailing_attribution(sentence_id)
            or self._from_continuation(sentence_id)
            or self._from_introduced_account(sentence_id)
            or self._from_introduced_list(sentence_id)
            or self._from_turn(start)
            or self._prose_speaker(start)  # a figure of a speech's or a block quote's own prose
        )

    def _announced_by(self, anchor: int) -> Claimant | None:
        """ "the $100,000 in aid announced by the ambassador", "40 tonnes of food pledged by the Red Cross": a
        participle of announcing or pledging with a "by" agent, describing the figure or what it counts,
        names who states the figure."""
        number = self.doc[anchor]
        nouns = [number, number.head] if number.dep_ == "nummod" else [number]
        nouns += [o for n in list(nouns) for p in n.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        for noun in nouns:
            for participle in noun.children:
                if (
                    participle.dep_ == "acl"
                    and participle.tag_ == "VBN"
                    and participle.lemma_.lower() in ANNOUNCING_PARTICIPLES
                ):
                    agent = next((c for c in participle.children if c.dep_ == "agent"), None)
                    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                    if doer is not None:
                        return self._resolve(doer, how="by")
        return None

    def _from_turn(self, start: int) -> Claimant | None:
        """In a transcript, the speaker whose turn ("MR KIRBY: ...") the figure is said in."""
        turn = turn_at(self.report, start)
        if turn is None or not names_someone(turn):
            return None  # "Q:" and "Moderator:" name no one
        actor = turn_actor(self.registry, turn)
        if actor is not None and actor.kind == "person":
            name = self.display_name(actor)
            return Claimant(name.title() if name.isupper() else name, actor.actor_id, turn.label,
                            turn.label_start, turn.label_end, True, "transcript turn")  # fmt: skip
        name = strip_titles(turn.label.title() if turn.label.isupper() else turn.label) or turn.label
        return Claimant(name, None, turn.label, turn.label_start, turn.label_end, True, "transcript turn")

    def _from_heading(self, sentence_id: int, start: int) -> Claimant | None:
        """A headline "UN: Two-thirds of buildings damaged": the actor before the colon claims it."""
        if self.sentence_kind[sentence_id] not in ("title", "standfirst", "headline"):
            return None
        sentence_start, _end = self.sentence_bounds[sentence_id]
        heading = COLON_HEADING.match(self.text[sentence_start:start].split(":", 1)[0] + ":")
        if heading is None or ":" not in self.text[sentence_start:start]:
            return None
        name = heading.group(1)
        if {w.lower() for w in re.findall(r"[^\W\d_]+", name)} & HEADING_NOT_ACTORS:
            return None  # "Israel-Hamas war live: ...", "Storm X: ..."
        return self._heading_actor(name, sentence_start)

    def _from_headline_verb(self, sentence_id: int, start: int) -> Claimant | None:
        """A title-case headline "Relief Agency Announces Additional $3.5 Million": the name before a
        capitalised verb of announcing or reporting claims the figures after it (the tagger often reads such
        a headline as one long name, with no verb)."""
        if self.sentence_kind[sentence_id] not in ("title", "headline"):
            return None
        sentence_start, _end = self.sentence_bounds[sentence_id]
        words = self.text[sentence_start:start].split()
        for k, word in enumerate(words[1 : HEADLINE_NAME_WORDS + 1], start=1):
            if not word[:1].isupper():
                return None  # not a title-case opening
            if word.endswith("s") and _lemma_of_headline_verb(word) in HEADLINE_CLAIM_VERBS:
                name = " ".join(words[:k])
                found = self._heading_actor(name, sentence_start)
                body = name.split()[-1].lower() in ORGANISATION_WORDS | GENERIC_ORGANISATIONS
                if found is None or not (found.person and body):
                    return found
                # a body's name the registry took for a person ("X's army spokesman" for "X Army")
                return Claimant(
                    name, None, name, sentence_start, sentence_start + len(name), False, "heading"
                )
        return None

    def _heading_actor(self, name: str, sentence_start: int) -> Claimant | None:
        """The actor a headline's name before its colon or verb stands for: one the report knows, an
        acronym, or a phrase ending in a word for a body or a person in a role."""
        actor = self.registry.lookup(name)
        if actor is not None and actor.kind in ("person", "organisation", "country", "group"):
            return Claimant(
                self.display_name(actor),
                actor.actor_id,
                name,
                sentence_start,
                sentence_start + len(name),
                actor.kind == "person",
                "heading",
            )
        last = name.lower().split()[-1]
        acronym = actor is None and re.fullmatch(r"[A-Z]{2,6}", name) is not None  # "UN", "WHO": bodies
        if acronym or last in ORGANISATION_WORDS | GENERIC_ORGANISATIONS | SPOKES_NOUNS | PERSON_NOUNS:
            return self._resolve_phrase(name, sentence_start, how="heading")
        return None

    def _from_next_sentence(self, sentence_id: int) -> Claimant | None:
        """ "That estimate came from X" / "The figure was calculated by X" in the sentence that follows."""
        following = sentence_id + 1
        if following >= len(self.sentence_bounds):
            return None
        start, end = self.sentence_bounds[following]
        if not NEXT_SENTENCE_SOURCE.match(self.text[start:end]):
            return None
        first, last = self.sentence_tokens[following]
        for i in range(first, last):
            token = self.doc[i]
            if token.lower_ in ("from", "by") and token.dep_ in ("prep", "agent"):
                objects = [c for c in token.children if c.dep_ == "pobj"]
                if objects:
                    return self._resolve(objects[0], how="next sentence")
        return None

    def _from_neighbours(self, sentence_id: int) -> Claimant | None:
        """Sentences with no cue between two sentences of one paragraph attributed to the same speaker
        are theirs too ("The amount of aid has been impressive, Lapan said. Operations began Aug. 5 ...
        Airmen have delivered 3.1 million pounds. This brings the total to 8 million, Lapan said."), and so
        is a paragraph's last sentence between the speaker's sentence and their next paragraph."""
        if self.claims[sentence_id] or self.sentence_kind[sentence_id] != "body":
            return None
        paragraph = self.sentence_paragraph[sentence_id]
        before, after = sentence_id - 1, sentence_id + 1
        while before >= 0 and self.sentence_paragraph[before] == paragraph and not self.claims[before]:
            before -= 1
        while (
            after < len(self.sentence_bounds)
            and self.sentence_paragraph[after] == paragraph
            and not (self.claims[after] or self._quote_speakers_of(after))
        ):
            after += 1
        if before < 0 or after >= len(self.sentence_bounds):
            return None
        if self.sentence_paragraph[before] != paragraph:
            return None
        if self.sentence_paragraph[after] != paragraph and after != sentence_id + 1:
            return None  # a paragraph's last sentence may be followed by the speaker's next paragraph
        previous = [c.claimant for c in self.claims[before] if c.kind == "speech" and c.claimant]
        following = [c.claimant for c in self.claims[after] if c.kind == "speech" and c.claimant]
        following += self._quote_speakers_of(after)
        if previous and following and previous[-1].name == following[0].name:
            return Claimant(**{**previous[-1].__dict__, "how": "neighbouring sentences"})
        return None

    def _quote_speakers_of(self, sentence_id: int) -> list[Claimant]:
        """The speakers of the quotes that open in sentence ``sentence_id``."""
        return [
            s for (qs, _qe), s in self.quote_speakers.items() if s and self._sentence_of(qs) == sentence_id
        ]

    def _from_trailing_attribution(self, sentence_id: int) -> Claimant | None:
        """ "Aircraft have rescued 16,299 people to date. All aid is at the request of the government, the
        colonel said.": a sentence with no cue, followed in its paragraph by one whose speaker is named after
        what they said, is that speaker's account too (the evaluation kit's gold names a claimant given in the
        next sentence)."""
        following = sentence_id + 1
        if self.claims[sentence_id] or self.sentence_kind[sentence_id] != "body":
            return None
        if following >= len(self.sentence_bounds):
            return None
        if self.sentence_paragraph[following] != self.sentence_paragraph[sentence_id]:
            return None
        speeches = [c for c in self.claims[following] if c.kind == "speech" and c.claimant]
        if len({c.claimant.name for c in speeches if c.claimant}) != 1:
            return None
        first, _last = self.sentence_tokens[following]
        reported = [t for t in self.doc[speeches[0].verb].children if t.dep_ == "ccomp"]
        if not reported or reported[0].i > speeches[0].verb or speeches[0].verb - first < 3:
            return None  # "X said Y": the speaker opens a new statement
        claimant = speeches[0].claimant
        return Claimant(**{**claimant.__dict__, "how": "next sentence"}) if claimant else None

    def _from_continuation(self, sentence_id: int) -> Claimant | None:
        """ "X noted that ... 651 people had recovered. In addition, out of 2,635 ventilators ...": a sentence
        with no cue of its own that opens with an additive connective goes on with what the sentence before it
        reported, in the same paragraph, and so with its speaker."""
        if self.claims[sentence_id] or sentence_id == 0 or self.sentence_kind[sentence_id] != "body":
            return None
        if self.sentence_paragraph[sentence_id - 1] != self.sentence_paragraph[sentence_id]:
            return None
        start, end = self.sentence_bounds[sentence_id]
        if not ADDITIVE_OPENING.match(self.text[start:end]):
            return None
        previous = [c.claimant for c in self.claims[sentence_id - 1] if c.kind == "speech" and c.claimant]
        if len({c.name for c in previous}) != 1:
            return None
        return Claimant(**{**previous[-1].__dict__, "how": "continued report"})

    def _from_introduced_account(self, sentence_id: int) -> Claimant | None:
        """ "The Governor spoke about the results of the harvest. The region has harvested 15.1 million
        tonnes ...": a sentence whose subject speaks on a topic without saying what ("spoke about",
        "reported on", "briefed the President on") introduces an account; the sentences after it in its
        paragraph that have no cue of their own are that account. So are the paragraphs after it, in a
        readout that goes on reporting the same speaker ("The Governor informed the President that ...")
        with no cue of anyone else between."""
        if self.claims[sentence_id] or self.sentence_kind[sentence_id] != "body":
            return None
        paragraph = self.sentence_paragraph[sentence_id]
        before = sentence_id - 1
        reporters: set[str] = set()  # who the claims between the account's opening and the figure report
        while before >= 0:
            if self.sentence_kind[before] != "body":
                before -= 1  # a section heading within an account given in parts
                continue
            first, last = self.sentence_tokens[before]
            verb = next((t for t in self.doc[first:last] if t.dep_ == "ROOT"), None)
            same_paragraph = self.sentence_paragraph[before] == paragraph
            if verb is not None and (introduces_details(verb) or introduces_account(verb)):
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                found = self._resolve(subject, how="introduced account") if subject is not None else None
                if same_paragraph or introduces_details(verb):
                    return found if not reporters else None
                return found if found is not None and reporters == {found.actor_id or found.name} else None
            if self.claims[before]:
                if same_paragraph or any(
                    c.claimant is None and c.kind == "speech" for c in self.claims[before]
                ):
                    return None
                # "preliminary reports show ...", "This indicates ...": evidence cited, no one else speaking
                reporters |= {
                    c.claimant.actor_id or c.claimant.name for c in self.claims[before] if c.claimant
                }
            before -= 1
        return None

    def _from_introduced_list(self, sentence_id: int) -> Claimant | None:
        """ "... he urges European leaders to agree a package of measures including:" then "raising
        contributions up to €1 billion", "mobilising at least 2,000 workers": the items of a list set out
        under a line ending in a colon are what that line's subject sets out (press releases list a
        minister's pledges so). Items open in lower case, with a bullet, or end with no full stop."""
        if self.claims[sentence_id] or self.sentence_kind[sentence_id] != "body":
            return None
        paragraph = self.sentence_paragraph[sentence_id]
        before = sentence_id
        while before >= 0 and self.sentence_paragraph[before] == paragraph:
            before -= 1
        while before >= 0 and self._list_item(before) and not self.claims[before]:
            paragraph = self.sentence_paragraph[before]
            while before >= 0 and self.sentence_paragraph[before] == paragraph:
                before -= 1
        if before < 0 or not self._list_item(sentence_id) or self.sentence_kind[before] != "body":
            return None
        start, end = self.sentence_bounds[before]
        if not self.text[start:end].rstrip().endswith(":"):
            return None
        first, last = self.sentence_tokens[before]
        verbs = [t for t in self.doc[first:last] if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj")]
        for verb in reversed(verbs):  # the verb nearest the colon says what the list is
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return self._resolve(subject, how="introduced list")
        return None

    def _list_item(self, sentence_id: int) -> bool:
        start, end = self.sentence_bounds[sentence_id]
        text = self.text[start:end].strip()
        return bool(text) and (text[0].islower() or text[0] in "•·-–*" or text[-1] not in ".!?\"'”’")

    # ------------------------------------------------------------------ quotes

    def _quote_spans(self, quotes: pd.DataFrame | None) -> dict[tuple[int, int], str | None]:
        """Quote spans (text between the marks) with the speaker the quotes table gives, if any."""
        spans: dict[tuple[int, int], str | None] = {}
        if quotes is not None and len(quotes):
            kinds = quotes["kind"].tolist() if "kind" in quotes else [None] * len(quotes)
            columns = (quotes["start"].tolist(), quotes["end"].tolist(), quotes["speaker"].tolist(), kinds)
            for start, end, speaker, kind in zip(*columns, strict=True):
                if kind != "indirect":
                    spans[(int(start), int(end))] = speaker if isinstance(speaker, str) and speaker else None
        if not spans:
            for start, end in find_quote_spans(self.report):
                spans[(start, end)] = None
        return spans

    def _quote_speaker(self, span: tuple[int, int], speaker: str | None) -> Claimant | None:
        """The speaker of a quote: the quotes table's, unless it is only a description ("the agency")
        or a part of the name ("Berg") of the speaker the attribution next to the quote names."""
        own = self._attributed_speaker(span)
        if not speaker:
            return own
        start, end = span
        actor = self.registry.lookup(speaker)
        name = self.display_name(actor) if actor else speaker
        given = Claimant(
            name, actor.actor_id if actor else None, speaker, start, end, person_name(name, actor), "quote"
        )
        if own is None or fold(own.name) == fold(name):
            return given
        if not speaker[:1].isupper() and not (actor is not None and actor.anonymous):
            return own  # "the agency" -> the agency named before; "a soldier who fled" is all we know
        if set(fold(name).split()) < set(fold(own.name).split()):
            return own  # "Berg" -> "Jan Berg"
        return given

    def _attributed_speaker(self, span: tuple[int, int]) -> Claimant | None:
        """The speaker of a quote from the reporting verb nearest to it (or a heading, or the speaker of
        the sentence before in the same paragraph, or a source named in the next sentence)."""
        start, end = span
        first_sentence = self.offsets.sentence_at(start)
        last_sentence = self.offsets.sentence_at(max(start, end - 1))
        if first_sentence is None or last_sentence is None:
            return None
        candidates: list[tuple[int, Claimant]] = []
        for sentence_id in range(first_sentence, last_sentence + 1):
            for claim in self.claims[sentence_id]:
                if claim.claimant is None or claim.kind == "according":
                    continue
                verb_start = self.token_starts[claim.verb]
                if start <= verb_start < end:
                    continue  # a verb inside the quote is the speaker talking
                distance = verb_start - end if verb_start >= end else start - verb_start
                candidates.append((distance, claim.claimant))
        if candidates:
            return min(candidates, key=lambda c: c[0])[1]
        paragraph = self.report.paragraph_span(start)
        if paragraph is not None:
            heading = COLON_HEADING.match(self.text[paragraph[0] : max(paragraph[0], start - 1)])
            if heading:
                return self._resolve_phrase(heading.group(1), paragraph[0] + heading.start(1), how="heading")
            if (
                first_sentence > 0
                and self.sentence_paragraph[first_sentence - 1] == self.sentence_paragraph[first_sentence]
            ):
                previous = [
                    c.claimant for c in self.claims[first_sentence - 1] if c.claimant and c.kind == "speech"
                ]
                if previous:
                    return previous[-1]
        return self._from_next_sentence(last_sentence)


def find_quote_spans(report: Report) -> list[tuple[int, int]]:
    """Spans between quote marks, per paragraph (a quotation left open runs to the paragraph's end).

    A stand-in for the quotes table when it is empty: only used to tell which figures sit
    inside someone's words.
    """
    text = report.text
    spans: list[tuple[int, int]] = []
    for start, end in zip(
        report.paragraphs["start"].tolist(), report.paragraphs["end"].tolist(), strict=True
    ):
        spans.extend(_quotes_in(text, start, end))
    return spans


def _quotes_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    i = start
    while i < end:
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if open_at is None:
            if ch == "“":
                open_at, closer = i + 1, "”"
            elif ch == '"':
                open_at, closer = i + 1, '"'
            elif ch in "‘'" and not prev.isalnum() and (nxt.isalnum() or nxt in '“"'):
                open_at, closer = i + 1, "’" if ch == "‘" else "'"
        elif ch == closer or (closer == "”" and ch == '"'):
            if closer in "’'" and nxt.isalpha():
                i += 1
                continue  # an apostrophe: "isn’t", "agency’s"
            spans.append((open_at, i))
            open_at = None
        i += 1
    if open_at is not None and end > open_at:
        spans.append((open_at, end))
    return spans
