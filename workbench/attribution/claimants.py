"""Who claims a figure: the speaker of the enclosing quote, the subject of a reporting verb,
"according to X", a pronoun's antecedent, or a source named in the next sentence.

Claimant names go through the shared actor registry (:func:`workbench.actors.actor_registry`)
so that figures, quotes and events name the same actor the same way. When the registry has
no actor for a claimant phrase ("regional authorities", "open-source maps"), the phrase as
printed is the name: the scorer and analysts match it by alias.

The rules are deliberately conservative: a claimant is returned only when the syntax
links the figure to a reporting verb (or an equivalent cue); otherwise None.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from .. import lexicon as lx
from ..actors import Actor, ActorRegistry, actor_registry
from ..lexicon import fold
from ..report import Report
from .transcript import FIXED_LABELS, turn_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Verbs of saying: the subject claims whatever its complement clause says.
SPEECH_VERBS = frozenset(
    """say tell add state claim report announce confirm write insist argue explain reveal allege acknowledge
    admit note warn pledge recommend declare testify post tweet brief stress assert maintain reiterate
    disclose conclude predict deny reply respond answer retort counter recall told said says""".split()
)
#: Verbs of finding or estimating: they claim their object (or "at"/"to" phrase) too.
ESTIMATE_VERBS = frozenset(
    """estimate put record find count calculate expect forecast project attribute register tally document
    verify show suggest indicate log identify""".split()
)
#: Of the verbs above, those whose direct object can be the claimed figure ("announced £12m").
OBJECT_CLAIM_VERBS = frozenset(
    """announce report confirm pledge declare estimate put record find count calculate expect forecast project
    attribute register tally document verify show suggest indicate log identify say claim disclose reveal""".split()
)
NEGATING_HEADS = frozenset("decline refuse fail unable".split())
#: Nouns that name a document or a number, not someone who speaks: their owner is the claimant.
DOCUMENT_NOUNS = frozenset(
    """report reports assessment assessments statement statements estimate estimates projection projections
    data figure figures analysis study survey count counts tally records record review audit calculation
    calculations account census poll polls tracker document documents findings numbers number toll result
    results model models map maps""".split()
)
#: Documents whose author, named when they are introduced ("a report by X"), claims what they say later.
INTRODUCED_DOCUMENTS = frozenset(
    """report assessment study survey analysis review audit census poll statement document tracker
    investigation inquiry paper dossier bulletin update estimate""".split()
)
#: Verbs by which someone brings out a document: "X published a report".
PUBLISH_VERBS = frozenset(
    "publish release issue produce conduct compile commission present submit prepare carry".split()
)
#: Common nouns before a document noun that name its source: "local media reports", "hospital records".
SOURCE_NOUNS = frozenset(
    """media press news hospital hospitals medical health security intelligence official local witness
    witnesses eyewitness eyewitnesses rescue activist activists""".split()
)
#: People who speak for an organisation: "a spokesperson for the agency" is the agency.
SPOKES_NOUNS = frozenset(
    "spokesperson spokesman spokeswoman spokespeople representative representatives".split()
)
#: Generic people nouns: "economists at Firm X" is Firm X when X is named.
GENERIC_PEOPLE = frozenset(
    """official officials economist economists analyst analysts expert experts researcher researchers source
    sources diplomat diplomats staff worker workers observer observers monitor monitors member members
    employee employees scientist scientists engineer engineers doctor doctors""".split()
)
#: Organisation nouns that "the company"-style mentions fall back on when no antecedent shares the noun.
GENERIC_ORGANISATIONS = frozenset("company firm group organisation organization operator business".split())
#: Nouns that can refer back to any organisation named before: "the agency said".
AGENCY_NOUNS = frozenset("agency organisation organization body charity ngo watchdog".split())
#: Head nouns of bodies that "the agency" or "the organisation" does not stand for.
SPECIFIC_INSTITUTIONS = frozenset(
    """ministry army police court party parliament government navy military forces force company firm
    corporation bank university school hospital union council assembly senate congress""".split()
)
PERSON_NOUNS = frozenset(
    """governor minister official spokesperson spokesman spokeswoman director president commander chief mayor
    priest farmer chair chairman chairwoman secretary ambassador general colonel captain officer leader head
    economist analyst expert researcher doctor resident witness executive manager coordinator lawyer judge
    prosecutor senator lawmaker mp deputy adviser advisor envoy negotiator man woman""".split()
)
#: Last words that make a name an organisation even when the tagger calls it a person.
ORGANISATION_WORDS = frozenset(
    """fund network group ministry agency council committee office commission bank company corporation corp
    inc ltd plc llc re associates associados partners party union front league institute foundation
    organisation organization service services force forces army navy police court university brigade corps
    authority administration department registry inspectorate coastguard government assembly parliament
    maritime airlines airways energy holdings capital media news times post press tribune""".split()
)
#: Common nouns for actors: "a council statement" is the council's.
ACTOR_NOUNS = ORGANISATION_WORDS | GENERIC_ORGANISATIONS | GENERIC_PEOPLE | AGENCY_NOUNS | PERSON_NOUNS
PERSON_TITLES = frozenset(
    "mr mrs ms miss dr sir dame lord lady prof gen maj lt col sgt capt cmdr cdr adm brig rev fr sen rep gov".split()
)
PERSON_PRONOUNS = frozenset("he she him her".split())
#: Plural nouns without an -s: "police said" is several people.
IRREGULAR_PLURAL_NOUNS = frozenset("people police staff personnel militia media".split())
THING_PRONOUNS = frozenset("it they them its their".split())
FIRST_PERSON = frozenset("i we me us you".split())
RELATIVE_PRONOUNS = frozenset("who which that whom whose".split())
#: Dependency edges by which a figure's clause enters a reporting verb it is claimed by.
CLAIM_EDGES = frozenset("ccomp xcomp parataxis dobj obj attr oprd dative acomp".split())
SUBJECT_EDGES = frozenset("nsubj nsubjpass csubj csubjpass expl".split())
NAMED_ENTITY_LABELS = frozenset("PERSON ORG GPE NORP FAC LOC".split())

_NEXT_SENTENCE_SOURCE = re.compile(
    r"^\W*(?:That|This|The|Those|These)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:estimate|estimates|figure|figures|number|numbers|count|toll|tally|total|data|calculation|account|"
    r"assessment|projection|projections)\s+(?:[\w-]+\s+){0,2}?(?:came|comes|come|is|was|are|were)\b"
)
#: Words that make the part of a headline before a colon a topic, not a speaker.
HEADING_NOT_ACTORS = frozenset(
    """live war storm cyclone hurricane typhoon quake earthquake flood floods election crisis attack attacks
    explained analysis update updates latest watch video opinion timeline factbox explainer""".split()
)
#: Registry mention forms whose actor a claimant may take over (a coreference the registry made).
REGISTRY_LINKED_FORMS = frozenset({"pronoun"})
_COLON_HEADING = re.compile(r"^\s*((?:[\w’'.&-]+\s+){0,3}[\w’'.&-]+)\s*:\s*$")


class Offsets:
    """Fast offset look-ups for one report (plain lists and bisect instead of DataFrame scans)."""

    def __init__(self, report: Report) -> None:
        self.token_starts: list[int] = report.tokens["start"].tolist()
        self.token_ends: list[int] = report.tokens["end"].tolist()
        self.sentence_starts: list[int] = report.sentences["start"].tolist()
        self.sentence_ends: list[int] = report.sentences["end"].tolist()

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices ``[first, last)`` of the tokens overlapping ``[start, end)`` (as Report.token_range)."""
        first = bisect.bisect_right(self.token_ends, start)
        last = bisect.bisect_left(self.token_starts, end)
        return first, max(first, last)

    def sentence_at(self, offset: int) -> int | None:
        """The sentence holding ``offset`` (as Report.sentence_at)."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        return i if i >= 0 and offset < self.sentence_ends[i] else None


def offsets(report: Report) -> Offsets:
    """The report's :class:`Offsets`, built once."""
    return report.memo("figures.offsets", lambda: Offsets(report))


@dataclass(frozen=True)
class Claimant:
    """Who claims something: a canonical name, the registry actor (if any), and how it was found."""

    name: str
    actor_id: str | None
    mention: str
    start: int
    end: int
    person: bool
    how: str


