K = "south_sudan_giada_clashes_2014:"
KC = "south_sudan_conflict_2014:"
G = "South Sudan government"
R = "rebel forces"
ML = "Michael Makwei Lueth"
AY = "Malak Ayuen Ajok"
ANN = {
 "article": "articles/voa_2014_south_sudan_giada_fighting_contained.txt",
 "gold_out": "gold/voa_2014_south_sudan_giada_fighting_contained.json",
 "published": "2014-03-05",
 "quotes": [
  {"text": "Contained", "speaker": G, "speaker_mention": None, "fragment": True,
   "note": "headline word in single quote marks: the government's word, as the lead says ('South Sudan's government says fighting ... has been \"contained\"'); no attribution in the headline itself"},
  {"text": "contained", "speaker": G, "speaker_mention": "South Sudan's government", "fragment": True,
   "note": "'South Sudan's government says fighting at an army base in the capital has been \"contained\"': one word of the government's statement inside reported speech"},
 ],
 "figures": [
  {"quantity": K+"soldiers_killed", "text": "five", "value": 5, "unit": None, "counted": "soldiers killed in the Giada fighting", "source": G, "approx": None,
   "note": "'South Sudan's government says fighting ... has been \"contained\" but only after five soldiers were killed': the 'but only after' clause belongs to the complement of 'says', so the government is taken as the claimant. The first toll; the same quantity as the five and 24 in voa_2014_south_sudan_giada_toll_rises_24 (same key)"},
  {"text": "scores", "value": None, "vague": True, "unit": None, "counted": "others injured", "source": G, "approx": None,
   "note": "'scores of others injured', same clause of the government's statement; vague plural"},
  {"quantity": KC+"deaths", "text": "thousands", "occ": 1, "value": None, "vague": True, "unit": None, "counted": "dead across South Sudan since December", "source": None, "approx": None,
   "note": "'weeks of political and ethnic violence across South Sudan that left thousands dead': outlet's voice; the toll of the whole conflict since 15 December, the same quantity as 'thousands of lives' (voa_2014_south_sudan_giada_toll_rises_24) and the U.N.'s 'at least 1,000 people dead' (voa_2014_south_sudan_rebels_clash_upper_nile)"},
  {"quantity": KC+"displaced", "text": "hundreds of thousands", "value": None, "vague": True, "unit": None, "counted": "forced from their homes", "source": None, "approx": None,
   "note": "'forced hundreds of thousands from their homes': outlet's voice; the conflict's displaced, the same quantity as 'around 900,000' (toll_rises_24) and 'more than 400,000 displaced' (upper_nile)"},
 ],
 "events": [
  {"actor": None, "date": "2014-03-05", "date_text": "Wednesday", "ctx": "Wednesday's clashes", "what": "clashes at the Giada army barracks",
   "note": "a date on the noun 'clashes'; the text says only that the fighting stemmed from 'a misunderstanding between the soldiers themselves' and names no agent for the clashes, so null. Wednesday 5 March 2014 (the publication day, see meta)"},
  {"actor": None, "date": "2013-12-15", "date_text": "December 15", "what": "the country's current conflict began at the Giada barracks",
   "note": "'the country's current conflict began December 15 with a clash between members of the presidential guard': 'began' with 'conflict' as subject has no agent (as 'the war began in 2008'), so null; the December before the March 2014 report"},
  {"actor": G+" and "+R, "date": "2014-01", "date_text": "in January", "what": "the government and rebel forces signed a cease-fire in Ethiopia",
   "note": "'The government and rebel forces signed a cease-fire in Ethiopia in January': joint subject of 'signed'; January 2014 (the 23 January cease-fire)"},
  {"actor": None, "date": "2014-03-05", "date_text": "Wednesday", "ctx": "capital Wednesday", "what": "fears of renewed violence prompted many shops to close early",
   "note": "'Fears of renewed violence in the capital Wednesday prompted many shops to close early': the subject of 'prompted' is 'Fears', not an actor; null"},
 ],
 "actors": [
  {"name": G, "type": "organisation", "aliases": ["South Sudan's government", "the government", "The government", "Government officials"]},
  {"name": R, "type": "group", "aliases": ["rebel forces"]},
  {"name": ML, "type": "person", "aliases": ["A government spokesman", "Michael Makwei Lueth"]},
  {"name": AY, "type": "person", "aliases": ["The army's information and public relations director", "Malak Ayuen Ajok"]},
 ],
 "notes": [
  "VOA News report of Wednesday 5 March 2014 (date inferred, see meta) on the pay-dispute fighting at the Giada army barracks in Juba; story south_sudan_giada_clashes_2014 with voa_2014_south_sudan_giada_toll_rises_24 (the next day, toll raised from five to 24). Key south_sudan_giada_clashes_2014:soldiers_killed is shared with that item; south_sudan_conflict_2014:deaths and :displaced (the whole conflict since 15 December 2013) are shared with it and with voa_2014_south_sudan_rebels_clash_upper_nile.",
  "Quotes: two one-word fragments of the government's statement ('Contained' in the headline with no attribution, 'contained' in the lead). Makwei Lueth and Ayuen Ajok are reported without quote marks.",
  "Figures: five soldiers killed and 'scores' injured (inside the government's reported statement), 'thousands' dead and 'hundreds of thousands' forced from their homes (outlet's voice, the whole conflict). Not figures: 'weeks of political and ethnic violence' (no number word), 'December 15' (a date; build_gold lists its '15' as unannotated).",
  "Events: 'Wednesday's clashes' (noun, no agent named -> null), 'December 15' (the conflict began, null), 'in January' (the government and rebel forces signed the cease-fire: joint actor), 'Wednesday' (fears prompted shops to close: null). Left out: 'early' (close early), 'ongoing'.",
  "Actors: 'Government officials' (who acknowledged the panic and are urging people) are listed as an alias of the government; 'members of the presidential guard' and the soldiers who intervened act undated and are not listed.",
  "Second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked the two 'Wednesday' told apart by ctx, the government as claimant of the five and the scores (complement of 'says'), and that no surface form belongs to two actors.",
 ],
}
