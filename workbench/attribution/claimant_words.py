"""What claims look like: the words of claim verbs, documents, sources and names, and syntax tests
on spaCy tokens that the claimant finder (:mod:`.claimants`) reads a sentence with.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import lexicon as lx
from ..lexicon import fold
from .cues import reports_out

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Verbs of saying: the subject claims whatever its complement clause says.
SPEECH_VERBS = frozenset(
    """say tell add state claim report announce confirm write insist argue explain reveal allege acknowledge
    admit note warn pledge promise vow recommend declare testify post tweet brief stress assert maintain reiterate
    disclose conclude predict deny reply respond answer retort counter recall recognise recognize told said says
    inform notify""".split()
)
#: Verbs of committing oneself: what is promised is the promiser's figure ("pledged $5 million", "promised to
#: invest $7 billion"), but not a figure in a clause that describes something named in the promise.
COMMISSIVE_VERBS = frozenset("pledge promise vow".split())
#: Verbs of believing: "the government believes there could be up to 200 dead" claims the clause too.
BELIEF_VERBS = frozenset("believe think fear suspect".split())
#: Verbs of finding, seeing or estimating: they claim their object (or "at"/"to" phrase) too ("police found
#: 18 bodies", "witnesses saw three bodies").
ESTIMATE_VERBS = frozenset(
    """estimate put record find count calculate expect forecast project attribute register tally document
    verify show suggest indicate log identify see witness observe""".split()
)
#: Verbs of asking for or setting out an amount: whoever proposes, requests or outlines it states the
#: figure ("X requested the court impose a fine of 100 riel", "she outlined three priorities").
PROPOSAL_VERBS = frozenset("request propose demand seek urge outline detail unveil".split())
#: Verbs that set a tally at a figure when their object is one: "raised the death toll to 2,220".
TALLY_SETTING_VERBS = frozenset("raise revise lower update place set put fix peg increase".split())
#: Nouns of a tally that such a verb sets (an estimate too: "revised its estimate to 40").
SET_TALLIES = lx.TALLY_NOUNS | {"estimate"}
#: Verbs of asking for an amount through "for": "the UN appealed for $72.7 million", "called for 5,000 troops".
APPEAL_VERBS = frozenset("appeal call ask plead".split())
#: Of the verbs above, those whose direct object can be the claimed figure ("announced £12m").
OBJECT_CLAIM_VERBS = (
    frozenset(
        """announce report confirm acknowledge admit pledge declare estimate put record find count calculate
    expect forecast predict project attribute register tally document verify show suggest indicate log
    identify say claim disclose reveal see witness observe""".split()
    )
    | PROPOSAL_VERBS
)
#: Fates a count is reported in as a small clause: "reporting 160 dead and 370 injured".
FATE_WORDS = frozenset(
    "dead killed injured wounded missing hurt displaced homeless detained arrested".split()
)
NEGATING_HEADS = frozenset("decline refuse fail unable".split())
#: Verbs of wanting and asking: what they want done ("want the court to find ...") is not yet reported.
WISHING_HEADS = frozenset("want wish hope ask urge demand need expect plan intend seek try call".split())
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
#: The speaker's own words for themself: outside quote marks only a speech report's speaker.
SPEAKER_PRONOUNS = frozenset("i me my".split())
RELATIVE_PRONOUNS = frozenset("who which that whom whose".split())
#: Dependency edges by which a figure's clause enters a reporting verb it is claimed by.
CLAIM_EDGES = frozenset("ccomp xcomp parataxis dobj obj attr oprd dative acomp".split())
SUBJECT_EDGES = frozenset("nsubj nsubjpass csubj csubjpass expl".split())
NAMED_ENTITY_LABELS = frozenset("PERSON ORG GPE NORP FAC LOC".split())

NEXT_SENTENCE_SOURCE = re.compile(
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
#: Registry mention forms of a description the engine linked to an actor ("the president").
DESCRIPTION_FORMS = frozenset({"description"})
COLON_HEADING = re.compile(r"^\s*((?:[\w’'.&-]+\s+){0,3}[\w’'.&-]+)\s*:\s*$")


def sentence_token_ranges(token_sentence: list[int], count: int) -> list[tuple[int, int]]:
    ranges = [(0, 0)] * count
    start = 0
    for i in range(1, len(token_sentence) + 1):
        if i == len(token_sentence) or token_sentence[i] != token_sentence[start]:
            ranges[token_sentence[start]] = (start, i)
            start = i
    return ranges


def verb_kind(token: Token) -> str | None:
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return None
    lemma = token.lemma_.lower()
    if lemma in SPEECH_VERBS or token.lower_ in SPEECH_VERBS or lemma in BELIEF_VERBS or reports_out(token):
        return "speech"
    if lemma in PROPOSAL_VERBS or (lemma in APPEAL_VERBS and any(c.lower_ == "for" for c in token.children)):
        return "proposal"
    if lemma in TALLY_SETTING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SET_TALLIES for c in token.children
    ):
        return "estimate"  # "China raised the death toll to 15,000", "authorities placed the toll at 60"
    if lemma == "ask" and any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return "proposal"  # "prosecutors asked the judge to sentence him to 80 years"
    if lemma in ("put", "place"):  # "put the toll at 40", "placed turnout at 12 percent"; not "put forward"
        return "estimate" if any(_at_a_figure(t) for t in token.subtree) else None
    if lemma in ESTIMATE_VERBS:
        return "estimate"
    return None


def _at_a_figure(token: Token) -> bool:
    """ "at 40", "at about 12 percent": an "at" phrase that holds a number, the value an estimate puts."""
    return (
        token.dep_ == "prep"
        and token.lower_ == "at"
        and any(t.like_num or t.tag_ == "CD" for t in token.subtree)
    )


#: Channels a body publishes on ("the president's official Facebook page", "the ministry's website"):
#: their owner claims what they say; a channel with no owner named claims nothing.
CHANNEL_NOUNS = frozenset("page website site account feed channel blog".split())


def document_verb_kind(verb: Token) -> str | None:
    """ "A new UN report blamed the Taliban for 2,300 deaths": a document that is the subject of a verb
    with an object states what that verb's clause says, whatever the verb ("document" claims)."""
    if verb.pos_ != "VERB" or not any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return "document" if subjects and subjects[0].lemma_.lower() in DOCUMENT_NOUNS else None


