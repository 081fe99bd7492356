"""Reports that are one person's speech, address or statement: the prose is the speaker's own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import workbench as wb

MakeReport = Callable[..., wb.Report]

SPEECH = (
    "Minister's speech at the Harbour Forum: 3 May 2018\n"
    "Amina Oduya spoke at the Harbour Forum in Mombasa, where she set out new support for fishing towns.\n"
    "I am glad to be back in Mombasa, and I thank our hosts.\n"
    "Less than half of the fleet has been replaced. Just 40 boats of the 95 lost in the storm.\n"
    "Today I am announcing that we will provide $12 million in new grants.\n"
)


def sources(report: wb.Report) -> dict[str, str | None]:
    table = wb.extract_figures(report)
    return {
        str(t): (s if isinstance(s, str) else None)
        for t, s in zip(table["text"], table["source"], strict=True)
    }


def test_a_speech_gives_its_figures_to_the_speaker_named_in_the_line_under_its_headline(
    make_report: MakeReport,
) -> None:
    found = sources(make_report(SPEECH))
    assert found["40"] == "Amina Oduya"
    assert found["$12 million"] == "Amina Oduya"
    table = wb.extract_figures(make_report(SPEECH))
    assert set(table.loc[table["text"] == "40", "source_how"]) == {"the speaker's own prose in a speech"}


def test_i_in_a_speech_is_the_speaker_as_an_event_agent(make_report: MakeReport) -> None:
    events = wb.extract_events(make_report(SPEECH, published="2018-05-03"))
    today = events[events["date_text"].str.lower() == "today"]
    assert list(today["actor"]) == ["Amina Oduya"]


def test_a_speech_headed_by_an_office_gives_the_office_not_a_fragment_of_it(make_report: MakeReport) -> None:
    text = (
        "Address by the President of Kenya on the floods\n"
        "Fellow citizens, I speak to you tonight from Nairobi.\n"
        "Our teams have reached 3,000 families, and we will reach more tomorrow.\n"
    )
    assert sources(make_report(text))["3,000"] == "President of Kenya"


def test_news_about_a_speech_is_not_read_as_the_speech(make_report: MakeReport) -> None:
    text = (
        "Minister's speech at the Harbour Forum promises help\n"
        "Amina Oduya spoke at the Harbour Forum in Mombasa on Thursday.\n"
        "Less than half of the fleet has been replaced, and 40 boats are still missing.\n"
        "Fishermen in the town said they had waited a year for news of grants.\n"
    )
    assert sources(make_report(text))["40"] is None


def test_a_speech_headline_naming_two_people_names_no_speaker(make_report: MakeReport) -> None:
    text = (
        "Remarks by Amina Oduya and Peter Kamau at the Harbour Forum\n"
        "I am glad to be here. We have replaced 40 boats, and our towns need 55 more.\n"
    )
    assert sources(make_report(text))["40"] is None


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Report\nTheresa May spoke at the summit in New York on Tuesday.", "Theresa May"),
        ("Report\nThe guitarist Brian May said the tour would go ahead.", "Brian May"),
    ],
)
def test_a_month_after_a_given_name_is_a_surname(make_report: MakeReport, text: str, person: str) -> None:
    actors = wb.extract_actors(make_report(text))
    assert person in set(actors.loc[actors["kind"] == "person", "name"])


def test_a_month_after_a_given_name_before_a_day_number_stays_a_date(make_report: MakeReport) -> None:
    actors = wb.extract_actors(make_report("Report\nThe vote was set for Tuesday May 5 by the council."))
    assert not any("May" in str(name) for name in actors["name"])


def test_a_transcript_cut_after_its_first_turn_still_gives_the_turn_to_its_speaker(
    make_report: MakeReport,
) -> None:
    text = (
        "Press Secretary Holds a Press Briefing\n"
        "PRESS SECRETARY JANE OKAFOR: Good afternoon. The package is worth $300 million.\n"
        "That brings the total to $2 billion since January.\n"
    )
    found = sources(make_report(text))
    assert found["$300 million"] is not None and "Okafor" in str(found["$300 million"])
    assert found["$2 billion"] is not None and "Okafor" in str(found["$2 billion"])


def test_a_live_blog_line_with_a_place_label_opens_no_turn(make_report: MakeReport) -> None:
    text = (
        "Floods live\n"
        "Kisumu: roads are closed after the river rose.\n"
        "About 400 people have left their homes, volunteers estimate.\n"
        "Officials counted 12 bridges damaged.\n"
    )
    assert not any("Kisumu" in str(source) for source in sources(make_report(text)).values())


def test_the_capitalised_office_after_its_holder_is_named_means_the_holder(make_report: MakeReport) -> None:
    text = (
        "President meets governors\n"
        "President Amina Oduya met the regional governors in Nakuru.\n"
        "According to the President, 14 clinics will open this year.\n"
    )
    assert sources(make_report(text))["14"] == "Amina Oduya"


def test_a_person_the_speech_headline_is_about_is_not_its_speaker(make_report: MakeReport) -> None:
    text = (
        "Prime Minister's statement on the death of Amina Oduya\n"
        "I am speaking to you today from the capital. We are all saddened by the news.\n"
        "Over 40 years, she served our country, and 15 nations have sent condolences.\n"
    )
    assert sources(make_report(text))["15"] is None


READOUT = (
    "President of Kenya had a phone call with President of Ghana\n"
    "President of Kenya Amina Oduya had a phone call with President Kwame Mensah.\n"
    "The President of Kenya thanked her counterpart for the 300 tonnes of grain.\n"
    "According to the President, 40 countries have joined the coalition.\n"
)


def test_an_office_of_a_country_means_that_countrys_holder_not_the_last_one_named(
    make_report: MakeReport,
) -> None:
    actors = wb.extract_actors(make_report(READOUT))
    kenyan = actors[actors["name"] == "Amina Oduya"]
    assert len(kenyan) == 1 and "The President of Kenya" in kenyan.iloc[0]["aliases"]


def test_with_two_presidents_named_the_president_is_the_one_the_report_is_about(
    make_report: MakeReport,
) -> None:
    assert sources(make_report(READOUT))["40"] == "Amina Oduya"


def test_the_date_a_speech_headline_prints_is_the_speakers_event(make_report: MakeReport) -> None:
    events = wb.extract_events(make_report(SPEECH, published="2018-05-03"))
    headline = events[events["date_text"] == "3 May 2018"]
    assert list(headline["actor"]) == ["Amina Oduya"]


def test_the_date_a_briefing_headline_prints_is_the_first_speakers_event(make_report: MakeReport) -> None:
    text = (
        "Department Press Briefing – May 4, 2022\n"
        "MR OKAFOR: Good afternoon. The package is worth $300 million.\n"
        "QUESTION: When will it arrive?\n"
        "MR OKAFOR: Within weeks.\n"
    )
    events = wb.extract_events(make_report(text, published="2022-05-04"))
    headline = events[events["date_text"] == "May 4, 2022"]
    assert len(headline) == 1 and "Okafor" in str(headline.iloc[0]["actor"])


def test_the_date_of_a_news_headline_gives_no_speaker(make_report: MakeReport) -> None:
    text = (
        "Floods in the valley – May 4, 2022\n"
        "Rivers rose across the valley after three days of rain, officials said.\n"
    )
    events = wb.extract_events(make_report(text, published="2022-05-04"))
    headline = events[events["date_text"] == "May 4, 2022"]
    assert headline["actor"].isna().all()


def test_a_date_in_a_statements_headline_that_names_a_disaster_is_not_the_speakers_act(
    make_report: MakeReport,
) -> None:
    text = (
        "Aid for Valoria to Respond to March 3 Earthquake\n"
        "Secretary of State John R. Miller released the following statement:\n"
        "The devastating March 3 earthquake that struck in eastern Valoria deepened the crisis. The United States"
        " will provide nearly $20 million in aid.\n"
        "The United States stands with the people of Valoria, and we welcome support from our partners.\n"
    )
    events = wb.extract_events(make_report(text, published="2018-03-05"))
    headline = events[(events["date_text"] == "March 3") & (events["start"] < 60)]
    assert len(headline) == 1 and headline["actor"].isna().all()


def test_a_title_of_the_presidents_office_names_its_holder_not_the_president(make_report: MakeReport) -> None:
    text = (
        "Second plane with tests arrived\n"
        "Deputy Head of the Office of the President Peter Kamau said the plane had landed in Nairobi.\n"
        '"We will have about one million tests," the Deputy Head of the President\'s Office said.\n'
    )
    quotes = wb.extract_quotes(make_report(text))
    assert set(quotes["speaker"]) == {"Peter Kamau"}
    actors = wb.extract_actors(make_report(text))
    assert "President" not in set(actors["name"])


def test_a_long_office_of_a_country_is_named_whole(make_report: MakeReport) -> None:
    text = (
        "Tests delivered\nThe cargo was announced by Deputy Head of the Office of the President of Kenya.\n"
    )
    names = set(wb.extract_actors(make_report(text))["name"])
    assert "Deputy Head of the Office of the President of Kenya" in names
    assert "of Kenya" not in names


def test_we_in_a_national_leaders_address_is_the_country_but_not_inside_a_quote(
    make_report: MakeReport,
) -> None:
    text = (
        "Address by President of Kenya Amina Oduya on the floods\n"
        "Fellow citizens, I speak to you from Nairobi. Today we sent 40 trucks of food to the valley.\n"
        '"This week we counted every family," a volunteer told me. Our teams will stay.\n'
    )
    events = wb.extract_events(make_report(text, published="2018-05-03"))
    assert list(events.loc[events["date_text"] == "Today", "actor"]) == ["Kenya"]
    assert events.loc[events["date_text"] == "This week", "actor"].isna().all()


def test_we_in_a_speech_by_someone_without_a_national_office_names_no_one(make_report: MakeReport) -> None:
    text = (
        "Speech by Amina Oduya at the volunteers' dinner\n"
        "Friends, I am proud of you all. Today we sent 40 trucks of food to the valley.\n"
    )
    events = wb.extract_events(make_report(text, published="2018-05-03"))
    assert events.loc[events["date_text"] == "Today", "actor"].isna().all()


def test_the_line_under_the_headline_may_name_the_text_a_statement(make_report: MakeReport) -> None:
    text = (
        "Latest position on the coastal storms\n"
        "Rosa Kimani's statement to the Assembly on the storm response.\n"
        "Madam Speaker, I want to update the Assembly on the storms.\n"
        "We have sent 40 pumps, and 150 homes have been evacuated along the coast.\n"
    )
    found = sources(make_report(text))
    assert found["40"] == "Rosa Kimani"
    assert found["150"] == "Rosa Kimani"


BLOCK = (
    "Minister visits flood-hit towns\n"
    "Environment Minister Rosa Kimani visited three towns on Monday, the ministry said.\n"
    "Engineers have repaired 120 flood defences since January.\n"
    "Rosa Kimani said:\n"
    "I met the mayors on Tuesday. We are providing 300 new pumps this winter.\n"
    "Our engineers will stay as long as they are needed, with 45 more arriving next week.\n"
    "The ministry will publish its review in 2019, when 60 towns will have been surveyed.\n"
)


def test_words_set_off_under_x_said_are_the_speakers_while_they_speak_in_the_first_person(
    make_report: MakeReport,
) -> None:
    table = wb.extract_figures(make_report(BLOCK))
    found = {
        str(t): s if isinstance(s, str) else None for t, s in zip(table["text"], table["source"], strict=True)
    }
    assert found["300"] == "Rosa Kimani"
    assert found["45"] == "Rosa Kimani"
    assert found["120"] is None  # the release's own prose before the block
    assert found["60"] is None  # the release's prose after the block: no first person
    how = set(table.loc[table["text"] == "300", "source_how"])
    assert how == {"the speaker's words set off under 'X said:'"}


def test_a_block_quote_goes_on_through_one_plain_paragraph_when_the_next_speaks_in_the_first_person(
    make_report: MakeReport,
) -> None:
    text = (
        "Aid flights resume\n"
        "The agency resumed flights on Monday.\n"
        "Aid Minister Tomas Brandt said:\n"
        "The need is urgent and this flight will bring relief.\n"
        "This is the fourth flight this month, carrying 40 tonnes of aid.\n"
        "After 8 weeks of fighting we remain committed to the people of the region.\n"
        "The agency has run 12 other routes.\n"
        "Officials described the route:\n"
        "Convoys carried 70 tonnes by road. We expect more soon.\n"
    )
    table = wb.extract_figures(make_report(text))
    found = {
        str(t): s if isinstance(s, str) else None for t, s in zip(table["text"], table["source"], strict=True)
    }
    assert found["40"] == "Tomas Brandt"  # between two paragraphs of his block
    assert found["8"] == "Tomas Brandt"
    assert found["12"] is None  # plain prose not followed by the first person ends the block
    assert found["70"] != "Tomas Brandt"  # a line ending on a colon introduces someone else's words


def test_i_in_a_block_quote_is_its_speaker(make_report: MakeReport) -> None:
    events = wb.extract_events(make_report(BLOCK, published="2018-05-03"))
    tuesday = events[events["date_text"] == "on Tuesday"]
    assert list(tuesday["actor"]) == ["Rosa Kimani"]


def test_a_ministers_update_to_parliament_is_the_ministers_statement(make_report: MakeReport) -> None:
    """ "Transport Secretary's update to Parliament on the floods" printed in the first person."""
    text = (
        "Transport Secretary's update to Parliament on the harbour floods\n"
        "The Transport Secretary has updated Parliament about the floods in Port Amina.\n"
        "As I told the House last week, the harbour was closed on Tuesday.\n"
        "I met some of the rescue crews at the weekend.\n"
    )
    events = wb.extract_events(make_report(text, published="2018-07-09"))
    actors = dict(zip(events["date_text"], events["actor"], strict=True))
    assert actors["last week"] == actors["at the weekend"] == "The Transport Secretary"


@pytest.mark.parametrize(
    ("byline", "source"),
    [("Amina Oduya, Minister of Fisheries", "Amina Oduya"), ("Kate Mensah, Harbour News", None)],
)
def test_a_statement_signed_under_its_headline_is_its_authors(
    make_report: MakeReport, byline: str, source: str | None
) -> None:
    """ "Michael R. Pompeo, Secretary of State" under a statement's headline; a reporter's byline is no author."""
    text = (
        "New Aid Builds Upon Our Support for Fishing Towns\n"
        f"{byline}\n"
        "As we rebuild, our government is providing $12 million in new grants.\n"
        "We have replaced 40 boats lost in the storm.\n"
    )
    assert sources(make_report(text))["$12 million"] == source


def test_the_one_said_to_give_the_statement_speaks_not_a_person_the_headline_is_about(
    make_report: MakeReport,
) -> None:
    text = (
        "Omar Diallo is directing a campaign of violence against civilians: UK statement at the Security Council\n"
        "Ambassador Amina Oduya gave a statement at the Security Council meeting on the humanitarian situation.\n"
        "Thank you, Madam President. I also want to thank our briefers.\n"
        "1.7 million refugees have fled. We have given $520 million in aid.\n"
    )
    found = sources(make_report(text))
    assert found["1.7 million"] == "Amina Oduya"
    assert found["$520 million"] == "Amina Oduya"


def test_a_statement_by_a_named_person_under_the_headline_is_theirs(make_report: MakeReport) -> None:
    text = (
        "Attacks on the harbour are growing worse: UK statement at the Security Council\n"
        "Statement by Ambassador Amina Oduya, UK Deputy Permanent Representative to the UN, at the Security "
        "Council meeting on attacks on civilians.\n"
        "Colleagues, as we meet today, we are again compelled to speak of the attacks.\n"
        "Over 35,000 civilians have been killed or injured. We will not look away.\n"
    )
    assert sources(make_report(text))["35,000"] == "Amina Oduya"
