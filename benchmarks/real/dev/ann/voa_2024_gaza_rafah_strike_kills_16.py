S = "gaza_war_jan_2024"
GHM = "Gaza health ministry"
IM = "Israeli military"
L = "Philippe Lazzarini"
MP = "medical personnel"
ANN = {
 "article": "articles/voa_2024_gaza_rafah_strike_kills_16.txt",
 "gold_out": "gold/voa_2024_gaza_rafah_strike_kills_16.json",
 "published": "2024-01-18",
 "quotes": [
  {"text": "Everyone I met had a personal story of fear, death, loss, trauma to share. Over the 100 days, the people of Gaza have moved from the sheer shock of losing everything, in some cases every member of their family, to a debilitating struggle to stay alive and protect their loved ones",
   "speaker": L, "speaker_mention": "Lazzarini",
   "note": "attributed after the quote ('..., Lazzarini said'); he is named in full with his title in the paragraph before; trailing comma dropped"},
 ],
 "figures": [
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "militants killed", "source": "Israel", "approx": None,
   "note": "headline (rebuilt from the address slug): 'Israel reports killing dozens of militants'. Not keyed with 'about 40' (Khan Younis only) since the headline's dozens also covers the north"},
  {"quantity": S + ":rafah_home_strike_deaths_jan18", "text": "16", "value": 16, "unit": None, "counted": "people killed by an airstrike at a Gaza home", "source": GHM, "approx": None, "occ": 1,
   "note": "headline: 'health officials say airstrike kills 16' -> the health ministry of the lead"},
  {"quantity": S + ":rafah_home_strike_deaths_jan18", "text": "16", "value": 16, "unit": None, "counted": "people killed by an Israeli airstrike in Rafah", "source": GHM, "approx": None, "occ": 2,
   "note": "'Gaza\u2019s Hamas-run health ministry said an Israeli airstrike in Rafah killed 16 people'"},
  {"text": "half", "value": 0.5, "unit": "share", "counted": "share of the 16 killed who were children", "source": MP, "approx": None,
   "note": "'Medical personnel said half of the 16 killed were children'"},
  {"quantity": S + ":rafah_home_strike_deaths_jan18", "text": "16", "value": 16, "unit": None, "counted": "killed in the Rafah strike", "source": MP, "approx": None, "occ": 3,
   "note": "'half of the 16 killed' restates the ministry's toll inside the medical personnel's statement; same quantity"},
  {"text": "40", "value": 40, "unit": None, "counted": "militants killed in the Khan Younis area", "source": IM, "approx": "around",
   "note": "'The Israeli military said its forces killed about 40 militants'"},
  {"text": "45", "value": 45, "unit": None, "counted": "hostages who have chronic illnesses", "source": None, "approx": None,
   "note": "background to Qatar's statement in VOA's voice ('The delivery was part of a deal brokered by Qatar and France ...'); not attributed"},
  {"text": "100", "value": 100, "unit": "days", "counted": "days of the war", "source": L, "approx": None,
   "note": "inside Lazzarini's quotation ('Over the 100 days')"},
 ],
 "events": [
  {"actor": "Israel", "date": "2024-01-18", "date_text": "Thursday", "what": "said it carried out attacks targeting militants in northern and southern Gaza",
   "note": "'Israel said Thursday it carried out attacks': 'Thursday' modifies 'said'; subject Israel"},
  {"actor": "Qatar", "date": "2024-01-17", "date_text": "late Wednesday", "what": "said medicine for hostages had entered Gaza",
   "note": "'Qatar said late Wednesday that ...': the Wednesday before the Thursday report"},
  {"actor": L, "date": "2024-01-17", "date_text": "Wednesday", "ctx": "statement Wednesday", "what": "said in a statement that Gazans face overcrowding and shortages",
   "note": "'Philippe Lazzarini ... said in a statement Wednesday'"},
 ],
 "actors": [
  {"name": "Israel", "type": "country", "aliases": ["Israel"]},
  {"name": IM, "type": "organisation", "aliases": ["The Israeli military"]},
  {"name": GHM, "type": "organisation", "aliases": ["Gaza\u2019s Hamas-run health ministry", "the health ministry", "health officials"]},
  {"name": MP, "type": "group", "aliases": ["Medical personnel"]},
  {"name": "Qatar", "type": "country", "aliases": ["Qatar"]},
  {"name": L, "type": "person", "aliases": ["Philippe Lazzarini", "Lazzarini", "Philippe Lazzarini, head of the U.N. agency for Palestinian refugees"]},
 ],
 "notes": [
  "VOA News report of Thursday 18 January 2024 (crawl date and the text's 'Thursday' / 'Wednesday'). Story gaza_war_jan_2024 with voa_2024_gaza_air_ground_attacks_central_south (11 January).",
  "Line 1 is rebuilt from the address slug (the stored copy prints no headline; see meta edits); its 'dozens' and '16' are annotated like printed figures.",
  "One quantity stated three times with two claimants: the Rafah strike toll of 16 (headline and lead: the Gaza health ministry; 'half of the 16 killed': medical personnel), keyed :rafah_home_strike_deaths_jan18. No figure here states the same quantity as a figure of the 11 January item.",
  "Israel (the state: 'Israel said Thursday', 'Israel also said') and the Israeli military ('The Israeli military said its forces killed about 40 militants') kept as two actors. France is co-broker of the deal only and Hamas, Hezbollah do not act in a sentence with a date; not listed as actors.",
  "Not figures: 'several more militants' (vague determiner, as elsewhere in the set), 'Lebanon-Israel'. Not events: 'since the start of the war in Gaza' (no date expression), 'Over the 100 days' (duration).",
  "Second reading: re-read the whole item against FORMAT.md sections 1-2; checked the three '16' occurrences and their claimants, 'about' = around, the two Wednesday dates (17 January 2024) and the quote's trailing comma.",
 ],
}
