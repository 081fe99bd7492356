K = "gemayel_assassination_2006:"
ANN = {
 "article": "articles/voa_2006_lebanon_gemayel_international_condemnation.txt",
 "gold_out": "gold/voa_2006_lebanon_gemayel_international_condemnation.json",
 "published": "2006-11-22",
 "quotes": [
  {"text": "We condemn this murder utterly. It is completely without any justification at all. We need to do everything we can, particularly at this moment, to protect democracy in Lebanon. And it underlines once again, the absolute and urgent need for a strategy for the whole of the Middle East that supports those who favor democracy.", "speaker": "Tony Blair", "speaker_mention": "British Prime Minister Tony Blair",
   "note": "'British Prime Minister Tony Blair said, \"...\"': speaker named just before the quote; final '.' inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"anti_syrian_killings_period", "text": "two", "value": 2, "unit": "years", "counted": "years over which anti-Syrian politicians have been assassinated in Lebanon", "source": None, "approx": None, "ctx": "assassinated in Lebanon over the past two years",
   "note": "standfirst, VOA's own voice; same period as the 21 November item's 'over the past two years' (same key)"},
  {"text": "34", "value": 34, "unit": "years", "counted": "age of the minister", "source": None, "approx": None,
   "note": "'The 34-year-old minister': an age, the outlet's voice (the sentence is not part of what the witnesses say; 'Witnesses say' governs only the sentence before). No partner in the other two items"},
  {"quantity": K+"anti_syrian_killings_period", "text": "two", "value": 2, "unit": "years", "counted": "years in which five anti-Syrian figures were assassinated", "source": None, "approx": None, "ctx": "assassinated in the past two years",
   "note": "'Gemayel is the fifth anti-Syrian figure to be assassinated in the past two years': the outlet's voice; same period as the standfirst (same key). 'fifth' is an ordinal, not a figure"},
 ],
 "events": [
  {"actor": None, "date": "2006-11-21", "date_text": "Tuesday", "what": "Pierre Gemayel was assassinated in a Beirut suburb",
   "note": "passive without a by-agent ('was assassinated in a Beirut suburb Tuesday'); the following 'condemned by the international community' is a separate verb that the weekday does not modify. Tuesday before the Wednesday report = 21 November 2006"},
  {"actor": None, "date": "2005", "date_text": "in 2005", "what": "Saad Hariri's father was assassinated",
   "note": "passive without agent ('whose father was assassinated in 2005')"},
  {"actor": None, "date": "2005-02", "date_text": "in February 2005", "what": "Rafik Hariri killed in a massive car bomb explosion",
   "note": "passive without agent ('was killed in a massive car bomb explosion in February 2005'); the 'Many blame Syria' of the paragraph before is a blame, not the text naming the agent"},
 ],
 "actors": [
  {"name": "Pierre Gemayel", "type": "person", "aliases": ["Lebanese Cabinet Minister and Christian leader Pierre Gemayel", "Gemayel", "The 34-year-old minister", "The slain minister"]},
  {"name": "international community", "type": "group", "aliases": ["the international community"]},
  {"name": "Witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": "Saad Hariri", "type": "person", "aliases": ["Saad Hariri"]},
  {"name": "Tony Blair", "type": "person", "aliases": ["British Prime Minister Tony Blair"]},
 ],
 "notes": [
  "VOA News report of Wednesday 22 November 2006 on the assassination of Lebanese industry minister Pierre Gemayel on Tuesday 21 November and the international reaction; story gemayel_assassination_2006 with voa_2006_lebanon_gemayel_gunned_down and voa_2006_lebanon_gemayel_bush_condemns (both 21 November). The last paragraph (Bush's remarks, cut mid-word inside his quote) was dropped, so only Blair's quote remains.",
  "Key across the story: " + K + "anti_syrian_killings_period ('over the past two years' and 'in the past two years' here, 'over the past two years' in the 21 November Bush item). The age 34 has no partner.",
  "'Hariri' alone is ambiguous in this text: Saad Hariri in 'When Hariri announced Gemayel's death to his colleagues', his father Rafik Hariri in 'Hariri, who strongly opposed Syria's occupation of Lebanon, was killed ...'. Because one surface form may not belong to two actors, bare 'Hariri' is not listed; Saad Hariri keeps only his full name, and Rafik Hariri (killed, only an object) is not an actor. 'Amin Gemayel' is only named as family and does not act here; 'Many' (who blame Syria) and Syria are not listed as actors of any annotated item.",
  "Events: 'Tuesday' (assassination, passive), 'in 2005' and 'in February 2005' (Rafik Hariri's killing, twice, passive). 'died later in a hospital' ('later' is vague) is left out.",
  "Not figures: 'fifth' (ordinal), 'a number of anti-Syrian politicians' (no number), 'once again' (not a count).",
  "Second careful read done by the annotator against FORMAT.md: text re-compared with the stored copy word for word; the two 'two years' pinned with ctx; '34-year-old' annotated as '34' with unit years; the Witnesses not made the source of the age.",
 ],
}
