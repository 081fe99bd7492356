"""Numbers as news copy writes them: digits, number words, scales, units, ranges and hedges.

A small, editable lexicon of general English (no names, places or figures from any
article) and a scanner, :func:`scan`, that finds number expressions in a stretch of text
and reads their value and unit. The scanner is purely lexical; :mod:`workbench.figures`
adds what needs the parse (pronoun "one", designations, ages, who claims the number).

Span conventions follow the gold format: the span holds the number with any glued
currency symbol, scale and unit (``$1.2bn``, ``€45 million``, ``6km``, ``40%``) but not a
unit written as a separate word (``12`` in "12 miles"), nor the rest of a hyphenated
adjective (``47`` in "47-year-old"); ``40 and 60`` in "between 40 and 60".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

# ---------------------------------------------------------------------------- lexicon

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9,
    "trillion": 1e12,
}  # fmt: skip
#: Scales glued to digits ("1.2bn", "$400m", "50k"); "m" without a currency may be metres.
SCALE_ABBREVIATIONS = {
    "bn": 1e9,
    "b": 1e9,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "k": 1e3,
    "tn": 1e12,
    "trn": 1e12,
}
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9,
    "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
#: Vague plural quantities and the lowest value each can credibly mean (ACLED: dozens=12, hundreds=100).
VAGUE_FLOORS = {
    "dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3, "tens of thousands": 1e4,
    "hundreds of thousands": 1e5, "millions": 1e6, "tens of millions": 1e7, "hundreds of millions": 1e8,
    "billions": 1e9,
}  # fmt: skip
#: "several hundred", "a few thousand": at least two of the unit.
FEW_WORDS = ("several", "a few", "many")
#: Plural nouns that do not end in -s ("3m people" is three million, "400m race" 400 metres).
IRREGULAR_PLURALS = frozenset(
    "people children men women police cattle personnel staff livestock sheep fish".split()
)

CURRENCY_SYMBOLS = {
    "US$": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD",
    "HK$": "HKD", "S$": "SGD", "Rs": "INR", "RS": "INR", "RS.": "INR", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH",
    "₪": "ILS", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "UAH": "UAH", "RUB": "RUB", "JPY": "JPY", "CNY": "CNY",
    "INR": "INR", "CHF": "CHF", "CAD": "CAD", "AUD": "AUD",
}  # fmt: skip
CURRENCY_WORDS = {
    "us dollars": "USD", "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "yuan": "CNY",
    "renminbi": "CNY", "yen": "JPY", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB",
    "hryvnias": "UAH", "hryvnia": "UAH", "hryvnia s": "UAH", "rupees": "INR", "rupee": "INR",
    "shekels": "ILS", "shekel": "ILS", "naira": "NGN", "rand": "ZAR",
}  # fmt: skip


class Unit(NamedTuple):
    """A canonical unit and the kind of quantity it measures."""

    name: str
    kind: str


_KM = Unit("km", "distance")
_MILES = Unit("miles", "distance")
_METRES = Unit("m", "distance")
_FEET = Unit("feet", "distance")
_KM2 = Unit("square kilometres", "area")
_PERCENT = Unit("%", "percent")
_STOREYS = Unit("storeys", "height")

#: Units written as words after the number (plural and singular), canonical form and kind.
UNIT_WORDS: dict[str, Unit] = {
    "kilometres": _KM, "kilometers": _KM, "kilometre": _KM, "kilometer": _KM, "km": _KM, "kms": _KM,
    "miles": _MILES, "mile": _MILES, "mi": _MILES, "nautical miles": Unit("nautical miles", "distance"),
    "metres": _METRES, "meters": _METRES, "metre": _METRES, "meter": _METRES, "m": _METRES,
    "centimetres": Unit("cm", "distance"), "centimeters": Unit("cm", "distance"), "cm": Unit("cm", "distance"),
    "millimetres": Unit("mm", "distance"), "millimeters": Unit("mm", "distance"), "mm": Unit("mm", "distance"),
    "feet": _FEET, "foot": _FEET, "ft": _FEET, "yards": Unit("yards", "distance"),
    "square kilometres": _KM2, "square kilometers": _KM2, "square kilometre": _KM2,
    "square kilometer": _KM2, "sq km": _KM2, "km2": _KM2, "km²": _KM2,
    "square miles": Unit("square miles", "area"), "square mile": Unit("square miles", "area"),
    "hectares": Unit("hectares", "area"), "hectare": Unit("hectares", "area"), "ha": Unit("hectares", "area"),
    "acres": Unit("acres", "area"), "acre": Unit("acres", "area"),
    "tonnes": Unit("tonnes", "weight"), "tonne": Unit("tonnes", "weight"), "tons": Unit("tons", "weight"),
    "ton": Unit("tons", "weight"), "kilograms": Unit("kg", "weight"), "kilogram": Unit("kg", "weight"),
    "kilos": Unit("kg", "weight"), "kg": Unit("kg", "weight"), "lbs": Unit("pounds", "weight"),
    "lb": Unit("pounds", "weight"),
    "seconds": Unit("seconds", "duration"), "minutes": Unit("minutes", "duration"),
    "minute": Unit("minutes", "duration"), "hours": Unit("hours", "duration"), "hour": Unit("hours", "duration"),
    "hrs": Unit("hours", "duration"), "days": Unit("days", "duration"), "day": Unit("days", "duration"),
    "nights": Unit("nights", "duration"), "night": Unit("nights", "duration"),
    "weeks": Unit("weeks", "duration"), "week": Unit("weeks", "duration"),
    "months": Unit("months", "duration"), "month": Unit("months", "duration"),
    "years": Unit("years", "duration"), "year": Unit("years", "duration"),
    "decades": Unit("decades", "duration"), "decade": Unit("decades", "duration"),
    "centuries": Unit("centuries", "duration"), "century": Unit("centuries", "duration"),
    "storeys": _STOREYS, "storey": _STOREYS, "stories": _STOREYS, "story": _STOREYS,
    "floors": _STOREYS, "floor": _STOREYS,
    "%": _PERCENT, "per cent": _PERCENT, "percent": _PERCENT, "pc": _PERCENT, "pct": _PERCENT,
    "percentage points": Unit("percentage points", "percent"),
    "percentage point": Unit("percentage points", "percent"),
    "mph": Unit("mph", "speed"), "km/h": Unit("km/h", "speed"), "kph": Unit("km/h", "speed"),
    "knots": Unit("knots", "speed"),
    "litres": Unit("litres", "volume"), "liters": Unit("litres", "volume"),
    "gallons": Unit("gallons", "volume"), "barrels": Unit("barrels", "volume"),
    "cubic metres": Unit("cubic metres", "volume"), "cubic meters": Unit("cubic metres", "volume"),
    "megawatts": Unit("MW", "power"), "mw": Unit("MW", "power"), "gigawatts": Unit("GW", "power"),
    "gw": Unit("GW", "power"), "kw": Unit("kW", "power"),
    "°c": Unit("°C", "temperature"), "degrees": Unit("degrees", "temperature"),
}  # fmt: skip
#: Units that may be glued to digits ("4km", "40%", "20m"); longest first in the pattern.
GLUED_UNITS = ("km²", "km2", "km/h", "kph", "km", "mph", "mi", "mm", "cm", "m", "ft", "kg", "ha", "%", "°C",
               "pc", "pct", "mw", "gw", "kw")  # fmt: skip
#: Words allowed between a number and a time unit: "five more days", "two full weeks".
UNIT_FILLERS = ("more", "further", "additional", "extra", "long", "full", "consecutive", "straight", "whole")
#: Words that make a glued "m" metres rather than million when there is no currency.
METRE_FOLLOWERS = frozenset(
    "long high wide deep tall away from above below across off up down in into of to under over ( ) , . ; :".split()
)

#: Hedges before a number, longest first, mapped to the five canonical values.
APPROX_BEFORE = {
    "approximately": "around", "approx.": "around", "about": "around", "around": "around",
    "roughly": "around", "some": "around", "an estimated": "around", "estimated": "around",
    "almost": "around", "nearly": "around", "close to": "around", "closer to": "around",
    "circa": "around", "c.": "around", "a total of around": "around", "just about": "around",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "a minimum of": "at least", "at a minimum": "at least",
    "more than": "more than", "over": "more than", "just over": "more than", "upwards of": "more than",
    "in excess of": "more than", "above": "more than", "exceed": "more than", "exceeds": "more than",
    "exceeded": "more than", "exceeding": "more than", "well over": "more than", "just above": "more than",
    "less than": "less than", "fewer than": "less than", "under": "less than", "just under": "less than",
    "below": "less than", "just below": "less than",
    "up to": "up to", "as many as": "up to", "as much as": "up to", "at most": "up to",
    "no more than": "up to", "a maximum of": "up to", "as high as": "up to",
}  # fmt: skip
#: Hedges after a number: "12,000 or more", "400-odd", "40 or so".
APPROX_AFTER = {"or more": "at least", "or so": "around", "-odd": "around", "odd": "around", "plus": "at least",
                "+": "at least", "or fewer": "up to", "or less": "up to"}  # fmt: skip
APPROX_VALUES = ("around", "at least", "more than", "less than", "up to")

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
#: Capitalised words after which a number names a thing rather than counting it ("Route 24").
DESIGNATORS = frozenset(
    """route highway motorway road article resolution section chapter flight page room gate unit block
    platform terminal level phase stage paragraph clause number no no. nos nos. vol vol. volume part bill
    act proposition prop channel line bus tower camp zone sector ward precinct district apollo boeing airbus
    category cat grade tier type mark mk model series version exit junction pier berth hall building day
    week round game episode season lot box item figure table appendix annex rule protocol amendment
    highway interstate corridor checkpoint gateway base station""".split()
)


# ---------------------------------------------------------------------------- results


@dataclass(frozen=True)
class NumberSpan:
    """One number expression found by :func:`scan` (offsets into the scanned text)."""

    start: int
    end: int
    value: float | None
    value_max: float | None = None
    unit: str | None = None
    unit_text: str | None = None
    kind: str = "count"
    vague: bool = False
    #: A hedge inside the expression itself ("a couple of thousand" -> around).
    approx: str | None = None
    #: Where the words after the figure begin (past a unit written as a word).
    after: int = 0
    #: "digits", "words", "fraction" or "vague"; a range keeps the form of its first part.
    form: str = "digits"
    currency: bool = False
    #: The multiplier written with the number ("bn", "million"), 1 when none.
    scale: float = 1.0
    #: The unit is part of a hyphenated adjective: "47-year-old", "three-day", "two-storey".
    adjectival: bool = False
    #: "-year-old": the figure is an age.
    age: bool = False
    is_range: bool = False
    #: Index (in the scan result) of the figure this one converts, for "12 miles (19km)".
    converts: int | None = None


# ---------------------------------------------------------------------------- patterns

_SP = r"[^\S\n]"  # a space that is not a line break (includes no-break spaces)
#: digits with comma thousands, with space thousands ("1 000 000", as European house styles write), or plain
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+(?:\.\d+)?"
_CURRENCY = r"(?:US\$|AU\$|CA\$|NZ\$|HK\$|A\$|C\$|S\$|[$£€¥₹₽₴₪]|(?:USD|EUR|GBP|UAH|RUB|JPY|CNY|INR|CHF|CAD|AUD|Rs\.?)(?=[^\S\n]?\d))"
_SCALE_WORD = "|".join(SCALES)
_SCALE_ABBR = "bn|mln|mn|trn|tn|m|k|b"
_GLUED = "|".join(re.escape(u) for u in GLUED_UNITS if u != "%")
_HYPHEN = r"[-‑]"
_ONE_TO_NINE = "|".join(list(ONES)[1:10])
_ADJ_UNITS = (
    "year|day|week|month|hour|minute|second|decade|storey|story|floor|mile|kilometre|kilometer|km|metre|meter|"
    "foot|feet|tonne|ton|acre|hectare|night|century"
)

DIGIT_ATOM = re.compile(
    rf"(?<![\w.,/:@#&])(?<![A-Za-z][-‑])"
    rf"(?:(?P<cur>{_CURRENCY}){_SP}?)?(?P<num>{_DIGITS})"
    rf"(?:(?P<scale>(?:{_SP}|{_HYPHEN})?(?:{_SCALE_WORD})(?![\w])|(?:{_SCALE_ABBR})(?![\w]))"
    rf"|(?P<glued>{_SP}?%|(?:{_GLUED})(?![\w])))?"
    rf"(?![\w]|[.,]\d|[:/]\d)",
    re.IGNORECASE,
)
_WORD = "|".join([*TENS, *ONES])
WORD_ATOM = re.compile(
    rf"(?<![\w\-‑])(?:(?P<article>an?){_SP}+)?"
    rf"(?P<words>(?:{_WORD}|{_SCALE_WORD})(?:{_HYPHEN}(?:{_ONE_TO_NINE}|{_SCALE_WORD}))?"
    rf"(?:{_SP}+(?:and{_SP}+)?(?:{_WORD}|{_SCALE_WORD})(?:{_HYPHEN}(?:{_ONE_TO_NINE}|{_SCALE_WORD}))?)*)(?![\w])",
    re.IGNORECASE,
)
#: "one and a half million", "two and a half years": a whole number and a half, with an optional scale.
AND_A_HALF = re.compile(
    rf"(?<![\w\-‑])(?P<n>{_WORD}|\d+){_SP}+and{_SP}+a{_SP}+half(?:{_SP}+(?P<scale>{_SCALE_WORD}))?(?![\w])",
    re.IGNORECASE,
)
DOZEN = re.compile(
    rf"(?<![\w\-‑])(?:(?P<half>half{_SP}+an?)|(?P<article>an?)|(?P<n>{_WORD}|\d+)){_SP}+dozen(?![\w])",
    re.IGNORECASE,
)
COUPLE_OF_SCALE = re.compile(
    rf"(?<![\w])a{_SP}+couple{_SP}+of{_SP}+(?P<scale>hundred|thousand|million|billion)(?![\w])", re.IGNORECASE
)
VAGUE = re.compile(
    rf"(?<![\w\-‑])(?:(?:several|a{_SP}+few|many){_SP}+(?:dozen|hundred|thousand|million|billion)"
    rf"|(?:tens|hundreds){_SP}+of{_SP}+(?:thousands|millions)|dozens|scores(?={_SP}+of)|hundreds|thousands"
    rf"|millions|billions)(?![\w])",
    re.IGNORECASE,
)
FRACTION = re.compile(
    rf"(?<![\w\-‑])(?:(?P<num>{'|'.join(list(ONES)[1:11])}|an?)(?P<sep>{_HYPHEN}|{_SP}+)"
    rf"(?P<den>{'|'.join(DENOMINATORS)})|(?P<half>half))(?![\w\-‑])",
    re.IGNORECASE,
)
ONE_IN = re.compile(
    rf"(?<![\w\-‑])(?P<num>{'|'.join(list(ONES)[1:11])}|\d{{1,2}}){_SP}+in{_SP}+(?:every{_SP}+)?"
    rf"(?P<den>{'|'.join(list(ONES)[2:21] + list(TENS))}|a{_SP}+hundred|\d{{1,3}})(?![\w\-‑])",
    re.IGNORECASE,
)
_DOTTED_TIME_BEFORE = re.compile(
    rf"\b(?:at|from|until|till|by|before|after|around|since|between|and){_SP}+$", re.I
)
_DATE_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?,?{_SP}+(?:\d{{1,2}}{_SP}*[-‑–]{_SP}*)?$")
_DATE_AFTER = re.compile(
    rf"^(?:st|nd|rd|th)?(?:{_SP}*[-‑–]{_SP}*\d{{1,2}}(?:st|nd|rd|th)?)?,?{_SP}+(?:of{_SP}+)?(?:{MONTHS})\b"
)
#: Calibres name a weapon type ("155mm shells"), they do not measure anything in the story.
#: A model designation ("M777") or a kind ("towed") may stand between the calibre and the weapon.
_CALIBRE_AFTER = re.compile(
    rf"^{_SP}*(?:[-‑]?calibre{_SP}+)?"
    rf"(?:(?:[A-Z]+\d[\w-]*|towed|self-propelled|artillery){_SP}+){{0,3}}"
    rf"(?:shells?|rounds?|howitzers?|guns?|ammunition|mortars?|cannons?|rifles?|munitions)\b",
    re.IGNORECASE,
)
#: Telephone numbers ("1-800-621-3362", "(202) 555-0143", "+44 20 7946 0958" is left alone): digits of a
#: code, not figures.
PHONE_NUMBER = re.compile(
    r"(?<![\w-])(?:\+?1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?![\w-])"
    r"|(?<![\w-])(?:1-)?\d{3}-\d{3}-[A-Z]{4}(?:\s*\(\d{4}\))?"  # "800-621-FEMA (3362)": letters for digits
)
#: A telephone number written in groups ("0 800 60 20 19", "+44 20 7946 0958"): three or more groups of
#: digits that are not thousands (a group after the first of other than three digits), or led by "+" or 0.
_DIGIT_GROUPS = re.compile(r"(?<![\w.,-])\+?\d{1,4}(?:[ -]\d{1,4}){2,}(?![\w]|[.,]\d)")
#: What may follow a span of years ("between 2016 and 2020, ...") when it is a period, not a count.
_AFTER_PERIOD = re.compile(
    rf"^(?:{_SP}*(?:[.,;:)!?]|$)|{_SP}+(?:and|or|but|to|in|at|on|for|from|by|with|when|while|as|the|a|an|was|were"
    rf"|is|are|will|would|has|have|had|it|they|we|he|she)\b)",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(
    rf"^{_SP}*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock\b|GMT\b|UTC\b|BST\b|CET\b|CEST\b|EST\b|EDT\b|PST\b|hrs\b|"
    rf"local{_SP}+time\b|h\b)",
    re.IGNORECASE,
)
_AGO = re.compile(rf"^{_SP}+ago\b", re.IGNORECASE)
_FURNITURE_AFTER = re.compile(
    rf"^{_SP}*(?:min(?:ute)?s?{_SP}+read|comments?\b|shares?\b|photos\b|images\b|views\b)", re.IGNORECASE
)
_FURNITURE_BEFORE = re.compile(
    rf"\b(?:image|photo|picture|slide|page|step|part){_SP}+\d+{_SP}*(?:of|/){_SP}*$", re.IGNORECASE
)
_DESIGNATOR_BEFORE = re.compile(
    rf"\b(?:page|pages|pp?\.|para(?:graph)?|clause|section|article|chapter|resolution|flight|room|gate|platform|"
    rf"route|highway|motorway|exit|junction|hotline|helpline|phone|telephone|tel\.|brigade|battalion|regiment|squadron|no\.|nos\.){_SP}+$",
    re.IGNORECASE,
)
_YEAR_DASH_BEFORE = re.compile(r"\b\d{4}[-‑–/]$")
_LIST_AFTER = re.compile(rf"^[.)](?={_SP})")
#: A number naming a military unit ("35 Squadron", "5 Armoured Medical Regiment", "22 Field Hospital who ..."):
#: capitalised words ending in a unit noun, not followed by a lowercase noun the number would count.
_UNIT_DESIGNATION_AFTER = re.compile(
    rf"^{_SP}+(?:[A-Z][\w-]*{_SP}+){{0,3}}(?:Squadron|Regiment|Brigade|Battalion|Division|Corps|Wing|Fleet"
    rf"|Flotilla|Platoon|Detachment|Hospital)\b(?!{_SP}+(?!(?:who|which|that|and|or|in|at|from|of|to|was|were|is"
    rf"|are|has|have|had|will|would|on|with|for)\b)[a-z])"
)

_HALF_OF_TIME = re.compile(rf"^{_SP}+an?{_SP}+(?:{_ADJ_UNITS})\b", re.IGNORECASE)
_RANGE_DASH = re.compile(rf"^{_SP}*[-‑–—]{_SP}*$")
_RANGE_TO = re.compile(rf"^{_SP}+to{_SP}+$", re.IGNORECASE)
_RANGE_AND = re.compile(rf"^{_SP}+and{_SP}+$", re.IGNORECASE)
_RANGE_OR = re.compile(rf"^{_SP}+or{_SP}+$", re.IGNORECASE)
#: "October 7, 2023": a year after a US-style month and day.
_US_DATE_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?{_SP}+\d{{1,2}},{_SP}*$")
_BETWEEN = re.compile(rf"\bbetween{_SP}+$", re.IGNORECASE)
_FROM = re.compile(rf"\bfrom{_SP}+$", re.IGNORECASE)
_CONVERSION_OPEN = re.compile(rf"^{_SP}*\({_SP}*$")
#: "(US$146 billion)", "($5,600,000 U.S)": a conversion into dollars may name them after the number.
_CONVERSION_CLOSE = re.compile(rf"^(?:{_SP}+(?:U\.?S\.?|USD))?{_SP}*\)")
_WORD_AFTER = re.compile(rf"^{_SP}*([^\W\d_]+(?:[-‑][^\W\d_]+)*|[(),.;:])")
_ADJECTIVAL = re.compile(rf"^{_HYPHEN}(?P<unit>{_ADJ_UNITS})s?(?P<old>{_HYPHEN}old)?(?![\w])", re.IGNORECASE)


def _unit_after_pattern() -> re.Pattern[str]:
    written = [w for w in [*CURRENCY_WORDS, *UNIT_WORDS] if w not in ("m", "mi", "ha", "%", "pc", "b")]
    alternatives = "|".join(re.escape(w) for w in sorted(written, key=len, reverse=True))
    fillers = "|".join(UNIT_FILLERS)
    return re.compile(
        rf"^(?P<gap>{_SP}+(?:(?:{fillers}){_SP}+)?)(?P<unit>{alternatives})(?![\w])", re.IGNORECASE
    )


_UNIT_AFTER = _unit_after_pattern()


# ---------------------------------------------------------------------------- values


def parse_digits(number: str) -> float:
    """``"11,000"`` -> 11000.0, ``"1 000"`` -> 1000.0, ``"2.5"`` -> 2.5."""
    return float(re.sub(r"[,\s]", "", number))


def parse_words(words: str) -> float | None:
    """``"twenty-three"`` -> 23, ``"two hundred and fifty thousand"`` -> 250000, ``"a million"`` -> 1e6."""
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s\-‑]+", words.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current, seen = 1.0, True
        elif word in ONES:
            current += ONES[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word in SCALES:
            scale = SCALES[word]
            current = (current or 1.0) * scale
            if scale >= 1e3:
                total += current
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def valid_word_prefix(words: list[str], *, after_article: bool = False) -> int:
    """How many of ``words`` (lower case) form one number: "two and three" is two numbers, "two hundred and five" one."""
    count = 0
    last = "unit" if after_article else ""  # "unit", "tens", "scale" or "and"
    for word in words:
        part = "and" if word == "and" else "scale" if word in SCALES else "tens" if word in TENS else "unit"
        if "-" in word or "‑" in word:
            part = "unit"
        ok = (
            (part == "scale" and last in ("unit", "tens"))
            or (part in ("unit", "tens") and last in ("", "scale", "and"))
            or (part == "unit" and last == "tens" and ONES.get(word, 99) < 10)
            or (part == "and" and last == "scale")
        )
        if not ok:
            break
        last = part
        count += 1
    while count and words[count - 1] == "and":
        count -= 1
    return count


def vague_floor(text: str) -> float | None:
    """The lowest value a vague quantity can credibly mean: "dozens" 12, "hundreds" 100, "several thousand" 2000."""
    folded = " ".join(text.lower().split())
    if folded in VAGUE_FLOORS:
        return VAGUE_FLOORS[folded]
    for few in FEW_WORDS:
        if folded.startswith(few + " "):
            rest = folded[len(few) + 1 :]
            scale = 12.0 if rest == "dozen" else SCALES.get(rest)
            return 2 * scale if scale else None
    return None


def unit_word(text: str) -> Unit | None:
    """The canonical unit of a unit as written (``"kilometres"`` -> km), money words included."""
    key = " ".join(text.lower().split())
    if key in CURRENCY_WORDS:
        return Unit(CURRENCY_WORDS[key], "money")
    return UNIT_WORDS.get(key)


def looks_like_year(number: str) -> bool:
    """A bare four-digit integer between 1000 and 2100 (a year unless the context says otherwise)."""
    return len(number) == 4 and number.isdigit() and 1000 <= int(number) <= 2100


# ---------------------------------------------------------------------------- scanning


def scan(text: str, start: int = 0, end: int | None = None) -> list[NumberSpan]:
    """Every number expression in ``text[start:end]`` (one sentence), in order, offsets into ``text``.

    Lexical exclusions are applied here: dates ("3 November"), times ("2 a.m.", "14:05"),
    ordinals ("14th"), year ranges ("2022-23"), "N days ago", list numbering and page
    furniture ("3 min read"). Those that need the parse are left to the caller.
    """
    end = len(text) if end is None else end
    phones = [m.span() for m in PHONE_NUMBER.finditer(text, start, end)]
    phones += [m.span() for m in _DIGIT_GROUPS.finditer(text, start, end) if _telephone_groups(m.group())]
    atoms = [
        a
        for a in _atoms(text, start, end)
        if not _excluded(text, a, start) and not any(s < a.end and a.start < e for s, e in phones)
    ]
    spans = [span for span in _merge_ranges(text, atoms) if not _years_as_period(text, span)]
    return _link_conversions(text, spans)


def _telephone_groups(written: str) -> bool:
    """Digit groups that dial rather than count: led by "+" or 0, or with a group after the first of
    other than three digits ("1 000 000" counts in thousands; "800 60 20 19" does not)."""
    groups = re.split(r"[ -]", written.lstrip("+"))
    return written.startswith(("+", "0")) or any(len(g) != 3 for g in groups[1:])


def _years_as_period(text: str, span: NumberSpan) -> bool:
    """ "between 2016 and 2020", "from 2014 to 2018": a span of years with nothing counted after it."""
    if not span.is_range or span.unit is not None or span.form != "digits" or span.value_max is None:
        return False
    low, high = text[span.start : span.start + 4], str(int(span.value_max))
    return (
        looks_like_year(low)
        and looks_like_year(high)
        and text[span.start : span.end].endswith(high)
        and _AFTER_PERIOD.match(text[span.end : span.end + 12]) is not None
    )


def _atoms(text: str, start: int, end: int) -> list[NumberSpan]:
    chunk = text[start:end]
    found: list[NumberSpan] = []

    def add(span: NumberSpan | None) -> None:
        if span is not None and all(span.end <= f.start or span.start >= f.end for f in found):
            found.append(span)

    for m in VAGUE.finditer(chunk):
        s, e = start + m.start(), start + m.end()
        add(NumberSpan(s, e, None, vague=True, form="vague", after=e))
    for m in COUPLE_OF_SCALE.finditer(chunk):
        s, e = start + m.start(), start + m.end()
        value = 2 * SCALES[m["scale"].lower()]
        add(_with_unit(text, NumberSpan(s, e, value, approx="around", form="words", after=e), end))
    for m in DOZEN.finditer(chunk):
        s, e = start + m.start(), start + m.end()
        n = m["n"]
        count = 0.5 if m["half"] else 1.0 if m["article"] else float(n) if n.isdigit() else parse_words(n)
        if count:
            add(_with_unit(text, NumberSpan(s, e, 12 * count, form="words", after=e), end))
    for m in AND_A_HALF.finditer(chunk):
        s, e = start + m.start(), start + m.end()
        whole = float(m["n"]) if m["n"].isdigit() else parse_words(m["n"])
        scale = SCALES[m["scale"].lower()] if m["scale"] else 1.0
        if whole is not None:
            add(
                _with_unit(
                    text, NumberSpan(s, e, (whole + 0.5) * scale, form="words", after=e, scale=scale), end
                )
            )
    for m in ONE_IN.finditer(chunk):
        add(_one_in(text, m, start, end))
    for m in FRACTION.finditer(chunk):
        add(_fraction(text, m, start, end))
    for m in DIGIT_ATOM.finditer(chunk):
        add(_digit_atom(text, m, start, end))
    position = 0
    while (word_match := WORD_ATOM.search(chunk, position)) is not None:
        span = _word_atom(text, word_match, start, end)
        add(span)
        resumed = span is not None and span.end - start > word_match.start()
        position = span.end - start if span is not None and resumed else word_match.end()
    return sorted(found, key=lambda a: a.start)


def _one_in(text: str, m: re.Match[str], offset: int, end: int) -> NumberSpan | None:
    """ "one in five children": a share of 0.2 (needs a noun or "of" after, so "one in 2022" is not one)."""
    following = text[offset + m.end() : end]
    closes = re.match(rf"{_SP}*(?:[.,;:)!?]|[-–—]{_SP}|$)", following) is not None
    if not (closes or re.match(rf"{_SP}+(?:of{_SP}+)?[^\W\d_]", following)):
        return None  # "one in 2022" is no share; "one in nine." and "one in nine people" are
    numerator = m["num"].lower()
    denominator = m["den"].lower()
    top = float(numerator) if numerator.isdigit() else float(ONES[numerator])
    bottom = float(denominator) if denominator.isdigit() else parse_words(denominator)
    if not bottom or top >= bottom:
        return None
    s, e = offset + m.start(), offset + m.end()
    return NumberSpan(
        s, e, top / bottom, unit="share", unit_text=text[s:e], kind="share", form="fraction", after=e
    )


#: "More than half are children": a hedged "half" standing alone as the subject of a verb is a share.
_HEDGE_BEFORE_HALF = re.compile(
    rf"\b(?:more|less|fewer)\s+than{_SP}+$|\b(?:nearly|almost|about|around|roughly|over|under|just){_SP}+$",
    re.IGNORECASE,
)
_VERB_AFTER_HALF = re.compile(rf"{_SP}+(?:are|were|is|was|have|has|had|will|would|remain|remained)\b", re.I)


def _fraction(text: str, m: re.Match[str], offset: int, end: int) -> NumberSpan | None:
    s, e = offset + m.start(), offset + m.end()
    following = text[e:end]
    if m["half"]:
        if not re.match(rf"{_SP}+(?:of|the|its|their|his|her|our|an?)\b", following, re.IGNORECASE) and not (
            _HEDGE_BEFORE_HALF.search(text[max(0, s - 20) : s]) and _VERB_AFTER_HALF.match(following)
        ):
            return None
        if _HALF_OF_TIME.match(following) or re.match(rf"{_SP}+an?{_SP}+dozen\b", following, re.IGNORECASE):
            return None
        value = 0.5
    else:
        hyphenated = m["sep"] in ("-", "‑")
        of_follows = re.match(rf"{_SP}+of\b", following, re.IGNORECASE) is not None
        article = m["num"].lower() in ("a", "an")
        if not of_follows and not (hyphenated and not article):
            return None  # "a third just over 5,000" enumerates; "a third of the total" is a share
        value = (1 if article else ONES[m["num"].lower()]) / DENOMINATORS[m["den"].lower()]
    return NumberSpan(s, e, value, unit="share", unit_text=text[s:e], kind="share", form="fraction", after=e)


def _digit_atom(text: str, m: re.Match[str], offset: int, end: int) -> NumberSpan | None:
    s, e = offset + m.start(), offset + m.end()
    value = parse_digits(m["num"])
    currency = m["cur"]
    unit = unit_text = None
    kind = "count"
    scale = 1.0
    if currency:
        unit, kind, unit_text = CURRENCY_SYMBOLS[currency.upper()], "money", currency
    if m["scale"]:
        written = m["scale"].strip().lstrip("-‑").lower()  # "12-hundred" as spoken copy writes it
        if written in SCALES:
            scale = SCALES[written]
        elif written == "m" and not currency and _metres_follow(text, e, end):
            unit, kind, unit_text = "m", "distance", m["scale"]
        elif written == "b" and not currency:
            return None  # "4b" is a designation, not four billion
        else:
            scale = SCALE_ABBREVIATIONS[written]
    if m["glued"]:
        glued = m["glued"].strip()
        u = UNIT_WORDS.get(glued.lower())
        if u is None or unit is not None:
            return None
        unit, kind, unit_text = u.name, u.kind, glued
    span = NumberSpan(
        s,
        e,
        value * scale,
        unit=unit,
        unit_text=unit_text,
        kind=kind,
        after=e,
        currency=bool(currency),
        scale=scale,
    )
    return _with_unit(text, span, end)


def _metres_follow(text: str, at: int, end: int) -> bool:
    word = _WORD_AFTER.match(text[at:end])
    if word is None:
        return True
    following = word.group(1)
    plural = following.endswith("s") or following in IRREGULAR_PLURALS
    return following.lower() in METRE_FOLLOWERS or not (following.islower() and plural)


def _word_atom(text: str, m: re.Match[str], offset: int, end: int) -> NumberSpan | None:
    pieces = list(re.finditer(r"[^\s]+", m["words"]))
    lowered = [p.group(0).lower() for p in pieces]
    keep = valid_word_prefix(lowered, after_article=bool(m["article"]) and lowered[0] in SCALES)
    if keep == 0:
        return None
    words_start = offset + m.start("words")
    e = words_start + pieces[keep - 1].end()
    words = text[words_start:e]
    first = pieces[0].group(0).lower()
    article = m["article"] if m["article"] and first in SCALES else None
    if first in SCALES and not article:
        return None  # a bare "hundred" or "million"
    s = offset + m.start() if article else words_start
    value = parse_words(f"{article} {words}" if article else words)
    if value is None:
        return None
    scale = max(
        [SCALES[p.group(0).lower()] for p in pieces[:keep] if p.group(0).lower() in SCALES], default=1.0
    )
    return _with_unit(text, NumberSpan(s, e, value, form="words", after=e, scale=scale), end)


_MAGNITUDE_BEFORE = re.compile(rf"(?i)\bmagnitude(?:{_SP}+of)?{_SP}+$")
_MAGNITUDE_AFTER = re.compile(rf"(?i)^(?:{_SP}+|{_HYPHEN})magnitude\b")
_QUAKE_AFTER = re.compile(rf"(?i)^(?:{_SP}+|{_HYPHEN})(?:earthquake|quake|tremor|aftershock)s?\b")


def _magnitude(text: str, span: NumberSpan) -> bool:
    """A quake's magnitude: "a 6.3 magnitude quake", "magnitude 7", "a 7.0 earthquake" (a decimal before
    a quake noun measures it; "two earthquakes" counts them)."""
    if _MAGNITUDE_BEFORE.search(text[max(0, span.start - 14) : span.start]):
        return True
    if _MAGNITUDE_AFTER.match(text[span.end : span.end + 12]):
        return True
    written = text[span.start : span.end]
    return (
        bool(re.fullmatch(r"\d\.\d", written))
        and _QUAKE_AFTER.match(text[span.end : span.end + 14]) is not None
    )


def _with_unit(text: str, span: NumberSpan, end: int) -> NumberSpan:
    """Attach a unit written after the number: a hyphenated adjective, a unit word, a money word; or
    a quake's magnitude written before it."""
    if span.unit is None and span.form == "digits" and _magnitude(text, span):
        # no unit, as the evaluation kit's gold writes it: what is measured ("magnitude quake") is counted
        return replace(span, unit_text="magnitude", kind="magnitude")
    rest = text[span.end : end]
    adjectival = _ADJECTIVAL.match(rest)
    if adjectival and span.unit is None:
        word = adjectival["unit"].lower()
        u = UNIT_WORDS.get(word + "s") or UNIT_WORDS.get(word)
        if u is not None:
            age = bool(adjectival["old"])
            return replace(
                span,
                unit=u.name,
                unit_text=adjectival.group(0)[1:],
                kind="age" if age else u.kind,
                adjectival=True,
                age=age,
                after=span.end + adjectival.end(),
            )
    if span.unit is not None and span.kind != "money":
        return span
    written = _UNIT_AFTER.match(rest)
    if written is None:
        return span
    u = unit_word(written["unit"])
    if u is None:
        return span
    gap = written["gap"].strip()
    if u.kind == "money":
        if span.unit is not None or gap:
            return span  # "$5 dollars"; "five more dollars" is not a sum
        if written["unit"].lower().startswith("pound") and re.match(rf"{_SP}+of\b", rest[written.end() :]):
            u = Unit("pounds", "weight")
    elif span.unit is not None or (gap and u.kind != "duration"):
        return span  # fillers ("five more days") only before time units
    return replace(span, unit=u.name, unit_text=written["unit"], kind=u.kind, after=span.end + written.end())


