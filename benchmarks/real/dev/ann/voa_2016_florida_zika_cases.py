K = "florida_zika_2016"
ANN = {
 "article": "articles/voa_2016_florida_zika_cases.txt",
 "gold_out": "gold/voa_2016_florida_zika_cases.json",
 "published": "2016-07-29",
 "published_evidence": "The stored copy prints no date; Governor Scott announced the first four locally transmitted Zika cases at a press conference on Friday 29 July 2016 ('told a press conference Friday').",
 "quotes": [
  {"text": "Florida has become the first state in our country to have a local transmission of the Zika virus", "speaker": "Rick Scott", "speaker_mention": "Scott"},
 ],
 "figures": [
  {"quantity": K + ":local_cases", "text": "Four", "value": 4, "counted": "Zika cases likely locally transmitted in Florida", "source": None},
  {"quantity": K + ":local_cases", "text": "four", "value": 4, "counted": "Zika cases in Florida not linked to travel", "source": "Rick Scott", "ctx": "has reported four cases"},
  {"text": "1,650", "value": 1650, "counted": "travel-linked Zika cases reported in the U.S.", "source": None, "approx": "around"},
  {"quantity": K + ":local_cases", "text": "four", "value": 4, "counted": "Florida cases contained to a small area north of downtown Miami", "source": "Rick Scott", "ctx": "The four Florida cases"},
 ],
 "events": [
  {"actor": "Rick Scott", "date": "2016-07-29", "date_text": "Friday", "what": "told press conference of four Zika cases", "ctx": "told a press conference Friday"},
  {"actor": None, "date": "2016-07-29", "date_text": "Friday morning", "what": "Obama briefed about the Zika situation",
   "note": "passive ('was briefed') without an agent: actor null"},
 ],
 "actors": [
  {"name": "Rick Scott", "type": "person", "aliases": ["Florida Governor Rick Scott", "Scott"]},
  {"name": "Florida", "type": "state", "aliases": ["The Southern state of Florida"]},
  {"name": "Eric Schultz", "type": "person", "aliases": ["White House spokesman Eric Schultz"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["President Barack Obama"]},
  {"name": "Obama administration", "type": "organisation", "aliases": ["the Obama administration"]},
  {"name": "Florida state health officials", "type": "group", "aliases": ["state health officials"]},
 ],
 "notes": [
  "Single item of story florida_zika_2016: the headline 'Four' and the two body 'four' (Florida reported four cases; the four cases are contained north of Miami) are one quantity, keyed florida_zika_2016:local_cases.",
  "'about 1,650 cases' sits in narration after Scott's quote with no attribution of its own: source null.",
  "'Until now' and 'for quite some time' are vague: not events; 'the first state' is an ordinal.",
  "The headline figure has source null (headline, no attribution); the body's first 'four' is claimed by Scott ('Florida Governor Rick Scott told a press conference'), the second by Scott ('Scott said, quoting state health officials').",
 ],
}
