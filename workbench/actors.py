"""The actor registry: who is named in a report, under which aliases, and where.

One registry per report (or corpus) holds every actor with a canonical name, a kind
(person, organisation, country, place, group) and its aliases, plus one row per mention
with offsets. Quotes, figures and events resolve speakers, claimants and agents through
it, so the same person carries the same name in every table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from .report import Report

ACTOR_COLUMNS = ["actor_id", "name", "kind", "aliases", "mentions", "first_start", "doc_ids"]
MENTION_COLUMNS = ["mention_id", "actor_id", "doc_id", "start", "end", "surface", "sentence_id"]

ENTITY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group", "LOC": "place"}
TITLES = frozenset(
    """mr mrs ms miss dr sir dame lord lady prof professor gen general maj major lt lieutenant col colonel
    sgt sergeant capt captain cmdr cdr commander adm admiral brig president vice prime minister deputy
    secretary governor mayor chancellor senator sen rep ambassador spokesman spokeswoman spokesperson
    chief executive director chair chairman chairwoman head leader judge justice king queen prince princess
    pope father rev foreign defence defense interior energy finance regional former acting""".split()
)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass
class Actor:
    """One actor: canonical name, kind and the surface forms it goes by."""

    actor_id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)


class ActorRegistry:
    """Actors and their mentions, with look-ups by offset, by name and by recency."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self._mentions: list[tuple[str, str, int, int, str, int | None]] = []
        self._by_alias: dict[str, str] = {}

    # ------------------------------------------------------------------ building

    def add_mention(
        self, surface: str, kind: str, *, doc_id: str, start: int, end: int, sentence_id: int | None
    ) -> Actor:
        """Record a mention, linking it to a known actor by alias or surname, or creating one."""
        actor = self.lookup(surface) or self._new_actor(surface, kind)
        if surface not in actor.aliases:
            actor.aliases.append(surface)
        self._by_alias.setdefault(normalise_name(surface), actor.actor_id)
        if kind == "person" and len(strip_titles(surface).split()) > len(strip_titles(actor.name).split()):
            actor.name = strip_titles(surface)
        self._mentions.append((actor.actor_id, doc_id, start, end, surface, sentence_id))
        return actor

    def _new_actor(self, surface: str, kind: str) -> Actor:
        actor_id = f"A{len(self.actors) + 1:03d}"
        name = strip_titles(surface) if kind == "person" else surface
        actor = Actor(actor_id, name or surface, kind)
        self.actors[actor_id] = actor
        return actor

    # ------------------------------------------------------------------ look-ups

    def lookup(self, surface: str) -> Actor | None:
        """The actor a surface form names: an exact alias, else a person's surname."""
        key = normalise_name(surface)
        if not key:
            return None
        if key in self._by_alias:
            return self.actors[self._by_alias[key]]
        words = key.split()
        for actor in self.actors.values():
            if actor.kind != "person":
                continue
            name_words = normalise_name(actor.name).split()
            if words and name_words and (words[-1] == name_words[-1] or words == name_words[: len(words)]):
                return actor
        return None

    def at(self, start: int, end: int, *, doc_id: str | None = None) -> Actor | None:
        """The actor with a mention overlapping ``[start, end)``."""
        for actor_id, mention_doc, s, e, _surface, _sid in self._mentions:
            if s < end and start < e and (doc_id is None or doc_id == mention_doc):
                return self.actors[actor_id]
        return None

    def latest(
        self, before: int, *, kinds: Iterable[str] | None = None, doc_id: str | None = None
    ) -> Actor | None:
        """The most recently mentioned actor (of the given kinds) before offset ``before``."""
        wanted = set(kinds) if kinds else None
        best: tuple[int, str] | None = None
        for actor_id, mention_doc, s, _e, _surface, _sid in self._mentions:
            if s >= before or (doc_id is not None and mention_doc != doc_id):
                continue
            if wanted and self.actors[actor_id].kind not in wanted:
                continue
            if best is None or s > best[0]:
                best = (s, actor_id)
        return self.actors[best[1]] if best else None

    # ------------------------------------------------------------------ tables

    @property
    def mentions(self) -> pd.DataFrame:
        rows = [(i, *m) for i, m in enumerate(self._mentions)]
        return pd.DataFrame(rows, columns=MENTION_COLUMNS)

    def table(self) -> pd.DataFrame:
        """One row per actor, most mentioned first."""
        mentions = self.mentions
        rows = []
        for actor in self.actors.values():
            mine = mentions[mentions["actor_id"] == actor.actor_id]
            rows.append(
                {
                    "actor_id": actor.actor_id,
                    "name": actor.name,
                    "kind": actor.kind,
                    "aliases": list(actor.aliases),
                    "mentions": len(mine),
                    "first_start": int(mine["start"].min()) if len(mine) else None,
                    "doc_ids": sorted(set(mine["doc_id"])),
                }
            )
        table = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
        return table.sort_values(["mentions", "first_start"], ascending=[False, True], ignore_index=True)


def normalise_name(surface: str) -> str:
    """Lower case, no possessive, no leading article or titles: the key aliases are matched on."""
    words = _POSSESSIVE.sub("", surface.strip()).replace("’", "'").split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(w.lower().rstrip(".,") for w in words if w.lower().rstrip(".") not in TITLES)


def strip_titles(surface: str) -> str:
    """``"Russian president Vladimir Putin"`` -> ``"Vladimir Putin"`` (leading lower-case words and titles go)."""
    words = _POSSESSIVE.sub("", surface.strip()).split()
    while words and (words[0][:1].islower() or words[0].lower().rstrip(".") in TITLES):
        words = words[1:]
    return " ".join(words)


def actor_registry(report: Report) -> ActorRegistry:
    """The registry of one report, built from spaCy's entities (cached on the report)."""
    return report.memo("actor_registry", lambda: build_registry([report]))


def build_registry(reports: Iterable[Report]) -> ActorRegistry:
    """Actors and mentions over several reports, aliases merged across them."""
    registry = ActorRegistry()
    for report in reports:
        doc = report.doc
        starts = report.tokens["start"].to_numpy()
        ends = report.tokens["end"].to_numpy()
        sentence_ids = report.tokens["sentence_id"].to_numpy()
        for ent in doc.ents:
            kind = ENTITY_KINDS.get(ent.label_)
            if kind is None:
                continue
            start, end = int(starts[ent.start]), int(ends[ent.end - 1])
            surface = _POSSESSIVE.sub("", report.text[start:end]).strip()
            end = start + len(surface)
            if surface:
                registry.add_mention(
                    surface,
                    kind,
                    doc_id=report.doc_id,
                    start=start,
                    end=end,
                    sentence_id=int(sentence_ids[ent.start]),
                )
    return registry


def extract_actors(reports: Report | Iterable[Report]) -> pd.DataFrame:
    """One row per actor: id, canonical name, kind, aliases, mention count, first mention."""
    if isinstance(reports, Report):
        return actor_registry(reports).table()
    return build_registry(reports).table()


def actor_mentions(report: Report) -> pd.DataFrame:
    """One row per mention of an actor: offsets, surface form, actor id, sentence id."""
    return actor_registry(report).mentions
