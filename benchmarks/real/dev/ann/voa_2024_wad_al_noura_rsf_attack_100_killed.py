K = "sudan_wad_al_noura_attack_2024:"
RSF = "Rapid Support Forces"
RO = "regional officials"
MRC = "Madani Resistance Committee"
SAF = "Sudan Armed Forces"
AD = "Alex DeWaal"
ANN = {
 "article": "articles/voa_2024_wad_al_noura_rsf_attack_100_killed.txt",
 "gold_out": "gold/voa_2024_wad_al_noura_rsf_attack_100_killed.json",
 "published": "2024-06-06",
 "quotes": [
  {"text": "harsh response", "speaker": SAF, "speaker_mention": "Sudan's army", "fragment": True,
   "note": "'Sudan's army said Thursday that it will deliver a \"harsh response\" to the attack.': a phrase of the army's statement inside reported speech"},
  {"text": "The Sudan Armed Forces, which are also the internationally recognized government, are cutting off all material supplies to areas under RSF control, including humanitarian aid, hoping to reduce the RSF's capabilities through starvation", "speaker": AD, "speaker_mention": "DeWaal", "fragment": False,
   "note": "first half of a quotation split by 'DeWaal told VOA'; trailing comma dropped"},
  {"text": "The logics of war are leading relentlessly to famine.", "speaker": AD, "speaker_mention": "DeWaal", "fragment": False,
   "note": "second half after 'DeWaal told VOA.'; final '.' inside the marks kept"},
  {"text": "looming threat of famine", "speaker": "United Nations", "speaker_mention": "United Nations warnings", "fragment": True,
   "note": "'recent United Nations warnings that Sudan is faced with the \"looming threat of famine\"': words of the UN warnings"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "100", "ctx": "At least 100 killed", "value": 100, "unit": None, "counted": "killed in RSF attack on Sudanese village", "source": None, "approx": "at least",
   "note": "headline, outlet's voice; the lead gives the toll with its claimants (same key)"},
  {"quantity": K+"deaths", "text": "100", "ctx": "at least 100 people", "value": 100, "unit": None, "counted": "people killed in the attack on Wad al-Noura", "source": RO, "approx": "at least",
   "note": "'... has killed at least 100 people and injured dozens, according to regional officials.'"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "people injured in the attack", "source": RO, "approx": None,
   "note": "'injured dozens', same attribution to regional officials"},
  {"text": "14", "value": 14, "unit": "months", "counted": "months of clashes between RSF fighters and the regular army", "source": None, "approx": None,
   "note": "'the latest in ongoing clashes ... over the past 14 months': VOA's background apposition, not what the governor's posts say (they say women, children and the elderly were among the victims)"},
  {"text": "two", "ctx": "two-stage", "value": 2, "unit": None, "counted": "stages of the assault", "source": MRC, "approx": None,
   "note": "'two-stage assault' (number word glued to a noun, as '47' in '47-year-old'), inside what the committee said"},
 ],
 "events": [
  {"actor": RSF, "date": "2024-06-05", "date_text": "Wednesday morning", "what": "RSF fighters' two-stage assault on Wad al-Noura",
   "note": "'RSF fighters used heavy artillery in Wednesday morning's two-stage assault': the date modifies the event noun 'assault', whose agent is the RSF; Wednesday before the Thursday report = 5 June 2024"},
  {"actor": SAF, "date": "2024-06-06", "date_text": "Thursday", "what": "Sudan's army said it will deliver a harsh response",
   "note": "'Sudan's army said Thursday ...': the day of the report (6 June 2024)"},
  {"actor": RSF, "date": "2024-06-05", "date_text": "Wednesday", "ctx": "Wednesday's attack", "what": "the RSF attack on Wad al-Noura (coincided with UN famine warnings)",
   "note": "'Wednesday's attack coincided with ...': the date dates the event noun 'attack', whose agent is the RSF (named as attacker in the lead)"},
 ],
 "actors": [
  {"name": RSF, "type": "organisation", "aliases": ["Sudan's paramilitary Rapid Support Forces", "Rapid Support Forces", "RSF fighters", "RSF troops", "RSF"]},
  {"name": RO, "type": "group", "aliases": ["regional officials"]},
  {"name": "Mini Arko Minawi", "type": "person", "aliases": ["Darfur Governor Mini Arko Minawi", "Mini Arko Minawi"]},
  {"name": MRC, "type": "organisation", "aliases": ["The grassroots Madani Resistance Committee", "Madani Resistance Committee", "The committee"]},
  {"name": SAF, "type": "organisation", "aliases": ["Sudan's army", "Sudan's armed forces", "the country's regular army", "The Sudan Armed Forces"]},
  {"name": AD, "type": "person", "aliases": ["Alex DeWaal", "DeWaal"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["United Nations"]},
 ],
 "notes": [
  "VOA News report (no personal byline in the stored copy; DeWaal's words are to VOA) of Thursday 6 June 2024 on the Rapid Support Forces' attack on Wad al-Noura village (Gezira/al-Jazira state, Sudan) on Wednesday 5 June 2024. Story sudan_wad_al_noura_attack_2024 (single item).",
  "Date: the stored page prints none. The attack was on Wednesday 5 June 2024 (AFP and Reuters copies dated 6 June 2024: the Madani Resistance Committee's statement of 'late on Wednesday'; the RSF's statement 'Thursday'); the text's 'Sudan's army said Thursday' and 'Wednesday morning's two-stage assault' fit a report of Thursday 6 June 2024 (a report of Friday 7 June would resolve the two weekdays to the same dates). The VOA article number 7645207 lies about 200,000 after 7445187 (a VOA report of 18 January 2024 in the dev set), consistent with early June 2024. The address slug ('sudan-committee-says-up-to-100-killed-in-village-attack') belongs to an earlier version; the page is marked 'update'.",
  "Figures: the toll 'at least 100' (headline, outlet; lead, regional officials) share sudan_wad_al_noura_attack_2024:deaths; 'dozens' injured (regional officials); 14 months (VOA's background); 'two-stage' (the committee). Not figures: none left.",
  "Quotes: 'harsh response' (army), DeWaal's quotation split by 'DeWaal told VOA' (two quotes), 'looming threat of famine' (UN warnings). Consciously excluded: the sub-headline \"Sudan crisis 'neglected'\", whose quoted word belongs to WFP's Michael Dunford in the following paragraph, dropped because the stored copy cuts it mid-sentence; in the kept text the word is not attributed, so it is treated like a headline label without a speaker.",
  "Events: Wednesday morning (RSF assault), Thursday (army statement), Wednesday's attack (RSF). Not events: 'over the past 14 months' (duration), 'recent' (vague).",
  "Actors: Sudan's army / armed forces / the country's regular army / The Sudan Armed Forces are one actor; the governor's posts speak (no quote or figure); the committee speaks and claims the two-stage assault. Managil and Wad al-Noura are places.",
  "First reading (annotator): claimants checked: the toll and the injured go to 'regional officials' (the 'according to' phrase closes the lead); the governor's posts give no number.",
  "Second reading (checker): re-read the whole item against FORMAT.md and the published date: Wednesday = 5 June 2024, Thursday = 6 June 2024; the split DeWaal quote (trailing comma dropped, final '.' kept in the second half); 'at least' on both 100s; event actors are the agents of the dated nouns/verbs (RSF, army, RSF). No change.",
 ],
}
