S = "kampala_bombings_2010"
MED = "Ugandan media"
SH = "al-Shabab"
ANN = {
 "article": "articles/gv_2010_uganda_bloggers_react_bomb_blasts.txt",
 "gold_out": "gold/gv_2010_uganda_bloggers_react_bomb_blasts.json",
 "published": "2010-07-12",
 "quotes": [],
 "figures": [
  {"quantity": S + ":blast_sites", "text": "two", "value": 2, "unit": None, "counted": "popular nightlife spots in Kampala where bombs exploded", "source": None, "approx": None,
   "note": "'bombs exploded at two popular nightlife spots in Kampala': outlet's voice; a count of places (the VOA item's 'two devastating bombings' counts bombings and has its own key)"},
  {"quantity": S + ":deaths", "text": "40", "value": 40, "unit": None, "counted": "deaths", "source": MED, "approx": "more than",
   "note": "'Ugandan media are reporting over 40 deaths so far': claimed by the Ugandan media, 'over' -> more than; an early toll of the same dead as VOA's 'at least 64' (12 July) and '76' (VOA, later in July)"},
  {"quantity": S + ":injured", "text": "dozens", "value": None, "vague": True, "unit": None, "counted": "more injured in the explosions", "source": MED, "approx": None,
   "note": "'with dozens more injured in the explosions': the same clause of the media's report -> Ugandan media; vague plural"},
 ],
 "events": [
  {"actor": "soccer fans", "date": "2010-07-11", "date_text": "last night", "what": "fans gathered in bars and restaurants to watch the World Cup final",
   "note": "'Soccer fans gathered in bars and restaurants around the globe to watch the final game of the World Cup last night': the fans are the subject of 'gathered' (and of 'watch'); last night = Sunday 11 July 2010, the night before the post's day"},
 ],
 "actors": [
  {"name": "soccer fans", "type": "group", "aliases": ["Soccer fans"]},
  {"name": MED, "type": "group", "aliases": ["Ugandan media"]},
  {"name": "Ugandan police", "type": "organisation", "aliases": ["Ugandan police"]},
  {"name": SH, "type": "organisation", "aliases": ["Somali militant group al-Shabab", "al-Shabab", "The group", "Al-Shahab", "the Somali terrorist organization"]},
  {"name": "Gay Uganda", "type": "person", "aliases": ["Ugandan blogger Gay Uganda", "Gay Uganda"]},
  {"name": "Ernest Bazanye", "type": "person", "aliases": ["Ernest Bazanye"]},
 ],
 "notes": [
  "Global Voices post of Monday 12 July 2010 on bloggers' reactions to the twin bombings in Kampala during the World Cup final on Sunday night 11 July 2010; story kampala_bombings_2010 with voa_2010_uganda_bombings_64_killed (12 July, this folder) and h107's voa_2010_kampala_au_summit_bomb_probe and voa_2010_kampala_more_arrests_possible (both say 76 killed).",
  "Cross-report figures: the death toll 'over 40' (Ugandan media, here), 'at least 64' and headline '64' (VOA 12 July) and '76' (the two later VOA items) share kampala_bombings_2010:deaths; the injured ('dozens' here, 'Scores' in VOA) share kampala_bombings_2010:injured. 'two popular nightlife spots' counts places (kampala_bombings_2010:blast_sites), not the bombings.",
  "No quotes in the gold sense: the bloggers' words (Gay Uganda's two paragraphs, Ernest Bazanye's one) are block quotations without quote marks; there are no quote marks in the item.",
  "Not figures: 'One of the group's commanders' ('one of' picks a person), 'a pair of suicide bombings' (inside Bazanye's block quotation, reporting what 'is whispered abroad'; 'a pair of' is left out as in the set's 'a pair of gloves', and build_gold does not list it), 'the final game' (not a number).",
  "Not events: 'recently' ('One of the group's commanders recently called for attacks', vague), 'so far', 'now' and 'by now' (vague, the last two inside Bazanye's block quotation).",
  "Actors: al-Shabab is named 'Somali militant group al-Shabab', 'The group' and, in Bazanye's words, 'Al-Shahab, the Somali terrorist organization' (his spelling); the Ugandan police 'have suggested' al-Shabab was behind the attacks (no date). 'Somali insurgents' in Gay Uganda's words are not listed (the blogger's description, not an act). Uganda, the African Union and Trevor Snapp (photo credit, removed) do not act in the text.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked 'last night' = Sunday 11 July 2010, 'over 40' -> more than with the media as claimant, 'dozens' vague with the same claimant, the curly apostrophes in Bazanye's paragraph kept as stored, and every alias as an exact substring.",
 ],
}
