"""Claims in a sentence: the subject of a claim verb ("X said", "X estimated"), "according to X", a
postposed "..., X said", and which of them reaches a figure through the parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dates import dateline_tokens
from ..lexicon import TIME_LABELS
from .claimant_base import AMBIGUOUS_CLAIMANT, Claim, Claimant
from .claimant_names import ClaimantNames
from .claimant_words import (
    COMMISSIVE_VERBS,
    FIRST_PERSON,
    cannot_speak,
    claim_edge,
    document_verb_kind,
    is_aside,
    is_named,
    modifier_participle,
    names_an_actor,
    negated,
    postposed_segments,
    verb_kind,
    wished_for,
    within,
)
from .cues import name_before_a_date, person_ending_the_subject, quoted_as_saying
from .mention_words import CALENDAR_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Things that show but say nothing: "officials say tests confirm ...": the officials claim it.
EVIDENCE_NOUNS = frozenset("test sample evidence footage image photo picture video scan".split())


def _evidence_reported(subject: Token, verb: Token) -> bool:
    """ "Health officials say tests confirm a girl who died was infected": evidence that "confirms" or
    "shows" inside what someone reports is theirs to claim, the reporting verb above reaches the figure."""
    return subject.lemma_.lower() in EVIDENCE_NOUNS and _in_reported_clause(verb)


def _in_reported_clause(verb: Token) -> bool:
    """Is ``verb`` the head of the clause a verb of saying reports ("officials say [tests confirm ...]")?"""
    return verb.dep_ == "ccomp" and verb_kind(verb.head) == "speech"


def _bound_pronoun(subject: Token, verb: Token) -> Token | None:
    """ "A rebel said on Tuesday he believed 30 had been killed", "Witnesses tell VOA that they could confirm
    12 were killed": "he" (or "they", after a plural) in the clause of a reporting verb is that verb's own
    subject, a noun, whoever was named before."""
    if subject.lower_ not in ("he", "she", "they") or not _in_reported_clause(verb):
        return None
    outer = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if outer and subject.lower_ == "they" and outer[0].tag_ not in ("NNS", "NNPS"):
        return None
    return outer[0] if outer else None


#: Nouns of saying whose "that" clause is what their owner says ("China's claim that only ten died").
CLAIM_NOUNS = frozenset("claim assertion statement insistence contention estimate announcement".split())


def _claim_noun_owner(token: Token) -> Token | None:
    """The owner of a noun of saying followed by a "that" clause: "China's claim that only ten people are
    dead" is China's claim of the figure."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in CLAIM_NOUNS:
        return None
    said = [
        c
        for c in token.children
        if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)
    ]
    owners = [
        c
        for c in token.children
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and c.ent_type_ not in TIME_LABELS
    ]  # "yesterday's announcement that ...": a day owns nothing it could say
    return owners[0] if said and owners else None


#: Sources a speaker relays without naming them ("reliable sources", "reports"): the claim stays the speaker's.
UNNAMED_SOURCES = frozenset("source report account".split())


