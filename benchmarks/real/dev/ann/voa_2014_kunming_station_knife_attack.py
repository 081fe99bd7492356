S = "kunming_station_attack_2014"
CA = "Chinese authorities"
KA = "Kunming attackers"
SM = "Chinese state media"
EW = "eyewitnesses"
ANN = {
 "article": "articles/voa_2014_kunming_station_knife_attack.txt",
 "gold_out": "gold/voa_2014_kunming_station_knife_attack.json",
 "published": "2014-03-02",
 "quotes": [
 ],
 "figures": [
  {"quantity": S + ":deaths", "text": "33", "value": 33, "unit": None, "counted": "dead", "source": None, "approx": "at least",
   "note": "'The attack left at least 33 dead and more than 130 injured.': a sentence of its own in VOA's voice; the sentence before reports what 'Chinese authorities say' about who carried out the attack, not the toll, so no claimant (the literal reading; the toll presumably comes from official media). Key set for later items of the story (VOA's Reuters copy of the same day gave 'At least 28')"},
  {"quantity": S + ":injured", "text": "130", "value": 130, "unit": None, "counted": "injured", "source": None, "approx": "more than",
   "note": "same sentence, VOA's voice; 'more than' = more than"},
  {"quantity": S + ":assailants", "text": "10", "value": 10, "unit": None, "counted": "assailants dressed in black", "source": EW + " and " + SM, "approx": "more than",
   "note": "'According to eyewitness accounts posted online and in state-run media, more than 10 assailants ...': claimed jointly by the eyewitness accounts and state media ('X and Y')"},
  {"text": "four", "value": 4, "unit": None, "counted": "assailants shot dead", "source": SM, "approx": None,
   "note": "'State media say four of the assailants were shot dead'"},
  {"text": "one", "value": 1, "unit": None, "counted": "female assailant taken into police custody", "source": SM, "approx": None, "ctx": "and one, a female",
   "note": "'... and one, a female, was taken into police custody': counts the one captured assailant, set against the four shot dead, inside what 'State media say'; a count, not the partitive pronoun of 'one of the ...'"},
 ],
 "events": [
  {"actor": KA, "date": "2014-03-01", "date_text": "late Saturday night", "what": "carried out the knife attack at Kunming train station",
   "note": "'Chinese authorities say separatist terrorists carried out a violent and bloody attack at a train station late Saturday night': the expression modifies 'carried out', whose agent is 'separatist terrorists' (the attackers, so named by the authorities), not 'say'; Saturday before the Sunday publication = 1 March 2014"},
  {"actor": None, "date": "2001-09-11", "date_text": "September 11", "what": "terrorist attacks in the United States",
   "note": "date on a noun ('the September 11 terrorist attacks in the United States in 2001'): the text does not say who carried them out, so null; the year comes from 'in 2001' in the same phrase"},
  {"actor": None, "date": "2001", "date_text": "in 2001", "what": "terrorist attacks in the United States",
   "note": "second date expression on the same noun phrase; no agent in the text"},
 ],
 "actors": [
  {"name": CA, "type": "organisation", "aliases": ["Chinese authorities", "authorities", "China"]},
  {"name": KA, "type": "group", "aliases": ["separatist terrorists", "assailants", "the assailants", "separatists from China's restive western Xinjiang region"]},
  {"name": SM, "type": "organisation", "aliases": ["state-run media", "State media", "Chinese state media"]},
  {"name": EW, "type": "group", "aliases": ["eyewitness accounts"]},
  {"name": "Xinhua", "type": "organisation", "aliases": ["the state-run Xinhua news agency", "Xinhua"]},
 ],
 "notes": [
  "VOA report by William Ide of Sunday 2 March 2014 on the knife attack at Kunming railway station late on Saturday 1 March 2014; story " + S + " (only item so far; quantity keys set for deaths, injured and assailants).",
  "Figures claimed by named sources: more than 10 assailants (eyewitness accounts and state media jointly), four shot dead and one taken into custody (State media say). The toll 'at least 33 dead and more than 130 injured' stands in VOA's own sentence and is left without claimant.",
  "No quotes: the crosshead 'Calls to End 'Terrorism'' puts the word in scare quotes (distancing the label used by Chinese state media), not a rendering of anyone's words; the removed photo caption's \"the China Dream\" is furniture. A judgement call.",
  "Events: 'late Saturday night' dates the attackers' act inside the authorities' reported speech (agent of 'carried out'); 'September 11' and 'in 2001' date the attacks in the United States (dated noun, no agent). \"China's 9-11\" is the state media's nickname for the Kunming incident, not a date of its own: left out; 'so far' is vague.",
  "Actors: 'China' (headline, 'China Blames Terrorists') is read as a metonym for the Chinese authorities who blame separatists in the first sentence; 'authorities' ... 'they say' is the same body. 'separatist terrorists', 'assailants' and 'separatists from China's restive western Xinjiang region' are the attackers as the text names them (the authorities' attribution). Xinhua (argued, warned) is kept apart from 'Chinese state media' (dubbed the incident). Not actors: police (only 'police custody'), the United States (place), 'Others' (attackers still on the run; part of the attackers).",
  "Not figures: '9-11' and 'September 11' (dates/name), '2001' (year). 'Others are still on the run' has no number.",
  "Second reading: re-read the whole item against FORMAT.md sections 1-2; checked the hedges ('at least', 'more than' twice), the joint source of the assailant count, the ctx of 'one', and that the dropped last paragraph leaves no cut sentence.",
 ],
}