#: What :meth:`ClaimantFinder._antecedent` returns when two readings are equally plausible.
_AMBIGUOUS = Claimant("", None, "", 0, 0, False, "ambiguous")


@dataclass(frozen=True)
class _Claim:
    verb: int  # token index of the reporting verb (or of "according")
    subject: int | None  # token index of the claimant's head
    kind: str  # "speech", "estimate", "according", "agent"
    claimant: Claimant | None


class ClaimantFinder:
    """Finds the claimant of any span of one report (build once, query per figure)."""

    def __init__(
        self, report: Report, *, registry: ActorRegistry | None = None, quotes: pd.DataFrame | None = None
    ):
        self.report = report
        self.doc: Doc = report.doc
        self.registry = registry if registry is not None else actor_registry(report)
        self.text = report.text
        self.offsets = offsets(report)
        tokens = report.tokens
        self.token_starts: list[int] = tokens["start"].tolist()
        self.token_ends: list[int] = tokens["end"].tolist()
        self.token_sentence: list[int] = tokens["sentence_id"].tolist()
        sentences = report.sentences
        self.sentence_bounds = list(zip(sentences["start"].tolist(), sentences["end"].tolist(), strict=True))
        self.sentence_paragraph: list[int] = sentences["paragraph_id"].tolist()
        self.sentence_tokens: list[tuple[int, int]] = _sentence_token_ranges(
            self.token_sentence, len(sentences)
        )
        kinds = report.paragraphs.set_index("paragraph_id")["kind"].to_dict()
        self.sentence_kind = [kinds.get(p, "body") for p in self.sentence_paragraph]
        #: (offset of the reporting verb, claimant) for every claim so far, in text order.
        mentions = self.registry.mentions
        mentions = mentions[mentions["doc_id"] == report.doc_id]
        #: Mention offsets of each registry actor in this report.
        self.mention_starts: dict[str, list[int]] = {
            str(actor_id): sorted(int(s) for s in starts)
            for actor_id, starts in mentions.groupby("actor_id")["start"]
        }
        #: (start, end, form) of each registry actor's mentions in this report.
        self.mention_spans: dict[str, list[tuple[int, int, str]]] = {}
        for actor_id, m_start, m_end, form in zip(
            mentions["actor_id"].tolist(),
            mentions["start"].tolist(),
            mentions["end"].tolist(),
            mentions["form"].tolist(),
            strict=True,
        ):
            self.mention_spans.setdefault(str(actor_id), []).append((int(m_start), int(m_end), str(form)))
        self._display: dict[str, str] = {}
        #: The named entity each token belongs to, as a token range.
        self.entity_of: dict[int, tuple[int, int]] = {
            i: (ent.start, ent.end) for ent in self.doc.ents for i in range(ent.start, ent.end)
        }
        self.history: list[tuple[int, Claimant]] = []
        #: (document token, author token) for documents introduced with their author.
        self.documents = self._introduced_documents()
        #: (offset, claimant) for the main subject of each sentence so far ("It said" may point back to it).
        self.subjects: list[tuple[int, Claimant]] = []
        #: noun -> its descriptions ("the fund" ...), in text order
        self.descriptions: dict[str, list[tuple[str, int, str, str | None, bool]]] = {}
        for description in self._descriptions():
            self.descriptions.setdefault(description[0], []).append(description)
        self.claims: list[list[_Claim]] = [[] for _ in self.sentence_bounds]
        self.quotes = self._quote_spans(quotes)
        for sentence_id in range(len(self.sentence_bounds)):
            self.claims[sentence_id] = self._sentence_claims(sentence_id)
            self._note_subject(sentence_id)
        self.quote_speakers = {
            span: self._quote_speaker(span, speaker) for span, speaker in self.quotes.items()
        }

    # ------------------------------------------------------------------ public

    def claimant(self, start: int, end: int, *, anchor: int | None = None) -> Claimant | None:
        """The claimant of the figure at ``text[start:end]`` whose syntactic head is token ``anchor``."""
        sentence_id = self.offsets.sentence_at(start)
        if anchor is None:
            first, last = self.offsets.token_range(start, end)
            anchor = last - 1 if last > first else first
        for (q_start, q_end), speaker in self.quote_speakers.items():
            if q_start <= start and end <= q_end:
                if sentence_id is None:
                    return speaker
                relayed = self._relayed_in_quote(sentence_id, anchor, q_start, q_end)
                return speaker if relayed is None else (relayed if relayed.name else None)
        if sentence_id is None:
            return None
        found, blocked = self._from_claims(sentence_id, anchor)
        if found is not None or blocked:
            return found
        return (
            self._from_heading(sentence_id, start)
            or self._from_next_sentence(sentence_id)
            or self._from_neighbours(sentence_id)
            or self._from_turn(start)
        )

    def _from_turn(self, start: int) -> Claimant | None:
        """In a transcript, the speaker whose turn ("MR KIRBY: ...") the figure is said in."""
        turn = turn_at(self.report, start)
        if turn is None or fold(turn.label).rstrip(".") in FIXED_LABELS:
            return None  # "Q:" and "Moderator:" name no one
        actor = self.registry.at(turn.label_start, turn.label_end) or self.registry.lookup(turn.label)
        if actor is not None and actor.kind == "person":
            name = self.display_name(actor)
            return Claimant(name.title() if name.isupper() else name, actor.actor_id, turn.label,
                            turn.label_start, turn.label_end, True, "transcript turn")  # fmt: skip
        name = _strip_titles(turn.label.title() if turn.label.isupper() else turn.label) or turn.label
        return Claimant(name, None, turn.label, turn.label_start, turn.label_end, True, "transcript turn")

    # ------------------------------------------------------------------ claims in a sentence

    def _sentence_claims(self, sentence_id: int) -> list[_Claim]:
        first, last = self.sentence_tokens[sentence_id]
        claims: list[_Claim] = []
        for i in range(first, last):
            token = self.doc[i]
            lower = token.lower_
            if lower == "according" and i + 1 < last and self.doc[i + 1].lower_ == "to":
                objects = [c for c in self.doc[i + 1].children if c.dep_ == "pobj"]
                if objects:
                    claimant = self._resolve(objects[0], how="according to", according=True)
                    claims.append(_Claim(i, objects[0].i, "according", claimant))
                continue
            kind = _verb_kind(token)
            if kind is None or _negated(token) or _modifier_participle(token):
                continue
            subject = self._subject(token)
            if subject is None or _cannot_speak(subject, token):
                continue
            claimant = self._resolve(subject, how=token.lemma_.lower(), claims=claims)
            claims.append(_Claim(i, subject.i, kind, claimant))
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
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            before = [s for s in subjects if s.i < verb.i]
            return max(before, key=lambda s: s.i) if before else min(subjects, key=lambda s: s.i)
        if (
            verb.dep_ in ("advcl", "xcomp", "conj")
            and verb.head.i != verb.i
            and _verb_kind(verb.head) is not None
        ):
            return self._subject(verb.head)  # "..., adding that", "said ... and added"
        reports = any(c.dep_ == "ccomp" for c in verb.children)
        if verb.dep_ == "acl" and reports and _is_named(verb.head):
            return verb.head  # a misparse of "Firm X, a reinsurer, estimated that ..."
        comma = verb.doc[verb.i - 1] if verb.i > 0 else None
        if reports and comma is not None and comma.text == "," and comma.i > 0:
            named = verb.doc[comma.i - 1]
            if named.dep_ == "appos" and _is_named(named):
                return named  # "..., whose director, Dr X, said ..."
            if named.dep_ == "appos" and _is_named(named.head):
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
        reached: list[_Claim] = []
        described: _Claim | None = None  # the claim whose claimant's own description holds the figure
        while child.head.i != child.i:
            head = child.head
            if _is_aside(child) and child.i not in by_verb:
                break
            claim = by_verb.get(head.i)
            if claim is not None:
                subject = self.doc[claim.subject] if claim.subject is not None else None
                if subject is not None and _within(subject, anchor) and not _within(subject, head.i):
                    described = claim  # "Representatives of 50 nations pledged ..., X said": not theirs
                    break
                if _claim_edge(head, child, claim.kind) and claim.claimant is not None:
                    reached.append(claim)
            child = head
        if reached:
            speech = [c for c in reached if c.kind == "speech"]
            return (speech or reached)[0].claimant, False
        if child.head.i != child.i and described is None:
            framing = self._framing_according(claims, anchor)
            return framing, framing is None  # stopped in an aside
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
            segments = _postposed_segments(self.doc[claim.verb], subject, subject_first)
            if any(start <= anchor < end for start, end in segments):
                return claim.claimant, False  # "..., officials said." after what they said
        if described is not None:
            return None, True  # in a claimant's own noun phrase, and no one else reports it
        for claim in claims:
            if claim.kind == "according" and claim.claimant is not None:
                according = self.doc[claim.verb]
                if not _within(according, anchor):
                    return claim.claimant, False
        return None, False

    def _relayed_in_quote(self, sentence_id: int, anchor: int, q_start: int, q_end: int) -> Claimant | None:
        """ "Civil defence teams tell us at least five people are under the rubble": a figure the speaker
        relays from someone else is that someone's claim. None when the speaker claims it (no reporting verb
        inside the quote, or "I"/"we" report it); :data:`_AMBIGUOUS` when a "he"/"they" inside the quote
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
            if claim is not None and _claim_edge(head, child, claim.kind):
                return self._relayer(claim)
            child = head
        for claim in inside:  # "They told me 40 people died" with "died" hung on the verb outside
            verb = self.doc[claim.verb]
            if child.left_edge.i == verb.right_edge.i + 1 and verb.i < anchor:
                return self._relayer(claim)
        return None

    def _relayer(self, claim: _Claim) -> Claimant | None:
        assert claim.subject is not None
        subject = self.doc[claim.subject]
        if subject.lower_ in FIRST_PERSON or any(c.lower_ in ("our", "my") for c in subject.children):
            return None  # "we estimate", "our teams found": the speaker's own claim
        if subject.pos_ == "PRON" or claim.claimant is None:
            return _AMBIGUOUS  # "they told me": someone else, not safely known
        return Claimant(**{**claim.claimant.__dict__, "how": "relayed in a quote"})

    def _framing_according(self, claims: list[_Claim], anchor: int) -> Claimant | None:
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

    def _in_aside(self, anchor: int) -> bool:
        child = self.doc[anchor]
        while child.head.i != child.i:
            if _is_aside(child):
                return True
            child = child.head
        return False

    def _from_heading(self, sentence_id: int, start: int) -> Claimant | None:
        """A headline "UN: Two-thirds of buildings damaged": the actor before the colon claims it."""
        if self.sentence_kind[sentence_id] not in ("title", "standfirst", "headline"):
            return None
        sentence_start, _end = self.sentence_bounds[sentence_id]
        heading = _COLON_HEADING.match(self.text[sentence_start:start].split(":", 1)[0] + ":")
        if heading is None or ":" not in self.text[sentence_start:start]:
            return None
        name = heading.group(1)
        if {w.lower() for w in re.findall(r"[^\W\d_]+", name)} & HEADING_NOT_ACTORS:
            return None  # "Israel-Hamas war live: ...", "Storm X: ..."
        actor = self.registry.lookup(name)
        if actor is not None and actor.kind in ("person", "organisation", "country", "group"):
            return Claimant(
                self.display_name(actor),
                actor.actor_id,
                name,
                sentence_start,
                sentence_start + len(name),
                actor.kind == "person",
                "heading",
            )
        last = name.lower().split()[-1]
        acronym = actor is None and re.fullmatch(r"[A-Z]{2,6}", name) is not None  # "UN", "WHO": bodies
        if acronym or last in ORGANISATION_WORDS | GENERIC_ORGANISATIONS | SPOKES_NOUNS | PERSON_NOUNS:
            return self._resolve_phrase(name, sentence_start, how="heading")
        return None

    def _from_next_sentence(self, sentence_id: int) -> Claimant | None:
        """ "That estimate came from X" / "The figure was calculated by X" in the sentence that follows."""
        following = sentence_id + 1
        if following >= len(self.sentence_bounds):
            return None
        start, end = self.sentence_bounds[following]
        if not _NEXT_SENTENCE_SOURCE.match(self.text[start:end]):
            return None
        first, last = self.sentence_tokens[following]
        for i in range(first, last):
            token = self.doc[i]
            if token.lower_ in ("from", "by") and token.dep_ in ("prep", "agent"):
                objects = [c for c in token.children if c.dep_ == "pobj"]
                if objects:
                    return self._resolve(objects[0], how="next sentence")
        return None

    def _from_neighbours(self, sentence_id: int) -> Claimant | None:
        """A sentence with no cue between two sentences attributed to the same speaker is theirs too."""
        if self.claims[sentence_id] or sentence_id == 0 or sentence_id + 1 >= len(self.sentence_bounds):
            return None
        if self.sentence_kind[sentence_id] != "body":
            return None
        previous = [c.claimant for c in self.claims[sentence_id - 1] if c.kind == "speech" and c.claimant]
        following = [c.claimant for c in self.claims[sentence_id + 1] if c.kind == "speech" and c.claimant]
        following += [
            s
            for (qs, _qe), s in self.quote_speakers.items()
            if s and self._sentence_of(qs) == sentence_id + 1
        ]
        if not previous or not following:
            return None
        if self.sentence_paragraph[sentence_id - 1] != self.sentence_paragraph[sentence_id]:
            return None
        if previous[-1].name == following[0].name:
            return Claimant(**{**previous[-1].__dict__, "how": "neighbouring sentences"})
        return None

    def _sentence_of(self, offset: int) -> int | None:
        return self.offsets.sentence_at(offset)

    # ------------------------------------------------------------------ quotes

    def _quote_spans(self, quotes: pd.DataFrame | None) -> dict[tuple[int, int], str | None]:
        """Quote spans (text between the marks) with the speaker the quotes table gives, if any."""
        spans: dict[tuple[int, int], str | None] = {}
        if quotes is not None and len(quotes):
            marked = quotes[quotes["kind"] != "indirect"] if "kind" in quotes else quotes
            for start, end, speaker in zip(marked["start"], marked["end"], marked["speaker"], strict=True):
                spans[(int(start), int(end))] = speaker if isinstance(speaker, str) and speaker else None
        if not spans:
            for start, end in find_quote_spans(self.report):
                spans[(start, end)] = None
        return spans

    def _quote_speaker(self, span: tuple[int, int], speaker: str | None) -> Claimant | None:
        """The speaker of a quote: the quotes table's, unless it is only a description ("the agency")
        or a part of the name ("Berg") of the speaker the attribution next to the quote names."""
        own = self._attributed_speaker(span)
        if not speaker:
            return own
        start, end = span
        actor = self.registry.lookup(speaker)
        name = self.display_name(actor) if actor else speaker
        given = Claimant(
            name, actor.actor_id if actor else None, speaker, start, end, _person_name(name, actor), "quote"
        )
        if own is None or fold(own.name) == fold(name):
            return given
        if not speaker[:1].isupper() and not (actor is not None and actor.anonymous):
            return own  # "the agency" -> the agency named before; "a soldier who fled" is all we know
        if set(fold(name).split()) < set(fold(own.name).split()):
            return own  # "Berg" -> "Jan Berg"
        return given

    def _attributed_speaker(self, span: tuple[int, int]) -> Claimant | None:
        """The speaker of a quote from the reporting verb nearest to it (or a heading, or the speaker of
        the sentence before in the same paragraph, or a source named in the next sentence)."""
        start, end = span
        first_sentence = self.offsets.sentence_at(start)
        last_sentence = self.offsets.sentence_at(max(start, end - 1))
        if first_sentence is None or last_sentence is None:
            return None
        candidates: list[tuple[int, Claimant]] = []
        for sentence_id in range(first_sentence, last_sentence + 1):
            for claim in self.claims[sentence_id]:
                if claim.claimant is None or claim.kind == "according":
                    continue
                verb_start = self.token_starts[claim.verb]
                if start <= verb_start < end:
                    continue  # a verb inside the quote is the speaker talking
                distance = verb_start - end if verb_start >= end else start - verb_start
                candidates.append((distance, claim.claimant))
        if candidates:
            return min(candidates, key=lambda c: c[0])[1]
        paragraph = self._paragraph_span(start)
        if paragraph is not None:
            heading = _COLON_HEADING.match(self.text[paragraph[0] : max(paragraph[0], start - 1)])
            if heading:
                return self._resolve_phrase(heading.group(1), paragraph[0] + heading.start(1), how="heading")
            if (
                first_sentence > 0
                and self.sentence_paragraph[first_sentence - 1] == self.sentence_paragraph[first_sentence]
            ):
                previous = [
                    c.claimant for c in self.claims[first_sentence - 1] if c.claimant and c.kind == "speech"
                ]
                if previous:
                    return previous[-1]
        return self._from_next_sentence(last_sentence)

    def _paragraph_span(self, offset: int) -> tuple[int, int] | None:
        paragraphs = self.report.paragraphs
        hit = paragraphs[(paragraphs["start"] <= offset) & (paragraphs["end"] > offset)]
        if hit.empty:
            return None
        return int(hit["start"].iloc[0]), int(hit["end"].iloc[0])

    # ------------------------------------------------------------------ naming

    def _resolve(
        self,
        head: Token,
        *,
        how: str,
        according: bool = False,
        claims: Iterable[_Claim] = (),
        single: bool = False,
    ) -> Claimant | None:
        """The claimant named by the noun phrase headed by ``head`` (None if it names no actor)."""
        lower = head.lower_ if not (head.text.isupper() and len(head.text) > 1) else ""  # "WHO" is a name
        if lower in PERSON_PRONOUNS | THING_PRONOUNS:
            return self._pronoun(head, how=how, claims=claims)
        if lower in RELATIVE_PRONOUNS:
            relative_clause = head.head
            if relative_clause.dep_ == "relcl" and relative_clause.head.i != head.i:
                return self._resolve(relative_clause.head, how=how)
            return None
        if head.pos_ == "PRON":
            return None
        entity = self._entity_span(head)
        conjuncts = [
            c
            for c in head.children
            if c.dep_ == "conj" and _is_named(c) and not entity[0] <= self.token_starts[c.i] < entity[1]
        ]
        if conjuncts and _is_named(head) and not single:
            members = [self._resolve(t, how=how, single=True) for t in [head, *conjuncts]]
            if all(members):
                names = [m.name for m in members if m]
                first = members[0]
                assert first is not None
                return Claimant(
                    " and ".join(names), None, self._span_text(head), first.start, first.end, False, how
                )
        appositions = [c for c in head.children if c.dep_ == "appos" and _is_named(c)]
        if head.pos_ != "PROPN" and appositions:
            return self._resolve(appositions[0], how=how)
        if _is_named(head):
            return self._named(head, how=how)
        noun = head.lower_ if head.lower_ in DOCUMENT_NOUNS else head.lemma_.lower()
        if noun in DOCUMENT_NOUNS or noun in SPOKES_NOUNS:
            owner = _owner(head) or _owner_after(head)
            if owner is not None and _topic_modifier(owner, head):
                owner = None  # "a nutrition survey": what the survey is about, not who made it
            if owner is not None and _common_modifier(owner, head) and owner.lemma_.lower() in SOURCE_NOUNS:
                return self._described_source(head, owner, how=how)  # "local media reports"
            if owner is not None:
                return self._resolve(owner, how=how)
            if noun in DOCUMENT_NOUNS:
                author = self._document_author(head, how=how)
                if author is not None or not according:
                    return author
            if noun in SPOKES_NOUNS:
                return self._speaks_for(head, how=how)  # "a spokesperson said": for whom, if just named
        if noun in GENERIC_PEOPLE:
            named = [
                o
                for p in head.children
                if p.dep_ == "prep" and p.lower_ in ("at", "from", "of", "with", "for")
                for o in p.children
                if o.dep_ == "pobj" and _is_named(o)
            ]
            if named:
                return self._resolve(named[0], how=how)
        phrase_start, phrase_end = self._core_span(head)
        phrase = self.text[phrase_start:phrase_end]
        if _is_bare_definite(head):
            described = self._by_description(noun, phrase_start, how=how)
            generic = None
            if noun in GENERIC_ORGANISATIONS | AGENCY_NOUNS:
                generic = self._generic_organisation(noun, phrase_start, how=how)
            if (
                generic is not None
                and generic.name
                and (described is None or generic.start > described.start)
            ):
                return generic  # the agency that has just spoken, not one described paragraphs before
            if described is not None:
                return described
            if generic is not None:
                return None  # two organisations fit
        return self._resolve_phrase(
            phrase, phrase_start, how=how, head_noun=noun, person=noun in PERSON_NOUNS
        )

    def display_name(self, actor: Actor) -> str:
        """The registry actor's name, made whole where the registry holds a fragment of it:
        an organisation's "UN Office" -> the full "UN Office for the Coordination of ... (OCHA)" printed
        at one of its mentions, a person's lone surname -> the full name of the person entity."""
        if actor.actor_id in self._display:
            return self._display[actor.actor_id]
        name = actor.name
        best = name
        for start, end, form in self.mention_spans.get(actor.actor_id, []):
            if form not in ("name", "metonym", "seat"):
                continue
            first, last = self.offsets.token_range(start, end)
            if last <= first:
                continue
            if actor.kind == "person":
                if len(name.split()) > 1 or self.doc[first].ent_type_ != "PERSON":
                    continue
                entity = self.entity_of.get(first)
                if entity is None:
                    continue
                full = _strip_titles(self.text[self.token_starts[entity[0]] : self.token_ends[entity[1] - 1]])
                full = re.sub(r"(?:['’]s|['’])$", "", full)
            else:
                while first < last - 1 and not self.doc[first].text[:1].isupper():
                    first += 1  # "the state grid operator X": the name is the capitalised part
                wide_first, wide_last = widen_name(self.doc, first, last - 1)
                if (wide_first, wide_last) == (first, last - 1):
                    continue
                full = self.text[self.token_starts[wide_first] : self.token_ends[wide_last]]
            if len(full) > len(best) and fold(name) in fold(full):
                best = full
        self._display[actor.actor_id] = best
        return best

    def _pronoun(self, pronoun: Token, *, how: str, claims: Iterable[_Claim]) -> Claimant | None:
        """Who "it", "they", "he" or "she" stands for: a subject earlier in the sentence ("it"), else the
        last fitting claimant, else (when no claimant fits and none is ambiguous) the registry's reading."""
        person = pronoun.lower_ in PERSON_PRONOUNS
        if not person:
            same = self._same_sentence_subject(pronoun, claims)
            if same is not None:
                return same
        found = self._antecedent(pronoun, person=person, how=how)
        if found is not None:
            return found if found.name else None
        return self._registry_link(pronoun, how=how)

    def _described_source(self, document: Token, owner: Token, *, how: str) -> Claimant | None:
        """ "local media reports", "hospital records": a source described, not named. An organisation
        noun named earlier ("the ministry's figures" after "the Ministry of Health") is that body."""
        found = self._by_description(owner.lemma_.lower(), self.token_starts[owner.i], how=how)
        if found is not None:
            return found
        start, end = self._core_span(document)
        phrase = re.sub(r"^(?:the|a|an|these|those|this|that)\s+", "", self.text[start:end], flags=re.I)
        return Claimant(phrase, None, phrase, end - len(phrase), end, False, how)

    def _document_author(self, document: Token, *, how: str) -> Claimant | None:
        """ "The report estimated ...": the author of the same document introduced earlier ("a report
        by the UN Panel of Experts", "X published a survey", "the survey was carried out by X")."""
        if not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in document.lefts
        ):
            return None
        lemma = document.lemma_.lower()
        for i, author in reversed(self.documents):
            if i < document.i and self.doc[i].lemma_.lower() == lemma:
                found = self._resolve(self.doc[author], how=how)
                return Claimant(**{**found.__dict__, "how": f"{how} ({lemma})"}) if found else None
        return None

    def _introduced_documents(self) -> list[tuple[int, int]]:
        """(document token, author token) for every document introduced with its author."""
        found: list[tuple[int, int]] = []
        for token in self.doc:
            if token.pos_ != "NOUN" or token.lemma_.lower() not in INTRODUCED_DOCUMENTS:
                continue
            author = _owner(token) or _owner_after(token)
            if author is not None and (_topic_modifier(author, token) or _common_modifier(author, token)):
                author = None
            if (
                author is None
                and token.dep_ in ("dobj", "obj")
                and token.head.lemma_.lower() in PUBLISH_VERBS
            ):
                subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
                author = subjects[0] if subjects else None
            if author is None:
                verbs = [token.head] if token.dep_ == "nsubjpass" else []
                verbs += [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
                for verb in verbs:
                    agents = [
                        o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                    ]
                    if agents:
                        author = agents[0]
                        break
            if author is not None and author.lower_ not in THING_PRONOUNS | RELATIVE_PRONOUNS:
                found.append((token.i, author.i))
        return found

    def _registry_link(self, head: Token, *, how: str) -> Claimant | None:
        """The registry's reading of a pronoun ("it", "she"), so figures name the actor quotes and events
        name; only a proper name of the right kind and number is taken."""
        start, end = self.token_starts[head.i], self.token_ends[head.i]
        mention = self.registry.mention_at(start, end, doc_id=self.report.doc_id)
        if mention is None or mention.form not in REGISTRY_LINKED_FORMS:
            return None
        actor = self.registry.actors.get(mention.actor_id)
        if actor is None or fold(actor.name) == fold(head.text):
            return None
        person = actor.kind == "person"
        if person != (head.lower_ in PERSON_PRONOUNS):
            return None  # "it" for a person or "she" for a ministry: not a reading to trust
        name = self.display_name(actor)
        if not name[:1].isupper() or name.startswith(("The ", "A ", "An ")):
            return None  # a description ("the front"), not a name to hand on
        if head.lower_ in ("it", "its") and actor.kind == "group":
            return None
        return Claimant(name, actor.actor_id, mention.surface, start, end, person, f"{how} ({head.lower_})")

    def _resolve_phrase(
        self, phrase: str, start: int, *, how: str, head_noun: str | None = None, person: bool = False
    ) -> Claimant | None:
        phrase = phrase.strip()
        if not phrase:
            return None
        actor = self.registry.lookup(phrase)
        if actor is not None:
            return Claimant(
                self.display_name(actor),
                actor.actor_id,
                phrase,
                start,
                start + len(phrase),
                actor.kind == "person",
                how,
            )
        if head_noun is None:
            words = re.findall(r"[^\W\d_]+", phrase.lower())
            head_noun = words[-1] if words else None
            if head_noun is not None and len(words) == 1:
                found = self._by_description(head_noun, start, how=how)
                if found is not None:
                    return found
        name = phrase[0].lower() + phrase[1:] if phrase.startswith(("The ", "A ", "An ")) else phrase
        return Claimant(name, None, phrase, start, start + len(phrase), person, how)

    def _named(self, head: Token, *, how: str) -> Claimant | None:
        start, end = self._entity_span(head)
        surface = self.text[start:end]
        actor = self.registry.at(self.token_starts[head.i], self.token_ends[head.i]) or self.registry.lookup(
            surface
        )
        person = _looks_like_person(head, surface)
        if person:
            known = self._person_by_surname(surface, start)
            if known is not None:
                return Claimant(known.name, known.actor_id, surface, start, end, True, how)
            if actor is None or actor.kind != "person":
                name = _strip_titles(surface) or surface
                return Claimant(name, None, surface, start, end, True, how)
        if actor is not None:
            name = self.display_name(actor)
            if actor.kind != "person" and len(surface) > len(name) and fold(name) in fold(surface):
                name = surface  # the registry holds a fragment of the name printed here
            return Claimant(name, actor.actor_id, surface, start, end, person or actor.kind == "person", how)
        return Claimant(surface, None, surface, start, end, person, how)

    def _person_by_surname(self, surface: str, before: int) -> Claimant | None:
        """ "Ms Derzhavets" -> the person named in full earlier ("Alina Derzhavets")."""
        words = [w for w in surface.split() if w.lower().rstrip(".") not in PERSON_TITLES]
        if not words:
            return None
        for at, claimant in reversed(self.history):
            names = claimant.name.split()
            if claimant.person and at < before and len(names) > len(words) and names[-len(words) :] == words:
                return claimant
        return None

    def _entity_span(self, head: Token) -> tuple[int, int]:
        """Offsets of the name around ``head``: its entity, else its run of proper-noun compounds."""
        if head.i in self.entity_of:
            first, end = self.entity_of[head.i]
            last = end - 1
            while first <= last and self.doc[first].pos_ == "DET":
                first += 1
            while last > first and self.doc[last].tag_ == "POS":
                last -= 1
            while (
                first > 0 and self.doc[first - 1].pos_ == "PROPN" and self.doc[first - 1].dep_ == "compound"
            ):
                first -= 1  # "Celso" when the entity is only "Mandlate"
        else:
            first = last = head.i
            while (
                first > 0
                and self.doc[first - 1].pos_ == "PROPN"
                and self.doc[first - 1].head.i in (head.i, first)
            ):
                first -= 1
        if head.ent_type_ != "PERSON":
            first, last = widen_name(self.doc, first, last)
        return self.token_starts[first], self.token_ends[last]

    def _core_span(self, head: Token) -> tuple[int, int]:
        """The noun phrase of ``head`` without relative clauses, appositions or trailing asides."""
        keep = {head.i}
        for child in head.lefts:
            if child.dep_ in (
                "det",
                "poss",
                "compound",
                "amod",
                "nmod",
                "nummod",
                "quantmod",
                "case",
                "advmod",
            ):
                keep.update(t.i for t in child.subtree)
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "at", "for", "from", "in", "with"):
                keep.update(t.i for t in child.subtree if not _is_aside_token(t, child))
            elif child.dep_ == "case":
                keep.add(child.i)
        first = last = head.i
        while first - 1 in keep:
            first -= 1
        while last + 1 in keep:
            last += 1
        commas = [i for i in range(first, head.i) if self.doc[i].text in (",", ";", "—", "–")]
        if commas:
            first = commas[-1] + 1  # a misparse hung the words before a comma on this noun
        return self.token_starts[_coordinated_modifiers(self.doc, first)], self.token_ends[last]

    def _span_text(self, head: Token) -> str:
        start, end = self._core_span(head)
        return self.text[start:end]

    def _descriptions(self) -> list[tuple[str, int, str, str | None, bool]]:
        """(noun, offset, name, actor id, person) for every "the state grid operator Enerhomost"-style naming."""
        found: list[tuple[str, int, str, str | None, bool]] = []
        for token in self.doc:
            if token.pos_ != "NOUN":
                continue
            named: Token | None = None
            modifiers = [
                c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"
            ]
            if modifiers and token.dep_ != "compound":
                start, end = self._core_span(token)
                phrase = re.sub(r"^(?:the|a|an)\s+", "", self.text[start:end], flags=re.IGNORECASE)
                found.append((token.lemma_.lower(), start, phrase, None, False))
                continue
            if token.dep_ == "compound" and token.head.pos_ == "PROPN":
                named = token.head
            else:
                appositions = [c for c in token.children if c.dep_ == "appos" and _is_named(c)]
                named = appositions[0] if appositions else None
            if named is None:
                continue
            start, end = self._entity_span(named)
            surface = self.text[start:end]
            actor = self.registry.at(self.token_starts[named.i], self.token_ends[named.i])
            name = self.display_name(actor) if actor else surface
            person = token.lemma_.lower() in PERSON_NOUNS
            found.append(
                (
                    token.lemma_.lower(),
                    self.token_starts[token.i],
                    name,
                    actor.actor_id if actor else None,
                    person,
                )
            )
        for actor in self.registry.actors.values():
            name = self.display_name(actor)
            if actor.kind == "person" or not name[:1].isupper():
                continue
            for noun in _description_nouns(name):
                for start in self.mention_starts.get(actor.actor_id, []):
                    found.append((noun, start, name, actor.actor_id, False))
        return sorted(found, key=lambda d: d[1])

    def _by_description(self, noun: str, before: int, *, how: str) -> Claimant | None:
        """The most recent actor described with this noun ("the fund" -> the fund named earlier)."""
        earlier = [d for d in self.descriptions.get(noun, []) if d[1] < before]
        earlier += [
            (noun, at, c.name, c.actor_id, c.person)
            for at, c in self.history
            if at < before and re.findall(r"[^\W\d_]+", c.mention.lower())[-1:] == [noun]
        ]
        if earlier:
            _noun, start, name, actor_id, person = max(earlier, key=lambda d: d[1])
            return Claimant(name, actor_id, noun, start, start + len(noun), person, how)
        sentence_id = self.offsets.sentence_at(before)
        if sentence_id is not None and self.sentence_kind[sentence_id] in ("title", "standfirst", "headline"):
            later = [d for d in self.descriptions.get(noun, []) if d[1] > before]
            if later:
                _noun, start, name, actor_id, person = later[0]
                return Claimant(name, actor_id, noun, start, start + len(noun), person, how)
        return None

    def _generic_organisation(self, noun: str, before: int, *, how: str) -> Claimant | None:
        """ "the agency", "the organisation", "the company": the last organisation that claimed
        something or led a sentence in this or the two previous paragraphs (for "agency"-type nouns also
        the last organisation named, when none did). :data:`_AMBIGUOUS` when two fit in one sentence."""
        sentence_id = self.offsets.sentence_at(before)
        if sentence_id is None:
            return None
        found = self._last_organisation(self._recent(before), noun, sentence_id)
        if found is None and noun in AGENCY_NOUNS:
            found = self._last_organisation(self._named_organisations(before), noun, sentence_id)
        if found is None or not found.name:
            return found
        return Claimant(**{**found.__dict__, "how": how})

    def _last_organisation(
        self, candidates: list[tuple[int, Claimant]], noun: str, sentence_id: int
    ) -> Claimant | None:
        paragraph = self.sentence_paragraph[sentence_id]
        chosen: tuple[int, Claimant] | None = None
        for at, claimant in candidates:
            claimant_sentence = self.offsets.sentence_at(at)
            if claimant_sentence is None or paragraph - self.sentence_paragraph[claimant_sentence] > 2:
                break
            if chosen is not None:
                if claimant_sentence != chosen[0]:
                    break
                if claimant.name != chosen[1].name and self._organisation_like(claimant, noun):
                    return _AMBIGUOUS
                continue
            if " and " in claimant.name:
                return _AMBIGUOUS
            if self._organisation_like(claimant, noun):
                chosen = (claimant_sentence, claimant)
        return chosen[1] if chosen is not None else None

    def _organisation_like(self, claimant: Claimant, noun: str) -> bool:
        """Could "the <noun>" ("the agency", "the company") stand for this claimant?"""
        if claimant.person or self._plural(claimant) or not claimant.name[:1].isupper():
            return False
        actor = self.registry.actors.get(claimant.actor_id) if claimant.actor_id else None
        heads = set(_description_nouns(claimant.name)) or {claimant.name.lower().split()[-1]}
        if noun in AGENCY_NOUNS and heads & SPECIFIC_INSTITUTIONS:
            return False  # "the agency" is not the ministry, the army or the court
        if heads & ORGANISATION_HEADS:
            return actor is None or actor.kind != "person"
        if actor is not None:
            return actor.kind in ("organisation", "group")  # a country or a place is not "the agency"
        return claimant.name.isupper()  # an acronym: "WHO", "UNHCR"

    def _named_organisations(self, before: int) -> list[tuple[int, Claimant]]:
        """Organisations named by proper name before ``before``, most recent first."""
        found: list[tuple[int, Claimant]] = []
        for actor_id, spans in self.mention_spans.items():
            actor = self.registry.actors.get(actor_id)
            if actor is None or actor.kind == "person":
                continue
            for start, end, form in spans:
                if form == "name" and start < before:
                    found.append(
                        (
                            start,
                            Claimant(
                                self.display_name(actor),
                                actor_id,
                                self.text[start:end],
                                start,
                                end,
                                False,
                                "",
                            ),
                        )
                    )
        return sorted(found, key=lambda p: -p[0])

    def _speaks_for(self, head: Token, *, how: str) -> Claimant | None:
        """The organisation a spokesperson with no "for X" speaks for: the last one quoted in the paragraph."""
        offset = self.token_starts[head.i]
        paragraph = self.sentence_paragraph[self.token_sentence[head.i]]
        for at, claimant in self._recent(offset):
            sentence = self.offsets.sentence_at(at)
            if (
                not claimant.person
                and sentence is not None
                and self.sentence_paragraph[sentence] == paragraph
            ):
                return Claimant(**{**claimant.__dict__, "how": how})
        return None

    def _recent(self, offset: int) -> list[tuple[int, Claimant]]:
        """Claimants and sentence subjects before ``offset``, most recent first."""
        return sorted(((at, c) for at, c in self.history + self.subjects if at < offset), key=lambda p: -p[0])

    def _fits(self, claimant: Claimant, person: bool, plural_pronoun: bool) -> bool:
        """Can a pronoun of this kind and number stand for the claimant?"""
        if claimant.person != person:
            return False
        if person:
            return not plural_pronoun
        return plural_pronoun or not self._plural(claimant)

    def _plural(self, claimant: Claimant) -> bool:
        """Several actors ("X and Y"), a group, or a plural common noun ("local officials")."""
        if " and " in claimant.name:
            return True
        actor = self.registry.actors.get(claimant.actor_id) if claimant.actor_id else None
        if actor is not None and actor.kind == "group":
            return True
        words = re.findall(r"[^\W\d_]+", claimant.mention)
        if not words or words[-1][:1].isupper():
            return False
        last = words[-1].lower()
        return last in IRREGULAR_PLURAL_NOUNS or (
            last.endswith("s") and not last.endswith(("ss", "us", "is"))
        )

    def _note_subject(self, sentence_id: int) -> None:
        """Remember the main subject of a sentence: "it" and "he" in the next ones may point to it."""
        first, last = self.sentence_tokens[sentence_id]
        roots = [t for t in self.doc[first:last] if t.dep_ == "ROOT"]
        subjects = [c for r in roots for c in r.children if c.dep_ == "nsubj"]
        for subject in subjects:
            if subject.pos_ == "PRON":
                continue
            organisation_noun = subject.lemma_.lower() in ORGANISATION_WORDS | GENERIC_ORGANISATIONS
            if not (_is_named(subject) or organisation_noun):
                continue
            claimant = self._resolve(subject, how="subject")
            if claimant is not None:
                self.subjects.append((self.token_starts[subject.i], claimant))

    def _antecedent(self, pronoun: Token, *, person: bool, how: str) -> Claimant | None:
        """The last claimant (or sentence subject) the pronoun can stand for, in this or the previous
        two paragraphs: a person for "he"/"she", a single non-person for "it", a non-person (a group,
        a body, several actors) for "they". A more recent joint claimant ("X and Y") makes "it" or "he"
        ambiguous, and so do two different fitting candidates in one sentence: then :data:`_AMBIGUOUS`."""
        offset = self.token_starts[pronoun.i]
        sentence_id = self.token_sentence[pronoun.i]
        paragraph = self.sentence_paragraph[sentence_id]
        plural_pronoun = pronoun.lower_ in ("they", "them", "their")
        chosen: tuple[int, Claimant] | None = None
        for at, claimant in self._recent(offset):
            claimant_sentence = self.offsets.sentence_at(at)
            if claimant_sentence is None or paragraph - self.sentence_paragraph[claimant_sentence] > 2:
                break
            if chosen is not None:
                if claimant_sentence != chosen[0]:
                    break
                if claimant.name != chosen[1].name and self._fits(claimant, person, plural_pronoun):
                    return _AMBIGUOUS  # two candidates in one sentence: no telling which one is meant
                continue
            if claimant.person != person:
                if not plural_pronoun and " and " in claimant.name:
                    return _AMBIGUOUS  # "X and Y said ... It said": one of them, but which
                continue
            if not self._fits(claimant, person, plural_pronoun):
                if not plural_pronoun and self._plural(claimant):
                    return _AMBIGUOUS
                continue
            chosen = (claimant_sentence, claimant)
        if chosen is not None:
            return Claimant(**{**chosen[1].__dict__, "how": f"{how} ({pronoun.lower_})"})
        if person:
            actor = self.registry.latest(offset, kinds=["person"], doc_id=self.report.doc_id)
            if actor is not None and len(actor.name.split()) > 1:
                starts = [s for s in self.mention_starts.get(actor.actor_id, []) if s < offset]
                last = max(starts) if starts else None
                if last is not None:
                    mention_sentence = self.offsets.sentence_at(last)
                    if (
                        mention_sentence is not None
                        and paragraph - self.sentence_paragraph[mention_sentence] <= 1
                    ):
                        return Claimant(
                            self.display_name(actor),
                            actor.actor_id,
                            pronoun.text,
                            last,
                            last,
                            True,
                            f"{how} ({pronoun.lower_})",
                        )
        return None

    def _same_sentence_subject(self, pronoun: Token, claims: Iterable[_Claim]) -> Claimant | None:
        """ "The company plans ... that it says ...": a non-person subject earlier in the sentence."""
        sentence_id = self.token_sentence[pronoun.i]
        first, _last = self.sentence_tokens[sentence_id]
        for i in range(pronoun.i - 1, first - 1, -1):
            token = self.doc[i]
            if (
                token.dep_ == "nsubj"
                and token.lower_ not in THING_PRONOUNS | PERSON_PRONOUNS | RELATIVE_PRONOUNS
            ):
                # only a subject whose clause holds the pronoun's: "The company plans ... that it says"
                if token.head.i == pronoun.head.i or not _within(token.head, pronoun.i):
                    continue
                if token.pos_ in ("NOUN", "PROPN") and not _within(token, pronoun.i):
                    if token.lemma_.lower() in PERSON_NOUNS or _has_person_title(token):
                        continue
                    found = self._resolve(token, how="pronoun", claims=claims)
                    if found is not None:
                        return found
        return None


