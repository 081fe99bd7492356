"""Date expressions: each form against a fixed publication date, edges, exclusions, any text."""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import workbench as wb
from workbench.dates import DATE_COLUMNS, GRANULARITIES, RULES, DateRules, dateline_end, extract_dates

MakeReport = Callable[..., wb.Report]
WELL_FORMED = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2}(?:/\d{4}-\d{2}-\d{2})?)?)?$")


def dated(make_report: MakeReport, body: str, published: str, **options: object) -> dict[str, str | None]:
    """``{date_text: date}`` for a one-paragraph report (a title line is added); None for no date."""
    report = make_report("A headline for the test\n" + body, published=published)
    frame = extract_dates(report, **options)  # type: ignore[arg-type]
    return {
        text: None if pd.isna(date) else date
        for text, date in zip(frame["date_text"], frame["date"], strict=True)
    }


# Wednesday 13 March 2024 (a leap year).
WEDNESDAY = "2024-03-13"


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("Troops entered the city on 23 October, 2023.", "on 23 October, 2023", "2023-10-23"),
        ("The deal was signed on October 23, 2022, in Geneva.", "on October 23, 2022", "2022-10-23"),
        ("The port reopened Oct. 28 after repairs.", "Oct. 28", "2023-10-28"),
        ("Talks began on 3 March with both sides.", "on 3 March", "2024-03-03"),
        ("The law took effect in March 2023 after a vote.", "in March 2023", "2023-03"),
        ("The invasion began in February 2022, officials said.", "in February 2022", "2022-02"),
        ("Inflation peaked in 2021 across the region.", "in 2021", "2021"),
        ("Shelling has continued since 2015 along the line.", "since 2015", "2015"),
        ("The figures were released on 2024-02-29 by the office.", "on 2024-02-29", "2024-02-29"),
        ("The bridge was rebuilt in the summer of 2019.", "in the summer of 2019", "2019"),
    ],
)
def test_absolute_forms(make_report: MakeReport, sentence: str, expression: str, expected: str) -> None:
    assert dated(make_report, sentence, WEDNESDAY)[expression] == expected


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("The governor resigned today.", "today", "2024-03-13"),
        ("The rebels attacked the base this morning.", "this morning", "2024-03-13"),
        ("Inspectors visited the site this afternoon.", "this afternoon", "2024-03-13"),
        ("The mayor spoke to reporters yesterday.", "yesterday", "2024-03-12"),
        ("Drones hit the depot last night.", "last night", "2024-03-12"),
        ("The minister is due to make a statement tomorrow.", "tomorrow", "2024-03-14"),
        ("Police detained nine people overnight.", "overnight", "2024-03-12/2024-03-13"),
        ("The convoy left at dawn.", "at dawn", "2024-03-13"),
        ("The shooting began shortly after midnight.", "shortly after midnight", "2024-03-13"),
        ("A distress call came at 03:40 local time.", "at 03:40 local time", "2024-03-13"),
        ("The first shots were fired at about 10.30 local time.", "at about 10.30 local time", "2024-03-13"),
        ("The sirens sounded shortly after 2 a.m. in the capital.", "shortly after 2 a.m.", "2024-03-13"),
        ("The minister resigned on Monday.", "on Monday", "2024-03-11"),
        ("The envoy arrived on Friday.", "on Friday", "2024-03-08"),
        ("Officials said Tuesday the road was closed.", "Tuesday", "2024-03-12"),
        ("A commander spoke on the radio Sunday night.", "Sunday night", "2024-03-10"),
        ("Crews had restored power by Wednesday afternoon.", "by Wednesday afternoon", "2024-03-13"),
        ("Mediators met both sides last week.", "last week", "2024-03-04/2024-03-10"),
        ("Exports fell sharply last month.", "last month", "2024-02"),
        ("Production fell earlier this month, she said.", "earlier this month", "2024-03"),
        ("The army withdrew in August.", "in August", "2023-08"),
        ("Aid has arrived since September.", "since September", "2023-09"),
        ("The agency was raided two days ago.", "two days ago", "2024-03-11"),
        ("The company plans to open a plant next year.", "next year", "2025"),
        ("Three mines were found this year.", "this year", "2024"),
        ("Rockets hit the town over the weekend.", "over the weekend", "2024-03-09/2024-03-10"),
    ],
)
def test_relative_forms(make_report: MakeReport, sentence: str, expression: str, expected: str) -> None:
    assert dated(make_report, sentence, WEDNESDAY)[expression] == expected


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("Talks were held between 3 and 5 March in Doha.", "between 3 and 5 March", "2024-03-03/2024-03-05"),
        ("The town fell on 7 October last year.", "on 7 October last year", "2023-10-07"),
        ("The budget must pass by the end of the year.", "by the end of the year", "2024"),
        ("Russia launched 90 drones overnight Saturday.", "overnight Saturday", "2024-03-08/2024-03-09"),
        ("Shelling resumed overnight into Monday.", "overnight into Monday", "2024-03-10/2024-03-11"),
        ("The raid came on the morning of 2 March.", "on the morning of 2 March", "2024-03-02"),
        ("The deal was signed on Saturday, March 2.", "on Saturday, March 2", "2024-03-02"),
        ("Fighting resumed in mid-February.", "in mid-February", "2024-02"),
        ("The first convoy left in late 2022.", "in late 2022", "2022"),
        ("Prices rose earlier this week.", "earlier this week", "2024-03-11/2024-03-17"),
        ("Israeli forces raided the camp early Sunday.", "early Sunday", "2024-03-10"),
        ("Fighting eased in the first week of March.", "in the first week of March", "2024-03"),
        ("The new law applies from the first half of 2023.", "from the first half of 2023", "2023"),
        ("Elections are set for 12 May.", "for 12 May", "2024-05-12"),
        ("Power returned to the clinic Sept. 11, officials said.", "Sept. 11", "2023-09-11"),
        ("Just two weeks ago, residents were calm.", "Just two weeks ago", "2024-02-28"),
        ("Donors will help towns recover from the January storms.", "January", "2024-01"),
        ("Two activists died in a February clash.", "February", "2024-02"),
        ("The group held a rally last November 24.", "last November 24", "2023-11-24"),
        ("Officials might be able to give details Monday.", "Monday", "2024-03-18"),
        ("Gunmen attacked three villages Monday and Tuesday.", "Monday and Tuesday", "2024-03-11/2024-03-12"),
        ("Fighting began on March 4. Dozens have died since then.", "since then", "2024-03-04"),
        ("Rain fell from Sunday to Tuesday.", "from Sunday to Tuesday", "2024-03-10/2024-03-12"),
        ("We expect the tests to arrive on Saturday.", "on Saturday", "2024-03-16"),
        ("The new mayor begins a four-year term in May.", "in May", "2024-05"),
        ("Voters met ahead of the country's elections this September.", "this September", "2024-09"),
        ("The march began on Monday and ended late in the afternoon.", "late in the afternoon", "2024-03-11"),
        ("Crowds dispersed during the evening.", "during the evening", "2024-03-13"),
        (
            "The summit opens on Friday 13 September.",
            "on Friday 13 September",
            "2024-09-13",
        ),  # the weekday picks the year
    ],
)
def test_more_news_forms(make_report: MakeReport, sentence: str, expression: str, expected: str) -> None:
    assert dated(make_report, sentence, WEDNESDAY)[expression] == expected


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("The U.S. agency spent $2bn in fiscal year 2023.", "in fiscal year 2023", "2022-10-01/2023-09-30"),
        ("The Pentagon asked for more in FY 2025.", "in FY 2025", "2024-10-01/2025-09-30"),
        (
            "Federal courts collected $4m in fiscal year (FY) 2023 ending Sept. 30, 2023.",
            "in fiscal year (FY) 2023 ending Sept. 30, 2023",
            "2022-10-01/2023-09-30",
        ),
    ],
)
def test_a_us_federal_fiscal_year_runs_october_to_september(
    make_report: MakeReport, sentence: str, expression: str, expected: str
) -> None:
    assert dated(make_report, sentence, WEDNESDAY)[expression] == expected


