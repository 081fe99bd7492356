P = "Vladimir Putin"
AK = "Alexander Kurenkov"
IF = "Irek Fayzullin"
ANN = {
 "article": "articles/kremlin_2024_flood_relief_meeting_apr24.txt",
 "gold_out": "gold/kremlin_2024_flood_relief_meeting_apr24.json",
 "published": "2024-04-24",
 "quotes": [],
 "figures": [],
 "events": [
  {"actor": P, "date": "2024-04-24", "date_text": "this morning", "what": "Putin spoke to the Emergencies Minister",
   "note": "inside Putin's opening words (a transcript, no quote marks): 'We are in constant contact with the Emergencies Minister – I spoke to him this morning –': 'I' = Putin, agent of 'spoke'; 'this morning' = the reference day, the meeting of Wednesday 24 April 2024 (not a bare 'today', so kept, as 'tomorrow' in govuk_2022_pm_duda_call_40m_package)"},
 ],
 "actors": [
  {"name": P, "type": "person", "aliases": ["Vladimir Putin", "President of Russia Vladimir Putin", "The President"]},
  {"name": AK, "type": "person", "aliases": ["Emergencies Minister Alexander Kurenkov", "the Emergencies Minister"]},
  {"name": IF, "type": "person", "aliases": ["Minister of Construction, Housing and Utilities Irek Fayzullin", "the Minister of Construction, Housing and Utilities"]},
  {"name": "Denis Pasler", "type": "person", "aliases": ["Orenburg Region Governor Denis Pasler"]},
  {"name": "Vadim Shumkov", "type": "person", "aliases": ["Kurgan Region Governor Vadim Shumkov"]},
  {"name": "Alexander Moor", "type": "person", "aliases": ["Tyumen Region Governor Alexander Moor"]},
 ],
 "notes": [
  "Kremlin transcript (opening of the stored copy) of Putin's videoconference of Wednesday 24 April 2024 on spring flood relief in the Orenburg, Kurgan and Tyumen regions; story russia_spring_floods_2024 with kremlin_2024_spring_flood_relief_meeting (the meeting of 11 April 2024). Thin item, kept for its dated act inside first-person transcript speech; no figures, so no quantity keys.",
  "Speech is marked by the speaker label 'President of Russia Vladimir Putin:', not quote marks: no quotes. The line 'Excerpts from transcript of meeting on spring flood relief' is the page's section heading, kept on its own line.",
  "One event: 'this morning' (Putin spoke to the Emergencies Minister). Left out: 'Today' ('Today, we will discuss ...') and 'today' ('will also work with us today'), bare 'today' inside speech; 'At the moment' and 'regularly' (vague / recurring). The removed date line 'April 24, 2024, The Kremlin, Moscow' gives the published date.",
  "No figures: no number tokens in the kept text ('Several residential areas' and 'Both' are not numbers).",
  "Actors: Putin ('The President heard reports', 'I spoke to him'); Kurenkov and Fayzullin, whose reports the President heard and who 'Both travel to the regions to analyse the situation' (Putin's words, 'the Emergencies Minister' and 'the Minister of Construction, Housing and Utilities'); the three governors Pasler, Shumkov and Moor, whose reports the President heard. 'Government members', 'senior officials' and 'heads of municipalities' only attend or remark as unnamed groups and are not listed; the regions are places.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: no quote marks, no number tokens; 'this morning' = 2024-04-24 with agent Putin ('I'), the two 'today' left out as bare today inside speech; every alias an exact substring and none shared ('the Emergencies Minister' vs 'Emergencies Minister Alexander Kurenkov' are two forms of one actor); no change.",
 ],
}
