TB = "Taliban"
HH = "Humayun Hamidzada"
UP = "Uruzgan police"
ANN = {
 "article": "articles/voa_2008_kandahar_official_assassinated.txt",
 "gold_out": "gold/voa_2008_kandahar_official_assassinated.json",
 "published": "2008-10-14",
 "quotes": [
  {"text": "Unfortunately we have enemies who are sworn or determined to destroy the way of life", "speaker": HH, "speaker_mention": "he",
   "note": "'he said' = presidential spokesman Humayun Hamidzada, introduced in the paragraph before; trailing comma dropped"},
  {"text": "They are determined to destroy what we have achieved in the past six years. And by attacking civilians cowardly they are showing one more time that they are purely terrorists and that they have no mission.", "speaker": HH, "speaker_mention": "he",
   "note": "second part of the quotation after 'he said': a separate quote, same speaker"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "gunmen on a motorbike", "source": None, "approx": None, "ctx": "two gunmen",
   "note": "outlet's voice"},
  {"text": "billions", "value": None, "vague": True, "unit": "USD", "counted": "of dollars of foreign aid", "source": None, "approx": None,
   "note": "'billions of dollars of foreign aid': vague plural, in the outlet's account of the Afghan public's complaint"},
  {"text": "six", "value": 6, "unit": "years", "counted": "years of achievements since the Taliban's fall", "source": HH, "approx": None,
   "note": "inside Hamidzada's quote ('in the past six years'): the speaker claims it"},
  {"text": "nine", "value": 9, "unit": None, "counted": "people riding in a small bus who died", "source": UP, "approx": None,
   "note": "'Police in the southern province of Uruzgan say nine people, including two children, ... died ...'"},
  {"text": "two", "value": 2, "unit": None, "counted": "children among the dead", "source": UP, "approx": None, "ctx": "two children",
   "note": "part of the nine, same police sentence"},
 ],
 "events": [
  {"actor": TB, "date": "2008-09-28", "date_text": "September 28", "what": "assassination of Kandahar's most senior policewoman",
   "note": "date on the noun 'assassination' ('the September 28 assassination of Kandahar's most senior policewoman'); the next sentence says who did it in the text's account: 'The Taliban claimed responsibility for shooting her' (a claim the report does not dispute; no other agent is named)"},
  {"actor": None, "date": "2009", "date_text": "next year", "what": "Karzai up for re-election",
   "note": "'President Hamid Karzai, up for re-election next year': the date is on the election Karzai faces; an election has no agent in the text (as 'next year's election' in the dev items), so null; next year from 2008 = 2009"},
 ],
 "actors": [
  {"name": TB, "type": "group", "aliases": ["a resurgent Taliban", "The Taliban", "the Taliban", "Taliban rebels"]},
  {"name": "Kandahar gunmen", "type": "group", "aliases": ["two gunmen on a motorbike"]},
  {"name": HH, "type": "person", "aliases": ["presidential spokesman Humayun Hamidzada"]},
  {"name": "Afghan government", "type": "organisation", "aliases": ["the Afghan government"]},
  {"name": UP, "type": "organisation", "aliases": ["Police in the southern province of Uruzgan", "Police"]},
 ],
 "notes": [
  "VOA report by Steve Herman (Kabul) of Tuesday 14 October 2008 on the shooting of Dost Mohammad Arghestani, head of Kandahar's labor and social affairs department, and a bus bombing in Uruzgan; story kandahar_assassinations_2008 (the only item of the story in this folder).",
  "No figure recurs: no quantity keys. Claimants: Hamidzada (six years, inside his quote) and the Uruzgan police (nine dead, two children); the two gunmen and the billions of dollars are in the outlet's voice.",
  "Quotes: one quotation interrupted by 'he said' (two quotes), speaker named in the paragraph before.",
  "Events: 'September 28' (assassination of the policewoman, Taliban by their claim of responsibility) and 'next year' (Karzai's re-election, no agent). Left out: 'in the past six years' (a duration inside the quote, annotated as a figure), 'before the Taliban were driven from power' (no date expression). The killing of Arghestani and the Uruzgan bombing carry no date expression in the kept text; the NATO statement with 'Tuesday' was in the dropped last paragraph.",
  "Not figures: 'one more time' (an idiom, not a count), 'his bodyguard', 'a small bus', 'an explosive device' (no count).",
  "Actors: the Taliban (strikes, claimed responsibility, blamed), the two gunmen (shot the official dead, passive with a by-agent, undated), Hamidzada (speaker), the Afghan government (doing all it can, in his reported words), the Uruzgan police (claimant; 'Police blame the Taliban'). Not listed: Arghestani and the policewoman (victims), Karzai (only the subject of 'up for re-election'), the criminal gangs and drug mafia ('are also blamed', passive), NATO troops (targets), the Afghan public.",
  "Second careful read done by the annotator against FORMAT.md: text re-compared with the stored copy; quote spans and the 'six years' figure rechecked; 'Police' as an alias of the Uruzgan police only (the only police in the text).",
 ],
}