_MM = re.compile(rf"^(?:{_SP}*|[-‑])(?:mm|millimet(?:re|er)s?)\b", re.IGNORECASE)


def _calibre(text: str, atom: NumberSpan) -> bool:
    """ "155mm shells", "155 mm M777 towed howitzers": a calibre names a weapon type, it measures nothing."""
    after = text[max(atom.end, atom.after) : atom.after + 60]
    if atom.unit is None and atom.form == "digits":
        spaced = _MM.match(after)
        after = after[spaced.end() :] if spaced else ""
    elif atom.unit != "mm":
        return False
    return _CALIBRE_AFTER.match(after) is not None


def _excluded(text: str, atom: NumberSpan, floor: int) -> bool:
    before = text[max(floor, atom.start - 40) : atom.start]
    after = text[atom.end : atom.end + 40]
    if _AGO.match(text[atom.after : atom.after + 10]) and atom.kind == "duration":
        return True  # "two days ago" is a date
    if _calibre(text, atom):
        return True
    if atom.form != "digits" or atom.unit is not None or atom.scale != 1.0:
        return False
    number = text[atom.start : atom.end]
    if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after) or _TIME_AFTER.match(after):
        return True
    if looks_like_year(number) and _US_DATE_BEFORE.search(before):
        return True  # the year of "October 7, 2023"
    if re.fullmatch(r"(?:[01]?\d|2[0-4])\.[0-5]\d", number) and _DOTTED_TIME_BEFORE.search(before):
        return True  # "at 14.05", "from 9.30": a time of day in British style
    if _FURNITURE_AFTER.match(after) or _FURNITURE_BEFORE.search(before) or _DESIGNATOR_BEFORE.search(before):
        return True
    if _UNIT_DESIGNATION_AFTER.match(after):
        return True  # "35 Squadron": a unit's name, not a count
    if _YEAR_DASH_BEFORE.search(before) and looks_like_year(before[-5:-1]):
        return True  # the "20" of "2019-20"
    if looks_like_year(number) and re.match(r"^[-‑–/]\d{2}\b", after):
        return True  # "2022-23", "2014/15"
    at_start = text[floor : atom.start].strip() in ("", "(")
    return at_start and len(number) <= 2 and _LIST_AFTER.match(after) is not None


