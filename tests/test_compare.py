"""compare_figures on a crafted set of conflicting claims, and end to end on two short reports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest

import workbench as wb
from workbench.compare import compare_figures

MakeReport = Callable[..., wb.Report]


def claim(figure_id: str, value: float | None, counted: str, source: str, **extra: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "figure_id": figure_id,
        "doc_id": "d1",
        "sentence_id": int(figure_id[1:]),
        "text": str(value),
        "value": value,
        "value_max": None,
        "unit": None,
        "kind": "count",
        "counted": counted,
        "approx": None,
        "vague": False,
        "source": source,
        "date": None,
        "published": "2025-05-01",
        "converts": None,
        "repeat_of": None,
        "predicate": None,
        "places": "Harbour City",
    }
    row.update(extra)
    return row


def table(*rows: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


def figure_groups(rows: list[dict[str, Any]]) -> list[set[str]]:
    """The figure ids of each group ``compare_figures`` makes of ``rows`` (a group of one included)."""
    comparison = compare_figures(pd.DataFrame(rows), min_claims=1)
    return list(comparison.claims.groupby("group_id")["figure_id"].apply(set).tolist())


def test_conflicting_tolls_form_one_disputed_group() -> None:
    claims = table(
        claim("F1", 48, "people", "Health ministry", predicate="kill"),
        claim("F2", 75, "deaths", "Relief network", approx="at least"),
        claim("F3", 90, "people killed", "Governor", approx="more than"),
        claim("F4", 3, "ambulances", "Health ministry"),
    )
    result = compare_figures(claims)
    assert len(result.groups) == 1
    group = result.groups.iloc[0]
    assert (group["topic"], group["claims"], group["low"], group["high"]) == ("killed", 3, 48, 90)
    assert group["conflict"] and group["conservative"] == 48
    assert group["conservative_source"] == "Health ministry"
    assert set(group["sources"]) == {"Health ministry", "Relief network", "Governor"}
    assert result.claims_of(group["group_id"])["value"].tolist() == [48, 75, 90]


def test_lower_bounds_that_agree_do_not_conflict() -> None:
    result = compare_figures(
        table(
            claim("F1", 40, "people", "Police", predicate="injure", approx="at least"),
            claim("F2", 52, "people injured", "Medics"),
        )
    )
    group = result.groups.iloc[0]
    assert not group["conflict"] and group["disagreement"] == pytest.approx(0.3)


def test_tolerance_decides_what_counts_as_a_conflict() -> None:
    claims = table(claim("F1", 1000, "tents", "Agency A"), claim("F2", 1080, "tents", "Agency B"))
    assert not compare_figures(claims, tolerance=0.1).groups.iloc[0]["conflict"]
    assert compare_figures(claims, tolerance=0.01).groups.iloc[0]["conflict"]


def test_vague_words_count_low_and_are_flagged() -> None:
    result = compare_figures(
        table(
            claim("F1", None, "fishing boats", "Fishermen's union", vague=True, text="dozens"),
            claim("F2", 140, "fishing boats", "Port authority"),
        )
    )
    group = result.groups.iloc[0]
    assert group["conservative"] == 12 and group["conservative_vague"]
    assert group["conservative_source"] == "Fishermen's union"


def test_ranges_count_from_their_lowest_value() -> None:
    result = compare_figures(
        table(
            claim("F1", 200, "families displaced", "Council", value_max=300),
            claim("F2", 450, "families displaced", "Charity"),
        )
    )
    group = result.groups.iloc[0]
    assert (group["low"], group["high"], group["conflict"]) == (200, 450, True)


def test_different_units_places_and_things_stay_apart() -> None:
    result = compare_figures(
        table(
            claim("F1", 12, "trucks", "Army"),
            claim("F2", 12, "trucks", "Army", unit="tonnes", kind="weight"),
            claim("F3", 30, "trucks", "Drivers", places="Lake Town"),
            claim("F4", 700, "sheep", "Farmers"),
        ),
        min_claims=1,
    )
    assert len(result.groups) == 4


def test_conversions_repeats_and_parts_are_not_extra_claims() -> None:
    result = compare_figures(
        table(
            claim("F1", 9, "wells", "Engineers"),
            claim("F2", 9, "wells", "Engineers", repeat_of="F1"),
            claim("F3", 14, "wells", "Engineers", converts="F1"),
            claim("F4", 4, "wells", "Engineers", partitive=True),
            claim("F5", 11, "wells", "Villagers"),
        )
    )
    assert result.groups.iloc[0]["figure_ids"] == ["F1", "F5"]


def test_most_disputed_first() -> None:
    result = compare_figures(
        table(
            claim("F1", 100, "tents", "A"),
            claim("F2", 101, "tents", "B"),
            claim("F3", 10, "boats", "A"),
            claim("F4", 40, "boats", "B"),
        )
    )
    assert result.groups["counted"].tolist() == ["boats", "tents"]


def test_empty_input_gives_empty_tables() -> None:
    result = compare_figures([])
    assert result.groups.empty and result.claims.empty


def test_two_reports_of_one_event(make_report: MakeReport) -> None:
    first = make_report(
        "Quake in Marenza\nSome 210 people were killed in Marenza, the civil defence agency said on Monday.",
        doc_id="wire",
        published="2025-04-07",
    )
    second = make_report(
        "Marenza toll rises\nThe Red Crescent said 340 people had died in Marenza. "
        "The agency said 1,200 homes were destroyed.",
        doc_id="paper",
        published="2025-04-08",
    )
    result = compare_figures([wb.extract_figures(first), wb.extract_figures(second)])
    group = result.groups.iloc[0]
    assert group["topic"] == "killed" and group["doc_ids"] == ["paper", "wire"]
    assert (group["low"], group["high"], group["conflict"]) == (210, 340, True)


def test_a_number_restated_of_the_same_thing_is_one_quantity() -> None:
    rows = [
        claim("F1", 180000, "homes", "Grid operator"),
        claim("F2", 180000, "households", "Grid operator"),
        claim("F3", 600e6, "additional life-saving assistance", "State", unit="USD", kind="money"),
        claim("F4", 601e6, "humanitarian assistance", "State", unit="USD", kind="money"),
        claim("F5", 2, "people killed", "Police"),
        claim("F6", 2, "villages", "Army"),
        claim("F7", 21, "sailors", "Owner"),
        claim("F8", 21, "crew", "Coastguard"),
    ]
    groups = compare_figures(pd.DataFrame(rows)).claims.groupby("group_id")["figure_id"].apply(set).tolist()
    assert {"F1", "F2"} in groups and {"F3", "F4"} in groups and {"F7", "F8"} in groups
    assert not any({"F5", "F6"} <= g for g in groups)  # two of one thing, two of another
    topics = compare_figures(pd.DataFrame(rows), min_claims=1).claims.set_index("figure_id")["topic"]
    assert topics["F3"] != "killed"  # "life-saving" names no death


def test_quantities_orders_apart_time_windows_and_other_nights_stay_apart() -> None:
    rows = [
        claim("F1", 1200, "people who reached the town", "UN"),
        claim("F2", 2_000_000, "people forced from their homes", "UN"),
        claim("F3", 24, None, "Army", unit="hours", kind="duration", predicate="strike"),  # type: ignore[arg-type]
        claim("F4", 24, None, "Ministry", unit="hours", kind="duration", predicate="report"),  # type: ignore[arg-type]
        claim("F5", 128, "drones", "Air force", date="2024-11-25/2024-11-26", predicate="launch"),
        claim("F6", 476, "drones", "Air force", date="2024-11-19/2024-11-20", predicate="launch"),
        claim("F7", 125, "dead", "Police", date="2008-11-27"),
        claim("F8", 155, "people killed", "Broadcaster", date="2008-11-29"),
    ]
    groups = compare_figures(pd.DataFrame(rows)).claims.groupby("group_id")["figure_id"].apply(set).tolist()
    assert not any({"F1", "F2"} <= g or {"F3", "F4"} <= g or {"F5", "F6"} <= g for g in groups)
    assert {"F7", "F8"} in groups  # a toll that rises over days is one quantity


def test_a_total_that_climbs_counts_what_climbs(make_report: MakeReport) -> None:
    report = make_report("Storm\nThe death toll climbed to nine on Tuesday, officials said.\n")
    figures = wb.extract_figures(report)
    assert "toll" in str(figures.iloc[0]["counted"])


def test_a_part_of_a_whole_joins_only_the_same_number_restated() -> None:
    rows = [
        claim("F1", 14, "workers", "Company", partitive=True, predicate="rescue"),
        claim("F2", 14, "staff", "Union", partitive=True, predicate="rescue"),
        claim("F3", 30, "workers", "Union", predicate="rescue"),
    ]
    groups = compare_figures(pd.DataFrame(rows)).claims.groupby("group_id")["figure_id"].apply(set).tolist()
    assert groups == [{"F1", "F2"}]


def test_synonyms_count_one_thing_but_groups_of_people_stay_apart() -> None:
    rows = [
        claim("F1", 3100, "Guardsmen", "Army", predicate="deploy"),
        claim("F2", 1200, "National Guard troops", "Governor", predicate="mobilize"),
        claim("F3", 800, "people", "Mayor", predicate="arrive"),
        claim("F4", 5000, "residents", "Mayor", predicate="have"),
    ]
    groups = compare_figures(pd.DataFrame(rows)).claims.groupby("group_id")["figure_id"].apply(set).tolist()
    assert groups == [{"F1", "F2"}]


def test_handing_out_and_delivering_count_one_thing() -> None:
    rows = [
        claim("F1", 1.2e6, "meals", "Guard", predicate="hand"),
        claim("F2", 1.9e6, "emergency meals", "Guard", predicate="deliver", doc_id="d2"),
        claim("F3", 3e6, "meals", "Guard", predicate="buy", doc_id="d3"),
    ]
    groups = compare_figures(pd.DataFrame(rows)).claims.groupby("group_id")["figure_id"].apply(set).tolist()
    assert groups == [{"F1", "F2"}]


def test_one_place_written_two_ways_is_one_scope() -> None:
    rows = [
        claim("F1", 48, "truce", "Army", unit="hours", kind="duration", places="Gaza Strip"),
        claim("F2", 48, "truce", "Envoy", unit="hours", kind="duration", places="Gaza"),
        claim("F3", 75e6, "flood relief", "State", unit="USD", kind="money", places="U.S.", doc_id="d2"),
        claim("F4", 75e6, "flood relief", "Embassy", unit="USD", kind="money", places="the United States"),
        claim(
            "F5", 75e6, "flood relief", "Embassy", unit="USD", kind="money", places="Lake Town", doc_id="d3"
        ),
    ]
    groups = compare_figures(pd.DataFrame(rows)).claims.groupby("group_id")["figure_id"].apply(set).tolist()
    assert sorted(groups, key=min) == [{"F1", "F2"}, {"F3", "F4"}]


def test_one_noun_qualified_two_ways_counts_two_things() -> None:
    rows = [
        claim("F1", 400e6, "new humanitarian aid", "State", unit="USD", kind="money", predicate="give"),
        claim("F2", 150e6, "military aid", "State", unit="USD", kind="money", predicate="give"),
        claim(
            "F3", 420e6, "life-saving humanitarian aid", "Envoy", unit="USD", kind="money", predicate="give"
        ),
        claim("F4", 60, "people", "Police", predicate="free"),
        claim("F5", 60, "wounded", "Hospital", predicate="wound"),
    ]
    groups = compare_figures(pd.DataFrame(rows)).claims.groupby("group_id")["figure_id"].apply(set).tolist()
    assert groups == [{"F1", "F3"}]  # and sixty freed are not sixty wounded


def test_a_sentence_naming_no_place_may_be_in_a_place_printed_within_its_report_place() -> None:
    def toll(figure_id: str, value: float, doc_id: str, places: str, sentence: str) -> dict[str, Any]:
        return claim(figure_id, value, "people", "Police", predicate="kill", doc_id=doc_id, places=places,
                     sentence=sentence, published="2025-05-02")  # fmt: skip

    rows = [
        toll("F1", 151, "d1", "Lake Town; Norland", "At least 151 people were killed in Lake Town, Norland."),
        toll("F2", 160, "d2", "Norland", "Some 160 people have been killed, officials said."),
        toll("F3", 125, "d1", "Lake Town", "Rescuers said 125 people had been killed by noon."),
        toll("F4", 130, "d3", "Harbour City", "In Harbour City, 130 people were killed."),
    ]
    groups = compare_figures(pd.DataFrame(rows)).claims.groupby("group_id")["figure_id"].apply(set).tolist()
    assert groups == [{"F1", "F2", "F3"}]


def test_a_place_owned_by_another_is_within_it() -> None:
    """ "Norland's Lake Town province": a claim of Lake Town and one of Norland may count one toll."""

    def toll(figure_id: str, value: float, doc_id: str, places: str, sentence: str) -> dict[str, Any]:
        return claim(figure_id, value, "people", "Police", predicate="kill", doc_id=doc_id, places=places,
                     sentence=sentence, published="2025-05-02")  # fmt: skip

    rows = [
        toll(
            "F1", 151, "d1", "Norland; Lake Town", "The storm hit Norland's Lake Town province, killing 151."
        ),
        toll("F2", 160, "d2", "Norland", "The storm has killed 160 people in Norland."),
        toll("F3", 125, "d3", "Lake Town", "Rescuers said the storm had killed 125 people."),
    ]
    groups = compare_figures(pd.DataFrame(rows)).claims.groupby("group_id")["figure_id"].apply(set).tolist()
    assert groups == [{"F1", "F2", "F3"}]


def test_a_quakes_magnitude_is_one_quantity_whatever_verb_reports_it() -> None:
    def magnitude(figure_id: str, value: float, doc_id: str, counted: str, predicate: str) -> dict[str, Any]:
        return claim(figure_id, value, counted, "", kind="magnitude", predicate=predicate, doc_id=doc_id,
                     places="Norland")  # fmt: skip

    rows = [
        magnitude("F1", 6.2, "d1", "magnitude quake", "shake"),
        magnitude("F2", 6.3, "d2", "earthquake", "kill"),
        magnitude("F3", 5.2, "d2", "magnitude aftershock", "rock"),
    ]
    groups = figure_groups(rows)
    assert sorted(groups, key=len) == [{"F3"}, {"F1", "F2"}]


def test_magnitudes_far_apart_or_struck_on_different_days_are_different_quakes() -> None:
    def magnitude(figure_id: str, value: float, doc_id: str, date: str | None) -> dict[str, Any]:
        return claim(figure_id, value, "magnitude quake", "", kind="magnitude", predicate="strike",
                     doc_id=doc_id, date=date, places="Norland")  # fmt: skip

    rows = [
        magnitude("F1", 7.0, "d1", "2025-05-04"),  # the agency's first reading of Sunday's quake
        magnitude("F2", 6.9, "d2", "2025-05-04"),  # its revision: "Sunday's quake, recorded at 6.9"
        magnitude("F3", 6.2, "d3", None),  # a third quake days later
        magnitude("F4", 6.9, "d4", "2025-05-18"),  # another quake of the same size a fortnight on
    ]
    groups = figure_groups(rows)
    assert sorted(groups, key=lambda g: sorted(g)) == [{"F1", "F2"}, {"F3"}, {"F4"}]


def test_a_total_from_one_number_to_another_is_one_quantity() -> None:
    sentence = "Rescuers found more victims, taking the number of dead from 80 to 95."
    rows = [
        claim("F1", 80, "number of dead", "Rescuers", sentence_id=1, start=50, text="80", sentence=sentence),
        claim("F2", 95, "number of dead", "Rescuers", sentence_id=1, start=56, text="95", sentence=sentence),
        claim(
            "F3",
            40,
            "tents",
            "Army",
            sentence_id=2,
            start=70,
            text="40",
            sentence="It sent 40 tents and 60 tents.",
        ),
        claim(
            "F4",
            60,
            "tents",
            "Army",
            sentence_id=2,
            start=80,
            text="60",
            sentence="It sent 40 tents and 60 tents.",
        ),
    ]
    groups = compare_figures(pd.DataFrame(rows)).claims.groupby("group_id")["figure_id"].apply(set).tolist()
    assert groups == [{"F1", "F2"}]


def test_others_wounded_are_people_and_bodies_found_are_not_the_toll() -> None:
    rows = [
        claim("F1", 210, "others", "Hospital", predicate="wound"),
        claim("F2", 260, "injured", "Ministry", predicate="injure"),
        claim("F3", 18, "bodies", "Rescuers", predicate="find"),
        claim("F4", 90, "people", "Ministry", predicate="kill"),
    ]
    groups = compare_figures(pd.DataFrame(rows)).claims.groupby("group_id")["figure_id"].apply(set).tolist()
    assert groups == [{"F1", "F2"}]


def test_tolls_since_two_different_starts_stay_apart_and_bodies_seen_are_not_the_toll() -> None:
    def toll(figure_id: str, value: float, sentence: str, predicate: str = "kill") -> dict[str, Any]:
        return claim(figure_id, value, "people", "Police", predicate=predicate, sentence=sentence)

    rows = [
        toll("F1", 22, "Since fighting erupted on Thursday, 22 people have been killed."),
        toll("F2", 8, "Clashes since Thursday have killed eight people."),
        toll("F3", 30, "More than 30 people have been killed since the protest began."),
        claim("F4", 3, "bodies", "Witnesses", predicate="see", sentence="Witnesses saw three bodies."),
    ]
    groups = figure_groups(rows)
    assert sorted(groups, key=len) == [{"F3"}, {"F4"}, {"F1", "F2"}]


def test_plain_people_are_one_quantity_only_when_one_verb_says_what_befell_them() -> None:
    rows = [
        claim("F1", 3_000_000, "people", "Agency", predicate="estimate"),
        claim("F2", 3_500_000, "people", "Agency", predicate="live"),
        claim("F3", 3_200_000, "people", "Ministry", predicate="live"),
    ]
    groups = figure_groups(rows)
    assert sorted(groups, key=len) == [{"F1"}, {"F2", "F3"}]


def test_one_number_of_a_noun_qualified_two_ways_is_two_quantities() -> None:
    rows = [
        claim("F1", 250_000, "rapid tests", "Ministry", predicate="distribute"),
        claim("F2", 250_000, "PCR tests", "Ministry", predicate="have", doc_id="d2"),
        claim("F3", 250_000, "PCR tests", "Office", predicate="deliver", doc_id="d3"),
    ]
    groups = figure_groups(rows)
    assert sorted(groups, key=len) == [{"F1"}, {"F2", "F3"}]


def test_tolls_of_other_months_or_years_stay_apart_but_since_a_year_runs_to_the_report() -> None:
    def toll(figure_id: str, value: float, doc_id: str, date: str | None, sentence: str) -> dict[str, Any]:
        return claim(figure_id, value, "people", "Police", predicate="kill", doc_id=doc_id, date=date,
                     sentence=sentence, published="2010-03-08")  # fmt: skip

    rows = [
        toll("F1", 120, "d1", None, "At least 120 people have been killed, witnesses say."),
        toll("F2", 300, "d1", "2010-01", "More than 300 people were killed in January."),
        toll("F3", 1000, "d1", "2001", "Clashes killed at least 1,000 people in 2001."),
        toll("F4", 150, "d2", None, "Officials say 150 people have been killed."),
        toll("F5", 160, "d3", "2009", "The violence has killed 160 people since 2009."),
    ]
    groups = figure_groups(rows)
    assert sorted(groups, key=len) == [{"F2"}, {"F3"}, {"F1", "F4", "F5"}]


def test_bodies_buried_are_not_the_toll() -> None:
    rows = [
        claim("F1", 300, "bodies", "Officials", predicate="bury"),
        claim("F2", 500, "people", "Officials", predicate="kill"),
        claim("F3", 450, "people", "Police", predicate="kill"),
    ]
    groups = figure_groups(rows)
    assert sorted(groups, key=len) == [{"F1"}, {"F2", "F3"}]


def test_a_running_total_and_one_more_part_of_it_are_two_sums() -> None:
    def money(figure_id: str, value: float, sentence: str) -> dict[str, Any]:
        return claim(figure_id, value, "aid", "Ministry", unit="GBP", kind="money", predicate="commit",
                     sentence=sentence, text=f"£{value / 1e6:.0f} million")  # fmt: skip

    rows = [
        money("F1", 80e6, "The country is committing another £80 million in aid."),
        money("F2", 120e6, "The funding brings the total aid package to £120 million."),
        money("F3", 120e6, "The package of £120 million includes food and shelter."),
        money("F4", 90e6, "Officials said another £90 million in aid would follow."),
    ]
    groups = figure_groups(rows)
    assert sorted(groups, key=sorted) == [{"F1", "F4"}, {"F2", "F3"}]


def test_two_nights_sharing_a_date_and_time_windows_of_tolls_stay_apart() -> None:
    rows = [
        claim("F1", 300, "drones", "Air force", predicate="launch", date="2025-03-01/2025-03-02"),
        claim("F2", 320, "drones", "Air force", predicate="launch", date="2025-03-02/2025-03-03"),
        claim("F3", 310, "drones", "Ministry", predicate="launch", date="2025-03-01/2025-03-02"),
        claim("F4", 48, None, "Army", unit="hours", kind="duration", predicate="strike"),  # type: ignore[arg-type]
        claim("F5", 48, None, "Ministry", unit="hours", kind="duration", predicate="kill"),  # type: ignore[arg-type]
    ]
    groups = compare_figures(pd.DataFrame(rows)).claims.groupby("group_id")["figure_id"].apply(set).tolist()
    assert groups == [{"F1", "F3"}]


def test_attacking_with_a_few_missiles_is_launching_them() -> None:
    rows = [
        claim("F1", 3, "missiles", "Army", predicate="launch", date="2025-03-01/2025-03-02"),
        claim("F2", 3, "cruise missiles", "Air force", predicate="attack", date="2025-03-01/2025-03-02"),
    ]
    groups = compare_figures(pd.DataFrame(rows)).claims.groupby("group_id")["figure_id"].apply(set).tolist()
    assert groups == [{"F1", "F2"}]


def _groups(rows: list[dict[str, Any]]) -> list[set[str]]:
    claims = compare_figures(pd.DataFrame(rows)).claims
    return sorted(claims.groupby("group_id")["figure_id"].apply(set).tolist(), key=min)


def test_members_of_an_armed_body_are_troops_and_a_second_phrase_is_not_counted() -> None:
    rows = [
        claim("F1", 5000, "Florida National Guard troops", "Army", predicate="deploy"),
        claim("F2", 5000, "National Guard members", "Agency", predicate="activate", doc_id="d2"),
        claim(
            "F3", 4800, "Florida National Guard members and other state emergency managers", "Governor", predicate="deploy",
            doc_id="d3",
        ),
        claim("F4", 900, "members", "Union", predicate="strike"),  # members of no armed body
    ]  # fmt: skip
    assert _groups(rows) == [{"F1", "F2", "F3"}]


def test_one_sentence_setting_two_claimants_figures_against_each_other_is_one_quantity() -> None:
    rows = [
        claim("F1", 62, "people", "official tolls", predicate="kill"),
        claim("F2", 200, "dead", "interim government", sentence_id=1),
        claim("F3", 40, "people", "police", predicate="kill", sentence_id=2),
        claim("F4", 12, "people", "police", predicate="kill", sentence_id=2),  # one claimant: two facts
    ]
    assert _groups(rows)[0] == {"F1", "F2", "F3"}


def test_a_concessive_although_sets_a_claim_against_the_count_before_it() -> None:
    sentence = "At least 62 people have been killed, although the government believes up to 200 are dead."
    parallel = "Troops killed 40 people in the north, while rebels killed 12 people in the south."
    rows = [
        claim("F1", 62, "people", None, predicate="kill", text="62", sentence=sentence),
        claim("F2", 200, "dead", "government", sentence_id=1, text="200", sentence=sentence),
        claim("F3", 40, "people", None, predicate="kill", sentence_id=3, text="40", sentence=parallel),
        claim("F4", 12, "people", "rebels", predicate="kill", sentence_id=3, text="12", sentence=parallel),
    ]
    groups = _groups(rows)
    assert any({"F1", "F2"} <= group for group in groups)
    assert not any({"F3", "F4"} <= group for group in groups)


def test_two_figures_of_a_sentence_that_add_up_to_a_third_are_its_parts() -> None:
    rows = [
        claim("F1", 3200, "troops", "Pentagon", predicate="deploy"),
        claim("F2", 1800, None, "Pentagon", predicate="stand", sentence_id=1, text="1,800"),
        claim("F3", 5000, "Guard troops", "Governor", predicate="deploy", sentence_id=2, doc_id="d2"),
        claim("F4", 5000, "Guard troops", "Agency", predicate="deploy", sentence_id=3, doc_id="d3"),
    ]
    assert {"F3", "F4"} in _groups(rows)
    assert not any({"F1", "F3"} <= group for group in _groups(rows))


def test_a_prison_term_stated_twice_is_one_quantity_but_time_windows_are_not() -> None:
    rows = [
        claim("F1", 4, "", "Court", unit="years", kind="duration", predicate="sentence"),
        claim("F2", 4, "", "Agency", unit="years", kind="duration", predicate="sentence", doc_id="d2"),
        claim("F3", 24, "", "Police", unit="hours", kind="duration", predicate="be"),
        claim("F4", 24, "", "Police", unit="hours", kind="duration", predicate="be", doc_id="d2"),
    ]
    assert _groups(rows) == [{"F1", "F2"}]


def test_an_acronym_before_the_noun_says_what_kind_is_counted_but_a_country_code_does_not() -> None:
    rows = [
        claim("F1", 100_000, "PCR tests", "Office", predicate="deliver"),
        claim("F2", 300_000, "rapid tests", "Office", predicate="deliver", doc_id="d2"),
        claim("F3", 5_000, "US troops", "Pentagon", predicate="deploy"),
        claim("F4", 6_000, "additional troops", "Kremlin", predicate="deploy", doc_id="d2"),
    ]
    assert _groups(rows) == [{"F3", "F4"}]


def test_a_number_after_the_or_all_names_the_set_counted_before_it() -> None:
    def said(figure_id: str, value: float, counted: str, sentence: str, **extra: Any) -> dict[str, Any]:
        text = extra.pop("text", str(value))
        return claim(figure_id, value, counted, "Police", sentence=sentence, text=text, **extra)

    rows = [
        said("F1", 4, "aid workers", "Four aid workers were charged on Monday.", text="Four", predicate="charge"),
        said("F2", 4, "officers", "The four officers of the charity were charged.", text="four", predicate="charge"),
        said("F3", 2, "villages", "Floods cut off 2 villages.", predicate="cut"),
        said("F4", 2, "men", "The 2 men were freed.", predicate="free"),  # a village is not a man
        said("F5", 6, "missiles", "Troops fired 6 missiles.", predicate="fire"),
        said("F6", 6, "missiles", "All 6 missiles hit the depot.", predicate="hit"),  # hits of those fired
        said("F7", 40e6, None, "It pledged $40m in June.", text="$40m", kind="money", unit="USD", date="2025-06"),
        said("F8", 40e6, None, "With this additional $40m, aid tops $1bn since January.", text="$40m", kind="money",
             unit="USD", predicate="top", date="2025-01"),
        said("F9", 9, "trucks", "Nine trucks left.", text="Nine", predicate="leave"),
        said("F10", 9, "trucks", "The other nine trucks stayed.", text="nine", predicate="stay"),  # another nine
    ]  # fmt: skip
    groups = _groups(rows)
    assert {"F1", "F2"} in groups and {"F7", "F8"} in groups
    assert not any({"F3", "F4"} <= g or {"F5", "F6"} <= g or {"F9", "F10"} <= g for g in groups)


def test_a_headline_figure_restates_the_first_body_figure_of_its_value() -> None:
    rows = [
        claim("F1", 50, "Nations Pledge", None, sentence="More Than 50 Nations Pledge Aid", paragraph_id=0, sentence_id=0),
        claim("F2", 3, "killed", None, sentence="Storm Leaves 3 Dead", paragraph_id=1, sentence_id=1, predicate="kill"),
        claim("F3", 3, "people", "Police", sentence="3 people were hurt.", paragraph_id=2, sentence_id=2, predicate="injure"),
        claim("F4", 50, "nations", "Minister", sentence="Some 50 nations pledged aid.", paragraph_id=2, sentence_id=3),
        claim("F5", 12, "boats", None, sentence="Officials said 12 boats sank.", paragraph_id=0, sentence_id=0, doc_id="d2"),
        claim("F6", 12, "crew", "Navy", sentence="12 crew were missing.", paragraph_id=1, sentence_id=1, doc_id="d2"),
    ]  # fmt: skip
    groups = _groups(rows)
    assert {"F1", "F4"} in groups
    assert not any({"F2", "F3"} <= g for g in groups)  # killed is not injured
    assert not any({"F5", "F6"} <= g for g in groups)  # a lead sentence with its full stop is not a headline


def test_civilian_personnel_are_not_troops_and_small_counts_of_people_need_one_noun() -> None:
    rows = [
        claim("F1", 300, "emergency personnel", "Agency", predicate="deploy"),
        claim("F2", 310, "troops", "Army", predicate="deploy", doc_id="d2"),
        claim("F3", 4, "sailors", "Navy", sentence_id=5),
        claim("F4", 4, "people", "Medics", sentence_id=6),  # four sailors missing, four people in shock
    ]
    assert not any({"F1", "F2"} <= g or {"F3", "F4"} <= g for g in _groups(rows))


def test_a_number_restated_in_a_report_with_units_and_one_without_is_one_quantity() -> None:
    no_units = table(claim("F1", 700, "staff", "Agency", doc_id="d1", unit=None))
    some_units = table(
        claim("F2", 700, "employees", "Agency", doc_id="d2"),
        claim("F3", 5e6, "aid", "Agency", doc_id="d2", kind="money", unit="USD", sentence_id=4),
    )  # pandas reads F2's missing unit as NaN here, None in the report without units
    claims = compare_figures([no_units, some_units]).claims
    assert set(claims["figure_id"]) == {"F1", "F2"}


def test_casualties_are_neither_the_dead_nor_the_wounded() -> None:
    rows = [
        claim("F1", 10000, "casualties", "UN"),
        claim("F2", 10000, "people", "Ministry", predicate="kill", doc_id="d2"),
        claim("F3", 9000, "casualties", "Red Cross", doc_id="d3"),
    ]
    groups = _groups(rows)
    assert {"F1", "F3"} in groups and not any({"F1", "F2"} <= g for g in groups)


def test_a_headline_figure_whose_noun_the_parse_misses_still_restates_the_body() -> None:
    rows = [
        claim("F1", 300000, None, None, sentence="Quake Displaces 300,000", paragraph_id=0, sentence_id=0),
        claim("F2", 300000, "people", "UN", sentence="The quake left 300,000 people homeless.", paragraph_id=1,
              sentence_id=1, predicate="leave"),
        claim("F3", 5000, None, None, sentence="It had 5,000 of them.", paragraph_id=2, sentence_id=2),
    ]  # fmt: skip
    claims = compare_figures(pd.DataFrame(rows)).claims
    assert set(claims["figure_id"]) == {"F1", "F2"}


def test_a_bare_distinctive_number_printed_again_restates_the_claim_of_its_value() -> None:
    rows = [
        claim("F1", 789, "cases", "Agency", sentence="There have been 789 confirmed cases.", paragraph_id=1,
              sentence_id=1, predicate="confirm"),
        claim("F2", 789, None, None, sentence="Of these, 59% (462 of 789) were in the west.", paragraph_id=2,
              sentence_id=2),
        claim("F3", 200, "cases", "Agency", sentence="Some 200 cases were severe.", paragraph_id=3, sentence_id=3),
        claim("F4", 200, None, None, sentence="It had 200 of them.", paragraph_id=4, sentence_id=4),
    ]  # fmt: skip
    claims = compare_figures(pd.DataFrame(rows)).claims
    assert "F2" in set(claims["figure_id"]) and "F4" not in set(claims["figure_id"])  # 200 may count else
    assert {"F1", "F2"} in _groups(rows)


def test_two_batches_of_goods_stay_apart_but_close_counts_of_them_are_disputed() -> None:
    rows = [
        claim("F1", 250_000, "rapid tests", "Office", predicate="distribute"),
        claim("F2", 1_000_000, "tests", "Office", predicate="have", doc_id="d2"),
        claim("F3", 5_200, "drones", "Ministry", predicate="buy"),
        claim("F4", 4_870, "drones", "Auditor", predicate="have", doc_id="d2"),
        claim("F5", 12_000, "troops", "Kyiv", predicate="deploy"),
        claim("F6", 3_000, "troops", "Washington", predicate="be", doc_id="d2"),
    ]
    assert _groups(rows) == [{"F3", "F4"}, {"F5", "F6"}]  # the tests stay apart


def test_a_claim_dated_by_a_bare_year_keeps_its_report_date_apart_from_a_report_years_later() -> None:
    rows = [
        claim("F1", 20, "recommendations", "Ministry", doc_id="d1", date="2024", published="2024-11-14"),
        claim("F2", 20, "recommendations", "Court", doc_id="d2", published="2014-05-20"),
        claim("F3", 21, "recommendations", "Panel", doc_id="d3", published="2024-11-20"),
    ]
    groups = compare_figures(pd.DataFrame(rows)).claims.groupby("group_id")["figure_id"].apply(set).tolist()
    assert groups == [{"F1", "F3"}]


def test_a_vague_plural_restates_no_number() -> None:
    rows = [
        claim(
            "F1", 1_000_000, "people", "Ministry", doc_id="d1", vague=True, text="millions", predicate="order"
        ),
        claim("F2", 1_000_000, "people", "UN", doc_id="d2", text="1 million", predicate="more"),
        claim("F3", 1_000, "buildings", "Ministry", doc_id="d1", sentence_id=9, vague=True, text="thousands"),
        claim("F4", 1_000, None, "Agency", doc_id="d3", vague=True, text="thousands", predicate="flee"),
    ]
    groups = (
        compare_figures(pd.DataFrame(rows), min_claims=2).claims.groupby("group_id")["figure_id"].apply(set)
    )
    assert not any({"F1", "F2"} <= g or {"F3", "F4"} <= g for g in groups)


def test_militants_rebels_and_separatists_count_one_kind_of_fighter_not_troops() -> None:
    rows = [
        claim("F1", 100, "rebels", "Separatist", doc_id="d1", predicate="kill"),
        claim("F2", 38, "combatants", "Mayor", doc_id="d1", sentence_id=5, predicate="die"),
        claim("F3", 35, "separatists", "Rebel", doc_id="d2", predicate="kill"),
        claim("F4", 14, "servicemen", "President", doc_id="d2", sentence_id=7, predicate="die"),
    ]
    groups = (
        compare_figures(pd.DataFrame(rows), min_claims=2).claims.groupby("group_id")["figure_id"].apply(set)
    )
    assert sorted(map(sorted, groups)) == [["F1", "F2", "F3"]]


def test_people_affected_and_people_in_need_are_quantities_of_their_own() -> None:
    rows = [
        claim("F1", 12e6, "people", "Officials", doc_id="d1", predicate="affect"),
        claim("F2", 20e6, None, "Agency", doc_id="d2", predicate="affect", approx="up to"),
        claim("F3", 1600, "people", "Agency", doc_id="d2", sentence_id=4, predicate="kill"),
        claim("F4", 1.4e6, "residents", "UN", doc_id="d3", predicate="need"),
        claim("F5", 350e3, "people", "Government", doc_id="d4", predicate="need"),
    ]
    table = pd.DataFrame(rows)
    groups = compare_figures(table, min_claims=2).claims.groupby("group_id")["figure_id"].apply(set)
    assert {"F1", "F2"} in list(groups) and {"F4", "F5"} in list(groups)
    assert not any("F3" in g for g in groups)


def test_sums_of_money_far_apart_are_a_share_and_a_whole_not_one_disputed_sum() -> None:
    money = {"unit": "USD", "kind": "money", "predicate": "pledge"}
    rows = [
        claim("F1", 2e9, "pledges", "Officials", doc_id="d1", **money),
        claim("F2", 334e6, "pledge", "State", doc_id="d2", **money),
        claim("F3", 330e6, "pledge", "Envoy", doc_id="d3", **money),
        claim("F4", 1.9e9, "pledges", "Agency", doc_id="d2", sentence_id=8, **money),
    ]
    groups = (
        compare_figures(pd.DataFrame(rows), min_claims=2).claims.groupby("group_id")["figure_id"].apply(set)
    )
    assert sorted(map(sorted, groups)) == [["F1", "F4"], ["F2", "F3"]]


def test_tolls_of_attacks_weeks_apart_are_two_tolls_but_an_undated_running_toll_is_one() -> None:
    killed = {"predicate": "kill", "places": "Harbour City"}
    rows = [
        claim("F1", 28, "people", "Police", doc_id="d1", date="2025-02-17", published="2025-02-17", **killed),
        claim("F2", 34, "people", "Ministry", doc_id="d2", published="2025-03-13", **killed),
        claim("F3", 1500, "people", "Agency", doc_id="d3", sentence_id=4, published="2025-08-06", **killed),
        claim(
            "F4", 1600, "people", "Officials", doc_id="d4", sentence_id=5, published="2025-08-27", **killed
        ),
    ]
    groups = (
        compare_figures(pd.DataFrame(rows), min_claims=2).claims.groupby("group_id")["figure_id"].apply(set)
    )
    assert sorted(map(sorted, groups)) == [["F3", "F4"]]


def test_deaths_of_two_peoples_and_a_vague_plural_far_above_a_count_stay_apart() -> None:
    killed = {"predicate": "kill"}
    rows = [
        claim("F1", 140, "Peruvians", "Medics", doc_id="d1", **killed),
        claim("F2", 5, "Chileans", "Army", doc_id="d1", sentence_id=3, **killed),
        claim("F3", 3, "children", "Officials", doc_id="d2", **killed),
        claim(
            "F4", 1e6, "people", "Experts", doc_id="d2", sentence_id=6, vague=True, text="millions", **killed
        ),
    ]
    groups = compare_figures(pd.DataFrame(rows), min_claims=2).groups
    assert groups.empty


def test_children_siblings_and_teenagers_who_died_are_counts_of_people() -> None:
    died = {"predicate": "die"}
    rows = [
        claim("F1", 3, "children", "Agency", doc_id="d1", **died),
        claim("F2", 3, "siblings", "Officials", doc_id="d2", **died),
        claim("F3", 4, "teenagers", "Ministry", doc_id="d3", **died),
    ]
    groups = (
        compare_figures(pd.DataFrame(rows), min_claims=2).claims.groupby("group_id")["figure_id"].apply(set)
    )
    assert list(groups) == [{"F1", "F2", "F3"}]


def test_a_measure_with_no_noun_nor_verb_is_labelled_by_its_kind_never_nan() -> None:
    from workbench.compare_reports import readable_groups

    rows = [
        claim("F1", 25, None, "Survey", unit="km", kind="distance", predicate=None),  # type: ignore[arg-type]
        claim("F2", 25, None, "Agency", unit="km", kind="distance", predicate=float("nan"), doc_id="d2"),  # type: ignore[arg-type]
    ]
    labels = readable_groups(compare_figures(pd.DataFrame(rows)))["quantity"].tolist()
    assert labels == ["distance"]


def test_n_more_is_one_more_part_not_the_whole_but_two_reports_of_it_may_differ() -> None:
    def evacuated(figure_id: str, value: int, sentence: str, doc_id: str) -> dict[str, Any]:
        return claim(figure_id, value, "people", "Officials", predicate="evacuate", sentence=sentence,
                     text=f"{value:,}", doc_id=doc_id)  # fmt: skip

    rows = [
        evacuated("F1", 20000, "Officials evacuated 20,000 more people on Wednesday.", "d1"),
        evacuated("F2", 200000, "Officials have evacuated 200,000 people since the start.", "d1"),
        evacuated("F3", 25000, "Officials said 25,000 more people were evacuated on Wednesday.", "d2"),
    ]
    groups = figure_groups(rows)
    assert sorted(groups, key=len) == [{"F2"}, {"F1", "F3"}]


def test_a_country_before_a_body_is_whose_it_is_not_where_the_toll_was(make_report: MakeReport) -> None:
    report = make_report(
        "Bus bombing in Marenza\nArmy officials say a suicide bomber killed at least nine people near Marenza.\n"
        "The U.S. military said the blast killed eight people.",
        published="2025-04-08",
    )
    result = compare_figures([wb.extract_figures(report)])
    killed = result.claims[result.claims["text"].isin(["nine", "eight"])]
    assert killed["group_id"].nunique() == 1 and len(killed) == 2


def test_ships_and_vessels_are_one_kind_of_thing() -> None:
    rows = [
        claim("F1", 3, "Ukrainian ships", "Navy", predicate="seize", doc_id="d1"),
        claim("F2", 3, "vessels", "Ministry", predicate="seize", doc_id="d2"),
        claim("F3", 3, "tanks", "Ministry", predicate="seize", doc_id="d2", sentence_id=9),
    ]
    assert sorted(figure_groups(rows), key=len) == [{"F3"}, {"F1", "F2"}]


def test_bombs_and_blasts_are_one_kind_of_thing() -> None:
    rows = [
        claim("F1", 5, "bombs", "Police", predicate="explode", doc_id="d1"),
        claim("F2", 5, "blasts", "Ministry", predicate="explode", doc_id="d2"),
    ]
    assert figure_groups(rows) == [{"F1", "F2"}]


def test_the_two_parties_named_in_two_reports_are_no_disputed_figure() -> None:
    sentence = "The two countries have had a long conflict over the region."
    rows = [
        claim("F1", 2, "countries", "", doc_id="d1", text="two", sentence=sentence),
        claim("F2", 2, "countries", "", doc_id="d2", text="two", sentence=sentence),
        claim("F3", 2, "countries", "", doc_id="d3", text="two", sentence="Two countries signed the deal."),
        claim("F4", 2, "countries", "", doc_id="d4", text="two", sentence="Two countries signed the deal."),
    ]
    assert sorted(figure_groups(rows), key=lambda g: sorted(g)) == [{"F1"}, {"F2"}, {"F3", "F4"}]


def test_tolls_of_two_incidents_in_one_report_stay_apart(make_report: MakeReport) -> None:
    report = make_report(
        "Violence in Norland\nA military airstrike has killed 27 civilians in southern Norland, officials said."
        " In the east of the country, police say a suicide bomber killed at least 14 people at a market.\n"
        "Early reports said 33 died in the airstrike, but officials later lowered the number to 27.",
        published="2025-04-08",
    )
    claims = compare_figures([wb.extract_figures(report)], min_claims=1).claims
    group_of = dict(zip(claims["text"], claims["group_id"], strict=False))
    assert group_of["33"] == claims[claims["text"] == "27"]["group_id"].iloc[0]
    assert group_of["14"] != group_of["33"]  # the bombing's toll is no claim about the airstrike's