# ---------------------------------------------------------------------------- helpers


def _sentence_token_ranges(token_sentence: list[int], count: int) -> list[tuple[int, int]]:
    ranges = [(0, 0)] * count
    start = 0
    for i in range(1, len(token_sentence) + 1):
        if i == len(token_sentence) or token_sentence[i] != token_sentence[start]:
            ranges[token_sentence[start]] = (start, i)
            start = i
    return ranges


def _verb_kind(token: Token) -> str | None:
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return None
    lemma = token.lemma_.lower()
    if lemma in SPEECH_VERBS or token.lower_ in SPEECH_VERBS:
        return "speech"
    if lemma in ESTIMATE_VERBS:
        if lemma == "put" and not any(t.dep_ == "prep" and t.lower_ == "at" for t in token.subtree):
            return None  # "put the toll at 40", not "put forward"
        return "estimate"
    return None


def _cannot_speak(subject: Token, verb: Token) -> bool:
    """ "Air strikes have claimed 220 lives", "the storm showed ...": events and natural forces say nothing."""
    lemma = fold(subject.lemma_)
    if lemma in lx.EVENT_NOUNS - {"announcement", "ruling", "verdict"} or lemma in lx.NATURAL_FORCES:
        return True
    return verb.lemma_.lower() == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("life", "victim") for c in verb.children
    )


