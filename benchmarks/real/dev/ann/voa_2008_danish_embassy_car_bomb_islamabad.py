K = "danish_embassy_bombing_2008:"
SB = "Salman Bashir"
DEM = "Multan demonstrators"
ANN = {
 "article": "articles/voa_2008_danish_embassy_car_bomb_islamabad.txt",
 "gold_out": "gold/voa_2008_danish_embassy_car_bomb_islamabad.json",
 "published": "2008-06-02",
 "quotes": [
  {"text": "I think the Pakistani nation feels very ashamed today as incidents such as these certainly damage the fair image of my country", "speaker": SB, "speaker_mention": "he",
   "note": "'he said' after the quote; 'he' is Pakistan's Foreign Secretary Salman Bashir, named in the paragraph before ('... visited the scene and vowed to boost security'); trailing comma dropped"},
  {"text": "God is great.", "speaker": DEM, "speaker_mention": "The demonstrators",
   "note": "what the demonstrators shouted ('The demonstrators praised attack, shouting \"God is great.\"'): the about 200 Islamic students protesting in Multan, named in the sentence before; a full utterance, not a fragment; final '.' inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "8", "value": 8, "unit": None, "counted": "people killed by the car bomb blast", "source": None, "approx": "at least",
   "note": "'A large car bomb blast outside the Danish embassy ... has killed at least 8 people and wounded dozens of others': standfirst in the outlet's voice (the next sentence is VOA's own about its correspondent), null; Wikinews of 4 June gives 'at least six' (same key)"},
  {"quantity": K+"wounded", "text": "dozens", "value": None, "vague": True, "unit": None, "counted": "others wounded", "source": None, "approx": None,
   "note": "same standfirst sentence, vague plural; Wikinews of 4 June gives 'at least 30' (same key)"},
  {"text": "one", "value": 1, "unit": None, "counted": "meter-deep crater in the asphalt", "source": None, "approx": None, "ctx": "one-meter-deep",
   "note": "'left a one-meter-deep crater in the asphalt': a depth of one metre; metres have no unit in the scorer's list, so unit null as for pounds and litres elsewhere in the set; the sentence ('The blast littered ...') is not under the witnesses' 'say' of the sentence before: outlet's voice, null"},
  {"text": "200", "value": 200, "unit": None, "counted": "Islamic students protesting the cartoons in Multan", "source": None, "approx": "around", "ctx": "about 200",
   "note": "'about 200 Islamic students' -> around; outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2008-06-02", "date_text": "in the early afternoon", "what": "a car parked outside the embassy gates detonated",
   "note": "'Witnesses say a car parked just outside the embassy gates detonated in the early afternoon': 'detonated' has the car as subject, no agent: null; the afternoon of the report's day, Monday 2 June 2008"},
  {"actor": None, "date": "2005", "date_text": "in 2005", "what": "cartoons satirizing the Prophet Muhammad were published in Danish newspapers",
   "note": "'Cartoons published in Danish newspapers in 2005': a passive participle with 'in Danish newspapers' (where, not a by-agent): null"},
  {"actor": "Danish newspapers", "date": "2008-02", "date_text": "in February", "what": "Danish newspapers reprinted the cartoons",
   "note": "active verb 'reprinted', subject 'Danish newspapers'; February of the publication year, 2008"},
  {"actor": "Danish embassies in Muslim countries", "date": "2008-04", "date_text": "In April", "what": "Danish embassies in Muslim countries increased security",
   "note": "active verb 'increased', subject 'Danish embassies in Muslim countries'; April 2008"},
  {"actor": None, "date": "2008-06-02", "date_text": "Monday's", "what": "the blast outside the Danish embassy",
   "note": "a date on a noun ('Monday's blast'): the text does not say who set off the bomb, so null; Monday = the publication day, 2 June 2008"},
 ],
 "actors": [
  {"name": "witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": "police", "type": "organisation", "aliases": ["Police"]},
  {"name": "Per Stig Moller", "type": "person", "aliases": ["Danish Foreign Minister Per Stig Moller"]},
  {"name": SB, "type": "person", "aliases": ["Pakistan's Foreign Secretary Salman Bashir"]},
  {"name": "Danish newspapers", "type": "group", "aliases": ["Danish newspapers"]},
  {"name": "Danish embassies in Muslim countries", "type": "group", "aliases": ["Danish embassies in Muslim countries"]},
  {"name": DEM, "type": "group", "aliases": ["Islamic students", "The demonstrators"]},
 ],
 "notes": [
  "VOA report by Barry Newhouse (Islamabad) of Monday 2 June 2008, the day of the car bombing outside the Danish embassy in Islamabad; story danish_embassy_bombing_2008 with wn_2008_denmark_blames_al_qaeda_embassy_bombing (Wikinews, 4 June).",
  "Cross-report keys: " + K + "deaths ('at least 8' here; 'at least six' in Wikinews), " + K + "wounded ('dozens' here; 'at least 30' in Wikinews).",
  "Claimants: 'Witnesses say' covers only the detonation (no figure); 'Police say' covers who the casualties were (no number). The toll of the standfirst is the outlet's own. Per Stig Moller speaks only in reported speech ('He told Danish media ...'), Danish media being the addressee (not listed); Denmark and Pakistan are only the parties of the 'cooperation' and do not act.",
  "Not events: 'today' inside Bashir's quote (left out by convention), 'immediately' (vague). Not figures: '2005' (a year), 'a car', 'another backlash'. The spelling 'Moller' (VOA) against 'Møller' (Wikinews) is kept as printed in each item.",
  "Second careful read done by the annotator against FORMAT.md: text re-compared with the stored copy (only the listed edits); both quote spans checked (Bashir's trailing comma dropped, 'God is great.' keeps its full stop); every date expression checked against Monday 2 June 2008 (February and April = 2008, 'in 2005' a year); 'Monday's blast' and the detonation kept null for want of a named agent; 'one-meter-deep' kept as a measure without unit.",
 ],
}
