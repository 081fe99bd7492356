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

from .. import lexicon as lx
from .cues import agent_of, is_cue, is_naming, is_negated
from .link_descriptions import DescriptionLinks
from .mention_base import Candidate
from .mentions import MentionFinder


class Linker(DescriptionLinks):
    """Links one report's candidate mentions to entities (use :func:`link_mentions`): speakers marked,
    names clustered, genders learnt, then descriptions and pronouns in reading order."""

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
        """Agents of reporting verbs, unless the verb is denied ("declined to answer", "did not say"), and
        of verbs that put a quoted label on something ("X called the situation 'grim'": X's words)."""
        depth = self.finder.quote_depth
        for tok in self.doc:
            labels = is_naming(self.doc, tok.i) and any(depth[t.i] > depth[tok.i] for t in tok.subtree)
            if (is_cue(self.doc, tok.i) or labels) and not is_negated(self.doc, tok.i):
                agent = agent_of(self.doc, tok.i, self.at, level=self.finder.quote_depth.__getitem__)
                if (
                    agent is not None
                    and self.finder.quote_depth[agent.head] == self.finder.quote_depth[tok.i]
                ):
                    agent.speaker = True


def link_mentions(finder: MentionFinder, candidates: list[Candidate]) -> Linker:
    """Link ``candidates`` into entities; the linker holds ``entities`` and ``links``."""
    linker = Linker(finder, candidates)
    linker.run()
    return linker
