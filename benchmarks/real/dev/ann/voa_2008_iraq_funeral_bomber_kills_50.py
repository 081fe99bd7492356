K = "iraq_funeral_bombing_2008"
B = "Albu Mohammed funeral suicide bomber"
PO = "Iraqi police"
SV = "funeral bombing survivors"
AQ = "al-Qaida in Iraq"
MA = "Nouri al-Maliki"
CR = "Condoleezza Rice"
CF = "Coalition forces"
USM = "U.S. military"
UIA = "U.S. and Iraqi military authorities"
ANN = {
 "article": "articles/voa_2008_iraq_funeral_bomber_kills_50.txt",
 "gold_out": "gold/voa_2008_iraq_funeral_bomber_kills_50.json",
 "published": "2008-04-17",
 "quotes": [],
 "figures": [
  {"quantity": K + ":deaths", "text": "50", "ctx": "Kills at Least 50", "value": 50, "unit": None, "counted": "killed in Northern Iraq", "source": None, "approx": "at least",
   "note": "headline 'Suicide Bomber Kills at Least 50'; the same toll as the lede's 'at least 50 people', which is the outlet's voice"},
  {"quantity": K + ":deaths", "text": "50", "ctx": "at least 50 people", "value": 50, "unit": None, "counted": "people killed", "source": None, "approx": "at least",
   "note": "outlet's voice; 'Police and survivors say' in the next sentence attributes how the bomber struck (blew himself up in a tent), not the toll"},
  {"quantity": K + ":wounded", "text": "20", "value": 20, "unit": None, "counted": "wounded", "source": None, "approx": "more than",
   "note": "'wounding more than 20': outlet's voice"},
  {"text": "two", "ctx": "for two members", "value": 2, "unit": None, "counted": "members of a local group fighting al-Qaida in Iraq", "source": None, "approx": None,
   "note": "'The funeral was for two members of a local group ...': a sentence of its own after the police-and-survivors sentence, in the outlet's voice"},
  {"text": "50", "ctx": "more than 50 people were killed", "value": 50, "unit": None, "counted": "people killed in attacks in Baquba and Ramadi", "source": None, "approx": "more than",
   "note": "Tuesday's attacks in Baquba and Ramadi, not the funeral bombing: no key shared with the funeral toll; outlet's voice (the military authorities in the next sentence blame al-Qaida, they do not give the count)"},
  {"text": "100", "value": 100, "unit": None, "counted": "wounded in attacks in Baquba and Ramadi", "source": None, "approx": "around",
   "note": "'almost 100 wounded' -> around; outlet's voice"},
  {"text": "two", "ctx": "from two dead", "value": 2, "unit": None, "counted": "dead in Sadr City fighting", "source": None, "approx": None,
   "note": "'Unconfirmed casualty figures vary from two dead and 18 wounded to double those figures': no claimant named (the sentence before attributes the fighting to 'officials' and the air strike to the U.S. military, not these figures) -> null"},
  {"text": "18", "value": 18, "unit": None, "counted": "wounded in Sadr City fighting", "source": None, "approx": None,
   "note": "as 'two dead' in the same sentence; 'double those figures' is a multiplier of the figures, not a number of its own, and is not annotated"},
  {"text": "two", "ctx": "captured two wanted", "value": 2, "unit": None, "counted": "wanted al-Qaida in Iraq terrorist suspects captured", "source": CF, "approx": None,
   "note": "'Coalition forces today said they captured two wanted ... suspects'"},
  {"text": "nine", "value": 9, "unit": None, "counted": "other suspects captured", "source": CF, "approx": None,
   "note": "same statement of the coalition forces"},
 ],
 "events": [
  {"actor": B, "date": "2008-04-17", "date_text": "Thursday", "ctx": "himself up Thursday", "what": "the suicide bomber blew himself up in a funeral tent in a village near Kirkuk",
   "note": "'Police and survivors say the bomber blew himself up Thursday ...': agent the bomber; Thursday = publication day, 17 April 2008"},
  {"actor": None, "date": "2008-04-14/2008-04-20", "date_text": "this week", "ctx": "bombings this week", "what": "a series of fatal bombings in Sunni Arab areas",
   "note": "date on a noun ('a series of fatal bombings this week'): the text names no agent of the series (al-Qaida is blamed only for Tuesday's attacks in the next sentences) -> null; this week = ISO week of 17 April 2008"},
  {"actor": None, "date": "2008-04-15", "date_text": "On Tuesday", "what": "more than 50 people killed and almost 100 wounded in attacks in Baquba and Ramadi",
   "note": "passive without a by-agent ('were killed ... wounded'); the blaming of al-Qaida is a later, undated act -> null"},
  {"actor": None, "date": "2008-04-16", "date_text": "late Wednesday", "what": "fresh battles broke out in Sadr City between troops and Shi'ite militants",
   "note": "'fresh battles broke out late Wednesday between troops and Shi'ite militants': intransitive verb with 'battles' as subject, no agent -> null (the two sides are the parties to the battles, not the agent of 'broke out')"},
  {"actor": MA, "date": "2008-04-17", "date_text": "Thursday", "ctx": "Brussels Thursday", "what": "Maliki urged NATO to provide more equipment and training for Iraqi troops"},
  {"actor": MA, "date": "2008-04-14/2008-04-20", "date_text": "Earlier this week", "what": "Maliki said he was confident al-Qaida in Iraq would be defeated",
   "note": "'Earlier this week, Mr. Maliki said ...': written as the week (as 'earlier this month' = the month)"},
  {"actor": CR, "date": "2008-04-17", "date_text": "Thursday", "ctx": "Washington Thursday", "what": "Rice told reporters al-Qaida in Iraq and other Sunni insurgent groups have been significantly weakened"},
  {"actor": CF, "date": "2008-04-17", "date_text": "today", "what": "coalition forces said they captured two wanted al-Qaida in Iraq suspects and nine others",
   "note": "'Coalition forces today said ...': 'today' in the outlet's voice (not inside speech) dates the statement; agent the coalition forces"},
 ],
 "actors": [
  {"name": B, "type": "person", "aliases": ["A suicide bomber", "the bomber"]},
  {"name": PO, "type": "organisation", "aliases": ["Police"]},
  {"name": SV, "type": "group", "aliases": ["survivors"]},
  {"name": AQ, "type": "group", "aliases": ["al-Qaida in Iraq", "al-Qaida"]},
  {"name": UIA, "type": "organisation", "aliases": ["U.S. and Iraqi military authorities"]},
  {"name": USM, "type": "organisation", "aliases": ["the U.S. military"]},
  {"name": MA, "type": "person", "aliases": ["Iraqi Prime Minister Nouri al-Maliki", "Nouri al-Maliki", "Mr. Maliki"]},
  {"name": CR, "type": "person", "aliases": ["U.S. Secretary of State Condoleezza Rice", "Condoleezza Rice"]},
  {"name": CF, "type": "organisation", "aliases": ["Coalition forces"]},
 ],
 "notes": [
  "VOA News report (no byline in the stored copy) of Thursday 17 April 2008 on the suicide bombing of a funeral in a village near Kirkuk (Albu Mohammed; the village is not named in the text), with a round-up of other Iraq news of the week. Story " + K + "; a single item so far (no other allowed outlet's report of this bombing was found in the stored pages). Not the same story as kirkuk_bombing_2008 (a car-dealership bombing in Kirkuk on 23 August 2008).",
  "Keys: " + K + ":deaths (headline 'at Least 50' and lede 'at least 50 people') and " + K + ":wounded ('more than 20'). Tuesday's Baquba/Ramadi toll ('more than 50' killed, 'almost 100' wounded) and the Sadr City figures are other quantities and carry no key.",
  "No quotes: the item prints no quote marks. Speech is reported ('Police and survivors say', 'officials say', 'the U.S. military says', 'Rice told reporters', 'Coalition forces today said').",
  "Actors: 'Police' and 'survivors' claim how the attack happened; 'officials' in the Sadr City sentence are unnamed and unspecific and are left out; 'troops', 'Shi'ite militants', 'mourners', 'NATO'/'the alliance' (addressed, not acting), 'Iraqi authorities' (a generic clause in Rice's reported speech) and 'the insurgents' do not act on a date and are left out. 'al-Qaida' (blamed for Tuesday's attacks) is al-Qaida in Iraq in this text: one actor.",
  "Not figures: 'one of the deadliest attacks' (pronoun); 'double those figures' (a multiplier of other figures); 'in recent months' is vague, not an event. Not events: 'in recent months' (vague).",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: text compared with the stored copy (only the edits listed in the meta file), every number token and every date expression checked (three 'Thursday's, 'On Tuesday', 'late Wednesday', 'this week', 'Earlier this week', 'today'), actor of each dated verb re-checked.",
 ],
}
