"""Event agents: who did what a dated expression is about, read from spaCy's dependency parse.

The agent of a verb is its subject, the "by" phrase of a passive (none without it), "X and Y" for
joint subjects, the noun a relative clause hangs from ("the council, which met on Tuesday"), the
subject of the verb above for a clause without its own ("plans to begin next year"); the agent of
an event noun is its "by" phrase, the sides of "talks between X and Y" or its owner ("Russia's
offensive", "Israeli strikes"). Which actor a noun phrase or pronoun names is :mod:`.agent_names`'s
part (:class:`.agent_names.PhraseActors`, the base of :class:`AgentFinder`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import lexicon as lx
from ..dates import governing_verb
from ..lexicon import fold
from .claimant_words import DOCUMENT_NOUNS
from .cues import by_agent

if TYPE_CHECKING:
    from spacy.tokens import Token


from .agent_names import (
    ACCIDENT_NOUNS,
    ATTACK_NOUNS,
    SUBJECT_DEPS,
    Agent,
    PhraseActors,
    _subject,
)

#: Verbs of military acts: a country that does them acts through its armed force ("stormed by Ukraine").
MILITARY_VERBS = frozenset(
    "attack strike shell bomb storm invade seize capture retake advance bombard raid ambush".split()
)

#: Plural nouns for the two people of a meeting or call ("The interlocutors discussed ...").
PAIR_NOUNS = frozenset({"interlocutors", "counterparts"})

#: Nouns for events with two sides: "talks between X and Y" have X and Y as joint agents.
RECIPROCAL_NOUNS = frozenset(
    """talks negotiations clashes fighting meeting meetings dialogue war ceasefire truce deal agreement call
    calls conversation conversations""".split()
)

#: Verbs of forecasting: a date after what they forecast dates the forecast thing, not the forecasting.
FORECAST_VERBS = frozenset("project forecast predict".split())


def _decided(agents: tuple[Agent, ...], rule: str, verb: Token) -> tuple[Agent, ...]:
    """``agents`` marked with the rule that found them (a speaker of "I" inside a quote keeps its own)."""
    return tuple(a if a.rule else replace(a, rule=rule, verb=verb.text) for a in agents)


class AgentFinder(PhraseActors):
    """Finds the agent of a verb or event noun in the parse of one report."""

    def noun_agents(self, noun: Token, *, in_quote: bool) -> tuple[Agent, ...]:
        """The agent of an event a noun names: "by X", the sides of "talks between X and Y", its owner
        ("Russia's offensive", "Israeli strikes"), or "by X" of the passive verb it is the subject of."""
        undergoer = [
            o
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj"
        ]  # "the shootdown of a helicopter by separatists": the parse hangs "by" on what was shot down
        by_of = [c for o in undergoer for c in o.children if c.dep_ == "prep" and c.lower_ == "by"]
        for child in [*noun.children, *self._stray_by(noun), *by_of]:
            if child.dep_ in ("prep", "agent") and child.lower_ == "by":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return _decided(self.name_phrase(objects[0], in_quote=in_quote, verb=noun), "by", noun)
        if noun.lower_ in RECIPROCAL_NOUNS:
            sides = self._sides(noun, in_quote=in_quote)
            if sides:
                return _decided(sides, "sides", noun)
            if not any(c.dep_ == "poss" for c in noun.children):
                return ()  # "the Bosnian war", "the Syrian talks": where it is, not one side doing it alone
        owner = (
            None
            if noun.lemma_.lower() in OWNERLESS_EVENT_NOUNS or fold(noun.lemma_) in lx.AFFLICTIONS
            else self._owner(noun, in_quote=in_quote, objects=False)
        )
        if owner is not None:
            return _decided((owner,), "event owner", noun)
        doer = self._doer_after_of(noun, in_quote=in_quote) or self._document_maker(noun, in_quote=in_quote)
        if doer is not None:
            return _decided((doer,), "event owner", noun)
        if noun.dep_ == "nsubjpass":
            by = by_agent(noun.head)
            if by is not None:
                return _decided(self.name_phrase(by, in_quote=in_quote, verb=noun.head), "by", noun.head)
        verb = _taking_part_in(noun)
        if verb is not None:  # "X took part in Sunday's protest": X is one of those who did it
            subject = _subject(verb)
            if subject is not None and subject.dep_ == "nsubj":
                return _decided(self.name_phrase(subject, in_quote=in_quote, verb=verb), "subject", verb)
        verb = _gathering_of(noun)
        subject = _subject(verb) if verb is not None else None
        if verb is not None and subject is not None and subject.dep_ in ("nsubj", "nsubjpass"):
            return self._attendees(
                subject, verb, in_quote=in_quote
            )  # "At a news conference last night, X ..."
        return ()

    def _doer_after_of(self, noun: Token, *, in_quote: bool) -> Agent | None:
        """ "the victory of Tony Blair in 1997", "the visit of President X on Monday": for nouns of what one
        does oneself, the "of" phrase names the doer (unlike "the arrest of X", what X underwent)."""
        if noun.lemma_.lower() not in OF_DOER_NOUNS:
            return None
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        doer = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        agent = self.actor_of(doer, in_quote=in_quote, verb=noun) if doer is not None else None
        return agent if agent is not None and agent.kind != "place" else None

    def _document_maker(self, noun: Token, *, in_quote: bool) -> Agent | None:
        """ "Friday's report from the Labor Department", "Friday's Commerce Department report": a dated
        report or statement is made by the body it is from, or that names it."""
        if noun.lemma_.lower() not in lx.STATEMENT_NOUNS | {"report", "announcement"}:
            return None
        makers = [
            o
            for c in noun.children
            if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
            for o in c.children
            if o.dep_ == "pobj"
        ] or [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        agent = self.actor_of(makers[0], in_quote=in_quote, verb=noun) if makers else None
        return agent if agent is not None and agent.kind in ("organisation", "country", "person") else None

    def _attendees(self, subject: Token, verb: Token, *, in_quote: bool) -> tuple[Agent, ...]:
        """ "At a news conference last night, Mr Putin was asked ...": the people a clause set at a gathering
        is about took part in it, whatever the voice of its verb (no one when the subject is not people)."""
        agents = self.name_phrase(subject, in_quote=in_quote, verb=verb)
        return _decided(agents, "subject", verb) if agents and all(a.kind == "person" for a in agents) else ()

    def _stray_by(self, noun: Token) -> list[Token]:
        """ "coincided with Friday's ruling by the court": a "by" right after an event noun that the parser
        hung on an active verb (which takes no "by" agent) belongs to the noun."""
        following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if following is None or following.lower_ != "by" or following.head.i == noun.i:
            return []
        head = following.head
        return [following] if head.pos_ in ("VERB", "AUX") and not _is_passive(head) else []

    def agents(self, verb: Token, *, in_quote: bool, date_start: int) -> tuple[Agent, ...]:
        """The agent(s) of ``verb``: subject, passive "by" phrase, or the subject above it; a country that
        carries out a military act ("the region was stormed by Ukraine") acts through the armed force the
        report names for it (the issue's "an armed force's action given to the whole country")."""
        found = self._verb_agents(verb, in_quote=in_quote, date_start=date_start)
        if verb.lemma_.lower() not in MILITARY_VERBS:
            return found
        return tuple(self._as_armed_force(agent, verb) for agent in found)

    def _as_armed_force(self, agent: Agent, verb: Token) -> Agent:
        if agent.kind != "country" or agent.phrase:
            return agent
        actor = self.registry.at(agent.start, agent.end, doc_id=self.report.doc_id)
        if actor is None or actor.kind != "country":
            return agent
        force = self._armed_force(actor.name, verb)
        return (
            replace(force, start=agent.start, end=agent.end, rule=agent.rule, verb=agent.verb)
            if force
            else agent
        )

    def _verb_agents(self, verb: Token, *, in_quote: bool, date_start: int) -> tuple[Agent, ...]:
        """The agent(s) of ``verb``: subject, passive "by" phrase, or the subject above it."""
        current = verb
        raised = False  # climbed from a clause the subject above does: "X is alleged to have fled"
        if self._forecast_content(verb, date_start):
            return ()  # "the IMF is projecting a 2.8 percent advance this year": the advance's year
        for _ in range(4):
            if _is_copula(current) or current.lemma_.lower() in BEFALLING_VERBS:
                return ()  # "X is an industrial byproduct ... in 2007", "X died last night": no act
            subject = self._subject_after_dateline(_subject(current) or self._fronted_date_object(current))
            subject = _trailing_attribution_subject(current, subject)
            passive_subject = subject is not None and (
                subject.dep_ == "nsubjpass"
                # "WASHINGTON - X was sentenced today": the name after a dateline stands for the passive subject
                or any(c.dep_ == "auxpass" for c in current.children)
            )
            if subject is not None and passive_subject:
                by = by_agent(current)
                if by is None and subject.lower_ == "it" and raised:
                    return ()  # "it is planned to upgrade 4,000 km of roads": an empty "it", no one named
                if by is None and (raised or _taking_part(current)):
                    # "X is believed to have fled": X did the fleeing; "X are involved in the response": X act
                    return _decided(
                        self.name_phrase(subject, in_quote=in_quote, verb=current), "subject", current
                    )
                if by is None and _at_gathering(current):
                    return self._attendees(subject, current, in_quote=in_quote)
                if by is None:
                    return self._owner_of_attack(current, in_quote=in_quote)
                return _decided(self.name_phrase(by, in_quote=in_quote, verb=current), "by", current)
            if subject is not None and (by := by_agent(current)) is not None:
                # "Rockets fired by Hezbollah hit a station": a "by" agent makes the verb a passive participle,
                # though the parse gave it a subject
                return _decided(self.name_phrase(by, in_quote=in_quote, verb=current), "by", current)
            if subject is not None and subject.lower_ in RECIPROCAL_NOUNS:
                return _decided(self._sides(subject, in_quote=in_quote), "sides", current)
            other_side = _fought_with(current)
            others = self.name_phrase(other_side, in_quote=in_quote, verb=current) if other_side else ()
            if subject is not None and others:
                # "U.N. troops exchanged gunfire with gang members", "rebels clashed with soldiers": both sides
                # (not "battled the government since 2009 with the stated goal of ...": no side)
                sides = self.name_phrase(subject, in_quote=in_quote, verb=current) + others
                return _decided(sides, "sides", current) if len(sides) >= 2 else ()
            chamber = _passing_chamber(current, subject)
            if chamber is not None:  # "The measure passed the House on Sunday": the House passed it
                return _decided(
                    self.name_phrase(chamber, in_quote=in_quote, verb=current), "subject", current
                )
            pair = self._the_two(subject) if subject is not None and not in_quote else ()
            if pair:
                return _decided(pair, "the two", current)
            if subject is not None and _no_one_acts(current, subject):
                return ()  # "a ferry sank", "it will increase again in 2015", "Istanbul has seen scores killed"
            if subject is not None and _event_taking_place(current, subject):
                # "Friday's attack by militants came a day after ...": the event's own doer
                return self.noun_agents(subject, in_quote=in_quote)
            if subject is not None:
                return _decided(
                    self.name_phrase(subject, in_quote=in_quote, verb=current), "subject", current
                )
            if _is_passive(current):
                by = by_agent(current)
                if by is not None:
                    return _decided(self.name_phrase(by, in_quote=in_quote, verb=current), "by", current)
                if raised and current.dep_ == "conj":
                    # "X declared mourning and was expected to address the nation Monday": a raising
                    # passive coordinated without a subject shares the first verb's, who does the act
                    current = current.head
                    continue
                if current.dep_ not in ("acl",):
                    return ()
            if (
                current.dep_ == "acl" or (current.dep_ == "relcl" and subject is None)
            ) and main_verb_parsed_as_modifier(current):
                return _decided(
                    self.name_phrase(current.head, in_quote=in_quote, verb=current), "subject", current
                )
            if _is_passive(current) and current.dep_ == "acl" and not raised and _undergoes(current.head):
                return ()  # "the 50 fighters killed Monday came from Russia": they underwent it; who did is unsaid
            absolute = _with_absolute_subject(current)
            if absolute is not None and current.tag_ == "VBN" and not raised:
                return ()  # "with a further front expected on Friday": what is expected does nothing
            if absolute is not None:  # "With the storm expected to hit tomorrow, troops stand ready"
                return _decided(
                    self.name_phrase(absolute, in_quote=in_quote, verb=current), "subject", current
                )
            credited = _credited_object(current)
            if credited is not None:  # "thanked Germany for hosting the conference": Germany hosted it
                return _decided(
                    self.name_phrase(credited, in_quote=in_quote, verb=current), "credited", current
                )
            controller = _object_controller(current) if not self._since_date(date_start) else None
            if controller is not None:  # "urged Congress to pass the bill by Friday": Congress passes it
                return _decided(
                    self.name_phrase(controller, in_quote=in_quote, verb=current), "object control", current
                )
            if current.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp"):
                # an active infinitive or adverbial clause with no subject of its own is done by the subject
                # above, even of a passive: "X is believed to have fled", "X was blamed for attacks since
                # launching an insurgency in 2009", "he was arrested after fleeing on Monday"
                raised = _controlled_by_the_subject_above(current)
                current = governing_verb(current.head) or current.head
                if current.pos_ not in ("VERB", "AUX"):
                    return ()
                continue
            return ()
        return ()

    def _since_date(self, date_start: int) -> bool:
        """ "has been advising nationals to leave since October", "has enabled 250 people to leave in the
        last week": a period running up to now goes with a perfect verb, never with an infinitive ("to leave
        since October"), so it dates the verb above the infinitive."""
        return UP_TO_NOW.match(self.report.text, date_start) is not None

    def _forecast_content(self, verb: Token, date_start: int) -> bool:
        """A date after the object of a verb of forecasting ("projecting a 2.8 percent advance this year",
        "forecast the debt will increase to 149% in 2013") dates what is forecast, which no one does."""
        if verb.lemma_.lower() not in FORECAST_VERBS:
            return False
        content = [c for c in verb.children if c.dep_ in ("dobj", "ccomp")]
        return bool(content) and all(int(self.starts[c.i]) < date_start for c in content)

    def _owner_of_attack(self, verb: Token, *, in_quote: bool) -> tuple[Agent, ...]:
        """A passive without "by" whose "in" phrase is an attack: "seven citizens were killed in Israeli air
        strikes", "the plant was destroyed in a Russian missile attack": the attack's owner did it; "he was
        arrested in a raid by the security forces": the one the attack's own "by" names."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
                for attack in prep.children:
                    if attack.dep_ == "pobj" and fold(attack.lemma_) in ATTACK_NOUNS:
                        by = next((c for c in attack.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                        doer = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
                        if doer is not None:
                            return _decided(
                                self.name_phrase(doer, in_quote=in_quote, verb=attack), "attack's owner", verb
                            )
                        owner = self._owner(attack, in_quote=in_quote, objects=False)
                        return _decided((owner,), "attack's owner", verb) if owner is not None else ()
        return ()

    def _fronted_date_object(self, verb: Token) -> Token | None:
        """ "On Friday police arrested two men", "On 12 March Prime Minister X gave a statement": a date put
        first without a comma may be parsed as one noun phrase with the subject after it, made the object of
        the date's preposition; a verb with no subject takes back that object when the date opens it."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i > verb.i or prep.i + 1 not in self.date_tokens:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.i < verb.i and noun.i not in self.date_tokens:
                    return noun
        return None

    def _subject_after_dateline(self, subject: Token | None) -> Token | None:
        """ "OUAGADOUGOU (AFP) – Jihadists killed ...": the parse may make the dateline's city the
        subject and the real one its apposition or conjunct ("San Juan, Puerto Rico – Today, FEMA Administrator X will
        travel": not the date either); the city of a dateline never acts."""
        if subject is not None and subject.i in self.date_tokens:
            # "WASHINGTON - The agency today announced": the parse may make "today" a subject too
            others = [
                c for c in subject.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != subject.i
            ]
            subject = others[0] if others else None
        if subject is None or subject.i not in self.dateline:
            return subject
        skipped = self.dateline | self.date_tokens
        return next((c for c in subject.children if c.dep_ in ("appos", "conj") and c.i not in skipped), None)

    def _sides(self, event_noun: Token, *, in_quote: bool) -> tuple[Agent, ...]:
        """ "Talks between X and Y": X and Y, when both name actors."""
        for child in event_noun.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    sides = self.name_phrase(objects[0], in_quote=in_quote, verb=event_noun)
                    return sides if len(sides) >= 2 else ()
        return ()

    def _the_two(self, subject: Token) -> tuple[Agent, ...]:
        """ "The interlocutors discussed ...", "the two secretaries", "both presidents", "the Presidents": the
        two people named last before it (in its sentence or the two before), when exactly two are and
        their titles fit."""
        word = subject.lower_
        counted = any(c.lower_ in ("two", "both") and c.i < subject.i for c in subject.children)
        definite = any(c.lower_ == "the" and c.i < subject.i for c in subject.children)
        if subject.tag_ not in ("NNS", "NNPS") or not (
            word in PAIR_NOUNS or ((counted or definite) and subject.lemma_.lower() in lx.ROLE_NOUNS)
        ):
            return ()
        sentence_id = self.report.sentence_at(int(self.starts[subject.i]))
        if sentence_id is None:
            return ()
        window_start = int(self.report.sentences["start"].iloc[max(0, sentence_id - 2)])
        mentions = self.registry.mentions
        mentions = mentions[
            (mentions["doc_id"] == self.report.doc_id)
            & (mentions["start"] >= window_start)
            & (mentions["end"] <= int(self.starts[subject.i]))
            & (mentions["form"] != "pronoun")
        ]
        people: dict[str, tuple[int, int, str]] = {}
        for actor_id, start, end, surface in zip(
            mentions["actor_id"], mentions["start"], mentions["end"], mentions["surface"], strict=True
        ):
            if self.registry.actors[str(actor_id)].kind == "person":
                people[str(actor_id)] = (int(start), int(end), str(surface))
        role = subject.lemma_.lower()
        if role in lx.ROLE_NOUNS and not counted and len(people) != 2:
            return ()  # "the ministers" with three people named: not known to be two of them
        if role in lx.ROLE_NOUNS:  # "the two secretaries" are the two people titled secretary
            people = {a: span for a, span in people.items() if role in self.registry.actors[a].roles}
        if len(people) != 2:
            return ()
        return tuple(Agent(start, end, surface, "person") for start, end, surface in people.values())


#: Event nouns whose owner undergoes the event rather than doing it ("Xu's trial", "the activist's
#: arrest", "her release"): the owner is no agent.
UNDERGONE_NOUNS = frozenset(
    """trial arrest detention release funeral death killing murder assassination abduction kidnapping
    sentencing execution conviction acquittal impeachment ouster removal dismissal appointment burial
    capture rescue evacuation deportation extradition hearing retrial indictment imprisonment""".split()
)

#: Event nouns of what their owner does: "the victory of X", "the visit of X" (X did it).
OF_DOER_NOUNS = frozenset(
    "victory win visit resignation speech address return arrival departure trip tour".split()
)

#: Elections: a country's is where it was held ("Chile's disputed presidential election"), a person's the one
#: they won ("Obama's election in 2008"); voters, whom no one names, cast it.
ELECTION_NOUNS = frozenset("election referendum runoff run-off".split())

#: Event nouns whose owner or modifier is no agent: what was undergone or befell by accident.
OWNERLESS_EVENT_NOUNS = UNDERGONE_NOUNS | ACCIDENT_NOUNS | ELECTION_NOUNS

#: Verbs whose subject undergoes what happens ("the ferry sank", "the building collapsed"): a thing
#: as their subject is no agent, nor is the country or body a modifier gives it.
UNDERGONE_VERBS = frozenset("sink capsize crash derail collapse overturn drown burn explode".split())

#: Craft that carry people or goods: what they do on a journey is no one's act ("the jet took off").
VEHICLE_NOUNS = frozenset(
    "aircraft airplane plane jet airliner airlifter helicopter flight ship vessel ferry boat train bus truck".split()
)
#: Verbs of a journey and of what a craft carries on it (not of attacking: "jets bombed the town" is an act).
TRAVEL_VERBS = frozenset("take land fly slam crash arrive depart leave head touch deliver carry".split())

#: Verbs of a quantity that changes by itself ("it will increase again in 2015", "exports fell").
CHANGE_VERBS = frozenset(
    "rise increase grow fall decline drop decrease shrink expand slow climb slump surge plunge soar rebound".split()
)

#: Verbs whose subject lives through what happens ("Istanbul has seen scores killed", "the region suffered").
EXPERIENCE_VERBS = frozenset("see witness suffer experience endure".split())


#: Verbs of an event's coming about: "the attack came a day after ...", "the strikes occurred near
#: midnight", "the offensive began on Monday".
OCCURRENCE_VERBS = frozenset("come occur happen follow begin start end continue resume".split())


def _event_taking_place(verb: Token, subject: Token) -> bool:
    """A verb of occurrence whose subject is an event noun: the date is the event's, and who did the event
    is who acted ("Friday's attack by militants came ..."), not the noun itself."""
    return verb.lemma_.lower() in OCCURRENCE_VERBS and fold(subject.lemma_) in lx.EVENT_NOUNS


def _no_one_acts(verb: Token, subject: Token) -> bool:
    """A verb whose subject does nothing: a thing that sinks or crashes with no object ("a South Korean ferry
    sank", unlike "armed men burned the landing"), a quantity that changes with no object ("it will increase
    again", "prices rose"), an event that takes place, someone missing, or a place that lives through
    something ("Ankara and Istanbul have seen scores killed")."""
    lemma = verb.lemma_.lower()
    objectless = not any(c.dep_ == "dobj" for c in verb.children)
    if objectless and (lemma in CHANGE_VERBS or (lemma in UNDERGONE_VERBS and subject.pos_ == "NOUN")):
        return True
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return True  # "mass strikes took place Monday": what happened, not who did it
    if verb.lower_ == "missing":
        return True  # "the prosecutor has been missing since Wednesday": a state, not an act
    if fold(subject.lemma_) in VEHICLE_NOUNS and lemma in TRAVEL_VERBS:
        return True  # "the cargo jet slammed into a ridge", "two flights landed in Dalmor": craft move
    return lemma in EXPERIENCE_VERBS and subject.ent_type_ in ("GPE", "LOC")


#: Verbs that credit or blame their object for a deed ("thanked X for hosting", "accused X of firing").
CREDITING_VERBS = frozenset(
    """thank praise congratulate commend credit honour honor applaud hail blame accuse criticise criticize
    condemn fault punish sanction fine sue charge convict jail arrest""".split()
)


def _credited_object(verb: Token) -> Token | None:
    """The object of "thank X for ...", "accuse X of ...": the doer of the gerund ``verb`` under it."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
        return None
    above = prep.head
    if above.lemma_.lower() not in CREDITING_VERBS:
        return None
    return next((c for c in above.children if c.dep_ == "dobj"), None)


#: Verbs whose subject takes part in the event their object or "in" phrase names ("joined Friday's march").
TAKING_PART_VERBS = frozenset("participate join lead stage conduct launch organise organize hold".split())


def _taking_part(verb: Token) -> bool:
    """ "are involved in", "were engaged in": a passive in form whose subject takes part in what follows."""
    return verb.lemma_.lower() in ("involve", "engage") and any(
        c.dep_ == "prep" and c.lower_ == "in" for c in verb.children
    )


#: Verbs and their object by which a group owns an act: "claimed responsibility for Thursday's attacks".
RESPONSIBILITY_VERBS = frozenset("claim accept take admit".split())


def _denied(verb: Token) -> bool:
    """ "No group has claimed", "no one claimed", "the group did not claim": no one owns the act."""
    subject = _subject(verb)
    negated_subject = subject is not None and (
        subject.lower_ in ("nobody", "none")
        or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
    )
    return negated_subject or any(c.dep_ == "neg" for c in verb.children)


def _taking_part_in(noun: Token) -> Token | None:
    """The verb whose subject takes part in the event ``noun`` names: "participated in today's arrests",
    "led Monday's raid", "took part in the protest", "claimed responsibility for Thursday's bombings"
    (None for any other role of the noun)."""
    head = noun.head
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "for"
        and head.head.lemma_.lower() in ("responsibility", "credit")
    ):
        owned, verb = head.head, head.head.head
        if owned.dep_ == "dobj" and verb.lemma_.lower() in RESPONSIBILITY_VERBS and not _denied(verb):
            return verb
        return None
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep":
        verb = head.head
        particle = any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        if verb.lemma_.lower() == "participate" or (verb.lemma_.lower() == "take" and particle):
            return verb
        return None
    if noun.dep_ == "dobj" and head.lemma_.lower() in TAKING_PART_VERBS:
        return head
    if noun.dep_ == "dobj" and _perpetrates(head) and not _denied(head):
        return head
    return None


#: Verbs whose subject does the act their object names: "committed the murders", "mounted Friday's raid".
PERPETRATING_VERBS = frozenset("commit perpetrate mount".split())


def _perpetrates(verb: Token) -> bool:
    """ "X carried out Wednesday's massacre", "X committed the killings": news copy's verbs of doing an
    act put the doer as subject and the act, often dated, as object."""
    lemma = verb.lemma_.lower()
    if lemma == "carry":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return lemma in PERPETRATING_VERBS


#: Events people attend: whoever a clause set "at" one is about took part in it.
GATHERING_NOUNS = frozenset("conference briefing meeting summit rally interview hearing ceremony".split())


#: Nouns of a journey someone makes: "Kerry announced during a June 4 visit to Lebanon", "on a trip to ...":
#: whoever acts in the clause the journey frames is the traveller.
VISIT_NOUNS = frozenset("visit trip tour stop stopover".split())


def _gathering_of(noun: Token) -> Token | None:
    """The verb of "At a news conference on Monday, X said/was asked ...", when ``noun`` is that gathering,
    or of "X announced during a visit to Y on Monday", when it is that visit."""
    head = noun.head
    lemma = fold(noun.lemma_)
    framing = head.lower_ in ("at", "during") or (head.lower_ == "on" and lemma in VISIT_NOUNS)
    if noun.dep_ != "pobj" or not framing or lemma not in GATHERING_NOUNS | VISIT_NOUNS:
        return None
    verb = head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


#: What a legislature passes, and the bodies that pass it.
LEGISLATION_NOUNS = frozenset("bill measure law legislation resolution budget amendment motion act".split())

LEGISLATURES = frozenset("house senate parliament assembly chamber congress legislature council duma".split())


def _passing_chamber(verb: Token, subject: Token | None) -> Token | None:
    """ "The bill passed the Senate": news copy makes the bill the subject of "pass" and the chamber that
    voted for it the object; the chamber did it."""
    if verb.lemma_.lower() != "pass" or subject is None or fold(subject.lemma_) not in LEGISLATION_NOUNS:
        return None
    chamber = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return chamber if chamber is not None and fold(chamber.lemma_) in LEGISLATURES else None


def _at_gathering(verb: Token) -> bool:
    """ "At a news conference, X was asked": the verb is set at a gathering its subject attends."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "during")
        and any((at := _gathering_of(o)) is not None and at.i == verb.i for o in c.children)
        for c in verb.children
    )