def _merge_ranges(text: str, atoms: list[NumberSpan]) -> list[NumberSpan]:
    merged: list[NumberSpan] = []
    i = 0
    while i < len(atoms):
        combined = _range(text, atoms[i], atoms[i + 1]) if i + 1 < len(atoms) else None
        merged.append(combined or atoms[i])
        i += 2 if combined else 1
    return merged


def _range(text: str, a: NumberSpan, b: NumberSpan) -> NumberSpan | None:
    if a.value is None or b.value is None or "share" in (a.kind, b.kind) or a.adjectival:
        return None
    gap = text[a.after : b.start]
    before = text[max(0, a.start - 12) : a.start]
    if _year_before_count(text, a, b):
        return None  # "since 2023 to 43,552": a year never opens a range of counts
    if _RANGE_DASH.match(gap) or _RANGE_TO.match(gap):
        if _RANGE_TO.match(gap) and _FROM.search(before):
            return None  # "rose from 12 to 30": two figures, not a range
    elif _RANGE_OR.match(gap):
        if not _alternatives(a, b):
            return None
    elif not (_RANGE_AND.match(gap) and _BETWEEN.search(before)):
        return None
    if a.unit and b.unit and a.unit != b.unit:
        return None
    low, high = a.value, b.value
    if a.scale == 1.0 and b.scale > 1.0 and low * b.scale <= high:
        low *= b.scale  # "1 to 2 million", "$1-2bn"
    if high <= low:
        return None
    unit_source = b if b.unit else a
    return replace(
        unit_source,
        start=a.start,
        end=b.end,
        value=low,
        value_max=high,
        after=b.after,
        form=a.form,
        currency=a.currency or b.currency,
        scale=max(a.scale, b.scale),
        approx=a.approx,
        is_range=True,
    )


