"""Dated events: who did what, when.

One event per dated expression (see :mod:`workbench.dates`): the verb or event noun it modifies,
a short summary of what happened, and its actor, found by the attribution engine
(:mod:`workbench.attribution.agents`). Names come from the shared actor registry, so the analyst's
merges and renames apply here too; an agent the registry does not know (a group such as "the union"
or "government mediators") is named by its noun phrase, and the analyst's corrections that name
that phrase apply to it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import lexicon as lx
from .actors import CORRECTIONS_SECTION, ActorRegistry, actor_registry, fold_name
from .attribution.agent_names import ACCIDENT_NOUNS, ATTACK_NOUNS, Agent
from .attribution.agents import (
    GATHERING_NOUNS,
    MILITARY_VERBS,
    RECIPROCAL_NOUNS,
    UNDERGONE_NOUNS,
    AgentFinder,
    main_verb_parsed_as_modifier,
)
from .attribution.claimant_words import DOCUMENT_NOUNS
from .attribution.engine import Attribution, attribute
from .attribution.rules import confidence, describe
from .corrections import Corrections, corrections_for
from .dates import (
    MONTH_NUMBERS,
    PAST,
    TIMESTAMP_DTYPE,
    WEEKDAYS,
    DateRules,
    clause_tense,
    dateline_tokens,
    extract_dates,
    governing_verb,
    possessive_at,
)
from .frames import records, with_dtypes
from .lexicon import fold
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
#: The columns of the dates table an event is made from.
EVENT_DATE_FIELDS = (
    "start", "end", "date_text", "date", "granularity", "sentence_id", "paragraph_id", "post_id",
    "date_start", "date_end", "in_quote",
)  # fmt: skip

MAX_WHAT_WORDS = 8

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
                "actor_how": describe(first.rule, verb=first.verb, mention=mention)
                if first
                else row["unknown_because"],
                "actor_confidence": confidence(first.rule, mention=mention) if first else None,
            }
        )
    return with_dtypes(
        pd.DataFrame(rows, columns=EVENT_COLUMNS),
        {
            "sentence_id": "Int64",
            "repeat_of": "Int64",
            "start": int,
            "end": int,
            "in_quote": bool,
            "date_start": TIMESTAMP_DTYPE,
            "date_end": TIMESTAMP_DTYPE,
        },
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
    attribution = attribute(report, corrections=Corrections(corrections_for(report).path, {}))
    dateline = dateline_tokens(report)
    quotes = extract_quotes(report)
    finder = AgentFinder(
        attribution,
        quotes=quotes,
        dateline=dateline,
        date_tokens=_date_tokens(report, attribution=attribution),
    )
    reader = EventReader(report, dateline=dateline, quotes=quotes)
    sentence_texts: list[str] = report.sentences["text"].tolist()
    sentence_repeats: list[Any] = report.sentences["repeat_of"].tolist()
    found = []
    acts_of_the_day: dict[str, list[tuple[Agent, ...]]] = {}
    attacks_of_the_day: dict[str, list[tuple[Agent, ...]]] = {}
    attacks: list[tuple[Agent, ...]] = []  # the doers of the attacks dated so far, in reading order
    for row in records(dates, EVENT_DATE_FIELDS):
        verb = reader.verb(row["start"], row["end"], in_quote=bool(row["in_quote"]))
        noun = reader.event_noun(row["start"], row["end"])
        if noun is None and verb is not None and _later_than(row["date"], report.published):
            noun = reader.planned_noun(verb, row["start"])
        if noun is not None:
            agents = finder.noun_agents(noun, in_quote=bool(row["in_quote"]))
            if not agents and possessive_at(report.text, int(row["end"])):
                day = str(row["date"])  # "Sunday's rocket attack": the attack told of that day, not any act
                earlier = (
                    attacks_of_the_day.get(day, [])
                    if _is_attack(None, noun)
                    else acts_of_the_day.get(day, [])
                )
                agents = _act_of_the_day(earlier, noun)
            if not agents and _held_by_the_verb(noun):  # "for hosting this year's Recovery Conference"
                agents = finder.agents(noun.head, in_quote=bool(row["in_quote"]), date_start=row["start"])
            elif not agents and _military_act_named_by_its_verb(noun):
                agents = finder.agents(
                    noun.head.head, in_quote=bool(row["in_quote"]), date_start=row["start"]
                )
        elif verb is not None:
            agents = finder.agents(verb, in_quote=bool(row["in_quote"]), date_start=row["start"])
        else:
            agents = ()
        if not agents and verb is not None and noun is None:
            agents = _attacks_told_before(attacks, verb)
        if not agents and not _names_a_noun_after_it(report.text, int(row["end"])):
            agents = finder.headline_speaker(int(row["start"]))
        if agents and row["granularity"] == "day":
            acts_of_the_day.setdefault(str(row["date"]), []).append(agents)
            if _is_attack(verb, noun):
                attacks_of_the_day.setdefault(str(row["date"]), []).append(agents)
        if agents and _is_attack(verb, noun):
            attacks.append(agents)
        sentence_id = None if pd.isna(row["sentence_id"]) else int(row["sentence_id"])
        found.append(
            (
                {
                    "doc_id": report.doc_id,
                    "start": row["start"],
                    "end": row["end"],
                    "date_text": row["date_text"],
                    "date": row["date"],
                    "granularity": row["granularity"],
                    "what": reader.what(verb, row["start"], row["end"]) if verb is not None else None,
                    "sentence": sentence_texts[sentence_id] if sentence_id is not None else None,
                    "sentence_id": sentence_id,
                    "paragraph_id": row["paragraph_id"],
                    "post_id": row["post_id"],
                    "repeat_of": sentence_repeats[sentence_id] if sentence_id is not None else None,
                    "date_start": row["date_start"],
                    "date_end": row["date_end"],
                    "in_quote": row["in_quote"],
                    "unknown_because": None if agents else _why_no_actor(verb, noun),
                },
                agents,
            )
        )
    return found


#: Forms of the verbs of gathering ("the council will meet on Thursday ... Thursday's meeting").
MEETING_VERB_FORMS = frozenset(
    "meet meets met meeting convene convenes convened gather gathered hold holds held".split()
)
#: Verbs of attacking: "drones hit two substations", "the army shelled the town"; and of the killing an
#: attack is told by ("gunmen killed 12 people on Sunday ... Sunday's attack").
ATTACK_VERBS = frozenset(
    """attack strike hit shell bomb launch fire raid ambush storm bombard target kill massacre murder
    assassinate behead detonate""".split()
)
#: Determiners that make a noun refer back to what the report told before: "the strikes", "these attacks".
DEFINITE_DETERMINERS = frozenset("the these those this that".split())

#: Event nouns no one does, even when a report dated another act to their day: what nature, disease or
#: accident brings, and the deaths it leaves.
NO_ONES_ACT = lx.NATURAL_FORCES | lx.AFFLICTIONS | ACCIDENT_NOUNS | {"death", "funeral", "burial"}


def _act_of_the_day(earlier: list[tuple[Agent, ...]], noun: Token) -> tuple[Agent, ...]:
    """ "Police detained nine soldiers on Monday. ... Monday's captures are the latest ...": an event noun
    dated in the possessive refers back to an act the report dated to that day before. When one actor
    alone did something that day, it is theirs; two or more, or nature's doing, leave it unknown. A
    gathering ("Sunday's meeting") is held by those told to meet that day, not by whoever else acted."""
    if fold(noun.lemma_) in NO_ONES_ACT:
        return ()
    if fold(noun.lemma_) in GATHERING_NOUNS | {"talks", "session"}:
        earlier = [
            agents for agents in earlier if all(fold(a.verb or "") in MEETING_VERB_FORMS for a in agents)
        ]
    actors = {tuple(fold(a.actor_name or a.surface) for a in agents): agents for agents in earlier}
    if len(actors) != 1:
        return ()
    (agents,) = actors.values()
    return tuple(replace(a, rule="same day's act", verb=noun.text) for a in agents)


#: Nouns a date after them dates: events, and what someone underwent ("the murder of X on July 21").
DATED_NOUNS = lx.EVENT_NOUNS | UNDERGONE_NOUNS

#: Words that make a "poll" a vote: "the March 29 presidential poll", "the parliamentary polls".
ELECTORAL_WORDS = frozenset(
    "presidential parliamentary legislative general local municipal regional provincial runoff run-off".split()
)


#: Nouns of an act its possessor does: "the king's seizure of power last year", "Russia's annexation of
#: Crimea in 2014", "the court's decision on Monday".
OWNED_ACT_NOUNS = frozenset(
    """seizure takeover annexation occupation withdrawal departure arrival appointment inauguration ouster
    overthrow deployment decision""".split()
)


def _owned_act(noun: Token) -> bool:
    """A dated noun of an act with a possessor who does it: its date is the act's, even as the object of a
    verb ("called to protest the king's seizure of power last year": the protest is not last year's)."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in lx.TIME_LABELS]
    return bool(owners) and fold(noun.lemma_) in OWNED_ACT_NOUNS | lx.EVENT_NOUNS


def _reported_clause_before(verb: Token, first: int, last: int) -> Token | None:
    """ "Rebel fighters captured the town yesterday, spokesman X said here today": a date that ends
    the reported clause of a trailing attribution, right before its comma, dates that clause, though the
    parse may hang it on the verb of saying (which keeps a date of its own after it). None otherwise."""
    if verb.lemma_.lower() not in lx.SPEECH_VERBS or last > verb.i:
        return None
    doc = verb.doc
    if last >= len(doc) or doc[last].text != ",":
        return None
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "parataxis") and clause.left_edge.i < first <= clause.right_edge.i + 1:
            return clause
    return None


