K = "bangkok_red_shirts_2010:"
SF = "Thai security forces"
RS = "Red Shirt protesters"
AV = "Abhisit Vejjajiva"
TG = "Thai government"
SD = "U.S. State Department"
JP = "Jatuporn Prompan"
ANN = {
 "article": "articles/voa_2010_bangkok_22_dead_third_day.txt",
 "gold_out": "gold/voa_2010_bangkok_22_dead_third_day.json",
 "published": "2010-05-15",
 "quotes": [
  {"text": "normalcy", "speaker": AV, "speaker_mention": "he", "fragment": True,
   "note": "'The government's plan, he said, is to return to \"normalcy\" ...': 'he' = Abhisit, named in the sentence before (his TV address late Saturday)"},
  {"text": "minimal loss", "speaker": AV, "speaker_mention": "he", "fragment": True,
   "note": "second fragment of the same reported sentence; the comma before the closing mark is dropped"},
  {"text": "live-firing zone.", "speaker": TG, "speaker_mention": "government posters", "fragment": True,
   "note": "words printed on government posters ('where government posters declare the area is a \"live-firing zone.\"'): the government's words; the final full stop inside the marks is kept"},
  {"text": "civil war", "speaker": JP, "speaker_mention": "The protesters' leader, Jatuporn Prompan", "fragment": True,
   "note": "'says the situation ... is like a \"civil war,\"': short phrase in reported speech; comma dropped"},
 ],
 "figures": [
  {"quantity": K+"killed_since_thursday", "text": "22", "value": 22, "unit": None, "counted": "dead in the third day of Bangkok clashes", "source": None, "approx": None, "ctx": "22 Dead in",
   "note": "headline, outlet's voice; the body gives the same 22 killed since Thursday (same key); VOA of 14 May had 8"},
  {"quantity": K+"killed_since_thursday", "text": "22", "value": 22, "unit": None, "counted": "people killed since fighting erupted Thursday", "source": None, "approx": None, "ctx": "22 people have been killed",
   "note": "'Since fighting erupted Thursday in the Thai capital, 22 people have been killed': outlet's voice"},
  {"quantity": K+"wounded_since_thursday", "text": "170", "value": 170, "unit": None, "counted": "wounded since fighting erupted Thursday", "source": None, "approx": "at least",
   "note": "VOA of 14 May: 'more than 100' wounded (same key)"},
  {"text": "three", "value": 3, "unit": None, "counted": "bodies with gunshot wounds taken away north of the protesters' encampment", "source": "Witnesses", "approx": None,
   "note": "'Witnesses saw three bodies ...': the count is what the witnesses saw (their account), so they are the claimant"},
 ],
 "events": [
  {"actor": SF, "date": "2010-05-15", "date_text": "on Saturday", "what": "security forces battled Red Shirt protesters into the night", "ctx": "into the night on Saturday",
   "note": "active verb 'battled', subject 'security forces'; Saturday = publication day"},
  {"actor": None, "date": "2010-05-13", "date_text": "Thursday", "what": "fighting erupted in the Thai capital",
   "note": "'Since fighting erupted Thursday': fighting is no one's act (no agent)"},
  {"actor": AV, "date": "2010-05-15", "date_text": "late Saturday", "what": "Abhisit said in a TV address his government will not back down",
   "note": "active 'said', subject 'Embattled Prime Minister Abhisit Vejjajiva'"},
  {"actor": RS, "date": "2010-05-15", "date_text": "Earlier Saturday", "what": "Red Shirt protesters took over a major highway intersection on the outskirts of Bangkok",
   "note": "active 'took over', subject 'Red Shirt protesters'"},
  {"actor": SD, "date": "2010-05-15", "date_text": "On Saturday", "what": "the U.S. State Department issued a travel warning for Bangkok",
   "note": "active 'issued', subject 'the U.S. State Department'"},
  {"actor": RS, "date": "2010-03", "date_text": "since mid-March", "what": "protesters have occupied Bangkok's central commercial district",
   "note": "'Protesters have occupied ... since mid-March': start of the occupation, March of the report's year"},
 ],
 "actors": [
  {"name": SF, "type": "organisation", "aliases": ["security forces"]},
  {"name": RS, "type": "group", "aliases": ["Red Shirt protesters", "the protesters", "The Red Shirts", "Protesters"]},
  {"name": AV, "type": "person", "aliases": ["Embattled Prime Minister Abhisit Vejjajiva", "Prime Minister Abhisit Vejjajiva", "Abhisit Vejjajiva", "Mr. Abhisit"]},
  {"name": TG, "type": "organisation", "aliases": ["government posters", "Mr. Abhisit's government"]},
  {"name": "Witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": SD, "type": "organisation", "aliases": ["the U.S. State Department", "The State Department"]},
  {"name": JP, "type": "person", "aliases": ["The protesters' leader, Jatuporn Prompan", "Jatuporn Prompan"]},
 ],
 "notes": [
  "VOA News report of Saturday 15 May 2010 (stored on VOA Bangla's site, see meta), the third day of the Bangkok clashes; story bangkok_red_shirts_2010 with voa_2010_bangkok_clashes_8_killed (14 May).",
  "Cross-report keys: " + K + "killed_since_thursday (22 in the headline and the body; 8 on 14 May) and " + K + "wounded_since_thursday ('at least 170'; 'more than 100' on 14 May). The tolls are in VOA's own voice (no claimant). The three bodies are what witnesses saw: source Witnesses.",
  "Quotes: Abhisit's 'normalcy' and 'minimal loss' (speaker named in the sentence before, 'he said' between), the posters' 'live-firing zone.' (the government's words; full stop inside the marks kept), Jatuporn's 'civil war'. Not a quote: '\"Red Shirt\" protesters' (a movement's name in quote marks).",
  "Events: four Saturday expressions ('on Saturday' security forces battled, 'late Saturday' Abhisit's address, 'Earlier Saturday' the protesters' takeover, 'On Saturday' the State Department warning), 'Thursday' (fighting erupted, no agent) and 'since mid-March' (the occupation). 'as soon as possible' and 'until ... resigns' are vague, not events; the State Department's authorized departure has no date.",
  "Not figures: '3rd' (ordinal), 'Several foreign journalists' ('several' is not a number word), 'a major highway intersection', 'a TV address'. The missing full stop after 'wounded' is as printed.",
  "Actors: 'his government' (Abhisit's) is not an alias (pronoun); the government speaks through its posters and is named 'Mr. Abhisit's government' later. American citizens and U.S. government personnel do not act.",
  "Second careful read by the annotator: text re-compared with a fresh copy of the stored page (identical after the listed edits); weekdays recomputed (15 May 2010 a Saturday); the two '22' pinned with ctx; the four Saturday expressions are distinct strings ('on Saturday', 'late Saturday', 'Earlier Saturday', 'On Saturday'); the comma inside 'minimal loss,' and 'civil war,' dropped, the full stop inside 'live-firing zone.' kept. Judgment call: the posters' words given to the Thai government.",
 ],
}
