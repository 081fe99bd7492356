"""Dated events: who did what, when.

One event per dated expression (see :mod:`workbench.dates`). Its actor is the agent of the
verb the date modifies, read from spaCy's dependency parse over the report's NLTK tokens:
the subject of an active verb, the "by" phrase of a passive one (none without it), "X and
Y" for joint subjects, the noun a relative clause hangs from ("the council, which met on
Tuesday"), the subject of the verb above for a clause without its own ("plans to begin next
year"). Names come from the shared actor registry, so the analyst's merges and renames
apply here too; an agent the registry does not know (a group such as "the union" or
"government mediators") is named by its noun phrase, and the analyst's corrections that
name that phrase apply to it. A quote's speaker is the agent only of "I" inside the quote.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import lexicon as lx
from .actors import CORRECTIONS_SECTION, ActorRegistry, actor_registry, fold_name
from .attribution.engine import Attribution, attribute
from .attribution.rules import confidence, describe
from .corrections import Corrections, corrections_for
from .dates import (
    MONTH_NUMBERS,
    TIMESTAMP_DTYPE,
    WEEKDAYS,
    DateRules,
    dateline_end,
    extract_dates,
    governing_verb,
)
from .lexicon import country_table, fold
from .quotes import extract_quotes
from .report import Report

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

EVENT_COLUMNS = [
    "event_id", "doc_id", "start", "end", "date_text", "date", "granularity", "actor", "actor_id", "what",
    "sentence", "sentence_id", "paragraph_id", "post_id", "repeat_of",
    # added by this module
    "date_start", "date_end", "in_quote", "actors", "actor_how", "actor_confidence",
]  # fmt: skip

MAX_WHAT_WORDS = 8

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
    engineers economists analysts experts scientists researchers""".split()
)
#: Singular nouns for one person in a role ("the minister"): an agent, and a "he"/"she" antecedent.
PERSON_NOUNS = frozenset(
    """minister president spokesman spokeswoman spokesperson governor mayor commander chief official director
    leader envoy ambassador prosecutor judge general captain officer executive chairman chairwoman chair secretary
    representative negotiator mediator priest king queen premier chancellor senator deputy head""".split()
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
    temperature weather share percentage proportion figure estimate population
    economy growth output gdp inflation unemployment employment market sales exports imports spending
    investment demand production deficit surplus debt revenue profit income wage""".split()
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
UNIT_NOUNS = frozenset(
    """hospital hospitals clinic clinics office offices embassy branch forces troops fighters jets aircraft
    drones ships warships vessels planes helicopters convoy convoys""".split()
)
SPEAKER_PRONOUNS = frozenset({"i", "me", "my"})
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
WHAT_SKIPPED_DEPS = frozenset(
    {
        "punct",
        "cc",
        "conj",
        "advcl",
        "relcl",
        "parataxis",
        "npadvmod",
        "mark",
        "nsubj",
        "nsubjpass",
        "expl",
        "appos",
    }
)
#: Words a summary must not end on: function words, symbols and possessive markers.
DANGLING_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT", "SYM", "AUX"})
DANGLING_TAGS = frozenset({"$", "POS", "PRP$", "WP$", "WDT", "WRB", "TO", "IN", "DT", "CC", "HYPH"})
#: Branches left out of a summary phrase: clauses hanging off a noun, appositions, punctuation.
PRUNED_DEPS = frozenset({"relcl", "appos", "acl", "advcl", "parataxis", "punct", "mark"})
#: Prepositions that make an event noun the manner of the verb's own act ("killed in an ambush").
MANNER_PREPOSITIONS = frozenset({"in", "with", "by", "on", "through"})
#: Nouns for events with two sides: "talks between X and Y" have X and Y as joint agents.
RECIPROCAL_NOUNS = frozenset(
    "talks negotiations clashes fighting meeting meetings dialogue war ceasefire truce deal agreement".split()
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


def _decided(agents: tuple[Agent, ...], rule: str, verb: Token) -> tuple[Agent, ...]:
    """``agents`` marked with the rule that found them (a speaker of "I" inside a quote keeps its own)."""
    return tuple(a if a.rule else replace(a, rule=rule, verb=verb.text) for a in agents)


# ---------------------------------------------------------------------------- the extractor


def extract_events(
    report: Report,
    *,
    published: dt.date | None = None,
    rules: DateRules | None = None,
    corrections: Corrections | None = None,
) -> pd.DataFrame:
    """One row per dated event: date, actor, a short summary of what happened, the sentence.

    ``published`` overrides the report's date; ``rules`` how bare weekdays are read;
    ``corrections`` the analyst's actor corrections (by default the file beside the report),
    re-read on every call so that a saved merge or rename shows at once.
    """
    published = published or report.published
    found = report.memo(f"events:{published}:{rules}", lambda: _find_events(report, published, rules))
    corrections = corrections or corrections_for(report)
    registry = actor_registry(report, corrections=corrections)
    records = corrections.sections.get(CORRECTIONS_SECTION, [])
    rows = []
    first_spelling: dict[str, str] = {}
    for event_id, (row, agents) in enumerate(found):
        members = [
            _one_spelling(name, actor_id, first_spelling)
            for name, actor_id in actor_names(registry, agents, records, doc_id=report.doc_id)
        ]
        first = agents[0] if agents and members else None
        mention = first.surface if first is not None else None
        rows.append(
            {
                **row,
                "event_id": event_id,
                "actor": " and ".join(name for name, _id in members) if members else None,
                "actor_id": "+".join(actor_id for _name, actor_id in members if actor_id) or None,
                "actors": [name for name, _id in members],
                "actor_how": describe(first.rule, verb=first.verb, mention=mention) if first else None,
                "actor_confidence": confidence(first.rule, mention=mention) if first else None,
            }
        )
    frame = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    return frame.astype(
        {
            "sentence_id": "Int64",
            "repeat_of": "Int64",
            "start": int,
            "end": int,
            "in_quote": bool,
            "date_start": TIMESTAMP_DTYPE,
            "date_end": TIMESTAMP_DTYPE,
        }
    )


def extract_corpus_events(reports: Iterable[Report], *, rules: DateRules | None = None) -> pd.DataFrame:
    """The events of several reports in one table (``doc_id`` tells them apart)."""
    frames = [extract_events(report, rules=rules) for report in reports]
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=EVENT_COLUMNS)
    return pd.concat(frames, ignore_index=True)


def actor_names(
    registry: ActorRegistry, agents: tuple[Agent, ...], records: list[dict[str, Any]], *, doc_id: str
) -> list[tuple[str, str]]:
    """``(name, actor_id)`` of each agent, without repeats (an id is "" for an unregistered group).

    A registered agent is named by the registry (corrections already applied); an agent
    named by its noun phrase follows the merge, rename and split records that name it.
    """
    named: list[tuple[str, str]] = []
    for agent in agents:
        actor = None if agent.phrase else registry.at(agent.start, agent.end, doc_id=doc_id)
        if actor is None:
            corrected = corrected_name(agent.surface, records)
            known = corrected != agent.surface or agent.kind == "country" or agent.actor_name is not None
            actor = registry.find(corrected) if known else None
            pair = (actor.name, actor.actor_id) if actor is not None else (corrected, "")
        else:
            pair = (actor.name, actor.actor_id)
        if pair[0] not in [name for name, _id in named]:
            named.append(pair)
    return named


def _one_spelling(name: str, actor_id: str, first_spelling: dict[str, str]) -> tuple[str, str]:
    """ "Police" and "police", "The company" and "the company": one group, its first spelling."""
    if actor_id:
        return name, actor_id
    return first_spelling.setdefault(fold_name(name), name), actor_id


def corrected_name(name: str, records: Iterable[dict[str, Any]]) -> str:
    """``name`` after the analyst's merge, rename and split records, applied in order."""
    for record in records:
        action = record.get("action")
        if action == "merge" and fold_name(name) == fold_name(str(record.get("merge", ""))):
            name = str(record["keep"])
        elif (action == "rename" and fold_name(name) == fold_name(str(record.get("name", "")))) or (
            action == "split" and fold_name(name) == fold_name(str(record.get("alias", "")))
        ):
            name = str(record["new_name"])
    return name


def _find_events(
    report: Report, published: dt.date | None, rules: DateRules | None
) -> list[tuple[dict[str, Any], tuple[Agent, ...]]]:
    dates = extract_dates(report, published=published, rules=rules)
    dates = dates[dates["date"].notna()]
    if dates.empty:
        return []
    finder = AgentFinder(attribute(report, corrections=Corrections(corrections_for(report).path, {})))
    sentences = report.sentences
    found = []
    for row in dates.to_dict("records"):
        verb = finder.verb(row["start"], row["end"])
        noun = finder.event_noun(row["start"], row["end"])
        if noun is not None:
            agents = finder.noun_agents(noun, in_quote=bool(row["in_quote"]))
        elif verb is not None:
            agents = finder.agents(verb, in_quote=bool(row["in_quote"]), date_start=row["start"])
        else:
            agents = ()
        sentence_id = None if pd.isna(row["sentence_id"]) else int(row["sentence_id"])
        sentence = sentences.iloc[sentence_id] if sentence_id is not None else None
        found.append(
            (
                {
                    "doc_id": report.doc_id,
                    "start": row["start"],
                    "end": row["end"],
                    "date_text": row["date_text"],
                    "date": row["date"],
                    "granularity": row["granularity"],
                    "what": finder.what(verb, row["start"], row["end"]) if verb is not None else None,
                    "sentence": sentence["text"] if sentence is not None else None,
                    "sentence_id": sentence_id,
                    "paragraph_id": row["paragraph_id"],
                    "post_id": row["post_id"],
                    "repeat_of": sentence["repeat_of"] if sentence is not None else None,
                    "date_start": row["date_start"],
                    "date_end": row["date_end"],
                    "in_quote": row["in_quote"],
                },
                agents,
            )
        )
    return found


# ---------------------------------------------------------------------------- agents


class AgentFinder:
    """Finds the agent of the verb a date modifies, in the parse of one report."""

    def __init__(self, attribution: Attribution) -> None:
        report = attribution.report
        self.report = report
        self.doc = report.doc
        self.starts = report.tokens["start"].to_numpy()
        self.ends = report.tokens["end"].to_numpy()
        self.registry = attribution.registry
        self.links = attribution.links
        self.quotes = _quote_speakers(report)
        self.dateline = _dateline_tokens(report)
        self.date_tokens = _date_tokens(report)
        self._antecedents: list[tuple[int, Agent, bool]] | None = None

    # -------------------------------------------------------------- the verb

    def verb(self, start: int, end: int) -> Token | None:
        """The verb the expression ``text[start:end]`` modifies."""
        first, last = self.report.token_range(start, end)
        if first >= last:
            return None
        return governing_verb(self.doc[first:last].root)

    def event_noun(self, start: int, end: int) -> Token | None:
        """The event noun a date expression modifies ("a coup in mid-July", "Monday's captures"), if any."""
        first, last = self.report.token_range(start, end)
        if first >= last:
            return None
        root = self.doc[first:last].root
        if root.dep_ not in ("prep", "poss", "compound", "npadvmod", "nmod", "amod"):
            return None
        noun = root.head
        if noun.pos_ != "NOUN" or fold(noun.lemma_) not in lx.EVENT_NOUNS or first <= noun.i < last:
            return None
        if noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ in MANNER_PREPOSITIONS):
            return None  # "X claimed the attack on Monday", "gunmen kill an officer in an overnight ambush"
        return noun

    def noun_agents(self, noun: Token, *, in_quote: bool) -> tuple[Agent, ...]:
        """The agent of an event a noun names: "by X", the sides of "talks between X and Y", its owner
        ("Russia's offensive", "Israeli strikes"), or "by X" of the passive verb it is the subject of."""
        for child in noun.children:
            if child.dep_ in ("prep", "agent") and child.lower_ == "by":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return _decided(self.name_phrase(objects[0], in_quote=in_quote, verb=noun), "by", noun)
        if noun.lower_ in RECIPROCAL_NOUNS:
            sides = self._sides(noun, in_quote=in_quote)
            if sides:
                return _decided(sides, "sides", noun)
        owner = self._owner(noun, in_quote=in_quote, objects=False)
        if owner is not None:
            return _decided((owner,), "event owner", noun)
        if noun.dep_ == "nsubjpass":
            by = _by_agent(noun.head)
            if by is not None:
                return _decided(self.name_phrase(by, in_quote=in_quote, verb=noun.head), "by", noun.head)
        return ()

    # -------------------------------------------------------------- the agent

    def agents(self, verb: Token, *, in_quote: bool, date_start: int) -> tuple[Agent, ...]:
        """The agent(s) of ``verb``: subject, passive "by" phrase, or the subject above it."""
        current = verb
        for _ in range(4):
            subject = self._subject_after_dateline(_subject(current))
            if subject is not None and subject.dep_ == "nsubjpass":
                by = _by_agent(current)
                if by is None:
                    return ()
                return _decided(self.name_phrase(by, in_quote=in_quote, verb=current), "by", current)
            if subject is not None and subject.lower_ in RECIPROCAL_NOUNS:
                return _decided(self._sides(subject, in_quote=in_quote), "sides", current)
            if subject is not None:
                return _decided(
                    self.name_phrase(subject, in_quote=in_quote, verb=current), "subject", current
                )
            if _is_passive(current):
                by = _by_agent(current)
                if by is not None:
                    return _decided(self.name_phrase(by, in_quote=in_quote, verb=current), "by", current)
                if current.dep_ not in ("acl",):
                    return ()
            if (
                current.dep_ == "acl"
                and current.head.dep_ == "ROOT"
                and current.head.pos_ in ("PROPN", "NOUN")
            ):
                # no main verb: the parser made the verb a modifier of its subject ("Halvorsen Re, a
                # reinsurer, estimated on Tuesday ...")
                return _decided(
                    self.name_phrase(current.head, in_quote=in_quote, verb=current), "subject", current
                )
            if current.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp") and current.head is not current:
                current = governing_verb(current.head) or current.head
                if current.pos_ not in ("VERB", "AUX"):
                    return ()
                continue
            return ()
        return ()

    def _subject_after_dateline(self, subject: Token | None) -> Token | None:
        """ "OUAGADOUGOU (AFP) – Jihadists killed ...": the parse may make the dateline's city the
        subject and the real one its apposition; the city of a dateline never acts."""
        if subject is None or subject.i not in self.dateline:
            return subject
        return next((c for c in subject.children if c.dep_ == "appos" and c.i not in self.dateline), None)

    def _sides(self, event_noun: Token, *, in_quote: bool) -> tuple[Agent, ...]:
        """ "Talks between X and Y": X and Y, when both name actors."""
        for child in event_noun.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    sides = self.name_phrase(objects[0], in_quote=in_quote, verb=event_noun)
                    return sides if len(sides) >= 2 else ()
        return ()

    def name_phrase(self, token: Token, *, in_quote: bool, verb: Token) -> tuple[Agent, ...]:
        """The actor(s) a subject or "by" noun names ("X and Y" gives two)."""
        members = [token] + [c for c in token.conjuncts if c.i > token.i]
        agents: list[Agent] = []
        for member in members:
            if member is not token and _has_possessive_determiner(member):
                continue  # "strikers and their families": the families go with the strikers
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
        if fold(token.lemma_) in lx.NATURAL_FORCES or any(
            c.dep_ == "compound" and fold(c.lemma_) in lx.NATURAL_FORCES for c in token.children
        ):
            return None  # "the tropical storm Sendong hit Mindanao": weather is no one's act
        if token.tag_ in ("WDT", "WP") or (lower in RELATIVE_PRONOUNS and token.dep_ in SUBJECT_DEPS):
            if verb is not None and verb.dep_ == "relcl":
                return self.actor_of(verb.head, in_quote=in_quote, pronouns=pronouns)
            return None
        if token.pos_ == "PRON":
            return self._pronoun(token, in_quote=in_quote, verb=verb) if pronouns else None
        if token.dep_ == "appos" and token.head.i not in self.dateline and self._registered(token.head):
            return self._registered(token.head)
        noun = lower.replace("’", "'")
        owned_unit = noun in UNIT_NOUNS and _has_possessive_determiner(token)  # "its hospital", "their jets"
        if (
            noun in MEMBER_NOUNS or owned_unit
        ):  # "its members", "members of the union": the body they belong to
            owner = self._owner(token, in_quote=in_quote, pronouns=pronouns)
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
        return self._owner(
            token, in_quote=in_quote, pronouns=pronouns
        )  # "Russian drones", "the brigade's trucks"

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
            if modifier.i in self.date_tokens:
                continue
            named = self._registered(modifier)
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
        for child in token.children if objects else ():
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "at"):
                found = [c for c in child.children if c.dep_ == "pobj"]
                if found:
                    owner = self.actor_of(found[0], in_quote=in_quote, pronouns=pronouns)
                    if owner is not None and owner.kind != "place":
                        return owner
        return None

    def _country_acting(self, token: Token, demonym: Token) -> Agent | None:
        """ "Israeli strikes" in a report that names "the Israeli military": the military's strikes."""
        if fold(token.lemma_) not in MILITARY_ACTION_NOUNS:
            return None
        country = country_table().demonyms.get(fold(demonym.text))
        if country is None:
            return None
        forces = [
            actor.name
            for actor in self.registry.actors.values()  # in the order the report names them
            if actor.country == country
            and actor.kind in ("organisation", "group")
            and ARMED_FORCE_ROLES & set(actor.roles)
        ]
        if not forces:
            return None  # several (its army and its military are one): the first the report names
        start, end = int(self.starts[demonym.i]), int(self.ends[demonym.i])
        return Agent(start, end, forces[0], "organisation", phrase=True, actor_name=forces[0])

    def _phrase(self, token: Token, kind: str) -> Agent:
        """The noun phrase of ``token``: determiners, adjectives, compounds, possessors, "in/of X"."""
        kept = [token.i]
        for child in token.children:
            if child.dep_ in NP_DROPPED_DEPS or (child.dep_ == "det" and child.lower_ in ("about", "some")):
                continue
            if child.i < token.i or (child.dep_ == "prep" and child.lower_ in ("in", "of", "at", "from")):
                kept.extend(t.i for t in child.subtree)
        first, last = min(kept), max(kept)
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
            return self.quotes.get_speaker(start) if in_quote else None
        if lower in PERSON_PRONOUNS or lower in ("his",):
            wanted = {"person"}
        elif lower in THING_PRONOUNS:
            wanted = {"organisation", "country", "group", "place"}
        elif lower in PLURAL_PRONOUNS:
            wanted = {"organisation", "group", "country"}
        else:
            return None
        if lower in PERSON_PRONOUNS or lower == "his":
            registered = self._registered(token)  # the registry knows genders, and when "he" is unsure
            if registered is not None and registered.kind in wanted:
                return registered
            if self._ambiguous(token):
                return None
        reporter = self._reporting_subject(verb)
        if reporter is not None and reporter.kind in wanted:
            return reporter
        return self._antecedent(start, wanted)

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

    # -------------------------------------------------------------- what happened

    def what(self, verb: Token, date_start: int, date_end: int) -> str:
        """At most eight words, verb first: the verb with its negation, particles and objects."""
        skip = set(range(*self.report.token_range(date_start, date_end))) | self.dateline
        chosen = [c.i for c in verb.lefts if c.dep_ in ("neg", "auxpass")] + [verb.i]
        reported = [c for c in verb.lefts if c.dep_ == "ccomp"]
        if reported and not any(c.dep_ in ("ccomp", "dobj") for c in verb.rights):
            # "Drones hit the grid overnight, the operator said on Tuesday": said + what was said
            said = sorted(i for i in _pruned_subtree(reported[0]) if i not in skip)[: MAX_WHAT_WORDS - 1]
            said = _whole_phrase(verb.doc, said)
            return f"{verb.text} {self._words(said)}" if said else verb.text
        for child in verb.rights:
            if child.dep_ in WHAT_SKIPPED_DEPS:
                continue
            chosen.extend(i for i in _pruned_subtree(child) if i not in skip)
            if len(chosen) >= MAX_WHAT_WORDS:
                break
        return self._words(_whole_phrase(verb.doc, sorted(set(chosen))[:MAX_WHAT_WORDS])) or verb.text

    def _words(self, indices: list[int]) -> str:
        """The tokens at ``indices`` as printed: adjacent ones keep their spacing, gaps become a space."""
        if not indices:
            return ""
        pieces: list[str] = []
        run_start = previous = indices[0]
        for i in [*indices[1:], None]:
            if i is not None and i == previous + 1:
                previous = i
                continue
            pieces.append(self.report.text[int(self.starts[run_start]) : int(self.ends[previous])])
            if i is not None:
                run_start = previous = i
        return " ".join(" ".join(pieces).split())


