K = "mumbai_kasab_trial_2010:"
M = "mumbai_attacks_2008:"
KASAB = "Mohammed Ajmal Kasab"
ROY = "Himanshu Roy"
JUDGE = "Mumbai special court judge"
GUN = "Mumbai gunmen"
ANN = {
 "article": "articles/voa_2010_kasab_sentenced_to_death.txt",
 "gold_out": "gold/voa_2010_kasab_sentenced_to_death.json",
 "published": "2010-05-06",
 "quotes": [
  {"text": "of exceptional depravity", "speaker": JUDGE, "speaker_mention": "the judge", "fragment": True,
   "note": "a phrase inside reported speech: 'the judge said Kasab's offenses were \"of exceptional depravity\"'; the comma after the closing mark is outside the quote"},
  {"text": "While imposing the death sentence, he said there was a preponderance of overwhelming circumstances which made the death punishment inevitable, and that there were hardly any mitigating circumstances",
   "speaker": ROY, "speaker_mention": "Roy", "fragment": False,
   "note": "'... said Roy' after the quote; the police commissioner is introduced in the paragraph before. The 'he' inside the quote is the judge, whose words Roy reports without quote marks of their own (no nested quote). Trailing comma before the closing mark dropped"},
 ],
 "figures": [
  {"quantity": M + "deaths", "text": "166", "value": 166, "unit": None, "counted": "people killed in the Mumbai assaults", "source": None, "approx": None,
   "note": "'the daring assaults that killed 166 people in India's financial hub': the outlet's voice. Same key as Wikinews' 'At least 166' (6 May), VOA's '166' of 3 May and the 2008 tolls of the attacks (mumbai_attacks_2008:deaths)"},
  {"text": "four", "value": 4, "unit": None, "counted": "counts on which the death penalty was pronounced", "source": None, "approx": None,
   "note": "'pronounced the death penalty on four counts - murder, waging war ..., conspiracy and terrorism offenses': the court's act narrated by the outlet; the four counts are then listed (the number counts them). Not the same quantity as the 86 charges of the case"},
  {"text": "Twenty-two", "value": 22, "unit": "years", "counted": "age of Kasab", "source": None, "approx": None,
   "note": "'Twenty-two-year-old Kasab': the number words without '-year-old' (as '47' in '47-year-old')"},
  {"quantity": K + "gunmen", "text": "ten", "ctx": "out of ten heavily", "value": 10, "unit": None, "counted": "heavily armed gunmen who attacked Mumbai", "source": None, "approx": None,
   "note": "'out of ten heavily armed gunmen who arrived by sea': same key as '10 heavily armed men' in voa_2010_kasab_convicted_mumbai_siege"},
  {"text": "scores", "value": None, "vague": True, "unit": None, "counted": "people killed and wounded at the main train station", "source": None, "approx": None,
   "note": "'Kasab and an accomplice killed and wounded scores at the city's main train station': a vague plural like 'dozens'"},
 ],
 "events": [
  {"actor": GUN, "date": "2008", "date_text": "2008", "what": "the terror attacks in Mumbai", "ctx": "the 2008 terror attacks",
   "note": "date on the noun 'the 2008 terror attacks'; the text says who carried them out: the 'ten heavily armed gunmen who arrived by sea and mounted attacks on multiple targets in Mumbai in November 2008' (P3) -> the gunmen"},
  {"actor": GUN, "date": "2008-11", "date_text": "in November 2008", "what": "ten gunmen arrived by sea and mounted attacks on targets in Mumbai",
   "note": "'ten heavily armed gunmen who arrived by sea and mounted attacks on multiple targets in Mumbai in November 2008': the gunmen are the agent of 'mounted' (Kasab is one of them, but the subject of the relative clause is the ten gunmen)"},
 ],
 "actors": [
  {"name": KASAB, "type": "person", "aliases": ["a Pakistani national", "Mohammed Ajmal Kasab", "Kasab", "Twenty-two-year-old Kasab"]},
  {"name": "Mumbai special court", "type": "organisation", "aliases": ["a special court in Mumbai"]},
  {"name": JUDGE, "type": "person", "aliases": ["the judge"]},
  {"name": ROY, "type": "person", "aliases": ["Mumbai Police Commissioner Himanshu Roy", "Himanshu Roy", "Roy"]},
  {"name": GUN, "type": "group", "aliases": ["ten heavily armed gunmen", "gunmen"]},
  {"name": "India", "type": "country", "aliases": ["India", "Indian authorities"]},
  {"name": "Lashkar-e-Taiba", "type": "organisation", "aliases": ["the Pakistan-based Islamic militant group, the Laskhar-e-Taiba", "Laskhar-e-Taiba"]},
 ],
 "notes": [
  "VOA News report of the death sentence passed on Mohammed Ajmal Kasab by the special court in Mumbai on Thursday 6 May 2010 (the page prints no date; see meta published_evidence); story mumbai_kasab_trial_2010 with wn_2010_mumbai_gunman_death_penalty (Wikinews, same day) and voa_2010_kasab_convicted_mumbai_siege (VOA, 3 May).",
  "Cross-report keys: '166' killed shares mumbai_attacks_2008:deaths with the other two items and the 2008 Wikinews tolls; 'ten heavily armed gunmen' shares mumbai_kasab_trial_2010:gunmen with '10 heavily armed men' (3 May). The 'four counts' of the death penalty are not the 86 charges of the case and have no key.",
  "Quotes: the judge's phrase 'of exceptional depravity' (fragment inside reported speech, speaker named only as 'the judge') and Police Commissioner Himanshu Roy's account of the judge's words, attributed after the quote ('said Roy') and introduced by full name a paragraph earlier. The judge's other statements ('He said the death penalty was necessary ...', 'the judge explained ...') are reported speech without quote marks.",
  "Events: only the two dates of the 2008 attacks; both are the gunmen's ('the 2008 terror attacks' as a dated noun whose agent is named in P3, 'mounted attacks ... in November 2008'). The sentence itself ('has been sentenced to death') carries no date in the text; 'could take years' is vague.",
  "Actors: the court ('a special court in Mumbai', pronounced the penalty) and its judge ('the judge', said and explained) are kept apart because the text names them apart; 'India' ('which India believes masterminded') and 'Indian authorities say' are one actor. 'an accomplice' (killed with Kasab) is not named; 'many people said' and 'Several family members ... saying' are unnamed groups whose words are not quoted and carry no figure or date: not listed.",
  "Not figures: '2008' (years); 'the only one who survived' (pronoun), 'many people', 'Several family members' (vague words without a number), 'years' in 'could take years' (no number).",
  "Second careful read of the whole item against FORMAT.md done by the annotator: the rebuilt headline (meta edits), quote spans, the fragment flag on 'of exceptional depravity', 'scores' as a vague figure, the age as the number words only, and both event actors rechecked.",
 ],
}