def _names_a_noun_after_it(text: str, end: int) -> bool:
    """ "... to Respond to June 22 Earthquake": a date run straight into a word modifies that word, unlike a
    headline's date stamp ("PM speech at the summit: 20 September 2016", "Briefing – April 13, 2022, 2:30
    p.m.")."""
    return re.match(r" [A-Za-z]{3,}", text[end : end + 12]) is not None


def _why_no_actor(verb: Token | None, noun: Token | None) -> str:
    """Why an event is left without an actor, for the analyst reading the row ("unknown: ...")."""
    if noun is not None:
        return f"unknown: the '{noun.text}' it dates names no one who did it"
    if verb is None:
        return "unknown: no verb or event noun found for the date"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    subject = min(subjects, key=lambda c: abs(verb.i - c.i)) if subjects else None  # not a swallowed dateline
    if subject is not None and subject.dep_ == "nsubjpass":
        return f"unknown: '{verb.text}' is passive with no 'by' agent"
    if subject is None:
        return f"unknown: '{verb.text}' has no subject that names an actor"
    if subject.pos_ == "PRON":
        return f"unknown: '{subject.text}', the subject of '{verb.text}', is not tied to one actor"
    return f"unknown: '{subject.text}', the subject of '{verb.text}', names no actor who acts"


