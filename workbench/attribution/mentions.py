"""Where actors are named: names, titled names, descriptions, groups, pronouns, metonyms.

:func:`find_mentions` reads one report's NLTK tokens with spaCy's tags, parse and entities
and returns :class:`Candidate` mentions, each with a kind (person, organisation, country,
place, group) decided from the words around it rather than from spaCy's label alone:
a title or role before a name makes a person ("regional governor Oleh Syniehubov"), an
organisation noun an organisation ("the aid group Manos Abiertas"), a capital outside a
place phrase stands for its country ("Moscow said"), a demonym before a group noun
names a group ("North Korean troops"). The registry (:mod:`workbench.actors`) links them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import lexicon as lx
from ..dates import dateline_tokens
from .mention_base import Candidate
from .mention_nouns import NounPhraseMentions
from .mention_words import (
    SUBJECT_DEPS,
)

if TYPE_CHECKING:
    from ..report import Report


class MentionFinder(NounPhraseMentions):
    """Finds candidate mentions in one report (use :func:`find_mentions`): names, then descriptions,
    then demonyms and pronouns, then which of them are subjects."""

    def add_demonyms_and_pronouns(self) -> None:
        for tok in self.doc:
            i = tok.i
            if self.taken[i]:
                continue
            word = self.lower[i]
            if (
                self.quote_depth[i] == 0
                and tok.dep_ in SUBJECT_DEPS
                and (word in lx.PERSON_PRONOUNS or word in ("it", "they"))
            ):
                kind = (
                    "person" if word in lx.PERSON_PRONOUNS else ("organisation" if word == "it" else "group")
                )
                cand = Candidate(i, i + 1, i, kind, "pronoun", self.words[i], surface_start=i, subject=True)
                cand.gender = lx.PERSON_PRONOUNS.get(word)
                self.candidates.append(cand)
                continue
            if self.is_capitalised(i):
                two = self.surface(i, i + 2) if i + 1 < len(self.words) else ""
                country = self._demonym(two) if two else None
                width = 2 if country else 1
                country = country or self._demonym(self.words[i])
                if (country and tok.dep_ in ("amod", "compound", "nmod")) or (country and tok.pos_ == "ADJ"):
                    self.candidates.append(
                        Candidate(i, i + width, i + width - 1, "country", "demonym", country, surface_start=i, country=country,
                                  in_quote=self.quote_depth[i] > 0)
                    )  # fmt: skip
                    for k in range(i, i + width):
                        self.taken[k] = True

    def mark_subjects(self) -> None:
        heads = {c.head: c for c in self.candidates}
        for cand in self.candidates:
            tok = self.doc[cand.head]
            if (
                tok.dep_ in SUBJECT_DEPS
                or (tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS)
                or (tok.dep_ == "compound" and tok.head.i in heads and tok.head.dep_ in SUBJECT_DEPS)
            ):
                cand.subject = True

    def skip_datelines(self) -> None:
        """ "KYIV, Nov 3 (Wire) -" opening a paragraph is a dateline, not a mention."""
        for k in dateline_tokens(self.report):
            self.taken[k] = True

    def find(self) -> list[Candidate]:
        self.skip_datelines()
        self.add_names()
        self.add_noun_phrases()
        self.add_demonyms_and_pronouns()
        self.mark_subjects()
        self.candidates.sort(key=lambda c: (c.start, c.end))
        return self.candidates


def find_mentions(report: Report) -> tuple[MentionFinder, list[Candidate]]:
    """Every candidate mention in ``report`` in document order, with the finder that found them."""
    finder = MentionFinder(report)
    return finder, finder.find()