def test_a_fiscal_year_of_another_government_or_a_budget_name_is_not_dated(make_report: MakeReport) -> None:
    found = dated(
        make_report, "The ministry cut spending in fiscal year 2023. A FY 2024 budget failed.", WEDNESDAY
    )
    assert not [
        date for expression, date in found.items() if date and ("FY" in expression or "fiscal" in expression)
    ]


def test_military_times_are_times_not_years(make_report: MakeReport) -> None:
    found = dated(make_report, "The strikes began at 2000 GMT and ended at 0400 GMT.", WEDNESDAY)
    assert found == {"at 2000 GMT": "2024-03-13", "at 0400 GMT": "2024-03-13"}


def test_named_days_and_dates_used_as_names_are_not_dated(make_report: MakeReport) -> None:
    text = (
        "Marchers remembered Bloody Sunday. The October 7 attacks shocked the region. Super Tuesday decides."
    )
    assert dated(make_report, text, WEDNESDAY) == {}


def test_a_live_blog_date_line_dates_the_posts_below_it(make_report: MakeReport) -> None:
    text = "War live\nSun 10 Mar 2024 14.05 GMT\nDrones hit the port\nDrones hit the port yesterday.\n"
    report = make_report(text, published=WEDNESDAY)
    frame = extract_dates(report)
    assert dict(zip(frame["date_text"], frame["date"], strict=True)) == {"yesterday": "2024-03-09"}


def test_posted_at_lines_are_post_stamps_not_events(make_report: MakeReport) -> None:
    text = "Live\nPosted at 14:32\nTalks to resume\nNegotiators will return to Cairo on Sunday.\nPosted at 09:05\n"
    assert dated(make_report, text, WEDNESDAY) == {"on Sunday": "2024-03-17"}


def test_a_time_with_its_conversion_in_brackets_is_one_expression(make_report: MakeReport) -> None:
    found = dated(
        make_report, "The bombardment began shortly before 02:00 local time (23:00 GMT).", WEDNESDAY
    )
    assert found == {"shortly before 02:00 local time (23:00 GMT)": "2024-03-13"}


