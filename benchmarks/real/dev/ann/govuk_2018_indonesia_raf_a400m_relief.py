K = "sulawesi_quake_uk_aid_2018:"
GW = "Gavin Williamson"
TEAM = "team of UK military experts"
DFID = "Department for International Development"
ANN = {
 "article": "articles/govuk_2018_indonesia_raf_a400m_relief.txt",
 "gold_out": "gold/govuk_2018_indonesia_raf_a400m_relief.json",
 "published": "2018-10-02",
 "quotes": [],
 "figures": [
  {"text": "7.5", "value": 7.5, "unit": None, "counted": "earthquake magnitude", "source": None, "approx": None,
   "note": "'the 7.5 magnitude earthquake': a measure, unit null (as 'magnitude 7' in the Haiti items)"},
  {"text": "3-metre", "value": 3, "unit": None, "counted": "metre wave following the earthquake (height)", "source": None, "approx": None,
   "note": "'subsequent 3-metre wave': metres are not in FORMAT's unit table, so unit null and the unit named in counted (as '341mm')"},
  {"text": "1,500", "value": 1500, "unit": None, "counted": "people dead, missing or injured", "source": None, "approx": "more than",
   "note": "'has so far left more than 1,500 people dead, missing or injured': the release's own voice, no claimant; dead, missing and injured together (not a death toll)"},
  {"quantity": K+"direct_uk_support_total", "text": "£2 million", "value": 2e6, "unit": "GBP", "counted": "UK aid committed by DFID before the deployment", "source": None, "approx": None,
   "note": "'follows the commitment of a team of experts and £2 million in UK aid from the DFID': release's voice; the UK's direct aid total as of 2 October, raised to £3 million the next day in DFID's release govuk_2018_indonesia_uk_aid_shelter_purifiers (same key)"},
 ],
 "events": [
  {"actor": TEAM, "date": "2018-10-02", "date_text": "this evening", "what": "a small team of UK military experts deploys to assist with the mission",
   "note": "'A small team of UK military experts are deploying this evening': the team is the agent of 'deploying'; 'this evening' = the release's day, Tuesday 2 October 2018 (meta published_evidence)"},
 ],
 "actors": [
  {"name": GW, "type": "person", "aliases": ["Defence Secretary Gavin Williamson"]},
  {"name": TEAM, "type": "group", "aliases": ["A small team of UK military experts", "a team of military experts"]},
  {"name": DFID, "type": "organisation", "aliases": ["Department for International Development", "DFID"]},
 ],
 "notes": [
  "Ministry of Defence news story on GOV.UK of Tuesday 2 October 2018, kept from WiredGov's print copy (a site that reposts GOV.UK releases; its repost time '4 Oct 2018 01:56 PM' removed, meta edits and published_evidence): Defence Secretary Gavin Williamson sends an RAF A400M and a team of military experts to Indonesia after the 28 September Sulawesi earthquake and tsunami. Story sulawesi_quake_uk_aid_2018 with DFID's release of 3 October (govuk_2018_indonesia_uk_aid_shelter_purifiers).",
  "No quotes: Williamson's statement is an unmarked block after 'Defence Secretary Gavin Williamson said:' (GOV.UK layout); it holds no figure or date. ‘Atlas’ is the aircraft's name in quote marks, not a quote.",
  "Keys: direct_uk_support_total ('£2 million in UK aid from the DFID' here; '£3 million' twice in DFID's release of the next day, after an extra £1 million). The 7.5 magnitude, the 3-metre wave and 'more than 1,500 people dead, missing or injured' appear in this item only.",
  "Events: one, 'this evening' (the team's deployment). 'the recent earthquake tsunami' is vague; the agreement to deploy ('has agreed to deploy') carries no date expression; 'so far' is vague.",
  "Actors: Williamson, the team of military experts (the agent of the dated deployment; 'a team of military experts' in the lead is the same team; the DFID 'team of experts' of the last line is another team and is not an alias) and DFID (its commitment of £2 million; 'the DFID'). The RAF A400M ('She will be loaded') is an aircraft, not an actor; Britain and Indonesia only in the statement ('Britain stands united with Indonesia') are not listed.",
  "Not figures: 'A400M' (a designation).",
  "second reading (annotator): re-read the whole item against FORMAT.md and the stored copy: the '3-metre' span (minimal number with its glued unit), 'more than 1,500', the £2 million key against DFID's £3 million, 'this evening' = 2 October 2018; no change.",
 ],
}
