"""The actor registry: who is named in a report, under which aliases, and where.

One registry per report (or corpus) holds every actor with a canonical name, a kind
(person, organisation, country, place, group) and its aliases, plus one row per mention
with offsets. Quotes, figures and events resolve speakers, claimants and agents through
it, so the same person carries the same name in every table.

The registry is built from the report(s) alone and then the analyst's corrections (the
``"actors"`` section of the corrections file) are applied; other extractors only read it.
"""

from __future__ import annotations

import bisect
import copy
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from . import lexicon as lx
from .attribution.coreference import Linker, link_mentions
from .attribution.link_entities import same_person
from .attribution.mentions import find_mentions
from .corrections import Corrections, corrections_for
from .errors import WorkbenchError
from .report import Report

ACTOR_COLUMNS = [
    "actor_id", "name", "kind", "aliases", "mentions", "first_start", "doc_ids", "roles", "country", "anonymous",
]  # fmt: skip
MENTION_COLUMNS = ["mention_id", "actor_id", "doc_id", "start", "end", "surface", "sentence_id", "form"]
ACTOR_KINDS = ("person", "organisation", "country", "place", "group")
#: The section of the corrections file that holds actor merges, renames, re-types and splits.
CORRECTIONS_SECTION = "actors"

TITLES = lx.HONORIFICS | lx.ROLE_NOUNS
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass
class Actor:
    """One actor: canonical name, kind and the surface forms it goes by."""

    actor_id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    #: Role or type nouns the report gives it ("governor", "chief executive"; "reinsurer", "ministry").
    roles: list[str] = field(default_factory=list)
    #: The country it belongs to, when the report says ("Poland’s foreign ministry", "Brazilian troops").
    country: str | None = None
    #: An unnamed source ("a senior official"), named by how the report describes it.
    anonymous: bool = False


@dataclass(frozen=True)
class Mention:
    """One place in a report where an actor is named."""

    actor_id: str
    doc_id: str
    start: int
    end: int
    surface: str
    sentence_id: int | None
    form: str = "name"  # name, description, group, anonymous, spokesperson, pronoun, metonym, demonym, seat


