"""Date expressions in news text, normalised against the publication date.

News dates are mostly relative ("on Wednesday", "last night", "in August", "in September
that year") and only mean something against the day they were written. Each expression
found is resolved against a *reference day*: the post's own day in a live blog that gives
one (a dated timestamp or a date-only line), else the publication date. The rules are our
own (regular expressions over the text plus the dependency parse for tense), because news
expressions are not what general date parsers are built for, and they are fast.

A weekday, month or day without a year is read from its clause: forward in a future, modal
or scheduled clause ("could reach the city by 10 March", "is due to arrive on Friday"), back
in a past one, else a weekday or month is the last one and a day the one nearest the
reference day. "The same day", "the next day" and a bare time of day follow the day the
narrative just gave; "overnight on 21 November" and "the night of 19-20 November" are nights.

Output dates use the gold formats of ``../shared/eval/FORMAT.md``: ``YYYY-MM-DD`` (day),
``YYYY-MM`` (month), ``YYYY`` (year) and ``YYYY-MM-DD/YYYY-MM-DD`` (interval: "last week" is
the previous ISO Monday-Sunday, "overnight" the night before the reference day).
Vague expressions ("recently", "in recent months", "soon", "later") are kept with no date.
Left out: datelines ("KYIV, Nov 3 (Wire) -"), post timestamps, durations ("for 12 hours",
"the next few days" is kept as vague) and "today" inside direct speech.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

import pandas as pd

from . import lexicon as lx
from .frames import records, with_dtypes
from .report import Report

if TYPE_CHECKING:
    from spacy.tokens import Token

DATE_COLUMNS = [
    "date_id", "doc_id", "start", "end", "date_text", "date", "granularity", "date_start", "date_end",
    "sentence_id", "paragraph_id", "post_id",
    # added by this module
    "kind", "reference", "points_forward", "in_quote",
]  # fmt: skip

#: Dates as timestamps in milliseconds: what Parquet stores, so cached tables round-trip exactly.
TIMESTAMP_DTYPE: Final = "datetime64[ms]"
#: ``granularity`` values of a resolved expression (vague ones have None).
GRANULARITIES = ("day", "month", "year", "interval")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NUMBERS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
} | {"sept": 9}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# ---------------------------------------------------------------------------- options


@dataclass(frozen=True)
class DateRules:
    """How ambiguous expressions are read (the defaults follow news usage).

    ``same_weekday_is_reference``: "on Monday" in a report of a Monday means that very day
    (else the Monday before). ``tense_points_forward``: a weekday, month or day in a
    forward-looking clause ("will meet on Friday", "could reach the city by 10 March", "is
    due in December") is the coming one, in a past clause the last one, and a day without a
    year and without tense ("the season ends Nov. 30") the one nearest the reference day;
    when off, every bare weekday, month or day is the most recent one.
    """

    same_weekday_is_reference: bool = True
    tense_points_forward: bool = True


# ---------------------------------------------------------------------------- values


@dataclass(frozen=True)
class DateValue:
    """A normalised date: a day, a month, a year or an interval of days."""

    granularity: str
    first: dt.date
    last: dt.date

    @property
    def iso(self) -> str:
        if self.granularity == "day":
            return self.first.isoformat()
        if self.granularity == "month":
            return f"{self.first.year:04d}-{self.first.month:02d}"
        if self.granularity == "year":
            return f"{self.first.year:04d}"
        return f"{self.first.isoformat()}/{self.last.isoformat()}"

    @classmethod
    def day(cls, day: dt.date) -> DateValue:
        return cls("day", day, day)

    @classmethod
    def month(cls, year: int, month: int) -> DateValue:
        last = calendar.monthrange(year, month)[1]
        return cls("month", dt.date(year, month, 1), dt.date(year, month, last))

    @classmethod
    def year(cls, year: int) -> DateValue:
        return cls("year", dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def interval(cls, first: dt.date, last: dt.date) -> DateValue:
        return cls("interval", first, last)

    @classmethod
    def week_of(cls, day: dt.date) -> DateValue:
        monday = day - dt.timedelta(days=day.weekday())
        return cls.interval(monday, monday + dt.timedelta(days=6))


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``by`` months."""
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (31 April)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# ---------------------------------------------------------------------------- patterns

_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_MONTH_NAMES = sorted(
    {calendar.month_name[n] for n in range(1, 13)}
    | {calendar.month_abbr[n] for n in range(1, 13)}
    | {"Sept"},
    key=len,
    reverse=True,
)
# Abbreviations may carry a period ("Oct.", "Sept."); "May" is a month only in date contexts (below).
_MONTH_ABBREVIATIONS = {calendar.month_abbr[n] for n in range(1, 13)} - {"May"} | {"Sept"}
_MONTH = r"(?P<month>" + "|".join(m + r"\.?" if m in _MONTH_ABBREVIATIONS else m for m in _MONTH_NAMES) + r")"
_MONTH_BARE = _MONTH.replace("(?P<month>", "(?P<month>(?!May\\b)")
#: "December and January", "July and August": two months in a row are one span ("over December and January");
#: "in January and November" are two months, two dates.
_AND_NEXT_MONTH = "|".join(
    rf"(?<={calendar.month_name[n]})\s+and\s+(?={calendar.month_name[n % 12 + 1]}\b)" for n in range(1, 13)
)
#: "2013 and 2014": a year and the next joined by "and".
_AND_NEXT_YEAR = "|".join(rf"(?<={year})\s+and\s+(?={year + 1}\b)" for year in range(1900, 2100))
_DAYNUM = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PART = r"(?P<part>morning|afternoon|evening|night)"
_PREP = (
    r"(?P<prep>(?i:(?:until|till|by)\s+at\s+(?:least|the\s+latest)|no\s+later\s+than|not\s+(?:before|until)"
    r"|as\s+(?:early|late)\s+as|as\s+of|on|in|by|since|until|till|before|after|from|during|through"
    r"|throughout|starting|beginning|over|at|for)\s+)"
)
_EDGE_AFTER_PREP = r"(?P<edge2>(?i:early|late|mid)[-\s]+)"
_PART_OF = r"(?P<part_of>(?i:(?:on\s+)?the\s+(?:morning|afternoon|evening|night)\s+of)\s+)"
_EDGE = r"(?P<edge>(?i:early|late|mid|earlier|later)[-\s]+(?i:on\s+|in\s+)?)"
_PERIOD_EDGE = (
    r"(?P<period_edge>(?i:(?:the\s+)?(?:start|beginning|end|middle|turn|first\s+half|second\s+half"
    r"|(?:first|second|third|fourth|final|last)\s+(?:week|weekend|days|fortnight))\s+of)\s+)"
)
#: Determiners before a year that modifies a noun ("the 2022 harvest").
_YEAR_DETERMINERS = ("the", "The", "its", "Its", "their", "his", "her", "our", "this", "This")
_B = r"(?<![\w-])"  # word start
_E = r"(?![\w-])"  # word end
_NUMBER = r"(?P<count>\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
_CLOCK = r"(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d)"
_ZONE_WORDS = r"local\s+time|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|ET|PT|PST|PDT"
_ZONE = rf"(?P<zone>(?i:{_ZONE_WORDS}))"
_TIME = (
    r"(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?i:a\.m\.|p\.m\.|am|pm|hours|hrs))?"
    # the British "10.30 local time", "14.05 GMT": a dotted clock only before a time zone, never a decimal
    rf"|(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s+(?i:{_ZONE_WORDS}))"
    r"|(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s*(?i:a\.m\.|p\.m\.|am(?![\w-])|pm(?![\w-]))"
    r"|(?i:midnight|noon|midday|dawn|dusk|daybreak|first\s+light|sunrise|sunset|nightfall))"
    r"(?:\s+" + _ZONE + ")?"
)
_TIME_PREP = (
    r"(?P<tprep>(?i:(?:shortly|just|soon|immediately|sometime|some\s+time|well|long|hours|minutes)\s+"
    r"(?:after|before)|(?:at\s+)?around|at\s+about|about|after|before|at|by|until|till|from|since)\s+)"
)


_NIGHT_OF = r"(?P<night>(?i:the\s+night\s+of)\s+)"
#: Finite verbs that do not end in "-ed": what makes the words after "a day after" a clause.
_IRREGULAR_PAST = "|".join(
    """was were had has have is are did got heard said took made fell won began went came told gave struck
    shot hit left sent held met broke drove threw led lost saw spoke fled sought brought fought ran set put
    became chose found paid rose stood swore wrote sank caught cut""".split()
)
_RANGE_DASH = r"\s*[-–/]\s*"
_RANGE_WORD = r"\s+(?i:to|into|and)\s+"


@dataclass(frozen=True)
class Rule:
    """One family of expressions: a pattern and the kind of resolution it needs.

    ``needs_prefix`` rules only count when one of their optional prefixes matched (a bare
    "March" or "2021" is not a date; "in March", "early 2021" are).
    """

    name: str
    pattern: re.Pattern[str]
    kind: str  # absolute | relative | anchored | time | vague
    needs_prefix: bool = False
    #: A quick test that text without it holds no match (a month name, a digit): skips the full pattern.
    cue: re.Pattern[str] | None = None


def _rule(name: str, kind: str, pattern: str, *, needs_prefix: bool = False) -> Rule:
    cue = _RULE_CUES.get(name)
    return Rule(name, re.compile(pattern), kind, needs_prefix, None if cue is None else re.compile(cue))


_DIGIT_CUE = r"\d"
_MONTH_CUE = "|".join(sorted({calendar.month_abbr[n] for n in range(1, 13)}))
_WEEKDAY_CUE = "day"
_PART_OF_DAY_CUE = r"(?i)day|night|morning|afternoon|evening|tomorrow"
_PERIOD_CUE = r"(?i)week|month|year"
#: What each rule's match must contain. Every rule but "vague" has one word or character class
#: without which it cannot match, so most sentences skip most patterns.
_RULE_CUES: dict[str, str] = {
    **dict.fromkeys(
        ("day_span", "day_range", "month_day_range", "night_span", "night_month_span", "day_month",
         "month_year", "month_that_year", "month", "month_possessive", "month_modifier", "month_span"),
        _MONTH_CUE,
    ),
    **dict.fromkeys(
        ("iso", "day_month_lower", "year", "year_modifier", "year_span", "year_dash_span", "year_pair", "year_listed",
         "decade", "season_year", "early_days_of_year", "time_zone", "military_time"),
        _DIGIT_CUE,
    ),
    **dict.fromkeys(("weekday", "weekday_pair", "night_weekdays", "overnight_into"), _WEEKDAY_CUE),
    **dict.fromkeys(("relative_day", "same_day", "in_the_day", "part_of_the_day", "next_day"), _PART_OF_DAY_CUE),
    **dict.fromkeys(("relative_period", "in_the_period", "year_anchor"), _PERIOD_CUE),
    "quarter": "(?i)quarter",
    "part_of_year": "(?i)half|months|quarter",
    "month_short_year": "['’]",
    "fiscal_year": "(?i)fiscal|FY",
    "weekend": "(?i)weekend",
    "ago": "(?i)ago",
    "minutes_ago": "(?i)ago",
    "past_days": "(?i)past|last|previous",
    "days_later": "(?i)days",
    "days_after_clause": "(?i)days? after",
    "since_then": "(?i)then",
    "early_hours": "(?i)hours",
    "time": r"(?i)\d|midnight|noon|midday|dawn|dusk|daybreak|first\s+light|sunrise|sunset|nightfall",
}  # fmt: skip


_WHICH = r"(?P<which>(?i:last|this|next|this\s+past|this\s+coming))\s+"
_PREFIXES = ("edge", "edge2", "prep", "period_edge", "which")

RULES: tuple[Rule, ...] = (
    _rule("iso", "absolute", _B + r"(?P<prep>(?i:on|by|since|until|before|from)\s+)?"
          r"(?P<year>(?:19|20)\d\d)-(?P<nmonth>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])" + _E),
    _rule("day_span", "absolute",
          _B + r"(?P<prep>(?i:between|from)\s+)(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?i:and|to|-|–)\s*"
          + _DAYNUM.replace("day>", "day2>") + r"\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?" + _E),
    _rule("day_range", "absolute",
          _B + _PREP + "?" + _NIGHT_OF + "?" + r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?" + _RANGE_DASH
          + _DAYNUM.replace("day>", "day2>") + r"\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?" + _E),
    _rule("month_day_range", "absolute",
          _B + _PREP + "?" + _NIGHT_OF + "?" + _MONTH + r"\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
          + _RANGE_DASH + _DAYNUM.replace("day>", "day2>") + r"(?:,?\s+" + _YEAR + r")?" + _E),
    _rule("night_span", "absolute",
          _B + _PREP + "?" + _NIGHT_OF + r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?" + _RANGE_WORD
          + _DAYNUM.replace("day>", "day2>") + r"\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?" + _E),
    _rule("night_month_span", "absolute",
          _B + _PREP + "?" + _NIGHT_OF + _MONTH + r"\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
          + _RANGE_WORD + _DAYNUM.replace("day>", "day2>") + r"(?:,?\s+" + _YEAR + r")?" + _E),
    _rule("night_weekdays", "relative",
          _B + r"(?P<prep>(?i:overnight|(?:on\s+|during\s+)?the\s+night\s+(?:of|from))\s+)"
          + _WEEKDAY.replace("weekday>", "weekday0>") + r"\s+(?i:into|to|and)\s+" + _WEEKDAY + _E),
    _rule("day_month", "absolute",
          _B + _EDGE + "?" + _PREP + "?" + _EDGE_AFTER_PREP + "?" + _PART_OF + "?" + "(?:" + _WHICH + ")?"
          + r"(?:" + _WEEKDAY + r",?\s+(?:the\s+)?)?"
          + r"(?:" + _DAYNUM + r"\s+(?:of\s+)?" + _MONTH + r"|" + _MONTH.replace("month>", "month2>") + r"\s+"
          + _DAYNUM.replace("day>", "day2>") + r")"
          + r"(?:,?\s+" + _YEAR + r"|\s+(?P<which_year>(?i:last|this|next))\s+year)?(?:\s+" + _PART + r")?" + _E),
    # blogs and social posts write months in lower case; the ordinal day marks the date ("on 24th may")
    _rule("day_month_lower", "absolute",
          _B + _PREP + "?" + r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\s+(?:of\s+)?"
          + r"(?P<month>" + "|".join(m.lower() for m in calendar.month_name[1:] if m != "May")
          + r"|may(?=\s*(?:[.,;:)]|$|(?:19|20)\d\d|(?:in|at|on|and|to|when|after|before)\b)))"
          + r"(?:,?\s+" + _YEAR + r")?" + _E),
    _rule("month_year", "absolute",
          _B + _EDGE + "?" + _PREP + "?" + _EDGE_AFTER_PREP + "?" + _PERIOD_EDGE + "?" + _MONTH + r",?\s+(?:of\s+)?" + _YEAR + _E),
    _rule("month_that_year", "anchored",
          _B + _EDGE + "?" + _PREP + "?" + _MONTH
          + r"\s+(?:of\s+)?(?P<which>(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|last|this|next))\s+year" + _E),
    _rule("month", "relative",
          _B + _EDGE + "?" + _PREP + "?" + _EDGE_AFTER_PREP + "?" + _PERIOD_EDGE + "?" + "(?:" + _WHICH + ")?" + _MONTH + _E, needs_prefix=True),
    _rule("month_possessive", "relative", _B + _MONTH_BARE + r"(?='s|’s)"),
    # "the December storms", "a November clash", "from January crackdowns": a month naming which event
    _rule("month_modifier", "relative",
          r"(?:" + "|".join(rf"(?<=\b{w} )" for w in (*_YEAR_DETERMINERS, "a", "A", "from")) + r")"
          + _MONTH_BARE + r"(?=\s+[a-z]{3,}\b)(?!\s+(?:of|and|or|to|through|until|in|on|at|for|is|was|were|will|has|had)\b)"),
    # "in September-October", "during March–April 2020": two months and the ones between
    _rule("month_span", "relative",
          _B + _PREP + "?" + _MONTH + r"(?:\s*[-–]\s*|\s+(?i:to|through|until|till)\s+|" + _AND_NEXT_MONTH + ")"
          + _MONTH.replace("month>", "month2>")
          + r"(?:,?\s+" + _YEAR + r")?" + _E),
    _rule("year", "absolute",
          _B + _EDGE + "?" + _PREP + "?" + _EDGE_AFTER_PREP + "?" + _PERIOD_EDGE + "?" + _YEAR + r"(?!\s*(?:%|[-–]\d|,\d))" + _E,
          needs_prefix=True),
    # "the 2022 harvest campaign", "its 2016 appeal", "in a 2006 military coup": a year naming which one of a
    # recurring thing is meant ("a 2001 Peterbilt truck" is a model year)
    _rule("year_modifier", "absolute",
          r"(?:" + "|".join(rf"(?<=\b{w} )" for w in _YEAR_DETERMINERS) + r"|(?<=\b[aA] )(?=\d{4}\s+[a-z]))" + _YEAR
          + r"(?=\s+(?!(?i:and|or|to|per|percent|people|men|women|children|troops|soldiers)\b)[A-Za-z]+(?<!s)\b)"),
    # "in fiscal year 2016", "in FY 2016", "in fiscal year (FY) 2016 ending Sept. 30, 2016": a US federal budget
    # year, after a preposition ("a FY 2017 budget amendment" names a budget, not a time)
    _rule("fiscal_year", "absolute",
          _B + _PREP + "?" + r"(?i:fiscal\s+year|fiscal|FY)\s*(?:\(FY\)\s*)?" + _YEAR
          + r"(?:,?\s+(?i:ending|ended|which\s+ended|that\s+ended)\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d)?" + _E,
          needs_prefix=True),
    _rule("year_span", "absolute",
          _B + r"(?P<prep>(?i:between|from)\s+)" + _YEAR + r"\s*(?i:and|to|-|–)\s*"
          + _YEAR.replace("year>", "year2>") + r"(?!\s*(?:%|,\d))" + _E),
    # "the military junta of 1967–1974", "in 2014-2016": two years joined by a dash are the span between them
    _rule("year_dash_span", "absolute",
          _B + r"(?P<prep>(?i:in|during|over|for|since|through)\s+)?" + _YEAR + r"\s?[-–]\s?"
          + _YEAR.replace("year>", "year2>") + r"(?!\s*(?:%|,\d|[-–]))" + _E),
    # "questioned him in 2013 and 2014": two years in a row joined by "and" are one span; "in 2009 and 2014" two
    _rule("year_pair", "absolute",
          _B + r"(?P<prep>(?i:in|during|over|for)\s+)?" + _YEAR + "(?:" + _AND_NEXT_YEAR + ")"
          + _YEAR.replace("year>", "year2>") + r"(?!\s*(?:%|,\d))" + _E),
    # "in 2003, 2007 and 2011": the years after the first of a list of years are dates as it is
    _rule("year_listed", "absolute",
          r"(?:(?<=(?:19|20)\d\d, )|(?<=(?:19|20)\d\d and )|(?<=(?:19|20)\d\d, and )|(?<=(?:19|20)\d\d or ))"
          + _YEAR + r"(?!\s*(?:%|[-–]\d|,\d))" + _E),
    _rule("quarter", "relative",
          _B + r"(?P<prep>(?i:in|during|for|by|since|over|from)\s+)?(?i:the\s+)?"
          r"(?P<quarter>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?i:quarter)"
          r"(?:\s+(?i:of)\s+(?:" + _YEAR + r"|(?P<which_year>(?i:last|this|next))\s+year))?" + _E),
    # "the first half of the year", "the first six months of 2018", "the last quarter of last year"
    _rule("part_of_year", "relative",
          _B + r"(?P<prep>(?i:in|during|for|by|over|into|from|on)\s+)?(?i:the\s+)?"
          r"(?:(?P<half>(?i:first|second))\s+(?i:half)|(?i:first)\s+(?P<months>\d{1,2}|(?i:two|three|four|five|six|"
          r"seven|eight|nine|ten|eleven))\s+(?i:months)|(?i:last|final)\s+(?P<final>(?i:quarter)))"
          r"\s+(?:(?i:of)\s+)?(?:(?i:the|this)\s+year|(?P<which_year>(?i:last|this|next))\s+year|" + _YEAR + r")" + _E),
    # "in July '95": a month and a year written with two digits after an apostrophe
    _rule("month_short_year", "absolute",
          _B + _PREP + "?" + _MONTH + r"\s+['’](?P<short_year>\d\d)" + _E),
    _rule("decade", "absolute",
          _B + r"(?P<prep>(?i:in|during|since|by|from|through)\s+)?(?i:the\s+)"
          r"(?P<decade>(?:18|19|20)\d0)(?:'|’)?s" + _E),
    _rule("season_year", "absolute",
          _B + _PREP + "?" + r"(?i:(?:the\s+)?(?:(?:early|late|mid)[-\s]?)?(?:spring|summer|autumn|fall|winter)\s+of)\s+" + _YEAR + _E),
    _rule("early_days_of_year", "absolute",
          _B + _PREP + "?" + r"(?i:the\s+(?:early|earliest|first|opening|final|last|closing)\s+"
          r"(?:days|weeks|months|hours|stages|phase|phases)\s+of\s+(?:its|the|their|his|her|this|that|our)\s+)"
          + _YEAR + r"(?:\s+[a-z][\w-]*)?" + _E),
    _rule("weekday", "relative",
          _B + _EDGE + "?" + _PREP + "?" + _PART_OF + "?"
          + r"(?:(?P<which>(?i:last|this|next|this\s+coming|this\s+past|coming))\s+)?"
          + _WEEKDAY + r"(?:'s|’s)?(?:\s+" + _PART + r")?" + _E),
    # "Monday and Tuesday", "from Tuesday to Wednesday": the days between the two
    _rule("weekday_pair", "relative",
          _B + _PREP + "?" + _WEEKDAY + r"\s+(?i:and|to|through)\s+" + _WEEKDAY.replace("weekday>", "weekday2>") + _E),
    _rule("overnight_into", "relative",
          _B + r"(?i:overnight(?:\s+(?:into|to))?)\s+" + _WEEKDAY + _E),
    _rule("relative_day", "relative",
          _B + r"(?P<edge>(?i:early|late|earlier|later)\s+)?(?P<prep>(?i:since|until|till|by|from|before)\s+)?"
          r"(?P<rel>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow"
          r"|last\s+night|overnight|this\s+(?:morning|afternoon|evening)))"
          r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?" + _E),
    _rule("relative_period", "relative",
          _B + r"(?:(?P<edge>(?i:earlier|later|early|late))\s+(?i:in\s+)?)?" + _PREP + "?" + _PERIOD_EDGE + "?"
          r"(?P<which>(?i:last|this|next|this\s+past|this\s+coming|(?<=of\s)the))\s+"
          r"(?P<unit>(?i:week|weekend|month|year))" + _E),
    _rule("in_the_period", "relative",
          _B + r"(?P<edge>(?i:earlier|later))\s+(?i:in\s+)the\s+(?P<unit>(?i:week|month|year))" + _E),
    _rule("weekend", "relative", _B + r"(?P<prep>(?i:over|at|during|on|since)\s+)the\s+(?P<unit>(?i:weekend))" + _E),
    _rule("ago", "relative",
          _B + r"(?P<prefix>(?i:about|around|some|nearly|almost|more\s+than|just\s+over|just|only|barely)\s+)?"
          + _NUMBER + r"\s+(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago)" + _E),
    _rule("minutes_ago", "relative",
          _B + r"(?P<recent>(?i:just|only)\s+)?(?:(?P<count>\d{1,3}|(?i:a\s+few|a\s+couple\s+of|several|many|some|"
          + "|".join(NUMBER_WORDS) + r"))\s+)?(?P<unit>(?i:minutes?|hours?|moments?))\s+(?i:ago)" + _E),
    _rule("past_days", "relative",
          _B + r"(?P<prep>(?i:over|in|during|within|throughout)\s+)?(?i:the)\s+(?P<past>(?i:past|last|previous))\s+"
          r"(?:" + _NUMBER + r"\s+(?P<unit>(?i:days))|(?P<week>(?i:week|seven\s+days))|(?P<month>(?i:month))"
          r"|(?P<twelve_months>(?i:year(?!['’]s)|12\s+months|twelve\s+months)))(?!\s+of\b)" + _E),
    _rule("same_day", "anchored",
          _B + r"(?:(?P<prep>(?i:on|by|until|from)\s+)|(?P<edge>(?i:earlier|later)\s+))?"
          r"(?P<rel>(?i:that|the\s+same))\s+(?P<unit>(?i:day|morning|afternoon|evening|night))" + _E),
    _rule("in_the_day", "anchored", _B + r"(?P<edge>(?i:earlier|later))\s+(?i:in|during)\s+the\s+(?P<unit>(?i:day))" + _E),
    # "in the afternoon", "late in the afternoon", "during the evening": a part of the narrative's day
    _rule("part_of_the_day", "anchored",
          _B + r"(?:(?P<edge>(?i:early|late|earlier|later))\s+)?(?i:in|during)\s+the\s+"
          r"(?P<unit>(?i:morning|afternoon|evening))(?!\s+(?:of|hours)\b)" + _E),
    _rule("next_day", "anchored",
          _B + r"(?:(?P<prep>(?i:on|by|until|from)\s+)?(?P<rel>(?i:the\s+(?:next|following|previous|preceding)))\s+"
          r"(?P<unit>(?i:day|morning|afternoon|evening|night))|(?P<rel2>(?i:the\s+day\s+(?:before|after)|a\s+day\s+(?:earlier|later)"
          r"|the\s+night\s+before)))(?![\w-]|\s+(?:the|a|an|his|her|its|their)\b)"),
    # "since then", "until then": the day the narrative named last
    _rule("since_then", "anchored", _B + r"(?P<prep>(?i:since|until|till))\s+(?i:then)" + _E),
    # "The attack comes a day after gunmen killed 15", "reached the site four days after the plane was shot
    # down": counted back from the report's own news, not dated by the earlier news its clause tells
    _rule("days_after_clause", "anchored",
          _B + _NUMBER + r"\s+(?P<unit>(?i:days?))\s+(?i:after)"
          r"(?=\s+(?:[^\W\d][\w'’.-]*\s+){0,8}?(?:[a-z]{2,}ed|" + _IRREGULAR_PAST + r")(?![\w-]))"),
    _rule("days_later", "anchored",
          _B + _NUMBER + r"\s+(?P<unit>(?i:days))\s+(?P<dir>(?i:later|earlier))" + _E),
    _rule("year_anchor", "anchored",
          _B + r"(?P<prep>(?i:in|by|until|during|since)\s+)?(?P<rel>(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))\s+year"
          + _E),
    _rule("time", "time", _B + _TIME_PREP + _TIME + _E),
    _rule("time_zone", "time", _B + _TIME_PREP + "?" + _CLOCK + r"\s+" + _ZONE + _E),
    _rule("military_time", "time",
          _B + _TIME_PREP + "?" + r"\(?(?P<time>(?:[01]\d|2[0-3])[0-5]\d)\s+(?P<zone>(?i:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|local\s+time|hours|hrs))\)?"
          + _E),
    _rule("early_hours", "time",
          _B + r"(?i:in\s+the\s+(?:early|small|wee)\s+hours)(?:\s+of\s+(?P<rel>(?i:this\s+morning|today|yesterday))|\s+of\s+"
          + _WEEKDAY + r")?" + _E),
    _rule("vague", "vague",
          _B + r"(?i:recently|lately|soon|shortly|previously|later|earlier|in\s+recent\s+(?:days|weeks|months|years)"
          r"|in\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months|years)|in\s+the\s+near\s+future"
          r"|(?:soon|shortly|not\s+long)\s+(?:afterwards?|after)|(?:some|several|a\s+few)\s+(?:days|weeks|months|years)\s+(?:later|earlier|ago)"
          r"|at\s+the\s+time|in\s+the\s+past(?!\s+(?:\d|(?i:few|several|couple|week|month|year|day|hour|decade)))"
          r"|(?:this|last|next|in\s+the|over\s+the|during\s+the)\s+(?:spring|summer|autumn|fall|winter))" + _E),
)  # fmt: skip

#: Rules for a day told from the narrative around it ("later that day", "the next day", "a day after").
ANCHORED_DAY_RULES = frozenset(
    "same_day in_the_day part_of_the_day next_day days_later since_then days_after_clause".split()
)
#: Rules for a span of days in one month ("between 3 and 5 March", "the night of 19-20 November").
SPAN_RULES = frozenset({"day_span", "day_range", "month_day_range", "night_span", "night_month_span"})

#: News agencies named in brackets in a dateline ("Dakar (AFP) –"); an all-capitals short name counts too.
NEWS_AGENCIES = frozenset(
    """reuters ap afp dpa xinhua anadolu efe ansa kyodo yonhap tass interfax ria bernama pti ians upi
    wire wires cnn bbc""".split()
)
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z'’.\-]+(?:\s+[A-Z][A-Za-z'’.\-]+){0,3}"
    r"(?:,\s*(?P<region>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*))?"
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)?"
    r"(?:\s*\((?P<agency>[^)\n]{1,40})\))?(?:\s*[-–—]+\s+|\s+[–—](?=[A-Z]))"  # "WASHINGTON —Defense" too
)
#: What a live blog's date line may hold besides the date ("Sun 3 Nov 2024 14.05 GMT", "Updated at ...").
_DATE_LINE_FURNITURE = re.compile(
    r"(?i)\b(?:updated|posted|published|first|last|at|on|local|time|hours|hrs|h|gmt|utc|bst|cet|cest|eet|eest|msk|edt|est|et|pt|local\s+time"
    r"|[ap]\.?m\.?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?)\b\.?|[\d:.,|–—()-]"
)
#: Words that make a weekday the name of a day, not a date ("Bloody Sunday", "Super Tuesday").
NAMED_DAYS = frozenset("bloody palm easter good black super ash holy cyber orthodox maundy shrove".split())
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?:[a-z][a-z-]*[a-rt-z]s|people|men|women|children)\b")
_DIRECT_SPEECH_TODAY = re.compile(r"(?i)\b(?:today|tonight)\b")