def test_in_december_published_in_january_is_last_year(make_report: MakeReport) -> None:
    found = dated(make_report, "Prices rose in December. Talks stalled last week.", "2025-01-02")
    assert found["in December"] == "2024-12"
    assert found["last week"] == "2024-12-23/2024-12-29"  # the previous ISO week, across the new year


def test_last_month_and_last_year_cross_the_year(make_report: MakeReport) -> None:
    found = dated(make_report, "Sales fell last month. The tax rose last year.", "2025-01-02")
    assert found == {"last month": "2024-12", "last year": "2024"}


def test_a_report_of_a_monday_saying_on_monday_means_that_day(make_report: MakeReport) -> None:
    monday = "2025-06-09"
    found = dated(make_report, "The council voted on Monday. The mayor left last Monday.", monday)
    assert found == {"on Monday": "2025-06-09", "last Monday": "2025-06-02"}
    strict = dated(
        make_report, "The council voted on Monday.", monday, rules=DateRules(same_weekday_is_reference=False)
    )
    assert strict == {"on Monday": "2025-06-02"}


def test_a_sunday_report_and_the_week_boundary(make_report: MakeReport) -> None:
    found = dated(make_report, "Strikes hit the port on Saturday. Talks failed last week.", "2023-12-31")
    assert found == {"on Saturday": "2023-12-30", "last week": "2023-12-18/2023-12-24"}


def test_this_past_week_said_at_the_weekend_is_the_week_now_ending(make_report: MakeReport) -> None:
    text = "Leaders this past week found a letter."
    assert dated(make_report, text, "2023-12-31") == {"this past week": "2023-12-25/2023-12-31"}
    assert dated(make_report, text, "2023-12-27") == {"this past week": "2023-12-18/2023-12-24"}


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("The union will strike on Friday.", "on Friday", "2024-03-15"),
        ("Blackouts would continue until at least Friday, he said.", "until at least Friday", "2024-03-15"),
        ("The party would file complaints by Monday, she said.", "by Monday", "2024-03-18"),
        ("The ministry expects to receive more turbines in December.", "in December", "2024-12"),
        ("Elections are due in June.", "in June", "2024-06"),
        ("The curfew lasts until Sunday.", "until Sunday", "2024-03-17"),
        ("The talks resume next Tuesday.", "next Tuesday", "2024-03-19"),
        ("The summit will be held on 2 April.", "on 2 April", "2024-04-02"),
    ],
)
def test_future_tense_points_forward(
    make_report: MakeReport, sentence: str, expression: str, expected: str
) -> None:
    assert dated(make_report, sentence, WEDNESDAY)[expression] == expected


def test_future_reading_can_be_switched_off(make_report: MakeReport) -> None:
    rules = DateRules(tense_points_forward=False)
    assert dated(make_report, "The union will strike on Friday.", WEDNESDAY, rules=rules) == {
        "on Friday": "2024-03-08"
    }


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("The toll from 10 March's flood could reach 500.", "10 March", "2024-03-10"),
        ("The damage from Monday's storm may exceed $3 million.", "Monday", "2024-03-11"),
    ],
)
def test_a_date_owning_a_noun_is_not_moved_ahead_by_a_modal(
    make_report: MakeReport, sentence: str, expression: str, expected: str
) -> None:
    """ "the toll from Jan. 12's earthquake could reach": the modal looks ahead, the quake is the nearest."""
    found = dated(make_report, sentence, WEDNESDAY)
    assert [date for text, date in found.items() if expression in text] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("Planes will deliver equipment starting from Friday.", "from Friday", "2024-03-15"),
        (
            "The storm damaged the runway, closing it until at least Friday.",
            "until at least Friday",
            "2024-03-15",
        ),
        ("Crews delivered food starting on Monday.", "on Monday", "2024-03-11"),
    ],
)
def test_a_participle_clause_takes_the_future_of_the_clause_it_hangs_on(
    make_report: MakeReport, sentence: str, expression: str, expected: str
) -> None:
    assert dated(make_report, sentence, WEDNESDAY)[expression] == expected


def test_a_date_on_an_event_noun_is_not_moved_ahead_by_a_plan(make_report: MakeReport) -> None:
    """ "planned to be installed after the landfall of the storm on 10 March": the landfall is not to come."""
    text = (
        "Five generators are currently planned to be installed as part of the federal response after the "
        "landfall of Hurricane Delphine on March 10."
    )
    assert dated(make_report, text, WEDNESDAY) == {"on March 10": "2024-03-10"}
    assert dated(make_report, "Officials plan to hold a vote on 30 March.", WEDNESDAY) == {
        "on 30 March": "2024-03-30"
    }


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("Output grew in the first half of the year.", "in the first half of the year", "2024-01-01/2024-06-30"),
        ("Output grew in the first six months of 2023.", "in the first six months of 2023", "2023-01-01/2023-06-30"),
        ("Arrivals rose in the first 10 months this year.", "in the first 10 months this year",
         "2024-01-01/2024-10-31"),
        ("The economy shrank in the last quarter of last year.", "in the last quarter of last year",
         "2023-10-01/2023-12-31"),
        ("Hope rests on the second half of the year.", "on the second half of the year", "2024-07-01/2024-12-31"),
        ("The town fell in July '95.", "in July '95", "1995-07"),
        ("The bridge opened in May '09.", "in May '09", "2009-05"),
    ],
)  # fmt: skip
def test_parts_of_a_year_and_years_of_two_digits(
    make_report: MakeReport, sentence: str, expression: str, expected: str
) -> None:
    assert dated(make_report, sentence, WEDNESDAY)[expression] == expected