class ActorRegistry:
    """Actors and their mentions, with look-ups by offset, by name and by recency."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self._mentions: list[Mention] = []
        self._by_alias: dict[str, str] = {}
        self._index: dict[str, tuple[list[int], list[Mention], int]] = {}
        self._index_key: tuple[int, int] | None = None

    # ------------------------------------------------------------------ building (registry builders only)

    def _add_actor(
        self, name: str, kind: str, aliases: Iterable[str] = (), *, anonymous: bool = False
    ) -> Actor:
        """A new actor, or the one already holding this name (persons also by surname, across reports;
        never an unnamed person known by a description, "a spokesman for the Alpha Front" ending in a name)."""
        for actor in self.actors.values():
            by_surname = (
                kind == "person" and not (anonymous or actor.anonymous) and same_person(actor.name, name)
            )
            if actor.kind == kind and (fold_name(actor.name) == fold_name(name) or by_surname):
                if kind == "person" and len(name) > len(actor.name):
                    actor.name = name
                break
        else:
            actor = self._create_actor(name, kind)
        for alias in aliases:
            if alias not in actor.aliases:
                actor.aliases.append(alias)
        return actor

    def _create_actor(self, name: str, kind: str) -> Actor:
        number = len(self.actors) + 1
        while f"A{number:03d}" in self.actors:
            number += 1
        actor = Actor(f"A{number:03d}", name, kind)
        self.actors[actor.actor_id] = actor
        return actor

    def _add_mention(self, actor: Actor, mention: Mention) -> None:
        self._mentions.append(mention)
        if mention.form in ("name", "seat", "metonym"):
            self._by_alias.setdefault(normalise_name(mention.surface), actor.actor_id)

    def copy(self) -> ActorRegistry:
        """An independent copy (corrections are applied to copies, never to the cached original)."""
        return copy.deepcopy(self)

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

    def find(self, name: str) -> Actor | None:
        """The actor whose canonical name is ``name`` (case-insensitive), else whose alias it is,
        else the one :meth:`lookup` links it to."""
        folded = fold_name(name)
        for actor in self.actors.values():
            if fold_name(actor.name) == folded:
                return actor
        for actor in self.actors.values():
            if any(fold_name(alias) == folded for alias in actor.aliases):
                return actor
        return self.lookup(name)

    def at(self, start: int, end: int, *, doc_id: str | None = None) -> Actor | None:
        """The actor with a mention overlapping ``[start, end)`` (the tightest such mention)."""
        mention = self.mention_at(start, end, doc_id=doc_id)
        return self.actors[mention.actor_id] if mention else None

    def mention_at(self, start: int, end: int, *, doc_id: str | None = None) -> Mention | None:
        """The tightest mention overlapping ``[start, end)`` (a name before the title around it)."""
        found: list[Mention] = []
        for doc, (starts, mentions, longest) in self._mention_index().items():
            if doc_id not in (None, doc):
                continue
            first = bisect.bisect_left(starts, start - longest)
            last = bisect.bisect_left(starts, end)
            found.extend(m for m in mentions[first:last] if m.start < end and start < m.end)
        return min(found, key=lambda m: (m.end - m.start, m.start), default=None)

    def mentions_in(self, doc_id: str) -> list[Mention]:
        """The mentions in one document, in text order."""
        found = self._mention_index().get(doc_id)
        return found[1] if found else []

    def _mention_index(self) -> dict[str, tuple[list[int], list[Mention], int]]:
        """Mentions by document, sorted by start, with the longest span (rebuilt when mentions change)."""
        key = (id(self._mentions), len(self._mentions))
        if self._index_key != key:
            by_doc: dict[str, list[Mention]] = {}
            for mention in self._mentions:
                by_doc.setdefault(mention.doc_id, []).append(mention)
            self._index = {}
            for doc, mentions in by_doc.items():
                mentions.sort(key=lambda m: m.start)
                longest = max(m.end - m.start for m in mentions)
                self._index[doc] = ([m.start for m in mentions], mentions, longest)
            self._index_key = key
        return self._index

    def latest(
        self, before: int, *, kinds: Iterable[str] | None = None, doc_id: str | None = None
    ) -> Actor | None:
        """The most recently mentioned actor (of the given kinds) before offset ``before``."""
        wanted = set(kinds) if kinds else None
        best: Mention | None = None
        for mention in self._mentions:
            if mention.start >= before or doc_id not in (None, mention.doc_id):
                continue
            if wanted and self.actors[mention.actor_id].kind not in wanted:
                continue
            if best is None or mention.start > best.start:
                best = mention
        return self.actors[best.actor_id] if best else None

    # ------------------------------------------------------------------ corrections

    def apply(self, records: Iterable[dict[str, Any]]) -> None:
        """Apply correction records in order; a record naming no actor here is skipped."""
        for record in records:
            action = record.get("action")
            if action == "merge":
                self._merge(str(record["keep"]), str(record["merge"]))
            elif action == "rename":
                self._rename(str(record["name"]), str(record["new_name"]))
            elif action == "retype":
                self._retype(str(record["name"]), str(record["kind"]))
            elif action == "split":
                self._split(str(record["alias"]), str(record["new_name"]), record.get("kind"))

    def _merge(self, keep_name: str, merge_name: str) -> None:
        keep, gone = self.find(keep_name), self.find(merge_name)
        if keep is None or gone is None or keep is gone:
            return
        for alias in [gone.name, *gone.aliases]:
            if alias not in keep.aliases:
                keep.aliases.append(alias)
        self._mentions = [
            Mention(keep.actor_id, m.doc_id, m.start, m.end, m.surface, m.sentence_id, m.form)
            if m.actor_id == gone.actor_id
            else m
            for m in self._mentions
        ]
        del self.actors[gone.actor_id]
        self._reindex()

    def _rename(self, name: str, new_name: str) -> None:
        actor = self.find(name)
        if actor is None:
            return
        if actor.name not in actor.aliases:
            actor.aliases.append(actor.name)
        actor.name = new_name
        self._reindex()

    def _retype(self, name: str, kind: str) -> None:
        actor = self.find(name)
        if actor is not None:
            actor.kind = kind

    def _split(self, alias: str, new_name: str, kind: object) -> None:
        folded = fold_name(alias)
        owner = next(
            (a for a in self.actors.values() if any(fold_name(x) == folded for x in a.aliases)), None
        )
        if owner is None:
            return
        moved = [x for x in owner.aliases if fold_name(x) == folded]
        owner.aliases = [x for x in owner.aliases if fold_name(x) != folded]
        target = self.find(new_name)
        if target is None or target is owner:
            target = self._create_actor(new_name, str(kind) if kind in ACTOR_KINDS else owner.kind)
        target.aliases.extend(x for x in moved if x not in target.aliases)
        self._mentions = [
            Mention(target.actor_id, m.doc_id, m.start, m.end, m.surface, m.sentence_id, m.form)
            if m.actor_id == owner.actor_id and fold_name(m.surface) == folded
            else m
            for m in self._mentions
        ]
        self._reindex()

    def _reindex(self) -> None:
        self._by_alias = {}
        for actor in self.actors.values():
            for alias in [actor.name, *actor.aliases]:
                self._by_alias.setdefault(normalise_name(alias), actor.actor_id)

    # ------------------------------------------------------------------ tables

    @property
    def mentions(self) -> pd.DataFrame:
        rows = [
            (i, m.actor_id, m.doc_id, m.start, m.end, m.surface, m.sentence_id, m.form)
            for i, m in enumerate(self._mentions)
        ]
        return pd.DataFrame(rows, columns=MENTION_COLUMNS)

    def table(self) -> pd.DataFrame:
        """One row per actor, most mentioned first."""
        counts: dict[str, int] = {}
        firsts: dict[str, int] = {}
        docs: dict[str, set[str]] = {}
        for mention in self._mentions:
            counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
            firsts[mention.actor_id] = min(firsts.get(mention.actor_id, mention.start), mention.start)
            docs.setdefault(mention.actor_id, set()).add(mention.doc_id)
        rows = [
            {
                "actor_id": actor.actor_id,
                "name": actor.name,
                "kind": actor.kind,
                "aliases": list(actor.aliases),
                "mentions": counts.get(actor.actor_id, 0),
                "first_start": firsts.get(actor.actor_id),
                "doc_ids": sorted(docs.get(actor.actor_id, set())),
                "roles": list(actor.roles),
                "country": actor.country,
                "anonymous": actor.anonymous,
            }
            for actor in self.actors.values()
        ]
        table = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
        return table.sort_values(["mentions", "first_start"], ascending=[False, True], ignore_index=True)


def fold_name(name: str) -> str:
    """Case- and spacing-insensitive form of a name without a leading "the", for matching corrections."""
    return re.sub(r"^the\s+", "", " ".join(name.replace("’", "'").split()).casefold())


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


# ---------------------------------------------------------------------- building


def actor_registry(report: Report, *, corrections: Corrections | None = None) -> ActorRegistry:
    """The registry of one report with the analyst's actor corrections applied.

    The uncorrected registry is cached on the report; corrections (read from the file beside
    the report unless given) are re-read on every call, so a saved correction shows at once.
    A corrupt corrections file raises :class:`~workbench.errors.CorrectionsError`.
    """
    base = report.memo("actor_registry.base", lambda: build_registry([report], corrections=[]))
    records = (corrections or corrections_for(report)).sections.get(CORRECTIONS_SECTION, [])
    if not records:
        return base
    key = "actor_registry." + _digest(records)
    return report.memo(key, lambda: _corrected(base, records))


def build_registry(
    reports: Iterable[Report], *, corrections: Sequence[dict[str, Any]] | None = None
) -> ActorRegistry:
    """Actors and mentions over several reports, aliases merged across them, corrections applied.

    ``corrections`` are actor correction records; by default those saved beside the reports.
    """
    reports = list(reports)
    registry = ActorRegistry()
    for report in reports:
        _add_report(registry, report)
    if corrections is None:
        corrections = _saved_records(reports)
    registry.apply(corrections)
    return registry


def actor_links(report: Report) -> Linker:
    """The report's candidate mentions linked into entities (cached): what the registry is built from."""
    return report.memo("actors.links", lambda: link_mentions(*find_mentions(report)))


