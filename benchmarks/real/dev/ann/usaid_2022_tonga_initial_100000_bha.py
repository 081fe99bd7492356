K = "tonga_eruption_2022:"
BHA = "USAID Bureau for Humanitarian Assistance"
TRC = "Tonga Red Cross Society"
GOT = "Government of Tonga"
PTWC = "Pacific Tsunami Warning Center"
UN = "United Nations"
ANN = {
 "article": "articles/usaid_2022_tonga_initial_100000_bha.txt",
 "gold_out": "gold/usaid_2022_tonga_initial_100000_bha.json",
 "published": "2022-01-18",
 "quotes": [],
 "figures": [
  {"quantity": K+"us_initial_assistance", "text": "$100,000", "value": 100000, "unit": "USD", "counted": "support for emergency response activities in Tonga provided by USAID/BHA", "source": None, "approx": None,
   "note": "'USAID’s Bureau for Humanitarian Assistance (USAID/BHA) is providing $100,000 ...': the giver is the subject of 'is providing' (not a verb of saying) and the document is USAID's own, so no claimant. The same initial sum as '$100,000' in the USAID release of 25 January and the State statement of 26 January (same key)"},
  {"text": "43", "value": 43, "unit": "miles", "counted": "miles northwest of Nuku’alofa at which the volcano's island lies", "source": None, "approx": "around",
   "note": "'approximately 43 miles northwest of Tonga’s capital' -> around; document's voice"},
  {"quantity": K+"people_affected", "text": "100,000", "ctx": "more than 100,000 people", "value": 100000, "unit": None, "counted": "people affected by the ashfall and tsunami waves", "source": TRC, "approx": "more than",
   "note": "'affecting more than 100,000 people—nearly the entire Tongan population—according to the Tonga Red Cross Society': claimant the Red Cross society (same sentence). Key people_affected, shared with USAID's 'approximately 100,000' of 25 January and the UN's '84,800' (people directly affected) of the 12 February fact sheet: the agencies disagree"},
  {"text": "two", "ctx": "the two eruptions", "value": 2, "unit": None, "counted": "eruptions", "source": GOT, "approx": None,
   "note": "'As of January 18, the two eruptions and subsequent tsunami waves had resulted in at least three deaths, ..., according to the Government of Tonga': a count of eruptions inside the sentence attributed to the Government of Tonga"},
  {"quantity": K+"deaths", "text": "three", "value": 3, "unit": None, "counted": "deaths", "source": GOT, "approx": "at least",
   "note": "'at least three deaths ..., according to the Government of Tonga'. Key deaths, shared with the UN's '4' deaths of the 12 February fact sheet"},
  {"text": "49", "value": 49, "unit": None, "counted": "feet of recorded wave height in certain areas", "source": GOT, "approx": "up to",
   "note": "'with waves recorded as high as 49 feet in certain areas, according to the Government of Tonga': 'as high as' -> up to (as 'as many as'); feet is not in the unit list, so unit null and 'feet' in counted (as '33,000' feet in dev)"},
  {"text": "160", "value": 160, "unit": None, "counted": "feet inland reached by tsunami waves", "source": None, "approx": "more than",
   "note": "'tsunami waves reached more than 160 feet inland in some parts of Tonga': no attribution in this sentence or the next (the Pacific Tsunami Warning Center sentence is about an advisory), document's voice"},
  {"text": "1", "ctx": "estimated 1 inch", "value": 1, "unit": None, "counted": "inch of ashfall covering the major populated islands", "source": UN, "approx": "around",
   "note": "'As of January 17, an estimated 1 inch of ashfall had covered the major populated islands ..., the UN reports': 'an estimated' -> around; claimant the UN (same sentence)"},
  {"text": "40 to 60", "value": 40, "value_max": 60, "unit": "miles", "counted": "miles from the volcano at which the major populated islands lie", "source": UN, "approx": "around",
   "note": "'located approximately 40 to 60 miles from the volcano, the UN reports': a range; 'approximately' -> around; the same sentence is the UN's"},
 ],
 "events": [
  {"actor": None, "date": "2022-01-14/2022-01-15", "date_text": "between January 14 and 15", "what": "a series of volcanic eruptions from Hunga Tonga-Hunga Ha’apai",
   "note": "dates the noun 'a series of volcanic eruptions': a natural event, no agent; two days, written as an interval"},
  {"actor": None, "date": "2022-01", "date_text": "in mid-January", "what": "multiple eruptions generated significant ashfall and tsunami waves",
   "note": "'Multiple eruptions ... in mid-January generated ...': part of a month normalised to the month (as 'in early August' in dev); the eruptions have no agent"},
  {"actor": None, "date": "2022-01-18", "date_text": "As of January 18", "what": "the eruptions and tsunami waves had resulted in at least three deaths",
   "note": "the date modifies 'had resulted', whose subject is the eruptions and waves (no agent); the Government of Tonga is the claimant of the figures, not the subject of the verb (compare 'As of Feb. 6, Haiti's government estimated', actor the government, in dev)"},
  {"actor": None, "date": "2022-01-16", "date_text": "through January 16", "what": "hazardous tsunami waves forecast to affect Tonga and other countries until 16 January",
   "note": "'the Pacific Tsunami Warning Center issued an advisory forecasting hazardous tsunami waves affecting Tonga, ... through January 16': the date bounds the waves' 'affecting' (the forecast period), not the Center's 'issued' (undated); waves have no agent, so null. The end day of the period is given"},
  {"actor": None, "date": "2022-01-17", "date_text": "As of January 17", "what": "an estimated 1 inch of ashfall had covered the major populated islands",
   "note": "modifies 'had covered', subject the ashfall (no agent); the UN is the claimant ('the UN reports'), not the agent"},
 ],
 "actors": [
  {"name": BHA, "type": "organisation", "aliases": ["USAID’s Bureau for Humanitarian Assistance (USAID/BHA)", "USAID’s Bureau for Humanitarian Assistance", "USAID/BHA"]},
  {"name": TRC, "type": "organisation", "aliases": ["the Tonga Red Cross Society"]},
  {"name": GOT, "type": "government", "aliases": ["the Government of Tonga"]},
  {"name": PTWC, "type": "organisation", "aliases": ["the Pacific Tsunami Warning Center"]},
  {"name": UN, "type": "organisation", "aliases": ["the UN"]},
 ],
 "notes": [
  "USAID Bureau for Humanitarian Assistance update ('Key Developments') of Tuesday 18 January 2022 on the Hunga Tonga-Hunga Ha’apai eruptions of 14-15 January, as posted on ReliefWeb. Story tonga_eruption_2022 with USAID's release of 25 January (usaid_2022_tonga_additional_2_5_million), the State Department statement of 26 January (state_2022_tonga_assistance_sampson_stratton), the Ministry of Defence release on HMS Spey of 27 January (govuk_2022_tonga_hms_spey_delivers_aid) and USAID/BHA Fact Sheet #1 of February (usaid_2022_tonga_fact_sheet_1_84800_affected).",
  "No quotes: no quote marks in the kept text.",
  "Figures with named claimants: the Tonga Red Cross Society ('more than 100,000' affected), the Government of Tonga ('the two eruptions', 'at least three deaths', waves 'as high as 49 feet'), the UN ('an estimated 1 inch' of ashfall, islands 'approximately 40 to 60 miles' from the volcano). The $100,000, the 43 miles and the 160 feet are the document's own voice. Keys: :us_initial_assistance ($100,000; also 25 and 26 January), :people_affected (more than 100,000 here, approximately 100,000 on 25 January, 84,800 directly affected in February: the counts disagree), :deaths (at least three here, 4 in February).",
  "Not figures: 'January 14 and 15', 'January 16/17/18' (dates), 'the second volcanic eruption' (ordinal), 'Multiple eruptions', 'nearly the entire Tongan population' (no number).",
  "Events: 'between January 14 and 15' (the eruptions), 'in mid-January' (eruptions generated ashfall), 'As of January 18' (deaths), 'through January 16' (waves forecast), 'As of January 17' (ashfall): all with a natural subject, so null. 'Following the second volcanic eruption' is anchored on an event, not a date expression, and is left out; the Pacific Tsunami Warning Center's 'issued' carries no date of its own.",
  "Actors: USAID/BHA (the provider), the Tonga Red Cross Society, the Government of Tonga and the UN (claimants), the Pacific Tsunami Warning Center (issued an advisory). 'USAID’s' is part of the bureau's name here; USAID itself does not act apart from its bureau.",
  "first reading (annotator): annotated from the text against FORMAT.md; every number token and date checked against the list from build_gold.py.",
  "second reading (checker): re-read the item as a checker: claimants (the Red Cross society for the 100,000; the Government of Tonga for the whole 'As of January 18' sentence, including 'two' eruptions and the 49 feet; the UN for the whole 'As of January 17' sentence), event actors (all natural subjects: null) and dates against 18 January 2022 (all absolute, year 2022); kept 'through January 16' null after weighing the Center (subject of the undated 'issued'); no change.",
 ],
}