def test_the_previous_year_and_last_years_are_calendar_years(make_report: MakeReport) -> None:
    """ "over the previous year", "the last year's revolution": a calendar year; "the past year" runs to today."""
    found = dated(
        make_report,
        "Investment over the previous year was high. Many died during the last year's revolution. "
        "Over the past year, aid rose.",
        WEDNESDAY,
    )
    assert found == {
        "over the previous year": "2023",
        "last year": "2023",
        "Over the past year": "2023-03-13/2024-03-13",
    }
    anchored = dated(
        make_report, "Growth is the lowest since 2002, after attacks the previous year.", WEDNESDAY
    )
    assert anchored["the previous year"] == "2001"


def test_two_months_in_a_row_joined_by_and_are_one_span(make_report: MakeReport) -> None:
    found = dated(make_report, "The flooding we saw over December and January was severe.", WEDNESDAY)
    assert found == {"over December and January": "2023-12-01/2024-01-31"}
    apart = dated(make_report, "Police cracked down on protests in January and November.", WEDNESDAY)
    assert "in January" in apart and all(" and " not in text for text in apart)
    assert dated(make_report, "Exports rose from March to May 2015.", WEDNESDAY) == {
        "from March to May 2015": "2015-03-01/2015-05-31"
    }


def test_reporting_verb_keeps_its_date(make_report: MakeReport) -> None:
    """ "said on Thursday he would resign": the date is the saying, in the past."""
    found = dated(make_report, "The governor said on Tuesday he would resign.", WEDNESDAY)
    assert found == {"on Tuesday": "2024-03-12"}


def test_later_in_the_day_follows_the_day_of_its_paragraph(make_report: MakeReport) -> None:
    text = "On Monday, the company made an offer. Later in the day, the union rejected it."
    found = dated(make_report, text, WEDNESDAY)
    assert found == {"On Monday": "2024-03-11", "Later in the day": "2024-03-11"}


def test_later_in_the_day_without_an_earlier_day_is_the_reference_day(make_report: MakeReport) -> None:
    assert dated(make_report, "Lawmakers later in the day passed the bill.", WEDNESDAY) == {
        "later in the day": "2024-03-13"
    }


def test_month_that_year_takes_the_year_mentioned_before(make_report: MakeReport) -> None:
    text = "Rebels took the town in the early days of the 2019 uprising but were driven out in October that year."
    found = dated(make_report, text, WEDNESDAY)
    assert found["in the early days of the 2019 uprising"] == "2019"
    assert found["in October that year"] == "2019-10"


def test_that_year_without_a_year_before_is_not_dated(make_report: MakeReport) -> None:
    report = make_report("Title\nThe river flooded in October that year.", published=WEDNESDAY)
    frame = extract_dates(report)
    assert frame["date"].isna().all()


def test_the_next_day_after_an_act_dated_to_a_month_falls_in_that_month(make_report: MakeReport) -> None:
    """ "arrested in February ... released the next day": the text tells only the month."""
    text = "She was detained on Monday. She was first arrested in February. The others were released the next day."
    found = dated(make_report, text, WEDNESDAY)
    assert found["in February"] == "2024-02" and found["the next day"] == "2024-02"


def test_each_year_of_a_list_after_a_preposition_is_a_date(make_report: MakeReport) -> None:
    """ "in 2006, 2009 and 2013": the years after the first are dates as it is."""
    found = dated(make_report, "The country tested devices in 2006, 2009 and 2013.", WEDNESDAY)
    assert found == {"in 2006": "2006", "2009": "2009", "2013": "2013"}


def test_the_next_day_and_a_day_later_follow_their_anchor(make_report: MakeReport) -> None:
    text = "Fighting broke out on 4 March. The rebels withdrew the next day. A day later, aid arrived."
    found = dated(make_report, text, WEDNESDAY)
    assert found == {"on 4 March": "2024-03-04", "the next day": "2024-03-05", "A day later": "2024-03-06"}


def test_a_time_next_to_a_day_joins_it(make_report: MakeReport) -> None:
    found = dated(make_report, "The shelling began at 5pm on Friday.", WEDNESDAY)
    assert found == {"at 5pm on Friday": "2024-03-08"}