#: Verbs of seeing: only people and bodies witness what they claim ("the pass saw 341mm of rain" claims nothing).
PERCEPTION_VERBS = frozenset("see witness observe".split())


def cannot_speak(subject: Token, verb: Token) -> bool:
    """ "Air strikes have claimed 220 lives", "the storm showed ...": events and natural forces say nothing."""
    lemma = fold(subject.lemma_)
    if lemma in lx.EVENT_NOUNS - {"announcement", "ruling", "verdict"} or lemma in lx.NATURAL_FORCES:
        return True
    if verb.lemma_.lower() in PERCEPTION_VERBS:
        named = subject.pos_ == "PROPN" and subject.ent_type_ in ("PERSON", "ORG", "NORP")
        pronoun = subject.lower_ in PERSON_PRONOUNS | {"they", "we", "i"}
        return not (named or pronoun or _noun_forms(subject) & ACTOR_NOUNS)
    return verb.lemma_.lower() == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("life", "victim") for c in verb.children
    )


def names_an_actor(subject: Token) -> bool:
    """A subject that can be someone: a proper name or a noun for people or bodies ("teams", "officials"),
    not a thing ("a rapid screening indicates ...")."""
    return subject.pos_ == "PROPN" or bool(
        _noun_forms(subject) & (ACTOR_NOUNS | lx.GROUP_NOUNS | lx.ORG_NOUNS)
    )


def _noun_forms(subject: Token) -> set[str]:
    """A subject's lemma and its word without a plural ending (the tagger may take "Witnesses" for a name,
    whose lemma is then the plural)."""
    return {fold(subject.lemma_), re.sub(r"(?:es|s)$", "", subject.lower_)}