def _add_report(registry: ActorRegistry, report: Report) -> None:
    """Find, link and record the actors of one report."""
    linker = actor_links(report)
    finder, candidates = linker.finder, linker.candidates
    actors = {}
    for entity in linker.entities:
        name = entity.name
        if entity.kind == "person" and name.isupper() and len(name) > 3:
            name = name.title()  # "MR OKAFOR:" in a transcript is Okafor
        aliases = entity.aliases
        if entity.kind == "organisation" and name in lx.BODIES_BY_INITIALS:
            name, aliases = lx.BODIES_BY_INITIALS[name], [name, *aliases]  # "the U.N." is the United Nations
        actor = registry._add_actor(name, entity.kind, aliases, anonymous=entity.anonymous)
        actor.roles.extend(sorted(r for r in entity.roles if r not in actor.roles))
        actor.country = actor.country or entity.country
        actor.anonymous = actor.anonymous or entity.anonymous
        actors[id(entity)] = actor
    starts, ends = finder.starts, finder.ends
    for index, entity in sorted(linker.links.items(), key=lambda item: candidates[item[0]].start):
        cand = candidates[index]
        first = min(cand.start, cand.surface_start) if cand.surface_start >= 0 else cand.start
        start, end = starts[first], ends[cand.end - 1]
        surface = _POSSESSIVE.sub("", report.text[start:end]).rstrip()
        end = start + len(surface)
        actor = actors[id(entity)]
        mention = Mention(
            actor.actor_id, report.doc_id, start, end, surface, finder.sentence_ids[cand.head], cand.form
        )
        registry._add_mention(actor, mention)


