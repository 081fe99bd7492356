S = "jakarta_attack_2016"
POL = "Indonesian police"
PS = "Indonesian police spokesman"
R = "Reuters"
LEO = "Indonesian law enforcement officials"
OFF = "Indonesian officials"
BN = "Bahrun Naim"
JW = "Joko Widodo"
ATT = "Jakarta attackers"
ANN = {
 "article": "articles/voa_2016_jakarta_three_suspects_arrested.txt",
 "gold_out": "gold/voa_2016_jakarta_three_suspects_arrested.json",
 "published": "2016-01-15",
 "quotes": [],
 "figures": [
  {"quantity": S + ":depok_arrests", "text": "3", "value": 3, "unit": None, "counted": "Suspects arrested", "source": None, "approx": None, "ctx": "Arrests 3 Suspects",
   "note": "headline; the same three men as the lead's 'three men' and 'The three suspected militants ... arrested in Depok'"},
  {"quantity": S + ":depok_arrests", "text": "three", "value": 3, "unit": None, "counted": "men arrested", "source": None, "approx": None, "ctx": "arrested three men",
   "note": "'Police in Indonesia arrested three men Friday': police are the agent of the arrests, not a claimant of the number (outlet's voice) -> null"},
  {"quantity": S + ":non_attacker_deaths", "text": "Two", "value": 2, "unit": None, "counted": "died", "source": None, "approx": None, "ctx": "Two died",
   "note": "'Two died and more than 20 were wounded on Thursday': the victims other than the attackers (the five attackers' deaths are counted apart: 'All five died'); the same quantity as the newscast's 'Two other people, a Canadian and an Indonesian, were also killed' (there claimed by police)"},
  {"quantity": S + ":wounded", "text": "20", "value": 20, "unit": None, "counted": "were wounded", "source": None, "approx": "more than", "ctx": "more than 20",
   "note": "outlet's voice; the same quantity as 'More than 20 other people ... were wounded' and '20 people who were wounded' in voa_2016_jakarta_islamic_state_claims_attack"},
  {"quantity": S + ":depok_arrests", "text": "three", "value": 3, "unit": None, "counted": "suspected militants arrested in Depok", "source": None, "approx": None, "ctx": "The three suspected",
   "note": "the same three as the lead; Reuters is credited in the next clause for the other raids and detentions, not for this number"},
  {"text": "four", "value": 4, "unit": None, "counted": "attackers identified", "source": None, "approx": None, "ctx": "identified four",
   "note": "'Police identified four of the five attackers': the police did the identifying; the number is in the outlet's voice -> null"},
  {"text": "five", "value": 5, "unit": None, "counted": "attackers", "source": None, "approx": None, "ctx": "of the five attackers",
   "note": "the number of attackers, in the outlet's voice; not keyed with :attackers_killed (the count of attackers, not of deaths, though the next sentence says all five died)"},
  {"quantity": S + ":attackers_killed", "text": "five", "value": 5, "unit": None, "counted": "attackers died", "source": None, "approx": None, "ctx": "All five died",
   "note": "'All five died during the bombings and gun attack': the attackers' deaths, the same quantity as 'all five attackers' dead in the other items of the story"},
  {"text": "200 and 300", "value": 200, "value_max": 300, "unit": None, "counted": "IS sympathizers in the country", "source": OFF, "approx": None,
   "note": "'officials told VOA news, between 200 and 300 IS sympathizers are in the country': a range claimed by the officials ('told VOA')"},
 ],
 "events": [
  {"actor": POL, "date": "2016-01-15", "date_text": "Friday", "what": "police arrested three men in connection with the Jakarta bombing", "ctx": "three men Friday",
   "note": "'Police in Indonesia arrested three men Friday': police are the subject; Friday 15 January 2016 (the report's day)"},
  {"actor": None, "date": "2016-01-14", "date_text": "on Thursday", "what": "two died and more than 20 were wounded",
   "note": "'Two died and more than 20 were wounded on Thursday': intransitive 'died' and an agentless passive -> null; Thursday 14 January 2016"},
  {"actor": ATT, "date": "2016-01-14", "date_text": "Thursday\u2019s", "what": "Thursday's violence (the bombings and gun attack)", "ctx": "in Thursday\u2019s violence",
   "note": "'Police identified four of the five attackers in Thursday\u2019s violence': date on the noun 'violence', whose doers the sentence names (the attackers; 'All five died during the bombings and gun attack'). Not the police, whose identifying is undated"},
  {"actor": ATT, "date": "2016-01-14", "date_text": "Thursday's", "what": "Thursday's attack, which Bahrun Naim is said to have planned", "ctx": "planned Thursday's attack",
   "note": "'Law enforcement officials also announced Indonesian Bahrun Naim was the man who planned Thursday's attack': date on the noun 'attack'; its doers are the five attackers of the paragraph before. Bahrun Naim planned it (the planning is undated) and the officials' announcement is undated; this item does not say Islamic State claimed the attack"},
  {"actor": JW, "date": "2016-01-14", "date_text": "Thursday", "what": "President Joko Widodo visited the scene of the attack", "ctx": "attack Thursday",
   "note": "Joko Widodo is the subject of 'visited'; Thursday 14 January 2016"},
 ],
 "actors": [
  {"name": POL, "type": "organisation", "aliases": ["Police in Indonesia", "Police"]},
  {"name": PS, "type": "person", "aliases": ["A police spokesman"]},
  {"name": R, "type": "organisation", "aliases": ["Reuters news agency", "Reuters"]},
  {"name": LEO, "type": "organisation", "aliases": ["Law enforcement officials"]},
  {"name": OFF, "type": "organisation", "aliases": ["officials"]},
  {"name": BN, "type": "person", "aliases": ["Bahrun Naim", "Indonesian Bahrun Naim"]},
  {"name": JW, "type": "person", "aliases": ["Joko Widodo", "President Joko Widodo"]},
  {"name": ATT, "type": "group", "aliases": ["the five attackers"]},
 ],
 "notes": [
  "VOA Learning English report of Friday 15 January 2016: police arrest three men in Depok a day after the Jakarta bomb and gun attack (Thursday 14 January). Story jakarta_attack_2016 with voa_2016_jakarta_islamic_state_claims_attack and voa_2016_jakarta_newscast_attack_responsibility.",
  "Keys: :depok_arrests (headline '3', 'three men', 'The three suspected militants'), :non_attacker_deaths ('Two died', the newscast's 'Two other people'), :wounded ('more than 20', with the claims item's 'More than 20' and '20'), :attackers_killed ('All five died'). The count of attackers in 'four of the five attackers' and 'four' identified are not keyed.",
  "No quotes in the stored opening. Claimants: 'officials told VOA news' (200 to 300 IS sympathizers); Reuters is credited for 'Other raids ... suspected militants were detained' (no number); 'A police spokesman said one of the attacker\u2019s homes was searched' (no number: 'one of' is a partitive pronoun, as in voa_2008_burma_cyclone_toll).",
  "Whether the 'Law enforcement officials' who named Bahrun Naim and the 'officials' who spoke to VOA are the same people is not said: two actors. The police spokesman is unnamed here (two actors: the police and their spokesman).",
  "Second careful read done against FORMAT.md sections 1-2 and the stored copy: no quote marks in the text; every number token (3, three, Two, 20, three, one (partitive, not a figure), four, five, five, 200 and 300), each of the five date expressions and its agent, aliases as exact substrings and unshared.",
 ],
}