class SentenceClaims(ClaimantNames):
    """Finds each sentence's claims and the claim that reaches a figure (see :class:`ClaimantNames`)."""

    def _sentence_claims(self, sentence_id: int) -> list[Claim]:
        first, last = self.sentence_tokens[sentence_id]
        claims: list[Claim] = []
        for i in range(first, last):
            token = self.doc[i]
            lower = token.lower_
            if lower == "according" and i + 1 < last and self.doc[i + 1].lower_ == "to":
                objects = [c for c in self.doc[i + 1].children if c.dep_ == "pobj"]
                if objects:
                    claimant = self._resolve(objects[0], how="according to", according=True)
                    claims.append(Claim(i, objects[0].i, "according", claimant))
                continue
            source = _heard_from(token)
            if source is not None:  # "as we have heard from the UN, hundreds have been killed"
                claims.append(Claim(i, source.i, "speech", self._resolve(source, how="hear from")))
                continue
            owner = _claim_noun_owner(token)
            if owner is not None:  # "despite China's claim that only ten people are dead"
                claims.append(Claim(i, owner.i, "speech", self._resolve(owner, how=token.lemma_.lower())))
                continue
            kind = verb_kind(token) or document_verb_kind(token)
            if kind is None or negated(token) or wished_for(token) or modifier_participle(token):
                continue
            subject = self._subject(token)
            if subject is None or cannot_speak(subject, token) or _evidence_reported(subject, token):
                continue
            said = subject.head if subject.dep_ == "nsubj" and subject.head.pos_ in ("VERB", "AUX") else token
            claimant = self._resolve(subject, how=said.lemma_.lower(), claims=claims)
            claims.append(Claim(i, subject.i, kind, claimant))
            if claimant is not None:
                self.history.append((self.token_starts[i], claimant))
        return claims

    def _subject(self, verb: Token) -> Token | None:
        """The claimant's head token for a reporting verb, or None (passives need a "by" agent)."""
        agents = [c for c in verb.children if c.dep_ == "agent"]
        if agents:
            objects = [c for c in agents[0].children if c.dep_ == "pobj"]
            return objects[0] if objects else None
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None
        # "The agency today announced": the parse may make "today" a subject too; a date claims nothing
        subjects = [
            c
            for c in verb.children
            if c.dep_ == "nsubj" and c.ent_type_ not in TIME_LABELS and c.lower_ not in CALENDAR_WORDS
        ]
        named = name_before_a_date(verb)
        if named is not None:
            return named  # "Mr. X Monday said ...": the name the parse hung on the date
        apposed = _apposed_before(verb)
        if apposed is not None and all(s.i < apposed.i and s.i != apposed.head.i for s in subjects):
            return apposed  # "There are 965 troops at the border, the chief of the bureau told reporters"
        if subjects:
            before = [s for s in subjects if s.i < verb.i]
            subject = max(before, key=lambda s: s.i) if before else min(subjects, key=lambda s: s.i)
            if subject.i in dateline_tokens(self.report):  # "WASHINGTON - The agency today announced"
                return next((c for c in subject.children if c.dep_ in ("appos", "conj")), None)
            return _bound_pronoun(subject, verb) or person_ending_the_subject(subject)
        if (
            verb.dep_ in ("advcl", "xcomp", "conj")
            and verb.head.i != verb.i
            and verb_kind(verb.head) is not None
        ):
            return self._subject(verb.head)  # "..., adding that", "said ... and added"
        if verb.dep_ == "conj" and verb.head.i != verb.i:
            heads = [c for c in verb.head.children if c.dep_ == "nsubj"]
            return (
                heads[0] if heads else None
            )  # "Russia accuses X of ... and says 15 ...": one subject, two verbs
        quoted = quoted_as_saying(verb)
        if quoted is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in quoted.children):
            return self._subject(quoted.head)  # "CNN quoted a source as saying": the outlet vouches for it
        if quoted is not None:
            return quoted
        reports = any(c.dep_ == "ccomp" for c in verb.children)
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and verb.head.dep_ == "pobj"
            and verb.head.head.lower_ == "with"
        ):
            return verb.head  # "..., with officials saying more than 200 are missing": who says is who claims
        if verb.dep_ == "acl" and reports and is_named(verb.head):
            return verb.head  # a misparse of "Firm X, a reinsurer, estimated that ..."
        comma = verb.doc[verb.i - 1] if verb.i > 0 else None
        if reports and comma is not None and comma.text == "," and comma.i > 0:
            named = verb.doc[comma.i - 1]
            if named.dep_ == "appos" and is_named(named):
                return named  # "..., whose director, Dr X, said ..."
            if named.dep_ == "appos" and is_named(named.head):
                return named.head
        if verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and verb.head.i != verb.i:
            heads = [c for c in verb.head.children if c.dep_ == "nsubj"]
            return heads[0] if heads else None  # "X defended the count, saying that ..."
        return None

    def _from_claims(self, sentence_id: int, anchor: int) -> tuple[Claimant | None, bool]:
        """(claimant, blocked): blocked when the figure sits in an aside no claim reaches."""
        claims = self.claims[sentence_id]
        if not claims:
            return None, self._in_aside(anchor)
        by_verb = {c.verb: c for c in claims if c.kind != "according"}
        token = self.doc[anchor]
        child = token
        reached: list[Claim] = []
        described: Claim | None = None  # the claim whose claimant's own description holds the figure
        in_description = False  # climbed out of a clause that describes a noun ("the attack that killed 31")
        while child.head.i != child.i:
            head = child.head
            if is_aside(child) and child.i not in by_verb and not self._reported_aside(child, by_verb):
                break
            in_description = in_description or child.dep_ in ("relcl", "acl")
            claim = by_verb.get(head.i)
            if claim is not None and in_description and head.lemma_.lower() in COMMISSIVE_VERBS:
                claim = None  # "vowed to avenge the attack that killed 31": the vow is not about the 31
            if claim is not None:
                subject = self.doc[claim.subject] if claim.subject is not None else None
                # "Representatives of 50 nations pledged ..., X said": a figure in a claimant's own
                # description is not theirs, nor X's; but a count of the subject itself ("the ministry said
                # at least 30 people have sought treatment") is the outer speaker's
                counts_subject = subject is not None and (
                    token.head.i == subject.i or _part_of_count(token, subject)
                )
                if (
                    subject is not None
                    and within(subject, anchor)
                    and not within(subject, head.i)
                    and not counts_subject
                ):
                    described = claim
                    break
                if claim_edge(head, child, claim.kind) and claim.claimant is not None:
                    reached.append(claim)
            child = head
        if reached:
            speech = [c for c in reached if c.kind == "speech"]
            return (speech or reached)[0].claimant, False
        framed = _framing_attribution(claims, child) if child.head.i == child.i else None
        if framed is not None:
            return framed, False
        trailing = self._postposed_claimant(claims, anchor, described=described)
        if child.head.i != child.i and described is None:
            if trailing is not None:
                return trailing, False  # "..., where 90% face hunger, aid agencies say": the aside too
            framing = self._framing_according(claims, anchor)
            return framing, framing is None  # stopped in an aside
        if trailing is not None:
            return trailing, False  # "..., officials said." after what they said
        if described is not None:
            return None, True  # in a claimant's own noun phrase, and no one else reports it
        for claim in claims:
            if claim.kind == "according" and claim.claimant is not None:
                according = self.doc[claim.verb]
                if not within(according, anchor):
                    return claim.claimant, False
        return None, False

    def _postposed_claimant(
        self, claims: list[Claim], anchor: int, *, described: Claim | None
    ) -> Claimant | None:
        """The claimant of a trailing "..., officials said." whose reported words hold the figure."""
        for claim in claims:
            if (
                claim.claimant is None
                or claim.kind == "according"
                or claim.subject is None
                or claim is described
            ):
                continue
            subject = self.doc[claim.subject]
            subject_first = self.offsets.token_range(*self._core_span(subject))[0]
            segments = postposed_segments(self.doc[claim.verb], subject, subject_first)
            if any(start <= anchor < end for start, end in segments):
                return claim.claimant
        return None

    def _relayed_in_quote(self, sentence_id: int, anchor: int, q_start: int, q_end: int) -> Claimant | None:
        """ "Civil defence teams tell us at least five people are under the rubble": a figure the speaker
        relays from someone else is that someone's claim. None when the speaker claims it (no reporting verb
        inside the quote, or "I"/"we" report it); :data:`AMBIGUOUS_CLAIMANT` when a "he"/"they" inside the quote
        reports it (someone other than the speaker, not safely known)."""
        inside = [
            c
            for c in self.claims[sentence_id]
            if c.kind != "according"
            and c.subject is not None
            and q_start <= self.token_starts[c.verb] < q_end
            and q_start <= self.token_starts[c.subject] < q_end
        ]
        if not inside:
            return None
        by_verb = {c.verb: c for c in inside}
        child = self.doc[anchor]
        while child.head.i != child.i and q_start <= self.token_starts[child.head.i] < q_end:
            head = child.head
            claim = by_verb.get(head.i)
            if claim is not None and claim_edge(head, child, claim.kind):
                return self._relayer(claim)
            child = head
        for claim in inside:  # "They told me 40 people died" with "died" hung on the verb outside
            verb = self.doc[claim.verb]
            if child.left_edge.i == verb.right_edge.i + 1 and verb.i < anchor:
                return self._relayer(claim)
        return None

    def _relayer(self, claim: Claim) -> Claimant | None:
        assert claim.subject is not None
        subject = self.doc[claim.subject]
        if subject.lower_ in FIRST_PERSON or any(c.lower_ in ("our", "my") for c in subject.children):
            return None  # "we estimate", "our teams found": the speaker's own claim
        if subject.lemma_.lower() in UNNAMED_SOURCES:
            return None  # "reliable sources have confirmed 80 dead", the speaker says: the speaker's claim
        if subject.pos_ == "PRON" or claim.claimant is None:
            return AMBIGUOUS_CLAIMANT  # "they told me": someone else, not safely known
        verb = self.doc[claim.verb]
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return None  # "the commission will confirm ... a runoff in two weeks": what the speaker expects
        if claim.claimant.actor_id is None and not names_an_actor(subject):
            return None  # "a rapid screening indicates 30 cases", the speaker says: the speaker's evidence
        return Claimant(**{**claim.claimant.__dict__, "how": "relayed in a quote"})

    def _framing_according(self, claims: list[Claim], anchor: int) -> Claimant | None:
        """ "According to X, ..." opening a sentence or ", according to X." closing it covers every
        figure of the sentence, asides and conversions in brackets included."""
        for claim in claims:
            if claim.kind != "according" or claim.claimant is None:
                continue
            according = self.doc[claim.verb]
            sentence = according.sent
            closing = (
                anchor < according.i
                and according.i > sentence.start
                and self.doc[according.i - 1].text in (",", "—", "–")
                and all(t.is_punct for t in self.doc[according.right_edge.i + 1 : sentence.end])
            )
            start = claim.subject if claim.subject is not None else according.i
            comma = next((j for j in range(start, sentence.end) if self.doc[j].text == ","), None)
            opening = (
                comma is not None
                and anchor > comma
                and all(t.is_punct for t in self.doc[sentence.start : according.i])
            )
            if closing or opening:
                return claim.claimant
        return None

    def _reported_aside(self, aside: Token, by_verb: dict[int, Claim]) -> bool:
        """An aside inside the clause a speech verb reports is part of what was said."""
        t = aside.head
        while t.head.i != t.i:
            if t.dep_ == "ccomp" and t.head.i in by_verb and by_verb[t.head.i].kind == "speech":
                return True
            t = t.head
        return False

    def _in_aside(self, anchor: int) -> bool:
        child = self.doc[anchor]
        while child.head.i != child.i:
            if is_aside(child):
                return True
            child = child.head
        return False