MAX_DATE_LINE_CHARS = 60

# ---------------------------------------------------------------------------- finding


@dataclass
class Found:
    """A matched expression before resolution."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]
    paragraph_id: int
    post_id: int
    sentence_id: int | None = None
    in_quote: bool = False
    #: "overnight on 21 November": the night that ends on the day found
    night: bool = False

    def group(self, name: str) -> str | None:
        value = _group(self.match, name)
        return value if value is None else " ".join(value.split())


def find_expressions(text: str, start: int, end: int) -> list[tuple[int, int, Rule, re.Match[str]]]:
    """Every rule's matches in ``text[start:end]``, longest first where they overlap."""
    chunk = text[start:end]
    candidates: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    cued: dict[re.Pattern[str], bool] = {}  # rules share cues: test each one once per chunk
    for order, rule in enumerate(RULES):
        if rule.cue is not None:
            if rule.cue not in cued:
                cued[rule.cue] = rule.cue.search(chunk) is not None
            if not cued[rule.cue]:
                continue
        for match in rule.pattern.finditer(chunk):
            if rule.needs_prefix and not any(_group(match, g) for g in _PREFIXES):
                continue
            s, e = _trim_span(chunk, match.start(), match.end())
            if e > s:
                candidates.append((start + s, start + e, order, rule, match))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    chosen: list[tuple[int, int, Rule, re.Match[str]]] = []
    for s, e, _order, rule, match in candidates:
        if all(e <= cs or s >= ce for cs, ce, _r, _m in chosen):
            chosen.append((s, e, rule, match))
    return sorted(chosen, key=lambda c: c[0])


