"""Put figures about the same thing side by side: who claims what, when, and how far apart.

:func:`compare_figures` takes one or several figure tables (from :func:`workbench.extract_figures`),
groups the claims that measure the same thing (same kind and unit, same event and counted
noun, similar counted phrase by fuzzy matching), and reports for each group the spread, whether
the claims conflict beyond a tolerance, and a conservative estimate following ACLED's
convention: the lowest credible figure, with vague words counted low (dozens = 12,
hundreds = 100) and flagged.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import pandas as pd
from rapidfuzz import fuzz

from . import lexicon as lx
from .numbers import vague_floor
from .quantity_corrections import apply_quantity_corrections
from .union_find import UnionFind

#: Words that name what happened to the people counted, mapped to one topic each.
TOPICS = {
    "killed": "kill killed die died dead death deaths toll fatality fatalities body bodies life lives massacre "
    "execute executed perish perished",
    "injured": "wound wounded injure injured injury injuries hurt maim maimed",
    "casualties": "casualty casualties",  # the killed and the wounded together: neither toll
    "displaced": "displace displaced flee fled evacuate evacuated homeless uproot uprooted refugee refugees",
    "missing": "miss missing unaccounted",
    "rescued": "rescue rescued save saved pluck plucked recover recovered",
    "detained": "arrest arrested detain detained jail jailed imprison imprisoned capture captured",
    "charged": "charge charged indict indicted prosecute prosecuted",
    "released": "release released free freed",
    "abducted": "abduct abducted kidnap kidnapped hostage hostages",
    "damaged": "destroy destroyed damage damaged raze razed",
    "affected": "affect affected",
    "in need": "need needy",
}
_TOPIC_OF = {word: topic for topic, words in TOPICS.items() for word in words.split()}
#: Verbs of burying: the buried are counted in the graves dug, not among all the dead.
BURIAL_VERBS = frozenset("bury inter".split())
#: Verbs of bodies found or seen: a count of what one search or witness turned up.
DISCOVERY_VERBS = frozenset("find discover recover retrieve pull unearth exhume see".split())
#: Counted nouns that all mean "people" when grouping (and event nouns that imply them).
PEOPLE_NOUNS = frozenset(  # "others": "155 people were killed and 327 others wounded"
    "people person persons civilian civilians resident residents individual individuals victim victims "
    "inhabitant inhabitants death deaths toll fatality fatalities body bodies casualty casualties life lives "
    "dead others".split()
)
#: Head nouns that count the same kind of thing ("21 sailors" and "21 crew"; "homes" and "households").
NOUN_CLASSES = {
    word: cls
    for cls, words in {
        "people": "people person persons civilian resident individual victim inhabitant man men woman women "
        "child children crew crewman crewmen sailor seafarer seaman seamen fisherman fishermen passenger "
        "member personnel staff worker employee villager local student pupil patient worshipper sibling teenager"
        " teen girl boy baby infant toddler adult youth",
        "troops": "troop soldier force serviceman servicemen servicemember guardsman guardsmen",
        "fighters": "fighter militant rebel insurgent separatist combatant guerrilla jihadist gunman gunmen",
        "homes": "home household house dwelling",
        "countries": "country nation state",
        "vessels": "vessel ship boat",
        "blasts": "blast bomb explosion",
    }.items()
    for word in words.split()
}
#: Words that set a second figure against the first in one sentence ("62 killed, although ... up to 200").
CONTRAST = re.compile(r"(?i)\b(?:although|though|whereas)\b")
#: Claims of one quantity this many times apart are two quantities ("five" and "540,000" people).
MAX_RATIO = 10.0
#: Tolls dated to days further apart than this are of two events (two attacks, two storms).
TOLL_DAYS = 14
#: Magnitudes further apart than this are two quakes: agencies' readings of one quake, and their revisions,
#: differ by a few tenths ("7.0, revised down to 6.9"; 7.7 and 7.8), a later quake by more (6.2 after a 6.9).
MAGNITUDE_GAP = 0.5
#: Sums of money further apart than this are two sums (a share and the whole), not one disputed sum.
MONEY_RATIO = 3.0
#: Counts of goods (tests, drones) further apart than this, with no one verb for both, are two batches.
GOODS_RATIO = 1.25
TIME_UNITS = frozenset({"hours", "days", "weeks", "months", "years", "minutes"})
#: Relative gap under which two figures state the same number ("nearly $600 million", "$601 million").
SAME_NUMBER = 0.01
#: Relative gap under which two figures of one sentence add up to a third ("more than 3,200" and 1,800: 5,000).
PART_SUM_GAP = 0.02
#: Verbs that say nothing about what a figure counts ("12,000 troops are in Russia, Kyiv says").
LIGHT_VERBS = frozenset(
    """be have say tell add report claim state estimate put record count include remain stand reach total
    show suggest find expect""".split()
)
_STOP = frozenset(
    "the a an of in on at for to from with and or its their his her our this that these those".split()
)
#: Hedges as bounds: a claim "at least 40" is the interval [40, inf).
_LOWER_BOUNDS = {"at least", "more than"}
_UPPER_BOUNDS = {"up to", "less than"}

GROUP_COLUMNS = [
    "group_id", "kind", "unit", "topic", "counted", "claims", "sources", "doc_ids", "dates",
    "low", "high", "spread", "disagreement", "conflict", "conservative", "conservative_vague",
    "conservative_source", "figure_ids",
]  # fmt: skip


@dataclass
class FigureComparison:
    """Groups of comparable claims (``groups``, one row each) and the claims in them (``claims``)."""

    groups: pd.DataFrame
    claims: pd.DataFrame

    def claims_of(self, group_id: str) -> pd.DataFrame:
        """The claims of one group, lowest value first, with their claimant, date and sentence."""
        mine = self.claims[self.claims["group_id"] == group_id]
        return mine.sort_values(["low", "high"], kind="stable", ignore_index=True)

    def members(self, figures: pd.DataFrame | Iterable[pd.DataFrame]) -> pd.DataFrame:
        """Every figure occurrence of each group: its claims, and the repeats and unit conversions of them.

        ``figures`` are the tables the comparison was made from; each row gains ``group_id`` and
        ``role``: "claim", "repeat" (a passage a live blog repeats) or "conversion" ("12 miles (19km)").
        """
        frames = [figures] if isinstance(figures, pd.DataFrame) else [f for f in figures if not f.empty]
        if not frames or self.claims.empty:
            return pd.DataFrame(columns=["group_id", "role", "doc_id", "figure_id"])
        records: dict[tuple[str, str], dict[str, Any]] = {
            (str(r["doc_id"]), str(r["figure_id"])): {str(k): v for k, v in r.items()}
            for r in pd.concat(frames, ignore_index=True).to_dict("records")
        }
        group_of = {
            (str(d), str(f)): str(g)
            for d, f, g in zip(
                self.claims["doc_id"], self.claims["figure_id"], self.claims["group_id"], strict=True
            )
        }
        rows = []
        for key, record in records.items():
            role = _role(key, records, group_of)
            if role is not None:
                rows.append({**record, "group_id": group_of[role[0]], "role": role[1]})
        return pd.DataFrame(rows)


def _role(
    key: tuple[str, str],
    records: Mapping[tuple[str, str], Mapping[str, Any]],
    group_of: Mapping[tuple[str, str], str],
) -> tuple[tuple[str, str], str] | None:
    """The grouped claim a figure restates (following repeats and conversions) and how, or None."""
    role, seen = "claim", set()
    while key not in group_of:
        record = records.get(key)
        if record is None or key in seen:
            return None
        seen.add(key)
        if isinstance(record.get("repeat_of"), str):
            key, role = (key[0], str(record["repeat_of"])), role if role != "claim" else "repeat"
        elif isinstance(record.get("converts"), str):
            key, role = (key[0], str(record["converts"])), role if role != "claim" else "conversion"
        else:
            return None
    return key, role


def compare_figures(
    figures: pd.DataFrame | Iterable[pd.DataFrame],
    *,
    tolerance: float = 0.1,
    similarity: float = 60.0,
    min_claims: int = 2,
    corrections: Iterable[Mapping[str, Any]] = (),
) -> FigureComparison:
    """Group claims about the same thing across sources and reports, most disputed first.

    ``tolerance`` is the relative gap two claims may have before they conflict (0.1: 10%);
    ``similarity`` the rapidfuzz score (0-100) two counted phrases need to be compared;
    groups with fewer than ``min_claims`` claims are left out; ``corrections`` are the analyst's saved
    merges and splits (:mod:`workbench.quantity_corrections`), applied last.
    """
    table = _claims_table(figures)
    if table.empty:
        return FigureComparison(
            pd.DataFrame(columns=GROUP_COLUMNS), table.assign(group_id=pd.Series(dtype=str))
        )
    starts = table["start"].astype(int) if "start" in table.columns else pd.Series(-1, index=table.index)
    keys = list(zip(table["doc_id"].astype(str), starts, table["text"].astype(str), strict=True))
    table["group_id"] = apply_quantity_corrections(
        keys, _group_ids(table, similarity=similarity), corrections
    )
    members: dict[str, list[dict[str, Any]]] = {}
    for record in table.to_dict("records"):
        members.setdefault(str(record["group_id"]), []).append({str(k): v for k, v in record.items()})
    groups = [_summarise(group_id, rows, tolerance) for group_id, rows in members.items()]
    summary = pd.DataFrame(groups, columns=GROUP_COLUMNS)
    summary = summary[summary["claims"] >= min_claims]
    summary = summary.sort_values(
        ["conflict", "disagreement", "claims"],
        ascending=[False, False, False],
        kind="stable",
        ignore_index=True,
    )
    kept = table[table["group_id"].isin(summary["group_id"])].reset_index(drop=True)
    return FigureComparison(summary, kept)


# ---------------------------------------------------------------------------- claims


def _claims_table(figures: pd.DataFrame | Iterable[pd.DataFrame]) -> pd.DataFrame:
    """One row per claim: a figure that is not a conversion nor a repeat, with its bounds and topic."""
    frames = [figures] if isinstance(figures, pd.DataFrame) else list(figures)
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=["figure_id", "doc_id", "low", "high", "topic", "head", "group_key"])
    table = pd.concat(frames, ignore_index=True)
    for column in (
        "converts",
        "repeat_of",
        "counted",
        "predicate",
        "approx",
        "source",
        "date",
        "published",
        "places",
    ):
        if column not in table:
            table[column] = None
    if "partitive" not in table:
        table["partitive"] = False
    # conversions and repeated passages restate a claim
    table = table[table["converts"].isna() & table["repeat_of"].isna()].copy()
    table["partitive"] = table["partitive"].fillna(False).astype(bool)
    said_of = table["counted"].notna() | table["predicate"].notna() | table["unit"].notna()
    table = table[said_of | _headline_or_restated(table) | _distinctive_number_restated(table, said_of)]
    bounds = [_bounds(r) for r in table.to_dict("records")]
    table["point"] = [b[0] for b in bounds]
    table["low"] = [b[1] for b in bounds]
    table["high"] = [b[2] for b in bounds]
    table["vague_floor"] = [b[3] for b in bounds]
    table = table[table["point"].notna()]
    # reports without a unit anywhere give None, others NaN: one "no unit" for every report
    table["unit"] = table["unit"].astype(object).where(table["unit"].notna(), None)
    topics = [
        (_shaking(c),) * 2 if k == "magnitude" else _topic(c, p, measure=isinstance(u, str))
        for c, p, u, k in zip(table["counted"], table["predicate"], table["unit"], table["kind"], strict=True)
    ]
    table["topic"] = [t[0] for t in topics]
    table["head"] = [t[1] for t in topics]
    table["when"] = [_when(d, p) for d, p in zip(table["date"], table["published"], strict=True)]
    return table.reset_index(drop=True)


def _shaking(counted: Any) -> str:
    """What a magnitude measures: an aftershock, or the quake itself (whatever verb the sentence uses:
    "the 6.3 magnitude quake rocked", "killed", "struck" all speak of one quake)."""
    return "aftershock" if "aftershock" in str(counted).lower() else "quake"


def _headline_or_restated(table: pd.DataFrame) -> pd.Series:
    """Figures of a headline, and body figures of their value: kept though the parse finds nothing they
    count ("Haiti Earthquake Displaces 300,000"), since the headline restates the body's figure."""
    records: list[dict[str, Any]] = [{str(k): v for k, v in r.items()} for r in table.to_dict("records")]
    headline = [_in_headline(r) for r in records]
    values = {_report_value(r, column="value") for r, h in zip(records, headline, strict=True) if h}
    return pd.Series(
        [h or _report_value(r, column="value") in values for r, h in zip(records, headline, strict=True)],
        index=table.index,
    )