def modifier_participle(verb: Token) -> bool:
    """ "deaths confirmed by a doctor": a participle describing a noun, not someone reporting."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "ccomp" for c in verb.children)


def negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and (
        head.lemma_.lower() in NEGATING_HEADS or any(c.dep_ == "neg" for c in head.children)
    )


def wished_for(verb: Token) -> bool:
    """ "We want the court to find justice for the 23 workers": a claim verb in an infinitive that
    someone wants, asks or urges reports nothing yet."""
    return (
        verb.dep_ in ("xcomp", "ccomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in WISHING_HEADS
    )


def claim_edge(verb: Token, child: Token, kind: str) -> bool:
    """Does a figure reached through ``child`` belong to what ``verb`` reports?"""
    if child.dep_ in ("ccomp", "xcomp", "parataxis") or (child.dep_ == "acl" and verb.pos_ == "NOUN"):
        return True  # a noun of saying's "that" clause: "China's claim that only ten people are dead"
    if child.dep_ in ("dobj", "obj") and _elided_after_report(verb, child):
        return True  # "told VOA that 1,000 people were killed, and 1,500 others injured"
    if child.dep_ in ("dobj", "obj", "attr", "oprd", "dative", "acomp"):
        return verb.lemma_.lower() in OBJECT_CLAIM_VERBS
    if child.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in verb.children):
        return True  # "A £10 billion investment has been announced by the minister": what the agent states
    if (
        child.dep_ == "prep"
        and child.lower_ in HEDGE_PREPOSITIONS
        and any(c.like_num for c in child.children)
    ):
        return True  # "CNN is reporting over 160 dead": a hedged number the parse took for a preposition
    if child.dep_ in ("advcl", "conj", "oprd", "acomp") and child.lower_ in FATE_WORDS:
        return verb.lemma_.lower() in OBJECT_CLAIM_VERBS  # "... is reporting over 160 dead and 370 injured"
    if child.dep_ == "advcl" and child.tag_ == "VBG" and child.lower_ in CONTINUATIONS | SPELLING_OUT:
        # "The ministry reported 1,200 new cases, bringing the total to 45,000": the sum its figure makes;
        # "The commission announced results, giving the party 58%": what the announced results hold
        return verb.lemma_.lower() in OBJECT_CLAIM_VERBS
    if kind == "document":
        return child.dep_ in ("dobj", "prep", "advmod", "npadvmod", "ccomp")
    if kind == "proposal" and child.dep_ == "prep" and child.lower_ == "for":
        return True  # "appealed for $72.7 million": the amount asked for
    if kind == "proposal" and child.dep_ in ("advcl", "xcomp") and child.left_edge.lower_ == "to":
        return True  # "appealed for $72.7 million to provide aid to 350,000 people": what the money is for
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
        # "Officials say four children have died, and 16 other people are infected": the parse may hang the
        # second clause of what was said on the verb of saying; a clause with a subject of its own goes on
        # with the report
        continues = any(c.i < child.i for c in reports) and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in child.children
        )
        return bool(reports) and (any(c.i < verb.i for c in reports) or introduced or continues)
    return False


def _elided_after_report(verb: Token, child: Token) -> bool:
    """ "X told VOA that 1,000 people were killed, and 1,500 others injured": a second reported clause with
    its verb elided, which the parse hangs on the verb of saying as an object after its "that" clause."""
    reports = [c for c in verb.children if c.dep_ == "ccomp" and c.i < child.i]
    before = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
    return bool(reports) and before is not None and before.lower_ in ("and", "while", "with")


#: Hedge words spaCy may parse as prepositions before a number ("reporting over 160 dead").
HEDGE_PREPOSITIONS = frozenset({"over", "about", "around", "nearly", "almost", "under", "roughly", "some"})
#: Words that carry an attribution on past its verb: "..., officials said, with 300 more injured".
CONTINUATIONS = frozenset("with including bringing taking raising pushing".split())
#: Participles that spell out what an announced or reported thing holds: "announced results, giving X 58%".
SPELLING_OUT = frozenset("giving showing putting".split())


def postposed_segments(verb: Token, subject: Token, subject_first: int) -> list[tuple[int, int]]:
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
            or (doc[j].text == "," and j + 1 < sentence.end and new_clause_of_another_verb(verb, doc[j + 1]))
        ),
        sentence.end,
    )
    continuation = next((j for j in range(verb.i + 2, end) if _carries_on(doc, j)), None)
    tail = [t for t in doc[verb.i + 1 : continuation or end] if not t.is_punct]
    if any(t.dep_ in ("ccomp", "xcomp", "conj", "mark") or not within(verb, t.i) for t in tail):
        return []  # the verb goes on to report something else
    start = max((j + 1 for j in range(sentence.start, comma) if doc[j].text == ";"), default=sentence.start)
    segments = [(start, comma)]
    if continuation is not None:
        segments.append((continuation, end))
    return segments


def _carries_on(doc: Doc, j: int) -> bool:
    """Does a comma and the word at ``j`` carry an attribution on ("..., officials said, with 300 more
    injured", "..., the ministry said, up from 27 a day earlier")?"""
    if doc[j - 1].text != ",":
        return False
    following = doc[j + 1].lower_ if j + 1 < len(doc) else ""
    return doc[j].lower_ in CONTINUATIONS or (doc[j].lower_ in ("up", "down") and following == "from")


def new_clause_of_another_verb(verb: Token, token: Token) -> bool:
    """ "..., aid workers said, and some arrived ...": a conjunction opening the next clause of the
    sentence, which the attribution does not cover."""
    return token.lower_ in ("and", "but") and token.dep_ == "cc" and not within(verb, token.i)


def is_aside(token: Token) -> bool:
    """A non-restrictive relative clause: background the narrator adds ("..., which won 6.2%")."""
    if token.dep_ != "relcl":
        return False
    left = token.left_edge
    previous = token.doc[left.i - 1] if left.i > 0 else None
    return (previous is not None and previous.text in (",", "(", "–", "—")) or token.head.pos_ == "PROPN"


def is_aside_token(token: Token, top: Token) -> bool:
    t = token
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "appos", "acl", "punct"):
            return True
        t = t.head
    return False


