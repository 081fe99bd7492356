"""Event agents: who did what a dated expression is about, read from spaCy's dependency parse.

The agent of a verb is its subject, the "by" phrase of a passive (none without it), "X and Y" for
joint subjects, the noun a relative clause hangs from ("the council, which met on Tuesday"), the
subject of the verb above for a clause without its own ("plans to begin next year"); the agent of
an event noun is its "by" phrase, the sides of "talks between X and Y" or its owner ("Russia's
offensive", "Israeli strikes"). Names come from the engine's registry (:class:`.engine.Attribution`);
an agent the registry does not know ("the union") is named by its noun phrase. A quote's speaker is
the agent only of "I" inside the quote.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import pandas as pd

from .. import lexicon as lx
from ..dates import governing_verb
from ..frames import records
from ..lexicon import country_table, fold
from ..report import Report
from .block_quotes import prose_speaker
from .claimant_words import DOCUMENT_NOUNS
from .cues import by_agent
from .speech_document import speech_speaker
from .transcript import names_someone, speaker_turns, turn_actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .engine import Attribution

#: Common nouns that name a group or organisation able to act ("the union", "police").
GROUP_NOUNS = frozenset(
    """officials authorities police army military troops forces soldiers rebels militants insurgents fighters
    protesters demonstrators strikers workers miners residents villagers fishermen farmers lawmakers legislators
    mps senators parliament government ministry department agency office council committee commission court
    union company firm operator group party coalition alliance coastguard navy brigade battalion regiment
    inspectorate registry regulator fund bank board mediators negotiators diplomats investigators prosecutors
    rescuers medics doctors teams crews staff members officers divers volunteers activists voters monitors
    observers inspectors administration cabinet regime junta leadership authority prosecutor's watchdog
    guards guard militia militias gangs gang cartel network charity charities consultancy insurers ngo
    delegation envoys unions companies governments ministries agencies councils committees parties groups
    engineers economists analysts experts scientists researchers agents
    gunmen attackers assailants bombers hijackers kidnappers snipers separatists""".split()
)
#: Singular nouns for one person in a role ("the minister"): an agent, and a "he"/"she" antecedent.
PERSON_NOUNS = frozenset(
    """minister president spokesman spokeswoman spokesperson governor mayor commander chief official director
    leader envoy ambassador prosecutor judge general captain officer executive chairman chairwoman chair secretary
    representative negotiator mediator priest king queen premier chancellor senator deputy head
    bomber gunman attacker assailant shooter hijacker kidnapper sniper
    rebel separatist militant insurgent fighter protester demonstrator activist resident witness soldier""".split()
)
#: Nouns for people who act for an organisation: "members of the union", "its divers", "Enerhomost crews".
MEMBER_NOUNS = frozenset(
    """members member doctors officers staff employees divers crews crew workers officials soldiers engineers
    experts economists analysts spokesman spokeswoman spokesperson representatives delegates negotiators
    investigators inspectors teams team units personnel""".split()
)
#: Lemmas of things that change without anyone acting through them: when "WFP stocks run out" or
#: "the hurricane season ends", their owner is not the agent (unlike "Israeli strikes killed").
INERT_NOUNS = frozenset(
    """stock stockpile supply reserve season price rate level number toll total count tally cost value
    temperature weather share percentage proportion figure estimate estimation population
    economy growth output gdp inflation unemployment employment market sales exports imports spending
    investment demand production deficit surplus debt revenue profit income wage recovery recession term
    mandate tenure
    implementation project programme program scheme initiative""".split()
)
#: Nouns for one unnamed person known by age, sex or situation: a country before them is their
#: nationality, not an actor ("a Mali girl", "a British tourist").
INDIVIDUAL_NOUNS = frozenset(
    """girl boy man woman child toddler baby infant teenager teen youth victim resident citizen national
    tourist student pensioner passenger patient mother father son daughter""".split()
)
#: Lemmas of military acts and means: "Israeli strikes" are the acts of the Israeli armed force.
MILITARY_ACTION_NOUNS = frozenset(
    """strike airstrike attack raid shelling bombardment bombing offensive counteroffensive counter-offensive
    assault incursion operation barrage fire gunfire artillery drone missile rocket jet warplane aircraft
    helicopter tank troop force soldier unit warship""".split()
)
#: Verbs of military acts: a country that does them acts through its armed force ("stormed by Ukraine").
MILITARY_VERBS = frozenset(
    "attack strike shell bomb storm invade seize capture retake advance bombard raid ambush".split()
)
#: Roles that make an organisation or group a country's armed force ("the army", "Russian troops").
ARMED_FORCE_ROLES = frozenset({"military", "army", "forces", "troops"})
#: Parts and means through which a body acts when it owns them: "MSF said its hospital had treated ...".
UNIT_NOUNS = frozenset(
    """hospital hospitals clinic clinics office offices embassy branch forces troops fighters jets aircraft
    drones ships warships vessels planes helicopters convoy convoys""".split()
)
#: Nouns that say only that some people did it: no actor to name ("150 people fled last month").
ANONYMOUS_PEOPLE = frozenset({"people", "persons", "person"})
SPEAKER_PRONOUNS = frozenset({"i", "me", "my"})
#: Plural nouns for the two people of a meeting or call ("The interlocutors discussed ...").
PAIR_NOUNS = frozenset({"interlocutors", "counterparts"})
#: "we" of a national leader's speech: the country they lead or serve.
NATION_PRONOUNS = frozenset({"we", "us", "our"})
NATIONAL_OFFICES = frozenset({"president", "premier", "chancellor", "minister", "king", "queen", "emir"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
POSSESSIVE_DETERMINERS = frozenset({"my", "our", "your", "his", "her", "its", "their"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
SUBORDINATORS = frozenset(
    "where when while as because after before if although though since until unless".split()
)
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
#: Nouns for events with two sides: "talks between X and Y" have X and Y as joint agents.
RECIPROCAL_NOUNS = frozenset(
    """talks negotiations clashes fighting meeting meetings dialogue war ceasefire truce deal agreement call
    calls conversation conversations""".split()
)
NP_DROPPED_DEPS = frozenset(
    {"nummod", "quantmod", "advmod", "punct", "predet", "relcl", "acl", "appos", "cc", "conj"}
)


@dataclass(frozen=True)
class Agent:
    """Who did it: a span of the text naming one actor, with a kind for the registry."""

    start: int
    end: int
    surface: str
    kind: str
    #: True when the registry did not know it and the noun phrase names it ("the union")
    phrase: bool = False
    #: The registry actor it stands for though not named here ("Israeli strikes": the Israeli military)
    actor_name: str | None = None
    #: The rule that found it (see :mod:`workbench.attribution.rules`) and the verb or noun it acts through
    rule: str | None = None
    verb: str | None = None


#: Verbs of forecasting: a date after what they forecast dates the forecast thing, not the forecasting.
FORECAST_VERBS = frozenset("project forecast predict".split())
#: Event nouns of armed attack: what their owner did to whoever a passive says was hit.
ATTACK_NOUNS = frozenset(
    """attack strike airstrike raid bombing shelling bombardment offensive assault ambush shooting missile
    rocket drone shell bomb grenade mortar""".split()
)


def _decided(agents: tuple[Agent, ...], rule: str, verb: Token) -> tuple[Agent, ...]:
    """``agents`` marked with the rule that found them (a speaker of "I" inside a quote keeps its own)."""
    return tuple(a if a.rule else replace(a, rule=rule, verb=verb.text) for a in agents)


class AgentFinder:
    """Finds the agent of a verb or event noun in the parse of one report."""

    def __init__(
        self,
        attribution: Attribution,
        *,
        quotes: pd.DataFrame,
        dateline: frozenset[int],
        date_tokens: set[int],
    ) -> None:
        report = attribution.report
        self.report = report
        self.doc = report.doc
        self.starts = report.tokens["start"].to_numpy()
        self.ends = report.tokens["end"].to_numpy()
        self.registry = attribution.registry
        self.links = attribution.links
        self.attribution = attribution
        self.speech = speech_speaker(attribution)
        self.quotes = QuoteSpeakers(quotes, report)
        self.dateline = dateline
        self.date_tokens = date_tokens
        self._antecedents: list[tuple[int, Agent, bool]] | None = None
        #: names the report gives a storm ("Hurricane Delphine"): "Delphine formed on Monday" is weather
        self.natural_force_names = {fold(name.split()[-1]) for _, name in lx.named_natural_forces(self.doc)}

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
        if following is None or following.lower_ != "by" or following.head is noun:
            return []
        head = following.head
        return [following] if head.pos_ in ("VERB", "AUX") and not _is_passive(head) else []

    # -------------------------------------------------------------- the agent

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
        raised = False  # climbed from an infinitive: "X is alleged to have made the remarks on Friday"
        if self._forecast_content(verb, date_start):
            return ()  # "the IMF is projecting a 2.8 percent advance this year": the advance's year
        for _ in range(4):
            if _is_copula(current):
                return ()  # "X is an industrial byproduct ... in 2007": what X is, no act
            subject = self._subject_after_dateline(_subject(current) or self._fronted_date_object(current))
            subject = _trailing_attribution_subject(current, subject)
            if subject is not None and subject.dep_ == "nsubjpass":
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
            if subject is not None and other_side is not None:
                # "U.N. troops exchanged gunfire with gang members", "rebels clashed with soldiers": both sides
                sides = self.name_phrase(subject, in_quote=in_quote, verb=current)
                sides += self.name_phrase(other_side, in_quote=in_quote, verb=current)
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
            if subject is not None:
                return _decided(
                    self.name_phrase(subject, in_quote=in_quote, verb=current), "subject", current
                )
            if _is_passive(current):
                by = by_agent(current)
                if by is not None:
                    return _decided(self.name_phrase(by, in_quote=in_quote, verb=current), "by", current)
                if current.dep_ not in ("acl",):
                    return ()
            if (
                (current.dep_ == "acl" or (current.dep_ == "relcl" and subject is None))
                and current.head.dep_ == "ROOT"
                and current.head.pos_ in ("PROPN", "NOUN")
            ):
                # no main verb: the parser made the verb a modifier of its subject ("Halvorsen Re, a
                # reinsurer, estimated on Tuesday ...", "A court in Cambodia on Thursday extended ...")
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
            if current.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp") and current.head is not current:
                raised = current.dep_ == "xcomp" and not _is_passive(current)
                current = governing_verb(current.head) or current.head
                if current.pos_ not in ("VERB", "AUX"):
                    return ()
                continue
            return ()
        return ()

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

    def name_phrase(self, token: Token, *, in_quote: bool, verb: Token) -> tuple[Agent, ...]:
        """The actor(s) a subject or "by" noun names ("X and Y" gives two)."""
        members = [token] + [c for c in token.conjuncts if c.i > token.i]
        agents: list[Agent] = []
        for member in members:
            if member is not token and _has_possessive_determiner(member):
                continue  # "strikers and their families": the families go with the strikers
            if member is not token and _counted_breakdown(member):
                continue  # "The students, seven men and three women, took ...": who the students were
            owners = _joint_owners(member)
            if owners is not None:  # "negotiators from Israel and Hamas"
                agents.extend(self.name_phrase(owners, in_quote=in_quote, verb=verb))
                continue
            agent = self.actor_of(member, in_quote=in_quote, verb=verb)
            if agent is not None:
                agents.append(agent)
        return tuple(agents)

    def actor_of(
        self, token: Token, *, in_quote: bool, verb: Token | None = None, pronouns: bool = True
    ) -> Agent | None:
        """The actor one noun or pronoun stands for, or None when it names no actor.

        ``pronouns=False`` leaves pronouns unresolved (used while listing antecedents).
        """
        lower = token.lower_
        if token.i in self.date_tokens:
            return None  # "Monday's attack", "the October offensive": a date, not an actor
        if (
            fold(token.lemma_) in lx.NATURAL_FORCES
            or any(c.dep_ == "compound" and fold(c.lemma_) in lx.NATURAL_FORCES for c in token.children)
            or (token.pos_ == "PROPN" and fold(token.text) in self.natural_force_names)
        ):
            return None  # "the tropical storm Sendong hit Mindanao": weather is no one's act
        if fold(token.lemma_) in lx.AFFLICTIONS or token.lemma_.lower() in ACCIDENT_NOUNS:
            return None  # "Ebola has killed 5,400 people", "a stampede at the gate killed nineteen"
        if token.tag_ in ("WDT", "WP") or (lower in RELATIVE_PRONOUNS and token.dep_ in SUBJECT_DEPS):
            if verb is not None and verb.dep_ == "relcl":
                if (
                    _event_runs(verb) and self._registered(verb.head) is None
                ):  # "the two-day summit that starts Sunday": the summit starts; no one
                    # acts, unless a "by" names who does it ("the assault by X, which continued on Tuesday")
                    by = next((c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                    doer = (
                        next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
                    )
                    return (
                        self.actor_of(doer, in_quote=in_quote, pronouns=pronouns)
                        if doer is not None
                        else None
                    )
                return self.actor_of(verb.head, in_quote=in_quote, pronouns=pronouns)
            return None
        if token.pos_ == "PRON":
            return self._pronoun(token, in_quote=in_quote, verb=verb) if pronouns else None
        if lower.rstrip(".") in lx.NAME_SUFFIXES and token.i > 1 and token.nbor(-1).text == ",":
            return self.actor_of(token.nbor(-2), in_quote=in_quote, verb=verb, pronouns=pronouns)  # "X, Jr."
        if lower in ANONYMOUS_PEOPLE:
            return None  # "More than 1,300 people have arrived": who they are is not said
        if (
            token.dep_ == "appos"
            and token.head.i not in self.dateline
            and not (token.pos_ == "NOUN" and fold(token.lemma_) in INERT_NOUNS)
            and self._registered(token.head)
        ):
            return self._registered(token.head)
        noun = lower.replace("’", "'")
        owned_unit = noun in UNIT_NOUNS and _has_possessive_determiner(token)  # "its hospital", "their jets"
        if (
            noun in MEMBER_NOUNS or owned_unit
        ):  # "its members", "members of the union": the body they belong to
            appositives = [self._registered(c) for c in token.children if c.dep_ == "appos"]
            person = next((a for a in appositives if a is not None and a.kind == "person"), None)
            if person is not None:
                return person  # "the junta's spokesman, Amadou Konare, says": the spokesman, by name
            owner = self._owner(token, in_quote=in_quote, pronouns=pronouns)
            if owner is not None and owner.kind == "person" and noun in ARMED_FORCE_ROLES:
                return self._leaders_forces(token, owner)
            if owner is not None and owner.kind == "country" and not _has_possessive_determiner(token):
                return self._phrase(token, "group")  # "U.S. officials sent a request": not all of the country
            if owner is not None:
                return owner
        registered = self._registered(token)
        if registered is not None:
            return registered
        for child in token.children:
            if child.dep_ == "appos":
                named = self._registered(child)
                if named is not None:
                    return named
        if token.tag_ == "NNS" and fold(token.lemma_) in PERSON_NOUNS and noun not in GROUP_NOUNS:
            return self._people_in_role(token, in_quote=in_quote, pronouns=pronouns)
        if token.pos_ == "PROPN" or noun in GROUP_NOUNS or noun in PERSON_NOUNS:
            kind = (
                "person"
                if noun in PERSON_NOUNS
                else "group"
                if token.tag_ == "NNPS" or noun.endswith("s")
                else "organisation"
            )
            return self._phrase(token, kind)
        if fold(token.lemma_) in INERT_NOUNS:
            return None  # "WFP stocks could run out", "the hurricane season ends": no one acts
        if fold(token.lemma_) in INDIVIDUAL_NOUNS and token.tag_ == "NN":
            return None  # "a 2-year-old Mali girl who died": a country before one person is a nationality
        return self._owner(
            token, in_quote=in_quote, pronouns=pronouns
        )  # "Russian drones", "the brigade's trucks"

    def _people_in_role(self, token: Token, *, in_quote: bool, pronouns: bool) -> Agent | None:
        """ "BP executives", "two judges", "the presidents": the body they act for when one is named with
        them, else the group itself when it is new to the story; "the presidents" points back to people
        named before, so without them it names no one."""
        owner = self._owner(token, in_quote=in_quote, pronouns=pronouns)
        if owner is not None:
            return owner
        if _of_named(token):  # "the governors of North Carolina and Virginia": said in full
            return self._phrase(token, "group")
        if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some") for c in token.children):
            return None
        return self._phrase(token, "group")

    def _named_at(self, token: Token) -> bool:
        """The registry's mention at ``token`` is a name, not a description ("a new state ethics law": the
        modifier "state" is no one in particular)."""
        start, end = int(self.starts[token.i]), int(self.ends[token.i])
        mention = self.registry.mention_at(start, end, doc_id=self.report.doc_id)
        return mention is not None and mention.form != "description"

    def _registered(self, token: Token) -> Agent | None:
        start, end = int(self.starts[token.i]), int(self.ends[token.i])
        actor = self.registry.at(start, end, doc_id=self.report.doc_id)
        if actor is None:
            return None
        return Agent(start, end, self.report.text[start:end], actor.kind)

    def _owner(
        self, token: Token, *, in_quote: bool, pronouns: bool = True, objects: bool = True
    ) -> Agent | None:
        """The actor a noun belongs to: its possessor, a naming modifier, or "of/from/at X".

        ``objects=False`` leaves out "of/from/at X": of an event noun that is what the event befell
        ("the arrest of X"), not who acted.
        """
        for child in token.children:
            if child.dep_ == "poss":
                if child.pos_ == "PRON":
                    return self._pronoun(child, in_quote=in_quote, verb=None) if pronouns else None
                return self.actor_of(child, in_quote=in_quote, pronouns=pronouns)
        # modifiers reached through modifier links only, nearest first ("a lightning Ukrainian counter-offensive")
        modifiers = _modifiers(token)
        for modifier in sorted(modifiers, key=lambda t: abs(token.i - t.i)):
            if modifier.i in self.date_tokens or fold(modifier.lemma_) in ATTACK_NOUNS:
                continue  # "Monday's attack"; "a Bomb attack" in title case: the weapon owns nothing
            named = self._registered(modifier) if self._named_at(modifier) else None
            if named is not None and named.kind == "country":
                return self._country_acting(token, modifier) or named
            if named is not None:
                return named
            if modifier.dep_ == "compound" and modifier.pos_ == "PROPN" and modifier.i == token.i - 1:
                return self._phrase(modifier, "organisation")  # "Navy minesweepers", "Hamas fighters"
            country = country_table().demonyms.get(fold(modifier.text))
            if modifier.dep_ == "amod" and country:  # "Israeli strikes", "a Ukrainian counter-offensive"
                start, end = int(self.starts[modifier.i]), int(self.ends[modifier.i])
                return self._country_acting(token, modifier) or Agent(
                    start, end, country, "country", phrase=True
                )
        made_by = [by_agent(c) for c in token.children if c.dep_ == "acl"]
        maker = next((by for by in made_by if by is not None), None)
        if maker is not None and fold(token.lemma_) in ATTACK_NOUNS | DOCUMENT_NOUNS:
            # "rockets fired by Hezbollah", "figures published by the statistics office"
            return self.actor_of(maker, in_quote=in_quote, pronouns=pronouns)
        for child in token.children if objects else ():
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "at"):
                found = [c for c in child.children if c.dep_ == "pobj"]
                if found:
                    owner = self.actor_of(found[0], in_quote=in_quote, pronouns=pronouns)
                    if owner is not None and owner.kind != "place":
                        return owner
        return None

    def _leaders_forces(self, token: Token, leader: Agent) -> Agent | None:
        """ "President X said his troops started an operation": a leader's troops are the armed force of
        the leader's country that the report names; None (no one) when it names none."""
        actor = self.registry.at(leader.start, leader.end, doc_id=self.report.doc_id)
        if actor is None or actor.country is None:
            return None
        return self._armed_force(actor.country, token)

    def _country_acting(self, token: Token, demonym: Token) -> Agent | None:
        """ "Israeli strikes" in a report that names "the Israeli military": the military's strikes. The
        act may be tagged as a verb ("shelling", lemma "shell") or as a modifier of another head ("a lightning
        counter-offensive" parsed with "lightning" as its noun)."""
        words = [token, *(m for m in _modifiers(token) if m.i != demonym.i)]
        if not any(
            fold(w.lemma_) in MILITARY_ACTION_NOUNS or fold(w.text) in MILITARY_ACTION_NOUNS for w in words
        ):
            return None
        country = country_table().demonyms.get(fold(demonym.text))
        if country is None:
            return None
        return self._armed_force(country, demonym)

    def _armed_force(self, country: str, token: Token) -> Agent | None:
        """The country's armed force as the report first names it ("the Israeli military"), at ``token``."""
        forces = [
            actor.name
            for actor in self.registry.actors.values()  # in the order the report names them
            if actor.country == country
            and actor.kind in ("organisation", "group")
            and ARMED_FORCE_ROLES & set(actor.roles)
        ]
        if not forces:
            return None  # several (its army and its military are one): the first the report names
        start, end = int(self.starts[token.i]), int(self.ends[token.i])
        return Agent(start, end, forces[0], "organisation", phrase=True, actor_name=forces[0])

    def _phrase(self, token: Token, kind: str) -> Agent:
        """The noun phrase of ``token``: determiners, adjectives, compounds, possessors, "in/of X"."""
        kept = [token.i]
        for child in token.children:
            if child.dep_ in NP_DROPPED_DEPS or (child.dep_ == "det" and child.lower_ in ("about", "some")):
                continue
            if child.i in self.date_tokens:
                continue  # "Last night rebels shelled the town": the date is not part of who did it
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
            if child.i < token.i or (
                child.dep_ == "prep"
                and child.lower_ in ("in", "of", "at", "from")
                and (
                    _names_a_body(child)
                    or (indefinite and kind == "organisation" and child.lower_ in ("in", "at"))
                )
            ):  # "a court in Cambodia": an unnamed body is known by where it sits
                kept.extend(t.i for t in child.subtree)
        first, last = min(kept), max(kept)
        dated = [k for k in range(token.i + 1, last + 1) if k in self.date_tokens]
        if dated:  # "A court in the capital on Thursday sentenced ...": the date is not where the court sits
            last = dated[0] - 1
            while last > token.i and self.doc[last].dep_ in ("prep", "punct", "cc"):
                last -= 1
        while first < last and self.doc[first].dep_ in NP_DROPPED_DEPS:
            first += 1
        while last > first and self.doc[last].is_punct:
            last -= 1
        start, end = int(self.starts[first]), int(self.ends[last])
        return Agent(start, end, self.report.text[start:end], kind, phrase=True)

    # -------------------------------------------------------------- pronouns

    def _pronoun(self, token: Token, *, in_quote: bool, verb: Token | None) -> Agent | None:
        lower = token.lower_
        start = int(self.starts[token.i])
        if lower in SPEAKER_PRONOUNS:
            return self.quotes.get_speaker(start) if in_quote else self._speech_speaker(start)
        if lower in NATION_PRONOUNS:
            return None if in_quote else self._nation_of(self._speech_speaker(start), token)
        if lower in PERSON_PRONOUNS or lower in ("his",):
            wanted = {"person"}
        elif lower in THING_PRONOUNS:
            wanted = {"organisation", "country", "place"}  # not a plural group ("troops"): "it" is one thing
        elif lower in PLURAL_PRONOUNS:
            wanted = {"organisation", "group", "country"}
        else:
            return None
        registered = self._registered(token)  # the engine's reading: genders, kinds, and when it is unsure
        person = lower in PERSON_PRONOUNS or lower == "his"
        if person and registered is not None and registered.kind in wanted:
            return registered
        if self._ambiguous(token):
            return None
        reporter = self._reporting_subject(verb)
        if reporter is not None and reporter.kind in wanted:
            return reporter
        found = self._antecedent(start, wanted)
        if found is None and registered is not None and registered.kind in wanted:
            return registered  # "Since it began its offensive, Russia ...": the engine reads ahead
        return found

    def _speech_speaker(self, offset: int) -> Agent | None:
        """ "I" in the prose of a speech report or of a block quote is its speaker."""
        speaker = prose_speaker(self.attribution, offset)
        if speaker is None:
            return None
        return Agent(speaker.start, speaker.end, speaker.surface, "person", rule=speaker.rule)

    def headline_speaker(self, offset: int) -> tuple[Agent, ...]:
        """The date a speech's or a briefing's headline prints ("PM speech at the summit: 20 September 2016",
        "Department Press Briefing – April 13, 2022") dates the speaking: its speaker did it (the speaker of
        a speech report, or of a transcript's first named turn)."""
        paragraphs = self.report.paragraphs
        if (
            paragraphs.empty
            or paragraphs["kind"].iloc[0] != "title"
            or offset >= int(paragraphs["end"].iloc[0])
        ):
            return ()
        if self.speech is not None:
            speech = self.speech
            return (Agent(speech.start, speech.end, speech.surface, "person", rule="speech"),)
        for turn in speaker_turns(self.report):
            if names_someone(turn):
                actor = turn_actor(self.registry, turn)
                name = actor.name if actor is not None else turn.label
                agent = Agent(turn.label_start, turn.label_end, name, "person", phrase=True, actor_name=name)
                return (replace(agent, rule="transcript turn"),)
        return ()

    def _nation_of(self, speaker: Agent | None, token: Token) -> Agent | None:
        """ "we" in the speech of a head of state or government, or a minister, of a named country: that
        country ("Today we signed the agreement", in an address by the President of X). Anyone else's "we",
        and "we" inside a quote (a team, a government, a family), names no actor here."""
        if speaker is None:
            return None
        actor = self.registry.at(speaker.start, speaker.end)
        if actor is None or actor.country is None or not set(actor.roles) & NATIONAL_OFFICES:
            return None
        start = int(self.starts[token.i])
        end = start + len(token.text)
        return Agent(start, end, actor.country, "country", phrase=True, actor_name=actor.country, rule="we")

    def _ambiguous(self, token: Token) -> bool:
        """Did the registry leave this pronoun unlinked because two actors fit it?"""
        return any(self.links.candidates[i].head == token.i for i in self.links.ambiguous)

    def _reporting_subject(self, verb: Token | None) -> Agent | None:
        """ "X said they heard": the subject of the verb whose clause holds the pronoun."""
        if verb is None or verb.dep_ != "ccomp":
            return None
        subject = _subject(verb.head)
        if subject is None or subject.pos_ == "PRON":
            return None
        return self.actor_of(subject, in_quote=False)

    def _antecedent(self, before: int, wanted: set[str]) -> Agent | None:
        """The latest main-clause subject of a wanted kind before ``before`` (same or recent paragraphs)."""
        if self._antecedents is None:
            self._antecedents = self._subjects()
        paragraph = self._paragraph_of(before)
        for start, agent, _main in reversed(self._antecedents):
            if start >= before:
                continue
            if paragraph - self._paragraph_of(start) > 2:
                return None
            if agent.kind in wanted:
                return agent
        return None

    def _subjects(self) -> list[tuple[int, Agent, bool]]:
        subjects = []
        for token in self.doc:
            if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ == "PRON":
                continue
            if token.head.dep_ not in MAIN_CLAUSE_DEPS or _subordinate(token.head):
                continue
            agent = self.actor_of(token, in_quote=False, pronouns=False)
            if agent is not None:
                subjects.append((int(self.starts[token.i]), agent, True))
        return subjects

    def _paragraph_of(self, offset: int) -> int:
        sentence_id = self.report.sentence_at(offset)
        if sentence_id is None:
            return -1
        return int(self.report.sentences["paragraph_id"].to_numpy()[sentence_id])


