"""Claimants referred to, not named: a pronoun's antecedent ("it said"), a description ("the fund",
"the agency") or a spokesperson's body, looked for among the claimants and subjects found so far.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..lexicon import fold
from .claimant_base import AMBIGUOUS_CLAIMANT, Claim, Claimant, ClaimantContext
from .claimant_words import (
    AGENCY_NOUNS,
    DESCRIPTION_FORMS,
    IRREGULAR_PLURAL_NOUNS,
    ORGANISATION_HEADS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    REGISTRY_LINKED_FORMS,
    RELATIVE_PRONOUNS,
    SPECIFIC_INSTITUTIONS,
    THING_PRONOUNS,
    description_nouns,
    has_person_title,
    within,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import Actor, Mention


class ClaimantReferences(ClaimantContext):
    """Resolves pronouns and descriptions to claimants found earlier (see :class:`ClaimantContext`)."""

    def _pronoun(self, pronoun: Token, *, how: str, claims: Iterable[Claim]) -> Claimant | None:
        """Who "it", "they", "he" or "she" stands for: a subject earlier in the sentence ("it"), else the
        last fitting claimant, else (when no claimant fits and none is ambiguous) the registry's reading."""
        person = pronoun.lower_ in PERSON_PRONOUNS
        if not person:
            same = self._same_sentence_subject(pronoun, claims)
            if same is not None:
                return same
        found = self._antecedent(pronoun, person=person, how=how)
        if found is not None:
            return found if found.name else None
        return self._registry_link(pronoun, how=how)

    def _antecedent(self, pronoun: Token, *, person: bool, how: str) -> Claimant | None:
        """The last claimant (or sentence subject) the pronoun can stand for, in this or the previous
        two paragraphs: a person for "he"/"she", a single non-person for "it", a non-person (a group,
        a body, several actors) for "they". A more recent joint claimant ("X and Y") makes "it" or "he"
        ambiguous, and so do two different fitting candidates in one sentence: then :data:`AMBIGUOUS_CLAIMANT`."""
        offset = self.token_starts[pronoun.i]
        sentence_id = self.token_sentence[pronoun.i]
        paragraph = self.sentence_paragraph[sentence_id]
        plural_pronoun = pronoun.lower_ in ("they", "them", "their")
        chosen: tuple[int, Claimant] | None = None
        for at, claimant in self._recent(offset):
            claimant_sentence = self.offsets.sentence_at(at)
            if claimant_sentence is None or paragraph - self.sentence_paragraph[claimant_sentence] > 2:
                break
            if chosen is not None:
                if claimant_sentence != chosen[0]:
                    break
                if claimant.name != chosen[1].name and self._fits(claimant, person, plural_pronoun):
                    return AMBIGUOUS_CLAIMANT  # two candidates in one sentence: no telling which one is meant
                continue
            if claimant.person != person and not self._fits(claimant, person, plural_pronoun):
                if not plural_pronoun and " and " in claimant.name:
                    return AMBIGUOUS_CLAIMANT  # "X and Y said ... It said": one of them, but which
                continue
            if not self._fits(claimant, person, plural_pronoun):
                if not plural_pronoun and self._plural(claimant):
                    return AMBIGUOUS_CLAIMANT
                continue
            chosen = (claimant_sentence, claimant)
        if chosen is not None:
            return Claimant(**{**chosen[1].__dict__, "how": f"{how} ({pronoun.lower_})"})
        if person:
            actor = self.registry.latest(offset, kinds=["person"], doc_id=self.report.doc_id)
            if actor is not None and len(actor.name.split()) > 1:
                starts = [s for s in self.mention_starts.get(actor.actor_id, []) if s < offset]
                last = max(starts) if starts else None
                if last is not None:
                    mention_sentence = self.offsets.sentence_at(last)
                    if (
                        mention_sentence is not None
                        and paragraph - self.sentence_paragraph[mention_sentence] <= 1
                    ):
                        return Claimant(
                            self.display_name(actor),
                            actor.actor_id,
                            pronoun.text,
                            last,
                            last,
                            True,
                            f"{how} ({pronoun.lower_})",
                        )
        return None

    def _same_sentence_subject(self, pronoun: Token, claims: Iterable[Claim]) -> Claimant | None:
        """ "The company plans ... that it says ...": a non-person subject earlier in the sentence."""
        sentence_id = self.token_sentence[pronoun.i]
        first, _last = self.sentence_tokens[sentence_id]
        for i in range(pronoun.i - 1, first - 1, -1):
            token = self.doc[i]
            if (
                token.dep_ == "nsubj"
                and token.lower_ not in THING_PRONOUNS | PERSON_PRONOUNS | RELATIVE_PRONOUNS
            ):
                # only a subject whose clause holds the pronoun's: "The company plans ... that it says"
                if token.head.i == pronoun.head.i or not within(token.head, pronoun.i):
                    continue
                if token.pos_ in ("NOUN", "PROPN") and not within(token, pronoun.i):
                    if token.lemma_.lower() in PERSON_NOUNS or has_person_title(token):
                        continue
                    found = self._resolve(token, how="pronoun", claims=claims)
                    if found is not None:
                        return found
        return None

    def _linked_actor(self, head: Token, forms: frozenset[str]) -> tuple[Mention, Actor] | None:
        """The registry's mention at ``head`` when it has one of ``forms``, with the actor it links to."""
        start, end = self.token_starts[head.i], self.token_ends[head.i]
        mention = self.registry.mention_at(start, end, doc_id=self.report.doc_id)
        if mention is None or mention.form not in forms:
            return None
        actor = self.registry.actors.get(mention.actor_id)
        return (mention, actor) if actor is not None else None

    def _registry_link(self, head: Token, *, how: str) -> Claimant | None:
        """The registry's reading of a pronoun ("it", "she"), so figures name the actor quotes and events
        name; only a proper name of the right kind and number is taken."""
        linked = self._linked_actor(head, REGISTRY_LINKED_FORMS)
        if linked is None or fold(linked[1].name) == fold(head.text):
            return None
        mention, actor = linked
        person = actor.kind == "person"
        if person != (head.lower_ in PERSON_PRONOUNS):
            return None  # "it" for a person or "she" for a ministry: not a reading to trust
        name = self.display_name(actor)
        if not name[:1].isupper() or name.startswith(("The ", "A ", "An ")):
            return None  # a description ("the front"), not a name to hand on
        if head.lower_ in ("it", "its") and actor.kind == "group":
            return None
        start, end = self.token_starts[head.i], self.token_ends[head.i]
        return Claimant(name, actor.actor_id, mention.surface, start, end, person, f"{how} ({head.lower_})")

    def _described_person(self, head: Token, *, how: str) -> Claimant | None:
        """ "the president('s)": the named person the engine linked this description to (by role, country
        and gender, see :mod:`.link_descriptions`), so a claim names whom quotes and events name."""
        linked = self._linked_actor(head, DESCRIPTION_FORMS)
        if linked is None or linked[1].kind != "person" or linked[1].anonymous:
            return None
        mention, actor = linked
        name = self.display_name(actor)
        if not name[:1].isupper():
            return None
        start, end = self.token_starts[head.i], self.token_ends[head.i]
        return Claimant(name, actor.actor_id, mention.surface, start, end, True, how)

    def _by_description(self, noun: str, before: int, *, how: str) -> Claimant | None:
        """The most recent actor described with this noun ("the fund" -> the fund named earlier)."""
        earlier = [d for d in self.descriptions.get(noun, []) if d[1] < before]
        earlier += [
            (noun, at, c.name, c.actor_id, c.person)
            for at, c in self.history
            if at < before and re.findall(r"[^\W\d_]+", c.mention.lower())[-1:] == [noun]
        ]
        if earlier:
            _noun, start, name, actor_id, person = max(earlier, key=lambda d: d[1])
            return Claimant(name, actor_id, noun, start, start + len(noun), person, how)
        sentence_id = self.offsets.sentence_at(before)
        if sentence_id is not None and self.sentence_kind[sentence_id] in ("title", "standfirst", "headline"):
            later = [d for d in self.descriptions.get(noun, []) if d[1] > before]
            if later:
                _noun, start, name, actor_id, person = later[0]
                return Claimant(name, actor_id, noun, start, start + len(noun), person, how)
        return None

    def _generic_organisation(self, noun: str, before: int, *, how: str) -> Claimant | None:
        """ "the agency", "the organisation", "the company": the last organisation that claimed
        something or led a sentence in this or the two previous paragraphs (for "agency"-type nouns also
        the last organisation named, when none did). :data:`AMBIGUOUS_CLAIMANT` when two fit in one sentence."""
        sentence_id = self.offsets.sentence_at(before)
        if sentence_id is None:
            return None
        found = self._last_organisation(self._recent(before), noun, sentence_id)
        if found is None and noun in AGENCY_NOUNS:
            found = self._last_organisation(self._named_organisations(before), noun, sentence_id)
        if found is None or not found.name:
            return found
        return Claimant(**{**found.__dict__, "how": how})

    def _last_organisation(
        self, candidates: list[tuple[int, Claimant]], noun: str, sentence_id: int
    ) -> Claimant | None:
        paragraph = self.sentence_paragraph[sentence_id]
        chosen: tuple[int, Claimant] | None = None
        for at, claimant in candidates:
            claimant_sentence = self.offsets.sentence_at(at)
            if claimant_sentence is None or paragraph - self.sentence_paragraph[claimant_sentence] > 2:
                break
            if chosen is not None:
                if claimant_sentence != chosen[0]:
                    break
                if claimant.name != chosen[1].name and self._organisation_like(claimant, noun):
                    return AMBIGUOUS_CLAIMANT
                continue
            if " and " in claimant.name:
                return AMBIGUOUS_CLAIMANT
            if self._organisation_like(claimant, noun):
                chosen = (claimant_sentence, claimant)
        return chosen[1] if chosen is not None else None

    def _organisation_like(self, claimant: Claimant, noun: str) -> bool:
        """Could "the <noun>" ("the agency", "the company") stand for this claimant?"""
        if claimant.person or self._plural(claimant) or not claimant.name[:1].isupper():
            return False
        actor = self.registry.actors.get(claimant.actor_id) if claimant.actor_id else None
        heads = set(description_nouns(claimant.name)) or {claimant.name.lower().split()[-1]}
        if noun in AGENCY_NOUNS and heads & SPECIFIC_INSTITUTIONS:
            return False  # "the agency" is not the ministry, the army or the court
        if heads & ORGANISATION_HEADS:
            return actor is None or actor.kind != "person"
        if actor is not None:
            return actor.kind in ("organisation", "group")  # a country or a place is not "the agency"
        return claimant.name.isupper()  # an acronym: "WHO", "UNHCR"

    def _named_organisations(self, before: int) -> list[tuple[int, Claimant]]:
        """Organisations named by proper name before ``before``, most recent first."""
        found: list[tuple[int, Claimant]] = []
        for actor_id, spans in self.mention_spans.items():
            actor = self.registry.actors.get(actor_id)
            if actor is None or actor.kind == "person":
                continue
            for start, end, form in spans:
                if form == "name" and start < before:
                    found.append(
                        (
                            start,
                            Claimant(
                                self.display_name(actor),
                                actor_id,
                                self.text[start:end],
                                start,
                                end,
                                False,
                                "",
                            ),
                        )
                    )
        return sorted(found, key=lambda p: -p[0])

    def _speaks_for(self, head: Token, *, how: str) -> Claimant | None:
        """Who "the spokesman" is: a spokesperson the report introduced in the last paragraphs ("A police
        spokesman in Jakarta said ... the spokesman added"), else the organisation a spokesperson with no
        "for X" speaks for, the last one quoted in the paragraph."""
        offset = self.token_starts[head.i]
        paragraph = self.sentence_paragraph[self.token_sentence[head.i]]
        if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            for at, claimant in self._recent(offset):
                sentence = self.offsets.sentence_at(at)
                if sentence is None or paragraph - self.sentence_paragraph[sentence] > 2:
                    break
                if claimant.person and head.lower_ in claimant.name.lower().split():
                    return Claimant(**{**claimant.__dict__, "how": how})
        for at, claimant in self._recent(offset):
            sentence = self.offsets.sentence_at(at)
            if (
                not claimant.person
                and sentence is not None
                and self.sentence_paragraph[sentence] == paragraph
            ):
                return Claimant(**{**claimant.__dict__, "how": how})
        return None

    def _recent(self, offset: int) -> list[tuple[int, Claimant]]:
        """Claimants and sentence subjects before ``offset``, most recent first."""
        return sorted(((at, c) for at, c in self.history + self.subjects if at < offset), key=lambda p: -p[0])

    def _fits(self, claimant: Claimant, person: bool, plural_pronoun: bool) -> bool:
        """Can a pronoun of this kind and number stand for the claimant? "They" stands for people too
        ("U.S. officials say ... They say 25 were killed"), when the claimant is several of them."""
        if plural_pronoun and claimant.person:
            return self._plural(claimant)
        if claimant.person != person:
            return False
        if person:
            return not plural_pronoun
        return plural_pronoun or not self._plural(claimant)

    def _plural(self, claimant: Claimant) -> bool:
        """Several actors ("X and Y"), a group, or a plural common noun ("local officials")."""
        if " and " in claimant.name:
            return True
        actor = self.registry.actors.get(claimant.actor_id) if claimant.actor_id else None
        if actor is not None and actor.kind == "group":
            return True
        words = re.findall(r"[^\W\d_]+", claimant.mention)
        if not words or words[-1][:1].isupper():
            return False
        last = words[-1].lower()
        return last in IRREGULAR_PLURAL_NOUNS or (
            last.endswith("s") and not last.endswith(("ss", "us", "is"))
        )
