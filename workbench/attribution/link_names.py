"""Names linked over the whole report: countries and places by name, people by full name, surname and
spelling, organisations by name, acronym and content words, groups by country and content.
"""

from __future__ import annotations

from .. import lexicon as lx
from .link_entities import (
    GENERIC_ORG_HEADS,
    Entity,
    given_name_gender,
    group_name,
    organisation_fits,
    proper_words,
    same_person,
    shares_surname,
)
from .link_pronouns import PronounLinks
from .mention_base import Candidate


class NameLinks(PronounLinks):
    """Clusters the named mentions of a report into entities (see :class:`PronounLinks`)."""

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
        given = {lx.fold(c.name.split()[0]) for _, c in people if len(c.name.split()) > 1}  # "Odile" too
        for index, cand in enumerate(self.candidates):  # a surname spaCy took for an organisation
            if (
                cand.kind == "organisation"
                and cand.form == "name"
                and not cand.roles
                and (
                    lx.fold(cand.name) in surnames
                    or (lx.fold(cand.name) in given and not cand.name.isupper())  # "FEMA" is a body
                )
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
            if (
                not matches
            ):  # "Odile Bulten ... Odile said": a given name alone, after one full name opening with it
                matches = [
                    e
                    for e in self.entities
                    if e.kind == "person"
                    and len(e.name.split()) > 1
                    and lx.fold(e.name).split()[0] == lx.fold(cand.name)
                ]
                matches = matches if len(matches) == 1 else []
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
                proper_words(cand.name)
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
            shared = (words & theirs_words) - lx.ORG_NOUNS - {"the", "of", "and", "&"} - CHAMBER_WORDS
            if _parent_acronym(cand.name, entity.name) or _parent_acronym(entity.name, cand.name):
                continue  # "UN" and "UN Office for the Coordination of Humanitarian Affairs": two bodies
            if shared and (words <= theirs_words or theirs_words <= words):
                if (words < theirs_words and _after_of(folded, lx.fold(entity.name))) or (
                    theirs_words < words and _after_of(lx.fold(entity.name), folded)
                ):
                    continue  # "Rancagua" is not the "Municipal Educational Corporation of Rancagua"
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


#: Words that alone name a legislative chamber: "the House" is not "the White House".
CHAMBER_WORDS = frozenset({"house"})


def _parent_acronym(short: str, long: str) -> bool:
    """Is ``short`` an acronym that opens the longer name of one of its bodies ("UN" in "UN Office ...")?"""
    words = long.split()
    return short.isupper() and " " not in short and len(words) > 1 and words[0] == short


def _after_of(short: str, long: str) -> bool:
    """Is ``short`` only what follows "of", "for" or "in" in ``long`` (the place or field a body serves)?"""
    words = long.split()
    spot = next((k for k in range(len(words)) if " ".join(words[k : k + len(short.split())]) == short), None)
    return spot is not None and spot > 0 and words[spot - 1] in ("of", "for", "in")
