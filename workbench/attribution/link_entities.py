"""Entities being assembled from linked mentions (:class:`Entity`), and the tests that say whether a
mention can name one: the same person, a shared surname, a fitting role, pronoun or organisation noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .. import lexicon as lx

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
    hundreds thousands one two three four five six seven eight nine ten eleven twelve dozen of all both
    twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million"""
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


#: A leading count ("12,000", "1.5"), unlike a name with digits in it ("M23 rebels", "G7 leaders").
NUMBER_WORD = re.compile(r"[\d.,]+")


def group_name(surface: str) -> str:
    """ "12,000 North Korean troops" -> "North Korean troops" (leading determiners and numbers go, names
    with digits stay: "the M23 rebels" -> "M23 rebels")."""
    words = surface.split()
    while len(words) > 1 and (words[0].lower() in LEADING_QUANTIFIERS or NUMBER_WORD.fullmatch(words[0])):
        words = words[1:]
    return " ".join(words)


def proper_words(name: str) -> bool:
    return any(w[:1].isupper() for w in name.split())
