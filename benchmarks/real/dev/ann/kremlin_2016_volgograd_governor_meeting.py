B = "Andrei Bocharov"
ANN = {
 "article": "articles/kremlin_2016_volgograd_governor_meeting.txt",
 "gold_out": "gold/kremlin_2016_volgograd_governor_meeting.json",
 "published": "2016-02-09",
 "quotes": [],
 "figures": [
  {"text": "8", "ctx": "8 new production", "value": 8, "unit": None, "counted": "new production facilities created in the region in 2015", "source": B, "approx": None,
   "note": "'According to the Governor Andrei Bocharov, 8 new production facilities have been created ...': claimant named in the same sentence"},
  {"text": "18 billion", "value": 18000000000, "unit": None, "counted": "rubles of investment", "source": B, "approx": "around",
   "note": "'Investment has reached around 18 billion rubles': the sentence continues Bocharov's report (no new claimant), as in the St Petersburg and Krasnodar readouts; rubles are not in the unit table: unit null, currency as counted noun"},
  {"text": "17.5 billion", "value": 17500000000, "unit": None, "counted": "rubles invested in production modernisation", "source": B, "approx": None,
   "note": "same sentence as the 18 billion, continuing Bocharov's report; a part of the 18 billion, not the same quantity"},
 ],
 "events": [
  {"actor": None, "date": "2018", "date_text": "in 2018", "what": "the 75th anniversary of the victory in the Battle of Stalingrad to be marked",
   "note": "'to be marked in 2018': passive without an agent -> null; a future year (the anniversary of February 1943 falls in 2018)"},
  {"actor": None, "date": "2015", "date_text": "in 2015", "what": "8 new production facilities created in the region",
   "note": "'8 new production facilities have been created in the region in 2015': passive without an agent -> null (Bocharov only reports it)"},
 ],
 "actors": [
  {"name": "Vladimir Putin", "type": "person", "aliases": ["Vladimir Putin", "the President"]},
  {"name": B, "type": "person", "aliases": ["Volgograd Region Governor Andrei Bocharov", "Andrei Bocharov", "the Governor Andrei Bocharov", "The Governor"]},
 ],
 "notes": [
  "Kremlin readout (news summary) of Putin's working meeting with Volgograd Region Governor Andrei Bocharov on Tuesday 9 February 2016 in the Kremlin, from the accessible-version catalog view (date line removed, meta edits). Story volgograd_governor_meeting_2016 (the only item of the story). No quote marks: no quotes.",
  "All three figures come from the Governor's report ('According to the Governor Andrei Bocharov, ...'); the investment sentence that follows has no new claimant and continues that report, so Bocharov is its source (the convention of kremlin_2018_st_petersburg_governor_meeting).",
  "Not figures: '75th' (ordinal), '2015', '2018' (years). The paragraphs on agriculture and infrastructure carry no numbers.",
  "Events: 'in 2018' (the anniversary 'to be marked', agentless passive) and 'in 2015' (facilities 'have been created', agentless passive). The meeting itself carries no date expression in the kept text (the date line 'February 9, 2016, The Kremlin, Moscow' was removed as furniture and gives the published date). 'Despite harsh natural conditions', 'continues', 'are being met' are undated states.",
  "Actors: Putin (named once, then 'the President') and Bocharov ('The Governor' briefs the President). The region does not act in the kept text (facilities are created 'in the region'); not an actor.",
  "second reading: re-read the whole item once more against FORMAT.md sections 1-2 (no quote marks; figure values, 'around' for 18 billion, sources; both years agentless passives; every alias an exact substring and no form shared); no change.",
 ],
}
