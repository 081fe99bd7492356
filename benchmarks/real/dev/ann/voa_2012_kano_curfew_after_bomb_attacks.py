Q = "kano_attacks_2012"
SR = "Salusi Radiu"
AJ = "Abubakar Jibril"
POL = "Nigerian police"
ANN = {
 "article": "articles/voa_2012_kano_curfew_after_bomb_attacks.txt",
 "gold_out": "gold/voa_2012_kano_curfew_after_bomb_attacks.json",
 "published": "2012-01-20",
 "quotes": [
  {"text": "It was just a rough estimate, but it was estimated almost 30, about 30 exploded at different police stations. At some places it was just the bomb that exploded, in other places there were gunshots before the bomb", "speaker": SR, "speaker_mention": "Radiu", "fragment": False,
   "note": "attribution after the quote ('..., Radiu said'); trailing comma dropped. Radiu is introduced in the paragraph before ('Reporter Salusi Radiu of VOA's Hausa Service says he counted ...')"},
  {"text": "In fact, nobody can tell you the casualties because they are from different points. We will have to go to different hospitals around before we gather the number of casualties", "speaker": AJ, "speaker_mention": "Jibril", "fragment": False,
   "note": "attribution after the quote ('..., Jibril said'); trailing comma dropped; Jibril is named in full ('Kano's emergency coordinator, Abubakar Jibril') in the paragraph before"},
 ],
 "figures": [
  {"quantity": Q + ":curfew_hours", "text": "24", "value": 24, "unit": "hours", "counted": "hour curfew in Kano", "source": None, "approx": None, "ctx": "A 24-hour curfew",
   "note": "'A 24-hour curfew has been imposed': passive without agent, outlet's voice; the same curfew as the '24-hour curfew' of voa_2012_kano_city_in_shock_scores_killed"},
  {"quantity": Q + ":deaths", "text": "seven", "value": 7, "unit": None, "counted": "people killed in the bombings", "source": POL, "approx": "at least",
   "note": "'Nigerian police say at least seven people have been killed': the first toll of Friday's attacks; later items give at least 131 / more than 150 (21 Jan) and 185 (24 Jan), same key"},
  {"quantity": Q + ":blasts", "text": "two dozen", "value": 24, "unit": None, "counted": "blasts over a 90-minute period", "source": SR, "approx": "more than",
   "note": "'Reporter Salusi Radiu ... says he counted more than two dozen blasts'"},
  {"text": "90", "value": 90, "unit": "minutes", "counted": "minute period of the blasts", "source": SR, "approx": None, "ctx": "90-minute",
   "note": "duration inside Radiu's reported count ('says he counted ... over a 90-minute period')"},
  {"quantity": Q + ":blasts", "text": "30", "value": 30, "unit": None, "counted": "blasts that exploded at different police stations", "source": SR, "approx": "around", "ctx": "almost 30",
   "note": "inside Radiu's quote: 'almost 30' -> around"},
  {"quantity": Q + ":blasts", "text": "30", "value": 30, "unit": None, "counted": "blasts that exploded at different police stations", "source": SR, "approx": "around", "ctx": "about 30 exploded",
   "note": "inside Radiu's quote, the restatement 'about 30 exploded at different police stations'"},
  {"quantity": Q + ":deaths", "text": "scores", "value": None, "vague": True, "unit": None, "counted": "people killed", "source": "Nigerian officials (unnamed)", "approx": None,
   "note": "'Officials estimated scores of people were killed, including the suicide bomber and other attackers': vague plural claimed by unnamed officials; the whole toll of the attacks (same key as the police's 'at least seven')"},
 ],
 "events": [
  {"actor": "suicide bomber", "date": "2012-01-20", "date_text": "at about 5:00 p.m. local time Friday", "what": "set off a huge explosion at the office of Kano's Inspector General of Police",
   "note": "active verb with the bomber as subject ('A suicide bomber set off a huge explosion ... at about 5:00 p.m. local time Friday'); Friday = 20 January 2012, the day of the report (meta)"},
 ],
 "actors": [
  {"name": POL, "type": "organisation", "aliases": ["Nigerian police"]},
  {"name": "Boko Haram", "type": "group", "aliases": ["The Islamic extremist group Boko Haram", "Boko Haram"]},
  {"name": "suicide bomber", "type": "person", "aliases": ["A suicide bomber", "the suicide bomber"]},
  {"name": "witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": SR, "type": "person", "aliases": ["Reporter Salusi Radiu of VOA's Hausa Service", "Salusi Radiu", "Radiu"]},
  {"name": "Nigerian officials (unnamed)", "type": "group", "aliases": ["Officials"]},
  {"name": AJ, "type": "person", "aliases": ["Kano's emergency coordinator, Abubakar Jibril", "Abubakar Jibril", "Jibril", "Kano's emergency coordinator"]},
  {"name": "Voice of America", "type": "organisation", "aliases": ["VOA"]},
 ],
 "notes": [
  "VOA News report of Friday 20 January 2012 (date worked out from caption and text, see meta) on the coordinated bomb and gun attacks of that Friday evening in Kano, northern Nigeria, claimed by Boko Haram. Story kano_attacks_2012 with voa_2012_kano_city_in_shock_scores_killed (21 January) and voa_2012_kano_police_investigating_attacks (24 January).",
  "Keys: kano_attacks_2012:deaths (police 'at least seven' and officials' 'scores' here; 'Scores', 'at least 131', 'more than 150' on 21 January; official 185 on 24 January); kano_attacks_2012:blasts ('more than two dozen' and Radiu's 'almost 30' / 'about 30', all Radiu's own count); kano_attacks_2012:curfew_hours (the 24-hour curfew, also in the 21 January item). The 90-minute span has no second figure.",
  "'The Islamic extremist group Boko Haram has claimed responsibility for the attacks' and 'A 24-hour curfew has been imposed' carry no date: no events. 'Within minutes' is vague: no event.",
  "'Witnesses said several police officers and a journalist also perished': 'several' and 'a journalist' are not number words, not figures. Not figures: '5:00 p.m.' (time of day), 'second-largest' (ordinal).",
  "The reporter is spelled 'Salusi Radiu' here and 'Salisu Radiu' in the 21 January item; each item uses its own spelling as the canonical name. 'Nigerian police' are the claimants of the first toll; 'police' alone (targets, gun battles) is left out of the aliases as it names the targets, not the claimant.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: both quotes are whole sentences with the speaker named after the quote and fully in the paragraph before; the two '30's pinned by ctx; the one dated event is active with the bomber as subject.",
 ],
}
