GWB = "George W. Bush"
NB = "Nicholas Burns"
K = "gemayel_assassination_2006:"
ANN = {
 "article": "articles/voa_2006_lebanon_gemayel_bush_condemns.txt",
 "gold_out": "gold/voa_2006_lebanon_gemayel_bush_condemns.json",
 "published": "2006-11-21",
 "quotes": [
  {"text": "For the sake of peace, the free world must reject those who undermine young democracies and murder in the name of their hateful ideology", "speaker": GWB, "speaker_mention": "he",
   "note": "'he said' after the quote; 'he' is President Bush, the subject of the sentence before ('President Bush says those responsible ...'); trailing comma dropped"},
  {"text": "Obviously this is a very sad day for Lebanon. We are shocked by this assassination. We view it as an act of terrorism. We also view it as an act of intimidation against the March 14th coalition and we believe it is the responsibility of all countries to support the Siniora government and to oppose those who would try to divide Lebanon or return violence to political life in Lebanon", "speaker": NB, "speaker_mention": "he",
   "note": "'he said' at the end of the long quotation; 'he' is Nicholas Burns, introduced in the sentence before the quote ('U.S. Under Secretary of State for Political Affairs, Nicholas Burns, ... says'); trailing comma dropped. 'We' = the US government, but the words are Burns's"},
 ],
 "figures": [
  {"quantity": K+"anti_syrian_killings_period", "text": "two", "value": 2, "unit": "years", "counted": "years over which anti-Syrian politicians have been killed in Lebanon", "source": None, "approx": None, "ctx": "past two years",
   "note": "'the latest in a number of anti-Syrian politicians who have been killed in Lebanon over the past two years': VOA's own voice (the UN inquiry in the sentence before is about Hariri's death only). Same period as the two 'past two years' of the 22 November item (same key)"},
 ],
 "events": [
  {"actor": None, "date": "2005", "date_text": "last year", "what": "the assassination of former Prime Minister Rafiq Hariri",
   "note": "date on the noun 'assassination' ('following the assassination last year of former Prime Minister Rafiq Hariri'); the text does not say who killed him (the UN inquiry 'has implicated Syrian officials', an accusation, not the agent), so null; 'last year' = 2005"},
  {"actor": "White House", "date": "2006-11", "date_text": "Earlier this month", "what": "the White House released a statement charging Syria and Iran are preparing plans to topple Siniora's government",
   "note": "active 'released', subject 'the White House'; 'earlier this month' = November 2006"},
 ],
 "actors": [
  {"name": GWB, "type": "person", "aliases": ["President Bush", "Mr. Bush"]},
  {"name": "Pierre Gemayel", "type": "person", "aliases": ["Lebanese cabinet minister Pierre Gemayel", "Lebanese Industry Minister and Christian leader Pierre Gemayel", "Pierre Gemayel", "Gemayel"]},
  {"name": NB, "type": "person", "aliases": ["U.S. Under Secretary of State for Political Affairs, Nicholas Burns", "Nicholas Burns"]},
  {"name": "Iran", "type": "country", "aliases": ["Iran"]},
  {"name": "Syria", "type": "country", "aliases": ["Syria", "Damascus"]},
  {"name": "United Nations inquiry", "type": "organisation", "aliases": ["A United Nations inquiry"]},
  {"name": "White House", "type": "organisation", "aliases": ["the White House"]},
 ],
 "notes": [
  "VOA News report of Tuesday 21 November 2006 on US reactions to the assassination of Lebanese industry minister Pierre Gemayel that day; story gemayel_assassination_2006 with voa_2006_lebanon_gemayel_gunned_down (21 November) and voa_2006_lebanon_gemayel_international_condemnation (22 November).",
  "Quotes: Bush and Burns, each introduced by name and title in the sentence before the quote and attributed by 'he said' after it. Not quotes: none other in the kept text.",
  "Figures: only 'over the past two years' (key " + K + "anti_syrian_killings_period, shared with the two 'past two years' of the 22 November item). Not figures: 'March 14th coalition' and 'The March 14 pro-democracy movement' (a name: the date of the 2005 rally written into a movement's name; also no event), 'a number of anti-Syrian politicians' (no number).",
  "Events: 'last year' (Hariri's assassination, no agent in the text) and 'Earlier this month' (the White House statement). 'President Bush has condemned ...' and Burns 'speaking to reporters' carry no date expression.",
  "Actors: 'Damascus' (denies involvement) is Syria; 'Syrian officials' (implicated by the inquiry) are not Syria as a speaker or agent and not listed. Fouad Siniora, Rafiq Hariri and the March 14 movement are only objects here and not listed. 'the State Department' is a place ('speaking to reporters at the State Department').",
  "Second careful read done by the annotator against FORMAT.md: text re-compared with the stored copy word for word (headline, 'Fouad Siniora' and 'Rafiq Hariri' spellings as printed); quote spans re-checked (trailing commas dropped); the dropped last paragraph was only 'Th'.",
 ],
}