@pytest.mark.parametrize(
    "expression",
    ["recently", "in recent months", "soon", "later", "previously", "last summer", "in the coming weeks"],
)
def test_vague_expressions_are_kept_without_a_date(make_report: MakeReport, expression: str) -> None:
    report = make_report(f"Title\nThe army has {expression} moved its guns.", published=WEDNESDAY)
    frame = extract_dates(report)
    row = frame[frame["date_text"] == expression]
    assert len(row) == 1 and row["date"].isna().all() and (row["kind"] == "vague").all()


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("Two bodies were found just a few minutes ago, police said.", "just a few minutes ago", WEDNESDAY),
        ("The minister resigned moments ago.", "moments ago", WEDNESDAY),
        ("Firefighters reached the site two hours ago.", "two hours ago", WEDNESDAY),
        (
            "The town has been in the spotlight over the past week.",
            "over the past week",
            "2024-03-06/2024-03-13",
        ),
        (
            "Fighting killed 40 people in the last three days.",
            "in the last three days",
            "2024-03-10/2024-03-13",
        ),
        ("Bloggers will march on 24th may.", "on 24th may", "2024-05-24"),
        ("Over the past year, the fund paid out $2 billion.", "Over the past year", "2023-03-13/2024-03-13"),
        ("Prices rose 4% in the past month.", "in the past month", "2024-02-13/2024-03-13"),
        ("The region reported on the 2023 harvest campaign.", "2023", "2023"),
        ("Crews will finish the road in September-October.", "in September-October", "2024-09-01/2024-10-31"),
        ("Talks ran during March–April 2020.", "during March–April 2020", "2020-03-01/2020-04-30"),
    ],
)
def test_recent_windows_and_informal_dates(
    make_report: MakeReport, sentence: str, expression: str, expected: str
) -> None:
    assert dated(make_report, sentence, WEDNESDAY)[expression] == expected


def test_a_year_before_a_count_is_not_a_date(make_report: MakeReport) -> None:
    assert dated(make_report, "The 2000 troops left, and the 2019 elections were held.", WEDNESDAY) == {}


def test_many_hours_ago_and_a_lowercase_may_verb_are_not_dated(make_report: MakeReport) -> None:
    found = dated(
        make_report,
        "Police left nine hours ago. The 4th may be the last. Sales fell in the past 24 hours.",
        WEDNESDAY,
    )
    assert all(date is None for date in found.values())
    assert not any("past" in text for text in found)  # "in the past 24 hours" is not the vague "in the past"


def test_durations_times_and_numbers_are_not_dates(make_report: MakeReport) -> None:
    text = (
        "Blackouts lasted for 12 hours and may run 16 hours a day. Power failed in six regions at the same time. "
        "More than 2,100 people fled, the most in 20 years. Crews cleared Route 24. Aid reached 2000 homes in 1500 villages. "
        "Protesters march every day."
    )
    report = make_report("Title\n" + text, published=WEDNESDAY)
    assert extract_dates(report)["date"].dropna().empty


def test_may_and_march_as_words_are_not_months(make_report: MakeReport) -> None:
    found = dated(
        make_report, "Officials may act. Crowds march on. They met in May and again on May 5.", WEDNESDAY
    )
    assert found == {"in May": "2023-05", "on May 5": "2023-05-05"}


def test_dateline_and_post_timestamps_are_left_out(make_report: MakeReport) -> None:
    text = "A live blog\n14:05\nStrikes continue\nKYIV, Nov 3 (Wire) - Drones hit the grid on Tuesday.\n"
    report = make_report(text, published="2026-11-03")
    assert dict(zip(extract_dates(report)["date_text"], extract_dates(report)["date"], strict=True)) == {
        "on Tuesday": "2026-11-03"
    }


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("KYIV, Nov 3 (Wire) - Drones hit the grid.", "KYIV, Nov 3 (Wire) - "),
        ("Dakar (AFP) – Gunmen attacked a convoy.", "Dakar (AFP) – "),
        ("Brussels (Reuters) - Ministers met.", "Brussels (Reuters) - "),
        ("The President (Joe Moreno) – who spoke first – left.", ""),
        ("Rio-Lima talks – a summary follows.", ""),
        ("San Marco, Costa Verde – Today, the mayor left.", "San Marco, Costa Verde – "),
        ("Maria Lopez, Director – Sales rose.", ""),  # a byline's title, not a region
        ("Maria Lopez, Ana Ruiz – and others left.", ""),  # no sentence opens after the dash
        ("OTTAWA —Defence Minister Karl Odell left.", "OTTAWA —"),  # the dash may touch the first word
        ("Jean-Pierre Roux left.", ""),
    ],
)
def test_wire_datelines_in_capitals_with_an_agency_or_a_region(paragraph: str, dateline: str) -> None:
    assert paragraph[: dateline_end(paragraph)] == dateline


def test_today_inside_speech_is_left_out_but_kept_outside(make_report: MakeReport) -> None:
    text = '"They should be home today," she said. The ministry replied today. “Crews left this morning,” he said.'
    found = dated(make_report, text, WEDNESDAY)
    assert found == {"today": "2024-03-13", "this morning": "2024-03-13"}
    report = make_report("Title\n" + text, published=WEDNESDAY)
    frame = extract_dates(report)
    assert frame.loc[frame["date_text"] == "this morning", "in_quote"].tolist() == [True]


def test_today_in_a_speech_printed_without_quote_marks_is_the_day_of_the_speech(
    make_report: MakeReport,
) -> None:
    speech = "So today I want to set out our plan. Police said two men died today."
    frame = extract_dates(make_report("Title\n" + speech, published=WEDNESDAY))
    assert frame["date"].tolist() == [WEDNESDAY, WEDNESDAY]  # a transcript's "today" is the day it records