#: Verbs of reacting to what someone else did: "condemned the attack", "welcomed the release".
REACTION_VERBS = frozenset(
    "condemn denounce deplore decry mourn welcome praise hail criticize criticise regret lament".split()
)
#: Verbs of putting on a gathering: whoever hosts or holds "this year's conference" makes it happen.
HOSTING_VERBS = frozenset("host organize organise hold stage convene chair".split())


def _held_by_the_verb(noun: Token) -> bool:
    """ "thanked Germany for hosting and organizing this year's Ukraine Recovery Conference": a dated event
    that is the object of a verb of hosting is put on by that verb's doer."""
    verb = noun.head
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and noun.dep_ == "dobj":
        if verb.lemma_.lower() in HOSTING_VERBS:
            break
        verb = verb.head
    return noun.dep_ == "dobj" and verb.lemma_.lower() in HOSTING_VERBS


def _military_act_named_by_its_verb(noun: Token) -> bool:
    """ "the region, which was stormed by Ukraine for a major incursion in August": an attack noun with no
    doer of its own, hung on a verb of the same military act, names that act; its doer is the verb's."""
    preposition = noun.head
    return (
        fold(noun.lemma_) in ATTACK_NOUNS | {"incursion", "invasion", "offensive", "operation"}
        and noun.dep_ == "pobj"
        and preposition.dep_ == "prep"
        and preposition.head.lemma_.lower() in MILITARY_VERBS
    )


