GK = "Garry Kasparov"
IT = "Itar-Tass"
ANN = {
 "article": "articles/voa_2008_moscow_police_detain_marchers.txt",
 "gold_out": "gold/voa_2008_moscow_police_detain_marchers.json",
 "published": "2008-12-14",
 "quotes": [
  {"text": "re-branding", "speaker": IT, "speaker_mention": "Russia's Itar-Tass news agency", "fragment": True,
   "note": "one word of the agency's account in reported speech ('saying it is little more than a “re-branding” attempt')"},
  {"text": "radical liberals.", "speaker": IT, "speaker_mention": "it", "fragment": True,
   "note": "'by what it called “radical liberals.”': the agency's label; 'it' = Itar-Tass, the subject of the sentence; the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"text": "25", "value": 25, "unit": None, "counted": "people detained preparing to participate in the protest", "source": None, "approx": "at least",
   "note": "'Police in Moscow have detained at least 25 people': outlet's voice (police are the agent of the detentions, no claimant of the count)"},
 ],
 "events": [
  {"actor": "Other Russia", "date": "2008-12-14", "date_text": "Sunday", "what": "Other Russia vowed to march in central Moscow",
   "note": "'Kasparov's “Other Russia” movement had vowed to march in central Moscow Sunday': Sunday dates the march, whose agent is the movement (subject of 'vowed to march'); the day of publication, Sunday 14 December 2008"},
  {"actor": GK, "date": "2008-12-13", "date_text": "On Saturday", "what": "Kasparov announced the new opposition movement Solidarity",
   "note": "'On Saturday, Kasparaov announced ...' (misspelt name, listed as an alias); the day before the Sunday report"},
  {"actor": IT, "date": "2008-12-13", "date_text": "Saturday", "what": "Itar-Tass dismissed the new grouping", "ctx": "news agency Saturday dismissed",
   "note": "'Russia's Itar-Tass news agency Saturday dismissed the new grouping'"},
 ],
 "actors": [
  {"name": "Moscow police", "type": "organisation", "aliases": ["Police in Moscow", "police"]},
  {"name": GK, "type": "person", "aliases": ["Garry Kasparov", "Kasparov", "Kasparaov", "opposition leader and former chess champion Garry Kasparov"]},
  {"name": "Other Russia", "type": "organisation", "aliases": ["Other Russia"]},
  {"name": "Opposition protesters", "type": "group", "aliases": ["The protesters", "protesters"]},
  {"name": "Witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": "Opposition website", "type": "organisation", "aliases": ["An opposition Web site"]},
  {"name": IT, "type": "organisation", "aliases": ["Russia's Itar-Tass news agency", "Itar-Tass"]},
 ],
 "notes": [
  "VOA News report of Sunday 14 December 2008 on the detention of protesters before Garry Kasparov's banned 'Dissenters' March' in Moscow; story moscow_dissenters_march_dec_2008 (one item). Not the same story as the December 2006 Triumph Square rally (voa_2006_moscow_police_outnumber_rally).",
  "Quotes: the two Itar-Tass fragments. Left out as names in quote marks: “Other Russia” (the movement's name) and “Dissenter's March.” (the name Kasparov gave the march, 'what he called a ...'; printed with the period inside the marks).",
  "Unquoted claims: 'Witnesses say police surrounded the square ...' and 'An opposition Web site said ... Limonov was among those taken into custody' carry no number or date. 'He told delegates ... that he was optimistic' (He = Kasparov) has no date of its own (it continues the Saturday meeting but the date is in the previous sentence).",
  "Actors: Eduard Limonov and Solidarity do not act (Limonov is detained; Solidarity is announced). 'delegates' only listen. AFP and AP in the closing credit are sources of the report, not actors (as in the other VOA items with that credit).",
  "Not figures: none other than 25 ('Some information' has no number).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the weekday dates against Sunday 14 December 2008 and the misspellings 'Kasparaov' and 'movment' as printed.",
 ],
}