def _modifier_participle(verb: Token) -> bool:
    """ "deaths confirmed by a doctor": a participle describing a noun, not someone reporting."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "ccomp" for c in verb.children)


def _negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and (
        head.lemma_.lower() in NEGATING_HEADS or any(c.dep_ == "neg" for c in head.children)
    )


def _claim_edge(verb: Token, child: Token, kind: str) -> bool:
    """Does a figure reached through ``child`` belong to what ``verb`` reports?"""
    if child.dep_ in ("ccomp", "xcomp", "parataxis"):
        return True
    if child.dep_ in ("dobj", "obj", "attr", "oprd", "dative", "acomp"):
        return verb.lemma_.lower() in OBJECT_CLAIM_VERBS
    if (
        child.dep_ == "prep"
        and child.lower_ in HEDGE_PREPOSITIONS
        and any(c.like_num for c in child.children)
    ):
        return True  # "CNN is reporting over 160 dead": a hedged number the parse took for a preposition
    if child.dep_ in ("prep", "advmod", "npadvmod"):
        return kind == "estimate"  # "estimated at 40", "attributes $480m to roads", "at 3m, up from 2m"
    if child.dep_ == "nsubj":
        # a headline "12,000 troops in Russia, Kyiv says": two subjects, the one before the verb speaks
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return len(subjects) > 1 and child.i < max(s.i for s in subjects if s.i < verb.i)
    if child.dep_ == "conj" and child.i > verb.i:
        # "..., she said, and stockpiles were ..." or "said that A and that B": the content goes on
        reports = [c for c in verb.children if c.dep_ == "ccomp"]
        introduced = child.left_edge.lower_ == "that" or any(c.dep_ == "mark" for c in child.children)
        return bool(reports) and (any(c.i < verb.i for c in reports) or introduced)
    return False


#: Hedge words spaCy may parse as prepositions before a number ("reporting over 160 dead").
HEDGE_PREPOSITIONS = frozenset({"over", "about", "around", "nearly", "almost", "under", "roughly", "some"})
#: Words that carry an attribution on past its verb: "..., officials said, with 300 more injured".
CONTINUATIONS = frozenset("with including bringing taking raising pushing".split())


def _postposed_segments(verb: Token, subject: Token, subject_first: int) -> list[tuple[int, int]]:
    """Token ranges a trailing "..., X said" (or "..., said X") attributes: from the start of the
    sentence (or the last semicolon) to the comma before the attribution, and a "with ..." phrase
    after it. ``subject_first`` is where the subject's phrase begins."""
    doc = verb.doc
    sentence = verb.sent
    first = min(subject_first, verb.i)
    comma = first - 1
    if comma < sentence.start or doc[comma].text not in (",", "–", "—"):
        return []
    end = next(
        (
            j
            for j in range(verb.i + 1, sentence.end)
            if doc[j].text == ";"
            or (doc[j].text == "," and j + 1 < sentence.end and _new_clause_of_another_verb(verb, doc[j + 1]))
        ),
        sentence.end,
    )
    continuation = next(
        (j for j in range(verb.i + 2, end) if doc[j].lower_ in CONTINUATIONS and doc[j - 1].text == ","), None
    )
    tail = [t for t in doc[verb.i + 1 : continuation or end] if not t.is_punct]
    if any(t.dep_ in ("ccomp", "xcomp", "conj", "mark") or not _within(verb, t.i) for t in tail):
        return []  # the verb goes on to report something else
    start = max((j + 1 for j in range(sentence.start, comma) if doc[j].text == ";"), default=sentence.start)
    segments = [(start, comma)]
    if continuation is not None:
        segments.append((continuation, end))
    return segments