def test_a_dated_live_blog_post_uses_its_own_day(make_report: MakeReport) -> None:
    text = (
        "War live blog\n"
        "Thursday 7 March\n"
        "Rockets hit the port\n"
        "Rockets hit the port yesterday, officials said.\n"
        "Wednesday 13 March\n"
        "Talks resume\n"
        "Talks resumed this morning in the capital.\n"
    )
    report = make_report(text, published=WEDNESDAY)
    frame = extract_dates(report)
    assert dict(zip(frame["date_text"], frame["date"], strict=True)) == {
        "yesterday": "2024-03-06",
        "this morning": "2024-03-13",
    }


def test_without_a_publication_date_relative_expressions_have_no_date(make_report: MakeReport) -> None:
    report = make_report("Title\nTroops left yesterday and returned on 23 October, 2023.")
    frame = extract_dates(report).set_index("date_text")
    assert pd.isna(frame.loc["yesterday", "date"])
    assert frame.loc["on 23 October, 2023", "date"] == "2023-10-23"


def test_columns_and_provenance(make_report: MakeReport) -> None:
    report = make_report("Title\nFirst sentence here. The army withdrew on Monday.", published=WEDNESDAY)
    frame = extract_dates(report)
    assert list(frame.columns) == DATE_COLUMNS
    row = frame.iloc[0]
    assert report.text[row["start"] : row["end"]] == row["date_text"] == "on Monday"
    assert row["sentence_id"] == report.sentence_at(row["start"]) and row["granularity"] == "day"
    assert row["date_start"] == row["date_end"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.one_of(
            st.text(min_size=1, max_size=30),
            st.sampled_from(
                ["on Monday", "last week", "in March 2023", "yesterday", "overnight", "3 May", "in 2021",
                 "later in the day", "at 5pm", "“today”", "’s", "KYIV, Nov 3 (Wire) - ", "\n", "that year"]
            ),
        ),
        min_size=1,
        max_size=12,
    )
)  # fmt: skip
def test_any_text_gives_offsets_into_it_and_well_formed_dates(
    make_report: MakeReport, pieces: list[str]
) -> None:
    text = "Title\n" + " ".join(pieces)
    try:
        report = make_report(text, published="2024-02-29")
    except wb.ReportError:
        return
    frame = extract_dates(report)
    for row in frame.itertuples(index=False):
        assert 0 <= row.start < row.end <= len(report.text)
        assert report.text[row.start : row.end] == row.date_text
        assert pd.isna(row.date) or WELL_FORMED.match(row.date)
        assert pd.isna(row.date) == pd.isna(row.granularity)
        assert pd.isna(row.granularity) or row.granularity in GRANULARITIES


# A yearless day or month: forward in a forward-looking clause, back in a past one, else nearest.
@pytest.mark.parametrize(
    ("sentence", "published", "expression", "expected"),
    [
        ("The hurricane season ends Nov. 30, forecasters said.", "2025-10-28", "Nov. 30", "2025-11-30"),
        (
            "Troops could reach the city by March 10, analysts said.",
            "2025-03-05",
            "by March 10",
            "2025-03-10",
        ),
        ("The deadline for applications is 3 June.", "2025-05-20", "3 June", "2025-06-03"),
        ("Troops took the town on 3 June.", "2025-05-20", "on 3 June", "2024-06-03"),
        ("The ministry published its figures on Dec. 30.", "2025-01-04", "on Dec. 30", "2024-12-30"),
        ("Aid convoys must arrive by mid-December.", "2025-10-28", "by mid-December", "2025-12"),
        ("By mid-December, the troops had taken the town.", "2025-01-10", "By mid-December", "2024-12"),
        ("Food stocks may last until 2 January.", "2025-12-20", "until 2 January", "2026-01-02"),
        ("Rescuers could not reach the village on 14 March.", "2025-03-20", "on 14 March", "2025-03-14"),
    ],
)
def test_a_day_without_a_year_follows_the_clause_or_is_the_nearest(
    make_report: MakeReport, sentence: str, published: str, expression: str, expected: str
) -> None:
    assert dated(make_report, sentence, published)[expression] == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expression", "expected"),
    [
        ("The river was expected to crest Friday.", WEDNESDAY, "Friday", "2024-03-15"),
        ("The river was expected to crest Friday.", "2024-03-16", "Friday", "2024-03-15"),
        ("The envoy is due to arrive on Friday.", WEDNESDAY, "on Friday", "2024-03-15"),
        ("A rally planned for Saturday has been banned.", WEDNESDAY, "for Saturday", "2024-03-16"),
        ("The vote is scheduled for 2 April.", WEDNESDAY, "for 2 April", "2024-04-02"),
        ("Rivals accused the mayor of rigging the polls due in January.", WEDNESDAY, "in January", "2025-01"),
        ("The opposition quit the runoff due Friday.", WEDNESDAY, "Friday", "2024-03-15"),
        ("The loan repayment was due Monday.", WEDNESDAY, "Monday", "2024-03-11"),
    ],
)
def test_expected_due_and_planned_point_forward(
    make_report: MakeReport, sentence: str, published: str, expression: str, expected: str
) -> None:
    """ "is expected/due/scheduled" looks ahead; "was expected" is the nearest such day."""
    assert dated(make_report, sentence, published)[expression] == expected


