S = "armenia_azerbaijan_border_clash_2022"
AB = "Antony Blinken"
ANN = {
 "article": "articles/voa_2022_armenia_azerbaijan_clash_along_border.txt",
 "gold_out": "gold/voa_2022_armenia_azerbaijan_clash_along_border.json",
 "published": "2022-09-13",
 "quotes": [
  {"text": "end any military hostilities immediately", "speaker": AB, "speaker_mention": "U.S. Secretary of State Antony Blinken", "fragment": True,
   "note": "curly marks; Blinken's words inside the reported call ('called on the two sides to \u201c...\u201d'); the comma before the closing mark is dropped"},
 ],
 "figures": [
  {"quantity": S + ":armenian_soldiers_killed", "text": "49", "value": 49, "unit": None, "counted": "Armenian soldiers killed", "source": "Armenia", "approx": None,
   "note": "'Armenia said Azerbaijani forces attacked several points near the border, killing 49 Armenian soldiers': Armenia is the claimant. The 14 September item repeats 'at least 49' from Armenia (same key)"},
  {"text": "two", "value": 2, "unit": None, "counted": "countries (Armenia and Azerbaijan)", "source": None, "approx": None, "ctx": "The two countries",
   "note": "counts the two countries, as elsewhere in the set"},
  {"quantity": S + ":war_2020_weeks", "text": "six-week", "value": 6, "unit": "weeks", "counted": "length of the 2020 war", "source": None, "approx": None,
   "note": "'A six-week war in 2020': a duration, outlet's voice; the 14 September item gives the same background figure (same key)"},
  {"text": "6,600", "value": 6600, "unit": None, "counted": "people killed in the 2020 war", "source": None, "approx": "more than",
   "note": "'killed more than 6,600 people': the 2020 war's toll in the outlet's voice"},
  {"text": "two", "value": 2, "unit": None, "counted": "sides (Armenia and Azerbaijan)", "source": None, "approx": None, "ctx": "the two sides",
   "note": "'called on the two sides': counts the two sides"},
 ],
 "events": [
  {"actor": None, "date": "2022-09-13", "date_text": "Tuesday", "what": "fresh clashes broke out between Armenia and Azerbaijan",
   "note": "'Fresh clashes broke out Tuesday between Armenia and Azerbaijan': 'broke out' has no agent (the countries are in a 'between' phrase) -> null, as 'Heavy fighting continued among ... forces Saturday' elsewhere in the set; Tuesday = the report day, 13 September 2022"},
  {"actor": None, "date": "2020", "date_text": "in 2020", "what": "six-week war that killed more than 6,600 people",
   "note": "date on the noun 'war', which is the subject of 'killed' and 'saw'; the text names no one who waged it -> null"},
 ],
 "actors": [
  {"name": "Armenia", "type": "country", "aliases": ["Armenia"]},
  {"name": "Azerbaijan", "type": "country", "aliases": ["Azerbaijan"]},
  {"name": "Azerbaijani forces", "type": "organisation", "aliases": ["Azerbaijani forces"]},
  {"name": "Armenian forces", "type": "organisation", "aliases": ["Armenian forces"]},
  {"name": AB, "type": "person", "aliases": ["U.S. Secretary of State Antony Blinken"]},
  {"name": "Russian Foreign Ministry", "type": "organisation", "aliases": ["Russia\u2019s Foreign Ministry"]},
 ],
 "notes": [
  "VOA News report of Tuesday 13 September 2022 on the border clashes between Armenia and Azerbaijan (date inferred: see meta published_evidence). Story armenia_azerbaijan_border_clash_2022 with voa_2022_armenia_says_ceasefire_reached (14 September).",
  "Two sides' claims: Armenia says Azerbaijani forces attacked and killed 49 Armenian soldiers; Azerbaijan says Armenian forces fired on its positions and gives no number ('an unspecified number of casualties'). Keys across the story: :armenian_soldiers_killed (49 here, 'at least 49' on 14 September) and :war_2020_weeks ('six-week' in both items). The 2020 war's toll of 6,600 appears only here (no key).",
  "Quote: one fragment, Blinken's. Actors: the two countries (claimants) and their forces (agents of the attack and the firing in the claims), Blinken and Russia's Foreign Ministry. The Nagorno-Karabakh region and 'ethnic Armenians' (its population) do not act: not listed.",
  "Not figures: 'decades-long' (no number word, a vague duration, as 'take weeks' elsewhere in the set), 'several points', 'an unspecified number'. Not events: 'decades-long' is a duration. The credit line is kept as printed.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: checked the quote span (comma dropped), the claimant of the 49, 'six-week' as 6 weeks and '6,600' with 'more than', both 'two' spans pinned, and the two null-actor events ('broke out', the 2020 war).",
 ],
}