def _corrected(base: ActorRegistry, records: Sequence[dict[str, Any]]) -> ActorRegistry:
    registry = base.copy()
    registry.apply(records)
    return registry


def _saved_records(reports: Sequence[Report]) -> list[dict[str, Any]]:
    """The actor corrections saved beside the reports (each distinct file once, in order)."""
    records: list[dict[str, Any]] = []
    seen = set()
    for report in reports:
        corrections = corrections_for(report)
        if corrections.path in seen:
            continue
        seen.add(corrections.path)
        records.extend(corrections.sections.get(CORRECTIONS_SECTION, []))
    return records


def _digest(records: Sequence[dict[str, Any]]) -> str:
    return hashlib.sha256(json.dumps(records, sort_keys=True, default=str).encode()).hexdigest()[:16]


def extract_actors(reports: Report | Iterable[Report]) -> pd.DataFrame:
    """One row per actor: id, canonical name, kind, aliases, mention count, first mention, roles, country."""
    if isinstance(reports, Report):
        return actor_registry(reports).table()
    return build_registry(reports).table()


def actor_mentions(report: Report) -> pd.DataFrame:
    """One row per mention of an actor: offsets, surface form, actor id, sentence id."""
    return actor_registry(report).mentions


# ---------------------------------------------------------------------- corrections


def merge_actors(corrections: Corrections, *, keep: str, merge: str) -> dict[str, Any]:
    """Save "``merge`` is the same actor as ``keep``": its aliases and mentions move to ``keep``."""
    return _save(
        corrections, {"action": "merge", "keep": _name(keep, "keep"), "merge": _name(merge, "merge")}
    )


def rename_actor(corrections: Corrections, *, name: str, new_name: str) -> dict[str, Any]:
    """Save a new canonical name for the actor called (or aliased) ``name``; the old name stays an alias."""
    return _save(
        corrections,
        {"action": "rename", "name": _name(name, "name"), "new_name": _name(new_name, "new_name")},
    )


def retype_actor(corrections: Corrections, *, name: str, kind: str) -> dict[str, Any]:
    """Save a new kind (person, organisation, country, place, group) for the actor ``name``."""
    if kind not in ACTOR_KINDS:
        raise WorkbenchError(f"actor kind {kind!r} is not one of {', '.join(ACTOR_KINDS)}")
    return _save(corrections, {"action": "retype", "name": _name(name, "name"), "kind": kind})


def split_alias(
    corrections: Corrections, *, alias: str, new_name: str, kind: str | None = None
) -> dict[str, Any]:
    """Save "``alias`` names another actor, ``new_name``": the alias and its mentions move there."""
    record: dict[str, Any] = {
        "action": "split",
        "alias": _name(alias, "alias"),
        "new_name": _name(new_name, "new_name"),
    }
    if kind is not None:
        if kind not in ACTOR_KINDS:
            raise WorkbenchError(f"actor kind {kind!r} is not one of {', '.join(ACTOR_KINDS)}")
        record["kind"] = kind
    return _save(corrections, record)


def _name(value: str, what: str) -> str:
    cleaned = " ".join(str(value).split())
    if not cleaned:
        raise WorkbenchError(f"an actor correction needs a non-empty {what}")
    return cleaned


def _save(corrections: Corrections, record: dict[str, Any]) -> dict[str, Any]:
    with corrections.editing() as fresh:
        fresh.records(CORRECTIONS_SECTION).append(record)
    return record