def _group(match: re.Match[str], name: str) -> str | None:
    """A named group's text, or None when the pattern has no such group or it did not match."""
    try:
        value: str | None = match.group(name)
    except IndexError:
        return None
    return value


def _trim_span(chunk: str, s: int, e: int) -> tuple[int, int]:
    while s < e and chunk[s].isspace():
        s += 1
    while e > s and (chunk[e - 1].isspace() or chunk[e - 1] == ","):
        e -= 1
    return s, e


def dateline_end(paragraph: str) -> int:
    """Length of a wire dateline opening a paragraph ("KYIV, Nov 3 (Wire) - "), else 0."""
    match = _DATELINE.match(paragraph)
    if not match:
        return 0
    head = match.group(0).split(",")[0].split("(")[0]
    letters = [c for c in head if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return match.end()  # "KYIV, Nov 3 (Wire) - "
    region = match.group("region") or ""
    if region and paragraph[match.end() : match.end() + 1].isupper() and not _names_a_role(region):
        return match.end()  # "San Juan, Puerto Rico – Today, ...": a place and its region before the dash
    agency = (match.group("agency") or "").strip()
    known = agency.lower() in NEWS_AGENCIES or (agency.isupper() and agency.isalpha() and len(agency) <= 6)
    return match.end() if known else 0  # "Dakar (AFP) – ", "Kyiv (Reuters) - "


def dateline_tokens(report: Report) -> frozenset[int]:
    """Indices of the tokens of the report's wire datelines ("KYIV, Nov 3 (Wire) -"): no mention, no
    actor and no claimant, only where a report was filed (built once per report)."""

    def find() -> frozenset[int]:
        tokens: set[int] = set()
        for row in records(report.paragraphs, ("kind", "start", "end")):
            start, end = int(row["start"]), int(row["end"])
            length = dateline_end(report.text[start:end]) if row["kind"] == "body" else 0
            if length:
                tokens.update(range(*report.token_range(start, start + length)))
        return frozenset(tokens)

    return report.memo("dates.dateline_tokens", find)


def _names_a_role(words: str) -> bool:
    """ "Maria Lopez, Director": a byline's title, not a dateline's region."""
    return any(word.lower() in lx.ROLE_NOUNS for word in words.split())


#: The characters :func:`speech_spans` and :func:`_single_quote_spans` look at; the rest of a line is skipped.
_DOUBLE_QUOTE_MARKS = re.compile('[“”"]')
_SINGLE_QUOTE_MARKS = re.compile("[‘’']")


def speech_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of ``text[start:end]`` between quote marks (a quote left open runs to the end)."""
    spans: list[tuple[int, int]] = []
    chunk = text[start:end]
    opened: int | None = None
    for mark in _DOUBLE_QUOTE_MARKS.finditer(chunk):
        i, char = mark.start(), mark.group()
        if char == "“" and opened is None:
            opened = i
        elif char == "”" and opened is not None:
            spans.append((start + opened, start + i + 1))
            opened = None
        elif char == '"':
            if opened is None:
                opened = i
            else:
                spans.append((start + opened, start + i + 1))
                opened = None
    if opened is not None:
        spans.append((start + opened, end))
    spans.extend(_single_quote_spans(chunk, start, spans))
    return sorted(spans)


def _single_quote_spans(chunk: str, offset: int, double: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """‘…’ and '…' spans: an opening mark at a word start, closed by one not inside a word."""
    spans = []
    opened: int | None = None
    for mark in _SINGLE_QUOTE_MARKS.finditer(chunk):
        i, char = mark.start(), mark.group()
        before = chunk[i - 1] if i else " "
        after = chunk[i + 1] if i + 1 < len(chunk) else " "
        if char in "‘'" and opened is None and (before.isspace() or before in '(“"—–-') and after.isalnum():
            opened = i
        elif char in "’'" and opened is not None and not after.isalnum() and not before.isspace():
            if before in "sS" and after == " " and i + 2 < len(chunk) and chunk[i + 2].islower():
                continue  # a plural possessive ("the MPs’ report") inside the quote
            spans.append((offset + opened, offset + i + 1))
            opened = None
    if opened is not None:
        spans.append((offset + opened, offset + len(chunk)))
    return [s for s in spans if not any(a <= s[0] < b for a, b in double)]


# ---------------------------------------------------------------------------- resolving


@dataclass(frozen=True)
class Seen:
    """A day (or a night: a two-day interval) already resolved: a possible anchor for
    "later that day", "the next day" or a bare time of day."""

    paragraph_id: int
    post_id: int
    sentence_id: int | None
    start: int
    day: dt.date
    in_quote: bool
    lead: bool
    #: the evening before ``day`` when the anchor is a night ("overnight on 21 November")
    evening: dt.date | None = None


@dataclass
class Context:
    """What resolution needs besides the expression: the reference day, anchors, the parse."""

    report: Report
    rules: DateRules
    reference: dt.date | None
    #: day-granularity dates resolved so far, in text order
    days: list[Seen] = field(default_factory=list)
    #: explicit years seen so far: (paragraph_id, post_id, start, year)
    years: list[tuple[int, int, int, int]] = field(default_factory=list)
    #: month-granularity dates outside quotes so far: (post_id, sentence_id, start, value)
    months: list[tuple[int, int | None, int, DateValue]] = field(default_factory=list)
    lead_paragraphs: frozenset[int] = frozenset()
    #: the clause reader, built on first use (it needs the parse)
    clauses: Callable[[], ClauseReader] | None = None


def resolve(found: Found, ctx: Context) -> tuple[DateValue | None, bool]:
    """The date of one expression and whether it was read as pointing forward."""
    value, forward = _resolve(found, ctx)
    if found.night and value is not None and value.granularity == "day":
        return DateValue.interval(value.first - dt.timedelta(days=1), value.first), forward
    return value, forward


def _resolve(found: Found, ctx: Context) -> tuple[DateValue | None, bool]:
    kind = found.rule.kind
    if kind == "vague":
        return None, False
    name = found.rule.name
    if name in ("iso", "day_month", "day_month_lower", "month_year", "year", "year_modifier", "year_span",
                "year_dash_span", "year_pair", "year_listed", "season_year", "early_days_of_year", *SPAN_RULES):  # fmt: skip
        return _absolute(found, ctx)
    if name in ("month", "month_possessive", "month_modifier"):
        return _month(found, ctx)
    if name == "month_span":
        return _month_span(found, ctx)
    if name == "month_that_year":
        return _month_that_year(found, ctx), False
    if name in ("weekday", "overnight_into", "night_weekdays"):
        return _weekday(found, ctx)
    if name == "weekday_pair":
        return _weekday_pair(found, ctx)
    if name == "relative_day":
        return _relative_day(found, ctx), False
    if name in ("relative_period", "in_the_period", "weekend"):
        return _relative_period(found, ctx)
    if name == "quarter":
        return _quarter(found, ctx), False
    if name == "part_of_year":
        return _part_of_year(found, ctx), False
    if name == "month_short_year":
        return _month_short_year(found, ctx), False
    if name == "fiscal_year":
        return _fiscal_year(found, ctx), False
    if name == "decade":
        first = int(found.group("decade") or 0)
        return DateValue.interval(dt.date(first, 1, 1), dt.date(first + 9, 12, 31)), False
    if name == "ago":
        return _ago(found, ctx), False
    if name == "minutes_ago":
        return _minutes_ago(found, ctx), False
    if name == "past_days":
        return _past_days(found, ctx), False
    if name in ANCHORED_DAY_RULES:
        return _anchored_day(found, ctx), False
    if name == "year_anchor":
        return _year_anchor(found, ctx), False
    if name in ("time", "time_zone", "military_time", "early_hours"):
        return _time_of_day(found, ctx), False
    raise AssertionError(f"no resolver for rule {name}")


#: Which occurrence of a day, weekday or month without a year an expression means.
FORWARD, BACK, NEAREST, UNKNOWN = "forward", "back", "nearest", "unknown"
#: Prepositions that look ahead unless the clause is in the past ("by 10 March", "until Friday").
FORWARD_PREPOSITIONS = ("until", "till", "by", "no later", "not before", "not until", "through")


def _direction(found: Found, ctx: Context) -> str:
    """Where an expression without a year points: FORWARD (the coming one), BACK (the last
    one), NEAREST (the one closest to the reference day) or UNKNOWN (no evidence either way).

    "next"/"last" decide; then the clause: a future or modal clause, or one under a verb of
    planning or expectation, points forward; "by", "until" point forward unless the clause
    is past; "since" and a past clause point back; an expectation stated in the past
    ("was expected to crest Friday") means the nearest such day.
    """
    prep = (found.group("prep") or "").lower()
    which = (found.group("which") or "").lower()
    if which in ("next", "coming", "this coming", "the following", "the next"):
        return FORWARD
    if which in ("last", "this past", "the previous", "the past"):
        return BACK
    if not ctx.rules.tense_points_forward or ctx.clauses is None:
        return UNKNOWN
    due = re.search(
        r"\b(?:(was|were)\s+)?due\s*$", ctx.report.text[max(0, found.start - 14) : found.start], re.I
    )
    if due:  # "elections due in January" are still to come; "the payment was due Monday", the nearest
        return NEAREST if due.group(1) else FORWARD
    if prep.startswith("since"):
        return BACK
    tense = ctx.clauses().tense(found.start, found.end)
    names_an_event = _possessive(found, ctx) or ctx.clauses().on_an_event_noun(found.start, found.end)
    if names_an_event and prep.startswith(("after", "following")):
        return BACK  # "rescue efforts continue after Monday's earthquake": what came after it is now
    if names_an_event and tense in (PRESENT, None) and ctx.clauses().names_a_disaster(found.end):
        return BACK  # "reaching a school buried by Friday's landslide": a disaster is told once it has struck
    if tense in (FUTURE, PRESENT) and names_an_event:
        # "the toll from Jan. 12's earthquake could reach 50,000", "planned as part of the response after
        # the landfall of Hurricane Fiona on Sept. 18", "the toll from February 27 quake is likely to rise":
        # the quake and the landfall are not to come because the clause looks ahead
        return NEAREST
    if tense == FUTURE:
        return FORWARD
    if tense == EXPECTED_IN_PAST:
        return NEAREST
    if prep.startswith(FORWARD_PREPOSITIONS) and tense != PAST:
        return FORWARD
    if prep.startswith("from") and tense == PRESENT:
        return FORWARD
    if tense == PAST:
        return BACK
    if tense == PRESENT:
        return NEAREST  # "begins a new term in May", "the visit is on Monday": the one closest
    return UNKNOWN


def _possessive(found: Found, ctx: Context) -> bool:
    """ "Saturday's cyclone", "Jan. 12's earthquake": a date owning a noun names that event's day. A
    modal or future verb of the clause says what may follow it ("could reach"), not when it was."""
    return possessive_at(ctx.report.text, found.end)


def possessive_at(text: str, end: int) -> bool:
    """Is the date expression ending at ``end`` in the possessive ("Friday's attack"), with or without
    the "'s" in it?"""
    return text.startswith(("'s", "’s"), end) or text[:end].endswith(("'s", "’s"))


def _nearest_of(
    candidates: list[dt.date], reference: dt.date, direction: str, *, default: str
) -> dt.date | None:
    """The candidate day ``direction`` picks (UNKNOWN falls back to ``default``); ties go back."""
    direction = default if direction == UNKNOWN else direction
    if direction == FORWARD:
        candidates = [c for c in candidates if c >= reference]
    elif direction == BACK:
        candidates = [c for c in candidates if c <= reference]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs((c - reference).days), c > reference))


def _year_of(found: Found) -> int | None:
    year = found.group("year")
    return int(year) if year else None


def _absolute(found: Found, ctx: Context) -> tuple[DateValue | None, bool]:
    name = found.rule.name
    year = _year_of(found)
    if name in ("year", "year_modifier", "year_listed", "season_year", "early_days_of_year"):
        return (DateValue.year(year) if year else None), False
    # "between 2016 and 2020", "in 2013 and 2014": the first day of one to the last of the other
    if name in ("year_span", "year_dash_span", "year_pair"):
        last_year = int(found.group("year2") or 0)
        if not year or last_year < year:
            return None, False
        return DateValue.interval(dt.date(year, 1, 1), dt.date(last_year, 12, 31)), False
    month_text = found.group("month") or found.group("month2")
    month = int(found.group("nmonth") or 0) or (
        MONTH_NUMBERS.get(month_text.rstrip(".").lower(), 0) if month_text else 0
    )
    if not month:
        return None, False
    if name == "month_year" and year:
        return DateValue.month(year, month), False
    which_year = (found.group("which_year") or "").lower()
    if which_year and ctx.reference is not None:
        year = ctx.reference.year + {"last": -1, "this": 0, "next": 1}[which_year]
    if name in SPAN_RULES:
        first_day, last_day = int(found.group("day") or 0), int(found.group("day2") or 0)
        last, forward = _day_of(year, month, last_day, found, ctx)
        first = safe_date(last.year, month, first_day) if last else None
        if first is None or last is None or first > last:
            return None, forward
        return DateValue.interval(first, last), forward
    date, forward = _day_of(year, month, int(found.group("day") or found.group("day2") or 0), found, ctx)
    weekday = found.group("weekday")
    if date is not None and weekday and not year and date.weekday() != WEEKDAYS.index(weekday):
        # "Friday 13 September": the nearest year in which that day is a Friday
        fits = [
            d for d in (safe_date(date.year + k, month, date.day) for k in (-1, 1))
            if d is not None and d.weekday() == WEEKDAYS.index(weekday)
        ]  # fmt: skip
        date = fits[0] if fits else date
    return (DateValue.day(date) if date else None), forward


#: A report that speaks of the US federal government, whose budget year ends on 30 September.
US_FEDERAL = re.compile(r"\b(?:U\.S\.|US|United States|[Ff]ederal|Pentagon|Congress|Department of)(?![\w.])")


def _fiscal_year(found: Found, ctx: Context) -> DateValue | None:
    """ "fiscal year 2016" in a report on the US government: 1 October 2015 to 30 September 2016.
    Other governments and companies end their years in other months: there it is left undated."""
    year = _year_of(found)
    if not year or US_FEDERAL.search(ctx.report.text) is None:
        return None
    return DateValue.interval(dt.date(year - 1, 10, 1), dt.date(year, 9, 30))


def _day_of(
    year: int | None, month: int, day: int, found: Found, ctx: Context
) -> tuple[dt.date | None, bool]:
    """The date of ``day month [year]``. Without a year: the coming one in a forward clause,
    the last one in a past clause, else the one nearest the reference day."""
    if year:
        return safe_date(year, month, day), False
    reference = ctx.reference
    if reference is None:
        return None, False
    direction = _direction(found, ctx)
    valid = [c for c in (safe_date(reference.year + k, month, day) for k in (-1, 0, 1)) if c is not None]
    date = _nearest_of(
        valid, reference, direction, default=NEAREST if ctx.rules.tense_points_forward else BACK
    )
    return date, date is not None and date > reference


def _month(found: Found, ctx: Context) -> tuple[DateValue | None, bool]:
    """A month without a year: this month, else the last one (the coming one in a forward clause)."""
    reference = ctx.reference
    month_text = found.group("month") or ""
    month = MONTH_NUMBERS.get(month_text.rstrip(".").lower())
    if reference is None or month is None:
        return None, False
    which = (found.group("which") or "").lower()
    if (
        month == reference.month and which not in ("last", "next", "this past", "this coming")
    ) or which == "this":
        return DateValue.month(reference.year, month), False  # "this September": of the report's year
    direction = _direction(found, ctx)
    firsts = [dt.date(reference.year + k, month, 1) for k in (-1, 0, 1)]
    this_month = reference.replace(day=1)
    first = _nearest_of(firsts, this_month, direction, default=BACK)
    if first is None:
        return None, False
    return DateValue.month(first.year, month), first > this_month


def _month_span(found: Found, ctx: Context) -> tuple[DateValue | None, bool]:
    """ "in September-October", "over December and January", "from March to May": from the first day of the
    first month (its year as for a month alone, or the year printed) to the last day of the second, in the same
    year or the next."""
    last_month = MONTH_NUMBERS.get((found.group("month2") or "").rstrip(".").lower())
    year = _year_of(found)
    if year is not None:
        first_month = MONTH_NUMBERS.get((found.group("month") or "").rstrip(".").lower())
        first, ahead = (DateValue.month(year, first_month) if first_month else None), False
    else:
        first, ahead = _month(found, ctx)
    if first is None or last_month is None:
        return None, False
    last_year = first.first.year + (1 if last_month < first.first.month else 0)
    last = DateValue.month(last_year, last_month)
    return DateValue.interval(first.first, last.last), ahead


def _month_that_year(found: Found, ctx: Context) -> DateValue | None:
    month = MONTH_NUMBERS.get((found.group("month") or "").rstrip(".").lower())
    which = (found.group("which") or "").lower()
    if month is None:
        return None
    if which in ("last", "this", "next"):
        if ctx.reference is None:
            return None
        year = ctx.reference.year + {"last": -1, "this": 0, "next": 1}[which]
        return DateValue.month(year, month)
    anchor = _anchor_year(found, ctx)
    if anchor is None:
        return None
    shift = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(which, 0)
    return DateValue.month(anchor + shift, month)


def _year_anchor(found: Found, ctx: Context) -> DateValue | None:
    anchor = _anchor_year(found, ctx)
    if anchor is None:
        return None
    which = (found.group("rel") or "").lower()
    shift = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(which, 0)
    return DateValue.year(anchor + shift)


def _anchor_year(found: Found, ctx: Context) -> int | None:
    """The last explicit year before ``found`` in its paragraph or the two paragraphs before it."""
    for paragraph_id, post_id, start, year in reversed(ctx.years):
        if start < found.start and post_id == found.post_id and found.paragraph_id - paragraph_id <= 2:
            return year
    return None


def _weekday(found: Found, ctx: Context) -> tuple[DateValue | None, bool]:
    """A weekday: the last one (the reference day itself when allowed), the coming one in a
    forward clause, the nearest one when the clause says so."""
    reference = ctx.reference
    weekday_text = found.group("weekday")
    if reference is None or weekday_text is None:
        return None, False
    weekday = WEEKDAYS.index(weekday_text)
    which = (found.group("which") or "").lower()
    direction = _direction(found, ctx)
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    same_day_allowed = ctx.rules.same_weekday_is_reference and which not in ("last", "next", "this past")
    if direction == NEAREST:
        delta = ahead if ahead < back else -back
    elif direction == FORWARD:
        delta = ahead if ahead or same_day_allowed else 7
    else:
        delta = -(back if back or same_day_allowed else 7)
    day = reference + dt.timedelta(days=delta)
    if found.rule.name in ("overnight_into", "night_weekdays"):
        return DateValue.interval(day - dt.timedelta(days=1), day), delta > 0
    return DateValue.day(day), delta > 0


def _weekday_pair(found: Found, ctx: Context) -> tuple[DateValue | None, bool]:
    """ "Monday and Tuesday": the first weekday as a weekday alone is read, to the second one after it."""
    first, forward = _weekday(found, ctx)
    second = found.group("weekday2")
    if first is None or second is None:
        return None, forward
    gap = (WEEKDAYS.index(second) - first.first.weekday()) % 7 or 7
    return DateValue.interval(first.first, first.first + dt.timedelta(days=gap)), forward


def _relative_day(found: Found, ctx: Context) -> DateValue | None:
    reference = ctx.reference
    if reference is None:
        return None
    rel = " ".join((found.group("rel") or "").lower().split())
    one = dt.timedelta(days=1)
    if rel == "overnight":
        return DateValue.interval(reference - one, reference)
    offsets = {
        "the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "last night": -1,
        "tomorrow": 1, "today": 0, "tonight": 0,
    }  # fmt: skip
    return DateValue.day(reference + dt.timedelta(days=offsets.get(rel, 0)))


#: Weekday number (Monday 0) from which "this past week" is the week now ending, not the one before it.
WEEKEND_START = 5


def _relative_period(found: Found, ctx: Context) -> tuple[DateValue | None, bool]:
    reference = ctx.reference
    if reference is None:
        return None, False
    unit = (found.group("unit") or "").lower()
    which = (found.group("which") or "this").lower()
    step = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(which, 0)
    if unit == "week" and which == "this past" and reference.weekday() >= WEEKEND_START:
        return DateValue.week_of(reference), False  # said on a Sunday: the week that ends that day
    if unit == "week":
        return DateValue.week_of(reference + dt.timedelta(weeks=step)), step > 0
    if unit == "weekend":
        # "are being buried this weekend" said on a Friday: this week's weekend, to come; a past clause
        # ("this weekend, rebels attacked" on a Monday) means the one just gone
        forward = step > 0 or (step == 0 and _direction(found, ctx) in (FORWARD, NEAREST))
        return _weekend(reference, step=step, forward=forward)
    if unit == "month":
        year, month = shift_month(reference.year, reference.month, step)
        return DateValue.month(year, month), step > 0
    return DateValue.year(reference.year + step), step > 0


QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _quarter(found: Found, ctx: Context) -> DateValue | None:
    """ "the third quarter": July-September of the year named, else the latest such quarter that
    has begun by the reference day (economic news reports a quarter after it)."""
    number = QUARTERS[(found.group("quarter") or "first").lower()]
    year = _year_of(found)
    which_year = (found.group("which_year") or "").lower()
    if year is None:
        if ctx.reference is None:
            return None
        year = ctx.reference.year + {"last": -1, "this": 0, "next": 1}.get(which_year, 0)
        if not which_year and dt.date(year, 3 * number - 2, 1) > ctx.reference:
            year -= 1
    first = dt.date(year, 3 * number - 2, 1)
    last = shift_month(year, 3 * number, 1)
    return DateValue.interval(first, dt.date(last[0], last[1], 1) - dt.timedelta(days=1))


def _part_of_year(found: Found, ctx: Context) -> DateValue | None:
    """ "the first half of the year" (January-June), "the first six months of 2018" (January-June), "the
    last quarter of last year" (October-December): the part of the year named, or of the report's year."""
    year = _year_of(found)
    if year is None:
        if ctx.reference is None:
            return None
        which = (found.group("which_year") or "").lower()
        year = ctx.reference.year + {"last": -1, "next": 1}.get(which, 0)
    if found.group("half"):
        first_month = 1 if (found.group("half") or "").lower() == "first" else 7
        last_month = first_month + 5
    elif found.group("final"):
        first_month, last_month = 10, 12
    else:
        months = found.group("months") or ""
        count = int(months) if months.isdigit() else NUMBER_WORDS.get(months.lower(), 0)
        if not 1 <= count <= 12:
            return None
        first_month, last_month = 1, count
    end_year, end_month = shift_month(year, last_month, 1)
    return DateValue.interval(
        dt.date(year, first_month, 1), dt.date(end_year, end_month, 1) - dt.timedelta(days=1)
    )


def _month_short_year(found: Found, ctx: Context) -> DateValue | None:
    """ "July '95": the month of the century that puts the year no later than the year after the report."""
    month = MONTH_NUMBERS.get((found.group("month") or "").rstrip(".").lower())
    short = int(found.group("short_year") or 0)
    if month is None:
        return None
    if ctx.reference is None:
        return None
    year = 2000 + short if 2000 + short <= ctx.reference.year + 1 else 1900 + short
    return DateValue.month(year, month)


def _weekend(reference: dt.date, *, step: int, forward: bool) -> tuple[DateValue, bool]:
    """Saturday-Sunday: the one just past (or under way), the coming one, or the one before."""
    saturday = reference - dt.timedelta(days=(reference.weekday() - 5) % 7)
    if step < 0 and reference.weekday() >= 5:
        saturday -= dt.timedelta(weeks=1)
    elif (forward and saturday + dt.timedelta(days=1) < reference) or step > 0:
        saturday += dt.timedelta(weeks=1)
    return DateValue.interval(saturday, saturday + dt.timedelta(days=1)), forward


def _ago(found: Found, ctx: Context) -> DateValue | None:
    reference = ctx.reference
    count_text = (found.group("count") or "").lower()
    prefix = " ".join((found.group("prefix") or "").lower().split())
    if reference is None or prefix not in ("", "just", "only", "barely"):
        return None  # "about three weeks ago" is an estimate; "just two weeks ago" is not
    count = int(count_text) if count_text.isdigit() else NUMBER_WORDS.get(count_text, 0)
    unit = (found.group("unit") or "").lower().rstrip("s")
    if not count:
        return None
    if unit == "day":
        return DateValue.day(reference - dt.timedelta(days=count))
    if unit == "week":
        return DateValue.day(reference - dt.timedelta(weeks=count))
    if unit == "month":
        return DateValue.month(*shift_month(reference.year, reference.month, -count))
    return DateValue.year(reference.year - count)


#: "A few hours ago" is the day of writing; more hours than this may reach into the day before.
MAX_HOURS_AGO = 3


def _minutes_ago(found: Found, ctx: Context) -> DateValue | None:
    """ "moments ago", "20 minutes ago", "two hours ago": the reference day itself."""
    count_text = " ".join((found.group("count") or "").lower().split())
    unit = (found.group("unit") or "").lower().rstrip("s")
    if unit == "hour":
        if count_text in ("several", "many", "some"):
            return None  # it may be yesterday
        if not count_text and not found.group("recent"):
            return None  # "hours ago" may be many
        count = int(count_text) if count_text.isdigit() else NUMBER_WORDS.get(count_text, 1)
        if count > MAX_HOURS_AGO:
            return None
    return DateValue.day(ctx.reference) if ctx.reference is not None else None


def _past_days(found: Found, ctx: Context) -> DateValue | None:
    """ "over the past week", "in the last three days", "over the past year": the days up to the
    reference day (a month or a year back to the same day of the month)."""
    if ctx.reference is None:
        return None
    if (found.group("past") or "").lower() == "previous" and (
        found.group("twelve_months") or ""
    ).lower() == "year":
        return DateValue.year(_year_in_focus(found, ctx) - 1)  # "over the previous year": the year before
    if found.group("month") or found.group("twelve_months"):
        year, month = shift_month(
            ctx.reference.year, ctx.reference.month, -1 if found.group("month") else -12
        )
        start = safe_date(year, month, ctx.reference.day) or safe_date(year, month, 28)
        return None if start is None else DateValue.interval(start, ctx.reference)
    count_text = (found.group("count") or "").lower()
    days = (
        7
        if found.group("week")
        else int(count_text)
        if count_text.isdigit()
        else NUMBER_WORDS.get(count_text, 0)
    )
    if not days:
        return None
    return DateValue.interval(ctx.reference - dt.timedelta(days=days), ctx.reference)


def _year_in_focus(found: Found, ctx: Context) -> int:
    """The year a paragraph speaks of: the last year printed before ``found`` in its paragraph ("since 2002,
    ... the previous year"), else the reference day's (the caller has one)."""
    assert ctx.reference is not None
    printed = [
        year
        for paragraph, _post, start, year in ctx.years
        if paragraph == found.paragraph_id and start < found.start
    ]
    return printed[-1] if printed else ctx.reference.year


def _anchored_day(found: Found, ctx: Context) -> DateValue | None:
    """ "later in the day", "that evening", "the next day": the day of the narrative around them."""
    rel = " ".join((found.group("rel") or found.group("rel2") or "").lower().split())
    name = found.rule.name
    if name == "days_after_clause":
        # "reached the site on Monday, four days after the plane was shot down": the day its own sentence
        # gave the news, else the report's day
        own = [
            seen.day
            for seen in ctx.days
            if seen.sentence_id == found.sentence_id and seen.start < found.start
        ]
        if own and found.sentence_id is not None:
            return DateValue.day(own[-1])
    if (rel == "the day after" or name == "days_after_clause") and ctx.reference is not None:
        # "She visits the state the day after the President approved ...", "police arrested 150 the day
        # after Putin was elected": counted from the earlier news its clause tells, the main clause is
        # the report's own news, of its day (not the day after the last day the text named)
        return DateValue.day(ctx.reference)
    shift = 0
    if name == "next_day":
        shift = 1 if any(w in rel for w in ("next", "following", "after", "later")) else -1
    elif name == "days_later":
        count_text = (found.group("count") or "").lower()
        count = int(count_text) if count_text.isdigit() else NUMBER_WORDS.get(count_text, 0)
        shift = count if (found.group("dir") or "").lower() == "later" else -count
    before = [seen for seen in ctx.days if seen.start < found.start and not seen.in_quote]
    month = _month_told_last(found, ctx, after=before[-1].start if before else -1) if shift else None
    if month is not None:
        return month
    same_day = name in ("same_day", "in_the_day", "part_of_the_day")
    anchor = _narrative_day(before, found, lead_anchor=same_day)
    if anchor is None and same_day:
        anchor = _lead_day(before, found) or ctx.reference
    if anchor is None:
        return None
    return DateValue.day(anchor + dt.timedelta(days=shift))


def _month_told_last(found: Found, ctx: Context, *, after: int) -> DateValue | None:
    """ "X was arrested in February ... The others were released the next day": a day counted from an
    act dated only to its month, in that sentence or the one before (and no day named since), falls in
    that month as far as the text tells."""
    if found.sentence_id is None:
        return None
    for post_id, sentence_id, start, value in reversed(ctx.months):
        if start >= found.start or start <= after or post_id != found.post_id:
            continue
        if sentence_id is not None and 0 <= found.sentence_id - sentence_id <= 1:
            return value
        return None
    return None


def _lead_day(before: list[Seen], found: Found) -> dt.date | None:
    """The first day given in the lead paragraph of ``found``'s post (the story's own day)."""
    leads = [seen.day for seen in before if seen.lead and seen.post_id == found.post_id]
    return leads[0] if leads else None


def _narrative_day(before: list[Seen], found: Found, *, lead_anchor: bool) -> dt.date | None:
    """The day most recently mentioned: in the same paragraph, else in the paragraph before.

    "the next day" may also look two paragraphs back. "That day", "later the same afternoon"
    in a new paragraph go back to the story's own day (``lead_anchor``) rather than to an
    earlier day recalled in the paragraph before.
    """
    same_post = [seen for seen in before if seen.post_id == found.post_id]
    same_paragraph = [seen for seen in same_post if seen.paragraph_id == found.paragraph_id]
    if same_paragraph:
        return same_paragraph[-1].day
    reach = 1 if lead_anchor else 2
    near = [seen for seen in same_post if 0 < found.paragraph_id - seen.paragraph_id <= reach]
    if not near:
        return None
    lead = _lead_day(before, found)
    if lead_anchor and lead is not None and near[-1].day < lead:
        return None
    return near[-1].day


#: Times of day that fall in the evening half of a night ("overnight ... at 22:00").
EVENING_WORDS = ("dusk", "sunset", "nightfall", "evening")
_CLOCK_TIME = re.compile(r"(?P<hour>[012]?\d)(?:[:.]?(?P<minute>[0-5]\d))?\s*(?P<half>[ap]\.?m\.?)?")


def _time_of_day(found: Found, ctx: Context) -> DateValue | None:
    """A time of day: on the day given in its sentence or the one before ("late on Monday ...
    at around 21:40"), else on the reference day. After a night ("overnight on 21 November"),
    an evening time is on its first day; "after midnight" is the day after the day given."""
    rel = (found.group("rel") or "").lower()
    if found.group("weekday"):
        value, _forward = _weekday(found, ctx)
        return value
    if rel == "yesterday" and ctx.reference:
        return DateValue.day(ctx.reference - dt.timedelta(days=1))
    before = [
        seen for seen in ctx.days
        if seen.start < found.start and seen.in_quote == found.in_quote and seen.post_id == found.post_id
        and seen.sentence_id is not None and found.sentence_id is not None
        and 0 <= found.sentence_id - seen.sentence_id <= 1
    ]  # fmt: skip
    if not before:
        return DateValue.day(ctx.reference) if ctx.reference else None
    anchor = before[-1]
    time = found.group("time") or ""
    if anchor.evening is not None:
        return DateValue.day(anchor.evening if _is_evening(time) else anchor.day)
    if time.lower() == "midnight" and "after" in (found.group("tprep") or "").lower():
        return DateValue.day(anchor.day + dt.timedelta(days=1))  # "on Sunday ... shortly after midnight"
    return DateValue.day(anchor.day)


def _is_evening(time: str) -> bool:
    """Whether a time of day ("22:00", "9 p.m.", "2100", "dusk") is in the afternoon or evening."""
    time = time.lower()
    clock = _CLOCK_TIME.match(time)
    if clock is None:
        return time.startswith(EVENING_WORDS)
    hour = int(clock.group("hour"))
    half = clock.group("half")
    if half:
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    return 12 <= hour <= 23


# ---------------------------------------------------------------------------- reference days


def reference_days(report: Report, published: dt.date | None) -> tuple[dict[int, dt.date | None], set[int]]:
    """The reference day of each paragraph, and the stamp lines (left out of the dates).

    A stamp line holds only a date and/or a time: a live blog's post timestamp ("14:05",
    "Posted at 14:32", "Sun 3 Nov 2024 14.05 GMT") or a day heading ("Thursday 24 October").
    A stamp with a date dates the paragraphs after it (its post, for a post timestamp).
    Everything else falls back to ``published``.
    """
    references: dict[int, dt.date | None] = {}
    stamps: set[int] = set()
    current = published
    post_days: dict[int, dt.date] = {}
    ctx = Context(report, DateRules(), published)
    for row in records(report.paragraphs, ("paragraph_id", "post_id", "kind", "start", "end")):
        paragraph_id, post_id, kind = int(row["paragraph_id"]), int(row["post_id"]), str(row["kind"])
        if kind != "title":
            is_stamp, day = _stamp(report.text, int(row["start"]), int(row["end"]), ctx)
            if is_stamp or kind == "timestamp":
                stamps.add(paragraph_id)
            if day is not None and kind == "timestamp":
                post_days[post_id] = day
            elif day is not None:
                current = day
        references[paragraph_id] = post_days.get(post_id, current)
    return references, stamps


def _stamp(text: str, start: int, end: int, ctx: Context) -> tuple[bool, dt.date | None]:
    """Whether a line is only a date and/or a time, and the day it gives (if any)."""
    line = text[start:end]
    if len(line) > MAX_DATE_LINE_CHARS or not re.search(r"\d", line):
        return False, None
    days = []
    for s, e, rule, match in find_expressions(text, start, end):
        if rule.name in ("day_month", "iso"):
            value, _forward = _absolute(Found(s, e, rule, match, -1, -1), ctx)
            if value is None:
                return False, None
            days.append((s, e, value.first))
    if len(days) > 1:
        return False, None
    rest = line
    if days:
        s, e, _day = days[0]
        rest = line[: s - start] + " " + line[e - start :]
    if _DATE_LINE_FURNITURE.sub(" ", rest).strip():
        return False, None
    return True, days[0][2] if days else None


# ---------------------------------------------------------------------------- tense


class ClauseReader:
    """Reads the clause around a span from the dependency parse: its tense.

    The clause is the verb the expression hangs from. It is future with a future or modal
    auxiliary (will, would, could, may, going to) or under a verb of intention or expectation
    ("plans to", "expects to", "is due to"); past with a past verb or auxiliary or a perfect
    ("was hit", "has risen"); present with a present verb ("continues until Friday").
    """

    def __init__(self, report: Report) -> None:
        self.report = report
        self.doc = report.doc

    def verb(self, start: int, end: int) -> Token | None:
        first, last = self.report.token_range(start, end)
        if first >= last:
            return None
        return governing_verb(self.doc[first:last].root)

    def on_an_event_noun(self, start: int, end: int) -> bool:
        """Does the expression hang on an event noun ("after the landfall of Hurricane Fiona on Sept. 18",
        "the toll from the February 27 quake") rather than on the verb of its clause?"""
        first, last = self.report.token_range(start, end)
        if first >= last:
            return False
        for modifier in self.doc[first:last]:
            head = modifier.head
            if modifier.dep_ in ("compound", "nmod", "amod") and head.i >= last and head.pos_ == "NOUN":
                return lx.fold(head.lemma_) in _NAMED_EVENT_NOUNS  # "February 27 quake"
        token = self.doc[first:last].root
        if token.dep_ == "pobj":
            token = token.head  # "on" of "on Sept. 18"
        head = token.head
        while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.head.i:
            head = head.head.head  # the date hung on "Fiona" of "the landfall of Fiona": up through "of"
        return token.dep_ == "prep" and head.pos_ == "NOUN" and lx.fold(head.lemma_) in lx.EVENT_NOUNS

    def names_a_disaster(self, end: int) -> bool:
        """Is the noun right after a date ending at ``end`` ("Friday's landslide", "the May 12 quake") one
        of nature's blows?"""
        _first, last = self.report.token_range(end, end + 1)
        for token in self.doc[last - 1 : last + 3] if last > 0 else []:
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                return False
            if token.pos_ == "NOUN" and lx.fold(token.lemma_) in lx.NATURAL_FORCES:
                return True
        return False

    def tense(self, start: int, end: int) -> str | None:
        """FUTURE, EXPECTED_IN_PAST, PAST, PRESENT, or None (no verb, or no tense shown)."""
        verb = self.verb(start, end)
        return None if verb is None else clause_tense(verb)


#: Nouns a date can name: events and the blows of nature ("the February 27 quake").
_NAMED_EVENT_NOUNS = lx.EVENT_NOUNS | lx.NATURAL_FORCES
FUTURE, EXPECTED_IN_PAST, PAST, PRESENT = "future", "expected in the past", "past", "present"
FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "'ll", "’ll", "wo", "'d", "’d"})
#: Modals that look ahead ("troops could reach the city by 10 March"), unless negated or perfect.
MODAL_AUXILIARIES = frozenset({"may", "might", "could", "can", "should", "must", "ca"})
PERFECT_AUXILIARIES = frozenset({"have", "has", "had", "'ve", "’ve"})
INTENTION_LEMMAS = frozenset(
    """plan intend expect aim hope want seek schedule due set prepare propose promise vow pledge threaten
    agree decide going likely expected scheduled""".split()
)


