"""Who a noun phrase names, for the event agents of :mod:`.agents`: the actor a subject, a "by" phrase, a
pronoun, a description or a speech's "we" stands for, by the engine's registry (:class:`.engine.Attribution`);
a group the registry does not know ("the union") is named by its noun phrase. The nouns of people, groups,
bodies and the things that act through them are listed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import pandas as pd

from .. import lexicon as lx
from ..frames import records
from ..lexicon import country_table, fold
from ..report import Report
from .block_quotes import prose_speaker
from .claimant_words import DOCUMENT_NOUNS
from .cues import by_agent, name_before_a_date, person_ending_the_subject
from .speech_document import speech_speaker
from .transcript import names_someone, speaker_turns, turn_actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import Mention
    from .engine import Attribution

#: Common nouns that name a group or organisation able to act ("the union", "police").
GROUP_NOUNS = frozenset(
    """officials authorities police army military troops forces soldiers peacekeepers marines rebels militants
    insurgents fighters protesters demonstrators strikers workers miners residents villagers fishermen farmers
    lawmakers legislators mps senators parliament government ministry department agency office council committee commission court
    union company firm operator group party coalition alliance coastguard navy brigade battalion regiment
    inspectorate registry regulator fund bank board mediators negotiators diplomats investigators prosecutors
    rescuers medics doctors teams crews staff members officers divers volunteers activists voters monitors
    observers inspectors administration cabinet regime junta leadership authority prosecutor's watchdog
    guards guard militia militias gangs gang cartel network charity charities consultancy insurers ngo
    delegation envoys unions companies governments ministries agencies councils committees parties groups
    federation federations confederation associations
    engineers economists analysts experts scientists researchers agents
    gunmen attackers assailants bombers hijackers kidnappers snipers separatists extremists jihadists islamists
    terrorists guerrillas guerillas rioters looters pirates smugglers traffickers poachers
    survivors mourners pilgrims tourists crowd crowds donors conspirators co-conspirators defendants accomplices""".split()
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
    investigators inspectors teams team units personnel forecasters meteorologists seismologists
    epidemiologists scientists researchers specialists technicians lawyers pilots sailors airmen marines
    guardsmen""".split()
)

#: Nouns for people who back a body or a leader without acting for it: "EPRDF supporters celebrated",
#: "Thaksin loyalists marched" name the supporters, not the party or the man.
FOLLOWER_NOUNS = frozenset("supporters loyalists followers sympathizers sympathisers backers fans".split())

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

#: Roles that make an organisation or group a country's armed force ("the army", "Russian troops").
ARMED_FORCE_ROLES = frozenset({"military", "army", "forces", "troops"})

#: Parts and means through which a body acts when it owns them: "MSF said its hospital had treated ...".
#: Plural nouns for a country's society, not its state: a demonym before them is a nationality ("Chilean
#: newspapers", "Chinese companies", "British tourists"), so what they do is theirs, not the country's.
SOCIETY_NOUNS = frozenset(
    """newspapers papers media outlets broadcasters companies firms businesses banks investors tourists
    citizens nationals fans families""".split()
)

UNIT_NOUNS = frozenset(
    """hospital hospitals clinic clinics office offices embassy branch forces troops fighters jets aircraft
    drones ships warships vessels planes helicopters convoy convoys""".split()
)

#: Nouns that say only that some people did it: no actor to name ("150 people fled last month").
ANONYMOUS_PEOPLE = frozenset({"people", "persons", "person"})

SPEAKER_PRONOUNS = frozenset({"i", "me", "my"})

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


#: Event nouns of armed attack: what their owner did to whoever a passive says was hit.
ATTACK_NOUNS = frozenset(
    """attack strike airstrike raid bombing shelling bombardment offensive assault ambush shooting missile
    rocket drone shell bomb grenade mortar""".split()
)


def _relative_pronoun(token: Token) -> bool:
    """ "who", "which", "that" standing for a noun before them; "the WHO said" is the World Health
    Organization: a wh-word printed in capitals in a sentence not set in capitals is an acronym."""
    if token.text.isupper() and len(token.text) > 1 and not token.sent.text.isupper():
        return False
    return token.tag_ in ("WDT", "WP") or (token.lower_ in RELATIVE_PRONOUNS and token.dep_ in SUBJECT_DEPS)


