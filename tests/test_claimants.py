"""Who claims a figure: each attribution pattern on a short text of its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import workbench as wb
from workbench.attribution.claimants import find_quote_spans

MakeReport = Callable[..., wb.Report]


def source_of(make_report: MakeReport, text: str, written: str) -> str | None:
    table = wb.extract_figures(make_report(text))
    hits = table[table["text"] == written]
    assert len(hits) >= 1, table[["text", "source"]]
    value = hits.iloc[-1]["source"]
    return value if isinstance(value, str) else None


@pytest.mark.parametrize(
    ("text", "written", "source"),
    [
        # subject of a reporting verb, before or after the claim
        ("Report\nThe Red Cross said on Monday that 240 detainees had been freed.", "240", "Red Cross"),
        (
            "Report\nAt least 19 people died in the landslide, the provincial government said.",
            "19",
            "provincial government",
        ),
        ("Report\nThe clinic treated 85 patients, said Dr Amara Sesay, its director.", "85", "Amara Sesay"),
        # headline attribution
        ("Floods leave 3,000 homeless, charity says\nBody text follows here.", "3,000", "charity"),
        # according to, and "according to <document> by X"
        (
            "Report\nPrices rose 14% last month, according to the statistics office.",
            "14%",
            "statistics office",
        ),
        (
            "Report\nThe fire razed 90 hectares, according to an estimate by the Forest Service.",
            "90",
            "Forest Service",
        ),
        # estimating verbs
        (
            "Report\nThe Harbour Authority estimated that 6,000 containers were stranded.",
            "6,000",
            "Harbour Authority",
        ),
        ("Report\nThe federation put the number of missing miners at 31.", "31", "federation"),
        # a spokesperson for an organisation speaks for it
        ("Report\nA spokesman for the Coast Guard said 12 boats had capsized.", "12", "Coast Guard"),
        # whoever requests, proposes or sets out an amount states it
        ("Report\nAmara Sesay requested the court impose a fine of 100 riel.", "100", "Amara Sesay"),
        ("Report\nThe governor's office proposed a budget of $4 billion.", "$4 billion", "governor's office"),
        # "he" in the clause of a reporting verb is its subject, whoever was named before
        (
            "Report\nMayor Carlos Ruiz toured the port. A rebel said on Tuesday he believed about 40 boats had sunk.",
            "40",
            "rebel",
        ),
        # a dateline's city and "today" parsed as subjects leave the real one
        (
            "Report\nOTTAWA - The Canadian Agency for Northern Development (CANDEV) today announced more than"
            " $5 million in new funding.",
            "$5 million",
            "Canadian Agency for Northern Development",
        ),
        # evidence that "confirms" inside a report is the reporter's claim
        (
            "Report\nHealth officials in Chile say tests confirm that a 12-year-old boy who died on Sunday"
            " was infected.",
            "12",
            "Health officials in Chile",
        ),
        # informing someone of a clause
        (
            "Report\nThe governor informed the minister that exports grew by 4 percent.",
            "4",
            "governor",
        ),
        # asking for an amount through "for", and what the money is for
        (
            "Report\nThe Red Cross on Friday appealed for $9 million to feed 40,000 people.",
            "$9 million",
            "Red Cross",
        ),
        (
            "Report\nThe Red Cross on Friday appealed for $9 million to feed 40,000 people.",
            "40,000",
            "Red Cross",
        ),
        # "with X saying ...": an absolute clause names who says it
        (
            "Report\nThat number is likely to grow, with officials saying 30 people are missing.",
            "30",
            "officials",
        ),
        # a count reported in a small clause, and the one coordinated with it
        ("Report\nThe Red Cross is reporting over 160 dead and 370 injured.", "370", "Red Cross"),
    ],
)
def test_reporting_patterns(make_report: MakeReport, text: str, written: str, source: str) -> None:
    found = source_of(make_report, text, written)
    assert found is not None and source.lower() in found.lower()


def test_a_date_put_first_without_a_comma_is_not_part_of_the_claimant(make_report: MakeReport) -> None:
    assert (
        source_of(make_report, "Report\nLast night rebels said they had downed 14 drones.", "14") == "rebels"
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Report\nThe state-run Kavar news agency said 14 people were killed.", "Kavar"),
        ("Report\nSome 30 drones were downed, according to the official Pela-Rin news agency.", "Pela-Rin"),
        ("Report\nA news agency said 14 people were killed.", "A news agency"),  # no name to keep
    ],
)
def test_a_news_agency_is_known_by_its_own_name(make_report: MakeReport, text: str, source: str) -> None:
    written = "14" if "14" in text else "30"
    assert source_of(make_report, text, written) == source


def test_the_total_a_reported_figure_brings_is_the_reporters_too(make_report: MakeReport) -> None:
    text = "Report\nThe health ministry reported 1,200 new cases on Saturday, bringing the total to 45,000."
    assert (
        source_of(make_report, text, "45,000")
        == source_of(make_report, text, "1,200")
        == "The health ministry"
    )


@pytest.mark.parametrize(
    ("text", "written", "source"),
    [
        ("Vote\nThe election board announced partial results Monday, giving the ruling party 61% of the vote.",
         "61%", "The election board"),
        ("Vote\nThe election board met on Monday, giving the ruling party 61% of the seats on its panel.",
         "61%", None),
    ],
)  # fmt: skip
def test_what_an_announced_thing_holds_is_the_announcers(
    make_report: MakeReport, text: str, written: str, source: str | None
) -> None:
    """ "announced results, giving X 61%": the participle spells out what was announced; after a verb
    that announces nothing, it claims nothing."""
    assert source_of(make_report, text, written) == source


@pytest.mark.parametrize(
    ("text", "written", "source"),
    [
        ("Deal\nThe republic promised to invest $7 billion in the port over the next decade.", "$7 billion",
         "the republic"),
        ("Raid\nThe rebel council vowed to seize 12 more towns.", "12", "The rebel council"),
        ("Raid\nThe president vowed to avenge the car bomb attack that killed at least 31.", "31", None),
    ],
)  # fmt: skip
def test_what_is_promised_is_the_promisers_but_not_what_it_is_about(
    make_report: MakeReport, text: str, written: str, source: str | None
) -> None:
    """A promise or vow commits its maker to the figure it holds ("promised to invest $7 billion"), not to
    a figure in a clause describing what the promise is about ("vowed to avenge the attack that killed 31")."""
    assert source_of(make_report, text, written) == source


def test_a_count_of_those_who_seek_something_is_the_outer_speakers(make_report: MakeReport) -> None:
    text = (
        "Report\nThe health ministry said that at least 30 people, including six police officers, have"
        " sought treatment."
    )
    assert source_of(make_report, text, "30") == source_of(make_report, text, "six") == "The health ministry"


@pytest.mark.parametrize(
    ("text", "written", "source"),
    [
        (
            "Officials say four children have died of the flu, and 16 other people are infected.",
            "16",
            "Officials",
        ),
        ("The minister said 12 people died, and rescuers said 40 were missing.", "40", "rescuers"),
        (
            "The government raised the official death toll again Wednesday to nearly 1,500.",
            "1,500",
            "the government",
        ),
        ("Authorities earlier placed the toll of wounded at about 60.", "60", "Authorities"),
        ("Prosecutors have asked the judge to sentence him to 80 years in prison.", "80", "Prosecutors"),
    ],
)
def test_a_report_goes_on_through_and_and_a_tally_is_its_setters(
    make_report: MakeReport, text: str, written: str, source: str
) -> None:
    assert source_of(make_report, "Report\n" + text, written) == source


@pytest.mark.parametrize(
    "text",
    [
        "Report\nFriday's report from the Labor Department says there was a net loss of 533,000 jobs.",
        "Report\nFriday's Labor Department report says there was a net loss of 533,000 jobs.",
    ],
)
def test_a_date_owning_a_report_is_not_its_author(make_report: MakeReport, text: str) -> None:
    assert source_of(make_report, text, "533,000") == "Labor Department"


def test_it_said_refers_back_to_the_previous_claimant(make_report: MakeReport) -> None:
    text = (
        "Report\nThe Northern Water Board said supplies were falling. "
        "It said 45,000 households had no running water."
    )
    assert "Northern Water Board" in (source_of(make_report, text, "45,000") or "")


def test_they_said_refers_back_to_the_people_who_spoke_not_the_body_named_before_them(
    make_report: MakeReport,
) -> None:
    text = (
        "Report\nThe Northern Brigade says it has cleared 12 villages.\n"
        "Local officials say brigade and militia fighters clashed near the river on Friday.\n"
        "They say 25 fighters were killed."
    )
    assert source_of(make_report, text, "25") == "Local officials"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A military spokesman said at least five rebels died.", "military spokesman"),
        ("A spokesman said at least five rebels died.", None),  # no one described: unknown
    ],
)
def test_a_spokesperson_described_by_an_adjective_is_the_claimant_as_described(
    make_report: MakeReport, text: str, source: str | None
) -> None:
    assert source_of(make_report, "Report\n" + text, "five") == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Rights groups place voter turnout at about 12 percent.", "Rights groups"),
        ("Monitors put voter turnout at about 12 percent.", "Monitors"),
        ("The ministry placed 12 percent of its staff at the border posts.", None),  # no value put "at"
    ],
)
def test_placing_or_putting_a_quantity_at_a_value_claims_it(
    make_report: MakeReport, text: str, source: str | None
) -> None:
    assert source_of(make_report, "Report\n" + text, "12") == source


def test_an_organisation_name_is_kept_whole_across_for_and_of(make_report: MakeReport) -> None:
    text = "Report\nThe Office for the Protection of Coastal Towns said 320 houses were lost."
    assert source_of(make_report, text, "320") == "Office for the Protection of Coastal Towns"


def test_an_attribution_ends_where_the_next_clause_begins(make_report: MakeReport) -> None:
    text = "Report\nMany had walked for 40 km, aid workers said, and some arrived with wounds."
    assert source_of(make_report, text, "40") == "aid workers"


def test_a_figure_quoted_from_an_unnamed_source_keeps_the_whole_description(make_report: MakeReport) -> None:
    text = 'Report\n"We lost 12 trucks on the road," said a driver who escaped the ambush.'
    assert source_of(make_report, text, "12") == "a driver who escaped the ambush"


def test_the_agency_is_the_organisation_that_just_spoke(make_report: MakeReport) -> None:
    text = (
        "Report\n“People arrive with nothing,” said Ana Ruiz, a spokesperson for ARDA, the UN refugee "
        "agency, at a briefing in Lima on Monday.\n"
        "ARDA said a further 3,000 people had crossed the border.\n"
        "The Andean Food Programme (AFP) warned that its stocks could run out. "
        "Of five convoys it sent this month, two were looted, the agency said."
    )
    assert source_of(make_report, text, "five") == "Andean Food Programme (AFP)"


def test_he_said_refers_back_to_the_previous_person(make_report: MakeReport) -> None:
    text = "Report\nMayor Ines Duarte visited the site. The blaze destroyed 70 stalls, she said."
    assert source_of(make_report, text, "70") == "Ines Duarte"


def test_claimant_named_in_the_next_sentence(make_report: MakeReport) -> None:
    text = (
        "Report\nRoughly 1,100 fishermen have lost their boats. "
        "That estimate came from the Fisheries Cooperative, which surveyed members."
    )
    assert source_of(make_report, text, "1,100") == "Fisheries Cooperative"


def test_uncued_sentences_between_two_of_one_speaker_in_a_paragraph_are_theirs(
    make_report: MakeReport,
) -> None:
    text = (
        "Report\nThe relief effort has been impressive, Ruth Okafor said. Flights began in August. "
        "Crews have since delivered 3.1 million pounds of aid. This brings the total to 8 million pounds, "
        "Okafor said.\nThe harbour reopened on Friday."
    )
    assert source_of(make_report, text, "3.1 million") == "Ruth Okafor"


@pytest.mark.parametrize(
    ("second", "source"),
    [
        ("All aid is sent at the government's request, Ruth Okafor said.", "Ruth Okafor"),
        ("Ruth Okafor said the roads were closed.", None),
    ],
)
def test_a_speaker_named_after_their_words_in_the_next_sentence_claims_the_figure(
    make_report: MakeReport, second: str, source: str | None
) -> None:
    """ "X. Y, the colonel said.": the next sentence of the paragraph gives its speaker after the words."""
    text = f"Report\nHelicopters have rescued 1,200 people to date. {second}"
    assert source_of(make_report, text, "1,200") == source


@pytest.mark.parametrize(
    ("text", "written", "source"),
    [
        ("Witnesses saw three bodies being carried from the market.", "three", "Witnesses"),
        ("The mountain pass saw 341mm of rain in a day.", "341mm", None),
        ("The summit, which saw 40 leaders arrive, ended on Friday.", "40", None),
    ],
)
def test_people_and_bodies_who_saw_a_number_claim_it_but_places_and_events_do_not(
    make_report: MakeReport, text: str, written: str, source: str | None
) -> None:
    assert source_of(make_report, "Report\n" + text, written) == source


def test_they_in_the_clause_of_a_plural_reporter_is_that_reporter(make_report: MakeReport) -> None:
    text = (
        "Report\nThe exile government says 19 more people were shot dead. "
        "Witnesses tell reporters that they could confirm at least 12 people were killed."
    )
    assert source_of(make_report, text, "12") == "Witnesses"


def test_unnamed_sources_a_speaker_relays_leave_the_claim_to_the_speaker(make_report: MakeReport) -> None:
    text = 'Report\n"Reliable sources have confirmed that at least 80 people were killed," Ana Lopes said.'
    assert source_of(make_report, text, "80") == "Ana Lopes"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The exiles say 80 people died, despite Norland's claim that only ten people are dead.", "Norland"),
        ("Prices rose after yesterday's announcement that only ten people are dead.", None),
    ],
)
def test_the_owner_of_a_claim_noun_claims_its_that_clause(
    make_report: MakeReport, text: str, source: str | None
) -> None:
    assert source_of(make_report, "Report\n" + text, "ten") == source


def test_figure_inside_a_quote_belongs_to_the_speaker(make_report: MakeReport) -> None:
    text = 'Report\n"We have lost 14 colleagues this year. Nobody is safe," said Tariq Haddad, a union organiser.'
    assert source_of(make_report, text, "14") == "Tariq Haddad"


def test_a_figure_the_speaker_says_a_body_recognises_is_that_bodys(make_report: MakeReport) -> None:
    text = (
        'Report\n"Prices are rising. Now the agency recognises that hunger will reach 47 million people '
        'this year," said Tariq Haddad, a union organiser.'
    )
    assert source_of(make_report, text, "47 million") == "the agency"


def test_quote_continued_after_the_attribution(make_report: MakeReport) -> None:
    text = "Report\nCaptain Lena Moritz spoke to reporters. “Our divers recovered 27 bodies,” she said."
    assert source_of(make_report, text, "27") == "Lena Moritz"


def test_narrator_facts_in_an_apposition_are_not_claimed(make_report: MakeReport) -> None:
    text = "Report\nThe Port Alliance, which runs 11 terminals, said exports fell by 8%."
    table = wb.extract_figures(make_report(text))
    sources = dict(zip(table["text"], table["source"], strict=True))
    assert not isinstance(sources["11"], str)
    assert "Port Alliance" in sources["8%"]


def test_a_denial_is_not_a_claim(make_report: MakeReport) -> None:
    text = "Report\nThe ministry did not say how many of the 300 prisoners were released."
    assert source_of(make_report, text, "300") is None


def test_no_cue_means_no_claimant(make_report: MakeReport) -> None:
    text = "Report\nThe ferry carried 212 passengers when it sank. Rescue boats reached it at dawn."
    assert source_of(make_report, text, "212") is None


def test_joint_claimants(make_report: MakeReport) -> None:
    text = "Report\nNorway and Denmark on Friday pledged $60m for reconstruction."
    assert source_of(make_report, text, "$60m") == "Norway and Denmark"


def test_the_definite_description_resolves_to_the_named_body(make_report: MakeReport) -> None:
    text = (
        "Report\nThe Delta Relief Fund opened an office in the city. "
        "About 5,000 families have applied for help, the fund said."
    )
    assert "Delta Relief Fund" in (source_of(make_report, text, "5,000") or "")


def test_quote_spans_skip_apostrophes() -> None:
    report = wb.load_report(text="Title\nShe said ‘the agency’s list isn’t complete’ and left.")
    (start, end), *_rest = find_quote_spans(report)
    assert report.text[start:end] == "the agency’s list isn’t complete"


def test_curly_possessive_parses_like_a_straight_one() -> None:
    report = wb.load_report(text="Title\nThe province’s health office said 30 clinics had closed.")
    possessive = [t for t in report.doc if t.text in ("’s", "'s")]
    assert possessive and possessive[0].tag_ == "POS"
    assert report.tokens["text"].str.contains("’s").any()  # the report's own tokens keep the text


def test_headline_actor_before_a_colon(make_report: MakeReport) -> None:
    text = "WHO: 40 hospitals out of service\nThe agency gave no further details."
    assert source_of(make_report, text, "40") == "WHO"


def test_headline_topic_before_a_colon_is_not_a_claimant(make_report: MakeReport) -> None:
    text = "Harbour fire live: 12 boats burned\nFirefighters are still at the scene."
    assert source_of(make_report, text, "12") is None


def test_attribution_carries_on_into_a_with_phrase(make_report: MakeReport) -> None:
    text = "Report\nThe toll rose to 64, the interior ministry said, with 210 people injured."
    assert "interior ministry" in (source_of(make_report, text, "210") or "")


def test_an_estimate_covers_its_comparison(make_report: MakeReport) -> None:
    text = "Report\nThe agency put the number of people in need at 4 million, up from 3 million in May."
    before, after = source_of(make_report, text, "3 million"), source_of(make_report, text, "4 million")
    assert before == after and "agency" in (after or "")


@pytest.mark.parametrize(
    ("text", "written", "source"),
    [
        # a claim after the figure's own phrase: "Representatives of 50 nations pledged ..., X said"
        (
            "Report\nDelegates from more than 50 nations pledged more aid for the region, Secretary of State "
            "Maria Okafor said today in Geneva.",
            "50",
            "Maria Okafor",
        ),
        # a hedged number the parse takes for a preposition
        ("Report\nThe broadcaster Channel Nine is reporting over 160 dead.", "160", "Channel Nine"),
        # in a transcript every figure of a turn is the speaker's
        (
            "Daily briefing\nMR OKAFOR: Good afternoon.\nMR OKAFOR: The agency will provide $290 million more.\n"
            "QUESTION: Thank you. How much of it is new?",
            "$290 million",
            "Okafor",
        ),
        # a label may carry a note in brackets before its colon
        (
            "Briefing\nCOL. JO ADEBAYO (Public Affairs): Good morning. General Mara Okafor joins us.\n"
            "GEN. OKAFOR: We now have over 20,000 troops in the region.",
            "20,000",
            "Okafor",
        ),
        # a label in capitals names its speaker whole, title left out
        (
            "Briefing\nCOL. JO ADEBAYO (Public Affairs): Good morning.\n"
            "GEN. MARA OKAFOR: We now have over 20,000 troops in the region.",
            "20,000",
            "Mara Okafor",
        ),
    ],
)
def test_claimants_of_real_copy(make_report: MakeReport, text: str, written: str, source: str) -> None:
    found = source_of(make_report, text, written)
    assert found is not None and source in found


@pytest.mark.parametrize(
    "text",
    [
        "Report\nThe air strikes on Saturday have claimed at least 220 lives.",
        "Report\nLast week's flooding in the city showed that 3,000 homes were at risk.",
        "Update\nA storm closed the port. Then: 40 boats sank.\nNews: the port reopened with 12 boats.",
    ],
)
def test_events_datelines_and_lone_labels_claim_nothing(make_report: MakeReport, text: str) -> None:
    table = wb.extract_figures(make_report(text))
    assert table["source"].isna().all(), table[["text", "source"]]


def test_whoever_believes_a_figure_claims_it(make_report: MakeReport) -> None:
    text = (
        "Clashes spread in the south\nAt least 62 people have been killed, police said, although the"
        " interim government believes that there could be up to 200 dead."
    )
    assert source_of(make_report, text, "62") == "police"
    assert source_of(make_report, text, "200") == "the interim government"


def test_what_a_speaker_wants_someone_to_find_is_not_that_someones_claim(make_report: MakeReport) -> None:
    text = (
        "Workers rally at court\nMai Sok, a union leader, spoke outside. “We only want the court to find"
        " justice for the 23 union workers,” she said."
    )
    assert source_of(make_report, text, "23") == "Mai Sok"


def test_an_additive_sentence_goes_on_with_the_report_before_it(make_report: MakeReport) -> None:
    text = (
        "Report\nThe health minister noted that 651 people had recovered this week. "
        "In addition, only 153 of the 2,635 ventilators are in use.\n"
        "Only 12 clinics are open, volunteers said."
    )
    assert "health minister" in str(source_of(make_report, text, "153"))
    assert source_of(make_report, text, "12") == "volunteers"


def test_a_sentence_without_an_additive_opening_is_not_continued(make_report: MakeReport) -> None:
    text = "Report\nThe health minister noted that 651 people had recovered this week. Only 153 ventilators are in use."
    assert source_of(make_report, text, "153") is None


def test_a_body_spelled_out_with_and_then_its_officer_is_the_officer(make_report: MakeReport) -> None:
    text = (
        "WASHINGTON - Attorney General Maria Keller and Department of Housing and Urban Development (HUD) "
        "Secretary Tom Reyes announced today charges against 310 defendants in 12 states."
    )
    assert source_of(make_report, text, "310") == "Maria Keller and Tom Reyes"
    registry = wb.actor_registry(make_report(text))
    body = registry.lookup("HUD")
    assert body is not None and body.name == "Department of Housing and Urban Development"
    assert registry.lookup("Department of Housing") in (None, body)  # not a body of its own


def test_a_person_named_in_the_commas_closing_a_described_subject_claims(make_report: MakeReport) -> None:
    text = (
        "Floods spread\nA spokesman for the Children's Relief Fund, Jonas Berg, says the rains ended a two-year"
        " drought. An officer with the Regional Disaster Coordination Office, Odile Bexley, says five rivers rose."
    )
    assert source_of(make_report, text, "two") == "Jonas Berg"
    assert source_of(make_report, text, "five") == "Odile Bexley"


def test_a_headline_figure_is_claimed_by_whoever_claims_it_in_the_body(make_report: MakeReport) -> None:
    text = "Quake Leaves 40,000 Homeless\nThe Red Crescent says 40,000 people are homeless after the quake."
    table = wb.extract_figures(make_report(text))
    headline = table[table["paragraph_id"] == 0].iloc[0]
    assert headline["source"] == "Red Crescent"
    assert headline["source_how"] == "claimant of the same figure in the body"


def test_people_in_a_country_do_not_stand_for_it(make_report: MakeReport) -> None:
    text = "Floods\nAid workers in northern Kenya say heavy rains have killed several dozen people."
    speakers = wb.extract_quotes(make_report(text))["speaker"].tolist()
    assert speakers == ["workers in northern Kenya"]


def test_who_predicted_a_figure_claims_it_and_a_by_phrase_says_who_they_are(make_report: MakeReport) -> None:
    text = "Growth\nThe economy grew 5.7%. Economists surveyed by the Daily Ledger had predicted a 4.6% rise."
    assert source_of(make_report, text, "4.6%") == "Economists surveyed by the Daily Ledger"


def test_a_second_verb_shares_the_subject_of_the_first(make_report: MakeReport) -> None:
    text = "Clashes\nThe Ministry of Interior accuses the rebels of looting and says 15 guards were killed."
    assert source_of(make_report, text, "15") == "Ministry of Interior"


def test_whom_a_report_quotes_as_saying_claims_the_figure(make_report: MakeReport) -> None:
    text = "Blast\nEarlier reports quoted district officials as saying the blast killed six workers."
    assert source_of(make_report, text, "six") == "district officials"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ambassador Maria Okonjo was quoted in media reports as saying the troops were 90 kilometers away.",
        "Ambassador Maria Okonjo was quoted by a news agency as saying the troops were 90 kilometers away.",
    ],
)
def test_who_is_quoted_as_saying_in_the_passive_claims_the_figure(
    make_report: MakeReport, sentence: str
) -> None:
    assert source_of(make_report, f"Advance\n{sentence}", "90") == "Maria Okonjo"


def test_a_spokesman_named_after_a_long_body_name_claims_not_the_body(make_report: MakeReport) -> None:
    text = "Killings\nMovement for Democratic Renewal spokesman Peter Kamau says the bodies of four activists were found."
    assert source_of(make_report, text, "four") == "Peter Kamau"


def test_an_aside_inside_what_a_speaker_says_is_the_speakers_claim(make_report: MakeReport) -> None:
    text = (
        "Floods\nMinister Peter Kamau says warning systems have improved since the 2011 floods,"
        " which left more than 9,000 people homeless."
    )
    assert source_of(make_report, text, "9,000") == "Peter Kamau"


def test_an_aside_outside_any_report_stays_the_narrators(make_report: MakeReport) -> None:
    text = "Floods\nThe river burst its banks in the 2011 floods, which left more than 9,000 people homeless."
    assert source_of(make_report, text, "9,000") is None


def test_a_weekday_before_a_trailing_said_is_no_claimant(make_report: MakeReport) -> None:
    text = (
        "Evacuees\nDozens of buses began arriving from the coast Saturday said Army National Guard spokesman"
        " Capt. Peter Kamau."
    )
    assert source_of(make_report, text, "Dozens") == "Peter Kamau"


def test_a_document_that_blames_claims_the_figures_of_its_clause(make_report: MakeReport) -> None:
    text = "Toll\nOn Monday, a new Amnesty International report blamed the militia for 340 civilian deaths."
    assert source_of(make_report, text, "340") == "Amnesty International"


def test_a_page_claims_for_its_owner_and_an_unowned_page_for_no_one(make_report: MakeReport) -> None:
    text = (
        "Blast\nAccording to the Interior Ministry's official Facebook page, the blast wounded 19 people. "
        "According to a Facebook page, 12 more died."
    )
    assert source_of(make_report, text, "19") == "Interior Ministry"
    assert source_of(make_report, text, "12") is None


def test_a_source_quoted_without_a_name_leaves_the_claim_with_the_outlet(make_report: MakeReport) -> None:
    text = "Siege\nThe Daily Courier quoted a source as saying there may have been 26 gunmen."
    assert source_of(make_report, text, "26") == "Daily Courier"


def test_the_presidents_page_is_the_named_presidents(make_report: MakeReport) -> None:
    text = (
        "Blast\nPresident Maria Okonjo has condemned the bombing. "
        "According to the president's official Facebook page, the blast killed 19 people."
    )
    assert source_of(make_report, text, "19") == "Maria Okonjo"
    actors = wb.extract_actors(make_report(text))
    assert "Facebook" not in " ".join(actors["name"])  # "official" is an adjective, not a title


def test_an_edited_letter_is_no_claimant(make_report: MakeReport) -> None:
    text = 'Report\nPolice chief Omar Diallo visited the site. "[W]e fear some ten people are trapped", Diallo said.'
    assert source_of(make_report, text, "ten") != "e"


@pytest.mark.parametrize(
    ("text", "written", "source"),
    [
        (
            "Report\nThe Finance Minister set out that the aim was to raise €2 billion.",
            "€2 billion",
            "Finance Minister",
        ),
        ("Report\nThe mayor pointed out that 40 homes had been flooded.", "40", "mayor"),
        ("Report\nThe council set out a plan to repair 40 homes.", "40", None),
    ],
)
def test_pointed_out_and_set_out_report_their_that_clause(
    make_report: MakeReport, text: str, written: str, source: str | None
) -> None:
    claimant = source_of(make_report, text, written)
    assert (claimant.removeprefix("The ").removeprefix("the ") if claimant else None) == source


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("The Governor spoke about the results of the season.", "Governor"),
        ("The Governor reported on the results of the season.", "Governor"),
        ("The Governor spoke at the opening of the fair.", None),
    ],
)
def test_speaking_about_a_topic_introduces_the_account_that_follows(
    make_report: MakeReport, opening: str, source: str | None
) -> None:
    text = f"Report\n{opening} The region has harvested 15 million tonnes of grain this year."
    claimant = source_of(make_report, text, "15 million")
    assert (claimant.removeprefix("The ").removeprefix("the ") if claimant else None) == source


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("Task force officials reported details of the latest raids.", "Task force officials"),
        ("Task force officials spoke about the latest raids.", None),  # a topic: its own paragraph only
    ],
)
def test_details_announced_run_on_through_headings_and_lists(
    make_report: MakeReport, opening: str, source: str | None
) -> None:
    text = (
        f"Raids continue\n{opening}\nRaids in the north\nPatrol boats conducted 14 raids in the north:\n"
        "-- Near the harbour, 9 raids destroyed two depots.\n"
    )
    assert source_of(make_report, text, "14") == source_of(make_report, text, "9") == source


def test_a_briefing_still_to_come_introduces_no_account(make_report: MakeReport) -> None:
    text = "Report\nThe Governor will brief the President today on the season. The region has harvested 15 million tonnes."
    assert source_of(make_report, text, "15 million") is None


def test_a_bodys_officer_described_by_role_is_not_the_body(make_report: MakeReport) -> None:
    text = (
        "Report\nThe election commission chairman said on Thursday that the governor won 54 percent.\n"
        "The court said the results were void because the election commission missed a deadline."
    )
    assert source_of(make_report, text, "54") == "the election commission chairman"


def test_sources_including_named_ones_are_the_named_ones(make_report: MakeReport) -> None:
    text = (
        "Report\nAccording to several news outlets including Reuters and the BBC, 12 miners were found dead."
    )
    assert source_of(make_report, text, "12") == "Reuters and BBC"


def test_up_from_after_a_trailing_attribution_is_still_attributed(make_report: MakeReport) -> None:
    text = (
        "Report\nThe death toll from the blast rose to 41 on Thursday, the health ministry said, "
        "up from 27 announced a day earlier."
    )
    assert source_of(make_report, text, "41") == "the health ministry"
    assert source_of(make_report, text, "27") == "the health ministry"


def test_what_is_announced_in_the_passive_is_claimed_by_the_by_agent(make_report: MakeReport) -> None:
    text = (
        "Report\nA new £40 million fund which will create hundreds of jobs has been announced by the "
        "Mayor of Exampletown today."
    )
    assert source_of(make_report, text, "£40 million") == "the Mayor of Exampletown"
    assert source_of(make_report, text, "hundreds") == "the Mayor of Exampletown"


@pytest.mark.parametrize(
    ("sentence", "written", "claimant"),
    [
        ("The army, officials said, has deployed 3,000 troops to the border.", "3,000", "officials"),
        ("More than 40 people, the ministry said, were killed in the blast.", "40", "the ministry"),
        ("Across the region, the Guard, Smith said, has about 5,000 members on duty.", "5,000", "Smith"),
    ],
)
def test_a_reporting_clause_set_off_by_commas_inside_a_sentence_claims_it(
    make_report: MakeReport, sentence: str, written: str, claimant: str
) -> None:
    assert source_of(make_report, "Report\n" + sentence, written) == claimant


def test_a_reporting_clause_of_another_sentence_part_claims_nothing_inserted(make_report: MakeReport) -> None:
    text = "Report\nThe army has deployed 3,000 troops, and officials said the border is calm."
    assert source_of(make_report, text, "3,000") is None


def test_a_trailing_speaker_parsed_as_an_apposition_still_claims(make_report: MakeReport) -> None:
    text = (
        "Report\nThere are 430 National Park Service rangers posted to the U.S.-Canada border, the head of "
        "the National Park Service told reporters today."
    )
    assert source_of(make_report, text, "430") == "the head of the National Park Service"


def test_who_acknowledges_a_loss_claims_its_count(make_report: MakeReport) -> None:
    text = "Report\nThe republic has acknowledged the loss of 44 soldiers since the fighting broke out."
    assert source_of(make_report, text, "44") == "the republic"


def test_a_trailing_attribution_covers_a_relative_clause_before_it(make_report: MakeReport) -> None:
    text = (
        "Report\nThe drought has deepened needs across the province, where some 60% of families are short "
        "of food, relief groups say."
    )
    assert source_of(make_report, text, "60%") == "relief groups"


def test_an_elided_second_clause_of_a_report_is_the_speakers_too(make_report: MakeReport) -> None:
    text = (
        "Report\nDistrict governor Ahmad Karimi told reporters that at least 300 people were killed, and "
        "800 others injured in three villages."
    )
    assert source_of(make_report, text, "800") == "Ahmad Karimi"
    assert source_of(make_report, text, "three") == "Ahmad Karimi"


@pytest.mark.parametrize(
    ("sentence", "written", "claimant"),
    [
        ("As the ministry said on Monday, 40 people died in the floods.", "40", "the ministry"),
        (
            "And as we have heard from the Red Cross, hundreds of civilians have been killed.",
            "hundreds",
            "Red Cross",
        ),
    ],
)
def test_a_fronted_as_clause_of_saying_or_hearing_from_claims_the_sentence(
    make_report: MakeReport, sentence: str, written: str, claimant: str
) -> None:
    assert source_of(make_report, "Report\n" + sentence, written) == claimant


def test_a_fronted_as_clause_of_time_claims_nothing(make_report: MakeReport) -> None:
    text = "Report\nAs the water rose on Monday, 40 people were evacuated from the town."
    assert source_of(make_report, text, "40") is None


def test_the_items_of_a_list_set_out_under_a_colon_are_its_setters(make_report: MakeReport) -> None:
    text = (
        "Aid plan\nPrime Minister Ann Lee wrote to leaders on Monday and she urged them to agree a package "
        "of measures including:\nraising contributions up to €1 billion in total\nsending at least 2,000 "
        "workers to the region\nClinics opened in 300 towns."
    )
    assert source_of(make_report, text, "2,000") == "Ann Lee"
    assert source_of(make_report, text, "300") is None  # a full sentence after the list is not an item


@pytest.mark.parametrize(
    ("text", "written", "source"),
    [
        (
            "Displaced\nWFP Spokesman, Peter Kamau, says some 1,200 people are staying in the tented camp.",
            "1,200",
            "Peter Kamau",
        ),
        (
            "Plot\nA police spokesman in the capital said the suspects planned an attack.\n"
            "The bomb would have killed 300 people, the spokesman said.",
            "300",
            "A police spokesman in the capital",
        ),
    ],
)
def test_a_spokesman_by_name_in_apposition_and_the_spokesman_introduced_before(
    make_report: MakeReport, text: str, written: str, source: str
) -> None:
    assert source_of(make_report, text, written) == source


@pytest.mark.parametrize(
    ("text", "written", "source"),
    [
        (
            '"A rapid screening in five sites indicates 45 cases of severe malnutrition," said Ana Berg.',
            "45",
            "Ana Berg",
        ),
        (
            '"The commission will confirm a runoff in 21 days," said Tomas Reyes of the opposition.',
            "21",
            "Tomas Reyes",
        ),
        (
            '"Rescue teams tell us at least five people are still under the rubble," said Lena Ortiz.',
            "five",
            "Rescue teams",
        ),
    ],
)
def test_a_figure_relayed_in_a_quote_is_the_speaker_s_unless_someone_tells_it(
    make_report: MakeReport, text: str, written: str, source: str
) -> None:
    """Inside a quote, a figure a body or people told the speaker is theirs; what a study shows, or what
    someone will confirm, the speaker claims."""
    found = source_of(make_report, text, written)
    assert found is not None and source in found


def test_a_title_case_headline_s_name_before_its_verb_of_announcing_claims_the_figure(
    make_report: MakeReport,
) -> None:
    text = (
        "UNDRA Announces Additional $3.5 Million in Humanitarian Assistance in Response to Volcanic Eruptions "
        "and Tsunami in Lenmar\n"
        "The Varda Relief Agency said on Tuesday it is sending water and tents."
    )
    table = wb.extract_figures(make_report(text))
    headline = table[table["text"].str.contains("3.5")].iloc[0]
    assert headline["source"] == "UNDRA"


@pytest.mark.parametrize(
    ("written", "claimant"),
    [("$100,000", "Rolf Kessel"), ("40", "Varda Red Cross")],
)
def test_an_amount_announced_or_pledged_by_someone_is_theirs(
    make_report: MakeReport, written: str, claimant: str
) -> None:
    text = (
        "Aid\nThe new grant will add to the $100,000 in emergency aid announced by Ambassador Rolf Kessel "
        "after the storm. The 40 tonnes of food pledged by the Varda Red Cross arrived on Monday."
    )
    found = source_of(make_report, text, written)
    assert found is not None and found.endswith(claimant)


@pytest.mark.parametrize(
    ("between", "claimant"),
    [
        (
            "The Governor informed the President that preliminary reports show industrial output grew 3.5 "
            "percent. This indicates recovery.",
            "Ivo Brandt",
        ),
        ("Finance minister Ada Quill said tax revenue fell 2 percent.", None),  # another speaker ends it
    ],
)
def test_a_readout_goes_on_with_the_account_of_one_speaker_across_paragraphs(
    make_report: MakeReport, between: str, claimant: str | None
) -> None:
    text = (
        "Meeting with Lenmar Governor Ivo Brandt\n"
        "Ivo Brandt reported to the President on the economic situation in Lenmar.\n"
        f"{between}\n"
        "The region's revenue grew by approximately 12 percent year-on-year."
    )
    assert source_of(make_report, text, "12") == claimant
