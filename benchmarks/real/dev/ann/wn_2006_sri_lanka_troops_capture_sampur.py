R = "Keheliya Rambukwella"
T = "Tamil Tigers"
GT = "Sri Lankan government troops"
G = "Sri Lankan government"
ANN = {
 "article": "articles/wn_2006_sri_lanka_troops_capture_sampur.txt",
 "gold_out": "gold/wn_2006_sri_lanka_troops_capture_sampur.json",
 "published": "2006-09-04",
 "quotes": [
  {"text": "We captured the main Sampur artillery position of the Tigers, We suspect they dismantled the guns or pulled them back. We are now in Sampur.",
   "speaker": R, "speaker_mention": "Keheliya Rambukwella",
   "note": "'\"...\" said Keheliya Rambukwella.' right after the closing mark; printed with a comma splice and the full stop inside the mark, both kept"},
 ],
 "figures": [
  {"text": "10", "ctx": "10-km swath", "value": 10, "unit": "km", "counted": "swath of land the troops took", "source": R, "approx": None,
   "note": "the number only, as '47' in '47-year-old' (FORMAT); 'Rambukwella noted that the government's troops received little or no resistance as they took the 10-km swath of land': inside his reported clause, so claimed by him"},
  {"text": "one", "value": 1, "unit": None, "counted": "government soldier killed by overnight shelling", "source": None, "approx": None,
   "note": "'Overnight shelling and mortar attacks from the Tamil Tigers ... killed one government soldier': the outlet's voice; the next sentence names Rambukwella but for the objective of the incursion, not this casualty, so no claimant"},
  {"text": "three", "value": 3, "unit": None, "counted": "Tamil Tiger guns aimed on government troops", "source": R, "approx": None,
   "note": "'The objective of the incursion, said Rambukwella, was to neutralize the use of three Tamil Tiger guns': claimed by Rambukwella"},
 ],
 "events": [
  {"actor": None, "date": "2002", "date_text": "four years ago", "what": "the peace accord went into effect",
   "note": "'since the peace accord went into effect four years ago': the accord as subject of 'went into effect', no agent; 2006 minus four = 2002 (a relative date, not a figure)"},
  {"actor": T, "date": "2006-09-03/2006-09-04", "date_text": "Overnight", "what": "Tamil Tiger shelling and mortar attacks killed one government soldier and injured several others",
   "note": "a date on the nouns 'shelling and mortar attacks'; the text names who made them ('from the Tamil Tigers'), so the Tamil Tigers; overnight = the night before the reference day (Monday 4 September 2006)"},
 ],
 "actors": [
  {"name": R, "type": "person", "aliases": ["Keheliya Rambukwella", "Rambukwella"]},
  {"name": GT, "type": "organisation", "aliases": ["Sri Lankan government troops", "the government's troops", "government troops"]},
  {"name": G, "type": "organisation", "aliases": ["Sri Lankan government"]},
  {"name": T, "type": "organisation", "aliases": ["the Tamil Tigers", "Tamil Tigers", "the Tigers", "the main rebel group involved in the fighting"]},
 ],
 "notes": [
  "Wikinews report of Monday 4 September 2006 on the army's capture of Sampur, south of Trincomalee harbour; story sri_lanka_east_offensive_2006 with voa_2006_sri_lanka_tigers_say_ceasefire_dead (31 July) and voa_2006_sri_lanka_muttur_aid_workers_executed (7 August). The page spells the place 'Sempur' once and 'Sampur' in the quotation (kept).",
  "Quote: one span, speaker named right after it ('said Keheliya Rambukwella'); the text does not say what office he holds. His other words are indirect ('Rambukwella noted that ...', 'The objective ..., said Rambukwella, was ...').",
  "Figures: '10-km' and 'three' are claimed by Rambukwella (reported speech); 'one' soldier is the outlet's voice. 'several others' has no number (not a figure). No figure shares a quantity with the other items of the story: the VOA items count aid workers dead in Muttur and days of fighting there, not Sampur.",
  "Events: 'four years ago' (the accord, null) and 'Overnight' (the Tigers' shelling). Not events: 'now' in the quote (vague); the headline's 'announces' and 'are claiming' carry no date expression; the removed date line gave the published day.",
  "Actors: 'Sri Lankan government' (headline, announces) and 'Sri Lankan government troops' (capture Sampur) kept apart, since the troops act in the body; Tamil Tigers include 'the Tigers' (inside the quote) and 'the main rebel group involved in the fighting' (apposition).",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: quote span and marks, every number token (four, 10-km, one, three), 'Overnight' as 3-4 September 2006, aliases exact and unshared; no change.",
 ],
}