def _is_attack(verb: Token | None, noun: Token | None) -> bool:
    """Whether the dated act is an attack: an attack noun ("Monday's strikes") or verb ("drones hit")."""
    if noun is not None:
        return fold(noun.lemma_) in ATTACK_NOUNS
    return verb is not None and verb.lemma_.lower() in ATTACK_VERBS


def _attacks_told_before(attacks: list[tuple[Agent, ...]], verb: Token) -> tuple[Agent, ...]:
    """ "Russian drones hit two substations overnight ... The strikes damaged transformers shortly after
    2 a.m.": a definite attack noun with no owner of its own, the subject of a dated verb, refers back to
    the attacks told before; when one actor alone did those, the strikes are theirs, else unknown."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or fold(subject.lemma_) not in ATTACK_NOUNS:
        return ()
    determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "poss", "amod", "compound")}
    if not determiners or not determiners <= DEFINITE_DETERMINERS:
        return ()  # "Israeli strikes", "a drone": a new attack, or one whose doer the phrase itself names
    doers = {tuple(fold(a.actor_name or a.surface) for a in agents): agents for agents in attacks}
    if len(doers) != 1:
        return ()
    (agents,) = doers.values()
    return tuple(replace(a, rule="attacks told before", verb=verb.text) for a in agents)


class EventReader:
    """What a dated expression is about in the parse of one report: the verb or event noun it
    modifies, and a short summary of what happened."""

    def __init__(self, report: Report, *, dateline: frozenset[int], quotes: pd.DataFrame) -> None:
        self.report = report
        self.doc = report.doc
        self.starts = report.tokens["start"].to_numpy()
        self.ends = report.tokens["end"].to_numpy()
        self.dateline = dateline
        direct = quotes[quotes["kind"] == "direct"]
        self.quotes = list(records(direct, ("start", "end", "mention_start")))
        self.quote_spans = list(zip(quotes["start"].astype(int), quotes["end"].astype(int), strict=True))

    def verb(self, start: int, end: int, *, in_quote: bool = False) -> Token | None:
        """The verb the expression ``text[start:end]`` modifies."""
        first, last = self.report.token_range(start, end)
        if first >= last:
            return None
        main = _main_clause_of_interval(self.doc[last - 1])
        verb = main if main is not None else governing_verb(self.doc[first:last].root)
        if verb is None:
            verb = _verb_of_a_root_noun(self.doc[first:last].root)
        if verb is not None:
            verb = _reported_clause_before(verb, first, last) or verb
        if verb is not None and in_quote:
            return verb if self._same_quote(start, int(self.starts[verb.i])) else None
        return verb if verb is None else self._outside_quotes(verb)

    def _same_quote(self, date_start: int, verb_start: int) -> bool:
        """Whether a verb lies in the quote a date is in: "X told reporters that 'the information we had over
        the weekend talks of ...'", parsed with no verb for the date inside the quote, dates no saying."""
        quote = next(((s, e) for s, e in self.quote_spans if s <= date_start < e), None)
        return quote is None or quote[0] <= verb_start < quote[1]

    def _outside_quotes(self, verb: Token) -> Token | None:
        """ "Yesterday, while campaigning, X said, "Y is determined to ...": the parse may hang a date
        outside a quote on a verb of the quoted words; what the reporter dated is the saying, so the verb
        of the quote's speaker, or nothing when no speaker is named outside it."""
        offset = int(self.starts[verb.i])
        quote = next((q for q in self.quotes if q["start"] <= offset < q["end"]), None)
        if quote is None:
            return verb
        if pd.isna(quote["mention_start"]):
            return None
        mention = self.report.token_range(int(quote["mention_start"]), int(quote["mention_start"]) + 1)[0]
        cue = self.doc[mention].head
        inside = quote["start"] <= int(self.starts[cue.i]) < quote["end"]
        return cue if cue.pos_ in ("VERB", "AUX") and not inside else None

    def event_noun(self, start: int, end: int) -> Token | None:
        """The event noun a date expression modifies ("a coup in mid-July", "Monday's captures"), if any."""
        first, last = self.report.token_range(start, end)
        if first >= last:
            return None
        root = self.doc[first:last].root
        reacted_to = self._reacted_to(first)
        if reacted_to is not None:
            return reacted_to
        noun = (
            self._possessed_noun(first, last, end)
            or self._noun_due(first)
            or self._year_named_noun(first, last)
            or self._determined_date_noun(first, last)
        )
        if noun is None:
            if self.doc[last - 1].dep_ in ("compound", "nmod") and self.doc[last - 1].head.i >= last:
                noun = self.doc[last - 1].head  # "welcomed the release ... from January crackdowns"
            elif root.dep_ in ("prep", "poss", "compound", "npadvmod", "nmod", "amod") or (
                root.dep_ == "nummod" and root.head.i >= last  # "the 19 February 2008 presidential election"
            ):
                noun = root.head
            elif _of_a_noun(root):
                return root.head.head  # "the war of the 1990s", "the events of May": the noun, whatever it is
            else:
                return None
            if _between_sides(noun):
                return noun  # "in a phone call this morning between X and Y": the call is theirs
            owned = _owned_act(noun)
            if fold(noun.lemma_) not in DATED_NOUNS and not owned:
                return None
            if (noun.dep_ == "dobj" and not owned) or (
                (noun.dep_ == "pobj" and noun.head.lower_ in MANNER_PREPOSITIONS) or _killed_during(noun)
            ):
                return (
                    None  # "X claimed the attack on Monday", "gunmen kill an officer in an overnight ambush"
                )
        possessed = noun is not None and noun.pos_ == "PROPN" and possessive_at(self.report.text, end)
        if (noun.pos_ != "NOUN" and not possessed) or first <= noun.i < last:
            return None  # "this year's National Final School Exam": a possessive date dates its name too
        return noun  # a possessive date ("coincided with Friday's ruling by the court") dates its noun whatever its role

    def planned_noun(self, verb: Token, date_start: int) -> Token | None:
        """ "The department has alerted six units for deployment to Iraq from January to March 2009" (in a
        June 2008 report): a date after the report's day cannot date a verb already done; it dates the event
        noun the clause names before it, the nearest one, if any."""
        if clause_tense(verb) != PAST:
            return None
        first, _last = self.report.token_range(date_start, date_start + 1)
        for token in reversed(self.doc[verb.i + 1 : first]):
            if token.pos_ == "NOUN" and fold(token.lemma_) in DATED_NOUNS | OWNED_ACT_NOUNS:
                return token
        return None

    def _reacted_to(self, first: int) -> Token | None:
        """ "The republic condemns the suicide attack yesterday in Dalmor", "officials denounced a raid by
        commandos earlier this month": a date right after the event a verb of reacting takes as its object
        (after the event's own words, if any) dates that event, for one reacts to what happened before, and
        news copy puts the day of the reaction before the verb ("X on Monday condemned the attack"). A date
        opening with "on" straight after the noun is left to the verb ("condemned the attack on Monday")."""
        if first == 0 or self.doc[first].lower_ == "on":
            return None
        for noun in reversed(self.doc[max(0, first - 8) : first]):
            if (
                noun.dep_ == "dobj"
                and noun.head.lemma_.lower() in REACTION_VERBS
                and fold(noun.lemma_) in DATED_NOUNS
                and noun.pos_ == "NOUN"
                # the words between are the event's own: its phrase (a subtree, one span) reaches the date
                and noun.right_edge.i >= first - 1
            ):
                return noun
        return None

    def _noun_due(self, first: int) -> Token | None:
        """ "parliamentary elections due in January", "the second round of voting due Friday": a date right
        after "due" says when the thing before "due" is to happen, not when the clause's verb was done."""
        if first < 2 or self.doc[first - 1].lower_ != "due":
            return None
        noun = self.doc[first - 2]
        return noun if noun.pos_ == "NOUN" else None

    def _year_named_noun(self, first: int, last: int) -> Token | None:
        """ "the 2022 harvest campaign", "the 2016 UN appeal", "the January protests": a bare year or month
        before a noun says which one of a recurring thing is meant, so it dates that noun, not the verb of
        the clause; "won in March elections": the same after a preposition."""
        if last - first == 2 and self.doc[first].pos_ == "ADP":
            first += 1
        token = self.doc[first]
        year = token.is_digit and len(token.text) == 4
        month = token.lower_.rstrip(".") in MONTH_NUMBERS
        if last - first != 1 or not (year or month) or token.head.i <= token.i:
            return None
        head = token.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head if head.pos_ in ("NOUN", "PROPN") else None

    def _determined_date_noun(self, first: int, last: int) -> Token | None:
        """ "the September 11, 2001, attacks", "a March 3, 2019 ceasefire deal": a calendar date between a
        determiner and the words of a noun phrase says which one of that noun is meant, so it dates the
        noun (read from the words: the parse often hangs such a date on the verb)."""
        doc = self.doc
        possessor = (
            first > 0 and doc[first - 1].dep_ == "case"
        )  # "President X's Sept. 13 disaster declaration"
        if (
            first == 0
            or (doc[first - 1].lower_ not in ("a", "an", "the") and not possessor)
            or last >= len(doc)
        ):
            return None
        if first >= 2 and doc[first - 2].lower_ == "on":
            return None  # "On the 11th of August Russian troops entered": the day of the clause, fronted
        if not any(t.like_num for t in doc[first:last]):
            return None  # "in an overnight ambush": no calendar date naming one event, the clause's own act
        k = last + (doc[last].text == ",")
        phrase: list[Token] = []
        while k < len(doc) and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and len(phrase) < 6:
            phrase.append(doc[k])
            k += 1
        nouns = [t for t in phrase if t.pos_ == "NOUN"]
        if not nouns or (k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN")):
            return None
        # "said in an August 7 statement": a statement dated so is the saying, whose doer the clause names;
        # "the March 29 presidential poll" is a vote, not an opinion poll
        electoral = {fold(t.lower_) for t in phrase} & ELECTORAL_WORDS
        document = fold(nouns[-1].lemma_) in lx.STATEMENT_NOUNS | DOCUMENT_NOUNS and not electoral
        return None if document and not possessor else nouns[-1]  # "the agency's June 4 report": the agency's

    def _possessed_noun(self, first: int, last: int, end: int) -> Token | None:
        """ "condemned the government for last week's massacre": a date in the possessive dates the
        noun it owns, whatever that noun is, not the verb of the clause (whose subject did not do it)."""
        if not possessive_at(self.report.text, end):
            return None
        owner = next((t for t in self.doc[first:last] if t.dep_ == "poss"), None)
        if owner is None:
            after = self.doc[last] if last < len(self.doc) else None  # "'s" split from the date
            owner = after if after is not None and after.dep_ == "case" else None
            owner = owner.head if owner is not None else None
        if owner is None or owner.dep_ != "poss" or owner.head.i < last:
            return None
        return owner.head

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


def _killed_during(noun: Token) -> bool:
    """ "Gunmen killed at least 10 people during an attack on Monday": an attack during which the verb's
    violent act was done is that act's occasion; whoever did the act did the attack."""
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and preposition.lower_ == "during"
        and fold(noun.lemma_) in ATTACK_NOUNS
        and preposition.head.lemma_.lower() in ATTACK_VERBS
    )


