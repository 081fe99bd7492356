JK = "John Kerry"
SL = "Sergei Lavrov"
ANN = {
 "article": "articles/voa_2016_kerry_lavrov_again_confer_syria.txt",
 "gold_out": "gold/voa_2016_kerry_lavrov_again_confer_syria.json",
 "published": "2016-09-08",
 "quotes": [
  {"text": "reducing violence, expanding humanitarian assistance for the Syrian people and moving towards a political solution needed to end the civil war.",
   "speaker": "US Department of State", "speaker_mention": "The State Department", "fragment": True,
   "note": "'The State Department said their talks would focus on \"...\"': words of the department's statement inside reported speech; final '.' inside the marks kept"},
  {"text": "technical issues.", "speaker": "US officials", "speaker_mention": "U.S. officials", "fragment": True,
   "note": "'U.S. officials said the talks have been hung up on \"technical issues.\"'"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": "weeks", "counted": "past weeks", "source": None, "approx": None,
   "note": "'Kerry and Lavrov have met several times over the past two weeks': VOA's own voice, no claimant. Not '20' in 'Group of 20' (the name of a body)"},
 ],
 "events": [
  {"actor": JK, "date": "2016-09-09", "date_text": "Friday", "what": "Kerry to meet Lavrov in Geneva for another try at a Syria cease-fire",
   "note": "'U.S. Secretary of State John Kerry will meet Friday with Russian Foreign Minister Sergei Lavrov': Kerry is the subject of 'will meet'; Lavrov is the other party of 'meet with', not a joint agent (as in the models); future weekday = Friday 9 September 2016"},
  {"actor": "Syrian activists and Syrian state media", "date": "2016-09-08", "date_text": "Thursday", "what": "activists and state-run Syrian media said Syrian forces had taken a southern suburb of Aleppo",
   "note": "'Meanwhile Thursday, activists and state-run Syrian media said Syrian forces had taken ...': the fronted date modifies 'said', whose joint subject is the activists and the state media; the taking of the suburb itself is not dated. The published day, Thursday 8 September 2016"},
 ],
 "actors": [
  {"name": JK, "type": "person", "aliases": ["U.S. Secretary of State John Kerry", "Kerry"]},
  {"name": SL, "type": "person", "aliases": ["Russian Foreign Minister Sergei Lavrov", "Lavrov"]},
  {"name": "US Department of State", "type": "organisation", "aliases": ["The State Department"]},
  {"name": "US officials", "type": "group", "aliases": ["U.S. officials", "Some U.S. officials"]},
  {"name": "American diplomats", "type": "group", "aliases": ["American diplomats"]},
  {"name": "United States", "type": "country", "aliases": ["The U.S."]},
  {"name": "Russia", "type": "country", "aliases": ["Russia", "Moscow", "the Russians"]},
  {"name": "Syrian activists", "type": "group", "aliases": ["activists"]},
  {"name": "Syrian state media", "type": "organisation", "aliases": ["state-run Syrian media"]},
  {"name": "Syrian government forces", "type": "organisation", "aliases": ["Syrian forces"]},
 ],
 "notes": [
  "VOA report of Thursday 8 September 2016 (no date line; worked out from 'will meet Friday' and 'Meanwhile Thursday', see meta published_evidence), the eve of the Geneva talks of 9 September 2016 at which Kerry and Lavrov announced the US-Russia plan for a Syria cease-fire. Story syria_us_russia_ceasefire_talks_2016; no other item of this story in this folder.",
  "Quotes: two fragments, the State Department's wording of the talks' focus and U.S. officials' \"technical issues.\" No other quote marks.",
  "Figures: 'two' (the past two weeks), VOA's own voice. Not figures: '20' in 'Group of 20' (the name of the body), 'several times', 'numerous rebel groups' (no number).",
  "Events: 'Friday' (Kerry's meeting with Lavrov, 9 September) and 'Thursday' (activists and state media said ..., joint actor). Left out: 'over the past two weeks' (a stretch of time running up to now, counted as a duration: its number is annotated as a figure) and 'in recent days' (vague). The photo caption dated 'Aug. 26, 2016' was removed as furniture (meta edits).",
  "Actors: Kerry, Lavrov, the State Department (said), U.S. officials ('U.S. officials said', 'Some U.S. officials have questioned'), American diplomats (have expressed frustration), the United States ('The U.S. backs ... and has accused the Russians'), Russia ('Russia', 'Moscow', 'the Russians'), the activists and the state-run media (said) and the Syrian forces (had taken a suburb). 'their Russian counterparts' (accused by the diplomats) is not listed as an alias: it names Russian diplomats, not the state. Bashar al-Assad and the rebel groups do not act in the text.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: checked that 8 September 2016 was a Thursday (Friday = 9 September, the Geneva talks), that 'Meanwhile Thursday' modifies 'said' (joint actor), the two quote spans (final '.' kept), and every alias as an exact substring; no change.",
 ],
}