class QuoteSpeakers:
    """The speakers of a report's quotes, found by offset ("I" inside a quote is its speaker)."""

    def __init__(self, quotes: pd.DataFrame, report: Report) -> None:
        self.rows = [
            (int(q["start"]), int(q["end"]), str(q["speaker"]), q["mention_start"], q["mention_end"])
            for q in records(quotes, ("start", "end", "speaker", "mention_start", "mention_end"))
            if isinstance(q["speaker"], str) and q["speaker"]
        ]
        self.report = report

    def get_speaker(self, offset: int) -> Agent | None:
        for start, end, speaker, mention_start, mention_end in self.rows:
            if start - 1 <= offset < end + 1:
                if pd.notna(mention_start) and pd.notna(mention_end):
                    s, e = int(mention_start), int(mention_end)
                    return Agent(s, e, self.report.text[s:e], "person", rule="quote speaker")
                return Agent(offset, offset, speaker, "person", rule="quote speaker")
        return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject; with two (a parse that swallowed a dateline), the nearer one."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return _subordinator_object(verb)
    return min(subjects, key=lambda c: abs(verb.i - c.i))


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
#: Event nouns of what befalls people by accident ("the 2003 Daegu Subway fire disaster", "the ferry
#: sinking"): a name before them says where or what, not who did it.
ACCIDENT_NOUNS = frozenset(
    "disaster accident tragedy catastrophe crash collapse sinking derailment capsizing stampede crush".split()
)
#: Event nouns whose owner or modifier is no agent: what was undergone or befell by accident.
OWNERLESS_EVENT_NOUNS = UNDERGONE_NOUNS | ACCIDENT_NOUNS
#: Verbs whose subject undergoes what happens ("the ferry sank", "the building collapsed"): a thing
#: as their subject is no agent, nor is the country or body a modifier gives it.
UNDERGONE_VERBS = frozenset("sink capsize crash derail collapse overturn drown burn explode".split())