class QuoteSpeakers:
    """The speakers of a report's quotes, found by offset ("I" inside a quote is its speaker)."""

    def __init__(self, quotes: pd.DataFrame, report: Report) -> None:
        self.rows = [
            (int(q["start"]), int(q["end"]), str(q["speaker"]), q["mention_start"], q["mention_end"])
            for q in quotes.to_dict("records")
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


def _date_tokens(report: Report) -> set[int]:
    """Indices of the tokens of every date expression, and of every weekday and month name."""
    tokens: set[int] = set()
    dates = extract_dates(report)
    for start, end in zip(dates["start"].tolist(), dates["end"].tolist(), strict=True):
        tokens.update(range(*report.token_range(int(start), int(end))))
    names = {day.lower() for day in WEEKDAYS} | set(MONTH_NUMBERS)
    for i, text in enumerate(report.tokens["text"].tolist()):
        if text[:1].isupper() and text.lower().rstrip(".") in names:
            tokens.add(i)
    return tokens


def _dateline_tokens(report: Report) -> set[int]:
    """Indices of the tokens of wire datelines ("KYIV, Nov 3 (Wire) -"), kept out of summaries."""
    tokens: set[int] = set()
    for row in report.paragraphs.to_dict("records"):
        start, end = int(row["start"]), int(row["end"])
        length = dateline_end(report.text[start:end]) if row["kind"] == "body" else 0
        if length:
            tokens.update(range(*report.token_range(start, start + length)))
    return tokens


def _quote_speakers(report: Report) -> QuoteSpeakers:
    return QuoteSpeakers(extract_quotes(report), report)


def _subject(verb: Token) -> Token | None:
    """The verb's subject; with two (a parse that swallowed a dateline), the nearer one."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return None
    return min(subjects, key=lambda c: abs(verb.i - c.i))


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


def _whole_phrase(doc: Doc, indices: list[int]) -> list[int]:
    """``indices`` less the words a cut left dangling at the end, so a summary ends on a whole phrase.

    A phrase cut short in news copy ends on a function word or symbol ("a loan of $"), on a
    modifier whose noun was cut ("a mother and her"), or on a preposition without its object
    ("according"); those words are dropped from the end until the last word stands on its own.
    """
    kept = list(indices)
    while kept:
        last = doc[kept[-1]]
        on_right = set(kept)
        dangling = (
            last.pos_ in DANGLING_POS
            or last.tag_ in DANGLING_TAGS
            or (last.head.i > last.i and last.head.i not in on_right)
            or (last.dep_ in ("prep", "agent") and any(c.i not in on_right for c in last.rights))
        )
        if not dangling:
            break
        kept.pop()
    return kept


def _pruned_subtree(token: Token) -> list[int]:
    """Indices of ``token``'s subtree without relative clauses, appositions and punctuation."""
    kept = [token.i]
    for child in token.children:
        if child.dep_ not in PRUNED_DEPS:
            kept.extend(_pruned_subtree(child))
    return kept


def _subordinate(verb: Token) -> bool:
    """A clause opened by "where", "when", "because" ... (its subject is a poor antecedent)."""
    return any(
        c.dep_ in ("advmod", "mark") and c.lower_ in SUBORDINATORS and c.i < verb.i for c in verb.children
    )


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ == "acl")


def _by_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _has_possessive_determiner(token: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_DETERMINERS for c in token.children)