def _distinctive_number_restated(table: pd.DataFrame, said_of: pd.Series) -> pd.Series:
    """Bare figures that print again a distinctive number the report has said of something: "789
    confirmed cases ... 59% (462 of 789)". A number of three or more digits that is not round (789, 1109)
    is too rare to recur by chance in one report; a round one (200) may count something else."""
    records: list[dict[str, Any]] = [{str(k): v for k, v in r.items()} for r in table.to_dict("records")]
    distinctive = [_is_distinctive(r.get("value")) for r in records]
    said = {
        _report_value(r, column="value")
        for r, told, rare in zip(records, said_of.tolist(), distinctive, strict=True)
        if told and rare
    }
    return pd.Series(
        [
            rare and _report_value(r, column="value") in said
            for r, rare in zip(records, distinctive, strict=True)
        ],
        index=table.index,
    )


def _is_distinctive(value: Any) -> bool:
    number = _number(value)
    return number is not None and number >= 100 and number == int(number) and int(number) % 10 != 0


def _bounds(row: Mapping[Any, Any]) -> tuple[float | None, float, float, bool]:
    """(point value, lowest and highest value the claim allows, whether the point is a vague floor)."""
    value = _number(row.get("value"))
    value_max = _number(row.get("value_max"))
    vague = bool(row.get("vague")) and value is None
    if vague:
        floor = vague_floor(str(row.get("text") or ""))
        if floor is None:
            return None, math.nan, math.nan, True
        return floor, floor, floor * 10 - 1, True
    if value is None:
        return None, math.nan, math.nan, False
    if value_max is not None:
        return value, value, value_max, False
    approx = row.get("approx")
    if approx in _LOWER_BOUNDS:
        return value, value, math.inf, False
    if approx in _UPPER_BOUNDS:
        return value, 0.0, value, False
    return value, value, value, False


