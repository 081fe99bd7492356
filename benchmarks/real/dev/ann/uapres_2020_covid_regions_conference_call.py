ZEL = "Volodymyr Zelenskyy"
MYK = "head of the Mykolaiv regional state administration"
ANN = {
 "article": "articles/uapres_2020_covid_regions_conference_call.txt",
 "gold_out": "gold/uapres_2020_covid_regions_conference_call.json",
 "published": "2020-04-07",
 "quotes": [],
 "figures": [
  {"text": "279", "value": 279, "unit": None, "counted": "cases of infection in Kyiv", "source": None, "approx": None,
   "note": "no claimant stated: the paragraph has no attribution, and the next sentence ('The heads of these regions reported on the measures') covers measures, not case counts"},
  {"text": "28", "value": 28, "unit": None, "counted": "mobile groups testing people in Kyiv", "source": None, "approx": None,
   "note": "unattributed, as the 279 cases"},
  {"text": "nine", "value": 9, "unit": None, "counted": "patients with suspected coronavirus in the Mykolaiv regional infectious hospital", "source": MYK, "approx": None},
 ],
 "events": [
  {"actor": None, "date": "2020-04", "date_text": "April", "what": "Easter holidays make April dangerous for infection",
   "note": "reported speech of Zelenskyy; the month of publication; no agent (the holidays)"},
 ],
 "actors": [
  {"name": ZEL, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "President of Ukraine", "the Head of State", "The President", "The Head of State"]},
  {"name": "heads of the Chernivtsi and Ternopil regional state administrations", "type": "group", "aliases": ["The heads of the Chernivtsi and Ternopil regional state administrations", "The heads of these regions"]},
  {"name": MYK, "type": "person", "aliases": ["The head of the Mykolaiv regional state administration"]},
  {"name": "Cabinet of Ministers of Ukraine", "type": "organisation", "aliases": ["the central government"]},
  {"name": "conference call participants", "type": "group", "aliases": ["The participants of the meeting"]},
 ],
 "notes": [
  "Press-service readout of a conference call (7 April 2020, a Tuesday). No quotes remain: the only quotation (Zelenskyy on budget proposals) opened the last stored paragraph, which was cut mid-word and dropped.",
  "Claimants: the nine suspected patients are reported by the head of the Mykolaiv regional state administration (not named in the text); the Kyiv figures (279 cases, 28 mobile groups) have no stated claimant and keep source null.",
  "'from 13:00 Saturday to 6:00 Monday' describes a recurring weekend stay-at-home recommendation ('during the weekends'), not one dated event, and is left out; 13:00 and 6:00 are times of day, not figures. 'now', 'so far' and 'still' are vague.",
  "Not figures: 'the only region', 'no test', 'COVID-19' (designation).",
  "Extra fifth item of helper h12 (the brief asked for four); it adds a readout with both sourced and unsourced figures.",
  'second reading: no change (7 April 2020 is a Tuesday; claimants of the three figures checked).',
 ],
}
