RC = "Rafael Correa"
TR = "Ecuadorean troops"
RP = "Ecuadorean rebel police"
SA = "South American leaders"
ANN = {
 "article": "articles/voa_2010_ecuador_state_of_siege.txt",
 "gold_out": "gold/voa_2010_ecuador_state_of_siege.json",
 "published": "2010-10-01",
 "quotes": [
  {"text": "an attempted coup.", "speaker": SA, "speaker_mention": "they", "fragment": True,
   "note": "'condemning what they called \"an attempted coup.\"': they = the group of South American leaders, subject of the sentence; the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"quantity": "ecuador_police_revolt_2010:dead", "text": "eight", "value": 8, "unit": None, "counted": "people dead in the police rebellion", "source": None, "approx": None,
   "note": "'a police rebellion that erupted into street clashes and left eight people dead': outlet's voice, no claimant"},
  {"text": "several hours", "value": None, "vague": True, "unit": "hours", "counted": "hours Correa was trapped in a hospital", "source": None, "approx": None,
   "note": "'trapped in a hospital for several hours': a vague duration, annotated as in other dev items with 'several'"},
 ],
 "events": [
  {"actor": TR, "date": "2010-09-30", "date_text": "Thursday", "what": "soldiers rescued President Correa from the police rebellion", "ctx": "Correa Thursday from",
   "note": "'soldiers rescued President Rafael Correa Thursday': the soldiers are the subject of 'rescued'; Thursday before Friday 1 October 2010 = 30 September"},
  {"actor": "Freddy Martinez", "date": "2010-10-01", "date_text": "Friday", "what": "police chief Freddy Martinez resigned", "ctx": "resigned Friday",
   "note": "'Ecuador's police chief, Freddy Martinez, resigned Friday': Martinez is the subject; Friday = the day of the report"},
  {"actor": SA, "date": "2010-10-01", "date_text": "Friday", "what": "South American leaders at an emergency meeting in Argentina vowed support for Correa", "ctx": "meeting Friday in",
   "note": "'At an emergency meeting Friday in Argentina, a group of South American leaders vowed regional support': the date is on the noun 'meeting', whose participants are the leaders, the subject of 'vowed'; dated as printed (Friday)"},
  {"actor": "Hillary Clinton", "date": "2010-10-01", "date_text": "Friday", "what": "Clinton called President Correa", "ctx": "President Correa Friday",
   "note": "'said Secretary of State Hillary Clinton called President Correa Friday': Clinton is the subject of 'called'; the spokesman's 'said' is undated"},
  {"actor": None, "date": "2010-09-30", "date_text": "Thursday", "what": "the chaos began", "ctx": "began Thursday",
   "note": "'The chaos began Thursday during a meeting ...': no agent (like 'the war began'), so null"},
  {"actor": None, "date": "2007", "date_text": "since 2007", "what": "Correa in office",
   "note": "'who has been in office since 2007': a state, not an act, so no agent (the act 'took power in 2007' in the Thursday item has Correa as actor)"},
  {"actor": None, "date": "2009", "date_text": "last year", "what": "Correa was re-elected to a second term",
   "note": "passive without agent ('was re-elected ... last year'); last year = 2009"},
 ],
 "actors": [
  {"name": TR, "type": "organisation", "aliases": ["soldiers", "Soldier"]},
  {"name": RC, "type": "person", "aliases": ["President Rafael Correa", "Mr. Correa", "The president", "President Correa"]},
  {"name": RP, "type": "group", "aliases": ["police angry about proposed benefit cuts", "police", "rebelling police officers"]},
  {"name": "Lucio Gutierrez", "type": "person", "aliases": ["former president Lucio Gutierrez", "Mr. Gutierrez"]},
  {"name": "Freddy Martinez", "type": "person", "aliases": ["Ecuador's police chief, Freddy Martinez", "Freddy Martinez"]},
  {"name": SA, "type": "group", "aliases": ["a group of South American leaders", "South American leaders"]},
  {"name": "U.S. State Department", "type": "organisation", "aliases": ["A U.S. State Department spokesman"]},
  {"name": "Hillary Clinton", "type": "person", "aliases": ["Secretary of State Hillary Clinton", "Hillary Clinton"]},
 ],
 "notes": [
  "VOA News report of Friday 1 October 2010 (date inferred, see meta) on Ecuador's state of emergency the day after soldiers rescued President Rafael Correa from rebelling police; story ecuador_police_revolt_2010 with voa_2010_ecuador_troops_rescue_correa (Thursday 30 September 2010).",
  "Quotes: one fragment, the leaders' 'an attempted coup.' (speaker named a clause before by 'they'). Unquoted speech: 'The president called the revolt an attempt to overthrow his administration', Correa's accusation against Gutierrez's supporters and Gutierrez's denial, Correa telling supporters he was grateful, and the State Department spokesman's account of Clinton's call carry no quote marks.",
  "Figures: 'eight people dead' (outlet's voice; key ecuador_police_revolt_2010:dead, no counterpart in the Thursday item, which gives only 'At least one security force member ... wounded') and the vague 'several hours'.",
  "Events: seven date expressions; three 'Friday' and two 'Thursday' are told apart with ctx. 'since 2007' (a state) and 'last year' (a passive) have no actor.",
  "Actors: 'soldiers' and the misprinted 'Soldier' are the Ecuadorean troops (same canonical name as in the Thursday item). 'The country's military has been placed in charge' is a passive without agent (the military does not act); the supporters of Gutierrez are only accused; 'cheering supporters' only listen; Hugo Chavez is described: none is an actor. The State Department is the speaker behind 'A U.S. State Department spokesman said'.",
  "Not figures: 'second term' (ordinal), '2007' (year), 'a group of', 'a peaceful restoration' (no number).",
  "Second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the one quote span, each number token (eight, several hours), the seven date expressions against Friday 1 October 2010, and that no surface form is shared by two actors ('police' vs 'Ecuador's police chief, Freddy Martinez').",
 ],
}