#: Dependencies of a verb-tagged token that is not the head of a clause ("Russian shelling killed").
NOT_A_CLAUSE = frozenset(
    {"aux", "auxpass", "nsubj", "nsubjpass", "csubj", "dobj", "pobj", "compound", "amod"}
)


def governing_verb(token: Token) -> Token | None:
    """The verb (or copula) a date expression modifies.

    spaCy sometimes hangs a date that sits between a reporting verb and its clause on the
    clause ("said on Thursday he would resign"); a date before the clause's subject is
    given back to the verb above.
    """
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in NOT_A_CLAUSE:
            return _reattach(token, current)
        if current.head.i == current.i:
            return None
        current = current.head
    return None


#: Marks that open quoted words: a date after one is part of what is quoted.
OPENING_QUOTE_MARKS = frozenset({'"', "\u201c", "``", "\u00ab", "\u201e"})


def _reattach(date: Token, verb: Token) -> Token:
    """The reporting verb above ``verb`` when the date sits between the two, before the clause's
    subject ("said on Thursday he would resign"); not after the clause's "that", which opens the
    clause the date belongs to ("added that today there were more recoveries"), nor after a quote mark
    that opens the words the date is part of ('said "By Wednesday we are going to ...')."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    head = verb.head
    opened = any(c.dep_ == "mark" and c.i < date.i for c in verb.children) or any(
        t.text in OPENING_QUOTE_MARKS for t in date.doc[head.i + 1 : date.i]
    )
    if (
        verb.dep_ in ("ccomp", "xcomp")
        and subjects
        and date.i < subjects[0].i
        and head.i < date.i
        and head.pos_ in ("VERB", "AUX")
        and not opened
    ):
        return head
    return verb


SCHEDULE_WORDS = frozenset("due set scheduled slated expected likely poised planned supposed".split())
PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})


def is_future(verb: Token) -> bool:
    """True when ``verb`` is in a future clause: a future auxiliary or an intention verb above it."""
    return clause_tense(verb) == FUTURE


def clause_tense(verb: Token) -> str | None:
    """The tense of the clause ``verb`` heads, reading up through "to"-clauses and shared subjects."""
    current: Token | None = verb
    tense: str | None = None
    for _ in range(4):
        if current is None:
            break
        children = list(current.children)
        auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
        negated = any(c.dep_ == "neg" for c in children)
        if auxes & PERFECT_AUXILIARIES:
            return PAST  # "would have been", "has risen": done by now
        if auxes & FUTURE_AUXILIARIES or "going" in auxes or (auxes & MODAL_AUXILIARIES and not negated):
            return FUTURE
        scheduled = current.lower_ in SCHEDULE_WORDS or any(
            c.dep_ in ("acomp", "xcomp", "attr") and c.lower_ in SCHEDULE_WORDS for c in children
        )
        if scheduled:  # "elections are due in March", "talks scheduled for Friday"
            copula = auxes | ({current.lower_} if current.lemma_ == "be" else set())
            if copula & PAST_AUXILIARIES:
                return EXPECTED_IN_PAST  # "was expected to crest Friday": before or after, the nearest
            return FUTURE
        if current.lemma_.lower() in INTENTION_LEMMAS and current is not verb:
            return FUTURE
        if current.dep_ == "ROOT" and "to" in auxes and any(c.dep_ == "nsubj" for c in children):
            return FUTURE  # a headline's "Court to Rule Wednesday", "Leaders to Meet Monday": what is to come
        if tense is None:
            tense = _own_tense(current, children)
        infinitive = current.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        if current.dep_ == "advcl" and current.tag_ == "VBG" and not auxes:
            # "will deliver equipment starting from Tuesday": a participle looks ahead with a future clause
            # above it (and keeps its own reading under a past one: "closing it until at least Sunday")
            return FUTURE if clause_tense(current.head) == FUTURE else tense
        if (
            current.dep_ in ("xcomp", "acomp")
            or infinitive
            or (current.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in children))
        ):
            current = current.head  # "might be able to give details Monday", "expect the tests to arrive"
            continue
        break
    return tense


def _own_tense(verb: Token, children: list[Token]) -> str | None:
    """PAST or PRESENT from the verb's own form or its auxiliaries, else None."""
    tags = {verb.tag_} | {c.tag_ for c in children if c.dep_ in ("aux", "auxpass")}
    if "VBD" in tags:
        return PAST
    if tags & {"VBZ", "VBP"}:
        return PRESENT
    return None


