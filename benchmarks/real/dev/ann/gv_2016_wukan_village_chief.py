ANN = {
 "article": "articles/gv_2016_wukan_village_chief.txt",
 "gold_out": "gold/gv_2016_wukan_village_chief.json",
 "published": "2016-06-23",
 "quotes": [],
 "figures": [
  {"text": "Two", "value": 2, "unit": "days", "counted": "time between Lin's arrest and his video confession", "source": None, "ctx": "Two days after his arrest"},
  {"text": "hundreds", "value": None, "vague": True, "counted": "villagers who rallied for Lin's release", "source": None},
 ],
 "events": [
  {"actor": None, "date": "2016-06-16/2016-06-23", "date_text": "over the past week", "what": "Wukan back under the media spotlight",
   "note": "'the past week' read as the seven days up to the publication day, not the previous ISO week"},
  {"actor": None, "date": "2016-06-18", "date_text": "on June 18", "what": "Lin Zuluan and grandson arrested",
   "note": "the arresting authority is not named (nominal 'the arrest of ...')"},
  {"actor": "Lin Zuluan", "date": "2016-06-20", "date_text": "Two days after his arrest", "what": "appeared in video confessing to bribes"},
 ],
 "actors": [
  {"name": "Lin Zuluan", "type": "person", "aliases": ["elected village head Lin Zuluan", "Lin Zuluan", "Lin"]},
  {"name": "Wukan villagers", "type": "group", "aliases": ["villagers from Wukan", "villagers"]},
  {"name": "Lufeng procuratorate", "type": "organisation", "aliases": ["the Lufeng third-tier city procuratorate"]},
  {"name": "Shanwei city government", "type": "organisation", "aliases": ["Shanwei second-tier city government"]},
  {"name": "CCTV", "type": "organisation", "aliases": ["State-owned CCTV news"]},
 ],
 "notes": [
  "Global Voices report. Lin's confession ('Due to my lack of legal knowledge ... This is my biggest crime.') is an unmarked block quotation introduced by 'Lin said in the video:'; there are no quote marks in the article, so no quotes are annotated.",
  "'Two days after his arrest' is both a figure ('Two', days) and an event (2016-06-20 = June 18 + 2).",
  "Not figures: 'third-tier', 'second-tier' (administrative designations).",
  "'Over the next few days' and 'at the time of Lin's confession' are vague and not events.",
  "The video was released jointly by the Lufeng procuratorate and the Shanwei government; CCTV posted it (not dated).",
  "second reading: no change (quotes, figures, events, actors and quantity keys checked against the text)",
 ],
}
