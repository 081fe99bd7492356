K = "nigeria_thisday_bombings_2012:"
OF = "Nigerian officials"
AD = "Olusegun Adeniya"
OB = "Diji Obadiah"
KB = "Kaduna bomber"
VR = "VOA reporter in Kaduna"
ANN = {
 "article": "articles/voa_2012_nigeria_thisday_explosions_6_dead.txt",
 "gold_out": "gold/voa_2012_nigeria_thisday_explosions_6_dead.json",
 "published": "2012-04-26",
 "quotes": [
  {"text": "God is great", "speaker": KB, "speaker_mention": "the bomber", "fragment": True,
   "note": "'Kaduna resident Diji Obadiah says the bomber rammed his vehicle into the newspaper compound while shouting \"God is great\" in Arabic.': the words rendered are the bomber's (in translation), inside Obadiah's reported speech; short phrase -> fragment"},
  {"text": "When people saw, they thought he just mistakenly hit the building", "speaker": OB, "speaker_mention": "Obadiah", "fragment": False,
   "note": "first half of a quote interrupted by its attribution ('..., said Obadiah.'); Obadiah introduced by full name in the paragraph before; trailing comma dropped"},
  {"text": "They pull[ed] him out and then he was telling them, 'There is a bomb, there is a bomb.'", "speaker": OB, "speaker_mention": "Obadiah", "fragment": False,
   "note": "second quote of the paragraph, after 'said Obadiah.', no new attribution; the outer text keeps the editor's bracket '[ed]' and the inner single marks with the final period inside them"},
  {"text": "There is a bomb, there is a bomb.", "speaker": KB, "speaker_mention": "he", "fragment": False,
   "note": "nested quote: the bomber's words ('he was telling them, ...'), quoted inside Obadiah's quote; final period inside the single marks kept"},
  {"text": "lynch", "speaker": OB, "speaker_mention": "Obadiah", "fragment": True,
   "note": "'Obadiah said people wanted to \"lynch\" the bomber': one word of Obadiah's quoted inside his reported speech -> fragment"},
 ],
 "figures": [
  {"quantity": K+"deaths_total", "text": "6", "ctx": "6 Dead", "value": 6, "unit": None, "counted": "dead in Nigerian explosions", "source": None, "approx": None,
   "note": "headline, outlet's voice: the sum of the lead's three (Abuja) and at least three (Kaduna); a later VOA version says seven (not in this set)"},
  {"quantity": K+"abuja_deaths", "text": "three", "ctx": "killed three people", "value": 3, "unit": None, "counted": "people killed by the bombing of the newspaper office in Abuja", "source": OF, "approx": None,
   "note": "'Officials say the bombing of a newspaper office in Nigeria's capital has killed three people': claimed by the officials"},
  {"quantity": K+"kaduna_deaths", "text": "three", "ctx": "at least three others", "value": 3, "unit": None, "counted": "others killed by the blast in Kaduna", "source": OF, "approx": "at least",
   "note": "same sentence, still under 'Officials say ...'; the same toll as 'at least three dead' in the fourth paragraph (officials again)"},
  {"text": "two", "ctx": "two security men", "value": 2, "unit": None, "counted": "security men killed by the attack", "source": AD, "approx": None,
   "note": "'He said the attack killed two security men and the bomber.': 'He' is Adeniya, named in the sentence before. Two guards plus the bomber make the officials' three in Abuja, but this figure counts only the guards (a narrower scope), so it does not share abuja_deaths"},
  {"text": "two", "ctx": "two other papers", "value": 2, "unit": None, "counted": "other papers housed in the compound", "source": VR, "approx": None,
   "note": "'a VOA reporter in Kaduna says police have a man in custody after a bomb exploded ... outside of a compound that houses This Day and two other papers': in the relative clause inside the reporter's reported speech, so the reporter (as for a relative clause inside a reported statement in the dev Mpeketoni item)"},
  {"quantity": K+"kaduna_deaths", "text": "three", "ctx": "at least three dead", "value": 3, "unit": None, "counted": "dead in the Kaduna blast", "source": OF, "approx": "at least",
   "note": "'Officials say that blast left at least three dead and several injured.': claimed by the officials; same toll as the lead's 'at least three others'"},
  {"text": "several", "ctx": "several injured", "value": None, "vague": True, "unit": None, "counted": "injured in the Kaduna blast", "source": OF, "approx": None,
   "note": "same sentence, under 'Officials say'"},
  {"text": "two", "ctx": "For two years", "value": 2, "unit": "years", "counted": "years authorities have struggled to stop a wave of bombings", "source": None, "approx": None,
   "note": "duration in the outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2012-04-26", "date_text": "Thursday", "ctx": "first explosion Thursday", "what": "the first explosion went off at the Abuja office of This Day",
   "note": "'Officials say the first explosion Thursday went off at the Abuja office of This Day': the dated verb 'went off' has 'the first explosion' as subject, not an agent -> null; Thursday = the published day (blog header Thursday, April 26, 2012)"},
  {"actor": None, "date": "2012-04-26", "date_text": "at around 11 a.m. local time", "what": "the explosion shook a local resident's house",
   "note": "'A local resident said the explosion shook his house at around 11 a.m. local time.': a time of day = the reference day (Thursday 26 April); the subject of 'shook' is the explosion, not an agent -> null"},
  {"actor": None, "date": "2012-04-26", "date_text": "just before noon local time", "what": "a bomb exploded outside the compound housing This Day in Kaduna",
   "note": "'after a bomb exploded just before noon local time outside of a compound ...': the subject of 'exploded' is the bomb, not an agent -> null; a time of day = the reference day"},
 ],
 "actors": [
  {"name": OF, "type": "organisation", "aliases": ["Officials", "authorities"]},
  {"name": "Abuja resident", "type": "person", "aliases": ["A local resident"]},
  {"name": AD, "type": "person", "aliases": ["The chairman of the paper's editorial board", "Olusegun Adeniya"]},
  {"name": "Abuja suicide bomber", "type": "person", "aliases": ["a suicide bomber"]},
  {"name": VR, "type": "person", "aliases": ["a VOA reporter in Kaduna"]},
  {"name": "police", "type": "organisation", "aliases": ["police"]},
  {"name": OB, "type": "person", "aliases": ["Kaduna resident Diji Obadiah", "Obadiah"]},
  {"name": KB, "type": "person", "aliases": ["the bomber"]},
  {"name": "Boko Haram", "type": "organisation", "aliases": ["the radical Islamic sect Boko Haram"]},
 ],
 "notes": [
  "VOA News report of Thursday 26 April 2012 (kept from a blog that reprints VOA copy word for word; date from the blog header and feed timestamp) on the bombings of This Day newspaper's offices in Abuja and Kaduna that day; story nigeria_thisday_bombings_2012 (single item; the attacks are mentioned, without figures, in voa_2012_nigeria_jalingo_bombing_kills_5_blog).",
  "Within-item figures: the Kaduna toll 'at least three others' (lead) and 'at least three dead' (fourth paragraph) share kaduna_deaths, both claimed by officials; the headline's 6 is the sum of the Abuja and Kaduna tolls (deaths_total); the Abuja 'three people' (officials) has abuja_deaths.",
  "Quotes: Obadiah's quote is split by its attribution ('..., said Obadiah.') into two quotes; the second holds a nested quote of the bomber's words ('There is a bomb, there is a bomb.'), a separate quote with the bomber as speaker; 'God is great' (the bomber's words in translation) and 'lynch' (Obadiah's word) are fragments inside Obadiah's reported speech.",
  "'the bomber' is used for the Abuja bomber too, in Adeniya's reported speech ('killed two security men and the bomber'); as a surface form can belong to one actor only, it is listed for the Kaduna bomber, whose words are quoted; the Abuja bomber keeps 'a suicide bomber'.",
  "'Officials' (Abuja and Kaduna tolls) and 'authorities' ('authorities have struggled ...') are taken as one actor, the Nigerian officials.",
  "Not figures: '11 a.m.' and 'noon' are times of day; 'the first explosion' is an ordinal; '6' in the headline is annotated. Not events: 'For two years' is a duration (a figure).",
  "Second careful reading against FORMAT.md done: checked the five quote spans (straight double marks, inner single marks kept in the outer text, trailing comma dropped, final periods kept), every number token (6, three x3, two x3, several) and every date or time expression (Thursday, at around 11 a.m. local time, just before noon local time).",
 ],
}
