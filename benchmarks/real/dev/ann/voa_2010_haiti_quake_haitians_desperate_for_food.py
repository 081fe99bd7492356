K = "haiti_quake_2010:"
UN = "United Nations"
BO = "Barack Obama"
BK = "Ban Ki-moon"
RG = "Robert Gates"
CV = "USS Carl Vinson"
ANN = {
 "article": "articles/voa_2010_haiti_quake_haitians_desperate_for_food.txt",
 "gold_out": "gold/voa_2010_haiti_quake_haitians_desperate_for_food.json",
 "published": "2010-01-15",
 "quotes": [
  {"text": "okay", "speaker": RG, "speaker_mention": "U.S. Defense Secretary Robert Gates", "fragment": True,
   "note": "'U.S. Defense Secretary Robert Gates says the security situation is \"okay\" (acceptable)': a one-word phrase of Gates's inside reported speech; VOA's gloss '(acceptable)' lies outside the marks"},
  {"text": "dire.", "speaker": BK, "speaker_mention": "United Nations Secretary-General Ban Ki-moon", "fragment": True,
   "note": "'Ban Ki-moon called the situation \"dire.\"': a one-word phrase; the final period inside the closing mark is kept"},
 ],
 "figures": [
  {"quantity": K+"deaths_estimate", "text": "50,000", "value": 50000, "unit": None, "counted": "people killed by the earthquake", "source": None, "approx": "up to",
   "note": "'killed up to an estimated 50,000 people': 'up to' is the outer hedge (a ceiling) -> up to; 'an estimated' has no estimator in the text, so no claimant (VOA's voice). Shares deaths_estimate (estimates of the whole quake's toll) with the Red Cross's 45,000 to 50,000 (same day, voa_2010_haiti_un_time_running_out), 'more than 40,000' (Red Cross and UN, 17 Jan) and 'tens of thousands' (17 Jan)"},
  {"quantity": K+"magnitude", "text": "7.0", "value": 7.0, "unit": None, "counted": "earthquake magnitude", "source": None, "approx": None,
   "note": "'Tuesday's 7.0 magnitude earthquake': a measure; it describes the quake inside the UN's sentence but is not what the UN estimates (the homeless), so source null, as the magnitude in the other items of the story"},
  {"quantity": K+"homeless_port_au_prince", "text": "300,000", "value": 300000, "unit": None, "counted": "Haitians left homeless", "source": UN, "approx": "around",
   "note": "'The United Nations estimates ... left about 300,000 Haitians homeless': claimant the UN; 'about' -> around. Shares homeless_port_au_prince with the UN's 'some 300,000 homeless' of the same day (voa_2010_haiti_quake_displaces, voa_2010_haiti_un_time_running_out)"},
 ],
 "events": [
  {"actor": CV, "date": "2010-01-15", "date_text": "Friday", "what": "USS Carl Vinson arrived off the coast to serve as a floating airport", "ctx": "coast Friday",
   "note": "'U.S. aircraft carrier, USS Carl Vinson, arrived off the coast Friday': active verb, subject the ship (ships are kept as actors in the dev set, as USS McFaul); Friday = the day of the report, 15 January 2010"},
  {"actor": None, "date": "2010-01-12", "date_text": "Tuesday's", "what": "7.0 magnitude earthquake",
   "note": "'Tuesday's 7.0 magnitude earthquake': a date on a noun whose event has no agent; Tuesday before Friday 15 January = 12 January 2010"},
  {"actor": BO, "date": "2010-01-15", "date_text": "Friday", "what": "Obama spoke with Preval by phone", "ctx": "by phone Friday",
   "note": "'U.S. President Barack Obama spoke with Haitian President Rene Preval by phone Friday': subject Obama; Preval is the object of 'with', not a joint agent (as 'clash with' in the Venezuela item)"},
  {"actor": BK, "date": "2010-01-15", "date_text": "Friday", "what": "Ban said UN peacekeepers and police are taking charge of law and order", "ctx": "He said Friday",
   "note": "'He said Friday ...': 'He' is Ban Ki-moon, named in the sentence before; active 'said'"},
 ],
 "actors": [
  {"name": CV, "type": "organisation", "aliases": ["USS Carl Vinson"]},
  {"name": UN, "type": "organisation", "aliases": ["The United Nations"]},
  {"name": "survivors", "type": "group", "aliases": ["Survivors"]},
  {"name": BO, "type": "person", "aliases": ["U.S. President Barack Obama", "Mr. Obama"]},
  {"name": "United States", "type": "country", "aliases": ["Washington", "The United States"]},
  {"name": "Cuba", "type": "country", "aliases": ["Havana"]},
  {"name": RG, "type": "person", "aliases": ["U.S. Defense Secretary Robert Gates"]},
  {"name": BK, "type": "person", "aliases": ["United Nations Secretary-General Ban Ki-moon"]},
  {"name": "U.N. peacekeepers", "type": "group", "aliases": ["U.N. peacekeepers"]},
 ],
 "notes": [
  "VOA News report of Friday 15 January 2010 (date inferred, see meta) on survivors of the 12 January earthquake waiting for aid in Port-au-Prince; story haiti_quake_2010 with the other VOA, Wikinews, DOD and USAID items of that story. The stored copy's last paragraph (cut mid-word) is dropped, with its $268.5 million and $550 million.",
  "Cross-item keys: haiti_quake_2010:deaths_estimate ('up to an estimated 50,000', no claimant; the Red Cross's 45,000 to 50,000 the same day), haiti_quake_2010:homeless_port_au_prince (about 300,000, the UN; the same UN estimate in two other items of 15 January) and haiti_quake_2010:magnitude (7.0).",
  "Quotes: two one-word quoted phrases, Gates's 'okay' and Ban's 'dire.' (period inside the marks), both attributed in their own sentence.",
  "Events: three 'Friday's (the carrier arrived; Obama spoke with Preval; Ban, as 'He', said UN peacekeepers are taking charge) and 'Tuesday's' (the quake, no agent). Left out: 'soon' (vague, Ban's visit).",
  "Actors: Washington and 'The United States' are the US government (one actor); Havana is Cuba's government (gave permission). Acting without a date: survivors (digging), U.N. peacekeepers (taking charge, in Ban's words). Preval is only spoken to; 'humanitarian groups', 'International troops' and 'U.S. forces' (in Gates's statement) are left out as they do not act on the page beyond states or arrivals of unnamed collectives. Not figures: 'Many planes', 'long-term', 'more troops and ships' (no number).",
  "Second careful reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked the text against the stored page (identical after the listed edits), both quote spans, each number token (50,000, 7.0, 300,000), the hedges (up to, around), the claimant of each figure and the weekdays from Friday 15 January 2010.",
 ],
}
