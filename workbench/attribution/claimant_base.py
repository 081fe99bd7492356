"""The claimant finder's ground: a report's offsets, the :class:`Claimant` answer, and the state and
name look-ups (:class:`ClaimantContext`) every stage of claimant finding reads.
"""

from __future__ import annotations

import bisect
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..actors import Actor
from ..lexicon import HEADLINE_VERBS, TIME_LABELS, fold
from ..report import Report
from .block_quotes import prose_speaker
from .claimant_words import (
    PERSON_NOUNS,
    coordinated_modifiers,
    description_nouns,
    introduced_documents,
    is_aside_token,
    is_named,
    sentence_token_ranges,
    strip_titles,
    widen_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .engine import Attribution


class Offsets:
    """Fast offset look-ups for one report (plain lists and bisect instead of DataFrame scans)."""

    def __init__(self, report: Report) -> None:
        self.token_starts: list[int] = report.tokens["start"].tolist()
        self.token_ends: list[int] = report.tokens["end"].tolist()
        self.sentence_starts: list[int] = report.sentences["start"].tolist()
        self.sentence_ends: list[int] = report.sentences["end"].tolist()

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices ``[first, last)`` of the tokens overlapping ``[start, end)`` (as Report.token_range)."""
        first = bisect.bisect_right(self.token_ends, start)
        last = bisect.bisect_left(self.token_starts, end)
        return first, max(first, last)

    def sentence_at(self, offset: int) -> int | None:
        """The sentence holding ``offset`` (as Report.sentence_at)."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        return i if i >= 0 and offset < self.sentence_ends[i] else None


def offsets(report: Report) -> Offsets:
    """The report's :class:`Offsets`, built once."""
    return report.memo("figures.offsets", lambda: Offsets(report))


@dataclass(frozen=True)
class Claimant:
    """Who claims something: a canonical name, the registry actor (if any), and how it was found."""

    name: str
    actor_id: str | None
    mention: str
    start: int
    end: int
    person: bool
    how: str


#: What :meth:`ClaimantReferences._antecedent` returns when two readings are equally plausible.
AMBIGUOUS_CLAIMANT = Claimant("", None, "", 0, 0, False, "ambiguous")


@dataclass(frozen=True)
class Claim:
    verb: int  # token index of the reporting verb (or of "according")
    subject: int | None  # token index of the claimant's head
    kind: str  # "speech", "estimate", "proposal", "according", "agent"
    claimant: Claimant | None


class ClaimantContext(ABC):
    """One report's tokens, sentences and registry mentions, the claims and subjects found so far, and
    how actors are named; the stages above it resolve claimant phrases (:meth:`_resolve`)."""

    def __init__(self, attribution: Attribution):
        report = attribution.report
        self.attribution = attribution
        self.report = report
        self.doc: Doc = report.doc
        self.registry = attribution.registry
        self.text = report.text
        self.offsets = offsets(report)
        tokens = report.tokens
        self.token_starts: list[int] = tokens["start"].tolist()
        self.token_ends: list[int] = tokens["end"].tolist()
        self.token_sentence: list[int] = tokens["sentence_id"].tolist()
        sentences = report.sentences
        self.sentence_bounds = list(zip(sentences["start"].tolist(), sentences["end"].tolist(), strict=True))
        self.sentence_paragraph: list[int] = sentences["paragraph_id"].tolist()
        self.sentence_tokens: list[tuple[int, int]] = sentence_token_ranges(
            self.token_sentence, len(sentences)
        )
        kinds = dict(
            zip(report.paragraphs["paragraph_id"].tolist(), report.paragraphs["kind"].tolist(), strict=True)
        )
        self.sentence_kind = [kinds.get(p, "body") for p in self.sentence_paragraph]
        #: (offset of the reporting verb, claimant) for every claim so far, in text order.
        mentions = self.registry.mentions
        #: (start, end, form) of each registry actor's mentions in this report.
        self.mention_spans: dict[str, list[tuple[int, int, str]]] = {}
        for doc_id, actor_id, m_start, m_end, form in zip(
            mentions["doc_id"].tolist(),
            mentions["actor_id"].tolist(),
            mentions["start"].tolist(),
            mentions["end"].tolist(),
            mentions["form"].tolist(),
            strict=True,
        ):
            if doc_id == report.doc_id:
                self.mention_spans.setdefault(str(actor_id), []).append((int(m_start), int(m_end), str(form)))
        #: Mention offsets of each registry actor in this report.
        self.mention_starts: dict[str, list[int]] = {
            actor_id: sorted(start for start, _end, _form in spans)
            for actor_id, spans in self.mention_spans.items()
        }
        self._display: dict[str, str] = {}
        #: The named entity each token belongs to, as a token range.
        self.entity_of: dict[int, tuple[int, int]] = {
            i: (ent.start, ent.end) for ent in self.doc.ents for i in range(ent.start, ent.end)
        }
        self.history: list[tuple[int, Claimant]] = []
        #: (document token, author token) for documents introduced with their author.
        self.documents = introduced_documents(self.doc)
        #: (offset, claimant) for the main subject of each sentence so far ("It said" may point back to it).
        self.subjects: list[tuple[int, Claimant]] = []
        #: noun -> its descriptions ("the fund" ...), in text order
        self.descriptions: dict[str, list[tuple[str, int, str, str | None, bool]]] = {}
        for description in self._descriptions():
            self.descriptions.setdefault(description[0], []).append(description)
        self.claims: list[list[Claim]] = [[] for _ in self.sentence_bounds]

    def _prose_speaker(self, offset: int, *, how: str | None = None) -> Claimant | None:
        """The speaker whose own unquoted words ``offset`` lies in (a speech report's or a block
        quote's), as a claimant named by ``how`` (by default the rule that found the speaker)."""
        speaker = prose_speaker(self.attribution, offset)
        if speaker is None:
            return None
        actor = self.registry.actors[speaker.actor_id]
        return Claimant(
            self.display_name(actor), actor.actor_id, speaker.surface, speaker.start, speaker.end, True,
            how or speaker.rule,
        )  # fmt: skip

    def display_name(self, actor: Actor) -> str:
        """The registry actor's name, made whole where the registry holds a fragment of it:
        an organisation's "UN Office" -> the full "UN Office for the Coordination of ... (OCHA)" printed
        at one of its mentions, a person's lone surname -> the full name of the person entity."""
        if actor.actor_id in self._display:
            return self._display[actor.actor_id]
        name = actor.name
        best = name
        for start, end, form in self.mention_spans.get(actor.actor_id, []):
            if form not in ("name", "metonym", "seat"):
                continue
            first, last = self.offsets.token_range(start, end)
            if last <= first:
                continue
            if actor.kind == "person":
                if len(name.split()) > 1 or self.doc[first].ent_type_ != "PERSON":
                    continue
                entity = self.entity_of.get(first)
                if entity is None or _headline_verb_in(self.doc[entity[0] : entity[1]]):
                    continue  # "Varda Militia Seizes Port": the headline's verb is no name
                full = strip_titles(self.text[self.token_starts[entity[0]] : self.token_ends[entity[1] - 1]])
                full = re.sub(r"(?:['’]s|['’])$", "", full)
            else:
                while first < last - 1 and not self.doc[first].text[:1].isupper():
                    first += 1  # "the state grid operator X": the name is the capitalised part
                wide_first, wide_last = widen_name(self.doc, first, last - 1)
                if (wide_first, wide_last) == (first, last - 1):
                    continue
                full = self.text[self.token_starts[wide_first] : self.token_ends[wide_last]]
            if len(full) > len(best) and fold(name) in fold(full):
                best = full
        self._display[actor.actor_id] = best
        return best

    def _entity_span(self, head: Token) -> tuple[int, int]:
        """Offsets of the name around ``head``: its entity, else its run of proper-noun compounds."""
        if head.i in self.entity_of:
            first, end = self.entity_of[head.i]
            last = end - 1
            while first <= last and self.doc[first].pos_ == "DET":
                first += 1
            while last > first and self.doc[last].tag_ == "POS":
                last -= 1
            while (
                first > 0 and self.doc[first - 1].pos_ == "PROPN" and self.doc[first - 1].dep_ == "compound"
            ):
                first -= 1  # "Celso" when the entity is only "Mandlate"
        else:
            first = last = head.i
            while (
                first > 0
                and self.doc[first - 1].pos_ == "PROPN"
                and self.doc[first - 1].head.i in (head.i, first)
            ):
                first -= 1
        if head.ent_type_ != "PERSON":
            first, last = widen_name(self.doc, first, last)
        return self.token_starts[first], self.token_ends[last]

    def _core_span(self, head: Token) -> tuple[int, int]:
        """The noun phrase of ``head`` without relative clauses, appositions or trailing asides."""
        keep = {head.i}
        for child in head.lefts:
            if child.dep_ in (
                "det",
                "poss",
                "compound",
                "amod",
                "nmod",
                "nummod",
                "quantmod",
                "case",
                "advmod",
            ) and not any(t.ent_type_ in TIME_LABELS for t in child.subtree):
                keep.update(t.i for t in child.subtree)  # not "Last night" of "Last night rebels said"
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "at", "for", "from", "in", "with"):
                keep.update(t.i for t in child.subtree if not is_aside_token(t, child))
            elif (
                child.dep_ == "acl" and child.tag_ == "VBN" and any(c.dep_ == "agent" for c in child.children)
            ):
                keep.update(t.i for t in child.subtree)  # "analysts polled by the Reuters news agency"
            elif child.dep_ == "case":
                keep.add(child.i)
        first = last = head.i
        while first - 1 in keep:
            first -= 1
        while last + 1 in keep:
            last += 1
        commas = [i for i in range(first, head.i) if self.doc[i].text in (",", ";", "—", "–")]
        if commas:
            first = commas[-1] + 1  # a misparse hung the words before a comma on this noun
        return self.token_starts[coordinated_modifiers(self.doc, first)], self.token_ends[last]

    def _span_text(self, head: Token) -> str:
        start, end = self._core_span(head)
        return self.text[start:end]

    def _descriptions(self) -> list[tuple[str, int, str, str | None, bool]]:
        """(noun, offset, name, actor id, person) for every "the state grid operator Enerhomost"-style naming."""
        found: list[tuple[str, int, str, str | None, bool]] = []
        for token in self.doc:
            if token.pos_ != "NOUN":
                continue
            named: Token | None = None
            modifiers = [
                c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"
            ]
            if modifiers and token.dep_ != "compound":
                start, end = self._core_span(token)
                phrase = re.sub(r"^(?:the|a|an)\s+", "", self.text[start:end], flags=re.IGNORECASE)
                found.append((token.lemma_.lower(), start, phrase, None, False))
                continue
            if token.dep_ == "compound" and token.head.pos_ == "PROPN":
                named = token.head
            else:
                appositions = [c for c in token.children if c.dep_ == "appos" and is_named(c)]
                named = appositions[0] if appositions else None
            if named is None:
                continue
            start, end = self._entity_span(named)
            surface = self.text[start:end]
            actor = self.registry.at(self.token_starts[named.i], self.token_ends[named.i])
            name = self.display_name(actor) if actor else surface
            person = token.lemma_.lower() in PERSON_NOUNS
            found.append(
                (
                    token.lemma_.lower(),
                    self.token_starts[token.i],
                    name,
                    actor.actor_id if actor else None,
                    person,
                )
            )
        for actor in self.registry.actors.values():
            name = self.display_name(actor)
            if actor.kind == "person" or not name[:1].isupper():
                continue
            for noun in description_nouns(name):
                for start in self.mention_starts.get(actor.actor_id, []):
                    found.append((noun, start, name, actor.actor_id, False))
        return sorted(found, key=lambda d: d[1])

    def _sentence_of(self, offset: int) -> int | None:
        return self.offsets.sentence_at(offset)

    @abstractmethod
    def _resolve(
        self,
        head: Token,
        *,
        how: str,
        according: bool = False,
        claims: Iterable[Claim] = (),
        single: bool = False,
    ) -> Claimant | None:
        """The claimant named by the noun phrase headed by ``head`` (None if it names no actor)."""


def _headline_verb_in(entity: Span) -> bool:
    """A person entity the tagger ran into a title-case headline's verb ("Varda Seizes", "Mayor Vows")."""
    return any(
        t.lower_ in HEADLINE_VERBS and t.lower_.endswith("s") and t.text[:1].isupper() for t in entity[1:]
    )
