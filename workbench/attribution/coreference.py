"""Linking mentions into actors: alias merging, descriptions and pronouns.

Names are clustered over the whole report first (so a headline's "Putin" finds the
"Vladimir Putin" of the body): people by full name, surname and spelling variants
(rapidfuzz), organisations by name, acronym and word subsets, countries through the
country table. Then, in reading order, descriptions ("the agency", "the regional
governor") take the most recent compatible actor, appositions ("the company, X") their
name, and pronouns (he, she, it, they) the most recent compatible actor outside quotes,
subjects and speakers first. Anything left unsure stays unlinked.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .. import lexicon as lx
from .cues import agent_of, is_cue, is_negated
from .mention_base import Candidate
from .mentions import MentionFinder

#: How far back (in sentences) a pronoun looks for its antecedent.
PRONOUN_WINDOW = 4
FUZZY_NAME_SCORE = 90
#: Role nouns that stand for one another ("the spokeswoman" ~ "spokesperson X").
ROLE_CLASSES = (
    lx.words("spokesman spokeswoman spokesperson"),
    lx.words("chair chairman chairwoman"),
    lx.words("head chief"),
)
#: Descriptions that fit any body named just before ("the group" after "Hezbollah said").
GENERIC_HEADS = lx.words("group organisation organization movement body faction militia")
#: Organisation heads too generic to tell bodies apart ("military intelligence agency" ~ "intelligence service").
GENERIC_ORG_HEADS = lx.words(
    "agency service office bureau body organisation organization department directorate"
)


#: Words dropped from the front of a group's name ("about 600 strikers" -> "strikers").
LEADING_QUANTIFIERS = lx.words(
    """the a an about some around nearly almost more than at least over up to many several few dozens
    hundreds thousands one two three four five six seven eight nine ten eleven twelve dozen of all both"""
)


@dataclass(eq=False)
class Entity:
    """An actor being assembled: its name, kind, aliases and what is known about it."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    country: str | None = None
    content: frozenset[str] = frozenset()
    acronym: str | None = None
    anonymous: bool = False
    described: bool = False  # known only by descriptions ("the union"), named by the fullest one

    def add_alias(self, alias: str) -> None:
        alias = " ".join(alias.split())
        if alias and alias not in self.aliases:
            self.aliases.append(alias)