def test_a_time_of_day_takes_the_day_of_the_sentence_before(make_report: MakeReport) -> None:
    text = (
        "The ship was hit late on Monday. At around 21:40 local time, a missile struck it, the agency said."
    )
    found = dated(make_report, text, WEDNESDAY)
    assert found == {"late on Monday": "2024-03-11", "At around 21:40 local time": "2024-03-11"}


def test_a_time_far_from_any_day_is_on_the_reference_day(make_report: MakeReport) -> None:
    text = "Voters went to the polls on Sunday. Turnout was high.\nThe result came at 9pm."
    assert dated(make_report, text, WEDNESDAY)["at 9pm"] == "2024-03-13"


def test_after_midnight_follows_the_day_before_it(make_report: MakeReport) -> None:
    text = "The polls closed on Sunday. Shortly after midnight, the president claimed victory."
    assert dated(make_report, text, WEDNESDAY)["Shortly after midnight"] == "2024-03-11"


@pytest.mark.parametrize(
    ("second", "expression", "expected"),
    [
        ("Rebels entered the town the same day.", "the same day", "2024-03-04"),
        ("That night, the rebels withdrew.", "That night", "2024-03-04"),
        ("The rebels had arrived the previous night.", "the previous night", "2024-03-03"),
        ("The next day, the rebels withdrew.", "The next day", "2024-03-05"),
    ],
)
def test_that_day_and_the_next_day_follow_the_day_just_mentioned(
    make_report: MakeReport, second: str, expression: str, expected: str
) -> None:
    for text in (f"Fighting broke out on 4 March. {second}", f"Fighting broke out on 4 March.\n{second}"):
        assert dated(make_report, text, WEDNESDAY)[expression] == expected


def test_later_that_day_after_a_recalled_earlier_day_returns_to_the_story_day(
    make_report: MakeReport,
) -> None:
    text = (
        "The ministry rejected the offer on Tuesday.\n"
        "It had summoned the ambassador on Friday, the spokeswoman said.\n"
        "The other side gave its own briefing later the same afternoon."
    )
    assert dated(make_report, text, WEDNESDAY)["later the same afternoon"] == "2024-03-12"


@pytest.mark.parametrize(
    ("sentence", "published", "expression", "expected"),
    [
        ("Drones attacked the port overnight on Nov. 21.", "2025-11-24", "overnight on Nov. 21", "2025-11-20/2025-11-21"),
        ("Shelling continued overnight Friday into Saturday.", "2025-11-24", "overnight Friday into Saturday",
         "2025-11-21/2025-11-22"),
        ("Drones hit the city on the night of Nov. 19-20.", "2025-11-24", "on the night of Nov. 19-20",
         "2025-11-19/2025-11-20"),
        ("Drones hit the city on the night of 19 to 20 November.", "2025-11-24",
         "on the night of 19 to 20 November", "2025-11-19/2025-11-20"),
        ("Talks were held on 19-20 November in Doha.", "2025-11-24", "on 19-20 November", "2025-11-19/2025-11-20"),
        ("Fighting has raged since the weekend.", "2025-11-24", "since the weekend", "2025-11-22/2025-11-23"),
        ("Jihadists killed 50 soldiers at the weekend.", "2025-11-25", "at the weekend", "2025-11-22/2025-11-23"),
    ],
)  # fmt: skip
def test_nights_day_ranges_and_weekends_are_intervals(
    make_report: MakeReport, sentence: str, published: str, expression: str, expected: str
) -> None:
    assert dated(make_report, sentence, published)[expression] == expected


def test_times_after_a_night_fall_on_its_evening_or_its_morning(make_report: MakeReport) -> None:
    text = (
        "Drones attacked overnight on Nov. 21. At about 23:30, the first hit the city; at 4am more followed."
    )
    found = dated(make_report, text, "2025-11-24")
    assert found["At about 23:30"] == "2025-11-20" and found["at 4am"] == "2025-11-21"


def test_a_span_of_years_is_one_interval() -> None:
    report = wb.load_report(
        text="Aid\nThe money will be spent between 2016 and 2020. From 2019 to 2021 prices rose.\n",
        published="2016-02-04",
    )
    found = wb.extract_dates(report).set_index("date_text")["date"].to_dict()
    assert found == {
        "between 2016 and 2020": "2016-01-01/2020-12-31",
        "From 2019 to 2021": "2019-01-01/2021-12-31",
    }


def test_two_years_joined_by_a_dash_are_one_interval() -> None:
    report = wb.load_report(
        text="Junta\nA clause from the military rule of 1967–1974 still holds. Prices rose in 2019-2021 by 40%.\n",
        published="2016-02-04",
    )
    found = wb.extract_dates(report).set_index("date_text")["date"].to_dict()
    assert found == {"1967–1974": "1967-01-01/1974-12-31", "in 2019-2021": "2019-01-01/2021-12-31"}


def test_a_year_before_a_common_noun_after_a_dates_it_but_not_a_model_year() -> None:
    report = wb.load_report(
        text="Court\nHe was removed in a 2006 military coup. The judge seized a 2001 Peterbilt dump truck.\n",
        published="2014-05-06",
    )
    found = wb.extract_dates(report).set_index("date_text")["date"].to_dict()
    assert found == {"2006": "2006"}


