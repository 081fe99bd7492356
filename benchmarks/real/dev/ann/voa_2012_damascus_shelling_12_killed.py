SF = "Syrian government forces"
SO = "Syrian Observatory for Human Rights"
SR = "Syrian rebels"
AG = "activist groups"
MS = "medical sources in Lebanon"
ANN = {
 "article": "articles/voa_2012_damascus_shelling_12_killed.txt",
 "gold_out": "gold/voa_2012_damascus_shelling_12_killed.json",
 "published": "2012-08-22",
 "quotes": [],
 "figures": [
  {"quantity": "damascus_shelling_2012:damascus_killed", "text": "12", "value": 12, "unit": None, "counted": "Killed in Damascus shelling", "source": None, "approx": None, "ctx": "Damascus, 12 Killed",
   "note": "headline, outlet's voice; the next sentence (the lead) names no claimant"},
  {"quantity": "damascus_shelling_2012:damascus_killed", "text": "12", "value": 12, "unit": None, "counted": "people killed in Damascus", "source": SO, "approx": "at least", "ctx": "at least 12 people",
   "note": "the lead is in the outlet's voice, but the next sentence gives the claimant: 'The Britain-based Syrian Observatory for Human Rights said that Wednesday's deaths occurred in Kfar Souseh, Daraya ...'; the other version of this VOA report says 'at least 35' (same key)"},
  {"quantity": "damascus_shelling_2012:moadamiyeh_killed", "text": "dozens", "value": None, "vague": True, "unit": None, "counted": "of people killed in a rebel-held town outside Damascus", "source": AG, "approx": None,
   "note": "'Activist groups also said that Syrian forces stormed a rebel-held town outside Damascus Tuesday, killing dozens of people': the town is Moadamiyeh (next paragraph)"},
  {"text": "23", "value": 23, "unit": None, "counted": "anti-government fighters killed", "source": AG, "approx": "at least",
   "note": "a part of the Moadamiyeh dead (fighters only): no key"},
  {"quantity": "damascus_shelling_2012:moadamiyeh_killed", "text": "60", "value": 60, "unit": None, "counted": "death toll in Moadamiyeh", "source": "Rami Abd al-Rahman", "approx": None,
   "note": "'Observatory head Rami Abd al-Rahman put the death toll in Moadamiyeh at 60': the same quantity as the activists' 'dozens'"},
  {"quantity": "damascus_shelling_2012:tripoli_killed", "text": "eight", "value": 8, "unit": None, "counted": "people killed overnight in Tripoli", "source": MS, "approx": "at least",
   "note": "the other version of the report says 'at least seven' (same claimant, same key)"},
  {"quantity": "damascus_shelling_2012:tripoli_wounded", "text": "100", "value": 100, "unit": None, "counted": "people wounded in Tripoli fighting", "source": None, "approx": "more than",
   "note": "outlet's voice: the medical sources are named in the previous sentence, not the same or the next one"},
 ],
 "events": [
  {"actor": SF, "date": "2012-08-22", "date_text": "Wednesday's", "what": "deaths in Kfar Souseh, Daraya and other southern districts of Damascus", "ctx": "Wednesday's deaths",
   "note": "date on a noun ('Wednesday's deaths'): the text says who caused them (the lead: 'Syrian government forces ... have renewed their attacks ..., killing at least 12 people'), so the forces"},
  {"actor": SR, "date": "2012-07", "date_text": "last month", "what": "rebels left Damascus during a government assault",
   "note": "'rebels who left the city last month': agent of 'left'"},
  {"actor": SF, "date": "2012-08-21", "date_text": "Tuesday", "what": "stormed a rebel-held town (Moadamiyeh) outside Damascus", "ctx": "outside Damascus Tuesday",
   "note": "'Syrian forces stormed a rebel-held town outside Damascus Tuesday' (reported by activist groups): agent of 'stormed'"},
  {"actor": MS, "date": "2012-08-22", "date_text": "Also Wednesday", "what": "said at least eight were killed in Tripoli",
   "note": "'Also Wednesday, medical sources in Lebanon said ...': agent of 'said'"},
  {"actor": None, "date": "2012-08-21/2012-08-22", "date_text": "overnight", "what": "people killed in Tripoli clashes",
   "note": "passive 'were killed overnight' without a by-agent ('in clashes between Sunni Muslims and Alawites' is not an agent), so null; overnight = the night before Wednesday 22 Aug"},
  {"actor": None, "date": "2012-08-20/2012-08-26", "date_text": "this week", "what": "fighting erupted in Tripoli",
   "note": "'fighting which erupted this week': no agent; the current ISO week of Wednesday 22 Aug 2012"},
 ],
 "actors": [
  {"name": SF, "type": "organisation", "aliases": ["Syrian Forces", "Syrian government forces backed by tanks", "Syrian government forces", "Syrian forces", "the army", "government forces"]},
  {"name": SO, "type": "organisation", "aliases": ["The Britain-based Syrian Observatory for Human Rights"]},
  {"name": "Rami Abd al-Rahman", "type": "person", "aliases": ["Observatory head Rami Abd al-Rahman"]},
  {"name": "residents", "type": "group", "aliases": ["Residents"]},
  {"name": SR, "type": "group", "aliases": ["anti-government rebels", "rebels", "Syrian rebels"]},
  {"name": AG, "type": "group", "aliases": ["Activist groups"]},
  {"name": "Syrian government", "type": "organisation", "aliases": ["the government", "The Syrian government", "the Syrian regime"]},
  {"name": MS, "type": "group", "aliases": ["medical sources in Lebanon"]},
 ],
 "notes": [
  "VOA report by Mark Snowiss of Wednesday 22 August 2012 (GlobalSecurity.org republication with date line); story damascus_shelling_2012 with voa_2012_damascus_shelling_35_killed, another version of the same VOA report (35 killed in Damascus, seven in Tripoli).",
  "Cross-version figures: Damascus dead 12 (headline and lead) vs 35 (other version) share damascus_shelling_2012:damascus_killed; Tripoli dead 'at least eight' vs 'at least seven' share :tripoli_killed; 'More than 100' wounded in Tripoli recurs (:tripoli_wounded). Within this item the Moadamiyeh toll is claimed twice: 'dozens' (activist groups) and 60 (Rami Abd al-Rahman): :moadamiyeh_killed.",
  "The lead's 12 is attributed to the Syrian Observatory, named in the next sentence (FORMAT: a claimant in the next sentence counts); the headline's 12 stays null.",
  "No quotes (no quote marks). Not figures: 'a number of those killed', 'multiple fronts'. 'since the army reasserted control' and 'soon after the town fell' are not date expressions.",
  "'the Syrian regime' in the government's own claim and 'the government severely restricts access' are the Syrian government, which has no dated act; 'VOA cannot confirm' is the outlet.",
  "second reading: checked weekday dates against Wednesday 22 Aug 2012 (Tuesday = 21 Aug, overnight = 21/22 Aug, this week = 20-26 Aug), the hedges ('at least' x3, 'More than'), and that the 23 fighters are a part of the Moadamiyeh dead (no key).",
 ],
}