# ---------------------------------------------------------------------------- the extractor


def extract_dates(
    report: Report, *, published: dt.date | None = None, rules: DateRules | None = None
) -> pd.DataFrame:
    """One row per date expression, with its normalised date and granularity.

    ``published`` overrides the report's own date; ``rules`` changes how bare weekdays are
    read (see :class:`DateRules`). Vague expressions have no date; relative ones have none
    when no publication date is known.
    """
    published = published or report.published
    rules = rules or DateRules()
    key = f"dates:{published}:{rules}"
    return report.memo(key, lambda: _extract(report, published, rules)).copy()


def _extract(report: Report, published: dt.date | None, rules: DateRules) -> pd.DataFrame:
    references, stamps = reference_days(report, published)
    paragraphs = report.paragraphs
    first_body: dict[int, int] = {}
    for row in records(paragraphs, ("paragraph_id", "post_id", "kind")):
        if row["kind"] == "body" and int(row["paragraph_id"]) not in stamps:
            first_body.setdefault(int(row["post_id"]), int(row["paragraph_id"]))
    ctx = Context(report, rules, published, lead_paragraphs=frozenset(first_body.values()))
    ctx.clauses = lambda: report.memo("dates:clauses", lambda: ClauseReader(report))
    rows = []
    for found in _found_expressions(report, stamps):
        ctx.reference = references.get(found.paragraph_id, published)
        value, pointed_forward = resolve(found, ctx)
        if _date_used_as_a_name(report.text, found, value, ctx.reference):
            continue
        lead = found.paragraph_id in ctx.lead_paragraphs
        night = value is not None and value.granularity == "interval" and (value.last - value.first).days == 1
        if value is not None and (value.granularity == "day" or night) and found.rule.kind != "time":
            ctx.days.append(
                Seen(
                    found.paragraph_id,
                    found.post_id,
                    found.sentence_id,
                    found.start,
                    value.last,
                    found.in_quote,
                    lead,
                    evening=value.first if night else None,
                )
            )
        if value is not None and value.granularity == "month" and not found.in_quote:
            ctx.months.append((found.post_id, found.sentence_id, found.start, value))
        year = _year_of(found)
        if year:
            ctx.years.append((found.paragraph_id, found.post_id, found.start, year))
        rows.append(_row(report, found, value, pointed_forward, ctx.reference))
    frame = pd.DataFrame(rows, columns=DATE_COLUMNS)
    frame["date_id"] = range(len(frame))
    for column in ("date_start", "date_end", "reference"):
        frame[column] = pd.to_datetime(frame[column]).astype(TIMESTAMP_DTYPE)
    return with_dtypes(
        frame, {"sentence_id": "Int64", "start": int, "end": int, "points_forward": bool, "in_quote": bool}
    )


