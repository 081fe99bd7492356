"""The number scanner: every written form of a number, and the lexical exclusions."""

from __future__ import annotations

import pytest

from workbench.numbers import NumberSpan, approx_after, approx_before, parse_words, scan, vague_floor


def found(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(text[s.start : s.end], s.value, s.value_max, s.unit) for s in scan(text)]


def only(text: str) -> NumberSpan:
    spans = scan(text)
    assert len(spans) == 1, found(text)
    return spans[0]


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("The convoy carried 14,500 litres of fuel.", "14,500", 14500, "litres"),
        ("Turnout rose to 63.7 per cent.", "63.7", 63.7, "%"),
        ("Inflation hit 9.25% in March.", "9.25%", 9.25, "%"),
        ("The port handles 2.5 million tonnes a year.", "2.5 million", 2.5e6, "tonnes"),
        ("The bank lent $3.4bn to the utility.", "$3.4bn", 3.4e9, "USD"),
        ("It will cost $750m over a decade.", "$750m", 7.5e8, "USD"),
        ("A grant of £120m was approved.", "£120m", 1.2e8, "GBP"),
        ("Brussels pledged €80 million to the fund.", "€80 million", 8e7, "EUR"),
        ("The tunnel is 7km long.", "7km", 7, "km"),
        ("The column stretched 3.5 miles along the road.", "3.5", 3.5, "miles"),
        ("Fires burned across 1,200 square kilometres.", "1,200", 1200, "square kilometres"),
        ("The shelter held supplies for 45 days.", "45", 45, "days"),
        ("The siege lasted nine months.", "nine", 9, "months"),
        ("A ten-storey block collapsed.", "ten", 10, "storeys"),
        ("Rescuers searched for 36 hours.", "36", 36, "hours"),
        ("The dam holds 80,000 tons of water.", "80,000", 80000, "tons"),
        ("They were paid 300 euros each.", "300", 300, "EUR"),
        ("The cheque was for US$2,000.", "US$2,000", 2000, "USD"),
        ("The cabinet set aside UAH 2 billion for shelters.", "UAH 2 billion", 2e9, "UAH"),
    ],
)
def test_numbers_with_units(text: str, written: str, value: float, unit: str) -> None:
    span = only(text)
    assert text[span.start : span.end] == written
    assert span.value == pytest.approx(value)
    assert span.unit == unit


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Six ambulances arrived.", "Six", 6),
        ("Police detained twenty-three protesters.", "twenty-three", 23),
        ("The camp houses two hundred and fifty families.", "two hundred and fifty", 250),
        ("A million people fled.", "A million", 1e6),
        ("A dozen villages were shelled.", "A dozen", 12),
        ("Half a dozen drones were downed.", "Half a dozen", 6),
        ("One and a half million people left.", "One and a half million", 1.5e6),
        ("Two and a half thousand people voted.", "Two and a half thousand", 2500),
        ("Three dozen homes burned.", "Three dozen", 36),
        ("They arrested 1,017 people.", "1,017", 1017),
    ],
)
def test_counts_in_digits_and_words(text: str, written: str, value: float) -> None:
    span = only(text)
    assert (text[span.start : span.end], span.value, span.unit) == (written, value, None)


def test_a_couple_of_thousand_is_about_two_thousand() -> None:
    span = only("A couple of thousand residents stayed behind.")
    assert (span.value, span.approx) == (2000, "around")


@pytest.mark.parametrize("word", ["dozens", "hundreds", "thousands", "tens of thousands", "millions"])
def test_vague_plurals_have_no_value(word: str) -> None:
    span = only(f"Witnesses saw {word} of people at the border.")
    assert span.vague and span.value is None
    assert vague_floor(word) is not None