def _new_clause_of_another_verb(verb: Token, token: Token) -> bool:
    """ "..., aid workers said, and some arrived ...": a conjunction opening the next clause of the
    sentence, which the attribution does not cover."""
    return token.lower_ in ("and", "but") and token.dep_ == "cc" and not _within(verb, token.i)


def _is_aside(token: Token) -> bool:
    """A non-restrictive relative clause: background the narrator adds ("..., which won 6.2%")."""
    if token.dep_ != "relcl":
        return False
    left = token.left_edge
    previous = token.doc[left.i - 1] if left.i > 0 else None
    return (previous is not None and previous.text in (",", "(", "–", "—")) or token.head.pos_ == "PROPN"


def _is_aside_token(token: Token, top: Token) -> bool:
    t = token
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "appos", "acl", "punct"):
            return True
        t = t.head
    return False


def _within(head: Token, index: int) -> bool:
    return head.left_edge.i <= index <= head.right_edge.i and any(t.i == index for t in head.subtree)


def _owner(head: Token) -> Token | None:
    """Who a document or spokesperson belongs to: "the fund's assessment", "assessment by the fund"."""
    for child in head.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her", "our", "my"):
            return child
    for child in head.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from", "of", "for"):
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if objects:
                return objects[0]
    compounds = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i]
    return compounds[-1] if compounds else None


