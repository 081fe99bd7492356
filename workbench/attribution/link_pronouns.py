"""Pronouns linked: "he", "she", "it", "they" take the most recent fitting actor outside quotes (speakers
and subjects first), unless two fit (then ambiguous), never one named inside what the pronoun reports.
"""

from __future__ import annotations

from .. import lexicon as lx
from .cues import is_cue
from .link_base import LinkState
from .link_entities import PRONOUN_WINDOW, Entity, pronoun_fits
from .mention_base import Candidate

#: Verbs with which someone names a thing in their own words ("what he called", "which they described as").
NAMING_VERBS = frozenset("call describe term dub label characterise characterize brand".split())

#: Subordinators of a clause fronted before the main clause it says something about.
FRONTING_SUBORDINATORS = frozenset("since after when as before although though while once because".split())


#: Prepositions that put someone somewhere: "X was on another boat", "was among the survivors".
PLACING_PREPOSITIONS = frozenset("on in at among aboard inside near".split())


class PronounLinks(LinkState):
    """Finds the antecedent of a pronoun among the links made so far (see :class:`LinkState`)."""

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

    def _fronted_clause_subject(self, token: int) -> int | None:
        """The subject of the main clause after a fronted subordinate clause whose subject is the pronoun:
        "Since it began its offensive, Russia has failed", "When she took office, Ms X promised ...".

        English news copy opens a sentence with such a clause to say something of the main clause's
        subject before naming it (the index of its candidate is returned; names only).
        """
        tok = self.doc[token]
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.head.i < verb.i:
            return None
        if not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in FRONTING_SUBORDINATORS for c in verb.children
        ):
            return None
        main = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if main is None or main.i < verb.i:
            return None
        index = self.covering.get(main.i)
        return index if index is not None and self.candidates[index].form == "name" else None

    def _met_in_fronted_clause(self, token: int) -> set[int]:
        """ "After meeting Governor X to dissolve parliament, he made the announcement": a subject pronoun is
        the doer of a subjectless clause fronted before it, so whom that clause names as its object or
        companion is someone else (the tokens of those phrases are returned)."""
        tok = self.doc[token]
        verb = tok.head
        if tok.dep_ != "nsubj":
            return set()
        found: set[int] = set()
        for clause in verb.children:
            if clause.i > tok.i or clause.dep_ not in ("advcl", "prep"):
                continue
            inner = [clause] if clause.dep_ == "advcl" else [c for c in clause.children if c.dep_ == "pcomp"]
            for participle in inner:
                if participle.tag_ != "VBG" or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in participle.children
                ):
                    continue
                found |= {t.i for t in participle.subtree if t.i != participle.i}
        return found

    def _naming_clause_subject(self, token: int) -> int | None:
        """The subject of the sentence's main clause, for the subject of "what he called", "which they
        described as": a speaker or actor who names something in his own words within his own sentence
        ("Godane issued a message calling for jihad against what he called '...'"; "The official said Chen
        may stay, in what he described as a 'safe' place"). The index of its candidate, names and
        descriptions only."""
        tok = self.doc[token]
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_.lower() not in NAMING_VERBS:
            return None
        if not any(
            c.lower_ in ("what", "which") and c.dep_ in ("dobj", "nsubjpass", "oprd") for c in verb.children
        ):
            return None
        root = tok.sent.root
        main = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if main is None or main.i == token:
            return None
        index = self.covering.get(main.i)
        return index if index is not None and self.candidates[index].form != "pronoun" else None

    def _known_speaker(self, by_sentence: dict[int, list[int]], *, before: int, gender: str) -> Entity | None:
        """The latest speaker of ``gender`` in the sentences before ``before`` (within the window).

        A gendered pronoun reporting speech whose nearest fitting person is of unknown gender and said
        nothing goes to a person known to be of that gender who has just spoken: "he said" continues a
        speaker (a pronoun doing anything else, "he returned to office", is the person named last).
        """
        for sid in sorted((s for s in by_sentence if s < before), reverse=True):
            for i in sorted(by_sentence[sid], key=lambda i: -self.candidates[i].start):
                entity = self.links[i]
                if self.candidates[i].speaker and entity.kind == "person" and entity.gender == gender:
                    return entity
        return None

    def _reports(self, token: int) -> bool:
        """The pronoun is the subject of a reporting verb ("he said", "she added")."""
        tok = self.doc[token]
        return tok.dep_ == "nsubj" and is_cue(self.doc, tok.head.i)

    def _introduced(self, index: int) -> bool:
        """ "Lakshman Hulugalle is the director general at the Media Center. '...,' he said": a person brought
        in by a sentence that says what post they hold is who the next "he" or "she" means, though their
        given name does not tell their sex; a speaker quoted before does not take the pronoun from them. So
        is one a sentence puts somewhere ("X of Dalmor was on another boat. '...,' he told the radio")."""
        tok = self.doc[self.candidates[index].head]
        verb = tok.head
        return (
            tok.dep_ == "nsubj"
            and verb.lemma_ == "be"
            and verb.dep_ == "ROOT"
            and any(
                (c.dep_ == "attr" and c.lemma_.lower() in lx.ROLE_NOUNS)
                or (c.dep_ == "prep" and c.lower_ in PLACING_PREPOSITIONS)
                for c in verb.children
            )
        )

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
        for clause in clauses:
            if clause.i < tok.i and is_cue(self.doc, clause.i):
                # "X told AFP that ..., he said": a report that is itself X's telling, attributed twice
                reported -= {t.i for c in clause.children if c.dep_ == "nsubj" for t in c.subtree}
        return reported

    def _speaker_goes_on(self, token: int, top: int, rivals: list[int]) -> bool:
        """ "Stevens gave his life for Libya, Clinton said. 'The world needs more like him,' she added": a
        pronoun that is the subject of a reporting verb, whose nearest fitting actor is a speaker and no
        other fitting actor spoke, continues that speaker; people named inside what was said do not
        compete with the one who said it."""
        tok = self.doc[token]
        return (
            tok.dep_ == "nsubj"
            and is_cue(self.doc, tok.head.i)
            and self.candidates[top].speaker
            and not any(self.candidates[i].speaker for i in rivals)
        )

    def _window(self, sentence: int) -> list[int]:
        """The pronoun's sentence and the :data:`PRONOUN_WINDOW` sentences before it, not counting
        sentences wholly inside quote marks: a five-sentence quote before "he said" is one turn."""
        window, counted, sid = [], 0, sentence
        while sid >= 0 and counted <= PRONOUN_WINDOW:
            window.append(sid)
            if not self._quoted_sentence(sid):
                counted += 1
            sid -= 1
        return window

    def _quoted_sentence(self, sentence: int) -> bool:
        sentences = self.finder.report.sentences
        first, last = self.finder.report.token_range(
            int(sentences["start"].iloc[sentence]), int(sentences["end"].iloc[sentence])
        )
        return last > first and all(
            self.finder.quote_depth[i] > 0 or self.doc[i].is_punct for i in range(first, last)
        )

    def _headline_mention_before_body(self, cand: Candidate, pronoun: Candidate) -> bool:
        """ "Man Pleads Guilty ..." over "X pleaded guilty today ... He pleaded guilty before Judge Y": news
        copy names again in its body whoever its headline speaks of, so a pronoun of the body never reaches
        back into the headline."""
        return (
            self.finder.paragraph_kind(cand.head) == "title"
            and self.finder.paragraph_kind(pronoun.head) != "title"
        )

    def _demonym_on_a_thing(self, cand: Candidate) -> bool:
        """ "rights promised to the former British colony when it returned to China": a demonym describing a
        noun that names no actor (a colony, a ship) is not what a later pronoun means; the noun is."""
        head = self.doc[cand.head]
        return (
            cand.form == "demonym"
            and head.dep_ in ("amod", "compound")
            and head.head.pos_ == "NOUN"
            and not self.headed_within(head.head.i, head.head.i)
        )

    def _thing_was_the_subject(self, token: int) -> bool:
        """ "The ferry left Manila Friday. However, it ran aground Saturday": when the latest subject before
        a subject "it" (in its sentence or the one before) is a thing that names no actor, "it" continues
        that thing, not an actor named further back."""
        tok = self.doc[token]
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        first = self.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0
        subjects = [
            t
            for t in self.doc[first:token]
            if t.dep_ in ("nsubj", "nsubjpass") and self.finder.quote_depth[t.i] == 0
        ]
        if not subjects:
            return False
        latest = subjects[-1]
        return latest.pos_ == "NOUN" and latest.i not in self.covering

    def _antecedent(self, index: int, pronoun: Candidate, *, word: str | None = None) -> Entity | None:
        """The most recent compatible actor: this sentence before the pronoun, then earlier ones."""
        word = word or self.finder.lower[pronoun.head]
        sentence = self.finder.sentence_ids[pronoun.head]
        posts = self.finder.post_ids
        post = posts[pronoun.head]
        reported = self._reported_by(pronoun.head) | self._met_in_fronted_clause(pronoun.head)
        parallel = self._parallel_subject(pronoun.head)
        if parallel is not None and parallel in self.links and pronoun_fits(word, self.links[parallel]):
            return self.links[parallel]
        main = self._fronted_clause_subject(pronoun.head)
        if main is not None and main in self.links and pronoun_fits(word, self.links[main]):
            return self.links[main]
        namer = self._naming_clause_subject(pronoun.head)
        if namer is not None and namer in self.links and pronoun_fits(word, self.links[namer]):
            return self.links[namer]
        if word == "it" and self._thing_was_the_subject(pronoun.head):
            return None
        by_sentence: dict[int, list[int]] = {}
        for sid in self._window(sentence):
            for i in self.by_sentence.get(sid, ()):
                cand = self.candidates[i]
                if (
                    i in self.links
                    and not cand.in_quote
                    and cand.start < pronoun.start
                    and posts[cand.head] == post
                    and cand.head not in reported
                    and not self._demonym_on_a_thing(cand)
                    and not self._headline_mention_before_body(cand, pronoun)
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
            if (
                self._reports(pronoun.head)
                and not self.candidates[fitting[0]].speaker
                and not self._introduced(fitting[0])
            ):
                speaker = self._known_speaker(by_sentence, before=sid, gender=gender)
                if speaker is not None:
                    return speaker  # "X told VOA ..., but he declined. Sally did not appear. '...,' he said."
            salient = self.candidates[fitting[0]].subject or self.candidates[fitting[0]].speaker
            rival_indices = [
                i
                for i in fitting[1:]
                if self.links[i] is not top
                and not (salient and self.doc[self.candidates[i].head].dep_ in ("poss", "pobj"))
            ]
            if self._speaker_goes_on(pronoun.head, fitting[0], rival_indices):
                return top
            rivals = [self.links[i] for i in rival_indices]
            if rivals:  # "A met B. She said": who is she? unsure, and said so
                self.ambiguous[index] = list(dict.fromkeys([top, *rivals]))
                return None
            return top
        return None