def _later_than(date: Any, published: dt.date | None) -> bool:
    """Whether a resolved date ("2009-01/2009-03", "2009-01", "2009-01-05") starts after the report's day."""
    return published is not None and isinstance(date, str) and date[:10] > published.isoformat()


def _verb_of_a_root_noun(token: Token) -> Token | None:
    """ "Also Saturday, an Iraqi court sentenced ...": when the parse finds no verb, making the subject or
    the object the sentence's root and the verb a modifier of the subject, the date that hangs on the
    root belongs to that verb (a sentence of news copy has a finite verb)."""
    root = token
    while root.head.i != root.i:
        root = root.head
        if root.head.i != root.i and root.pos_ in ("NOUN", "PROPN"):
            return None  # "... 700 people in 2004": the date hangs on another noun of the sentence
    if root.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    verb = next(
        (
            c
            for c in root.children
            if c.dep_ in ("acl", "relcl") and (c.tag_ == "VBD" or any(o.dep_ == "dobj" for o in c.children))
        ),
        None,
    )  # a participle with no object ("five soldiers killed Monday") is what befell the root noun
    if verb is not None:
        return verb
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    modifiers = subject.children if subject is not None else ()
    return next(  # "a court sentenced to death [root] ...": the root is its object
        (
            c
            for c in modifiers
            if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and main_verb_parsed_as_modifier(c)
        ),
        None,
    )