def _coordinated_modifiers(doc: Doc, first: int) -> int:
    """ "security and local sources": coordinated modifiers the parser left outside the noun phrase
    starting at token ``first``, when a comma, a preposition or the sentence start bounds them."""
    start = doc[first].sent.start
    j = first - 1
    coordinated = False
    while j >= start and (
        (doc[j].pos_ in ("ADJ", "NOUN") and doc[j].text.islower()) or doc[j].lower_ in ("and", "or", "-")
    ):
        coordinated = coordinated or doc[j].lower_ in ("and", "or")
        j -= 1
    bounded = j < start or doc[j].is_punct or doc[j].pos_ in ("ADP", "VERB", "SCONJ")
    if coordinated and bounded and doc[j + 1].lower_ not in ("and", "or", "-") and j + 1 < first:
        return j + 1
    return first


def _owner_after(head: Token) -> Token | None:
    """ "a survey by aid groups" when the parser hung "by aid groups" elsewhere: the "by"/"from" phrase
    printed right after the document noun."""
    doc = head.doc
    following = head.i + 1
    if (
        following >= len(doc)
        or doc[following].lower_ not in ("by", "from")
        or doc[following].sent != head.sent
    ):
        return None
    objects = [c for c in doc[following].children if c.dep_ == "pobj"]
    return objects[0] if objects else None


