"""One name per actor across a corpus: spelling variants, transliterations and descriptions of one body.

Each report's registry names its actors on its own, so eleven reports on one war may print
"Volodymyr Zelenskyy" and "Zelensky", "South Korea's military" and "South Korean military
officials". :func:`unify_actors` clusters the report-level actors of a corpus (people by full
name, surname and spelling; organisations and groups by country and the words that tell them
apart; countries by name) and :func:`apply_corpus_names` prints one corpus name in every table,
keeping each report's own name as an alias (``report_name``). Corrections the analyst saved
apply before this step, in every report of their folder.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from itertools import pairwise

import pandas as pd
from rapidfuzz import fuzz, process

from . import lexicon as lx
from .actors import strip_titles
from .attribution.link_entities import family_name, same_person
from .union_find import UnionFind

#: Spellings of one surname at least this close (rapidfuzz ratio) are one person: Zelensky, Zelenskyy.
SPELLING_SCORE = 88
#: Words that say nothing about which body is meant ("the agency", "officials of the military").
GENERIC_WORDS = lx.words(
    """the a an of and for in on at to from s agency service office bureau body department organisation
    organization officials official spokesman spokeswoman spokesperson spokespeople representatives
    sources members staff people"""
)
_WORDS = re.compile(r"[^\W\d_]+")


def unify_actors(actors: pd.DataFrame) -> dict[tuple[str, str], str]:
    """``(doc_id, report-level name) -> corpus name`` for every actor row of a corpus actors table."""
    mentions: Counter[tuple[str, str, str | None]] = Counter()  # (name, kind, country) -> mentions
    row_keys: list[tuple[str, tuple[str, str, str | None]]] = []
    for doc, name, kind, country, count in zip(
        actors["doc_id"], actors["name"], actors["kind"], actors["country"], actors["mentions"], strict=True
    ):
        key = (str(name), str(kind), _country(name, country))
        mentions[key] += max(1, int(count or 0))
        row_keys.append((str(doc), key))
    keys = list(mentions)  # each spelling once, however many reports print it
    rows = [(name, kind, country, mentions[(name, kind, country)]) for name, kind, country in keys]
    clusters_of = UnionFind(len(rows))
    for group in _blocks(rows):
        for a, b in pairwise(group):
            clusters_of.union(a, b)
    _join_people(rows, clusters_of)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        clusters[clusters_of.find(i)].append(i)
    corpus_name_of: dict[tuple[str, str, str | None], str] = {}
    for members in clusters.values():
        corpus_name = _corpus_name([rows[i] for i in members])
        for i in members:
            corpus_name_of[keys[i]] = corpus_name
    return {(doc, key[0]): corpus_name_of[key] for doc, key in row_keys}


def apply_corpus_names(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The corpus tables with one name per actor: speakers, claimants, event actors and the actors table."""
    actors = tables["actors"]
    if actors.empty or "doc_id" not in actors.columns:
        return tables
    names = unify_actors(actors)

    def rename(doc_ids: Iterable[object], values: pd.Series) -> pd.Series:
        renamed = [
            " and ".join(names.get((str(d), part), part) for part in str(v).split(" and "))
            if isinstance(v, str)
            else v
            for d, v in zip(doc_ids, values, strict=True)
        ]
        return pd.Series(renamed, index=values.index, dtype=object)

    out = dict(tables)
    for table, column in (("quotes", "speaker"), ("figures", "source"), ("events", "actor")):
        frame = tables[table]
        if not frame.empty and column in frame.columns:
            out[table] = frame.assign(**{column: rename(frame["doc_id"], frame[column])})
    events = out["events"]
    if not events.empty and "actors" in events.columns:
        members = [
            [names.get((str(d), str(n)), str(n)) for n in (group if isinstance(group, list | tuple) else [])]
            for d, group in zip(events["doc_id"], events["actors"], strict=True)
        ]
        out["events"] = events.assign(actors=pd.Series(members, index=events.index, dtype=object))
    corpus_names = [
        names.get((str(d), str(n)), str(n)) for d, n in zip(actors["doc_id"], actors["name"], strict=True)
    ]
    aliases = [
        list(dict.fromkeys([*(a if isinstance(a, list | tuple) else []), report]))
        for a, report in zip(actors["aliases"], actors["name"], strict=True)
    ]
    out["actors"] = actors.assign(
        report_name=actors["name"],
        name=corpus_names,
        aliases=pd.Series(aliases, index=actors.index, dtype=object),
    )
    return out


# ---------------------------------------------------------------------------- matching


Row = tuple[str, str, str | None, int]  # name, kind, country, mentions


