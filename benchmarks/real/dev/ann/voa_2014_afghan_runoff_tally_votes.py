SA = "Sheikayba Alokozy"
DZ = "Mohammed Omer Daudzai"
HO = "Herat provincial officials"
TB = "Taliban"
NB = "Rahmatullah Nabel"
AF = "Afghans"
K = "afghan_runoff_2014:"
ANN = {
 "article": "articles/voa_2014_afghan_runoff_tally_votes.txt",
 "gold_out": "gold/voa_2014_afghan_runoff_tally_votes.json",
 "published": "2014-06-14",
 "quotes": [
  {"text": "We want peace in Afghanistan, and we want a complete change in the country", "speaker": SA, "speaker_mention": "she",
   "note": "speaker introduced the paragraph before ('One young first-time voter, Sheikayba Alokozy, said ...'); the attribution in this paragraph is the pronoun 'she'; trailing comma dropped"},
  {"text": "We are not scared of anybody. The enemy, no matter how much they attack us, we will not run away and we will cast our ballots.", "speaker": SA, "speaker_mention": "she",
   "note": "second half of the quotation interrupted by 'she said'"},
 ],
 "figures": [
  {"text": "two months", "value": 2, "unit": "months", "counted": "months between the first round and the runoff", "source": None, "approx": "more than",
   "note": "'in just over two months' -> more than; outlet's voice"},
  {"quantity": K + "turnout_runoff", "text": "millions", "value": None, "vague": True, "unit": None, "counted": "of Afghans who headed to the polls", "source": None, "approx": None,
   "note": "vague plural, outlet's voice: the runoff turnout of Saturday 14 June; the same quantity as 'Millions of Afghans turned out June 14th' in voa_2014_afghan_abdullah_boycotts_vote_count"},
  {"text": "two", "value": 2, "unit": None, "counted": "former government ministers in the run-off", "source": None, "approx": None, "ctx": "the two former"},
  {"text": "One", "value": 1, "unit": None, "counted": "young first-time voter", "source": None, "approx": None, "ctx": "One young",
   "note": "'One young first-time voter, Sheikayba Alokozy' counts the person (as 'One police officer' in other items)"},
  {"text": "150", "value": 150, "unit": None, "counted": "minor attacks", "source": DZ, "approx": None,
   "note": "'Interior Minister Mohammed Omer Daudzai reported 150 minor attacks'"},
  {"text": "46", "value": 46, "unit": None, "counted": "civilians and security force personnel killed nationwide", "source": DZ, "approx": None,
   "note": "'He said' = Daudzai (pronoun, sentence after his name)"},
  {"text": "60", "value": 60, "unit": None, "counted": "insurgents killed nationwide", "source": DZ, "approx": None,
   "note": "same 'He said' sentence: Daudzai"},
  {"text": "11", "value": 11, "unit": None, "counted": "people who voted whose fingers were cut off", "source": HO, "approx": "at least",
   "note": "'officials in the rural Herat province said ... at least 11 people'"},
  {"text": "240", "value": 240, "unit": None, "counted": "attacks across the country", "source": TB, "approx": "more than",
   "note": "'The Taliban claimed they had carried out more than 240 attacks'; the next sentence says there was no independent verification"},
 ],
 "events": [
  {"actor": AF, "date": "2014-06-14", "date_text": "Saturday", "what": "millions of Afghans defied Taliban threats and headed to the polls for the run-off",
   "note": "'Saturday was the second time ... that millions of Afghans ... headed to the polls': the date is said of the voting act, whose agent is the Afghans (voters). Published on Saturday 14 June 2014, so 'Saturday' is that day"},
  {"actor": None, "date": "2014-06-14", "date_text": "in the early morning", "what": "explosions rocked Kabul",
   "note": "inside Alokozy's reported speech; 'explosions that rocked Kabul in the early morning' names no agent (no attacker named): null. Like 'at dawn' = the reference day (Saturday 14 June 2014)"},
 ],
 "actors": [
  {"name": AF, "type": "group", "aliases": ["Afghans", "voters"]},
  {"name": SA, "type": "person", "aliases": ["Sheikayba Alokozy", "One young first-time voter"]},
  {"name": DZ, "type": "person", "aliases": ["Mohammed Omer Daudzai", "Interior Minister Mohammed Omer Daudzai"]},
  {"name": HO, "type": "organisation", "aliases": ["officials in the rural Herat province"]},
  {"name": TB, "type": "organisation", "aliases": ["Taliban", "The Taliban", "Taliban militants", "The militant group"]},
  {"name": NB, "type": "person", "aliases": ["Rahmatullah Nabel", "Afghanistan’s acting intelligence chief Rahmatullah Nabel"]},
  {"name": "Afghan officials", "type": "organisation", "aliases": ["officials"]},
 ],
 "notes": [
  "VOA report (Sharon Behn) of Saturday 14 June 2014, the day of Afghanistan's presidential run-off between Abdullah Abdullah and Ashraf Ghani; story afghan_runoff_2014 with voa_2014_afghan_runoff_fraud_complaints (15 June) and voa_2014_afghan_abdullah_boycotts_vote_count (18 June).",
  "Quotes: one quotation of the voter Sheikayba Alokozy, introduced by name in the paragraph before and split by 'she said' (two quotes). The cut last paragraph (Nabel's quote, '\"The insurgents had planned more than') was dropped.",
  "Claimed figures: Interior Minister Daudzai (150 attacks; 46 and 60 killed, the last two by 'He said'), Herat officials (at least 11 voters' fingers cut off), the Taliban (more than 240 attacks, unverified). Cross-item key: afghan_runoff_2014:turnout_runoff ('millions' here, 'Millions' in the 18 June item).",
  "Events left out: 'Hours after the polls closed' and 'shortly after polls had closed' (anchored to an event, no date of their own; as 'Hours after the rescue' in other dev items), 'As polls closed' (likewise). 'second time' is an ordinal. Abdullah and Ghani are named only as the candidates (objects of the run-off) and are not actors here; 'officials' who 'began to congratulate Afghans' are an unnamed group (actor 'Afghan officials', no event).",
  "Second careful read of the whole item against FORMAT.md sections 1-2 done by the annotator (quotes, figures, events, actors, keys).",
 ],
}
