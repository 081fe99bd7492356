K = "somalia_runirgood_attack_may2016:"
AS = "al-Shabab"
AO = "anonymous Somali official"
MS = "Mohamed Mohamud Sanay"
SNA = "Somali National Army"
ANN = {
 "article": "articles/voa_2016_runirgood_22_soldiers_killed.txt",
 "gold_out": "gold/voa_2016_runirgood_22_soldiers_killed.json",
 "published": "2016-05-01",
 "quotes": [
  {"text": "his forces take the town and AMISOM forces come with reinforcement", "speaker": MS, "speaker_mention": "He", "fragment": True,
   "note": "'He said the plan was \"his forces take the town and AMISOM forces come with reinforcement\u201d, but ...': a clause inside reported speech (straight opening mark, curly closing mark as stored; the comma stands outside the mark); 'He' = the commander named in the sentence before"},
  {"text": "AMISOM and the top Somali military commanders bear the responsibility for today\u2019s failure, because there is lack of cooperation between the two forces", "speaker": MS, "speaker_mention": "he", "fragment": False,
   "note": "'\u201c...,\u201d he said.': the commander Mohamed Mohamud Sanay; trailing comma dropped"},
 ],
 "figures": [
  {"quantity": K+"soldier_deaths", "text": "22", "ctx": "22 Somali Soldiers Killed", "value": 22, "unit": None, "counted": "Somali soldiers killed in al-Shabab attack", "source": None, "approx": None,
   "note": "headline, outlet's voice; the toll given by the anonymous official in the lead (same key)"},
  {"quantity": K+"soldier_deaths", "text": "22", "ctx": "killing 22 Somali soldiers", "value": 22, "unit": None, "counted": "Somali soldiers killed when al-Shabab recaptured the town", "source": AO, "approx": None,
   "note": "'..., killing 22 Somali soldiers, an official told VOA on condition of anonymity.'"},
  {"quantity": K+"soldier_deaths", "text": "32", "value": 32, "unit": None, "counted": "soldiers killed including a senior military officer in Runirgood", "source": AS, "approx": "more than",
   "note": "'The militants claimed that they had killed more than 32 soldiers ...': al-Shabab's claim; same quantity as the official's 22 and the commander's eight (soldiers killed in the Runirgood attack)"},
  {"quantity": K+"soldier_deaths", "text": "eight", "value": 8, "unit": None, "counted": "of his soldiers killed in the ambush", "source": MS, "approx": None,
   "note": "'Mohamed Mohamud Sanay told VOA his soldiers were ambushed and eight of them were killed': the commander's count of the same soldier deaths"},
  {"text": "12", "ctx": "killed 12 al-Shabab", "value": 12, "unit": None, "counted": "al-Shabab militants killed by his forces", "source": MS, "approx": None,
   "note": "'while his forces killed 12 al-Shabab militants': same reported statement of the commander. Not '12th' (ordinal, in 'Somalia's 12th sector')"},
  {"quantity": K+"soldier_deaths", "text": "22", "ctx": "was 22 and", "value": 22, "unit": None, "counted": "death toll among soldiers", "source": AO, "approx": None,
   "note": "'A Somali official who asked not to be named told VOA the death toll among soldiers was 22': the anonymous official of the lead restated"},
  {"text": "10", "value": 10, "unit": None, "counted": "others missing and feared captured by the militants", "source": AO, "approx": None,
   "note": "same statement of the anonymous official"},
  {"text": "three", "value": 3, "unit": None, "counted": "military vehicles seized", "source": "witnesses", "approx": "at least",
   "note": "'Witnesses say the militants used a suicide car bomb in the assault and seized at least three military vehicles.'"},
  {"text": "two", "value": 2, "unit": None, "counted": "forces lacking cooperation (AMISOM and the Somali military)", "source": MS, "approx": None,
   "note": "'between the two forces' inside the commander's quotation (counted as with 'the two sides' in the dev set)"},
 ],
 "events": [
  {"actor": AS, "date": "2016-05-01", "date_text": "early Sunday morning", "what": "al-Shabab attacked and recaptured a town in Middle Shabelle",
   "note": "'Militant group al-Shabab attacked and recaptured a town ... early Sunday morning': subject al-Shabab; the report is of Sunday 1 May 2016 (same day)"},
  {"actor": AS, "date": "2016-05-01", "date_text": "a day after", "what": "al-Shabab (claims it) killed more than 32 soldiers in Runirgood, the day after the town fell to government forces",
   "note": "'The militants claimed that they had killed more than 32 soldiers ... in the town of Runirgood, a day after the town had fallen to government forces': the phrase dates the killing/recapture (agent the militants), one day after Saturday 30 April = Sunday 1 May 2016 (dated like 'The day after the attacks' in the dev set)"},
  {"actor": SNA, "date": "2016-04-30", "date_text": "Saturday", "what": "the commander's forces captured Runirgood",
   "note": "'his forces managed to caputre Runirgood Saturday': the agent of 'capture' is 'his forces' (the Somali army's 12th sector troops); Saturday before the Sunday report = 30 April 2016"},
  {"actor": "AMISOM and Somali National Army", "date": "2011", "date_text": "In 2011", "what": "AMISOM and the Somali army forced al-Shabab out of areas south of Mogadishu",
   "note": "'In 2011, AMISOM and Somali national Army forced al-Shabab out ...': joint subject"},
 ],
 "actors": [
  {"name": AS, "type": "organisation", "aliases": ["Militant group al-Shabab", "al-Shabab", "The militants", "the militants"]},
  {"name": AO, "type": "person", "aliases": ["an official", "A Somali official who asked not to be named"]},
  {"name": MS, "type": "person", "aliases": ["The commander of Somalia's 12th sector, Mohamed Mohamud Sanay", "Mohamed Mohamud Sanay", "The commander", "The Somali commander Mohamed Mohamud Sanay"]},
  {"name": SNA, "type": "organisation", "aliases": ["government forces", "his forces", "Somali national Army"]},
  {"name": "witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": "AMISOM", "type": "organisation", "aliases": ["AMISOM", "the African Union troops in Somalia", "AMISOM forces"]},
 ],
 "notes": [
  "VOA News report (no personal byline in the stored copy) of Sunday 1 May 2016 on al-Shabab's recapture of Runirgood (Middle Shabelle), a day after government forces took it. Story somalia_runirgood_attack_may2016 (single item).",
  "Date: the stored page prints none. The attack was on Sunday 1 May 2016 (Xinhua 'MOGADISHU, May 1'; africanews of 1 May 2016 quoting a tweet by VOA Somali's Harun Maruf of 1 May 2016; Reuters via sofrep: Runirgood retaken 'on Sunday, just one day after it had fallen'). The text's 'early Sunday morning' and the commander's 'today's failure' point to a same-day report.",
  "Figures, one key for the soldiers killed in the Runirgood attack (somalia_runirgood_attack_may2016:soldier_deaths): headline 22 (outlet), the anonymous official's 22 (twice), al-Shabab's 'more than 32', the commander's eight. Other figures: 12 militants killed and 'the two forces' (commander), 10 missing (official), at least three vehicles (witnesses). Not figures: '12th' (ordinal), 'a senior military officer' / 'a senior officer' (article), 'a suicide car bomb'.",
  "Events: early Sunday morning and 'a day after' (al-Shabab), Saturday (the Somali army's capture), In 2011 (AMISOM and the Somali army). Left out: 'today\u2019s' inside speech.",
  "Actors: the anonymous official of the lead ('an official ... on condition of anonymity') and of paragraph 4 ('A Somali official who asked not to be named') give the same toll of 22 and are taken as one source. 'government forces', 'his forces' (the commander's troops) and 'Somali national Army' are one actor, the Somali National Army. 'Suicide car bomb' is a sub-headline of the page, kept on its own line.",
  "First reading (annotator): claimants checked sentence by sentence (official / militants / commander / witnesses); the headline's 22 left to the outlet.",
  "Second reading (checker): re-read the whole item against FORMAT.md and the published date: Sunday = 1 May, Saturday = 30 April 2016; 'more than' on 32 and 'at least' on three; the mixed quote marks of the plan fragment and the trailing comma dropped in the full quote; the typo 'caputre' kept in the text; every alias an exact substring and in one actor only. No change.",
 ],
}
