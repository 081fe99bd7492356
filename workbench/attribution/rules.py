"""How a "who" was decided and how sure it is: the evidence every attribution row carries.

Every speaker, claimant and event agent comes with the rule that named it, in words
(``speaker_how``, ``source_how``, ``actor_how``: "subject of 'said'", "'he' -> the last fitting
person", "according to", "named in the next sentence") and a confidence, so that a notebook can
list the uncertain rows first:

- **high**: the name stands in the attribution itself: the subject of "said" or of a claim verb,
  "according to X", "X:" before a quote;
- **medium**: one step of inference: a pronoun or a description resolved to an actor, a quote that
  goes on from the one before, a claimant named in the next sentence or a transcript's label;
- **low**: read off the layout: the speaker of the previous paragraph or of neighbouring sentences.

A row with no name has no confidence. A pronoun that could mean two actors names neither: its
``*_how`` says "ambiguous" and ``*_candidates`` lists who remained.
"""

from __future__ import annotations

from typing import Literal

from ..lexicon import fold

Confidence = Literal["high", "medium", "low"]
AMBIGUOUS = "ambiguous"
#: Rule -> (what it means, in words; its confidence). A rule not listed is the subject of a verb.
RULES: dict[str, tuple[str, Confidence]] = {
    "according to": ("according to", "high"),
    "statement": ("author of the statement", "high"),
    "document": ("author of the document", "medium"),
    "colon": ("name before a colon", "high"),
    "dash": ("name after a dash", "high"),
    "analyst": ("analyst's correction", "high"),
    "by": ("'by' phrase of the verb", "high"),
    "sides": ("the two sides named", "high"),
    "object control": ("the object of the verb above ('urged X to leave')", "high"),
    "credited": ("whom 'thanked ... for' / 'accused ... of' names for the deed", "high"),
    "the two": ("'the interlocutors' / 'the two X' -> the two people named just before", "medium"),
    "event owner": ("whose event the noun names", "medium"),
    "attack's owner": ("whose attack it was done in", "medium"),
    "same day's act": ("the one actor of that day's acts told before ('Monday's captures')", "medium"),
    "attacks told before": ("the one doer of the attacks told before ('the strikes')", "medium"),
    "quote speaker": ("speaker of the quote it is in", "medium"),
    "quote": ("speaker of the quote it is in", "medium"),
    "heading": ("attribution in the headline", "medium"),
    "headline figure": ("claimant of the same figure in the body", "medium"),
    "previous sentence": ("speaker of the previous sentence", "medium"),
    "previous quote": ("speaker of the quote before", "medium"),
    "continued": ("quote continued from the paragraph before", "medium"),
    "next sentence": ("named in the next sentence", "medium"),
    "transcript turn": ("speaker's turn in a transcript", "medium"),
    "speech": ("the speaker's own prose in a speech", "medium"),
    "block quote": ("the speaker's words set off under 'X said:'", "medium"),
    "we": ("'we' in a national leader's speech -> their country", "medium"),
    "previous paragraph": ("speaker of the previous paragraph", "low"),
    "previous quote paragraph": ("speaker of the previous quote paragraph", "low"),
    "next paragraph": ("named in the next paragraph", "low"),
    "neighbouring sentences": ("speaker of the sentences around it", "low"),
    "continued report": ("an 'in addition' going on with the report before it", "low"),
    "introduced account": ("the one who spoke on the topic before ('X reported on the harvest')", "low"),
    "introduced list": ("who sets out the list ('X urged ... measures including:')", "low"),
}
#: Mentions that name no one by themselves.
PRONOUNS = frozenset("he she it they him her them his its their i we me us my our".split())


def describe(rule: str | None, *, verb: str | None = None, mention: str | None = None) -> str | None:
    """The rule in words: "subject of 'said'", "'he' (subject of 'said') -> the last fitting person"."""
    if not rule:
        return None
    if rule == AMBIGUOUS:
        return f"ambiguous: {mention!r} could mean more than one actor" if mention else AMBIGUOUS
    words = RULES[rule][0] if rule in RULES else f"subject of {verb or rule!r}"
    if rule == "document" and verb:
        words = f"author of the {verb}"
    if rule == "cue" and verb:
        words = "according to" if verb == "according to" else f"subject of {verb!r}"
    if is_pronoun(mention):
        return f"{mention!r} ({words}) -> the last fitting actor"
    if is_description(mention):
        return f"{mention!r} ({words}) -> the actor it describes"
    return words


def confidence(rule: str | None, *, mention: str | None = None) -> Confidence | None:
    """How sure an attribution by ``rule`` through ``mention`` is (None when it names no one)."""
    if not rule or rule == AMBIGUOUS:
        return None
    level: Confidence = RULES[rule][1] if rule in RULES else "high"
    if level == "high" and (is_pronoun(mention) or is_description(mention)):
        return "medium"  # the subject of "said", but the subject is "he" or "the agency"
    return level


def is_pronoun(mention: str | None) -> bool:
    """ "he", "It", "I"; not "US" (an abbreviation written in capitals)."""
    if not isinstance(mention, str):
        return False
    return fold(mention) in PRONOUNS and (mention == "I" or not mention.isupper())


def is_description(mention: str | None) -> bool:
    """ "the agency", "the president": a definite description with no name in it."""
    if not isinstance(mention, str):
        return False
    words = mention.split()
    return len(words) >= 2 and words[0].lower() == "the" and all(w[:1].islower() for w in words[1:])
