"""Descriptions linked in reading order: appositions take their name, "the agency" or "the regional
governor" the most recent fitting actor, members ("its divers") their body, spokespeople whom they
speak for; an unnamed person or body that acts becomes an actor of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import lexicon as lx
from .link_entities import GENERIC_HEADS, Entity, organisation_fits, roles_fit
from .link_names import NameLinks
from .mention_base import Candidate

#: Prepositions by which people belong to the body named after them ("members of", "staff at").
MEMBERSHIP_PREPOSITIONS = frozenset("of from at with for".split())

if TYPE_CHECKING:
    from spacy.tokens import Token


class DescriptionLinks(NameLinks):
    """Links descriptions, members, spokespeople and pronouns in reading order (see :class:`NameLinks`)."""

    def _link_in_reading_order(self) -> None:
        head_to_index = {
            c.head: i for i, c in enumerate(self.candidates) if c.form in ("name", "seat", "metonym")
        }
        for index, cand in enumerate(self.candidates):
            if index in self.links:
                continue
            if cand.apposition is not None and cand.apposition in head_to_index:
                named = self.links.get(head_to_index[cand.apposition])
                if named is not None:
                    named.roles |= cand.roles
                    if named.kind == "person":
                        named.country = named.country or cand.country
                    self._link(index, named)
                    continue
            if cand.form == "member":
                self._link_member(index, cand)
            elif cand.form == "pronoun":
                entity = self._antecedent(index, cand)
                if entity is not None:
                    self._link(index, entity, alias=False)
                    if cand.gender and entity.kind == "person":
                        entity.gender = entity.gender or cand.gender
            elif cand.form == "spokesperson":
                inner = self._inner_mention(cand, kinds=("organisation", "country", "group"))
                if inner is not None:
                    self._link(index, inner)
                elif cand.speaker:
                    self._link(
                        index, self._new(self.surface(cand), "person", anonymous=True, roles=set(cand.roles))
                    )
            elif cand.form == "anonymous":
                inner = self._inner_mention(cand, kinds=("person",), names_only=True)
                if inner is not None:
                    self._link(index, inner)
                elif cand.speaker:
                    self._link(
                        index, self._new(self.surface(cand), "person", anonymous=True, roles=set(cand.roles))
                    )
            elif cand.form == "description" and cand.kind == "person":
                entity = self._holder_of_role_after_as(cand) or self._person_by_role(index, cand)
                if entity is not None:
                    self._link(index, entity)
                elif cand.office:  # "Address by the President of Ukraine": the office holder, unnamed
                    self._link(
                        index, self._new(cand.name, "person", roles=set(cand.roles), country=cand.country)
                    )
                elif cand.speaker or (
                    cand.subject
                    and cand.definite
                    and not cand.in_quote
                    and self.doc[cand.head].dep_ != "appos"
                ):
                    # "The jury foreperson read the verdict ... she said": a person known only by a role
                    # who acts in the story is someone a later pronoun can mean
                    self._link(
                        index,
                        self._new(
                            self.surface(cand),
                            "person",
                            anonymous=True,
                            roles=set(cand.roles),
                            gender=cand.gender,
                        ),
                    )
            elif cand.form == "description" and cand.kind == "organisation":
                entity = self._organisation_by_head(index, cand)
                surface = self.surface(cand)
                if entity is None and (cand.subject or cand.speaker or self._possessor_of_something(cand)):
                    entity = self._new(surface, "organisation", roles=set(cand.roles), described=True)
                elif (
                    entity is not None
                    and entity.described
                    and len(surface.split()) > len(entity.name.split())
                ):
                    entity.name = surface  # "the miners’ union" tells more than the headline's "Union"
                if entity is not None:
                    self._link(index, entity)

    def _of_the_body(self, body: Candidate) -> bool:
        """A body after the people it has is theirs through "of", "from", "at", "with" or "for" ("members of the
        union", "staff at the agency"); "gunmen on the embassy", "troops in the city" name what they
        acted on or where they are."""
        k = body.surface_start - 1
        if k >= 0 and self.doc[k].lower_ == "the":
            k -= 1
        return k >= 0 and self.doc[k].lower_ in MEMBERSHIP_PREPOSITIONS

    def _link_member(self, index: int, cand: Candidate) -> None:
        """ "Members of the union", "its divers", "Enerhomost crews": people standing for their body."""
        inner = [
            (i, c)
            for i in self.headed_within(cand.start, cand.end - 1)
            if (c := self.candidates[i]) is not cand
            and c.kind in ("organisation", "country")
            and c.form != "demonym"
            and not (c.kind == "country" and (self._where_they_are(c) or c.end <= cand.head))
            and (c.start < cand.head or self._of_the_body(c))
        ]
        entity: Entity | None = None
        if inner:
            i, body = inner[0]
            entity = self.links.get(i)
            if entity is None and body.form == "description":
                entity = self._organisation_by_head(i, body)
                if entity is None:
                    entity = self._new(
                        self.surface(body), "organisation", roles=set(body.roles), described=True
                    )
                self._link(i, entity)
        owner = next(
            (c for c in self.doc[cand.head].lefts if c.dep_ == "poss" and c.lower_ in ("its", "their")), None
        )
        if entity is None and owner is not None:
            pronoun = Candidate(owner.i, owner.i + 1, owner.i, "organisation", "pronoun", owner.text, owner.i)
            entity = self._antecedent(index, pronoun, word="it" if owner.lower_ == "its" else "they")
        if entity is None:
            entity = self._group_entity(cand)
        self._link(index, entity)

    def _possessor_of_something(self, cand: Candidate) -> bool:
        words = self.finder.words
        return cand.end < len(words) and words[cand.end] in ("’s", "'s", "’", "'")

    def _where_they_are(self, country: Candidate) -> bool:
        """ "Aid workers in northern Kenya": a country after "in" or "across" is where the people are, not
        the body they stand for (as in "officials of Kenya")."""
        k = country.start - 1
        while k >= 0 and self.doc[k].pos_ in ("DET", "ADJ"):
            k -= 1
        return k >= 0 and self.doc[k].lower_ in ("in", "across", "throughout", "near", "around")

    def _inner_mention(
        self, cand: Candidate, *, kinds: tuple[str, ...], names_only: bool = False
    ) -> Entity | None:
        """The one actor named inside a phrase ("a spokesperson for the agency", "a commander named X")."""
        head = self.doc[cand.head]
        subtree = {t.i for t in head.subtree}
        found: list[Entity] = []
        for index in self.headed_within(head.left_edge.i, head.right_edge.i):
            other = self.candidates[index]
            if other is cand or other.head not in subtree or index not in self.links:
                continue
            if names_only and other.form != "name":
                continue
            entity = self.links[index]
            if entity.kind in kinds and entity not in found:
                found.append(entity)
        return found[0] if len(found) == 1 else None

    def _earlier_links(self, index: int) -> Iterator[tuple[int, Entity]]:
        """Linked mentions before candidate ``index`` (outside quotes), most recent first."""
        cand = self.candidates[index]
        for sid in range(self.finder.sentence_ids[cand.head], -1, -1):
            here = [
                i
                for i in self.by_sentence.get(sid, ())
                if i in self.links
                and self.candidates[i].start < cand.start
                and not self.candidates[i].in_quote
            ]
            for i in sorted(here, key=lambda i: -self.candidates[i].start):
                yield i, self.links[i]

    def _later_links_in_post(self, index: int) -> list[tuple[int, Entity]]:
        cand = self.candidates[index]
        posts = self.finder.post_ids
        found = [
            (i, e)
            for i, e in self.links.items()
            if self.candidates[i].start > cand.start and posts[self.candidates[i].head] == posts[cand.head]
        ]
        return sorted(found, key=lambda item: self.candidates[item[0]].start)

    def _organisation_by_head(self, index: int, cand: Candidate) -> Entity | None:
        head = next(iter(cand.roles), "")
        if head in lx.STATEMENT_NOUNS:
            return None
        for _, entity in self._earlier_links(index):
            if entity.kind == "organisation" and organisation_fits(head, entity):
                return entity
        if self.finder.paragraph_kind(cand.head) != "body" or not cand.definite:
            for _, entity in self._later_links_in_post(index):
                if entity.kind == "organisation" and organisation_fits(head, entity):
                    return entity
        if head in GENERIC_HEADS:  # "Hezbollah said ... the group said": the body named just before
            sentence = self.finder.sentence_ids[cand.head]
            for i, entity in self._earlier_links(index):
                if sentence - self.finder.sentence_ids[self.candidates[i].head] > 2:
                    break
                if entity.kind == "organisation" and self.candidates[i].form == "name":
                    return entity
        return None

    def _holder_of_role_after_as(self, cand: Candidate) -> Entity | None:
        """ "he will resign from his position as President of the Federation", "she was sworn in as premier":
        a role after "as" is held by the one the clause is about (the owner of the post, or the subject of a
        verb with no object), not by someone new; "X named Y as minister" gives it to no one here."""
        head = self.doc[cand.head]
        preposition = head.head
        if head.dep_ != "pobj" or preposition.lower_ != "as":
            return None
        anchor = preposition.head
        if anchor.pos_ == "NOUN":  # "his position as ...": the owner of the post, or who "his" is
            owner = next((c for c in anchor.children if c.dep_ == "poss"), None)
            entity = self._entity_at(owner) if owner is not None else None
            if entity is None and owner is not None and owner.pos_ == "PRON" and anchor.head.dep_ == "prep":
                anchor = anchor.head.head  # "resign from his position as ...": he who resigns
        else:
            entity = None
        if entity is None and anchor.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "dobj" for c in anchor.children):
                return None
            subject = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            entity = self._entity_at(subject) if subject is not None else None
        if entity is None or entity.kind != "person":
            return None
        entity.roles |= cand.roles
        return entity

    def _entity_at(self, token: Token) -> Entity | None:
        """The actor already linked to the mention headed by ``token``, if any."""
        index = self.covering.get(token.i)
        return self.links.get(index) if index is not None and self.candidates[index].head == token.i else None

    def _person_by_role(self, index: int, cand: Candidate) -> Entity | None:
        def fits(entity: Entity) -> bool:
            """Role, gender and country must not clash: "the Ukrainian president" is not Russia's."""
            return (
                entity.kind == "person"
                and roles_fit(cand.roles, entity.roles)
                and (cand.gender is None or entity.gender in (None, cand.gender))
                and (cand.country is None or entity.country in (None, cand.country))
            )

        if (
            cand.country is not None
        ):  # "the President of Ukraine": that country's holder, not the last president
            own = [e for e in self.entities if fits(e) and e.country == cand.country and not e.anonymous]
            if len(own) == 1:
                return own[0]
        earlier = [
            e for i, e in self._earlier_links(index) if fits(e) and self.candidates[i].form != "pronoun"
        ]
        if len({id(e) for e in earlier}) > 1:
            lead = self._lead_person()
            if lead is not None and any(e is lead for e in earlier):
                return lead  # two presidents named: "the President" is the one the report is about
        if earlier:
            return earlier[0]  # "a U.S. official ... the official said" too
        holders = [e for e in self.entities if fits(e) and not e.anonymous]
        return holders[0] if len(holders) == 1 else None

    def _lead_person(self) -> Entity | None:
        """The person the report is about: the first person who is the subject of a clause outside quotes."""
        for index, cand in enumerate(self.candidates):
            entity = self.links.get(index)
            if entity is not None and entity.kind == "person" and cand.subject and not cand.in_quote:
                return entity
        return None