#: Verbs of a quantity that changes by itself ("it will increase again in 2015", "exports fell").
CHANGE_VERBS = frozenset(
    "rise increase grow fall decline drop decrease shrink expand slow climb slump surge plunge soar rebound".split()
)
#: Verbs whose subject lives through what happens ("Istanbul has seen scores killed", "the region suffered").
EXPERIENCE_VERBS = frozenset("see witness suffer experience endure".split())


def _no_one_acts(verb: Token, subject: Token) -> bool:
    """A verb whose subject does nothing: a thing that sinks or crashes with no object ("a South Korean ferry
    sank", unlike "armed men burned the landing"), a quantity that changes with no object ("it will increase
    again", "prices rose"), or a place that lives through something ("Ankara and Istanbul have seen scores
    killed")."""
    lemma = verb.lemma_.lower()
    objectless = not any(c.dep_ == "dobj" for c in verb.children)
    if objectless and (lemma in CHANGE_VERBS or (lemma in UNDERGONE_VERBS and subject.pos_ == "NOUN")):
        return True
    return lemma in EXPERIENCE_VERBS and subject.ent_type_ in ("GPE", "LOC")


def _of_named(noun: Token) -> bool:
    """ "the governors of North Carolina, South Carolina and Virginia": an "of" phrase naming places or
    bodies tells which people in a role are meant."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
        for c in noun.children
    )


def _names_a_body(prep: Token) -> bool:
    """Is the "in/of/at/from" phrase part of who acts ("officials at the ministry", "police in Kyiv",
    "members of the union") rather than where they were or what they did ("a bomber at a volleyball game",
    "convicted three women of hooliganism", "separatists in Ukraine")? "from" always is; the others when
    their object names a body (not a place after "in" or "at")."""
    if prep.lower_ == "from":
        return True
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    place = prep.lower_ in ("in", "at") and objects[0].ent_type_ in ("GPE", "LOC", "FAC")
    return (objects[0].pos_ == "PROPN" and not place) or objects[0].lower_ in GROUP_NOUNS


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


def _taking_part_in(noun: Token) -> Token | None:
    """The verb whose subject takes part in the event ``noun`` names: "participated in today's arrests",
    "led Monday's raid", "took part in the protest" (None for any other role of the noun)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep":
        verb = head.head
        particle = any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        if verb.lemma_.lower() == "participate" or (verb.lemma_.lower() == "take" and particle):
            return verb
        return None
    if noun.dep_ == "dobj" and head.lemma_.lower() in TAKING_PART_VERBS:
        return head
    return None


