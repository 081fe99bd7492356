K = "John Kirby"
T = "U.S. assessment team on Mount Sinjar"
ANN = {
 "article": "articles/dod_2014_sinjar_assessment_evacuation_less_likely.txt",
 "gold_out": "gold/dod_2014_sinjar_assessment_evacuation_less_likely.json",
 "published": "2014-08-14",
 "quotes": [
  {"text": "far less likely", "speaker": K, "speaker_mention": "Pentagon Press Secretary Navy Rear Adm. John Kirby", "fragment": True, "occ": 1,
   "note": "'make an evacuation mission ... “far less likely,” Pentagon Press Secretary Navy Rear Adm. John Kirby said yesterday': a phrase from the statement inside reported speech; trailing comma dropped. The same words recur at the end of the third quote (occ 2, part of that quote)"},
  {"text": "The Yazidis who remain are in better condition than previously believed and continue to have access to the food and water that we have dropped", "speaker": K, "speaker_mention": "the admiral", "fragment": False,
   "note": "attributed by 'the admiral said' (a description; Kirby is named as 'Kirby' in the sentence before); trailing comma dropped"},
  {"text": "Based on this assessment, the interagency has determined that an evacuation mission is far less likely.", "speaker": K, "speaker_mention": "the admiral",
   "fragment": False,
   "note": "second half of a quote interrupted by its attribution ('... we have dropped,” the admiral said. “Based on ...'): a separate quote, same speaker; final period kept"},
 ],
 "figures": [
  {"text": "20", "value": 20, "unit": None, "counted": "personnel on the assessment team", "source": K, "approx": "less than", "ctx": "fewer than 20 personnel",
   "note": "'The team, which consisted of fewer than 20 personnel, found ..., Kirby said in a statement': the claim is Kirby's (attribution at the end of the same sentence); 'fewer than' -> less than"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "Yazidis able to evacuate from the mountain each night", "source": K, "approx": None,
   "note": "'the ability of thousands of Yazidis to evacuate from the mountain each night ..., Kirby said in a statement': vague plural, claimed by Kirby in the same sentence"},
 ],
 "events": [
  {"actor": K, "date": "2014-08-13", "date_text": "yesterday", "what": "Kirby said the assessment makes an evacuation mission far less likely",
   "note": "'Pentagon Press Secretary Navy Rear Adm. John Kirby said yesterday': subject of 'said'; the day before the dateline (Thursday 14 August 2014), i.e. Wednesday 13 August 2014"},
 ],
 "actors": [
  {"name": K, "type": "person", "aliases": ["Pentagon Press Secretary Navy Rear Adm. John Kirby", "Kirby", "the admiral", "the press secretary"]},
  {"name": T, "type": "group", "aliases": ["an assessment team composed of U.S. service members", "The team"]},
  {"name": "U.S. Agency for International Development", "type": "organisation", "aliases": ["the U.S. Agency for International Development"]},
  {"name": "Kurdish Peshmerga", "type": "group", "aliases": ["Kurdish Peshmerga fighters"]},
  {"name": "Yazidis", "type": "group", "aliases": ["Yazidis", "The Yazidis who remain"]},
  {"name": "US interagency", "type": "organisation", "aliases": ["the interagency"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
 ],
 "notes": [
  "DoD News story of Thursday 14 August 2014 on Pentagon Press Secretary Rear Adm. John Kirby's statement of Wednesday 13 August about the assessment team sent to Mount Sinjar, kept from a blog that reposts DoD News stories (the archive.defense.gov copy is cut in the last paragraph). Story sinjar_us_relief_2014 (US airdrops and assessment for the Yazidis on Mount Sinjar, August 2014) with dod_2014_sinjar_fifth_airdrop (12 August) and dod_2014_sinjar_kirby_iraq_still_dangerous (14 August).",
  "Three quotes, all Kirby's: a fragment 'far less likely' in the first sentence (named with his full title), then a quote split by its attribution 'the admiral said' (a description of the speaker, the name 'Kirby' a sentence before). The last paragraph is reported speech attributed to 'the press secretary' (no quote marks).",
  "Two figures claimed by Kirby ('fewer than 20 personnel', 'thousands of Yazidis ... each night'), both in a sentence ending 'Kirby said in a statement'. No figure here shares a quantity with the other items of the story: the 12 August item counts supplies dropped, the other 14 August item has no figures.",
  "One event: Kirby 'said yesterday' (13 August 2014). Not events: the dateline 'Aug. 14, 2014', 'each night' (recurring, no date), 'over the last several days' (a vague period). Undated acts: the team 'found', 'did not engage in combat operations and returned safely to Irbil'.",
  "Not figures: 'several' in 'the last several days' (not one of the number words; vague period), 'U.S.' etc. The agent of the assessment is the team (U.S. service members accompanied by USAID personnel); USAID is listed because its personnel accompanied the team. 'Islamic State of Iraq and the Levant' is only named as the target of airstrikes and 'Irbil', 'Iraq’s Kurdistan region' are places, not actors.",
  "Second reading against FORMAT.md sections 1-2 (whole item re-read): quote spans (comma dropped, final period kept, occ of the repeated 'far less likely'), speaker mentions, the two Kirby-claimed figures and the 'yesterday' date recomputed from 14 August 2014 checked; no change.",
 ],
}