def _topic_modifier(owner: Token, head: Token) -> bool:
    """A common noun before a document noun that says what it is about ("nutrition survey", "damage
    assessment"), not who made it ("media reports", "police figures")."""
    return _common_modifier(owner, head) and owner.lemma_.lower() not in SOURCE_NOUNS | ACTOR_NOUNS


def _common_modifier(owner: Token, head: Token) -> bool:
    return owner.i < head.i and owner.dep_ in ("compound", "nmod", "amod") and not _is_named(owner)


def _is_named(token: Token) -> bool:
    """A proper name, even when the tagger calls an unknown capitalised word a noun ("Derzhavets")."""
    if not token.text[:1].isupper():
        return False
    if token.pos_ == "PROPN":
        return True
    if token.pos_ not in ("NOUN", "X"):
        return False
    return token.ent_type_ in NAMED_ENTITY_LABELS or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts
    )


#: Words by which an organisation's name goes on: "Office for the Coordination of ...".
NAME_LINKS = frozenset({"of", "for"})
#: Head nouns of an organisation's name that may take such a continuation.
ORGANISATION_HEADS = ORGANISATION_WORDS | frozenset(
    """programme program organisation organization centre center observatory board bureau directorate
    secretariat mission panel team cross crescent alliance coalition federation confederation association
    society movement network committee watch""".split()
)
_ACRONYM = re.compile(r"[A-Z][A-Za-z&.\-]{1,11}")
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)