def _number(value: Any) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _words(phrase: Any) -> list[str]:
    if not isinstance(phrase, str):
        return []
    return [_singular(w) for w in re.findall(r"[^\W\d_]+", phrase.lower()) if w not in _STOP]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _topic(counted: Any, predicate: Any, *, measure: bool = False) -> tuple[str, str]:
    """(topic, head noun): ("killed", "people") for "87 people had died" and for "112 deaths". The verb
    of a ``measure`` (a figure with a unit) says nothing of what befell people: "killed 40 people in the
    past 24 hours" counts no one in its "24 hours"."""
    counted = _first_conjunct(counted)
    raw = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", counted.lower()) if isinstance(counted, str) else []
    raw = [w for w in raw if w not in _STOP]  # "life-saving aid" is one word: no one died
    nouns = [w for w in raw if not _participle(w)]
    head = _singular(nouns[-1]) if nouns else ""
    if head in {_singular(w) for w in PEOPLE_NOUNS} or (nouns and nouns[-1] in PEOPLE_NOUNS):
        head = "people"
    if nouns and _singular(nouns[-1]) == "body" and str(predicate).lower() in DISCOVERY_VERBS:
        return (
            "bodies found",
            head,
        )  # "24 bodies were found in the hotel": what one search found, not the toll
    if str(predicate).lower() in BURIAL_VERBS and not measure:
        return "buried", head or "people"  # "several hundred bodies have been buried": fewer than the dead
    cues = [*raw[::-1], *([predicate.lower()] if isinstance(predicate, str) and not measure else [])]
    for cue in cues:
        if cue in _TOPIC_OF:
            return _TOPIC_OF[cue], head or "people"
    return head or (predicate if isinstance(predicate, str) else ""), head  # a missing verb is NaN, not "nan"


def _first_conjunct(counted: Any) -> Any:
    """ "5,000 Guard members and other state managers": a second noun phrase with its own determiner
    ("and other", "and the", "as well as") is not what the number counts; "5,000 soldiers and police"
    (a bare plural) may be the total of both, and stays whole."""
    if not isinstance(counted, str):
        return counted
    return re.split(
        r",?\s+(?:and|or)\s+(?:other|the|their|its|his|her|some|many|several)\b|\s+as\s+well\s+as\s", counted
    )[0]


#: Qualifiers that say nothing of what kind of thing is counted ("additional aid" is aid).
GENERIC_QUALIFIERS = frozenset(
    "additional new more extra further other total overall fresh initial current first last latest "
    "estimated some about nearly around".split()
)


def _qualifiers(counted: Any, head: Any) -> frozenset[str]:
    """The common words before the head noun that say what kind of it is counted: {"humanitarian"} for
    "additional life-saving humanitarian assistance" is {"lifesaving", "humanitarian"}, and "PCR tests" is
    {"pcr"}. Capitalised words (names, demonyms) and country codes ("US troops") are left to the places
    that scope a figure."""
    if not isinstance(counted, str) or not head:
        return frozenset()
    tokens = re.findall(r"[^\W\d_]+(?:[-‑][^\W\d_]+)*", counted)
    heads = [n for n, t in enumerate(tokens) if _singular(t.lower()) == head]
    if not heads:
        return frozenset()
    countries = lx.country_table()
    return frozenset(
        _singular(re.sub(r"[-‑]", "", t.lower()))
        for t in tokens[: heads[-1]]
        if (t[:1].islower() or (t.isupper() and len(t) >= 2 and countries.country_of(t) is None))
        and t not in _STOP
        and t not in GENERIC_QUALIFIERS
    )


def _participle(word: str) -> bool:
    """ "killed", "missing", "displaced": what happened to the things counted, not the things."""
    return (word in _TOPIC_OF and word not in PEOPLE_NOUNS) or (
        word.endswith(("ed", "ing")) and len(word) > 4
    )


#: Words that say what kind of place a name is: "the Gaza Strip" is Gaza, "Kursk region" is Kursk.
PLACE_KIND_WORDS = frozenset(
    "strip region province oblast governorate district county state city territory territories "
    "prefecture municipality".split()
)


def _place_set(places: Any) -> set[str]:
    if not isinstance(places, str):
        return set()
    return {_place_key(p) for p in places.split(";") if p.strip()}


def _place_key(name: str) -> str:
    """One key per place however it is written: a country by its table name ("U.S." and "the United
    States"), else the name without a trailing kind of place ("Gaza Strip" and "Gaza")."""
    country = lx.country_table().country_of(name.strip())
    if country is not None:
        return lx.fold(country)
    words = lx.fold(name).split()
    while len(words) > 1 and words[-1] in PLACE_KIND_WORDS:
        words.pop()
    return " ".join(words)


def _names_a_place(claim: Mapping[str, Any]) -> bool:
    """Does the claim's sentence print one of its places (not only inherit the report's main place)?"""
    sentence = claim.get("sentence")
    if not isinstance(sentence, str):
        return True
    names = [p.strip() for p in str(claim["places"]).split(";") if p.strip()]
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence) for name in names)