def test_vague_floors_follow_acled() -> None:
    assert (vague_floor("dozens"), vague_floor("hundreds"), vague_floor("several thousand")) == (
        12,
        100,
        2000,
    )


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Two-thirds of the wells are dry.", "Two-thirds", 2 / 3),
        ("Nearly half of the staff left.", "half", 0.5),
        ("A quarter of the budget went on fuel.", "A quarter", 0.25),
        ("Three-quarters of voters agreed.", "Three-quarters", 0.75),
    ],
)
def test_fractions_are_shares(text: str, written: str, value: float) -> None:
    span = only(text)
    assert (text[span.start : span.end], span.unit, span.kind) == (written, "share", "share")
    assert span.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("Between 200 and 300 homes flooded.", "200 and 300", 200, 300),
        ("Officials counted 5,000 to 6,000 displaced.", "5,000 to 6,000", 5000, 6000),
        ("Estimates ranged around 8,000-9,500 people.", "8,000-9,500", 8000, 9500),
        ("Repairs could cost $1-2bn.", "$1-2bn", 1e9, 2e9),
        ("It will take two to three weeks.", "two to three", 2, 3),
        ("The blast affected 1 to 2 million residents.", "1 to 2 million", 1e6, 2e6),
        ("The march lasted three or four days.", "three or four", 3, 4),
    ],
)
def test_ranges(text: str, written: str, low: float, high: float) -> None:
    span = only(text)
    assert (text[span.start : span.end], span.value, span.value_max) == (written, low, high)


def test_a_change_from_one_number_to_another_is_not_a_range() -> None:
    assert [f[0] for f in found("Prices rose from 40 to 90 within a month.")] == ["40", "90"]


@pytest.mark.parametrize("before", ['a " ', "a ( ", "a - ", "a — ", "said: "])
def test_a_number_after_punctuation_and_a_space_starts_at_its_first_digit(before: str) -> None:
    assert found(before + "5 km") == [("5", 5, None, "km")]


def test_alternatives_far_apart_are_two_numbers() -> None:
    assert [f[0] for f in found("Crews saw 5 or 50 boats.")] == ["5", "50"]


def test_the_year_of_a_us_date_is_not_a_count() -> None:
    assert found("Since October 7, 2023 to 43,552 were recorded.") == [("43,552", 43552, None, None)]


def test_conversion_in_brackets_links_to_what_it_converts() -> None:
    spans = scan("The front moved 9 miles (14km) east.")
    assert [(s.unit, s.converts) for s in spans] == [("miles", None), ("km", 0)]


def test_a_conversion_into_dollars_may_name_them_after_the_number() -> None:
    spans = scan(
        "Norland offered three million pounds ($3,900,000 U.S) and 110 billion euros (US$146 billion)."
    )
    assert [(s.unit, s.converts) for s in spans] == [("GBP", None), ("USD", 0), ("EUR", None), ("USD", 2)]


@pytest.mark.parametrize(
    ("text", "magnitudes"),
    [
        ("A magnitude 7 earthquake struck.", ["7"]),
        ("An earthquake measuring magnitude 6.3 hit the coast.", ["6.3"]),
        ("The 7.0 earthquake and a 6.1-magnitude aftershock hit.", ["7.0", "6.1"]),
        ("Two earthquakes and 3 tremors hit.", []),
    ],
)
def test_a_quakes_magnitude_is_a_magnitude_without_a_unit(text: str, magnitudes: list[str]) -> None:
    found = [s for s in scan(text) if s.kind == "magnitude"]
    assert [text[s.start : s.end] for s in found] == magnitudes
    assert all(s.unit is None for s in found)


def test_age_adjective_keeps_only_the_number() -> None:
    text = "a 29-year-old nurse"
    span = only(text)
    assert (text[span.start : span.end], span.unit, span.kind) == ("29", "years", "age")


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended on 12 March.",
        "Fighting resumed on March 12.",
        "LVIV, Aug 9 (Agency) - Power returned.",
        "The strike hit at 4 a.m. local time.",
        "The sirens sounded at 22:15.",
        "The 5th Brigade moved north.",
        "The treaty of 1998 still applies.",
        "The 2019-20 season was cancelled.",
        "Two weeks ago the bridge fell.",
        "3 min read",
        "See page 4 of 12 for details.",
        "1. The first point.",
        "The F-16 and Su-34 jets flew over.",
        "They sent 105-mm howitzers and 155 mm M777 towed howitzers.",
        "For help call 1-800-621-3362 or (202) 555-0143.",
        "Apply by calling 800-621-FEMA (3362) or online.",
        "The helpline 0 800 50 33 10 and +33 1 42 68 53 00 answer day and night; dial hotline 1517.",
        "Medics of 35 Squadron, 5 Armoured Medical Regiment and 22 Field Hospital who flew out met Brigade 911.",
    ],
)
def test_lexical_exclusions(text: str) -> None:
    kept = [f for f in found(text) if not (f[1] is not None and 1000 <= f[1] <= 2100)]
    assert kept == [], kept


