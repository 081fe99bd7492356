"""Reporting cues and their agents: who "said", "told reporters", "added", or is "according to".

Shared by the actor registry (speakers and claimants are actors, and a speaker is the first
place a pronoun looks for its antecedent) and the quote extractor (the speaker of a quote is
the agent of its cue). The agent comes from spaCy's parse (the subject of the cue verb),
with word-order rules where the parse is weak ("..., whose director, X, said").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import lexicon as lx

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention_base import Candidate

#: Words that may stand between a speaker and the cue ("X, 62, also said", "X later told").
_SKIPPABLE_BEFORE_CUE = lx.words(
    ", also later then again earlier still separately further previously has had have"
)


#: Reporting verbs whose object is the one spoken to: a subject printed after them is that listener,
#: misparsed ("..., told Reuters"), never the speaker.
ADDRESSEE_VERBS = frozenset("tell inform assure brief notify".split())


def is_cue(doc: Doc, i: int) -> bool:
    """A reporting verb ("said", "told", "warned") or the "according" of "according to"."""
    tok = doc[i]
    if tok.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
        return True
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return (
        (tok.lemma_.lower() in lx.SPEECH_VERBS and tok.lower_ != "according")
        or reports_out(tok)
        or _as_put_it(tok)
        or _statement_reads(tok)
    )


def _statement_reads(verb: Token) -> bool:
    """'"...," the statement read', '"...," read a statement from X': a written statement "reads" the
    words it prints (a sign or a banner that reads is no one's statement)."""
    return verb.lemma_.lower() == "read" and any(
        c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in lx.STATEMENT_NOUNS for c in verb.children
    )


def _as_put_it(verb: Token) -> bool:
    """ "As Dr X put it, '...'": "put it" in an "as" clause says how someone worded what follows."""
    return (
        verb.lemma_.lower() == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )


def reports_out(verb: Token) -> bool:
    """ "The minister pointed out that 40 people had died", "set out that the priority was ...": a verb
    with the particle "out" reports the "that" clause it governs (but "set out a plan" reports nothing)."""
    return (
        verb.lemma_.lower() in lx.OUT_SPEECH_VERBS
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def is_negated(doc: Doc, i: int) -> bool:
    """ "did not say", "never said", "declined to say", "refused to comment"."""
    tok = doc[i]
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lx.REFUSING_VERBS


#: Modals that make a reporting verb something someone ought to say, not something said.
_DEONTIC_MODALS = frozenset("should must ought".split())


def is_unsaid(doc: Doc, i: int) -> bool:
    """ "X should say, 'yes, there is a problem'", "X must tell voters '...'": words someone ought to say,
    which the writer puts in their mouth; no one has said them."""
    verb = doc[i]
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "should join hands ... and say": one modal for both
    return any(c.dep_ == "aux" and c.lower_ in _DEONTIC_MODALS for c in verb.children)


def is_characterising(doc: Doc, i: int) -> bool:
    """A verb that puts a quoted label on something ("dismissed ... as", "calling it")."""
    tok = doc[i]
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lx.CHARACTERISING_VERBS


#: Characterising verbs that give a name or label ("what X called a '...'"): the label is X's words.
NAMING_VERBS = frozenset("call describe dub label term brand".split())


def is_naming(doc: Doc, i: int) -> bool:
    """A verb that names its object with a quoted label ("called it 'a disgrace'", "dubbed '...'")."""
    return is_characterising(doc, i) and doc[i].lemma_.lower() in NAMING_VERBS


def cue_text(doc: Doc, i: int) -> str:
    """How a cue is printed: "said", "told", "according to"."""
    if doc[i].lower_ == "according":
        return "according to"
    return doc[i].text


def agent_of(
    doc: Doc,
    cue: int,
    at: Callable[[int], Candidate | None],
    *,
    level: Callable[[int], int] | None = None,
    depth: int = 0,
) -> Candidate | None:
    """The mention that is the agent of cue token ``cue``; ``at(i)`` gives the mention covering token ``i``.

    ``level(i)`` is how deep in quotations token ``i`` lies: a cue outside a quote does not take
    its subject from a verb inside one ("forces 'will not take sides' and urged ...").
    """
    tok = doc[cue]
    if tok.lower_ == "according":
        return _according_to(doc, cue, at)
    above = speaking_cue(doc, cue, at)
    if above != cue and depth < 3:
        return agent_of(doc, above, at, level=level, depth=depth + 1)
    quoted = _quoted_as_saying(doc, cue)
    if quoted is None and (object_quoted := quoted_as_saying(tok)) is not None:
        # the cue is "saying" itself: "the agency quoted Kim as saying it is 'urgent'"
        quoted = object_quoted.i
    if quoted is not None and (found := at(quoted)) is not None:
        return found
    named = name_before_a_date(tok)
    if named is not None and (found := at(named.i)) is not None:
        return found
    read = _statement_read_from(tok, at) if _statement_reads(tok) else None
    if read is not None:
        return read
    by = by_agent(tok)
    if by is not None and (found := at(by.i)) is not None:
        return found  # "Described by the BBC's X as '...'", "was called '...' by X": the one the "by" names
    # two subjects are a misparse of "Title of the Body (ACRONYM), Name said": the one next to the verb speaks
    for child in sorted(tok.children, key=lambda c: abs(c.i - cue)):
        if child.dep_ in ("nsubj", "nsubjpass") and child.i != cue:
            if child.i > cue and tok.lemma_.lower() in ADDRESSEE_VERBS:
                continue  # "the separatist, who was shot, told Reuters": whom he told, not who told
            if child.dep_ == "nsubjpass" and tok.lemma_.lower() in TARGET_VERBS:
                break  # "the firm's employees are accused of '...'", "she was told '...'": not who speaks
            if child.lower_ in lx.RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                found = at(tok.head.i)
            else:
                found = at(person_ending_the_subject(child).i) or _statement_owner(child, at)
            if found is not None:
                return found
            break
    if tok.tag_ != "VBG":  # "..., adding that": a participle's agent is its clause's subject
        found = _adjacent(doc, cue, at)
        if found is not None:
            return found
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if tok.tag_ == "VBG" and not has_subject and depth < 3:
        maker = _maker_of_the_saying(tok)
        if maker is not None:
            return agent_of(doc, maker.i, at, level=level, depth=depth + 1)
    if tok.tag_ == "VBG" and not has_subject:
        sibling = _reporting_sibling(doc, cue)
        if sibling is not None:  # "X stormed the base, a source said, adding ...": the source adds
            return agent_of(doc, sibling, at, level=level, depth=depth + 1)
    if depth < 3 and not has_subject and tok.dep_ in ("conj", "advcl", "xcomp") and tok.head.i != cue:
        head = tok.head
        while level is not None and level(head.i) != level(cue) and head.head.i != head.i:
            head = head.head
        if head.pos_ in ("VERB", "AUX") and (level is None or level(head.i) == level(cue)):
            return agent_of(doc, head.i, at, level=level, depth=depth + 1)
        if level is not None and tok.dep_ == "conj" and head.i == tok.head.i:
            # 'The council also "condemned the killing" and said ...': the quoted verb's subject,
            # outside the quote, is the subject of both verbs
            subject = next((c for c in head.children if c.dep_ == "nsubj" and level(c.i) == level(cue)), None)
            if subject is not None:
                return at(subject.i)
    return None


#: What a person or body puts out that can say something: "issued a statement saying", "launched a
#: website declaring".
PUBLISHED_NOUNS = lx.STATEMENT_NOUNS | frozenset("announcement website site video declaration".split())


def _maker_of_the_saying(participle: Token) -> Token | None:
    """The verb whose subject says what a subjectless "saying" says, when the participle hangs on what that
    subject put out ("X issued a statement saying ...", "the group launched a website declaring ...") or
    on how they spoke ("X started by saying: ..."). Else None."""
    head = participle.head
    published = participle.dep_ == "acl" and head.dep_ == "dobj" and head.lemma_.lower() in PUBLISHED_NOUNS
    by_saying = participle.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "by"
    verb = head.head
    return verb if (published or by_saying) and verb.pos_ in ("VERB", "AUX") else None


def _statement_read_from(verb: Token, at: Callable[[int], Candidate | None]) -> Candidate | None:
    """'"...," read a statement from SAS Group': the body the statement that reads is from, when no one
    is the subject who reads it out."""
    if any(c.dep_ == "nsubj" and c.lemma_.lower() not in lx.STATEMENT_NOUNS for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "dobj") and (found := _statement_owner(child, at)) is not None:
            return found
        if child.dep_ == "prep" and child.lower_ == "from":
            author = next((c for c in child.children if c.dep_ == "pobj"), None)
            if author is not None and (found := at(author.i)) is not None:
                return found
    return None


def _statement_owner(noun: Token, at: Callable[[int], Candidate | None]) -> Candidate | None:
    """ "a statement of the city council quoted by Tass said", "the council's statement, carried by Tass,
    said": a statement speaks for whoever it is of, not for the outlet that relays it."""
    if noun.lemma_.lower() not in lx.STATEMENT_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ in ("poss", "compound") or (child.dep_ == "prep" and child.lower_ in ("of", "from")):
            owner = (
                child if child.dep_ != "prep" else next((c for c in child.children if c.dep_ == "pobj"), None)
            )
            found = at(owner.i) if owner is not None else None
            if found is not None:
                return found
        if child.dep_ == "acl" and child.lemma_.lower() in AUTHORING_PARTICIPLES:
            # "The statement carried by Reuters, claiming to be from Taliban spokesman X, reads: ..."
            for prep in child.subtree:
                if prep.lower_ in ("from", "to", "by") and prep.dep_ in ("prep", "agent", "dative"):
                    author = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    found = at(author.i) if author is not None else None
                    if found is not None:
                        return found
    return None


#: Verbs of saying whose passive subject is the one spoken of or to, not the speaker ("are accused of").
TARGET_VERBS = frozenset(
    "accuse charge allege tell ask warn urge inform blame condemn criticise criticize".split()
)
#: Participles that name a statement's author: "claiming to be from X", "attributed to X", "signed by X".
AUTHORING_PARTICIPLES = frozenset("claim purport attribute sign issue".split())


def speaking_cue(doc: Doc, cue: int, at: Callable[[int], Candidate | None]) -> int:
    """The cue whose agent speaks: ``cue`` itself, or the reporting verb above it when ``cue``'s subject is
    a thing no mention covers ("The White House says Thursday's shootdown indicates rebels have access
    '...'": a shootdown speaks for no one; the words are the White House's)."""
    tok = doc[cue]
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < cue]
    if subjects and at(subjects[0].i) is None and tok.dep_ == "ccomp" and is_cue(doc, tok.head.i):
        return tok.head.i
    return cue


def quoted_as_saying(participle: Token) -> Token | None:
    """The object of "reports quoted officials as saying", "AP reports X as commenting", or the subject of
    the passive "X was quoted by AP as saying": the one quoted speaks, not the reporter. ``participle`` is
    "saying"; None when it is not in that frame."""
    doc = participle.doc
    k = participle.i - 1
    if participle.tag_ != "VBG" or k < 1 or doc[k].lower_ != "as":
        return None
    reporting = doc[k].head
    if doc[k].dep_ == "prep" and any(c.dep_ == "auxpass" for c in reporting.children):
        subject = next((c for c in reporting.children if c.dep_ == "nsubjpass"), None)
        if subject is None and reporting.dep_ == "conj":  # "X reaffirmed ... and was quoted as saying"
            subject = next((c for c in reporting.head.children if c.dep_ == "nsubj"), None)
        return subject
    token = doc[k - 1]
    while token.dep_ != "dobj" and token.head.i != token.i and token.head.i < k:
        token = token.head
    return token if token.dep_ == "dobj" and token.right_edge.i == k - 1 else None


def _quoted_as_saying(doc: Doc, cue: int) -> int | None:
    """The object of "the agency reports Lassegue as commenting", "papers quoted him as saying": the one
    reported speaks, not the reporter."""
    for child in doc[cue].children:
        k = child.right_edge.i + 2
        if (
            child.dep_ == "dobj"
            and k < len(doc)
            and doc[k].lemma_.lower() in lx.SPEECH_VERBS
            and (quoted := quoted_as_saying(doc[k])) is not None
            and quoted.i == child.i
        ):
            return child.i
    return None


def person_ending_the_subject(subject: Token) -> Token:
    """ "Movement for Democratic Change spokesman Nelson Chamisa says": the parse may head a subject on the
    body ("Movement") and bury the person in its "for" phrase. A person named after a role noun at the end
    of the subject is who acts; any other subject is returned as it is, and so is one whose last person is
    one of several ("Forces loyal to President X and Vice President Y")."""
    doc = subject.doc
    last = subject.right_edge
    if last.i <= subject.i or last.ent_type_ != "PERSON" or subject.ent_type_ == "PERSON":
        return subject
    if last.dep_ == "conj":
        return subject
    first = last
    while first.i - 1 > subject.i and doc[first.i - 1].ent_type_ == "PERSON":
        first = doc[first.i - 1]
    role = doc[first.i - 1]
    return last if first.i - 1 > subject.i and role.lower_ in lx.ROLE_NOUNS else subject


def name_before_a_date(verb: Token) -> Token | None:
    """ "Mr. Museveni Monday called the attackers ...": the parse may make a name printed right before the
    date of the clause a modifier of the date, leaving the verb without a subject; that name is it."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for date in verb.children:
        if date.i < verb.i and date.dep_ == "npadvmod" and date.ent_type_ in lx.TIME_LABELS:
            names = [
                c
                for c in date.children
                if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in lx.TIME_LABELS
            ]
            if names:
                return names[-1]
    return None


def by_agent(verb: Token) -> Token | None:
    """The object of a passive verb's "by" phrase; "dug by hand", "sent by road" name no agent."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    found = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if found is not None and found.lemma_.lower() in lx.MANNER_BY_NOUNS and not any(found.children):
        return None
    return found


def _reporting_sibling(doc: Doc, cue: int) -> int | None:
    """A reporting verb between a participle ("adding") and the verb both hang on, when the parse
    attached "X said, adding" to the reported clause instead of to "said"."""
    head = doc[cue].head
    siblings = [c.i for c in head.children if head.i < c.i < cue and c.dep_ in ("advcl", "conj", "parataxis")]
    return next((i for i in reversed(siblings) if is_cue(doc, i)), None)


def _according_to(doc: Doc, cue: int, at: Callable[[int], Candidate | None]) -> Candidate | None:
    to = doc[cue + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in doc[cue].children if c.dep_ == "pobj"
    ]
    if not objects and cue + 2 < len(doc):
        objects = [doc[cue + 2]]
    for obj in objects:
        # "according to projections by the group X": the agent of the document
        for child in obj.subtree:
            if child.lower_ == "by" and child.dep_ in ("prep", "agent"):
                for grand in child.children:
                    found = at(grand.i)
                    if found is not None:
                        return found
        found = at(obj.i)
        if found is not None:
            return found
        # "according to a statement from the ministry", "according to the agency's figures"
        for child in obj.subtree:
            if child.i != obj.i and child.dep_ in ("poss", "compound", "pobj"):
                found = at(child.i)
                if found is not None:
                    return found
    return None


def _adjacent(doc: Doc, cue: int, at: Callable[[int], Candidate | None]) -> Candidate | None:
    """ "X said" with only commas or adverbs between, or the inverted "said X"."""
    j = cue - 1
    while j >= 0 and (doc[j].lower_ in _SKIPPABLE_BEFORE_CUE or doc[j].pos_ == "ADV") and cue - j < 4:
        j -= 1
    if j >= 0 and doc[j].sent == doc[cue].sent:
        found = at(j)
        if found is not None and found.end == j + 1:
            return _apposition_head(doc, found, at) if doc[j + 1].text == "," else found
    if doc[cue].lemma_.lower() in ADDRESSEE_VERBS:
        return None  # "..., told Reuters": after "told" comes the listener, never an inverted speaker
    before = doc[cue - 1].text if cue > 0 else ""
    return _inverted(doc, cue, at, before=before)


def _apposition_head(doc: Doc, found: Candidate, at: Callable[[int], Candidate | None]) -> Candidate | None:
    """ "X, lead investigator for the rights group Y, said": a name that ends an aside set off by
    commas, but does not open it, only qualifies the aside's noun; the speaker is the name before
    the aside (none when that is not a mention), as in "X, who met Y, said". "The group's leader,
    X, said": X opens the aside and speaks."""
    opening = next(
        (k for k in range(found.start - 1, doc[found.start].sent.start - 1, -1) if doc[k].text == ","), None
    )
    if opening is None or opening + 1 == found.start:
        return found
    head = at(opening - 1) if opening > 0 else None
    return head if head is not None and head.end == opening else None


#: Words that may stand before a title without belonging to the name: "said acting Commerce Secretary X".
WORDS_BEFORE_A_TITLE = frozenset("acting interim former outgoing incoming".split())


def _inverted(doc: Doc, cue: int, at: Callable[[int], Candidate | None], *, before: str) -> Candidate | None:
    """The inverted "..., said X", also "..., said acting Commerce Secretary X", where the parse may take
    "acting" for a verb and the title for its object."""
    if cue + 1 < len(doc) and (before in (",", "”", '"', "’", "'") or doc[cue].is_sent_start):
        first = cue + 1
        while first + 1 < len(doc) and doc[first].lower_ in WORDS_BEFORE_A_TITLE:
            first += 1
        found = at(first)
        if found is not None and min(found.start, found.surface_start) in (cue + 1, first):
            return found
    return None