def within(head: Token, index: int) -> bool:
    return head.left_edge.i <= index <= head.right_edge.i and any(t.i == index for t in head.subtree)


def owner_of(head: Token) -> Token | None:
    """Who a document or spokesperson belongs to: "the fund's assessment", "assessment by the fund"; a date
    before it says when, not whose ("Friday's report from the Labor Department")."""
    for child in head.children:
        if (
            child.dep_ == "poss"
            and child.lower_ not in ("its", "their", "his", "her", "our", "my")
            and child.ent_type_ not in lx.TIME_LABELS
        ):
            return child
    for child in head.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from", "of", "for"):
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if objects:
                return objects[0]
    compounds = [
        c
        for c in head.children
        if c.dep_ in ("compound", "nmod") and c.i < head.i and c.ent_type_ not in lx.TIME_LABELS
    ]
    return compounds[-1] if compounds else None


def coordinated_modifiers(doc: Doc, first: int) -> int:
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


def owner_after(head: Token) -> Token | None:
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


def topic_modifier(owner: Token, head: Token) -> bool:
    """A common noun before a document noun that says what it is about ("nutrition survey", "damage
    assessment"), not who made it ("media reports", "police figures")."""
    return common_modifier(owner, head) and owner.lemma_.lower() not in SOURCE_NOUNS | ACTOR_NOUNS


def common_modifier(owner: Token, head: Token) -> bool:
    return owner.i < head.i and owner.dep_ in ("compound", "nmod", "amod") and not is_named(owner)


def is_named(token: Token) -> bool:
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
ACRONYM = re.compile(r"[A-Z][A-Za-z&.\-]{1,11}")
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)