def _capitalised(token: Token) -> bool:
    """A capitalised word that can be part of a name (not a weekday or month, not a number)."""
    text = token.text
    return (
        text[:1].isupper()
        and any(c.isalpha() for c in text)
        and token.lower_ not in _CALENDAR
        and token.pos_ in ("PROPN", "NOUN", "ADJ", "X")
    )


def widen_name(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Token range ``[first, last]`` of a name widened to the whole proper-noun phrase of an
    organisation: "UN Office" -> "UN Office for the Coordination of Humanitarian Affairs (OCHA)",
    "Humanitarian Affairs" -> the same. Only names whose head before the first "of"/"for" is an
    organisation noun are widened; a bracketed acronym right after such a name is included."""
    sentence = doc[first].sent
    start, end = sentence.start, sentence.end
    wide_first, wide_last = first, last
    while True:  # leftwards: "... for the" + this fragment
        j = wide_first - 1
        if j >= start and doc[j].lower_ == "the":
            j -= 1
        if j - 1 < start or doc[j].lower_ not in NAME_LINKS or not _capitalised(doc[j - 1]):
            break
        k = j - 1
        while k - 1 >= start and _capitalised(doc[k - 1]):
            k -= 1
        wide_first = k
    while True:  # rightwards: this name + "of the ..." / "for ..."
        j = wide_last + 1
        if j >= end or doc[j].lower_ not in NAME_LINKS:
            break
        k = j + 1
        if k < end and doc[k].lower_ == "the":
            k += 1
        if k >= end or not _capitalised(doc[k]):
            break
        while k + 1 < end and _capitalised(doc[k + 1]):
            k += 1
        wide_last = k
    links = [i for i in range(wide_first, wide_last + 1) if doc[i].lower_ in NAME_LINKS]
    head = doc[links[0] - 1] if links else doc[wide_last]
    if head.lower_ not in ORGANISATION_HEADS:
        return first, last
    if (
        wide_last + 3 < end
        and doc[wide_last + 1].text == "("
        and doc[wide_last + 3].text == ")"
        and _ACRONYM.fullmatch(doc[wide_last + 2].text)
        and sum(c.isupper() for c in doc[wide_last + 2].text) >= 2
    ):
        wide_last += 3
    return wide_first, wide_last


def _description_nouns(name: str) -> list[str]:
    """Nouns a name can be referred back to by: "the fund" for "Southern Africa Reconstruction Fund",
    "the office" for "UN Office for the Coordination of Humanitarian Affairs (OCHA)"."""
    words = re.findall(r"[^\W\d_]+", re.sub(r"\([^)]*\)", "", name).lower())
    if len(words) < 2:
        return []
    nouns = [words[-1]]
    links = [i for i, w in enumerate(words) if w in NAME_LINKS]
    if links and links[0] > 0 and words[links[0] - 1] not in nouns:
        nouns.append(words[links[0] - 1])
    return nouns


def _is_bare_definite(head: Token) -> bool:
    """ "the company", "the fund": a definite article and nothing else before the noun."""
    lefts = list(head.lefts)
    return (
        len(lefts) <= 1 and all(t.lower_ in ("the", "this", "that") for t in lefts) and not list(head.rights)
    )


def _strip_titles(surface: str) -> str:
    """ "Dr Rosa Mabunda" -> "Rosa Mabunda": leading titles, roles and lower-case words go."""
    words = surface.split()
    while words and (words[0][:1].islower() or words[0].lower().rstrip(".") in PERSON_TITLES | PERSON_NOUNS):
        words = words[1:]
    return " ".join(words)


def _looks_like_person(head: Token, surface: str) -> bool:
    """A name with a title or a role noun before it ("Ms X", "spokeswoman X"), or a PERSON entity
    whose last word is not an organisation word ("... Fund", "... Network")."""
    if _has_person_title(head) or {w.lower().rstrip(".") for w in surface.split()} & PERSON_TITLES:
        return True
    words = surface.lower().split()
    return head.ent_type_ == "PERSON" and bool(words) and words[-1] not in ORGANISATION_WORDS


def _has_person_title(head: Token) -> bool:
    return any(t.lower_.rstrip(".") in PERSON_TITLES | PERSON_NOUNS for t in head.lefts)


def _person_name(name: str, actor: object) -> bool:
    kind = getattr(actor, "kind", None)
    return kind == "person" or (kind is None and len(name.split()) in (2, 3) and name.istitle())


def find_quote_spans(report: Report) -> list[tuple[int, int]]:
    """Spans between quote marks, per paragraph (a quotation left open runs to the paragraph's end).

    A stand-in for the quotes table when it is empty: only used to tell which figures sit
    inside someone's words.
    """
    text = report.text
    spans: list[tuple[int, int]] = []
    for start, end in zip(
        report.paragraphs["start"].tolist(), report.paragraphs["end"].tolist(), strict=True
    ):
        spans.extend(_quotes_in(text, start, end))
    return spans


def _quotes_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    i = start
    while i < end:
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if open_at is None:
            if ch == "“":
                open_at, closer = i + 1, "”"
            elif ch == '"':
                open_at, closer = i + 1, '"'
            elif ch in "‘'" and not prev.isalnum() and (nxt.isalnum() or nxt in '“"'):
                open_at, closer = i + 1, "’" if ch == "‘" else "'"
        elif ch == closer or (closer == "”" and ch == '"'):
            if closer in "’'" and nxt.isalpha():
                i += 1
                continue  # an apostrophe: "isn’t", "agency’s"
            spans.append((open_at, i))
            open_at = None
        i += 1
    if open_at is not None and end > open_at:
        spans.append((open_at, end))
    return spans
