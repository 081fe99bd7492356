"""Claimant phrases named: a noun phrase (a name, "X and Y", "a report by X", "economists at X", a
description) turned into the :class:`Claimant` it names, through the actor registry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..lexicon import ROLE_NOUNS, fold
from .claimant_base import Claim, Claimant
from .claimant_references import ClaimantReferences
from .claimant_words import (
    AGENCY_NOUNS,
    CHANNEL_NOUNS,
    DOCUMENT_NOUNS,
    GENERIC_ORGANISATIONS,
    GENERIC_PEOPLE,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    RELATIVE_PRONOUNS,
    SOURCE_NOUNS,
    SPEAKER_PRONOUNS,
    SPOKES_NOUNS,
    THING_PRONOUNS,
    common_modifier,
    is_bare_definite,
    is_named,
    looks_like_person,
    owner_after,
    owner_of,
    strip_titles,
    topic_modifier,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


class ClaimantNames(ClaimantReferences):
    """Names the claimant of a noun phrase (see :class:`ClaimantReferences` for pronouns and descriptions)."""

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
        if len(head.text) == 1 and head.is_lower:
            return None  # the "e" of an edited "[W]e": a letter names no one
        lower = head.lower_ if not (head.text.isupper() and len(head.text) > 1) else ""  # "WHO" is a name
        if lower in PERSON_PRONOUNS | THING_PRONOUNS:
            return self._pronoun(head, how=how, claims=claims)
        if lower in SPEAKER_PRONOUNS and (speaker := self._prose_speaker(self.token_starts[head.i], how=how)):
            return speaker
        if lower in RELATIVE_PRONOUNS:
            relative_clause = head.head
            if relative_clause.dep_ == "relcl" and relative_clause.head.i != head.i:
                return self._resolve(relative_clause.head, how=how)
            return None
        if head.pos_ == "PRON":
            return None
        entity = self._entity_span(head)
        conjuncts = [
            c
            for c in head.children
            if c.dep_ == "conj" and is_named(c) and not entity[0] <= self.token_starts[c.i] < entity[1]
        ]
        if conjuncts and is_named(head) and not single:
            conjuncts = [self._officer_after(c) or c for c in conjuncts]
            members = [self._resolve(t, how=how, single=True) for t in [head, *conjuncts]]
            if all(members):
                names = [m.name for m in members if m]
                first = members[0]
                assert first is not None
                return Claimant(
                    " and ".join(names), None, self._span_text(head), first.start, first.end, False, how
                )
        appositions = [c for c in head.children if c.dep_ == "appos" and is_named(c)]
        if appositions and (head.pos_ != "PROPN" or head.lower_ in ROLE_NOUNS):
            return self._resolve(appositions[0], how=how)  # "UNHCR Spokesman, Ron Redmond, says": by name
        closing = self._closing_name(head) if head.pos_ != "PROPN" else None
        if closing is not None:
            return self._resolve(closing, how=how)
        if is_named(head):
            return self._named(head, how=how)
        noun = head.lower_ if head.lower_ in DOCUMENT_NOUNS else head.lemma_.lower()
        if noun in CHANNEL_NOUNS:  # "the president's official Facebook page": the president, not Facebook
            owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            return self._resolve(owner, how=how) if owner is not None else None
        if noun in DOCUMENT_NOUNS or noun in SPOKES_NOUNS:
            owner = owner_of(head) or owner_after(head)
            if owner is not None and topic_modifier(owner, head):
                owner = None  # "a nutrition survey": what the survey is about, not who made it
            if owner is not None and common_modifier(owner, head) and owner.lemma_.lower() in SOURCE_NOUNS:
                return self._described_source(head, owner, how=how)  # "local media reports"
            if owner is not None:
                return self._resolve(owner, how=how)
            if noun in DOCUMENT_NOUNS:
                author = self._document_author(head, how=how)
                if author is not None or not according:
                    return author
            if noun in SPOKES_NOUNS:
                found = self._speaks_for(head, how=how)  # "a spokesperson said": for whom, if just named
                if found is None and any(c.dep_ == "amod" for c in head.children):
                    return self._spokesperson_described(head, how=how)  # "a military spokesman"
                return found
        named_examples = _named_examples(head)
        if named_examples is not None and not is_named(head):
            return self._resolve(named_examples, how=how)  # "many news sources including CNN and USA Today"
        if noun in GENERIC_PEOPLE:
            named = [
                o
                for p in head.children
                if p.dep_ == "prep" and p.lower_ in ("at", "from", "of", "with", "for")
                for o in p.children
                if o.dep_ == "pobj" and is_named(o)
            ]
            if named:
                return self._resolve(named[0], how=how)
        phrase_start, phrase_end = self._core_span(head)
        phrase = self.text[phrase_start:phrase_end]
        if is_bare_definite(head):
            if noun in PERSON_NOUNS and (person := self._described_person(head, how=how)) is not None:
                return person
            described = self._by_description(noun, phrase_start, how=how)
            generic = None
            if noun in GENERIC_ORGANISATIONS | AGENCY_NOUNS:
                generic = self._generic_organisation(noun, phrase_start, how=how)
            if (
                generic is not None
                and generic.name
                and (described is None or generic.start > described.start)
            ):
                return generic  # the agency that has just spoken, not one described paragraphs before
            if described is not None:
                return described
            if generic is not None:
                return None  # two organisations fit
        return self._resolve_phrase(
            phrase, phrase_start, how=how, head_noun=noun, person=noun in PERSON_NOUNS
        )

    def _closing_name(self, head: Token) -> Token | None:
        """The person named between the commas that close a described subject: "A spokesman for the
        agency, James Elder, says", "An officer with the UN office, Odile Bulten, says" (the parse may
        hang the name on the nearer noun)."""
        last = head.right_edge.i
        while last > head.i and self.doc[last].is_punct:
            last -= 1
        if self.doc[last].ent_type_ != "PERSON" and self.doc[last].pos_ != "PROPN":
            return None
        first = last
        while first > head.i and (
            self.doc[first - 1].ent_type_ == "PERSON" or self.doc[first - 1].pos_ == "PROPN"
        ):
            first -= 1
        return self.doc[last] if first - 1 > head.i and self.doc[first - 1].text == "," else None

    def _officer_after(self, body: Token) -> Token | None:
        """The person whose title follows a body's name: in "X and Department of Health and Human Services
        (HHS) Secretary Alex Azar announced", the parse may join the body to X, but the second subject is the
        officer, "the body's Secretary, Alex Azar"."""
        n = len(self.doc)
        end = self._entity_span(body)[1]
        k = body.i
        while k < n and self.token_starts[k] < end:
            k += 1
        if k + 2 < n and self.doc[k].text == "(" and self.doc[k + 2].text == ")":
            k += 3  # the acronym in brackets
        if k + 1 >= n or not self.doc[k].text[:1].isupper() or self.doc[k].lower_ not in ROLE_NOUNS:
            return None
        k += 1
        while k + 1 < n and self.doc[k].ent_type_ == "PERSON" and self.doc[k + 1].ent_type_ == "PERSON":
            k += 1
        return self.doc[k] if self.doc[k].ent_type_ == "PERSON" else None

    def _named(self, head: Token, *, how: str) -> Claimant | None:
        start, end = self._entity_span(head)
        surface = self.text[start:end]
        actor = self.registry.at(self.token_starts[head.i], self.token_ends[head.i]) or self.registry.lookup(
            surface
        )
        person = looks_like_person(head, surface)
        if person:
            known = self._person_by_surname(surface, start)
            if known is not None:
                return Claimant(known.name, known.actor_id, surface, start, end, True, how)
            if actor is None or actor.kind != "person":
                name = strip_titles(surface) or surface
                return Claimant(name, None, surface, start, end, True, how)
        if actor is not None:
            name = self.display_name(actor)
            if actor.kind != "person" and len(surface) > len(name) and fold(name) in fold(surface):
                name = surface  # the registry holds a fragment of the name printed here
            return Claimant(name, actor.actor_id, surface, start, end, person or actor.kind == "person", how)
        return Claimant(surface, None, surface, start, end, person, how)

    def _person_by_surname(self, surface: str, before: int) -> Claimant | None:
        """ "Ms Derzhavets" -> the person named in full earlier ("Alina Derzhavets")."""
        words = [w for w in surface.split() if w.lower().rstrip(".") not in PERSON_TITLES]
        if not words:
            return None
        for at, claimant in reversed(self.history):
            names = claimant.name.split()
            if claimant.person and at < before and len(names) > len(words) and names[-len(words) :] == words:
                return claimant
        return None

    def _resolve_phrase(
        self, phrase: str, start: int, *, how: str, head_noun: str | None = None, person: bool = False
    ) -> Claimant | None:
        phrase = phrase.strip()
        if not phrase:
            return None
        actor = self.registry.lookup(phrase)
        if actor is not None and person and actor.kind != "person":
            actor = None  # "the election commission chairman" is the chairman, not the commission
        if actor is not None:
            return Claimant(
                self.display_name(actor),
                actor.actor_id,
                phrase,
                start,
                start + len(phrase),
                actor.kind == "person",
                how,
            )
        if head_noun is None:
            words = re.findall(r"[^\W\d_]+", phrase.lower())
            head_noun = words[-1] if words else None
            if head_noun is not None and len(words) == 1:
                found = self._by_description(head_noun, start, how=how)
                if found is not None:
                    return found
        name = phrase[0].lower() + phrase[1:] if phrase.startswith(("The ", "A ", "An ")) else phrase
        return Claimant(name, None, phrase, start, start + len(phrase), person, how)

    def _described_source(self, document: Token, owner: Token, *, how: str) -> Claimant | None:
        """ "local media reports", "hospital records": a source described, not named. An organisation
        noun named earlier ("the ministry's figures" after "the Ministry of Health") is that body."""
        found = self._by_description(owner.lemma_.lower(), self.token_starts[owner.i], how=how)
        if found is not None:
            return found
        start, end = self._core_span(document)
        phrase = re.sub(r"^(?:the|a|an|these|those|this|that)\s+", "", self.text[start:end], flags=re.I)
        return Claimant(phrase, None, phrase, end - len(phrase), end, False, how)

    def _spokesperson_described(self, head: Token, *, how: str) -> Claimant:
        """ "A military spokesman said ...": a spokesperson described by an adjective, for no body the
        paragraph has quoted, is the claimant as described: the one person who spoke."""
        start, end = self._core_span(head)
        phrase = re.sub(r"^(?:the|a|an)\s+", "", self.text[start:end], flags=re.I)
        return Claimant(phrase, None, phrase, end - len(phrase), end, True, how)

    def _document_author(self, document: Token, *, how: str) -> Claimant | None:
        """ "The report estimated ...": the author of the same document introduced earlier ("a report
        by the UN Panel of Experts", "X published a survey", "the survey was carried out by X")."""
        if not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in document.lefts
        ):
            return None
        lemma = document.lemma_.lower()
        for i, author in reversed(self.documents):
            if i < document.i and self.doc[i].lemma_.lower() == lemma:
                found = self._resolve(self.doc[author], how=how)
                return Claimant(**{**found.__dict__, "how": f"{how} ({lemma})"}) if found else None
        return None

    def _note_subject(self, sentence_id: int) -> None:
        """Remember the main subject of a sentence: "it" and "he" in the next ones may point to it."""
        first, last = self.sentence_tokens[sentence_id]
        roots = [t for t in self.doc[first:last] if t.dep_ == "ROOT"]
        subjects = [c for r in roots for c in r.children if c.dep_ == "nsubj"]
        for subject in subjects:
            if subject.pos_ == "PRON":
                continue
            organisation_noun = subject.lemma_.lower() in ORGANISATION_WORDS | GENERIC_ORGANISATIONS
            if not (is_named(subject) or organisation_noun):
                continue
            claimant = self._resolve(subject, how="subject")
            if claimant is not None:
                self.subjects.append((self.token_starts[subject.i], claimant))


def _named_examples(noun: Token) -> Token | None:
    """ "many news sources including CNN and USA Today": the named members an "including" phrase gives."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "including":
            named = next((o for o in child.children if o.dep_ == "pobj" and is_named(o)), None)
            if named is not None:
                return named
    return None
