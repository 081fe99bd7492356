SF = "Syrian government forces"
SO = "Syrian Observatory for Human Rights"
SR = "Syrian rebels"
A = "Jean-Marc Ayrault"
MS = "medical sources in Lebanon"
ANN = {
 "article": "articles/voa_2012_damascus_shelling_35_killed.txt",
 "gold_out": "gold/voa_2012_damascus_shelling_35_killed.json",
 "published": "2012-08-22",
 "quotes": [
  {"text": "non-lethal", "speaker": A, "speaker_mention": "French Prime Minister Jean-Marc Ayrault", "fragment": True,
   "note": "curly marks; Ayrault's word inside his reported statement to BFM-RMC radio ('France is providing the Syrian opposition with \u201cnon-lethal\u201d military aid'), not a scare quote"},
 ],
 "figures": [
  {"quantity": "damascus_shelling_2012:damascus_killed", "text": "35", "value": 35, "unit": None, "counted": "Killed in Damascus shelling", "source": None, "approx": None, "ctx": "Damascus, 35 Killed",
   "note": "headline, outlet's voice; the next sentence (the lead) names no claimant"},
  {"quantity": "damascus_shelling_2012:damascus_killed", "text": "35", "value": 35, "unit": None, "counted": "people killed in Damascus", "source": SO, "approx": "at least", "ctx": "at least 35 people",
   "note": "the next sentence gives the claimant: 'The Britain-based Syrian Observatory for Human Rights told VOA that Wednesday's deaths occurred in ...'; the other version says 'at least 12' (same key)"},
  {"quantity": "damascus_shelling_2012:tripoli_killed", "text": "seven", "value": 7, "unit": None, "counted": "people killed overnight in Tripoli", "source": MS, "approx": "at least",
   "note": "the other version of the report says 'at least eight' (same claimant, same key)"},
  {"quantity": "damascus_shelling_2012:tripoli_wounded", "text": "100", "value": 100, "unit": None, "counted": "people wounded in Tripoli fighting", "source": None, "approx": "more than",
   "note": "outlet's voice: the medical sources are named in the previous sentence"},
 ],
 "events": [
  {"actor": SF, "date": "2012-08-22", "date_text": "Wednesday's", "what": "deaths in Kfar Souseh, Daraya and other southern districts of Damascus", "ctx": "Wednesday's deaths",
   "note": "date on a noun ('Wednesday's deaths'): the lead names who killed them ('Syrian government forces ... killing at least 35 people')"},
  {"actor": SR, "date": "2012-07", "date_text": "last month", "what": "rebels left Damascus during an army campaign",
   "note": "'rebels who left the city last month': agent of 'left'"},
  {"actor": A, "date": "2012-08-22", "date_text": "Also Wednesday", "what": "told BFM-RMC radio France provides non-lethal aid to the Syrian opposition",
   "note": "'Also Wednesday, French Prime Minister Jean-Marc Ayrault told BFM-RMC radio ...': agent of 'told'"},
  {"actor": None, "date": "2012-08-21/2012-08-22", "date_text": "overnight", "what": "people killed in Tripoli clashes",
   "note": "passive 'were killed overnight' without a by-agent, so null; overnight = the night before Wednesday 22 Aug"},
  {"actor": None, "date": "2012-08-20/2012-08-26", "date_text": "this week", "what": "fighting erupted in Tripoli",
   "note": "'fighting which erupted this week': no agent; the current ISO week of Wednesday 22 Aug 2012"},
 ],
 "actors": [
  {"name": SF, "type": "organisation", "aliases": ["Syrian Forces", "Syrian government forces", "the army"]},
  {"name": SO, "type": "organisation", "aliases": ["The Britain-based Syrian Observatory for Human Rights"]},
  {"name": "residents", "type": "group", "aliases": ["Residents"]},
  {"name": SR, "type": "group", "aliases": ["anti-government rebels", "rebels", "the rebels"]},
  {"name": A, "type": "person", "aliases": ["French Prime Minister Jean-Marc Ayrault", "Mr. Ayrault"]},
  {"name": "France", "type": "country", "aliases": ["France"]},
  {"name": MS, "type": "group", "aliases": ["Medical sources in Lebanon"]},
 ],
 "notes": [
  "VOA report by Mark Snowiss of Wednesday 22 August 2012 (VOA's CMS preview copy of item 1493032, no date line); story damascus_shelling_2012 with voa_2012_damascus_shelling_12_killed, the GlobalSecurity.org copy of another version of the same report (12 killed in Damascus, eight in Tripoli, plus the Moadamiyeh killings).",
  "Cross-version figures: Damascus dead 35 here vs 12 there (damascus_shelling_2012:damascus_killed), Tripoli dead 'at least seven' vs 'at least eight' (:tripoli_killed), 'More than 100' wounded in Tripoli in both (:tripoli_wounded).",
  "The lead's 35 is attributed to the Syrian Observatory, named in the next sentence; the headline's 35 stays null.",
  "Ayrault's statements ('France is providing ...', 'France opposes ...', 'France had responded ...') are reported speech; only 'non-lethal' is in quote marks. France acts in them but without date expressions.",
  "Not figures: 'a campaign', 'a request'. 'since the army reasserted control' is not a date expression.",
  "second reading: checked the weekday dates against Wednesday 22 Aug 2012, the curly marks of 'non-lethal', and that the Tripoli wounded are in the outlet's voice.",
 ],
}