def _places_within(claims: Iterable[Mapping[str, Any]]) -> dict[str, set[str]]:
    """Places printed one within the other, "X, Y" ("in Mumbai, India") or "Y's X" ("Indonesia's
    Yogyakarta province"), as a symmetric relation of keys."""
    within: dict[str, set[str]] = {}
    seen: set[str] = set()
    for claim in claims:
        sentence, places = claim.get("sentence"), claim.get("places")
        if not isinstance(sentence, str) or not isinstance(places, str) or sentence in seen:
            continue
        seen.add(sentence)
        names = [p.strip() for p in places.split(";") if p.strip()]
        for first, second in pairwise(names):
            one, other = re.escape(first), re.escape(second)
            if re.search(
                rf"(?<!\w)(?:{one},\s+(?:the\s+)?{other}|{one}['’]s\s+{other}|{other}['’]s\s+{one})(?!\w)",
                sentence,
            ):
                within.setdefault(_place_key(first), set()).add(_place_key(second))
                within.setdefault(_place_key(second), set()).add(_place_key(first))
    return within


def _when(date: Any, published: Any) -> str | None:
    for value in (date, published):
        if isinstance(value, str) and value:
            return value
    return None


# ---------------------------------------------------------------------------- grouping


def _group_ids(table: pd.DataFrame, *, similarity: float) -> list[str]:
    """Cluster claims in two passes, then join them: a number restated (the same value of the same thing,
    "180,000 homes" and "180,000 households") links its claims; claims of different values join the
    first group whose every member they are comparable with (same kind, unit, topic and noun)."""
    claims = prepared_claims(table)
    groups: dict[tuple[str, ...], _PlacedGroups] = {}
    linked = UnionFind(len(claims))
    for index, claim in enumerate(claims):
        if claim["partitive"]:
            continue  # "21 of the 23 crew" counts part of a whole: it joins only the same number restated
        key = tuple(
            "" if _same(claim[k], None) else str(claim[k]) for k in ("kind", "unit", "_topic", "_noun")
        )
        candidates = groups.setdefault(key, _PlacedGroups())
        for number, members in candidates.that_may_take(claim["_places"] | claim["_near"]):
            if all(_comparable(claim, claims[other], similarity) for other in members):
                candidates.join(number, index, claim["_places"])
                linked.union(index, members[0])
                break
        else:
            candidates.start(index, claim["_places"])
    by_value: dict[tuple[str, str], list[int]] = {}
    for index, claim in enumerate(claims):
        by_value.setdefault((str(claim["kind"]), str(claim["unit"])), []).append(index)
    for indices in by_value.values():
        indices.sort(key=lambda i: float(claims[i]["point"]))
        for n, i in enumerate(indices):
            for j in indices[n + 1 :]:  # only values within rounding of this one can restate it
                if _relative_gap(float(claims[i]["point"]), float(claims[j]["point"])) > SAME_NUMBER:
                    break
                if _restated(claims[i], claims[j]):
                    linked.union(i, j)
    for later, earlier in _numbers_referring_back(claims) + _headline_restatements(claims):
        linked.union(later, earlier)
    ids: dict[int, str] = {}
    return [ids.setdefault(linked.find(i), f"G{len(ids) + 1:03d}") for i in range(len(claims))]


def prepared_claims(table: pd.DataFrame) -> list[dict[str, Any]]:
    """The claims of ``table`` as records, each with what the grouping tests read (fields starting "_"):
    its phrase, places, months, noun class, qualifiers, part in a sum and topic."""
    claims: list[dict[str, Any]] = [{str(k): v for k, v in r.items()} for r in table.to_dict("records")]
    for claim in claims:
        claim["_phrase"] = " ".join(_synonym(w) for w in _words(_first_conjunct(claim["counted"])))
        claim["_places"] = _place_set(claim["places"])
        claim["_inherited"] = bool(claim["_places"]) and not _names_a_place(claim)
        claim["_month"] = _month(claim["date"])
        # the date the claim speaks of if it names a month, else its report's: a bare year ("in 2024")
        # must not leave two reports ten years apart without a time
        claim["_published_month"] = _month(claim["when"]) or _month(claim["published"])
        claim["_noun"] = _noun_class(claim["counted"], claim["head"])
        claim["_qualifiers"] = _qualifiers(claim["counted"], claim["head"])
        claim["_since"] = _since(claim.get("sentence"))
        claim["_means"] = _means(claim.get("sentence"))
        claim["_sum_role"] = _sum_role(claim)
        claim["_period"] = _period(claim)
        claim["_published_period"] = _period({"date": claim.get("published")})
    _share_sum_roles(claims)
    _note_sentence_sums(claims)
    within = _places_within(claims)
    for claim in claims:
        claim["_near"] = set().union(*(within.get(place, ()) for place in claim["_places"]))
        noun_topic = claim["topic"] == claim["head"] and claim["_noun"] not in (None, "people")
        claim["_topic"] = claim["_noun"] if noun_topic else claim["topic"]
    return claims


