"""The words mentions are found by: entity labels, determiners, name connectors, place and thing nouns,
and small tests on words (:mod:`.mentions`)."""

from __future__ import annotations

import re

from .. import lexicon as lx

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
#: Entity labels and words that are never part of an actor's name (dates, numbers, calendar words).
NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
CALENDAR_WORDS = lx.words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"""
)
DETERMINERS = frozenset({"the", "a", "an"})
POSSESSIVE_TOKENS = frozenset({"'s", "’s", "’", "'"})
NAME_CONNECTORS = frozenset(
    {"of", "de", "da", "del", "della", "di", "du", "van", "von", "der", "al", "bin", "&", "y"}
)
#: Nouns before "of NAME" or after a name that make it a place ("the town of X", "X region").
PLACE_NOUNS = lx.words(
    """town city village region province district oblast county state area port island capital
    river sea bay strait gulf border frontier base airport mine field bank valley coast peninsula
    settlement neighbourhood neighborhood suburb municipality prefecture governorate territory zone
    street square road route highway district camp compound plant station"""
)
#: Nouns before a name that make it a thing, not an actor ("the tanker X", "Cyclone X").
THING_NOUNS = lx.words(
    """tanker trawler ship vessel boat ferry freighter cargo carrier submarine frigate destroyer
    cyclone hurricane typhoon storm tropical operation exercise plan programme program project
    treaty agreement accord deal law act bill charter resolution summit conference festival
    system missile rocket drone aircraft jet helicopter tank satellite app platform website
    newspaper magazine channel programme show film book report route highway bridge dam"""
)
NP_LEFT_DEPS = frozenset(
    {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "advmod", "npadvmod"}
)
#: Surnames opening with a lower-case Arabic or Berber particle: "al-Sharafi", "el-Amin", "ould-Taya".
PARTICLE_NAME = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|abu|bin|ibn|ould)[-‑][A-Z]")
#: Longest relative clause (in tokens) kept in an unnamed person's description.
MAX_RELATIVE_CLAUSE = 7
RIGHT_PREPOSITIONS = frozenset({"of", "for", "at", "in", "from", "with", "on"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")

#: Titles written as capitalised phrases that describe an office-holder, and the role they stand for.
ROLE_PHRASES = {
    "head of state": "president",
    "head of government": "premier",
    "commander-in-chief": "president",
}
LEXICON_NOUNS = lx.ORG_NOUNS | lx.ROLE_NOUNS | lx.GROUP_NOUNS | lx.HONORIFICS
APPOSITION_STOPS = frozenset({",", ".", ";", ":", "(", ")", "who", "which", "whose", "said", "says", "and"})


def describes(word: str) -> bool:
    """A noun that can head a description of an actor or a place ("mayor", "reinsurer", "town")."""
    return (
        word in lx.ROLE_NOUNS
        or word.split("-")[-1] in lx.ROLE_NOUNS
        or word in lx.ORG_NOUNS
        or word in PLACE_NOUNS
    )


#: Marks that open a sentence inside a sentence ("“Debris fell ..." starts afresh).
OPENERS = frozenset({"“", '"', "‘", "'", "(", "—", "–", "``"})
#: Determiners of noun phrases that do not point at one actor.
NON_REFERRING = lx.words("which what any no every each another other some either neither whichever whatever")
#: Modifiers that do not tell one body from another ("the new ministry", "the regional council").
GENERIC_MODIFIERS = lx.words(
    "new old former current local national state federal central regional provincial own same other"
)


def strip_determiner(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)


def gender_of(words: list[str]) -> str | None:
    if any(w in lx.MALE_WORDS for w in words):
        return "male"
    if any(w in lx.FEMALE_WORDS for w in words):
        return "female"
    return None