#: Events of a people rising against its own state: a country before them says where the people rose
#: ("last year's Chilean revolution", "the Iranian protests"), not that the state did it.
UPRISING_NOUNS = frozenset(
    "revolution uprising revolt rebellion insurrection protest demonstration riot".split()
)

#: Words right before a name that make it a place: "in Tarvo", "at Vell", "the city of X".
LOCATIVE_BEFORE = re.compile(r"(?:\b(?:in|at|near|outside)|\b(?:city|town|village) of) $", re.IGNORECASE)

#: A modifier naming who brokered, mediated or backed an act ("a Norwegian-brokered cease-fire",
#: "Kremlin-backed talks"), not who did it.
GO_BETWEEN = re.compile(r"[-‑](?:brokered|mediated|sponsored|backed)$")


class PhraseActors:
    """Who a noun phrase, pronoun or speech names: the actors an agent finder reads agents as."""

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

    def name_phrase(self, token: Token, *, in_quote: bool, verb: Token) -> tuple[Agent, ...]:
        """The actor(s) a subject or "by" noun names ("X and Y" gives two)."""
        members = [token] + [c for c in token.conjuncts if c.i > token.i] if _coordinated(token) else [token]
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
            or (
                any(c.dep_ == "compound" and fold(c.lemma_) in lx.NATURAL_FORCES for c in token.children)
                and lower not in GROUP_NOUNS  # "earthquake survivors", "flood rescuers": people, not weather
                and not (token.pos_ == "PROPN" and lower in lx.ORG_NOUNS)  # "the National Hurricane Center"
            )
            or (token.pos_ == "PROPN" and fold(token.text) in self.natural_force_names)
        ):
            return None  # "the tropical storm Sendong hit Mindanao": weather is no one's act
        if fold(token.lemma_) in lx.AFFLICTIONS or token.lemma_.lower() in ACCIDENT_NOUNS:
            return None  # "Ebola has killed 5,400 people", "a stampede at the gate killed nineteen"
        if _relative_pronoun(token):
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
        counted = _counted_of(token)
        if counted is not None:  # "Thousands of earthquake survivors returned": the survivors did
            return self.actor_of(counted, in_quote=in_quote, verb=verb, pronouns=pronouns)
        head = self._registered(token.head) if token.dep_ == "appos" else None
        if (
            head is not None
            and token.head.i not in self.dateline
            and not (token.pos_ == "NOUN" and fold(token.lemma_) in INERT_NOUNS)
            and not (head.kind in ("place", "country") and fold(token.lemma_) in PERSON_NOUNS)
        ):
            return head  # "X, the spokesman": X; "in Helmand, Afghanistan, the commander said": no country
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
        if noun in FOLLOWER_NOUNS:  # "EPRDF supporters celebrated": the supporters, not the party
            return self._phrase(token, "group")
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
        owner = self._owner(
            token, in_quote=in_quote, pronouns=pronouns
        )  # "Russian drones", "the brigade's trucks"
        if owner is not None and owner.kind == "country" and noun in SOCIETY_NOUNS:
            return self._phrase(token, "group")  # "Chilean newspapers reprinted the cartoons": not Chile
        return owner

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
        mention = self._mention_at(token)
        return mention is not None and mention.form != "description"

    def _mention_at(self, token: Token) -> Mention | None:
        """The registry's tightest mention over ``token``."""
        start, end = int(self.starts[token.i]), int(self.ends[token.i])
        return self.registry.mention_at(start, end, doc_id=self.report.doc_id)

    def _a_place_here(self, modifier: Token) -> bool:
        """The report names the actor at ``modifier`` elsewhere as a place: right after "in", "at", "near" or
        "city of" ("the 2008 Tarvo attacks ... killed 40 people in Tarvo"), whatever kind it was taken for."""
        mention = self._mention_at(modifier)
        if mention is None:
            return False
        text = self.report.text
        return any(
            other.actor_id == mention.actor_id
            and other.start != mention.start
            and LOCATIVE_BEFORE.search(text, max(0, other.start - 12), other.start) is not None
            for other in self.registry.mentions_in(self.report.doc_id)
        )

    def _mention_holds(self, modifier: Token, noun: Token) -> bool:
        """The registry's mention at ``modifier`` takes in ``noun`` too: the modifier is part of the event's own
        name ("this year's Norland Recovery Conference") or of a phrase around it ("people trapped by last
        week's earthquake"), not a name of its own for who did the event."""
        mention = self._mention_at(modifier)
        return mention is not None and mention.start <= int(self.starts[noun.i]) < mention.end

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
            if (
                child.dep_ == "poss" and child.i not in self.date_tokens
            ):  # "Monday's Israeli strikes": not Monday
                if child.pos_ == "PRON":
                    return self._pronoun(child, in_quote=in_quote, verb=None) if pronouns else None
                return self.actor_of(child, in_quote=in_quote, pronouns=pronouns)
        # modifiers reached through modifier links only, nearest first ("a lightning Ukrainian counter-offensive")
        modifiers = _modifiers(token)
        for modifier in sorted(modifiers, key=lambda t: abs(token.i - t.i)):
            if modifier.i in self.date_tokens or fold(modifier.lemma_) in ATTACK_NOUNS:
                continue  # "Monday's attack"; "a Bomb attack" in title case: the weapon owns nothing
            if GO_BETWEEN.search(modifier.lower_):
                continue  # "a Norwegian-brokered cease-fire": the broker stood aside; the sides made it
            if self._mention_holds(modifier, token):
                continue
            named = self._registered(modifier) if self._named_at(modifier) else None
            capital = fold(modifier.text) in country_table().capitals
            place = (
                (named.kind == "place" or capital)
                if named is not None
                else modifier.ent_type_ in ("GPE", "LOC", "FAC")
            )
            here = named is not None and named.kind != "country" and self._a_place_here(modifier)
            if (place or here) and fold(token.lemma_) in ATTACK_NOUNS:
                continue  # "a Peshawar school attack": where it was done, not who did it
            country = country_table().demonyms.get(fold(modifier.text))
            if (country or (named is not None and named.kind == "country")) and fold(
                token.lemma_
            ) in UPRISING_NOUNS:
                continue
            if named is not None and named.kind == "country":
                return self._country_acting(token, modifier) or named
            if named is not None:
                return named
            if fold(token.lemma_) in ATTACK_NOUNS and not country and modifier.lower_ not in GROUP_NOUNS:
                continue  # "the 2002 Tarvo bombings": a name no one knows as a doer, before an attack, is where
            if modifier.dep_ == "compound" and modifier.pos_ == "PROPN" and modifier.i == token.i - 1:
                return self._phrase(modifier, "organisation")  # "Navy minesweepers", "Hamas fighters"
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
        return name_before_a_date(verb) or _subordinator_object(verb)
    return person_ending_the_subject(min(subjects, key=lambda c: abs(verb.i - c.i)))