def _blocks(rows: list[Row]) -> list[list[int]]:
    """Groups of rows that are one actor by a shared key: a country's name, a body's country and words."""
    keyed: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, (name, kind, country, _n) in enumerate(rows):
        if kind == "country":
            keyed[("country", country or lx.fold(name))].append(i)
        elif kind in ("organisation", "group"):
            words = _distinct_words(name, country)
            if words:
                keyed[("body", country or "", " ".join(sorted(words)))].append(i)
            keyed[("name", lx.fold(name).removeprefix("the "))].append(i)
        elif kind == "person" and len(name.split()) > 1:
            keyed[("person", lx.fold(strip_titles(name) or name))].append(i)
    return [group for group in keyed.values() if len(group) > 1]


def _join_people(rows: list[Row], clusters: UnionFind) -> None:
    """People: full names of one person (same_person, close spellings); a lone surname to the one
    full name of the corpus that it fits. Names are compared only within family names that are
    equal or spelled alike, so a corpus of thousands of names stays fast."""
    people = [(i, strip_titles(r[0]) or r[0]) for i, r in enumerate(rows) if r[1] == "person"]
    by_family: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, name in people:
        if len(name.split()) > 1:
            by_family[lx.fold(family_name(name))].append((i, name))
    families = sorted(by_family)
    for family, others in _alike(families, families).items():
        pool = [m for other in others for m in by_family[other]]
        for i, a in by_family[family]:
            for j, b in pool:
                if i < j and (same_person(a, b) or _close_spelling(a, b)):
                    clusters.union(i, j)
    singles = sorted({lx.fold(name) for _i, name in people if len(name.split()) == 1})
    fitting = _alike(singles, families)
    for i, name in people:
        if len(name.split()) == 1:
            fits = {
                clusters.find(j) for family in fitting.get(lx.fold(name), ()) for j, _ in by_family[family]
            }
            if len(fits) == 1:
                clusters.union(i, fits.pop())


def _alike(names: list[str], choices: list[str]) -> dict[str, set[str]]:
    """Each of ``names`` with the ``choices`` spelled like it ("zelensky" ~ "zelenskyy")."""
    alike: dict[str, set[str]] = {name: set() for name in names}
    if names and choices:
        scores = process.cdist(names, choices, scorer=fuzz.ratio, score_cutoff=SPELLING_SCORE, workers=1)
        for a, b in zip(*scores.nonzero(), strict=True):
            alike[names[a]].add(choices[b])
    return alike


def _close_spelling(a: str, b: str) -> bool:
    """ "Volodymyr Zelenskyy" / "Volodymyr Zelensky": same number of words, first name alike, close surname."""
    wa, wb = lx.fold(a).split(), lx.fold(b).split()
    if len(wa) != len(wb) or wa[0][:1] != wb[0][:1]:
        return False
    return fuzz.ratio(" ".join(wa), " ".join(wb)) >= SPELLING_SCORE


def _distinct_words(name: str, country: str | None) -> frozenset[str]:
    """The words that tell a body apart, without its country ("South Korea's military" -> {military})."""
    table = lx.country_table()
    words = _WORDS.findall(lx.fold(name))
    kept: list[str] = []
    k = 0
    while k < len(words):
        pair = " ".join(words[k : k + 2])
        if table.country_of(pair):
            k += 2
            continue
        if table.country_of(words[k]) or words[k] in GENERIC_WORDS:
            k += 1
            continue
        kept.append(words[k].removesuffix("s") if len(words[k]) > 4 else words[k])
        k += 1
    return frozenset(kept)


def _country(name: object, country: object) -> str | None:
    """The actor's country: the registry's, else one its name holds ("South Korean military officials")."""
    if isinstance(country, str) and country:
        return country
    return _country_in_name(name) if isinstance(name, str) else None


@cache
def _country_in_name(name: str) -> str | None:
    table = lx.country_table()
    words = _WORDS.findall(name)
    for k in range(len(words)):
        for width in (2, 1):
            found = table.country_of(" ".join(words[k : k + width]))
            if found:
                return found
    return None


def _corpus_name(rows: list[Row]) -> str:
    """The name a cluster is printed by: the most mentioned; for people, the fullest of those."""
    counts: Counter[str] = Counter()
    for name, _kind, _country, mentions in rows:
        counts[name] += mentions
    kind = rows[0][1]
    if kind == "person":
        return max(counts, key=lambda n: (len((strip_titles(n) or n).split()) > 1, counts[n], len(n)))
    return max(counts, key=lambda n: (counts[n], -len(n)))
