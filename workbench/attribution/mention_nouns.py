"""Common-noun mentions: roles ("the governor", "a senior official"), organisations ("the ministry",
"Netanyahu's office") and groups ("North Korean troops"), with their country and content words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import lexicon as lx
from .cues import by_agent
from .mention_base import Candidate
from .mention_names import NameMentions
from .mention_words import (
    DETERMINERS,
    GENERIC_MODIFIERS,
    MAX_RELATIVE_CLAUSE,
    NON_REFERRING,
    POSSESSIVE_TOKENS,
    RIGHT_PREPOSITIONS,
    SUBJECT_DEPS,
    gender_of,
    strip_determiner,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


class NounPhraseMentions(NameMentions):
    """Finds the described mentions of a report, after its names (see :class:`NameMentions`)."""

    def add_noun_phrases(self) -> None:
        for tok in self.doc:
            i = tok.i
            if self.taken[i] or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            word = self.lower[i]
            lemma = tok.lemma_.lower()
            is_role = word in lx.ROLE_NOUNS or word.split("-")[-1] in lx.ROLE_NOUNS
            is_org = word in lx.ORG_NOUNS or lemma in lx.ORG_NOUNS
            is_group = word in lx.GROUP_NOUNS
            if not (is_role or is_org or is_group):
                continue
            if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > i:
                head_word = self.lower[tok.head.i]
                if head_word not in lx.STATEMENT_NOUNS or self.taken[tok.head.i]:
                    continue  # "ministry spokesman", "army checkpoint"; but "a council statement" names its author
            if any(self.lower[c.i] in NON_REFERRING for c in tok.lefts if c.dep_ == "det"):
                continue  # "which group", "any official", "another agency"
            capitalised_mid_sentence = self.is_capitalised(i) and not (i == 0 or self.doc[i].is_sent_start)
            if (
                capitalised_mid_sentence
                and tok.pos_ == "PROPN"
                and self.paragraph_kind(i) == "body"
                and not is_role
            ):
                continue  # "the Navy", "the Council": part of a name; "the President" is an office, described
            self._add_noun_phrase(i, is_role=is_role and not is_group, is_org=is_org, is_group=is_group)

    def _np_right(self, i: int) -> int:
        right = i + 1
        for child in self.doc[i].rights:
            if child.dep_ == "prep" and self.lower[child.i] in RIGHT_PREPOSITIONS and child.i == right:
                edge = child.right_edge.i + 1
                stop = next(
                    (k for k in range(child.i, edge) if self.words[k] in (",", ";", ":", "(", "“", "”", '"')),
                    None,
                )
                if stop is not None:  # "a commander of MARCOS, India's marine commandos": up to the comma
                    if self.words[stop] == "," and stop > child.i + 1 and self.is_capitalised(stop - 1):
                        right = stop
                    break
                if any(self.doc[k].pos_ in ("VERB", "AUX") for k in range(child.i, edge)):
                    break
                dated = next(
                    (k for k in range(child.i + 1, edge) if self.doc[k].ent_type_ in lx.TIME_LABELS), None
                )
                if dated is not None:  # "a court in the capital on Thursday": up to the date
                    edge = dated - 1 if self.doc[dated - 1].dep_ == "prep" else dated
                right = edge
            elif child.dep_ == "acl" and child.i == right and child.tag_ == "VBN" and _has_agent(child):
                right = child.right_edge.i + 1  # "analysts polled by the Reuters news agency": who they are
            elif child.i == right and _affiliation(child):
                right = child.right_edge.i + 1  # "forces loyal to X", "rebels linked to Y": whose they are
            break
        return right

    def _relative_clause_end(self, i: int, right: int) -> int:
        """ "a soldier who survived the attack", "a woman attending the event": an unnamed person is known
        by the whole description, so a short relative clause or "-ing" phrase right after the phrase belongs
        to it, up to its first punctuation."""
        for child in self.doc[i].rights:
            participle = child.dep_ == "acl" and child.tag_ == "VBG" and child.i == right
            if not (child.dep_ == "relcl" or participle) or child.left_edge.i != right:
                continue
            edge = next((k for k in range(right, child.right_edge.i + 1) if self.doc[k].is_punct), None)
            edge = child.right_edge.i + 1 if edge is None else edge  # "..., speaking by phone" is not in it
            relative = self.lower[right] in lx.RELATIVE_PRONOUNS or participle
            if relative and edge - right <= MAX_RELATIVE_CLAUSE and self.quote_depth[right] == 0:
                return edge
        return right

    def _owner_left(self, i: int, left: int) -> int:
        """ "the opposition party's leader": a role held in a body the report names before it is described
        with that body, though the body is a mention of its own (its tokens stop the phrase otherwise)."""
        poss = next((c for c in self.doc[i].lefts if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        if (
            poss is None
            or poss.left_edge.i >= left
            or any(self.words[k] == "," for k in range(poss.left_edge.i, i))
        ):
            return left
        return poss.left_edge.i

    def _add_noun_phrase(self, i: int, *, is_role: bool, is_org: bool, is_group: bool) -> None:
        tok = self.doc[i]
        left = self._np_left(i)
        right = self._np_right(i) if (is_group or is_role or tok.tag_ in ("NNS",)) else i + 1
        words = [self.lower[k] for k in range(left, i + 1)]
        determiner = words[0] if words and words[0] in DETERMINERS else None
        possessor = None
        country = None
        content: set[str] = set()
        marks = [k for k in range(left, i) if self.words[k] in POSSESSIVE_TOKENS]
        k = marks[-1] + 1 if marks else left
        if marks:
            possessor = marks[-1] - 1
        while k <= i:
            w = self.lower[k]
            if (
                w in DETERMINERS
                or self.doc[k].pos_ in ("NUM", "PUNCT", "DET", "PRON")
                or self.doc[k].like_num
            ):
                k += 1
                continue
            if k < i:
                two = self.surface(k, k + 2)
                pair = self._country(two) or self._demonym(two)
                if pair:
                    country, k = pair, k + 2
                    continue
            single = self._country(self.words[k]) or self._demonym(self.words[k])
            single = single or self.table.capitals.get(lx.fold(self.words[k]))
            if single:
                country = single
            else:
                content.add(lx.fold(self.doc[k].lemma_ if k == i else w))
            k += 1
        if possessor is not None:
            p_text = self._possessor_text(possessor)
            country = self._country(p_text) or self.table.capitals.get(lx.fold(p_text)) or country
        head_word = lx.fold(tok.lemma_) if tok.tag_ == "NNS" and not is_group else self.lower[i]
        if is_role and tok.tag_ != "NNS":
            left = self._owner_left(i, left)
        surface = self.surface(left, right)
        quote = self.quote_depth[i] > 0
        subject = tok.dep_ in SUBJECT_DEPS
        distinctive = {w for w in content - {head_word} - GENERIC_MODIFIERS if not SIZE_MODIFIER.match(w)}
        if is_role and tok.tag_ != "NNS":
            form = "description" if determiner != "a" and determiner != "an" else "anonymous"
            if form == "anonymous":
                right = self._relative_clause_end(i, right)
                surface = self.surface(left, right)
            name = surface
            cand = Candidate(
                left, right, i, "person", form, name, surface_start=left, roles={self.lower[i]}, country=country,
                definite=determiner == "the" or possessor is not None or determiner is None,
                in_quote=quote, subject=subject,
            )  # fmt: skip
            cand.gender = gender_of([self.lower[i]])
            cand.apposition = _named_subject_of_copula(tok)
            if self.lower[i] in lx.SPOKESPERSON_NOUNS and right > i + 1:
                cand.form = "spokesperson"
            self.candidates.append(cand)  # also inside quotes: "the agency's chief executive told us, '...'"
        elif is_org and (tok.tag_ != "NNS" or self.lower[i] in ("forces", "authorities")) and not is_group:
            definite = determiner == "the" or possessor is not None or determiner is None
            form = "description" if not distinctive and country is None and possessor is None else "name"
            if possessor is not None and not distinctive and country is None:
                form = "description"
            if quote:
                return  # a body described inside someone's words is theirs to describe
            printed = self.surface(left, i + 1)
            proper = any(self.is_capitalised(k) for k in range(left + 1, i + 1))
            if marks and country is not None and any(self.is_capitalised(k) for k in range(marks[-1] + 1, i)):
                printed = self.surface(marks[-1] + 1, i + 1)  # "China's Xinhua news agency" is Xinhua's
            end = i + 1
            if form == "description" and determiner in ("a", "an"):
                end = self._np_right(i)  # "a jury in Houston": an unnamed body is known by where it sits
                surface = self.surface(left, end)
            name = (strip_determiner(printed) if proper else printed) if form == "name" else surface
            outlet = self._outlet_name(left, i)
            if form == "name" and outlet is not None:
                name = outlet
            poss = next((c.i for c in tok.lefts if c.dep_ == "poss"), None)
            owner = self._person_named_at(poss) if poss is not None and possessor is None else None
            if owner is not None and poss is not None and country is None:  # "Netanyahu's office"
                form, possessor, left = "name", poss, owner.start
                name = (
                    f"{owner.name}{self.words[poss + 1]} {self.surface(poss + 2, i + 1)}"
                    if poss + 2 <= i
                    else owner.name
                )
                content = {*content, lx.fold(owner.name)}
            cand = Candidate(
                left, end, i, "organisation", form, name, surface_start=left, roles={head_word},
                country=country, content=frozenset(content), definite=definite, in_quote=quote,
                subject=subject,
            )  # fmt: skip
            named = self._named_organisation_within(left, i)
            if named is not None:  # "his Civic Union party": the party named Civic Union
                cand.form, cand.apposition = "description", named
            self.candidates.append(cand)
        elif is_group:
            if quote:
                return
            member = self.lower[i] in lx.MEMBER_NOUNS
            self.candidates.append(
                Candidate(
                    left, right, i, "group", "member" if member else "group", surface, surface_start=left,
                    roles={head_word}, country=country, content=frozenset(content), definite=determiner == "the",
                    in_quote=quote, subject=subject,
                )
            )  # fmt: skip
        else:
            return
        for k in range(left, i + 1):  # the phrase after the head may name another actor
            self.taken[k] = True

    def _outlet_name(self, left: int, head: int) -> str | None:
        """ "the state-run Tasnim news agency", "Russia's Interfax news agency": a news agency is known by its
        own name; the kind of outlet and what the report says of it ("state-run", "official") are not part
        of that name."""
        if self.lower[head] not in ("agency", "service") or head - 2 < left or self.lower[head - 1] != "news":
            return None
        end = head - 1
        first = end
        while (
            first - 1 >= left
            and self.is_capitalised(first - 1)
            and self.doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ")  # not "A news agency said"
        ):
            first -= 1
        return self.surface(first, end) if first < end else None

    def _person_named_at(self, token: int) -> Candidate | None:
        return next(
            (
                c
                for c in self.candidates
                if c.kind == "person" and c.form == "name" and c.start <= token < c.end
            ),
            None,
        )

    def _named_organisation_within(self, left: int, head: int) -> int | None:
        """Head token of an organisation's name written as a modifier inside ``[left, head)``."""
        for cand in self._candidates_ending_at(head):
            if cand.kind == "organisation" and cand.form == "name" and left <= cand.start:
                return cand.head
        return None

    def _candidates_ending_at(self, end: int) -> list[Candidate]:
        """Candidates found so far that end at token ``end``, in the order they were found.

        The index is brought up to date with the candidates appended since the last call (the
        list only grows while candidates are being found).
        """
        for cand in self.candidates[self.ends_indexed :]:
            self.by_end.setdefault(cand.end, []).append(cand)
        self.ends_indexed = len(self.candidates)
        return self.by_end.get(end, [])


#: "four-man", "12-member", "three-judge": a body's size, which describes it and names nothing.
SIZE_MODIFIER = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)-[a-z]+$"
)


def _named_subject_of_copula(role: Token) -> int | None:
    """ "Lakshman Hulugalle is the director general at the Media Center": a role after "is" describes the
    named subject, as an apposition would (the token head of that name, else None)."""
    verb = role.head
    if role.dep_ != "attr" or verb.lemma_ != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject.i if subject is not None and subject.pos_ == "PROPN" else None


#: Words after a group noun that say whose side it is on: "forces loyal to X", "militants allied with Y".
AFFILIATION_WORDS = frozenset("loyal linked allied affiliated aligned tied close sympathetic".split())


def _affiliation(word: Token) -> bool:
    """ "loyal to Moammar Gadhafi", "linked to the Justice and Equality Movement": a modifier right after a
    group noun naming the side it belongs to, which is what tells one armed group from another."""
    return (
        word.dep_ in ("amod", "acl")
        and word.lower_ in AFFILIATION_WORDS
        and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in word.children)
    )


def _has_agent(verb: Token) -> bool:
    """A "by" agent that names someone ("polled by the agency"), not a manner ("dug by hand")."""
    return by_agent(verb) is not None