def _apposed_before(verb: Token) -> Token | None:
    """ "There are 965 troops at the border, the chief of the bureau told reporters": a trailing reporting
    verb left without a subject because the parse made the noun phrase before it, after a comma, an
    apposition of the noun before the comma; that phrase is the subject."""
    doc = verb.doc
    for token in doc[verb.sent.start : verb.i]:
        if (
            token.dep_ == "appos"
            and token.pos_ in ("NOUN", "PROPN")
            and token.right_edge.i == verb.i - 1
            and token.left_edge.i > verb.sent.start
            and doc[token.left_edge.i - 1].text == ","
        ):
            return token
    return None


def _heard_from(token: Token) -> Token | None:
    """ "We have heard from the UN that ...", "as we've heard from the UN, ...": whom the hearing is from
    is who tells it."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("hear", "learn"):
        return None
    source = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    heard = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
    return heard if heard is not None and heard.pos_ in ("NOUN", "PROPN") else None


def _framing_attribution(claims: list[Claim], root: Token) -> Claimant | None:
    """A reporting clause that frames the sentence it attributes: set off by commas inside it ("The army,
    officials said, has deployed 3,000 troops", parsed as a parataxis on the main verb), or opened by "as"
    before it ("As the ministry said on Monday, 40 people died"); it claims the whole sentence."""
    doc = root.doc
    for claim in claims:
        verb = doc[claim.verb]
        if claim.kind != "speech" or claim.claimant is None or verb.head.i != root.i:
            continue
        if (
            verb.dep_ == "advcl"
            and verb.i < root.i
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        ):
            return claim.claimant
        if verb.dep_ != "parataxis":
            continue
        first, last = verb.left_edge.i, verb.right_edge.i  # the commas may hang on either verb
        opening = first if doc[first].text == "," else first - 1
        closing = last if doc[last].text == "," else last + 1
        if (
            opening > root.sent.start
            and closing < root.sent.end
            and doc[opening].text == doc[closing].text == ","
        ):
            return claim.claimant
    return None


def _part_of_count(number: Token, subject: Token) -> bool:
    """ "at least 30 people, including six police officers, ...": a number counting part of the subject."""
    noun = number.head
    preposition = noun.head
    return noun.dep_ == "pobj" and preposition.lower_ == "including" and preposition.head.i == subject.i