def _numbers_referring_back(claims: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(anaphor, antecedent) pairs of one report. "Four aid workers were charged ... The four officers
    were charged": a number printed after "the", "these", "this", "all" or "both" refers back to the set the
    report counted before with that number, the last claim before it of the same value, kind and unit,
    whatever noun it is given then, provided the two nouns count the same kind of thing."""
    pairs: list[tuple[int, int]] = []
    last_of: dict[tuple[str, str, str, float], int] = {}
    for index, claim in enumerate(claims):
        key = _report_value(claim)
        earlier = last_of.get(key)
        if earlier is not None and _refers_back(claim) and _same_kind_of_thing(claim, claims[earlier]):
            pairs.append((index, earlier))
        last_of[key] = index
    return pairs


def _headline_restatements(claims: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(body claim, headline claim) pairs of one report. A headline sums up the story with the figure its
    body then states: it restates the body's first claim of the same value, kind and unit. Its title case
    hides what it counts ("More Than 50 Nations Pledge"), so only a toll's topic must agree."""
    pairs: list[tuple[int, int]] = []
    open_headlines: dict[tuple[str, str, str, float], int] = {}
    for index, claim in enumerate(claims):
        key = _report_value(claim)
        if _in_headline(claim):
            open_headlines.setdefault(key, index)
        elif key in open_headlines:
            headline = open_headlines.pop(key)
            topics = claim["topic"], claims[headline]["topic"]
            if not (topics[0] in TOPICS and topics[1] in TOPICS and topics[0] != topics[1]):
                pairs.append((index, headline))
    return pairs


def _report_value(claim: Mapping[str, Any], *, column: str = "point") -> tuple[str, str, str, float]:
    """(report, kind, unit, value): what two claims of one number in one report share."""
    unit = claim.get("unit")
    return (
        str(claim["doc_id"]),
        str(claim["kind"]),
        "" if _same(unit, None) else str(unit),
        float(claim[column]),
    )


def _in_headline(claim: Mapping[str, Any]) -> bool:
    """Is the claim in a headline or deck: one of the report's opening one-sentence paragraphs, printed
    without a closing full stop?"""
    sentence, paragraph = claim.get("sentence"), claim.get("paragraph_id")
    if not isinstance(sentence, str) or paragraph is None or pd.isna(paragraph):
        return False
    opening = int(paragraph) < 2 and int(paragraph) == int(claim["sentence_id"])
    return opening and not sentence.rstrip().endswith((".", '."', ".\u201d"))


#: A determiner before a number that makes it name a set already counted: "the four officers", "all eight
#: members", "this additional $800 million" (not "an additional", "the other two", "the first three").
REFERRING_DETERMINER = re.compile(r"(?i)\b(?:the|these|this|all|both)\s+(?:(?:additional|same)\s+)?$")


def _refers_back(claim: Mapping[str, Any]) -> bool:
    """Is the claim's number printed after a referring determiner? (Abstains when its sentence prints the
    figure's text twice.)"""
    sentence, text = claim.get("sentence"), claim.get("text")
    if not isinstance(sentence, str) or not isinstance(text, str) or sentence.count(text) != 1:
        return False
    return REFERRING_DETERMINER.search(sentence[: sentence.index(text)]) is not None


#: Nouns for the parties to an affair: "the two countries", "the two sides", "the two leaders".
PARTY_NOUNS = frozenset(
    "country nation side leader president government party state delegation minister secretary".split()
)


def _names_a_pair(claim: Mapping[str, Any]) -> bool:
    """ "The two countries have had a decades-long conflict", "the two leaders met": a definite "the two"
    before the parties to an affair names them as a pair; no one claims or disputes that number."""
    return float(claim["point"]) == 2 and claim["head"] in PARTY_NOUNS and _refers_back(claim)


def _same_kind_of_thing(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A sum of money or a measure restates its unit; a count needs two nouns that name people (workers
    and officers, activists and men) or the same class of thing. A toll's topic ("killed") must not differ,
    and what an attack's weapons then did ("all four missiles struck") is a second count of them."""
    if a["topic"] in TOPICS and b["topic"] in TOPICS and a["topic"] != b["topic"]:
        return False
    if (_attack_count(a) or _attack_count(b)) and not _same_predicate(a["predicate"], b["predicate"]):
        return False
    if isinstance(a["unit"], str):
        return True
    if not a["_noun"] or not b["_noun"]:
        return False
    return a["_noun"] == b["_noun"] or (_names_people(a["head"]) and _names_people(b["head"]))


def _names_people(head: Any) -> bool:
    return isinstance(head, str) and (NOUN_CLASSES.get(head) == "people" or head in lx.ROLE_NOUNS)


#: Words that make "members" or "personnel" soldiers: "National Guard members", "service members".
MILITARY_WORDS = frozenset(
    "guard army military service armed navy naval marine marines defense defence".split()
)


def _noun_class(counted: Any, head: Any) -> str | None:
    """The class of a claim's head noun ("troops" for "Guardsmen"); members or personnel of an armed
    body are troops ("5,000 Florida National Guard members" and "5,000 Guard troops")."""
    if not head:
        return None
    if head in ("member", "personnel") and MILITARY_WORDS & set(_words(counted)):
        return "troops"
    return NOUN_CLASSES.get(str(head), str(head))


def _synonym(word: str) -> str:
    """A noun as its class when the class holds synonyms ("Guardsmen" and "troops", "homes" and
    "households"); the nouns of people (children, residents, crew) name different groups of people,
    the same quantity only when one number is restated of both."""
    cls = NOUN_CLASSES.get(word)
    return cls if cls is not None and cls != "people" else word


def _relative_gap(a: float, b: float) -> float:
    """How far apart two values are, relative to the larger (inf when neither is positive)."""
    low, high = (a, b) if a <= b else (b, a)
    return (high - low) / high if high > 0 else math.inf


class _PlacedGroups:
    """The groups of one kind, unit, topic and noun, in the order they were started, indexed by the places
    their members name: a claim that names places can only join a group naming none or one of them."""

    def __init__(self) -> None:
        self.members: list[list[int]] = []
        self._by_place: dict[str, list[int]] = {}
        self._placeless: list[int] = []

    def that_may_take(self, places: set[str]) -> Iterable[tuple[int, list[int]]]:
        """(number, members) of every group the claim may join, oldest first."""
        if not places:
            return enumerate(self.members)
        numbers = set(self._placeless).union(*(self._by_place.get(place, ()) for place in places))
        return ((number, self.members[number]) for number in sorted(numbers))

    def start(self, claim: int, places: set[str]) -> None:
        self.members.append([])
        if not places:
            self._placeless.append(len(self.members) - 1)
        self.join(len(self.members) - 1, claim, places)

    def join(self, number: int, claim: int, places: set[str]) -> None:
        self.members[number].append(claim)
        for place in places:
            self._by_place.setdefault(place, []).append(number)


def _restated(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Do two claims state the same number of the same thing? Equal values (within rounding) of numbers,
    not vague plurals ("millions", "hundreds"), the same noun or none, the same topic or none, and the
    same scope."""
    if _relative_gap(float(a["point"]), float(b["point"])) > SAME_NUMBER:
        return False
    if a.get("vague") is True or b.get("vague") is True:
        return False  # "millions", "hundreds": no number that another figure could restate
    if _names_a_pair(a) or _names_a_pair(b):
        return False  # "the two countries": a pair named, not a figure
    if (a["doc_id"], a["sentence_id"]) == (b["doc_id"], b["sentence_id"]):
        return False  # "500 officers, three generals": two facts of one sentence
    if a["_noun"] and b["_noun"] and a["_noun"] != b["_noun"]:
        return False
    if a["topic"] in TOPICS and b["topic"] in TOPICS and a["topic"] != b["topic"]:
        return False
    if _total_and_tranche(a, b):
        return False
    if a["kind"] == "count" and _other_kind(a, b):
        return False  # "250,000 PCR tests" and "250,000 rapid tests"; a sum restated is one sum however described
    if not (a["_noun"] or b["_noun"] or isinstance(a["unit"], str)):
        return False  # two bare "two"s say nothing of what they count
    if (
        max(float(a["point"]), float(b["point"])) < 10
        and not isinstance(a["unit"], str)
        and not (a["head"] and a["head"] == b["head"] and _same_predicate(a["predicate"], b["predicate"]))
    ):
        return False  # small numbers recur by chance: "four" sailors missing and "four" people in shock
    if a["unit"] in TIME_UNITS and not (
        a["_noun"] or b["_noun"] or _same_act(a["predicate"], b["predicate"])
    ):
        return (
            False  # "in the past 24 hours" twice: two time windows; "sentenced to four years" twice: one term
        )
    if a["doc_id"] == b["doc_id"]:  # one report restating its number may name the place only once
        return not (a["_month"] and b["_month"] and abs(a["_month"] - b["_month"]) > 1)
    return _same_scope(a, b)


def _same_scope(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Same place (when both name one), month and, across reports, a publication close in time. A claim
    whose sentence names no place has its report's main place, a guess: a place printed as within it, or
    that it is printed within ("in Mumbai, India"), is then the same scope."""
    if a["_places"] and b["_places"] and not a["_places"] & b["_places"]:
        inherited = a["_inherited"] or b["_inherited"]
        if not inherited or not (a["_near"] & b["_places"] or b["_near"] & a["_places"]):
            return False
    if a["_month"] and b["_month"] and abs(a["_month"] - b["_month"]) > 1:
        return False
    if a["kind"] == "magnitude" and _struck_days_apart(a, b):
        return False  # a 6.9 quake one Sunday and a 6.9 quake two Sundays later
    if a["topic"] in ("killed", "injured") and _days_apart(a, b) > TOLL_DAYS:
        return False  # killed on 17 February and killed on 13 March: two attacks, not one toll
    if a["topic"] in ("killed", "injured") and _months_apart(a, b) > 1:
        return False  # "killed in Jos in January" in a March report of Sunday's killings; "in 2001"
    if a["doc_id"] != b["doc_id"]:
        months = a["_published_month"], b["_published_month"]
        if months[0] and months[1] and abs(months[0] - months[1]) > 1:
            return False
    return True


#: Means of harm, by kind: a sentence naming only one kind tells of one incident ("a NATO airstrike killed 27
#: civilians"; "a suicide bomber killed at least 14 people"). Words of several kinds belong to each; "fire"
#: (a blaze, or shots) and craft that may crash ("aircraft") to none.
MEANS_OF_HARM = {
    "air": "airstrike airstrikes air-strike strike strikes warplane warplanes drone drones bombing bombings "
    "bombardment bomb bombs",
    "explosive": "bomb bombs bomber bombers bombing bombings blast blasts explosion explosions explosive "
    "explosives suicide ied ieds landmine landmines",
    "shelling": "shell shells shelling mortar mortars artillery rocket rockets missile missiles grenade "
    "grenades bombardment strike strikes",
    "gunfire": "gunman gunmen gunfire shooting shootings shot shots gun guns sniper snipers ambush",
    "nature": "earthquake quake aftershock flood floods flooding storm hurricane typhoon cyclone landslide "
    "landslides mudslide tsunami eruption",
    "crash": "crash crashes crashed collision collided derailment derailed capsized sank",
    "disease": "cholera ebola outbreak epidemic disease virus",
}
_MEANS_OF: dict[str, frozenset[str]] = {
    word: frozenset(kind for kind, words in MEANS_OF_HARM.items() if word in words.split())
    for word in " ".join(MEANS_OF_HARM.values()).split()
}


def _means(sentence: Any) -> frozenset[str]:
    """The kinds of harm a sentence names ("a mortar shell hit a home": {"shelling"})."""
    if not isinstance(sentence, str):
        return frozenset()
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", sentence.lower())
    return frozenset(kind for word in words for kind in _MEANS_OF.get(word, ()))


def _different_incidents(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two tolls of one report told of different incidents: their sentences each name a means of harm and
    share none ("a suicide bomber killed at least 14" and "a mortar shell killed five civilians"). A report
    tells of one incident in the same words, so this holds within a report only."""
    if a["doc_id"] != b["doc_id"]:
        return False
    means_a, means_b = a["_means"], b["_means"]
    return bool(means_a) and bool(means_b) and not means_a & means_b


def _comparable(a: dict[str, Any], b: dict[str, Any], similarity: float) -> bool:
    """Do two claims of the same kind, unit, topic and noun measure the same thing?"""
    if (a["doc_id"], a["sentence_id"]) == (b["doc_id"], b["sentence_id"]) and not (
        _from_to(a, b) or _set_against(a, b)
    ):
        return False  # two figures of one sentence are different facts ("500 officers, three generals")
    if not _same_scope(a, b):
        return False  # the same kind of toll in another place, month, or a report months apart
    if _names_a_pair(a) or _names_a_pair(b):
        return False  # "the two countries" in two reports: a pair named, not a figure twice claimed
    if _part_of(a, b) or _part_of(b, a):
        return False  # "3,200 troops on duty and an additional 1,800 standing by": parts of the 5,000
    points = sorted((float(a["point"]), float(b["point"])))
    if points[0] > 0 and points[1] / points[0] > MAX_RATIO and not (a["vague_floor"] or b["vague_floor"]):
        return False  # 1,200 who reached a town and two million displaced: not one quantity
    if _vague_above(a, b) or _vague_above(b, a):
        return False  # "the potential for killing millions" is no claim about three children who died
    if a["kind"] == "money" and points[0] > 0 and points[1] / points[0] > MONEY_RATIO:
        return False  # one donor's $334 million and the $2 billion all pledged: a part and the whole
    if _other_kind(a, b):
        return False  # "humanitarian assistance" and "development assistance"
    if _total_and_tranche(a, b) or _tranche_and_other(a, b):
        return False  # "another £80 million" and the "total UK aid package ... to £120 million"
    if a["_since"] and b["_since"] and not a["_since"] & b["_since"]:
        return False  # killed "since the protest began" (in March) and "since fighting erupted Thursday"
    if a["topic"] in TOPICS and _different_incidents(a, b):
        return False  # a report's airstrike toll and its suicide bombing toll: two incidents, two tolls
    if _attack_count(a) and _attack_count(b) and _different_days(a["date"], b["date"]):
        return False  # drones launched one night and drones launched another (tolls add up; these do not)
    if a["kind"] == "magnitude" and points[1] - points[0] > MAGNITUDE_GAP:
        return False  # a 6.2 and a 6.9 quake: two quakes, not two readings of one
    if a["topic"] in TOPICS or a["kind"] == "magnitude":
        return True  # a toll or a quake's magnitude is one quantity whatever verb reports it
    if a["topic"] == "people" and not _same_act(a["predicate"], b["predicate"]):
        return False  # "3 million people in need of food", "3.5 million people living in affected areas"
    if not _same_predicate(a["predicate"], b["predicate"]):
        return False  # "2,000 drones went missing" is not "5,200 drones were bought"
    if (
        _goods(a)
        and _goods(b)
        and _telling(a["predicate"], b["predicate"])
        and not _same_act(a["predicate"], b["predicate"])
        and points[1] > GOODS_RATIO * points[0]
    ):
        return False  # 250,000 tests flown in and a million to have: two batches, not one count disputed
    return bool(fuzz.token_set_ratio(a["_phrase"], b["_phrase"]) >= similarity)


#: Words before a figure that make it a total ("brings the total to £120 million", "a total of 40").
_TOTAL_BEFORE = re.compile(
    r"(?i)\b(?:total|totals|totalling|totaling|overall|altogether|in all|cumulative|to date)\b"
)
#: Words right before a figure that make it one more part ("another £80 million", "a further £15m").
_TRANCHE_BEFORE = re.compile(
    r"(?i)\b(?:another|a further|further|an additional|additional|an extra|extra|fresh)\s+(?:\S+\s+){0,1}$"
)


def _sum_role(claim: Mapping[str, Any]) -> str | None:
    """ "tranche" for one more part of a sum ("another £80m"), "total" for a running total ("brings the
    total to £120m"), else None: read in the 60 characters of the sentence before the figure."""
    sentence, text = claim.get("sentence"), claim.get("text")
    if not isinstance(sentence, str) or not isinstance(text, str) or text not in sentence:
        return None
    before = sentence[: sentence.index(text)][-60:]
    after = sentence[sentence.index(text) + len(text) :][:20]
    if _TRANCHE_BEFORE.search(before) or _MORE_AFTER.match(after):
        return "tranche"
    return "total" if _TOTAL_BEFORE.search(before) else None


#: "More" right after a number makes it one more part: "20,000 more people", "five more cases".
_MORE_AFTER = re.compile(r"(?i)^\s+more\s+(?!than\b)")


def _share_sum_roles(claims: list[dict[str, Any]]) -> None:
    """A sum a report prints twice is the same kind of sum both times: "brings the total to £120 million"
    makes the "£120 million" of another sentence a total too."""
    roles: dict[tuple[Any, ...], str] = {}
    for claim in claims:
        if claim["_sum_role"]:
            roles.setdefault((claim["doc_id"], claim["unit"], float(claim["point"])), claim["_sum_role"])
    for claim in claims:
        claim["_sum_role"] = claim["_sum_role"] or roles.get(
            (claim["doc_id"], claim["unit"], float(claim["point"]))
        )


def _total_and_tranche(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """One claim a running total and the other one more part of it: two quantities, however close."""
    return {a["_sum_role"], b["_sum_role"]} == {"total", "tranche"}


def _tranche_and_other(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """ "20,000 more people were evacuated" and "nearly 200,000 have been evacuated": one more part and a
    claim of another value that is not a part are two quantities (two reports of one part may differ)."""
    roles = {a["_sum_role"], b["_sum_role"]}
    if "tranche" not in roles or roles == {"tranche"}:
        return False
    return _relative_gap(float(a["point"]), float(b["point"])) > SAME_NUMBER


_SINCE = re.compile(r"(?i)\bsince\s+([^,;.:()]{1,60})")


def _since(sentence: Any) -> frozenset[str]:
    """The words of a sentence's "since ..." ("since fighting erupted Thursday"): a count since one start
    and a count since another are two quantities, however alike their nouns."""
    if not isinstance(sentence, str):
        return frozenset()
    found = _SINCE.search(sentence)
    return frozenset(_words(" ".join(found.group(1).split()[:6]))) if found else frozenset()


def _vague_above(vague: dict[str, Any], other: dict[str, Any]) -> bool:
    """A vague plural whose least value is many times the other's ("millions" against 3): "dozens" may be
    40, "millions" is never 3."""
    return bool(vague["vague_floor"]) and float(vague["point"]) > MAX_RATIO * float(other["point"])


def _goods(claim: dict[str, Any]) -> bool:
    """A count of things supplied, held or used (tests, ventilators, vehicles): unlike a toll, two different
    numbers of them are seldom two claims about one count, unless one verb says what both counted."""
    return (
        claim["kind"] == "count"
        and bool(claim["_noun"])
        and not _names_people(claim["head"])
        and NOUN_CLASSES.get(claim["head"]) not in ("troops", "fighters")
    )


def _from_to(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """ "the toll rose from 125 to 149": one quantity at two times, in one sentence."""
    sentence = a.get("sentence")
    if not isinstance(sentence, str):
        return False
    first, second = (a, b) if int(a.get("start", 0)) <= int(b.get("start", 0)) else (b, a)
    pattern = rf"\bfrom\s+{re.escape(str(first['text']))}\s+to\s+{re.escape(str(second['text']))}(?!\w)"
    return re.search(pattern, sentence) is not None


def _note_sentence_sums(claims: list[dict[str, Any]]) -> None:
    """``_sums``: what each claim adds up to with another figure of its sentence of the same kind, unit,
    topic and noun, or with no noun ("3,200 troops on duty and an additional 1,800 are standing by"
    sum to 5,000)."""
    by_sentence: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
    for claim in claims:
        by_sentence.setdefault((claim["doc_id"], claim["sentence_id"]), []).append(claim)
    for siblings in by_sentence.values():
        for claim in siblings:
            claim["_sums"] = [
                float(claim["point"]) + float(other["point"])
                for other in siblings
                if other is not claim
                and all(_same(other[k], claim[k]) for k in ("kind", "unit"))
                and (not other["_noun"] or all(_same(other[k], claim[k]) for k in ("topic", "_noun")))
            ]


def _part_of(part: dict[str, Any], whole: dict[str, Any]) -> bool:
    """Does ``part`` add up with a figure of its own sentence to ``whole``'s value (another sentence)?"""
    if (part["doc_id"], part["sentence_id"]) == (whole["doc_id"], whole["sentence_id"]):
        return False
    return any(_relative_gap(total, float(whole["point"])) <= PART_SUM_GAP for total in part.get("_sums", ()))


def _set_against(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """ "62 people have been killed, officials say, although the government believes up to 200 dead":
    one sentence setting two claimants' figures against each other, or one claimant's figure against
    the count before a concessive "although" or "whereas" (a "but" or "while" joins two different counts
    as often as two claims of one)."""
    sources = [s for s in (a.get("source"), b.get("source")) if isinstance(s, str) and s]
    if len(sources) == 2:
        return lx.fold(sources[0]) != lx.fold(sources[1])
    sentence = a.get("sentence")
    if not sources or not isinstance(sentence, str):
        return False
    first, second = sorted((str(a["text"]), str(b["text"])), key=lambda t: sentence.find(t))
    between = sentence[sentence.find(first) + len(first) : sentence.rfind(second)]
    return CONTRAST.search(between) is not None


def _other_kind(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One head noun qualified in two ways that share no word: "humanitarian aid" and "military aid"."""
    return bool(
        a["head"] == b["head"]
        and a["_qualifiers"]
        and b["_qualifiers"]
        and not a["_qualifiers"] & b["_qualifiers"]
    )


def _same(a: Any, b: Any) -> bool:
    missing_a = a is None or (isinstance(a, float) and math.isnan(a))
    missing_b = b is None or (isinstance(b, float) and math.isnan(b))
    return (missing_a and missing_b) or a == b


def _same_act(a: Any, b: Any) -> bool:
    """Both figures measure what one telling verb did ("sentenced to four years", "jailed for four years")."""
    telling = isinstance(a, str) and isinstance(b, str) and a not in LIGHT_VERBS and b not in LIGHT_VERBS
    return telling and _same_predicate(a, b)


def _telling(*predicates: Any) -> bool:
    """Does any of the predicates say what was done with what is counted ("delivered", not "are")?"""
    return any(isinstance(p, str) and p not in LIGHT_VERBS for p in predicates)


def _same_predicate(a: Any, b: Any) -> bool:
    if not isinstance(a, str) or not isinstance(b, str) or a in LIGHT_VERBS or b in LIGHT_VERBS:
        return True
    return PREDICATE_CLASSES.get(a, a) == PREDICATE_CLASSES.get(b, b)


#: Verbs that say the same of what a figure counts ("6,100 Guardsmen placed on duty", "2,000 mobilized").
PREDICATE_CLASSES = {
    verb: cls
    for cls, verbs in {
        "deploy": "deploy mobilize mobilise send place station activate dispatch position",
        "give": "give provide pledge commit donate allocate contribute offer grant",
        "arrive": "arrive reach enter cross",
        "launch": "launch fire attack",  # "attacked with 128 drones" launched them
        "down": "down intercept destroy shoot",
        "deliver": "deliver distribute hand supply",  # "handed out 1.2 million meals", "delivered 1.9 million"
    }.items()
    for verb in verbs.split()
}


#: Verbs of one night's or one day's strikes: what they count belongs to that day alone.
ATTACK_VERBS = frozenset("launch fire shoot intercept down destroy strike hit attack".split())


def _attack_count(claim: dict[str, Any]) -> bool:
    return str(claim["predicate"]) in ATTACK_VERBS and claim["topic"] not in TOPICS


def _different_days(a: Any, b: Any) -> bool:
    """Both dates name days (or nights) and they do not overlap, or are two nights that share only a
    date ("the night of 19-20" and "overnight" into the 21st)."""
    spans = []
    for date in (a, b):
        if not isinstance(date, str) or not re.match(r"\d{4}-\d{2}-\d{2}", date):
            return False
        first, _, last = date.partition("/")
        spans.append((first, last or first))
    (a1, a2), (b1, b2) = spans
    nights = a1 < a2 and b1 < b2
    return a2 < b1 or b2 < a1 or (nights and (a2 == b1 or b2 == a1))


def _days_apart(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
    """Days between two claims when one is dated to a day ("killed on 17 February") and the other to a day
    or, undated, to its report's day; 0 when neither names a day (a toll reported weeks apart may be one)."""
    dated = [_day(c.get("date")) for c in (a, b)]
    if dated == [None, None]:
        return 0
    days = [day or _day(c.get("published")) for day, c in zip(dated, (a, b), strict=True)]
    return abs((days[0] - days[1]).days) if days[0] and days[1] else 0


def _months_apart(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
    """Months between two claims when one is dated to a month or a year ("killed in January", "in 2001") and
    the other to a month or year or, undated, to its report's month; 0 when neither names one. Reads the
    ``_period`` and ``_published_period`` each claim was given once."""
    if a["_period"] is None and b["_period"] is None:
        return 0
    span_a: tuple[int, int] | None = a["_period"] or a["_published_period"]
    span_b: tuple[int, int] | None = b["_period"] or b["_published_period"]
    if span_a is None or span_b is None:
        return 0
    return max(0, max(span_a[0], span_b[0]) - min(span_a[1], span_b[1]))


def _period(claim: Mapping[str, Any]) -> tuple[int, int] | None:
    """First and last month (since year 0) of a claim's date: a day or month is one month, a bare year
    twelve, and "since 2003" every month from then to the report's."""
    date = claim.get("date")
    month = _month(date)
    if month is not None:
        return month, month
    if not isinstance(date, str) or not re.fullmatch(r"\d{4}", date):
        return None
    first, last = int(date) * 12 + 1, int(date) * 12 + 12
    sentence = claim.get("sentence")
    if isinstance(sentence, str) and re.search(rf"(?i)\bsince\s+{date}\b", sentence):
        last = _month(claim.get("published")) or last
    return first, last


def _struck_days_apart(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two claims' sentences date them to days more than a day apart (a report's own date does
    not count: the same quake is told of on many days)."""
    days = [_day(a.get("date")), _day(b.get("date"))]
    return days[0] is not None and days[1] is not None and abs((days[0] - days[1]).days) > 1


def _day(date: Any) -> dt.date | None:
    """The first day of a day date ("2016-02-17", "2016-03-13/2016-03-14"), else None."""
    if not isinstance(date, str) or not re.match(r"\d{4}-\d{2}-\d{2}", date):
        return None
    return dt.date.fromisoformat(date[:10])


def _month(date: Any) -> int | None:
    """Months since year 0 of a date context ("2026-01", "2026-11-02/2026-11-03"), for a coarse distance."""
    if not isinstance(date, str):
        return None
    found = re.match(r"(\d{4})-(\d{2})", date)
    return int(found.group(1)) * 12 + int(found.group(2)) if found else None


def _summarise(group_id: str, rows: list[dict[str, Any]], tolerance: float) -> dict[str, Any]:
    points = [float(r["point"]) for r in rows]
    low, high = min(points), max(points)
    # claims conflict when no single value fits every claim, even allowing ``tolerance``
    common_low = max(float(r["low"]) for r in rows) * (1 - tolerance)
    common_high = min(float(r["high"]) for r in rows) * (1 + tolerance)
    disagreement = (high - low) / low if low > 0 else (math.inf if high > 0 else 0.0)
    conservative = rows[points.index(low)]
    counted = Counter(r["counted"] for r in rows if isinstance(r["counted"], str))
    first = rows[0]
    return {
        "group_id": group_id,
        "kind": first["kind"],
        "unit": first["unit"] if isinstance(first["unit"], str) else None,
        "topic": first["topic"],
        "counted": counted.most_common(1)[0][0] if counted else None,
        "claims": len(rows),
        "sources": sorted({r["source"] for r in rows if isinstance(r["source"], str)}),
        "doc_ids": sorted({str(r["doc_id"]) for r in rows}),
        "dates": sorted({r["when"] for r in rows if isinstance(r["when"], str)}),
        "low": low,
        "high": high,
        "spread": high - low,
        "disagreement": disagreement,
        "conflict": common_low > common_high,
        "conservative": low,
        "conservative_vague": bool(conservative["vague_floor"]),
        "conservative_source": conservative["source"] if isinstance(conservative["source"], str) else None,
        "figure_ids": [r["figure_id"] for r in rows],
    }