def test_quarters_and_decades() -> None:
    report = wb.load_report(
        text=(
            "GDP\nThe economy grew 3.9 percent in the third quarter, the government said. Growth in the first "
            "quarter of 2013 was weaker. The fourth quarter of last year was flat. It was the worst since the 1930s.\n"
        ),
        published="2013-11-07",
    )
    found = wb.extract_dates(report).set_index("date_text")["date"].to_dict()
    assert found == {
        "in the third quarter": "2013-07-01/2013-09-30",
        "in the first quarter of 2013": "2013-01-01/2013-03-31",
        "The fourth quarter of last year": "2012-10-01/2012-12-31",
        "since the 1930s": "1930-01-01/1939-12-31",
    }
    early = wb.load_report(text="GDP\nOutput fell in the fourth quarter.\n", published="2014-02-10")
    assert wb.extract_dates(early)["date"].tolist() == ["2013-10-01/2013-12-31"]  # the last one reported


def test_a_date_naming_an_event_is_not_moved_ahead_by_the_clause(make_report: MakeReport) -> None:
    """ "the February 27 quake": the date names the quake, which a clause about what is likely cannot move."""
    body = "Officials say the death toll from February 27 quake is likely to increase as crews dig."
    assert dated(make_report, body, "2010-03-03")["from February 27"] == "2010-02-27"


@pytest.mark.parametrize(
    ("body", "expression", "expected"),
    [
        # said on a Friday in a clause that is not past: this week's weekend, to come
        ("Some of the victims are being buried this weekend.", "this weekend", "2016-06-18/2016-06-19"),
        # what goes on "after" an event named by its day came after it
        ("Soldiers continue rescue efforts after Monday's huge earthquake.", "after Monday's", "2016-06-13"),
        ("The emergency would be lifted in July after November's attacks.", "after November", "2015-11"),
        # two years in a row joined by "and" are one span
        ("Agents had questioned him in 2013 and 2014.", "in 2013 and 2014", "2013-01-01/2014-12-31"),
    ],
)
def test_weekends_events_after_and_years_in_a_row(
    make_report: MakeReport, body: str, expression: str, expected: str
) -> None:
    assert dated(make_report, body, "2016-06-17")[expression] == expected  # a Friday


def test_a_disaster_named_by_its_day_has_struck_already(make_report: MakeReport) -> None:
    body = "Rescuers are concentrating today on reaching a school buried by Friday's landslide."
    assert (
        dated(make_report, body, "2006-02-21")["by Friday's"] == "2006-02-17"
    )  # a Tuesday: the Friday before


def test_every_rule_match_holds_its_quick_cue() -> None:
    """A rule's cue lets text without it skip the rule: a cue that misses a word the rule matches hides every
    date written that way (as "tomorrow" once was)."""
    text = (
        "Officials will meet tomorrow, the day after tomorrow and on Monday. The talks of 1967–1974, "
        "between 3 and 5 March, in fiscal year 2016, last night, overnight, two days ago, the past 24 hours, "
        "in the early hours of Sunday, at 03:40 GMT, since then, three days later, that same evening, in the "
        "first quarter, the first half of 2015, in Sept. '98, this weekend, next week and the following year."
    )
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            if match.group(0) and rule.cue is not None:
                assert rule.cue.search(match.group(0)), (rule.name, match.group(0))


def test_a_headline_to_infinitive_with_a_subject_looks_ahead(make_report: MakeReport) -> None:
    report = make_report(
        "Supreme Court to Rule Wednesday on Charges Against Premier\nThe judges heard the case on Monday.",
        published="2014-05-06",  # a Tuesday
    )
    found = extract_dates(report).set_index("date_text")["date"].to_dict()
    assert found["Wednesday"] == "2014-05-07"


def test_a_recent_or_coming_date_used_as_a_modifier_is_dated(make_report: MakeReport) -> None:
    text = (
        "Talks followed the May 6 general election. Violence grows ahead of the June 27th presidential run-off."
        " Marchers recalled the October 7 attacks."
    )
    found = dated(make_report, text, "2010-06-19")
    assert found == {"May 6": "2010-05-06", "June 27th": "2010-06-27"}


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("The attack comes a day after gunmen killed 15 people in the north.", "a day after", "2024-03-13"),
        ("The ruling came two days after the court heard the case.", "two days after", "2024-03-13"),
        # the day its own sentence gave, not the report's
        ("Inspectors reached the site on Monday, four days after the plane was shot down.", "four days after",
         "2024-03-11"),
    ],
)  # fmt: skip
def test_days_after_a_clause_date_the_main_clause_by_the_reports_news(
    make_report: MakeReport, sentence: str, expression: str, expected: str
) -> None:
    assert dated(make_report, sentence, WEDNESDAY)[expression] == expected


def test_days_after_a_noun_phrase_is_no_date_of_its_own(make_report: MakeReport) -> None:
    """ "a day after the attack on the base": counted from an event whose day the phrase does not give."""
    assert "a day after" not in dated(
        make_report, "Talks resumed a day after the attack on the base.", WEDNESDAY
    )