#: Events people attend: whoever a clause set "at" one is about took part in it.
GATHERING_NOUNS = frozenset("conference briefing meeting summit rally interview hearing ceremony".split())


def _gathering_of(noun: Token) -> Token | None:
    """The verb of "At a news conference on Monday, X said/was asked ...", when ``noun`` is that gathering."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in ("at", "during") or fold(noun.lemma_) not in GATHERING_NOUNS:
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


#: Verbs of an event's own course: "the summit that starts Sunday", "a war which ended in 2003".
ASPECT_VERBS = frozenset("start begin open end close resume continue last conclude".split())


def _event_runs(verb: Token) -> bool:
    """A relative clause telling when the common noun it hangs on starts, ends or goes on, with no object
    (the caller checks that the noun names no actor: "forces, which continued on Tuesday" act)."""
    return (
        verb.lemma_.lower() in ASPECT_VERBS
        and verb.head.pos_ == "NOUN"
        and not any(c.dep_ in ("dobj", "xcomp") for c in verb.children)
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


def _counted_breakdown(member: Token) -> bool:
    """ "The students, seven men and three women, ...": a counted plural of people set off by a comma after
    the subject says who the subject's members are; the parse may make it a conjunct."""
    first = member
    while first.dep_ == "conj" and first.head.dep_ == "conj":
        first = first.head
    before = member.doc[first.left_edge.i - 1] if first.left_edge.i > 0 else None
    return (
        any(c.dep_ == "nummod" for c in member.children)
        and member.lemma_.lower() in INDIVIDUAL_NOUNS | ANONYMOUS_PEOPLE
        and before is not None
        and before.text == ","
    )