class Linker:
    """Links one report's candidate mentions to entities (use :func:`link_mentions`)."""

    def __init__(self, finder: MentionFinder, candidates: list[Candidate]) -> None:
        self.finder = finder
        self.doc = finder.doc
        self.candidates = candidates
        self.entities: list[Entity] = []
        self.links: dict[int, Entity] = {}  # candidate index -> entity
        #: pronoun candidate index -> the entities it could equally mean (left unlinked: ambiguous)
        self.ambiguous: dict[int, list[Entity]] = {}
        self.groups: dict[tuple[str | None, frozenset[str]], Entity] = {}
        self.last_group: dict[str, Entity] = {}  # head noun -> the group it last named
        self.by_sentence: dict[int, list[int]] = {}  # sentence id -> candidate indices
        for index, cand in enumerate(candidates):
            self.by_sentence.setdefault(finder.sentence_ids[cand.head], []).append(index)
        by_head = sorted((cand.head, index) for index, cand in enumerate(candidates))
        self.heads = [head for head, _index in by_head]  # candidate heads in token order
        self.indices_by_head = [index for _head, index in by_head]
        self.covering: dict[int, int] = {}  # token -> candidate index (innermost)
        for index, cand in enumerate(candidates):
            for k in range(min(cand.start, cand.surface_start), cand.end):
                if k not in self.covering or cand.head == k:
                    self.covering[k] = index
            self.covering[cand.head] = index

    def headed_within(self, first: int, last: int) -> list[int]:
        """Indices (ascending) of the candidates whose head token lies in ``first..last``."""
        lo, hi = bisect_left(self.heads, first), bisect_right(self.heads, last)
        return sorted(self.indices_by_head[lo:hi])

    def at(self, token: int) -> Candidate | None:
        index = self.covering.get(token)
        return self.candidates[index] if index is not None else None

    # ------------------------------------------------------------------ running

    def run(self) -> None:
        self._mark_speakers()
        self._link_countries_and_places()
        self._link_people()
        self._link_organisations()
        self._link_groups()
        self._learn_genders()
        self._link_in_reading_order()

    def _learn_genders(self) -> None:
        """ "X, who fled her village": a possessive or reflexive pronoun in a person's own clause."""
        genders = {"his": "male", "himself": "male", "her": "female", "herself": "female"}
        for tok in self.doc:
            gender = genders.get(tok.lower_)
            if (
                gender is None
                or self.finder.quote_depth[tok.i]
                or (tok.lower_ == "her" and tok.dep_ != "poss")
            ):
                continue
            verb = tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                continue
            subject = subjects[0]
            if subject.lower_ in lx.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                subject = verb.head
            cand = self.at(subject.i)
            others = {
                id(self.links[i])
                for i in self.headed_within(verb.left_edge.i, verb.right_edge.i)
                if self.candidates[i].kind == "person" and i in self.links
            }
            index = self.candidates.index(cand) if cand is not None else -1
            entity = self.links.get(index)
            if (
                entity is not None
                and entity.kind == "person"
                and others <= {id(entity)}
                and entity.gender is None
            ):
                entity.gender = gender

    def _mark_speakers(self) -> None:
        """Agents of reporting verbs, unless the verb is denied ("declined to answer", "did not say")."""
        for tok in self.doc:
            if is_cue(self.doc, tok.i) and not is_negated(self.doc, tok.i):
                agent = agent_of(self.doc, tok.i, self.at, level=self.finder.quote_depth.__getitem__)
                if (
                    agent is not None
                    and self.finder.quote_depth[agent.head] == self.finder.quote_depth[tok.i]
                ):
                    agent.speaker = True

    def _new(self, name: str, kind: str, **facts: object) -> Entity:
        entity = Entity(name=name, kind=kind)
        for key, value in facts.items():
            setattr(entity, key, value)
        self.entities.append(entity)
        return entity

    def _link(self, index: int, entity: Entity, *, alias: bool = True) -> None:
        self.links[index] = entity
        cand = self.candidates[index]
        if alias:
            entity.add_alias(self.surface(cand))
            if cand.surface_start < cand.start and cand.form == "name":
                entity.add_alias(self.finder.surface(cand.start, cand.end))
        if cand.gender and entity.gender is None:
            entity.gender = cand.gender

    def surface(self, cand: Candidate) -> str:
        start = min(cand.start, cand.surface_start) if cand.surface_start >= 0 else cand.start
        text = self.finder.surface(start, cand.end)
        return re.sub(r"(?:['’]s|['’])$", "", text).strip()

    # ------------------------------------------------------------------ names

    def _link_countries_and_places(self) -> None:
        by_name: dict[str, Entity] = {}
        for index, cand in enumerate(self.candidates):
            if cand.kind not in ("country", "place") or cand.form == "pronoun":
                continue
            key = (cand.kind, lx.fold(cand.name))
            entity = by_name.get(f"{key}")
            if entity is None:
                entity = self._new(cand.name, cand.kind, country=cand.country)
                by_name[f"{key}"] = entity
            self._link(index, entity, alias=cand.form != "demonym")

    def _link_people(self) -> None:
        people = [(i, c) for i, c in enumerate(self.candidates) if c.kind == "person" and c.form == "name"]
        surnames = {lx.fold(c.name.split()[-1]) for _, c in people}  # "Trump" tagged an organisation once
        for index, cand in enumerate(self.candidates):  # a surname spaCy took for an organisation
            if (
                cand.kind == "organisation"
                and cand.form == "name"
                and not cand.roles
                and lx.fold(cand.name) in surnames
            ):
                cand.kind = "person"
                people.append((index, cand))
        people.sort(key=lambda item: item[1].start)
        full = [(i, c) for i, c in people if len(c.name.split()) > 1]
        single = [(i, c) for i, c in people if len(c.name.split()) == 1]
        for index, cand in full:
            entity = next(
                (e for e in self.entities if e.kind == "person" and same_person(cand.name, e.name)), None
            )
            if entity is None:
                entity = self._new(cand.name, "person")
            elif len(cand.name) > len(entity.name):
                entity.name = cand.name
            entity.roles |= cand.roles
            entity.country = entity.country or cand.country
            self._link(index, entity)
            entity.gender = entity.gender or given_name_gender(cand.name)
        for index, cand in single:
            by_first_name = bool(cand.roles & lx.FIRST_NAME_TITLES)  # "Sheikh Mohammed", "King Charles"
            matches = [
                e
                for e in self.entities
                if e.kind == "person"
                and (
                    shares_surname(cand.name, e.name)
                    or (by_first_name and lx.fold(e.name).split()[0] == lx.fold(cand.name))
                )
            ]
            if len(matches) > 1:
                matches = [self._nearest(matches, cand.start)]
            entity = matches[0] if matches else None
            if entity is None:
                entity = self._new(cand.name, "person")
            entity.roles |= cand.roles
            entity.country = entity.country or cand.country
            self._link(index, entity)

    def _nearest(self, entities: list[Entity], token: int) -> Entity:
        """Of several entities, the one mentioned most recently before ``token`` (else soonest after)."""
        best: tuple[int, Entity] | None = None
        for index, entity in self.links.items():
            if entity not in entities:
                continue
            start = self.candidates[index].start
            distance = token - start if start < token else 10**9 + start
            if best is None or distance < best[0]:
                best = (distance, entity)
        return best[1] if best else entities[0]

    def _link_organisations(self) -> None:
        named = [
            (i, c)
            for i, c in enumerate(self.candidates)
            if c.kind == "organisation" and c.form in ("name", "seat")
        ]
        spelled_out: dict[str, Candidate] = {}  # "rsf" -> the "Rapid Support Forces (RSF)" mention
        for _, cand in named:
            acronym = self._acronym_after(cand)
            if acronym:
                spelled_out.setdefault(lx.fold(acronym), cand)
        for index, cand in named:
            full = spelled_out.get(lx.fold(cand.name))
            entity = self._find_organisation(full) if full is not None else None
            entity = entity or self._find_organisation(cand)
            if entity is None:
                first = full or cand
                entity = self._new(first.name, "organisation", country=first.country, content=first.content)
            elif (
                _proper_words(cand.name)
                and (len(cand.name) > len(entity.name) or entity.content)
                and not cand.content
            ):
                entity.name, entity.content = cand.name, frozenset()
            entity.roles |= cand.roles
            self._link(index, entity)
            acronym = self._acronym_after(cand)
            if acronym:
                entity.acronym = acronym
                entity.add_alias(acronym)

    def _find_organisation(self, cand: Candidate) -> Entity | None:
        folded = lx.fold(cand.name)
        words = set(folded.split())
        for entity in self.entities:
            if entity.kind != "organisation":
                continue
            if lx.fold(entity.name) == folded or any(
                lx.fold(a).removeprefix("the ") == folded for a in entity.aliases
            ):
                return entity
            if entity.acronym and folded == lx.fold(entity.acronym):
                return entity
            if cand.content and entity.content:
                if cand.country != entity.country:
                    continue
                mine = set(cand.content) - GENERIC_ORG_HEADS
                theirs = set(entity.content) - GENERIC_ORG_HEADS
                if mine == theirs and mine:
                    return (
                        entity  # "Ukraine military intelligence" ~ "Ukraine's military intelligence agency"
                    )
                if not any(organisation_fits(h, entity) for h in cand.roles):
                    continue
                if mine and theirs and (mine <= theirs or theirs <= mine):
                    return entity
                continue
            if cand.content and not entity.content:
                name_words = set(lx.fold(entity.name).split())
                if set(cand.content) <= name_words and any(organisation_fits(h, entity) for h in cand.roles):
                    return entity  # "the electoral commission" ~ "Central Electoral Commission"
                continue
            if entity.content:
                head = next(iter(entity.roles), "")
                if set(entity.content) <= words and head in words:
                    return entity  # "Central Electoral Commission" after "the electoral commission"
                continue
            theirs_words = set(lx.fold(entity.name).split())
            shared = (words & theirs_words) - lx.ORG_NOUNS - {"the", "of", "and", "&"}
            if shared and (words <= theirs_words or theirs_words <= words):
                return entity
        return None

    def _acronym_after(self, cand: Candidate) -> str | None:
        words = self.finder.words
        k = cand.end
        if k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")" and words[k + 1].isupper():
            initials = "".join(w[0] for w in cand.name.split() if w[:1].isupper())
            if words[k + 1] == initials or len(words[k + 1]) >= 2:
                return words[k + 1]
        return None

    def _link_groups(self) -> None:
        for index, cand in enumerate(self.candidates):
            if cand.kind == "group" and cand.form in ("group", "name"):
                self._link(index, self._group_entity(cand))

    # ------------------------------------------------------------------ descriptions and pronouns

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
                entity = self._person_by_role(index, cand)
                if entity is not None:
                    self._link(index, entity)
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

    def _link_member(self, index: int, cand: Candidate) -> None:
        """ "Members of the union", "its divers", "Enerhomost crews": people standing for their body."""
        inner = [
            (i, c)
            for i in self.headed_within(cand.start, cand.end - 1)
            if (c := self.candidates[i]) is not cand
            and c.kind in ("organisation", "country")
            and c.form != "demonym"
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

    def _group_entity(self, cand: Candidate) -> Entity:
        head = next(iter(cand.roles), "")
        bare = cand.definite and cand.country is None and len(cand.content) <= 1
        if bare and head in self.last_group:  # "Egyptian officials ... one of the officials"
            return self.last_group[head]
        key = (cand.country, cand.content or frozenset({lx.fold(cand.name)}))
        entity = self.groups.get(key)
        if entity is None:
            entity = self._new(
                group_name(self.surface(cand)), "group", country=cand.country, content=cand.content
            )
            self.groups[key] = entity
        entity.roles |= cand.roles
        self.last_group[head] = entity
        return entity

    def _possessor_of_something(self, cand: Candidate) -> bool:
        words = self.finder.words
        return cand.end < len(words) and words[cand.end] in ("’s", "'s", "’", "'")

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

    def _person_by_role(self, index: int, cand: Candidate) -> Entity | None:
        def fits(entity: Entity) -> bool:
            """Role, gender and country must not clash: "the Ukrainian president" is not Russia's."""
            return (
                entity.kind == "person"
                and roles_fit(cand.roles, entity.roles)
                and (cand.gender is None or entity.gender in (None, cand.gender))
                and (cand.country is None or entity.country in (None, cand.country))
            )

        for i, entity in self._earlier_links(index):  # "a U.S. official ... the official said" too
            if fits(entity) and self.candidates[i].form != "pronoun":
                return entity
        holders = [e for e in self.entities if fits(e) and not e.anonymous]
        return holders[0] if len(holders) == 1 else None

    def _parallel_subject(self, token: int) -> int | None:
        """The subject of the clause a pronoun's clause is coordinated with: "X told VOA ..., but he declined".

        A subject pronoun of the second of two coordinated clauses is, in news copy, the subject of
        the first (the index of its candidate is returned).
        """
        tok = self.doc[token]
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i > verb.i:
            return None
        first = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if first is None:
            return None
        index = self.covering.get(first.i)
        return index if index is not None and self.candidates[index].form != "pronoun" else None

    def _known_speaker(self, by_sentence: dict[int, list[int]], *, before: int, gender: str) -> Entity | None:
        """The latest speaker of ``gender`` in the sentences before ``before`` (within the window).

        A gendered pronoun whose nearest fitting person is of unknown gender and said nothing goes to
        a person known to be of that gender who has just spoken: "he said" continues a speaker.
        """
        for sid in sorted((s for s in by_sentence if s < before), reverse=True):
            for i in sorted(by_sentence[sid], key=lambda i: -self.candidates[i].start):
                entity = self.links[i]
                if self.candidates[i].speaker and entity.kind == "person" and entity.gender == gender:
                    return entity
        return None

    def _reported_by(self, token: int) -> set[int]:
        """The tokens of what a pronoun reports, when it is the subject of a reporting verb.

        "Sam An declined to answer, he added" and "he said Sam An had left": the speaker "he" is
        never someone named inside the words he reports (a name there cannot share the pronoun's
        referent: binding principle C), so the antecedent is looked for elsewhere.
        """
        tok = self.doc[token]
        verb = tok.head
        if tok.dep_ != "nsubj" or not is_cue(self.doc, verb.i):
            return set()
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        reported = {t.i for c in clauses for t in c.subtree}
        if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i < verb.i:
            own = {t.i for t in verb.subtree}
            reported |= {t.i for t in verb.head.subtree} - own
        return reported

    def _antecedent(self, index: int, pronoun: Candidate, *, word: str | None = None) -> Entity | None:
        """The most recent compatible actor: this sentence before the pronoun, then earlier ones."""
        word = word or self.finder.lower[pronoun.head]
        sentence = self.finder.sentence_ids[pronoun.head]
        posts = self.finder.post_ids
        post = posts[pronoun.head]
        reported = self._reported_by(pronoun.head)
        parallel = self._parallel_subject(pronoun.head)
        if parallel is not None and parallel in self.links and pronoun_fits(word, self.links[parallel]):
            return self.links[parallel]
        by_sentence: dict[int, list[int]] = {}
        for sid in range(sentence, max(-1, sentence - PRONOUN_WINDOW - 1), -1):
            for i in self.by_sentence.get(sid, ()):
                cand = self.candidates[i]
                if (
                    i in self.links
                    and not cand.in_quote
                    and cand.start < pronoun.start
                    and posts[cand.head] == post
                    and cand.head not in reported
                ):
                    by_sentence.setdefault(sid, []).append(i)
        for sid in sorted(by_sentence, reverse=True):
            ranked = sorted(
                by_sentence[sid],
                key=lambda i: (
                    not self.candidates[i].speaker,
                    not self.candidates[i].subject,
                    self.candidates[i].form == "demonym",
                    self.candidates[i].start,
                ),
            )
            fitting = [i for i in ranked if pronoun_fits(word, self.links[i])]
            if not fitting:
                continue
            gender = lx.PERSON_PRONOUNS.get(word)
            if gender is None:
                return self.links[fitting[0]]
            known = [i for i in fitting if self.links[i].gender == gender]
            if known:
                first, best = self.candidates[fitting[0]], self.candidates[known[0]]
                if first.speaker and not (best.speaker or best.subject):
                    return self.links[fitting[0]]  # the one who spoke, not a man named inside his phrase
                return self.links[known[0]]
            top = self.links[fitting[0]]
            if not self.candidates[fitting[0]].speaker:
                speaker = self._known_speaker(by_sentence, before=sid, gender=gender)
                if speaker is not None:
                    return speaker  # "X told VOA ..., but he declined. Sally did not appear. '...,' he said."
            salient = self.candidates[fitting[0]].subject or self.candidates[fitting[0]].speaker
            rivals = [
                self.links[i]
                for i in fitting[1:]
                if self.links[i] is not top
                and not (salient and self.doc[self.candidates[i].head].dep_ in ("poss", "pobj"))
            ]
            if rivals:  # "A met B. She said": who is she? unsure, and said so
                self.ambiguous[index] = list(dict.fromkeys([top, *rivals]))
                return None
            return top
        return None


def pronoun_fits(word: str, entity: Entity) -> bool:
    if word in lx.PERSON_PRONOUNS:
        gender = lx.PERSON_PRONOUNS[word]
        return entity.kind == "person" and entity.gender in (None, gender)
    if word == "it":
        return entity.kind in ("organisation", "country")
    if word == "they":
        return entity.kind in ("group", "organisation")
    return False


def organisation_fits(head: str, entity: Entity) -> bool:
    """Whether "the HEAD" can name ``entity`` ("the firm" a reinsurer, "the fund" X Fund)."""
    if not head:
        return False
    if head in entity.roles or lx.fold(entity.name).split()[-1:] == [head]:
        return True
    return any(head in cls and entity.roles & cls for cls in lx.ORG_CLASSES)


def roles_fit(wanted: set[str], held: set[str]) -> bool:
    if wanted & held:
        return True
    return any(wanted & cls and held & cls for cls in ROLE_CLASSES)


def same_person(a: str, b: str) -> bool:
    """Full names of one person: equal, same surname with compatible first names, or a spelling variant."""
    fa, fb = lx.fold(a), lx.fold(b)
    if fa == fb:
        return True
    wa, wb = fa.split(), fb.split()
    shorter, longer = sorted((wa, wb), key=len)
    if len(shorter) >= 2 and longer[-len(shorter) :] == shorter:
        return True  # "Sam An" is "Um Sam An", "Lopez Obrador" is "Andres Manuel Lopez Obrador"
    if wa[-1] == wb[-1] and (
        wa[0] == wb[0] or wa[0].rstrip(".") == wb[0][:1] or wb[0].rstrip(".") == wa[0][:1]
    ):
        return True
    return len(wa) == len(wb) and fuzz.ratio(fa, fb) >= FUZZY_NAME_SCORE


def shares_surname(single: str, full: str) -> bool:
    """ "Putin" is "Vladimir Putin"; "Kim" is "Kim Yong Hyun" (family name first); close spellings too."""
    word, last = lx.fold(single), lx.fold(full).split()[-1]
    if word == last or word == family_name(full):
        return True
    return len(word) >= 5 and fuzz.ratio(word, last) >= FUZZY_NAME_SCORE


def given_name_gender(full: str) -> str | None:
    """The gender a full name's given name almost always has ("Mark Cole" -> male), else None.

    Names written family name first ("Kim Yong Hyun") have no given name in front and stay unknown.
    """
    parts = lx.fold(full).split()
    if len(parts) < 2 or family_name(full) == parts[0]:
        return None
    return lx.first_name_genders().get(parts[0])


def family_name(full: str) -> str:
    """The family name of a full name: the first word of a Chinese, Korean or Vietnamese name of two
    or three words ("Kim Yong Hyun", "Li Qiang"), else the last word."""
    parts = lx.fold(full).split()
    if 2 <= len(parts) <= 3 and parts[0] in lx.FAMILY_NAME_FIRST:
        return parts[0]
    return parts[-1]


def group_name(surface: str) -> str:
    """ "12,000 North Korean troops" -> "North Korean troops" (leading determiners and numbers go)."""
    words = surface.split()
    while len(words) > 1 and (words[0].lower() in LEADING_QUANTIFIERS or any(c.isdigit() for c in words[0])):
        words = words[1:]
    return " ".join(words)


def _proper_words(name: str) -> bool:
    return any(w[:1].isupper() for w in name.split())


def link_mentions(finder: MentionFinder, candidates: list[Candidate]) -> Linker:
    """Link ``candidates`` into entities; the linker holds ``entities`` and ``links``."""
    linker = Linker(finder, candidates)
    linker.run()
    return linker
