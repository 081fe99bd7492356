Q = "kano_attacks_2012"
SF = "Salisu Fage"
BH = "Boko Haram"
ANN = {
 "article": "articles/voa_2012_kano_police_investigating_attacks.txt",
 "gold_out": "gold/voa_2012_kano_police_investigating_attacks.json",
 "published": "2012-01-24",
 "quotes": [
  {"text": "Certainly everybody is surprised at the kind of sophistication they have because even the police couldn't have the weapons that can fight back", "speaker": SF, "speaker_mention": "Fage", "fragment": False,
   "note": "first part, attribution after it ('..., said Fage.'); trailing comma dropped; Fage is named in full in the paragraph before ('Reporter Salisu Fage of the Leadership newspaper in Kano says ...')"},
  {"text": "People are wondering from where and how they are getting their weapons and the kind of training they are having.", "speaker": SF, "speaker_mention": "Fage", "fragment": False,
   "note": "second part after 'said Fage.' in the same paragraph; final '.' kept"},
 ],
 "figures": [
  {"quantity": Q + ":deaths", "text": "185", "value": 185, "unit": None, "counted": "official death toll from Friday's attacks", "source": None, "approx": None,
   "note": "'The official death toll from Friday's attacks stands at 185': 'official' names no claimant (the text does not say whose toll), so source null; same key as 'at least seven' (police, 20 Jan) and 'at least 131' / 'more than 150' (21 Jan)"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "Boko Haram fighters", "source": None, "approx": None,
   "note": "'The picture beginning to emerge is one of hundreds of Boko Haram fighters': vague plural, outlet's voice"},
 ],
 "events": [
  {"actor": BH, "date": "2012-01-20", "date_text": "Friday's", "what": "attacks in Kano",
   "note": "date on a noun ('Friday's attacks'); the text says who made them: 'Islamic militants struck their offices' and 'the radical Islamic sect Boko Haram staged a coordinated series of attacks in Kano'. Friday = 20 January 2012"},
  {"actor": None, "date": "2012-01-20", "date_text": "after Friday prayers", "what": "the attacks began",
   "note": "'The attacks began after Friday prayers': intransitive 'began' with the attacks as subject, no agent (like 'the war began in 2008') -> null. Friday = 20 January 2012"},
 ],
 "actors": [
  {"name": "Kano police", "type": "organisation", "aliases": ["Police in Nigeria's second largest city, Kano", "the police", "Police officials"]},
  {"name": BH, "type": "group", "aliases": ["Islamic militants", "the radical Islamic sect Boko Haram", "Boko Haram", "the attackers"]},
  {"name": "news agencies", "type": "group", "aliases": ["news agencies"]},
  {"name": SF, "type": "person", "aliases": ["Reporter Salisu Fage of the Leadership newspaper in Kano", "Salisu Fage", "Fage"]},
  {"name": "Yunus Zakaria Ya'u", "type": "person", "aliases": ["Yunus Zakaria Ya'u of Kano's Center for Information Technology and Development", "Yunus Zakaria Ya'u"]},
 ],
 "notes": [
  "VOA News report of Tuesday 24 January 2012 (date worked out from caption and text, see meta) on the aftermath of the Kano attacks of Friday 20 January. Story kano_attacks_2012 with voa_2012_kano_curfew_after_bomb_attacks (20 January) and voa_2012_kano_city_in_shock_scores_killed (21 January).",
  "Key: kano_attacks_2012:deaths (the official 185 here; at least seven by police on 20 January; 'Scores', 'at least 131', 'more than 150' on 21 January). 'hundreds of Boko Haram fighters' has no second figure. Not a figure: 'one' in 'is one of hundreds of Boko Haram fighters' (pronoun).",
  "'news agencies suggest it could be much higher' is a claim with no number. 'Abuja reports the attacks revealed glaring weaknesses ...' is the tail of the reporter line (the name is missing in the stored copy): 'Abuja' is not taken as an actor and the sentence carries no number or date.",
  "Not events: 'Days after the radical Islamic sect Boko Haram staged ...' (vague, no date), 'since the attacks' (no date expression). 'Police officials have been conspicuously silent ... declining interview requests' is a state without a date.",
  "Actors: 'Islamic militants' and 'the attackers' are Boko Haram's fighters as the text tells them ('Boko Haram staged a coordinated series of attacks'), so they are aliases of Boko Haram; Yunus Zakaria Ya'u and the news agencies speak without quote marks or numbers.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: the split Fage quote (two quotes around 'said Fage.'), the 185 left without claimant, the two Friday expressions (a dated noun with Boko Haram as agent; an intransitive 'began' with no agent).",
 ],
}
