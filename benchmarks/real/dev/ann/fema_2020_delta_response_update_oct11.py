K = "hurricane_delta_2020:"
F = "FEMA"
T = "Donald Trump"
E = "John Bel Edwards"
ANN = {
 "article": "articles/fema_2020_delta_response_update_oct11.txt",
 "gold_out": "gold/fema_2020_delta_response_update_oct11.json",
 "published": "2020-10-11",
 "quotes": [],
 "figures": [
  {"text": "Three", "value": 3, "unit": None, "counted": "Urban Search and Rescue Teams conducting operations in Louisiana", "source": None, "approx": None,
   "note": "'Three Urban Search and Rescue Teams and an Incident Support Team are conducting operations in Louisiana': the release's voice, null. Not keyed with usar_teams_deployed (the six teams 'deployed to the area' on 8-10 October): teams at work in Louisiana after landfall are a narrower scope than teams deployed to the region, so not the same quantity"},
  {"quantity": K+"fema_responders_deployed", "text": "470", "value": 470, "unit": None, "counted": "FEMA responders deployed in support of Hurricane Delta", "source": None, "approx": None,
   "note": "'As of today, 470 FEMA responders are deployed in support of Hurricane Delta': the running tally, null; same key as 261 (8 October), 451 (9 October), 520 (10 October)"},
 ],
 "events": [
  {"actor": T, "date": "2020-10-05/2020-10-11", "date_text": "earlier this week", "what": "President Trump approved Emergency Declarations for Louisiana and Mississippi",
   "note": "'President Trump approved Emergency Declarations for Louisiana and Mississippi, earlier this week': active, Trump is the agent; 'this week' of Sunday 11 October 2020 is the ISO week Monday 5 - Sunday 11 October (the same sentence as in the 10 October release)"},
  {"actor": None, "date": "2020-10-11", "date_text": "As of today", "what": "470 FEMA responders deployed in support of Hurricane Delta (tally)",
   "note": "'As of today, 470 FEMA responders are deployed ...': a state/passive without a by-agent: null (as in the 8-10 October items); Sunday 11 October 2020, the release date"},
 ],
 "actors": [
  {"name": F, "type": "organisation", "aliases": ["FEMA"]},
  {"name": E, "type": "person", "aliases": ["Louisiana Gov. John Bel Edwards"]},
  {"name": T, "type": "person", "aliases": ["President Trump"]},
 ],
 "notes": [
  "FEMA press release 'FEMA Hurricane Delta Response Update' of Sunday 11 October 2020, two days after Delta's landfall (kept from FEMA's Vietnamese-locale page of the English text; the locale notices and release-date lines removed, the last paragraph cut mid-word dropped: see meta). Story hurricane_delta_2020 with FEMA's releases of 8 October (fema_2020_delta_prepares_oct8), 9 October (fema_2020_delta_update_preparations_oct9, in /work/staging/h251) and 10 October (fema_2020_delta_response_update_oct10, same title).",
  "No quotes. Figures in the release's own voice: sources null. Cross-item key fema_responders_deployed (470; the count fell from 520 on 10 October). 'Three' USAR teams conducting operations in Louisiana is left unkeyed (see its note).",
  "Events: 'earlier this week' (Trump approved the declarations) and 'As of today' (tally, null). 'If you have been evacuated', 'until local officials tell you' and 'if needed' are not dates.",
  "Actors: FEMA (supports the response and damage assessments), Louisiana Gov. John Bel Edwards (named; FEMA supports him on damage assessments, listed as governors are in the FEMA Ian and Fiona items) and President Trump. Alabama's request, the federal departments 'mission assigned' (passive), 'local officials' and 'Local first responders' (general advice, no date or claim) are not listed.",
  "Not figures: '9-1-1' (a telephone number, a designation). Not quotes: none in the text.",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and against the stored copy: every number token ('Three', '470'; '9-1-1' excluded), the double spaces kept, the curly apostrophe in 'Alabama’s', 11 October 2020 = Sunday in ISO week 41 (5-11 October), every alias an exact substring and the key against the 9 October item's gold; no change.",
 ],
}
