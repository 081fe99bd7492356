K = "karachi_violence_2010:"
POL = "Pakistani police"
RH = "Raza Haider"
GUN = "unknown gunmen"
OFF = "Pakistani officials"
TR = "Pakistani troops"
ANN = {
 "article": "articles/voa_2010_karachi_violence_kills_45.txt",
 "gold_out": "gold/voa_2010_karachi_violence_kills_45.json",
 "published": "2010-08-03",
 "quotes": [],
 "figures": [
  {"quantity": K+"deaths", "text": "45", "value": 45, "unit": None, "counted": "people killed by violence in Karachi", "source": None, "approx": None, "ctx": "Kills 45",
   "note": "headline, no claimant; same toll as the lead's 'at least 45'"},
  {"quantity": K+"deaths", "text": "45", "value": 45, "unit": None, "counted": "people killed in the southern port city of Karachi", "source": OFF, "approx": "at least", "ctx": "at least 45",
   "note": "'Pakistani officials say at least 45 people have been killed': the officials claim it (the police in voa_2010_karachi_dozens_die_violence, same key)"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "cars and shops burned", "source": None, "approx": None,
   "note": "'burning dozens of cars and shops': vague plural in VOA's voice"},
  {"quantity": K+"wounded", "text": "90", "value": 90, "unit": None, "counted": "people wounded in the unrest", "source": None, "approx": "more than",
   "note": "'More than 90 people were wounded': outlet's voice; the police's 'scores of others wounded' in the other item"},
  {"text": "16 million", "value": 16000000, "unit": None, "counted": "people in the city", "source": None, "approx": "more than",
   "note": "'the city of more than 16 million people': population, outlet's voice"},
  {"quantity": K+"arrested", "text": "10", "value": 10, "unit": None, "counted": "people arrested in connection with the violence", "source": None, "approx": "at least",
   "note": "'At least 10 people were arrested in connection with the violence': passive, outlet's voice; Malik's 'more than 20' detained in the other item (same key)"},
  {"text": "three", "value": 3, "unit": None, "counted": "members of the banned Laskhar-e-Jhangvi militant group detained", "source": POL, "approx": "at least",
   "note": "'Police say they also detained at least three members ...': the police claim it; detained over 'separate killings', so not the :arrested key"},
 ],
 "events": [
  {"actor": GUN, "date": "2010-08-02", "date_text": "Monday", "what": "gunmen on motorcycles shot and killed Raza Haider and his bodyguard",
   "note": "'Gunmen on motorcycles shot and killed lawmaker Raza Haider and his bodyguard Monday': the gunmen are the agent. Monday before Tuesday 3 August 2010 = 2 August"},
  {"actor": "protesters", "date": "2010-08-02/2010-08-03", "date_text": "overnight", "what": "protesters took to the streets of Karachi, burning cars and shops",
   "note": "'gunfire erupted as protesters took to the streets of Karachi overnight': the expression ends the as-clause and modifies 'took to the streets', whose agent is the protesters; overnight = the night before the report day, D-1/D"},
  {"actor": "Pakistani police and Pakistani troops", "date": "2010-08-03", "date_text": "Tuesday", "what": "police and troops patrolled the streets to restore calm", "ctx": "streets Tuesday",
   "note": "'Police and troops patrolled the streets Tuesday': joint actor. Tuesday = the report day, 3 August 2010"},
  {"actor": POL, "date": "2010-08-03", "date_text": "Tuesday", "what": "police detained at least three members of Laskhar-e-Jhangvi", "ctx": "Karachi Tuesday",
   "note": "'Police say they also detained ... in Karachi Tuesday': the date modifies 'detained', whose agent 'they' is the police"},
  {"actor": None, "date": "1947", "date_text": "in 1947", "what": "creation of Pakistan, after which the Urdu-speaking population migrated from India",
   "note": "'after the creation of Pakistan in 1947': the year is on the noun 'creation', whose agent the text does not name -> null"},
 ],
 "actors": [
  {"name": OFF, "type": "group", "aliases": ["Pakistani officials"]},
  {"name": GUN, "type": "group", "aliases": ["Gunmen on motorcycles"]},
  {"name": RH, "type": "person", "aliases": ["lawmaker Raza Haider", "Raza Haider", "Haider", "a provincial lawmaker"]},
  {"name": "protesters", "type": "group", "aliases": ["protesters"]},
  {"name": POL, "type": "organisation", "aliases": ["Police"]},
  {"name": TR, "type": "organisation", "aliases": ["troops"]},
  {"name": "Muttahida Qaumi Movement", "type": "organisation", "aliases": ["Muttahida Qaumi Movement", "MQM", "The party"]},
 ],
 "notes": [
  "VOA News report of Tuesday 3 August 2010 on the Karachi violence after the killing of MQM lawmaker Raza Haider on Monday 2 August 2010, kept on VOA's Tibetan service English site; story karachi_violence_2010 with voa_2010_karachi_dozens_die_violence (VOA, same day).",
  "No quote marks: every claim is reported speech ('Pakistani officials say', 'Police say'), so no quotes.",
  "Cross-report keys: karachi_violence_2010:deaths (headline 45 and the officials' 'at least 45' here; the police's 'at least 45', 'Dozens', 'dozens' in the other item), :wounded ('More than 90' here, 'scores' there), :arrested ('At least 10' arrested here, Malik's 'more than 20' detained there). The three Laskhar-e-Jhangvi members were detained over 'separate killings' and get no key.",
  "Actors: the Awami National Party is only described ('MQM's main rival ... is made up mostly of ...') and Laskhar-e-Jhangvi is the object of the detentions, so neither is listed; AFP, AP and Reuters appear only in the closing credit line (kept as printed) and are not actors. 'The party' is the MQM (next sentence after the MQM is named).",
  "Not figures: 'one of Haider's relatives' (pronoun 'one of'), '1947' (a year, annotated as an event).",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: the two '45's are told apart by ctx, the two 'Tuesday's by ctx; 'Laskhar-e-Jhangvi' is VOA's spelling, kept as printed.",
 ],
}