def _main_clause_of_interval(last: Token) -> Token | None:
    """ "Police arrested 150 people the day after Putin was elected", "The day after voters elected him,
    the government staged a rally": an interval before or after a clause ("the day after", "two days
    before") dates the main clause, not the clause it is counted from."""
    clause = last.head
    if not (last.dep_ == "mark" and last.lower_ in ("after", "before") and clause.dep_ in ("advcl", "conj")):
        return None
    main = clause.head
    return main if main.pos_ in ("VERB", "AUX") else None


def _of_a_noun(date: Token) -> bool:
    """ "his role in the war of the 1990s": a date after "of" belongs to the noun before it, never to
    the clause's verb."""
    of = date.head
    return date.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep" and of.head.pos_ == "NOUN"


def _between_sides(noun: Token) -> bool:
    """ "talks / a call / a meeting between X and Y": an exchange whose sides the noun itself names."""
    return (
        noun.pos_ == "NOUN"
        and noun.lower_ in RECIPROCAL_NOUNS
        and any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
    )


def _date_tokens(report: Report, *, attribution: Attribution) -> set[int]:
    """Indices of the tokens of every date expression, and of every weekday and month name that is not
    part of a person's name ("Prime Minister Theresa May gave a statement": May is her name, no month)."""
    tokens: set[int] = set()
    dates = extract_dates(report)
    for start, end in zip(dates["start"].tolist(), dates["end"].tolist(), strict=True):
        tokens.update(range(*report.token_range(int(start), int(end))))
    in_names = _person_name_tokens(report, attribution=attribution) - tokens
    names = {day.lower() for day in WEEKDAYS} | set(MONTH_NUMBERS)
    for i, text in enumerate(report.tokens["text"].tolist()):
        if text[:1].isupper() and text.lower().rstrip(".") in names and i not in in_names:
            tokens.add(i)
    return tokens


def _person_name_tokens(report: Report, *, attribution: Attribution) -> set[int]:
    """Indices of the tokens of every mention that names a person of two words or more by name."""
    mentions = attribution.registry.mentions
    mentions = mentions[(mentions["doc_id"] == report.doc_id) & (mentions["form"] == "name")]
    tokens: set[int] = set()
    for actor_id, start, end in zip(mentions["actor_id"], mentions["start"], mentions["end"], strict=True):
        first, last = report.token_range(int(start), int(end))
        if last - first >= 2 and attribution.registry.actors[str(actor_id)].kind == "person":
            tokens.update(range(first, last))
    return tokens


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