DAY_RULES = frozenset({"weekday", "day_month", "iso", "relative_day"})


def _found_expressions(report: Report, stamps: set[int]) -> Iterator[Found]:
    text = report.text
    for row in records(report.paragraphs, ("paragraph_id", "post_id", "kind", "start", "end")):
        paragraph_id = int(row["paragraph_id"])
        if paragraph_id in stamps:
            continue
        start, end = int(row["start"]), int(row["end"])
        start += dateline_end(text[start:end]) if row["kind"] == "body" else 0
        quotes = speech_spans(text, start, end)
        for s, e, rule, match, night in _merge_neighbours(text, find_expressions(text, start, end)):
            in_quote = any(a <= s and e <= b for a, b in quotes)
            if in_quote and rule.name == "relative_day" and _DIRECT_SPEECH_TODAY.search(match.group(0)):
                continue  # "today" inside speech need not be the day of publication
            if rule.name == "year" and _PLURAL_NOUN_AFTER.match(text, e):
                continue  # "in 2000 homes": a number, not a year
            if _names_an_event(text, s, e, rule, match):
                continue
            sentence_id = report.sentence_at(s)
            yield Found(s, e, rule, match, paragraph_id, int(row["post_id"]), sentence_id, in_quote, night)


def _names_an_event(text: str, start: int, end: int, rule: Rule, match: re.Match[str]) -> bool:
    """ "Bloody Sunday", "Super Tuesday": a day used as a name, not as a date."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    word_before = before.group(1).lower() if before else ""
    return rule.name == "weekday" and not _group(match, "prep") and word_before in NAMED_DAYS


#: How far from the reference day a yearless date used as a modifier may lie and still be read as a date.
RECENT_DAYS = 120


def _date_used_as_a_name(text: str, found: Found, value: DateValue | None, reference: dt.date | None) -> bool:
    """ "the October 7 attacks" months later: a yearless date used as a modifier after "the" names an event
    whose year the text does not give. News copy writes it so of a recent or coming event ("the May 6
    general election", "ahead of the June 27th run-off"), so it is a date only within RECENT_DAYS of the
    reference day; farther off it is an anniversary name, and resolving it would give the wrong year."""
    match = found.match
    if found.rule.name != "day_month" or any(
        _group(match, g) for g in ("year", "prep", "edge", "edge2", "weekday", "which_year", "part_of")
    ):
        return False
    before = _WORD_BEFORE.search(text, max(0, found.start - 20), found.start)
    attributive = (before.group(1).lower() if before else "") == "the" and bool(
        re.match(r"\s+[a-z]", text[found.end : found.end + 3])
    )
    if not attributive:
        return False
    return value is None or reference is None or abs((value.first - reference).days) > RECENT_DAYS


Piece = tuple[int, int, Rule, re.Match[str]]
#: Words that may join "overnight" to the day the night ends on ("overnight into Friday").
_OVERNIGHT_LINKS = frozenset({"", "into", "to"})


def _merge_neighbours(text: str, found: list[Piece]) -> list[tuple[int, int, Rule, re.Match[str], bool]]:
    """Join neighbours that name one moment: a time of day next to a day ("at 5pm on Friday",
    "yesterday at dawn"), a time and its conversion, and "overnight" before the day the night
    ends on ("overnight on 21 November"). The flag marks such a night."""
    merged: list[tuple[int, int, Rule, re.Match[str], bool]] = []
    for s1, e1, rule1, match1 in found:
        if merged:
            s0, e0, rule0, match0, night = merged[-1]
            between = text[e0:s1].strip(" ,")
            if rule0.kind == rule1.kind == "time" and text[e0:s1].strip() == "(":
                close = e1 + 1 if text[e1 : e1 + 1] == ")" else e1  # "02:00 local time (23:00 GMT)": one time
                merged[-1] = (s0, close, rule0, match0, night)
                continue
            if not between and rule0.kind == "time" and rule1.name in DAY_RULES:
                merged[-1] = (s0, e1, rule1, match1, night)
                continue
            if not between and rule1.kind == "time" and rule0.name in DAY_RULES:
                merged[-1] = (s0, e1, rule0, match0, night)
                continue
            if (
                _is_bare_overnight(rule0, match0)
                and between.lower() in _OVERNIGHT_LINKS
                and rule1.name in ("weekday", "day_month", "iso")
            ):
                merged[-1] = (s0, e1, rule1, match1, True)
                continue
        merged.append((s1, e1, rule1, match1, False))
    return merged


def _is_bare_overnight(rule: Rule, match: re.Match[str]) -> bool:
    rel = _group(match, "rel") or ""
    return rule.name == "relative_day" and rel.lower() == "overnight" and not _group(match, "prep")


def _row(
    report: Report, found: Found, value: DateValue | None, forward: bool, reference: dt.date | None
) -> dict[str, object]:
    sentence_id = report.sentence_at(found.start)
    return {
        "date_id": 0,
        "doc_id": report.doc_id,
        "start": found.start,
        "end": found.end,
        "date_text": report.text[found.start : found.end],
        "date": value.iso if value else None,
        "granularity": value.granularity if value else None,
        "date_start": value.first if value else None,
        "date_end": value.last if value else None,
        "sentence_id": sentence_id,
        "paragraph_id": found.paragraph_id,
        "post_id": found.post_id,
        "kind": found.rule.kind,
        "reference": reference,
        "points_forward": forward,
        "in_quote": found.in_quote,
    }