def capitalised(token: Token) -> bool:
    """A capitalised word that can be part of a name (not a weekday or month, not a number)."""
    text = token.text
    return (
        text[:1].isupper()
        and any(c.isalpha() for c in text)
        and token.lower_ not in CALENDAR
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
        if j - 1 < start or doc[j].lower_ not in NAME_LINKS or not capitalised(doc[j - 1]):
            break
        k = j - 1
        while k - 1 >= start and capitalised(doc[k - 1]):
            k -= 1
        wide_first = k
    while True:  # rightwards: this name + "of the ..." / "for ..."
        j = wide_last + 1
        if j >= end or doc[j].lower_ not in NAME_LINKS:
            break
        k = j + 1
        if k < end and doc[k].lower_ == "the":
            k += 1
        if k >= end or not capitalised(doc[k]):
            break
        while k + 1 < end and capitalised(doc[k + 1]):
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
        and ACRONYM.fullmatch(doc[wide_last + 2].text)
        and sum(c.isupper() for c in doc[wide_last + 2].text) >= 2
    ):
        wide_last += 3
    return wide_first, wide_last


def description_nouns(name: str) -> list[str]:
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


def is_bare_definite(head: Token) -> bool:
    """ "the company", "the fund", "the president's": a definite article and nothing else before the
    noun, and nothing after it but a possessive ending."""
    lefts = list(head.lefts)
    rights = [t for t in head.rights if t.dep_ != "case"]
    return len(lefts) <= 1 and all(t.lower_ in ("the", "this", "that") for t in lefts) and not rights


def strip_titles(surface: str) -> str:
    """ "Dr Rosa Mabunda" -> "Rosa Mabunda": leading titles, roles and lower-case words go."""
    words = surface.split()
    while words and (words[0][:1].islower() or words[0].lower().rstrip(".") in PERSON_TITLES | PERSON_NOUNS):
        words = words[1:]
    return " ".join(words)


def looks_like_person(head: Token, surface: str) -> bool:
    """A name with a title or a role noun before it ("Ms X", "spokeswoman X"), or a PERSON entity
    whose last word is not an organisation word ("... Fund", "... Network")."""
    if has_person_title(head) or {w.lower().rstrip(".") for w in surface.split()} & PERSON_TITLES:
        return True
    words = surface.lower().split()
    return head.ent_type_ == "PERSON" and bool(words) and words[-1] not in ORGANISATION_WORDS


def has_person_title(head: Token) -> bool:
    return any(t.lower_.rstrip(".") in PERSON_TITLES | PERSON_NOUNS for t in head.lefts)


def person_name(name: str, actor: object) -> bool:
    kind = getattr(actor, "kind", None)
    return kind == "person" or (kind is None and len(name.split()) in (2, 3) and name.istitle())


def introduced_documents(doc: Doc) -> list[tuple[int, int]]:
    """(document token, author token) for every document introduced with its author."""
    found: list[tuple[int, int]] = []
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in INTRODUCED_DOCUMENTS:
            continue
        author = owner_of(token) or owner_after(token)
        if author is not None and (topic_modifier(author, token) or common_modifier(author, token)):
            author = None
        if author is None and token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in PUBLISH_VERBS:
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


#: Verbs of speaking on a topic: "X spoke about the results", "X reported on the situation".
ACCOUNT_VERBS = frozenset("speak talk report brief inform update tell".split())


#: Nouns for an account given in parts: "officials reported details of the latest strikes".
DETAIL_NOUNS = frozenset("detail breakdown rundown summary".split())


def introduces_details(verb: Token) -> bool:
    """ "Officials reported details of the latest strikes", "the ministry gave a breakdown": an account
    announced as details to follow, which the paragraphs after it (headings, lists) set out."""
    if verb.lemma_.lower() not in ACCOUNT_VERBS | {"release", "give", "provide", "publish"}:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in DETAIL_NOUNS for c in verb.children)


def introduces_account(verb: Token) -> bool:
    """A verb of speaking, said to have happened, with an "about"/"on" topic and no reported clause."""
    if verb.lemma_.lower() not in ACCOUNT_VERBS:
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in verb.children):
        return False  # "X will brief the President today on ...": nothing is told yet
    return any(c.dep_ == "prep" and c.lower_ in ("about", "on") for c in verb.children) or introduces_details(
        verb
    )