def _year_before_count(text: str, a: NumberSpan, b: NumberSpan) -> bool:
    """A bare year ("2023") next to a count written with thousands separators ("43,552")."""
    first, second = text[a.start : a.end], text[b.start : b.end]
    return a.form == "digits" and looks_like_year(first) and "," in second and not looks_like_year(second)


def _alternatives(a: NumberSpan, b: NumberSpan) -> bool:
    """ "three or four days", "two or three people": neighbouring small numbers as one rough range
    (not "5 or 50", and not when the first already has a unit of its own)."""
    if a.value is None or b.value is None or a.unit is not None or a.after != a.end:
        return False
    return a.form == b.form and a.value < b.value <= 2 * a.value + 2 and b.value <= 1000


def _link_conversions(text: str, atoms: list[NumberSpan]) -> list[NumberSpan]:
    linked = list(atoms)
    for i in range(len(atoms) - 1):
        a, b = atoms[i], atoms[i + 1]
        if a.unit is None or b.unit is None or a.kind != b.kind or a.unit == b.unit:
            continue
        if _CONVERSION_OPEN.match(text[a.after : b.start]) and _CONVERSION_CLOSE.match(
            text[b.after : b.after + 8]
        ):
            linked[i + 1] = replace(b, converts=i)
    return linked


# ---------------------------------------------------------------------------- hedges

_APPROX_BEFORE = re.compile(
    r"(?:^|[^\w])("
    + "|".join(re.escape(p) for p in sorted(APPROX_BEFORE, key=len, reverse=True))
    + rf")[“”\"‘'‚]?{_SP}*[“”\"‘']?$",
    re.IGNORECASE,
)


def approx_before(text: str, start: int, *, floor: int = 0) -> str | None:
    """The canonical hedge printed right before ``start`` ("about 40" -> "around"), else None."""
    window = text[max(floor, start - 40) : start]
    if not window or not (window[-1].isspace() or window[-1] in "“\"‘'"):
        return None
    m = _APPROX_BEFORE.search(window)
    return APPROX_BEFORE[m.group(1).lower()] if m else None


def approx_after(text: str, end: int) -> str | None:
    """A hedge right after a number ("12,000 or more" -> "at least"), else None."""
    window = text[end : end + 12].lower()
    for phrase, value in APPROX_AFTER.items():
        glued = phrase in ("-odd", "+")
        if (glued and window.startswith(phrase)) or (
            not glued and re.match(rf"{_SP}+{re.escape(phrase)}(?![\w])", window)
        ):
            return value
    return None