def _subordinator_object(verb: Token) -> Token | None:
    """ "As a Beijing court on Friday upheld ...": the parser may read a subordinator as a preposition
    and its clause's subject as that preposition's object; a verb without a subject takes it back."""
    for child in verb.children:
        if child.dep_ in ("prep", "mark") and child.lower_ in SUBORDINATORS and child.i < verb.i:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.i < verb.i]
            if objects:
                return objects[0]
    return None


def _modifiers(token: Token) -> list[Token]:
    """The adjectives, compounds and noun modifiers of ``token``, and theirs, in any depth."""
    found = []
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            found.append(child)
            found.extend(_modifiers(child))
    return found


def _joint_owners(member: Token) -> Token | None:
    """The first of several owners of a member noun ("negotiators from X and Y" gives X)."""
    if member.lower_ not in MEMBER_NOUNS:
        return None
    for child in member.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "at"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.conjuncts:
                    return grandchild
    return None


def _subordinate(verb: Token) -> bool:
    """A clause opened by "where", "when", "because" ... (its subject is a poor antecedent)."""
    return any(
        c.dep_ in ("advmod", "mark") and c.lower_ in SUBORDINATORS and c.i < verb.i for c in verb.children
    )


#: Plural nouns for people, named or not: "fighters", "officials", "people".
_PLURAL_PEOPLE = GROUP_NOUNS | ANONYMOUS_PEOPLE


def _undergoes(noun: Token) -> bool:
    """ "the 50 rebel fighters killed Monday", "one of the two men ordered to remain in jail Friday", "$54
    million appropriated in 2005": people or an amount a passive participle describes underwent its act,
    and the verb of their clause says nothing of who did it. A statement or video so described ("in a
    statement read on Monday, the army said") is its author's, the subject of the clause."""
    lemma = fold(noun.lemma_)
    people = lemma in PERSON_NOUNS or lemma in INDIVIDUAL_NOUNS or noun.lower_ in _PLURAL_PEOPLE
    amount = noun.pos_ == "NUM" or any(c.dep_ == "nummod" for c in noun.children)
    return people or amount


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ == "acl")


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
        return any(c.dep_ == "acomp" for c in verb.children) and (
            expletive or not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children)
        )
    if verb.lemma_ != "be" or verb.dep_ in ("aux", "auxpass"):
        return False
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
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


#: Verbs that link a subject to an adjective saying how it is ("seemed calm", "remained high").
LINKING_VERBS = frozenset("appear seem remain become look".split())


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


def _has_possessive_determiner(token: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_DETERMINERS for c in token.children)
