KC = "south_sudan_conflict_2014:"
ARMY = "South Sudanese army"
REB = "South Sudanese rebels"
G = "South Sudan government"
PA = "Philip Aguer"
MSF = "Doctors Without Borders"
AT = "Ateny Wek Ateny"
SK = "Salva Kiir"
UN = "United Nations"
LTG = "Linda Thomas-Greenfield"
ANN = {
 "article": "articles/voa_2014_south_sudan_rebels_clash_upper_nile.txt",
 "gold_out": "gold/voa_2014_south_sudan_rebels_clash_upper_nile.json",
 "published": "2014-01-15",
 "quotes": [
  {"text": "The SPLA (Sudan People's Liberation Army) will fight courageously and will defeat the rebels within and outside South Sudan borders", "speaker": AT, "speaker_mention": "Ateny",
   "note": "'\"...,\" Ateny said.': Ateny Wek Ateny, named and described in the paragraph before; comma dropped; the bracketed gloss is inside the marks as printed"},
  {"text": "The government will defeat the rebels forever. His excellency Kiir Mayardit instructed the government to stand ready to defend the nation from internal aggression. He urged all South Sudanese to stand together and see this dark moment through.", "speaker": AT, "speaker_mention": "Ateny",
   "note": "second quotation of the paragraph, after 'Ateny said.': Ateny's; final stop kept"},
 ],
 "figures": [
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "people wounded over the past few days", "source": MSF, "approx": None,
   "note": "'Doctors Without Borders says hundreds of people have been wounded': vague plural claimed by MSF"},
  {"text": "116", "value": 116, "unit": None, "counted": "people treated for gunshot wounds in Malakal and Nasir", "source": MSF, "approx": None,
   "note": "'In a Wednesday statement, the relief group said it had treated 116 people': the relief group = Doctors Without Borders (sentence before)"},
  {"quantity": KC+"deaths", "text": "1,000", "value": 1000, "unit": None, "counted": "people dead in the unrest", "source": UN, "approx": "at least",
   "note": "'The U.N. says the unrest has left at least 1,000 people dead': the whole conflict since 15 December 2013; same key as 'thousands' dead in both Giada items (the toll of the same conflict, seven weeks later)"},
  {"quantity": KC+"displaced", "text": "400,000", "value": 400000, "unit": None, "counted": "people displaced by the unrest", "source": UN, "approx": "more than",
   "note": "same U.N. sentence: 'more than 400,000 displaced'; same key as 'around 900,000' (voa_2014_south_sudan_giada_toll_rises_24) and 'hundreds of thousands' (voa_2014_south_sudan_giada_fighting_contained)"},
 ],
 "events": [
  {"actor": ARMY, "date": "2014-01-15", "date_text": "on Wednesday", "occ": 1, "what": "the military is battling rebels in Upper Nile state",
   "note": "'South Sudan's military is battling rebels in the northern Upper Nile state region on Wednesday': agent of 'is battling'; Wednesday 15 January 2014, the publication day (see meta)"},
  {"actor": None, "date": "2013-07", "date_text": "in July", "what": "Riek Machar was dismissed",
   "note": "'Riek Machar, who was dismissed in July': passive without a by-agent -> null (the text does not say who dismissed him); the July before a January 2014 report = July 2013"},
  {"actor": REB, "date": "2014-01-14", "date_text": "On Tuesday", "what": "the rebels said they had captured Malakal",
   "note": "'On Tuesday, the rebels said they had captured Malakal': the fronted expression modifies the main verb 'said', agent the rebels; Tuesday 14 January 2014"},
  {"actor": MSF, "date": "2014-01-15", "date_text": "Wednesday", "ctx": "a Wednesday statement", "what": "Doctors Without Borders' statement on treating 116 people",
   "note": "'In a Wednesday statement, the relief group said ...': a date on the noun 'statement', whose author the text names (the relief group = Doctors Without Borders)"},
  {"actor": AT, "date": "2014-01-15", "date_text": "on Wednesday", "occ": 2, "what": "Ateny called for unity and said government forces would prevail",
   "note": "'Presidential spokesman Ateny Wek Ateny, on Wednesday, called for unity and said ...': agent of 'called' and 'said'"},
 ],
 "actors": [
  {"name": ARMY, "type": "organisation", "aliases": ["South Sudan's military", "Forces loyal to President Salva Kiir", "The SPLA", "Sudan People's Liberation Army", "the government forces"]},
  {"name": REB, "type": "group", "aliases": ["rebels", "the rebels"]},
  {"name": G, "type": "organisation", "aliases": ["the government", "The government"]},
  {"name": PA, "type": "person", "aliases": ["Army spokesman Philip Aguer", "Philip Aguer"]},
  {"name": MSF, "type": "organisation", "aliases": ["Doctors Without Borders", "the relief group"]},
  {"name": AT, "type": "person", "aliases": ["Presidential spokesman Ateny Wek Ateny", "Ateny Wek Ateny", "Ateny"]},
  {"name": SK, "type": "person", "aliases": ["President Salva Kiir", "His excellency Kiir Mayardit", "Kiir Mayardit"]},
  {"name": UN, "type": "organisation", "aliases": ["The U.N."]},
  {"name": LTG, "type": "person", "aliases": ["Linda Thomas-Greenfield of the State Department's African Affairs Bureau", "Linda Thomas-Greenfield"]},
 ],
 "notes": [
  "VOA News report of Wednesday 15 January 2014 (date inferred, see meta) on fighting for Malakal in Upper Nile state; story south_sudan_malakal_fighting_2014. The U.N.'s conflict-wide toll and displaced (at least 1,000 dead, more than 400,000 displaced) share keys south_sudan_conflict_2014:deaths and :displaced with the two Giada items of March 2014 (voa_2014_south_sudan_giada_fighting_contained, voa_2014_south_sudan_giada_toll_rises_24).",
  "Quotes: two of Ateny Wek Ateny in one paragraph, split by 'Ateny said.', the speaker named and described in the paragraph before. Thomas-Greenfield's quotation was in the last paragraph, cut in the stored copy and dropped (see meta).",
  "Figures: 'hundreds' wounded and 116 treated (Doctors Without Borders, the second through 'the relief group'), at least 1,000 dead and more than 400,000 displaced (the U.N.). Not figures: 'the past few days' ('few' is not a number), 'world's newest country'.",
  "Events: 'on Wednesday' twice (the military battling; Ateny called for unity) told apart by occ, 'in July' (passive without agent, null), 'On Tuesday' (the rebels said), 'a Wednesday statement' (noun, Doctors Without Borders). Left out: 'over the past few days' (vague period).",
  "Actors: 'South Sudan's military', 'Forces loyal to President Salva Kiir', 'The SPLA (Sudan People's Liberation Army)' and 'the government forces' are one actor (the army); 'the government' (which denied the claim and was instructed by Kiir) is kept apart from the army. Riek Machar (dismissed) and 'Representatives of both sides' do not act at a date and are not listed; 'soldiers who back his former deputy' are the rebels but not listed as an alias. Kiir acts inside the quotation ('instructed the government').",
  "Second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked the two 'on Wednesday' (occ) and the 'Wednesday' of the statement (ctx), 'in July' -> 2013-07, the U.N. hedges (at least, more than), and that no surface form belongs to two actors.",
 ],
}
