K = "sulawesi_quake_us_aid_2018:"
JD = "Joseph R. Donovan Jr."
OFDA = "Office of U.S. Foreign Disaster Assistance"
UNHCR = "UN High Commissioner for Refugees"
ANN = {
 "article": "articles/state_2018_sulawesi_us_sends_3_million_more.txt",
 "gold_out": "gold/state_2018_sulawesi_us_sends_3_million_more.json",
 "published": "2018-10-18",
 "quotes": [
  {"text": "This is what we mean when we say we are Indonesia’s partner", "speaker": JD, "speaker_mention": "U.S. Ambassador Joseph R. Donovan Jr.", "fragment": False,
   "note": "'“...,” said U.S. Ambassador Joseph R. Donovan Jr.': trailing comma dropped"},
 ],
 "figures": [
  {"quantity": K+"additional_aid_oct18", "text": "$3 million", "ctx": "sending $3 million more", "value": 3e6, "unit": "USD", "counted": "more U.S. aid to Indonesia", "source": None, "approx": None,
   "note": "'The United States is sending $3 million more aid': ShareAmerica's own voice (the United States is the agent of sending; no announcement verb). The tranche that USAID/OFDA's Fact Sheet #2 says was announced on 18 October, same key"},
  {"quantity": K+"displaced", "text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "left homeless by the earthquake and tsunami", "source": None, "approx": None,
   "note": "vague plural ('the tens of thousands left homeless'); the people who lost their homes, the same quantity as the displaced counts of the other items (more than 70,000; nearly 82,780; about 205,000)"},
  {"quantity": K+"dead", "text": "2,000", "ctx": "took 2,000 lives", "value": 2000, "unit": None, "counted": "lives taken by the earthquake and tsunami", "source": None, "approx": None,
   "note": "lead, no attribution in its sentence (UNHCR is named four sentences later, for the repeated toll): source null; same key as the other tolls"},
  {"quantity": K+"us_total_assistance", "text": "$11 million", "value": 11e6, "unit": "USD", "counted": "total U.S. contributions to the relief effort", "source": None, "approx": "around",
   "note": "'That boosts to nearly $11 million total U.S. contributions': 'nearly' -> around; the running total ($3.7 million on 6 October; 'up to $11.7 million' in Fact Sheet #2)"},
  {"text": "$6.7 million", "value": 6.7e6, "unit": "USD", "counted": "U.S. contributions through USAID's Office of Foreign Disaster Assistance", "source": None, "approx": None,
   "note": "'including $6.7 million through the U.S. Agency for International Development’s Office of Foreign Disaster Assistance': the OFDA part of the total, appears here only"},
  {"quantity": K+"magnitude", "text": "7.5", "value": 7.5, "unit": None, "counted": "earthquake magnitude", "source": None, "approx": None},
  {"quantity": K+"dead", "text": "2,000", "ctx": "Some 2,000 people", "value": 2000, "unit": None, "counted": "people killed", "source": UNHCR, "approx": "around",
   "note": "'Some 2,000 people were killed, and hundreds are still missing on the island, according to the United Nations High Commissioner for Refugees.': claimant UNHCR; 'Some' -> around"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "people still missing on the island", "source": UNHCR, "approx": None,
   "note": "same sentence, claimed by UNHCR; the only count of the missing in the story"},
  {"quantity": K+"additional_aid_oct18", "text": "$3 million", "ctx": "Part of the $3 million", "value": 3e6, "unit": "USD", "counted": "additional U.S. assistance", "source": None, "approx": None,
   "note": "'Part of the $3 million in additional assistance will provide temporary jobs': the same tranche as the lead's"},
 ],
 "events": [
  {"actor": None, "date": "2018-09-28", "date_text": "on September 28", "what": "the earthquake and tsunami that devastated Sulawesi",
   "note": "a date on the noun phrase 'the earthquake and tsunami on September 28 that devastated the island of Sulawesi': natural event, no agent"},
 ],
 "actors": [
  {"name": "United States", "type": "country", "aliases": ["The United States"]},
  {"name": OFDA, "type": "organisation", "aliases": ["the U.S. Agency for International Development’s Office of Foreign Disaster Assistance"]},
  {"name": "USAID", "type": "organisation", "aliases": ["USAID", "USAID disaster assistance teams", "The USAID team"]},
  {"name": "Government of Indonesia", "type": "government", "aliases": ["the government of Indonesia"]},
  {"name": UNHCR, "type": "organisation", "aliases": ["the United Nations High Commissioner for Refugees"]},
  {"name": "World Vision", "type": "organisation", "aliases": ["World Vision"]},
  {"name": JD, "type": "person", "aliases": ["U.S. Ambassador Joseph R. Donovan Jr."]},
 ],
 "notes": [
  "ShareAmerica (US Department of State) report on $3 million more U.S. aid for the Sulawesi earthquake and tsunami, not dated in the stored copy and taken as Thursday 18 October 2018, the day USAID's Fact Sheet #2 gives for the announcement (see meta published_evidence; the only date expression is 'on September 28', so nothing depends on the day). The stored copy has no headline; line 1 is rebuilt from the address slug. Story sulawesi_quake_us_aid_2018 (see state_2018_sulawesi_us_provides_disaster_relief).",
  "Quotes: one, Ambassador Donovan's, speaker canonical 'Joseph R. Donovan Jr.' as in the 6 October State Department item.",
  "Figures and keys: additional_aid_oct18 ($3 million twice; with the two $3 million of Fact Sheet #2), dead (2,000 in the lead, no claimant; 'Some 2,000' claimed by UNHCR), us_total_assistance ('nearly $11 million'), displaced ('tens of thousands left homeless', vague), magnitude (7.5). '$6.7 million' (OFDA's part) and 'hundreds' missing (UNHCR) appear in this item only. Disagreement across items: the U.S. total is 'nearly $11 million' here and 'up to $11.7 million' in the fact sheet (which counts DoD's authorised 'up to $5 million').",
  "Events: 'on September 28' (the quake; no agent). No other date expression.",
  "Actors: the United States (is sending), USAID's OFDA (channel of $6.7 million), USAID (teams working, operating out of Jakarta and Balikpapan, working with World Vision), the government of Indonesia (set up a staging area), UNHCR (claimant), World Vision (partner), Donovan (speaker). Not actors: the U.S. military (coordinated with), humanitarian organizations (unnamed).",
  "first reading (annotator): annotated against FORMAT.md from the stored copy; build_gold run until OK; the two '2,000' and two '$3 million' pinned by ctx.",
  "second reading (checker): re-read the whole item: the lead's toll left without claimant (UNHCR is attributed only in the later sentence, four sentences on, not the next one) and the 'Some 2,000' and 'hundreds' given to UNHCR; 'nearly' and 'Some' -> around; 'tens of thousands' vague and keyed displaced; the date on the noun phrase without agent; no change.",
 ],
}
