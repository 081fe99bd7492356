K = "somalia_islamists_ethiopia_2006:"
MZ = "Meles Zenawi"
ICU = "Islamic Courts Union"
YS = "Yusuf Mohamed Siad"
ET = "Ethiopia"
TG = "Somali transitional government"
ANN = {
 "article": "articles/voa_2006_ethiopia_meles_dismisses_islamist_threat.txt",
 "gold_out": "gold/voa_2006_ethiopia_meles_dismisses_islamist_threat.json",
 "published": "2006-12-13",
 "quotes": [
  {"text": "nothing new.", "speaker": MZ, "speaker_mention": "the Ethiopian leader", "fragment": True,
   "note": "'the Ethiopian leader said the Islamists' threat is \"nothing new.\"': a phrase of Meles's inside reported speech; 'the Ethiopian leader' = Ethiopian Prime Minister Meles Zenawi of the sentence before; the final '.' stands inside the marks and is kept"},
 ],
 "figures": [
  {"text": "seven", "value": 7, "unit": "days", "counted": "days for the Ethiopian troops to leave Somalia", "source": ICU, "approx": "up to",
   "note": "'the Islamists threatened a large-scale attack ... unless they leave within seven days': the deadline is part of the Islamists' threat, so they claim it; 'within' -> up to (as 'within a week' elsewhere in real/dev)"},
  {"quantity": K + "ethiopian_troops_in_somalia", "text": "35,000", "value": 35000, "unit": None, "counted": "Ethiopian troops on Somali territory", "source": YS, "approx": "at least",
   "note": "'The Islamist security chief, Yusuf Mohamed Siad, asserted there are at least 35,000 Ethiopian troops on Somali territory'; same quantity as the Islamists' 'as many as 30,000 combat troops' in voa_2006_somalia_heavy_fighting_spreads (same key)"},
  {"quantity": K + "ethiopian_military_advisers", "text": "several hundred", "value": None, "vague": True, "unit": None, "counted": "military instructors sent to help the Somali transitional government", "source": ET, "approx": None,
   "note": "'Addis Ababa says it has sent only several hundred military instructors': Ethiopia's own count (Addis Ababa = Ethiopia); same quantity as 'several hundred military advisers' that Ethiopia acknowledged in voa_2006_somalia_heavy_fighting_spreads (same key). Kept apart from the Islamists' troop claims (instructors, not combat troops)"},
 ],
 "events": [
  {"actor": MZ, "date": "2006-12-13", "date_text": "Wednesday", "occ": 1, "what": "Meles told reporters in Addis Ababa the Islamists' threat is nothing new",
   "note": "'Speaking to reporters in Addis Ababa Wednesday, the Ethiopian leader said ...': the date modifies 'Speaking' (and the saying), agent Meles; Wednesday 13 December 2006 = publication day (see meta)"},
  {"actor": ICU, "date": "2006-12-12", "date_text": "On Tuesday", "what": "the Islamists threatened a large-scale attack on Ethiopian troops in Somalia",
   "note": "'On Tuesday, the Islamists threatened ...': agent of 'threatened' (the Islamic Courts movement, 'the Islamists'); Tuesday 12 December 2006"},
  {"actor": ICU, "date": "2006-12-13", "date_text": "Wednesday", "occ": 2, "what": "Islamist forces said they captured another town (Ufurow)",
   "note": "'Islamist forces Wednesday said they have captured another town in southern Somalia': the date modifies 'said', agent Islamist forces (merged into the Islamic Courts Union actor, see notes); Wednesday 13 December 2006"},
  {"actor": ICU, "date": "2006-06", "date_text": "in June", "what": "the Islamist forces took control of Mogadishu",
   "note": "'The Islamist forces have seized increasing amounts of territory since taking control of the capital, Mogadishu, in June': the date modifies 'taking control', whose agent is the subject 'The Islamist forces'; June of the report's year, 2006"},
  {"actor": None, "date": "1991", "date_text": "since 1991", "what": "Somalia without an effective central authority from 1991 on",
   "note": "a state ('has been without an effective central authority'), not an act: actor null"},
 ],
 "actors": [
  {"name": MZ, "type": "person", "aliases": ["Ethiopian Prime Minister Meles Zenawi", "the Ethiopian leader"]},
  {"name": ICU, "type": "organisation", "aliases": ["Somalia's Islamist movement", "the Islamists", "Islamist forces", "The Islamist forces"]},
  {"name": YS, "type": "person", "aliases": ["The Islamist security chief", "Yusuf Mohamed Siad"]},
  {"name": ET, "type": "country", "aliases": ["Addis Ababa", "Ethiopia"]},
  {"name": TG, "type": "organisation", "aliases": ["the weak Somali transitional government", "Somalia's transitional government", "the government"]},
  {"name": "Eritrea", "type": "country", "aliases": ["Eritrea"]},
  {"name": "Diplomats", "type": "group", "aliases": ["Diplomats"]},
 ],
 "notes": [
  "VOA News report of Wednesday 13 December 2006 (date from the address key and the text, see meta): Meles Zenawi dismisses the Islamic Courts' seven-day ultimatum. Story somalia_islamists_ethiopia_2006 with voa_2006_somalia_heavy_fighting_spreads (20 December) and voa_2006_somalia_troops_islamists_continue_clash (22 December).",
  "One quote: the fragment 'nothing new.' (straight marks), speaker Meles named a sentence before ('the Ethiopian leader').",
  "Figures: seven days (the Islamists' ultimatum, 'within' -> up to), at least 35,000 Ethiopian troops (the Islamist security chief; key :ethiopian_troops_in_somalia, shared with the 20 December item's 30,000), several hundred military instructors (Ethiopia, vague; key :ethiopian_military_advisers, shared with the 20 December item). Not figures: 'one of the few areas' (pronoun 'one'), 'another town', dates (June, 1991).",
  "Events: 'Wednesday' twice (Meles spoke; Islamist forces said), 'On Tuesday' (the Islamists threatened), 'in June' (the Islamist forces took Mogadishu), 'since 1991' (a state, actor null). 'within seven days' is a duration (a figure), not an event.",
  "Actors: the Islamic Courts movement is printed as 'Somalia's Islamist movement', 'the Islamists' and '(The) Islamist forces'; VOA uses these for the movement and its fighters alike, so they are one actor named 'Islamic Courts Union' (the name printed in the two later items of the story). Yusuf Mohamed Siad is the Islamic Courts' security chief, printed 'Yusuf Inda'ade' in the 20 December item (the same man). Ethiopian troops and 'the trainers' do not act here and are not listed; 'Diplomats' (who fear) and Eritrea (which supports the Islamists) are listed.",
  "second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked the two 'Wednesday' occurrences and 'On Tuesday' against Wednesday 13 December 2006, 'at least' on 35,000 only, 'only several hundred' as a vague count without hedge, and that no surface form belongs to two actors.",
 ],
}
