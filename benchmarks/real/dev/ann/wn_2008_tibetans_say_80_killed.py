CTA = "Central Tibetan Administration"
DL = "Dalai Lama"
XH = "Xinhua"
CG = "Chinese government"
TRG = "Tibetan Regional Government"
PL = "police in Lhasa"
PR = "protesters"
K = "tibet_unrest_2008:lhasa_killed_mar14"
ANN = {
 "article": "articles/wn_2008_tibetans_say_80_killed.txt",
 "gold_out": "gold/wn_2008_tibetans_say_80_killed.json",
 "published": "2008-03-16",
 "quotes": [
  {"text": "As the Tibet uprising continues, reliable sources have confirmed that at least 80 people were killed on 14th March 2008 in Lhasa", "speaker": CTA, "speaker_mention": "the website Tibet.net", "fragment": False,
   "note": "quote before its attribution ('the website Tibet.net reported'); Tibet.net is the official website of the Central Tibetan Administration, whose claim the lead reports, so the site is the administration speaking; trailing comma dropped"},
  {"text": "In Friday's riot, at least ten civilians died, mostly from burns caused by the roving mobs and some others were injured", "speaker": XH, "speaker_mention": "Xinhua", "fragment": False,
   "note": "'Xinhua said, citing the Tibetan Regional Government's report': the agency is the speaker, the regional government its source"},
  {"text": "cultural genocide", "speaker": DL, "speaker_mention": "Tenzin Gyatso, the Dalai Lama", "fragment": True,
   "note": "'calling it a \"cultural genocide\"': the Dalai Lama's words inside the reported speech; full stop outside the marks"},
  {"text": "They simply rely on using force in order to simulate peace, a peace brought by force using a rule of terror.", "speaker": DL, "speaker_mention": "he", "fragment": False,
   "note": "'he said, \"...\"' with 'he' = Tenzin Gyatso, the Dalai Lama, subject of the sentence before"},
  {"text": "People's War", "speaker": CG, "speaker_mention": "China", "fragment": True,
   "note": "'China has declared a \"People's War\"': the officials' own words (the next sentence quotes 'We must wage a people's war'), not a name in quote marks"},
  {"text": "expose", "speaker": CG, "speaker_mention": "China", "fragment": True, "ctx": "\"expose\" the Dalai",
   "note": "'vowing to \"expose\" the Dalai Lama': a word of the officials' statement quoted next, governed by 'vowing' whose subject is China"},
  {"text": "We must wage a people's war to beat splittism and expose and condemn the malicious acts of these hostile forces and expose the hideous face of the Dalai Lama group to the light of day", "speaker": CG, "speaker_mention": "officials", "fragment": False,
   "note": "'officials were quoted as saying': unnamed officials of the Chinese authorities (the paragraph opens 'China has declared ...'), one actor with China"},
 ],
 "figures": [
  {"quantity": K, "text": "80", "value": 80, "unit": None, "counted": "people killed", "source": CTA, "approx": None, "ctx": "Tibetans say 80 killed",
   "note": "headline: 'Tibetans say' = the Central Tibetan Administration of the lead"},
  {"quantity": K, "text": "80", "value": 80, "unit": None, "counted": "people killed in protests", "source": CTA, "approx": "at least", "ctx": "at least 80 people have been killed",
   "note": "'The Central Tibetan Administration ... says that at least 80 people have been killed'; the quotation below gives its scope (Lhasa, 14 March), so the same key as China's ten"},
  {"quantity": K, "text": "ten", "value": 10, "unit": None, "counted": "people dead", "source": CG, "approx": None, "ctx": "only ten people are dead",
   "note": "'despite China's claim that only ten people are dead': China claims it; 'only' is not a hedge of the number"},
  {"quantity": K, "text": "80", "value": 80, "unit": None, "counted": "people killed on 14th March 2008 in Lhasa", "source": CTA, "approx": "at least", "ctx": "at least 80 people were killed on",
   "note": "inside the Tibet.net quotation"},
  {"quantity": K, "text": "ten", "value": 10, "unit": None, "counted": "civilians dead in Friday's riot", "source": XH, "approx": "at least", "ctx": "at least ten civilians died",
   "note": "inside Xinhua's quotation; Xinhua is the outer reporter of the regional government's report"},
  {"quantity": "tibet_unrest_2008:lhasa_rescued_by_police", "text": "580", "value": 580, "unit": None, "counted": "people saved by police in Lhasa", "source": XH, "approx": None,
   "note": "'they reported that police in Lhasa had saved 580 people': 'they' = Xinhua (the report of the paragraph)"},
 ],
 "events": [
  {"actor": None, "date": "2008-03-14", "date_text": "on 14th March 2008", "what": "at least 80 people killed in Lhasa (Tibet.net)",
   "note": "inside the quotation: passive 'were killed' without a by-agent, so no actor"},
  {"actor": PR, "date": "2008-03-14", "date_text": "Friday's", "what": "the riot in Lhasa",
   "note": "date on a noun ('Friday's riot'): the riot's agents are the rioters, named in the same quotation as 'the roving mobs' (the protesters of the report); Friday before Sunday 16 March 2008 = 14 March"},
 ],
 "actors": [
  {"name": CTA, "type": "organisation", "aliases": ["The Central Tibetan Administration", "the website Tibet.net", "The site", "Tibetan government in exile", "Tibetans"]},
  {"name": DL, "type": "person", "aliases": ["the Dalai Lama", "Tenzin Gyatso, the Dalai Lama", "Tenzin Gyatso"]},
  {"name": XH, "type": "organisation", "aliases": ["Xinhua"]},
  {"name": CG, "type": "organisation", "aliases": ["China", "officials"]},
  {"name": TRG, "type": "organisation", "aliases": ["the Tibetan Regional Government"]},
  {"name": PL, "type": "organisation", "aliases": ["police in Lhasa"]},
  {"name": PR, "type": "group", "aliases": ["the protesters", "supporters of Tibet", "the roving mobs"]},
 ],
 "notes": [
  "Wikinews report of Sunday 16 March 2008 on the toll of the Lhasa riot of Friday 14 March; story tibet_unrest_2008 with wn_2008_tibet_protesters_clash_lhasa (14 March) and voa_2008_tibet_exiles_19_more_shot_dead (18 March).",
  "The disputed Lhasa toll shares tibet_unrest_2008:lhasa_killed_mar14: 80 / at least 80 (Central Tibetan Administration, three times), ten (China) and at least ten (Xinhua); the VOA item of 18 March adds China's 13 to the same key.",
  "Tibet.net is treated as the Central Tibetan Administration (its website); 'Tibetans' in the headline is the same claimant. 'They also said ...' (Tibet.net) and 'they reported ...' (Xinhua) are pronouns, not aliases.",
  "'officials were quoted as saying' and 'China has declared ...' are one actor (Chinese government). YouTube and the Public Security Department office do not act.",
  "Not figures: '14th March 2008' is a date; 'an entire school' and 'a press conference' are not counts.",
  "No date expression dates the Dalai Lama's press conference or China's declaration; 'At a press conference in Dharamsala' is a place.",
  "second reading: checked the text against the stored copy, that Friday is 14 March 2008, the straight quote marks (the apostrophe of 'People's' inside the marks), and the three occurrences of '80' and two of 'ten' (pinned with ctx).",
 ],
}