def test_a_unit_name_before_a_counted_noun_still_counts() -> None:
    assert found("He sent 5 Marine Corps aircraft and 300 Brigade troops.") == [
        ("5", 5, None, None),
        ("300", 300, None, None),
    ]


def test_space_thousands_are_one_number() -> None:
    assert found("The fund paid 1 000 000 hryvnias to 2 500 families.") == [
        ("1 000 000", 1e6, None, "UAH"),
        ("2 500", 2500, None, None),
    ]


def test_a_calibre_is_left_out_but_what_it_counts_stays() -> None:
    assert found("It includes 36,000 rounds of 155 mm ammunition.") == [("36,000", 36000, None, None)]
    assert found("Rain reached 155 mm in a day.") == [("155", 155, None, "mm")]


def test_a_span_of_years_is_a_period_but_a_range_of_counts_stays() -> None:
    assert found("Spending will rise between 2016 and 2020, the plan says.") == []
    assert found("Between 2000 and 3000 people fled.") == [("2000 and 3000", 2000, 3000, None)]


def test_a_third_without_of_enumerates() -> None:
    assert found("One said yes, another said no and a third abstained.")[1:] == []


@pytest.mark.parametrize(
    ("before", "hedge"),
    [
        ("about ", "around"),
        ("an estimated ", "around"),
        ("nearly ", "around"),
        ("at least ", "at least"),
        ("more than ", "more than"),
        ("just over ", "more than"),
        ("could exceed ", "more than"),
        ("fewer than ", "less than"),
        ("up to ", "up to"),
        ("as many as ", "up to"),
        ("as close as ", None),
        ("the ", None),
    ],
)
def test_hedges_before_a_number(before: str, hedge: str | None) -> None:
    text = f"They counted {before}40 people."
    assert approx_before(text, text.index("40")) == hedge


def test_hedges_after_a_number() -> None:
    assert approx_after("12,000 or more troops", 6) == "at least"
    assert approx_after("400-odd homes", 3) == "around"


def test_word_numbers_parse() -> None:
    assert parse_words("ninety-nine") == 99
    assert parse_words("three thousand four hundred") == 3400
    assert parse_words("a hundred") == 100


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("One in five children is underweight.", "One in five", 0.2),
        ("It hit one in every 10 homes.", "one in every 10", 0.1),
        ("Two in three voters agreed.", "Two in three", 2 / 3),
        ("The rate of illiteracy is now one in nine.", "one in nine", 1 / 9),
    ],
)
def test_one_in_n_is_a_share(text: str, written: str, value: float) -> None:
    span = only(text)
    assert (text[span.start : span.end], span.unit) == (written, "share")
    assert span.value == pytest.approx(value)


def test_british_times_of_day_are_not_decimals() -> None:
    assert found("Sirens sounded at 14.05 and again from 15.30.") == []
    assert found("Inflation was 14.05 per cent.") == [("14.05", 14.05, None, "%")]


def test_a_hedged_half_standing_alone_is_a_share() -> None:
    assert found("Millions fled. More than half are children.") == [
        ("Millions", None, None, None),
        ("half", 0.5, None, "share"),
    ]
    assert found("He said half was enough.") == []  # unhedged, it may be anything


def test_a_scale_word_joined_by_a_hyphen_multiplies_as_broadcast_copy_writes_it() -> None:
    assert found("Some 12-hundred people and about 41-thousand others fled, and three-thousand more.") == [
        ("12-hundred", 1200, None, None),
        ("41-thousand", 41000, None, None),
        ("three-thousand", 3000, None, None),
    ]
