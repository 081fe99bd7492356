K = "syria_refugees_2012:"
U = "UNHCR"
F = "Melissa Fleming"
M = "Faisal Mekdad"
TV = "Syrian state TV"
SO = "Syrian Observatory for Human Rights"
ANN = {
 "article": "articles/voa_2012_syria_refugees_jordan_larger_influx.txt",
 "gold_out": "gold/voa_2012_syria_refugees_jordan_larger_influx.json",
 "published": "2012-08-28",
 "quotes": [
  {"text": "being bombed as they were trying to cross", "speaker": F, "speaker_mention": "She", "fragment": True,
   "note": "'She said refugees reported \"being bombed ...\" the border': the words in the marks are Fleming's (her fuller sentence, 'People coming across ... are reported being bombed as they were trying to cross', is quoted in voa_2012_syria_refugees_strain_neighbors), reporting what refugees told UNHCR; 'She' refers back to Fleming, named in the sentence before"},
  {"text": "terrorists.", "speaker": M, "speaker_mention": "he", "fragment": True,
   "note": "'Syrian rebels, who he called \"terrorists.\"': Mekdad's word, a fragment inside reported speech; the final full stop sits inside the marks and is kept"},
  {"text": "Any support by any foreign country of the terrorists in Syria is absolutely condemned, and we tell them that once you support terrorism in Syria it will come back to your own country. Stop it!", "speaker": M, "speaker_mention": "Mekdad",
   "note": "attribution after the quote ('said Mekdad'); the final 'Stop it!' is inside the marks and kept"},
 ],
 "figures": [
  {"quantity": K+"jordan_arrivals_past_week", "text": "10,200", "value": 10200, "unit": None, "counted": "Syrians arriving in Jordan in the past week", "source": U, "approx": None,
   "note": "'The United Nations refugee agency says the number of Syrians fleeing to Jordan has doubled ..., with 10,200 arriving in the past week': inside what UNHCR says; same quantity as '10,200 refugees arrived during the past week' in voa_2012_syria_refugees_strain_neighbors"},
  {"quantity": K+"turkey_could_flee_projection", "text": "200,000", "value": 200000, "unit": None, "counted": "Syrian refugees who could flee to Turkey if the conflict deepens", "source": U, "approx": "up to",
   "note": "'The U.N. agency says up to 200,000 Syrian refugees could flee to Turkey': UNHCR's projection ('The U.N. agency' = UNHCR)"},
  {"quantity": K+"turkey_fled_past_24_hours", "text": "3,000", "value": 3000, "unit": None, "counted": "refugees who fled Syria to Turkey in the past 24 hours", "source": None, "approx": "more than",
   "note": "'More than 3,000 refugees have fled Syria to Turkey in the past 24 hours alone.': a sentence with no cue of its own after the UNHCR sentence; no claimant is named in it or in the next sentence (which is Syrian state TV's, on another matter), so the outlet's voice (null)"},
  {"text": "24", "value": 24, "unit": "hours", "counted": "hours (the past 24 hours)", "source": None, "approx": None, "ctx": "past 24 hours",
   "note": "duration 'in the past 24 hours', a figure in hours (as 'In the last 24 hours' in the Florence Army item); not an event (FORMAT leaves durations out)"},
  {"text": "12", "value": 12, "unit": None, "counted": "people killed in a car bomb explosion at a funeral near Damascus", "source": TV, "approx": None,
   "note": "'Syrian state TV is reporting that 12 people were killed'"},
  {"text": "50", "value": 50, "unit": None, "counted": "people wounded in the car bomb explosion at the funeral", "source": TV, "approx": "around",
   "note": "'and nearly 50 wounded', in the same clause of what state TV is reporting; 'nearly' -> around"},
  {"text": "two", "value": 2, "unit": None, "counted": "government supporters killed in a bomb attack on Monday", "source": SO, "approx": None,
   "note": "'the Syrian Observatory for Human Rights, said the funeral was being held for two government supporters killed in a bomb attack on Monday'"},
 ],
 "events": [
  {"actor": "Syrian refugees", "date": "2012-08-21/2012-08-28", "date_text": "in the past week", "what": "10,200 Syrians arrived in Jordan",
   "note": "'with 10,200 arriving in the past week': the agent of 'arriving' is the Syrians fleeing (the refugees); 'the past week' read as the seven days up to the report's day (as 'during the past week' in voa_2006_turkey_five_new_bird_flu_cases and 'over the past week' in gv_2016_wukan_village_chief). 'in the past 24 hours' is left out as a duration (its '24' is a figure)"},
  {"actor": None, "date": "2012-08-27", "date_text": "on Monday", "what": "two government supporters killed in a bomb attack",
   "note": "'two government supporters killed in a bomb attack on Monday': passive participle without a by-agent, the bombers are not named; Monday before the Tuesday report = 27 August 2012"},
 ],
 "actors": [
  {"name": U, "type": "organisation", "aliases": ["The United Nations refugee agency", "U.N. High Commissioner for Refugees", "The U.N. agency"]},
  {"name": F, "type": "person", "aliases": ["Spokeswoman Melissa Fleming", "Melissa Fleming"]},
  {"name": "Syrian refugees", "type": "group", "aliases": ["refugees", "Syrians", "Syrian refugees"]},
  {"name": TV, "type": "organisation", "aliases": ["Syrian state TV"]},
  {"name": SO, "type": "organisation", "aliases": ["the Syrian Observatory for Human Rights", "An activist group"]},
  {"name": M, "type": "person", "aliases": ["Syrian Deputy Foreign Minister Faisal Mekdad", "Faisal Mekdad", "Mekdad"]},
  {"name": "Non-Aligned Movement", "type": "organisation", "aliases": ["the Non-Aligned Movement", "member nations"]},
  {"name": "the West", "type": "group", "aliases": ["the West"]},
  {"name": "Syrian rebels", "type": "group", "aliases": ["Syrian rebels"]},
 ],
 "notes": [
  "VOA News report of Tuesday 28 August 2012 (date inferred, see meta) on UNHCR's warning of a larger influx of Syrian refugees into Jordan and Turkey, the Jaramana funeral bombing and Syria's deputy foreign minister at the Non-Aligned summit in Tehran; story syria_refugees_2012 with voa_2012_syria_refugees_strain_neighbors (the VOA correspondents' fuller report of the same day) and voa_2012_un_security_council_to_meet_syria (the next day).",
  "Cross-report figures: '10,200' arrivals in Jordan in the past week, 'up to 200,000' who could flee to Turkey and 'More than 3,000' who fled to Turkey in the past 24 hours are stated in both reports of 28 August and share keys syria_refugees_2012:jordan_arrivals_past_week, :turkey_could_flee_projection and :turkey_fled_past_24_hours. The Jaramana figures (12 killed, nearly 50 wounded) and the two supporters killed on Monday appear in this report only (no key).",
  "Claimants: UNHCR for the first two figures ('The United Nations refugee agency says', 'The U.N. agency says'); the 3,000 sentence has no cue and is left to the outlet (null), as the project's gold does for uncued sentences; Syrian state TV for 12 killed and nearly 50 wounded; the Syrian Observatory for the two supporters.",
  "Quotes: Fleming's fragment (speaker named the sentence before, mention 'She'), Mekdad's one-word fragment 'terrorists.' (mention 'he') and his long quote attributed after it ('said Mekdad'). The two cross-headings are kept on their own lines and carry no quote, figure or date.",
  "Not events: 'in recent days' (vague), 'in the past 24 hours' (duration). Not figures: 'has doubled' (no number token), 'one' does not occur. 'Syrians' and 'refugees' are aliases of the refugees group (the people fleeing), not of Syria.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: quote texts without the marks (the full stop of 'terrorists.' and the '!' of 'Stop it!' kept inside), 'nearly 50' -> around, 'up to 200,000' -> up to, 'More than 3,000' -> more than; 'on Monday' = 27 August 2012 against Tuesday 28 August; actors' aliases checked as exact surface forms.",
 ],
}
