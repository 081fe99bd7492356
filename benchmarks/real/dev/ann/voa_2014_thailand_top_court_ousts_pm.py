CC = "Constitutional Court of Thailand"
YS = "Yingluck Shinawatra"
TS = "Thaksin Shinawatra"
NB = "Niwatthamrong Boonsongphaisan"
ANN = {
 "article": "articles/voa_2014_thailand_top_court_ousts_pm.txt",
 "gold_out": "gold/voa_2014_thailand_top_court_ousts_pm.json",
 "published": "2014-05-07",
 "quotes": [],
 "figures": [
  {"text": "25", "value": 25, "unit": None, "counted": "people killed by anti-government street protests", "source": None, "approx": "around",
   "note": "'Anti-government street protests in Thailand have killed about 25 people since the start of the year': outlet's own voice -> null; 'about' -> around. Not keyed with 'Around two dozen anti-government protesters ... killed ... in the past several months' of 6 May (voa_2014_thai_court_to_rule_wednesday_yingluck): another kind of casualty (people, not protesters) and another period as printed"},
 ],
 "events": [
  {"actor": CC, "date": "2014-05-07", "date_text": "Wednesday", "what": "the court ruled that Yingluck improperly transferred her national security chief",
   "note": "'The Bangkok court unanimously ruled Wednesday that ...': active verb, agent the court; Wednesday 7 May 2014, the day of the report"},
  {"actor": YS, "date": "2011", "date_text": "in 2011", "what": "Yingluck transferred her national security chief to another job",
   "note": "'ruled ... that Prime Minister Yingluck improperly transferred her national security chief to another job in 2011': 'in 2011' modifies 'transferred' inside the ruling; the subject is Yingluck"},
  {"actor": YS, "date": "2013", "date_text": "last year", "what": "Yingluck dissolved the lower house of parliament",
   "note": "'But Ms. Yingluck dissolved that body last year when she called for early elections': active verb, agent Yingluck; last year = 2013 from 7 May 2014"},
  {"actor": None, "date": "2014-01", "date_text": "since the start of the year", "what": "start of the period in which the protests killed about 25 people",
   "note": "'Anti-government street protests in Thailand have killed about 25 people since the start of the year': the subject is the protests (an event, not an actor) -> null, as 'Ebola has killed ... since March' in the dev set; the start of 2014 = January 2014 (written as a month, as 'Since early this month')"},
  {"actor": "Thai military", "date": "2006", "date_text": "2006", "what": "the military coup that removed Thaksin from office",
   "note": "'Mr. Thaksin was removed from office in a 2006 military coup': the date sits on the noun 'military coup', whose agent the text names (the military) -> the Thai military, as in voa_2010_bangkok_red_shirts_arrive"},
 ],
 "actors": [
  {"name": "Thai caretaker Cabinet", "type": "organisation", "aliases": ["Thailand's caretaker Cabinet", "The Cabinet"]},
  {"name": CC, "type": "organisation", "aliases": ["the Constitutional Court", "The Bangkok court"]},
  {"name": YS, "type": "person", "aliases": ["Prime Minister Yingluck Shinawatra", "Prime Minister Yingluck", "Ms. Yingluck"]},
  {"name": NB, "type": "person", "aliases": ["Commerce Minister Niwatthamrong Boonsongphaisan", "Niwatthamrong Boonsongphaisan", "an acting prime minister"]},
  {"name": "Yingluck's supporters", "type": "group", "aliases": ["Her supporters"]},
  {"name": "Jen Psaki", "type": "person", "aliases": ["U.S. State Department spokeswoman Jen Psaki", "Jen Psaki"]},
  {"name": "Thai opposition", "type": "group", "aliases": ["the opposition", "Opposition leaders"]},
  {"name": TS, "type": "person", "aliases": ["ex-prime minister Thaksin Shinawatra", "Mr. Thaksin", "her brother", "The billionaire businessman"]},
  {"name": "Thai military", "type": "organisation", "aliases": ["military"]},
 ],
 "notes": [
  "VOA report (no byline) of Wednesday 7 May 2014 on the Constitutional Court's removal of Prime Minister Yingluck Shinawatra and the caretaker Cabinet's appointment of Niwatthamrong Boonsongphaisan; story thailand_yingluck_ouster_2014 with voa_2014_thai_court_to_rule_wednesday_yingluck (6 May) and voa_2014_ousted_thai_pm_indicted_rice (8 May).",
  "Quotes: none. Psaki's words are reported without marks ('is urging all sides ...', 'She said any resolution on Thailand should include an election'): the pronoun 'She' refers to Psaki, named in the paragraph before, but there is no quote span to annotate. 'It said the move was unconstitutional' is the court's reported speech.",
  "Figures: '25' only ('about 25 people', outlet voice). Not figures: '2011', '2006' (years); 'several Cabinet members' (no number). No shared quantity key: the toll of 6 May is of another scope as printed (see the figure's note).",
  "Events: 'Wednesday' (the court ruled), 'in 2011' (Yingluck transferred her security chief, inside the ruling), 'last year' (she dissolved the lower house), 'since the start of the year' (start of the toll's period, null), '2006' (dated noun 'military coup' -> the military). The Cabinet's appointment of Niwatthamrong carries no date expression of its own (only the report's present perfect). Not events: 'usually' (habitual, in 'Prime ministers are usually chosen').",
  "Actors: the caretaker Cabinet (appointed), the court (ordered, ruled, said), Yingluck (transferred, dissolved, insists), Niwatthamrong (appointed 'to take over'; 'an acting prime minister' is the description of him in the lead), her supporters (say, plan to protest), Psaki (urging, said), the opposition ('the opposition turned to the courts', 'Opposition leaders say'), Thaksin (lives in exile to escape charges), the military (the coup). Not actors: the lower house ('that body', only chosen/dissolved), the protests (an event), the 'rural supporters of Ms. Yingluck and Mr. Thaksin' and 'Bangkok's urban middle class and royalist elite' (pitted against each other, no act).",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and the stored copy; checked that Psaki's speech has no quote marks, 'in 2011' attached to 'transferred' (Yingluck), 'last year' = 2013, 'since the start of the year' = 2014-01 with a null actor, and the alias 'an acting prime minister' for Niwatthamrong; no change.",
 ],
}