def _trailing_attribution_subject(verb: Token, subject: Token | None) -> Token | None:
    """ "There are 965 troops at the border, the chief of the bureau told a panel": after a comma, one noun
    phrase running up to a verb of saying is that verb's subject, though the parse may hang it on the
    clause before and give the verb a subject from that clause."""
    if subject is None or subject.i > verb.i or verb.lemma_.lower() not in lx.SPEECH_VERBS:
        return subject
    comma = next((t.i for t in reversed(verb.doc[subject.i + 1 : verb.i]) if t.text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return subject
    phrase = verb.doc[comma + 1 : verb.i]
    roots = [t for t in phrase if not comma < t.head.i < verb.i or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN") or roots[0].i == subject.i:
        return subject
    if roots[0].dep_ == "conj":
        return subject  # "The governors of Ohio, Kentucky and Indiana declared": the end of a list
    return roots[0]


#: Verbs of fighting one another: "clashed with", "fought with", "exchanged fire with".
FIGHTING_VERBS = frozenset("clash fight battle skirmish".split())

#: Objects of "exchange" that make it a fight: "exchanged gunfire with", "exchanged fire with".
EXCHANGED_FIRE = frozenset("fire gunfire shots blows".split())


def _fought_with(verb: Token) -> Token | None:
    """The other side of a fight the verb tells ("clashed with soldiers", "exchanged gunfire with gangs")."""
    lemma = verb.lemma_.lower()
    fights = lemma in FIGHTING_VERBS or (
        lemma == "exchange" and any(c.dep_ == "dobj" and c.lower_ in EXCHANGED_FIRE for c in verb.children)
    )
    if not fights:
        return None
    for holder in [verb, *(c for c in verb.children if c.dep_ == "dobj")]:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


#: Things said or written: one a passive participle describes ("a statement read on Monday") is its
#: author's, the subject of the clause.
SAYING_NOUNS = (
    DOCUMENT_NOUNS
    | lx.STATEMENT_NOUNS
    | frozenset("video speech address announcement declaration broadcast interview appeal request".split())
)


def _undergoes(noun: Token) -> bool:
    """ "the 50 rebel fighters killed Monday", "$54 million appropriated in 2005", "anti-terror laws passed
    in 2009", "those found guilty Wednesday": what a passive participle describes underwent its act, and
    the verb of the clause around it says nothing of who did it. A statement or video so described ("in a
    statement read on Monday, the army said") is its author's, the subject of the clause."""
    return fold(noun.lemma_) not in SAYING_NOUNS


#: Participles that work as prepositions: "following the release of 14 activists" has no doer.
PREPOSITIONAL_PARTICIPLES = frozenset(
    "following including according regarding concerning considering excluding given pending".split()
)


def _controlled_by_the_subject_above(verb: Token) -> bool:
    """An active infinitive, or an adverbial "-ing" or infinitive clause, without a subject ("to have
    fled", "after fleeing", "since launching"): in English its doer is the subject of the clause above. A
    passive one ("after being hit"), a bare participle ("extradited, tried, and convicted", which shares
    the voice above) and a participle used as a preposition ("following the release") are not."""
    if verb.dep_ == "xcomp":
        return not _is_passive(verb)
    return (
        verb.dep_ in ("advcl", "pcomp")
        and verb.tag_ in ("VBG", "VB")
        and not _is_passive(verb)
        and verb.lower_ not in PREPOSITIONAL_PARTICIPLES
    )


#: Openings of a period that runs up to the time of writing: "since October", "in the last week".
UP_TO_NOW = re.compile(r"(?i)since\b|(?:in|over|during|for) the (?:last|past)\b")

#: Verbs whose subject, not their object, does the infinitive after the object ("promised voters to cut
#: taxes by May").
SUBJECT_CONTROL_VERBS = frozenset("promise vow pledge threaten".split())


def _object_controller(verb: Token) -> Token | None:
    """ "The president urged Congress to pass the bill by Friday", "the arrests prompted students to gather
    on Tuesday": an active infinitive after the object of the verb above is done by that object (object
    control in English grammar), not by the subject above; "promise" and its kin keep their subject."""
    head = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or _is_passive(verb) or head.pos_ != "VERB":
        return None
    if head.lemma_.lower() in SUBJECT_CONTROL_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def main_verb_parsed_as_modifier(verb: Token) -> bool:
    """No main verb: the parser made the verb a modifier of its subject, the subject the sentence's root
    ("Halvorsen Re, a reinsurer, estimated on Tuesday ...", "A court in Cambodia on Thursday extended
    ...") or the verb's object the root ("an Iraqi court sentenced to death [former minister X]"). A
    sentence of news copy has a finite verb, so the modifier is it and its head the subject."""
    head = verb.head
    if head.dep_ == "ROOT":
        return head.pos_ in ("PROPN", "NOUN")
    root = head.head
    return (
        head.dep_ == "nsubj"
        and root.dep_ == "ROOT"
        and root.pos_ in ("PROPN", "NOUN", "ADJ")
        and verb.i < root.i
    )


def _is_passive(verb: Token) -> bool:
    """A passive verb, a passive participle after a noun, or a participle coordinated with a passive
    ("was shot and killed by peacekeepers": "killed" shares the "was")."""
    if any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ == "acl"):
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and _is_passive(verb.head)


def _is_copula(verb: Token) -> bool:
    """ "be" as the main verb, with a noun after it ("Melamine is an industrial byproduct, infamous since
    2007") or only a place or state ("The ship was in Lebanese waters on Friday", "The village has been
    under the spotlight over the past week"): it says what or where its subject is, not what anyone did.
    "X is in Florida today meeting ..." and "troops were ready on Wednesday to help" keep their subject:
    a verb hangs on the "be"."""
    if verb.lemma_.lower() in LINKING_VERBS:  # "Puerto Ricans appeared unconcerned": a state, no act
        expletive = any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children
        )  # "it became clear that"
        complement = any(c.dep_ in ("acomp", "attr") for c in verb.children)  # "became prime minister"
        return complement and (
            expletive or not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children)
        )
    if verb.lemma_ != "be" or verb.dep_ in ("aux", "auxpass"):
        return False
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is not None and following.lower_ in ("where", "when"):
        return True  # "Tarvo is where fighters killed 17 troops last week": says where, whoever did it
    if following is not None and following.lower_.endswith("ing") and following.dep_ == "compound":
        return False  # "have been trading attacks": a progressive the parse read as "be" and a noun
    if any(c.dep_ == "attr" for c in verb.children):
        return True
    subject = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return not any(
        t.pos_ == "VERB"
        and t.i not in subject
        and not _is_passive(t)
        and not any(c.dep_ in SUBJECT_DEPS for c in t.children)
        for t in verb.subtree
        if t.i != verb.i
    )  # a verb of the subject's own hangs on the "be": "is in Florida meeting", "ready to help"


#: Verbs that link a subject to an adjective or noun saying how or what it is ("seemed calm", "remained
#: high", "became prime minister").
LINKING_VERBS = frozenset("appear seem remain become look".split())
#: Verbs whose subject undergoes what they say rather than doing it: "Dawn Sturgess died last night", "the
#: jet disappeared Saturday".
BEFALLING_VERBS = frozenset("die perish drown disappear vanish".split())


def _with_absolute_subject(verb: Token) -> Token | None:
    """ "With the storm expected to hit Florida tomorrow, troops stand ready": a clause opened by
    "with" has its own subject, the object of "with"; the main clause's subject did not do it."""
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with":
        return verb.head  # parsed "with [the storm expected to hit]"
    if verb.dep_ != "advcl":
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "with" and child.i < verb.i:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None