#: Event nouns of what befalls people by accident ("the 2003 Daegu Subway fire disaster", "the ferry
#: sinking"): a name before them says where or what, not who did it.
ACCIDENT_NOUNS = frozenset(
    "disaster accident tragedy catastrophe crash collapse sinking derailment capsizing stampede crush".split()
)


def _coordinated(token: Token) -> bool:
    """ "Israel and Hamas", "A, B or C": conjuncts joined by a conjunction are members of one subject; a
    "conjunct" with no "and" or "or" anywhere is a misparse ("Clashes ... flared ..., as marchers stormed
    the building, the Grey Palace, which ...": the building's name hung on the sentence's first noun)."""
    return any(c.dep_ == "cc" for member in (token, *token.conjuncts) for c in member.children)


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


#: Nouns that only count what their "of" phrase names: "thousands of survivors", "dozens of police".
COUNTING_NOUNS = frozenset("dozens scores hundreds thousands tens millions tens-of-thousands".split())
#: Nouns for a set of things or people, which is what its "of" phrase names: "a group of blasts hit",
#: "a group of experts said".
COLLECTIVE_NOUNS = frozenset("group series wave spate string handful".split())


def _counted_of(token: Token) -> Token | None:
    """What a counting or collective noun counts: "Thousands of earthquake survivors" gives "survivors",
    "a similar group of blasts" gives "blasts" (no one)."""
    if token.lower_ not in COUNTING_NOUNS and not (token.lower_ in COLLECTIVE_NOUNS and token.pos_ == "NOUN"):
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if counted is not None and counted.lower_ in COUNTING_NOUNS:  # "tens of thousands of people"
        return _counted_of(counted) or counted
    return counted


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


def _has_possessive_determiner(token: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_DETERMINERS for c in token.children)
