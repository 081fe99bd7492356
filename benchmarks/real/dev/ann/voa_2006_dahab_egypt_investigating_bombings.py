AA = "Osama Abdel-Aziz"
YM = "band of young men"
TOU = "unnamed tourist"
EA = "Egyptian authorities"
Q = "dahab_bombings_2006:"
ANN = {
 "article": "articles/voa_2006_dahab_egypt_investigating_bombings.txt",
 "gold_out": "gold/voa_2006_dahab_egypt_investigating_bombings.json",
 "published": "2006-04-25",
 "quotes": [
  {"text": "We love everyone", "speaker": YM, "speaker_mention": "they", "fragment": False,
   "note": "'\"We love everyone\", they chanted': a chant of the protesters; 'they' is 'A band of young men' at the start of the paragraph; the comma stands outside the closing mark"},
  {"text": "People were panicking, shouting for their children, and running madly away from the blasts", "speaker": AA, "speaker_mention": "he", "fragment": False,
   "note": "'\"...,\" he said.': 'he' is the café cook Osama Abdel-Aziz named in the paragraph before (trailing comma dropped)"},
  {"text": "A lot of them ran straight into the ocean with all their clothes on.", "speaker": AA, "speaker_mention": "he", "fragment": False,
   "note": "continuation after 'he said.': same speaker"},
  {"text": "I am starting to realize how lucky I was", "speaker": TOU, "speaker_mention": "one of the tourists", "fragment": False,
   "note": "'\"...,\" said one of the tourists.': an unnamed tourist (trailing comma dropped)"},
 ],
 "figures": [
  {"quantity": Q + "deaths", "text": "23", "value": 23, "unit": None, "counted": "people killed", "source": None, "approx": "at least",
   "note": "'the triple bombings that killed at least 23 people late Monday': outlet's voice, the toll unchanged from VOA of 24 April; Wikinews of 24 April says 'at least 24'"},
  {"quantity": Q + "bombs", "text": "three", "value": 3, "unit": None, "counted": "bombs", "source": None, "approx": None, "ctx": "three bombs ripped",
   "note": "'after three bombs ripped though shops and restaurants': outlet's voice"},
  {"text": "200", "value": 200, "unit": None, "counted": "meters from his kitchen", "source": None, "approx": "less than",
   "note": "'one of which was less than 200 meters from his kitchen': the reporter's narration of the cook's experience, no 'he said'; meters are not in FORMAT's unit list, so unit null and the meters named in counted"},
  {"text": "three", "value": 3, "unit": None, "counted": "wounded people he helped carry to police cars", "source": AA, "approx": None, "ctx": "carry three wounded",
   "note": "'The man says he helped carry three wounded people': the cook claims it ('The man' = Osama Abdel-Aziz)"},
 ],
 "events": [
  {"actor": None, "date": "2006-04-24", "date_text": "late Monday", "what": "the triple bombings killed at least 23 people", "ctx": "23 people late Monday",
   "note": "'the triple bombings that killed at least 23 people late Monday': the bombings are the subject and no bomber is named, so null; Monday before a Tuesday report = 24 April 2006"},
  {"actor": None, "date": "2006-04-24", "date_text": "late Monday", "what": "the main street was anything but relaxed after three bombs ripped through it", "ctx": "joyful late Monday",
   "note": "'the same main street was anything but relaxed and joyful late Monday': a state, no agent"},
  {"actor": None, "date": "2006-04-25", "date_text": "by Tuesday", "what": "pools of blood were still drying on the sidewalks",
   "note": "a state of the street, no agent; Tuesday = the reference day, 25 April 2006"},
  {"actor": None, "date": "2006-04-25", "date_text": "The day after the attacks", "what": "the resort town is still crawling with tourists and journalists",
   "note": "the day after the attacks of Monday 24 April = Tuesday 25 April 2006 (the reference day); a state ('is still crawling with tourists'), no agent"},
 ],
 "actors": [
  {"name": EA, "type": "organisation", "aliases": ["Egyptian authorities"]},
  {"name": YM, "type": "group", "aliases": ["A band of young men"]},
  {"name": AA, "type": "person", "aliases": ["A café cook named Osama Abdel-Aziz", "Osama Abdel-Aziz", "The man"]},
  {"name": TOU, "type": "person", "aliases": ["one of the tourists"]},
 ],
 "notes": [
  "VOA News report of Tuesday 25 April 2006 (date from the address and the text, see meta), the day after the Dahab triple bombing; story dahab_bombings_2006 with wn_2006_dahab_explosions_rock_resort and voa_2006_dahab_triple_bombing_rocks_resort (both 24 April).",
  "Cross-item keys: 'at least 23' killed (dahab_bombings_2006:deaths; Wikinews 'at least 24', the Interior Ministry's 23), 'three bombs' (dahab_bombings_2006:bombs). The toll of this second day is unchanged from VOA's first report.",
  "Speakers named away from the quote: Osama Abdel-Aziz is named in the paragraph before his quote and is 'he' in the attribution, then 'The man' who 'says he helped carry three wounded people' (he claims that figure); the chant 'We love everyone' belongs to 'A band of young men' ('they chanted'); 'said one of the tourists' names no one (actor 'unnamed tourist').",
  "Events: two 'late Monday' (pinned by ctx), 'by Tuesday' and 'The day after the attacks' (= Tuesday 25 April); all four date a killing by bombs with no named bomber or a state of the town, so every actor is null. 'Egyptian authorities are sifting through the evidence' carries no date.",
  "Not figures: 'triple' (multiplier adjective), 'a German child and a Russian' (no number word), 'one of which' and 'one of the tourists' (partitive pronouns), 'Most of the casualties', 'some of the dead', 'A lot of them'. The copy's 'ripped though' (for 'through') is kept as printed.",
  "Shopkeepers (who 'cleaned up'), the tourists and journalists and the police in riot gear are described, not acting with a date or speaking, and are not listed as actors.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: quote spans (comma outside the mark after 'We love everyone', trailing commas dropped elsewhere), the pronoun 'he' resolved to Abdel-Aziz, 'less than' on the 200 meters, the two 'late Monday' pinned and dated 24 April, 'The day after the attacks' as 25 April; no change.",
 ],
}
