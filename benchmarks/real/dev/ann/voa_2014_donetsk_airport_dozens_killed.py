UG = "Ukrainian government"
UF = "Ukrainian government forces"
PS = "pro-Russian separatists"
B = "Alexander Borodai"
L = "Oleksandr Lukyanchenko"
US = "unnamed pro-Russian separatist (Reuters)"
RL = "rebel leaders"
K = "donetsk_airport_2014:separatists_killed"
ANN = {
 "article": "articles/voa_2014_donetsk_airport_dozens_killed.txt",
 "gold_out": "gold/voa_2014_donetsk_airport_dozens_killed.json",
 "published": "2014-05-27",
 "quotes": [
  {"text": "From our side, there are more than 50 [dead]", "speaker": B, "speaker_mention": "the prime minister of the rebels' self-styled Donetsk People's Republic, Alexander Borodai",
   "note": "curly marks; the trailing comma before the closing mark is dropped; the bracketed '[dead]' is the outlet's insertion inside the quotation and is kept as printed"},
  {"text": "We failed because their numbers were greater than ours several fold. We seized the main airport building, but afterwards they started shelling, firing from jet fighters and helicopters",
   "speaker": US, "speaker_mention": "the separatist",
   "note": "trailing comma dropped; the speaker is the unnamed separatist of the previous paragraph ('a pro-Russian separatist who declined to be identified'), named away from the quote as 'the separatist, who was shot in the leg'"},
 ],
 "figures": [
  {"quantity": K, "text": "Dozens", "value": None, "vague": True, "unit": None, "counted": "of militants killed in battle for Donetsk airport", "source": None, "approx": None, "ctx": "Dozens of Militants",
   "note": "headline, outlet's voice: the 'media reports' claimant is two sentences later, in the second paragraph, not the next sentence"},
  {"quantity": K, "text": "dozens", "value": None, "vague": True, "unit": None, "counted": "of militants killed in the assault", "source": "media reports", "approx": None, "ctx": "dozens of militants",
   "note": "'..., according to media reports': the claimant is the (unnamed) media reports"},
  {"text": "20", "value": 20, "unit": None, "counted": "bodies in combat fatigues in one room of a city morgue", "source": "Reuters", "approx": None,
   "note": "'Reuters journalists counted 20 bodies': a count of bodies in one room only, a part of the toll, no key"},
  {"text": "one", "value": 1, "unit": None, "counted": "room of a city morgue", "source": "Reuters", "approx": None, "ctx": "in one room"},
  {"quantity": K, "text": "50", "value": 50, "unit": None, "counted": "dead on the rebels' side", "source": B, "approx": "more than",
   "note": "inside Borodai's quotation 'From our side, there are more than 50 [dead]': separatist dead"},
  {"text": "two", "value": 2, "unit": None, "counted": "civilians died", "source": L, "approx": None, "ctx": "two civilians"},
  {"quantity": K, "text": "38", "value": 38, "unit": None, "counted": "combatants died", "source": L, "approx": None,
   "note": "the mayor's count of combatants who died; the government says it suffered no losses, so the combatants are the separatist dead and the figure is keyed with the separatists' toll (Borodai 'more than 50', the unnamed separatist 'at least 100', rebel leaders 'up to 100'; '30 to 35' and 'the estimated 50' in the other items)"},
  {"text": "48", "value": 48, "unit": "years", "counted": "age of Petro Poroshenko", "source": None, "approx": None, "note": "'48-year-old'"},
  {"quantity": K, "text": "100", "value": 100, "unit": None, "counted": "rebels killed in Monday's battle for the airport", "source": US, "approx": "at least", "ctx": "At least 100 rebels",
   "note": "'said a pro-Russian separatist who declined to be identified, according to Reuters': the separatist claims, Reuters relays"},
  {"quantity": K, "text": "100", "value": 100, "unit": None, "counted": "death toll for rebel forces", "source": RL, "approx": "up to", "ctx": "up to 100",
   "note": "'Rebel leaders told the AP that the death toll for their forces could rise to up to 100'"},
 ],
 "events": [
  {"actor": UG, "date": "2014-05-27", "date_text": "on Tuesday", "what": "said it had regained control of the Donetsk airport", "ctx": "Ukraine said on Tuesday",
   "note": "'Ukraine said on Tuesday that ...': the date modifies 'said', whose agent is Ukraine (the government in Kyiv)"},
  {"actor": UF, "date": "2014-05-27", "date_text": "on Tuesday", "what": "assault continued", "ctx": "which continued on Tuesday",
   "note": "'the unprecedented assault by Ukrainian government forces, which continued on Tuesday': the assault is the forces' (by-agent of the noun)"},
  {"actor": UF + " and " + PS, "date": "2014-05-26", "date_text": "Monday's", "what": "battle for control of the airport in Donetsk", "ctx": "Monday's battle",
   "note": "date on a noun ('Monday's battle for control of the airport'): a battle fought by both sides named in the item (the separatists who seized the airport, the Ukrainian forces who assaulted it), so a joint actor"},
 ],
 "actors": [
  {"name": UG, "type": "organisation", "aliases": ["Ukraine", "the government", "The government"]},
  {"name": UF, "type": "organisation", "aliases": ["Ukrainian government forces"]},
  {"name": PS, "type": "group", "aliases": ["pro-Russian separatist gunmen", "militants", "Militants", "the rebels"]},
  {"name": "media reports", "type": "organisation", "aliases": ["media reports"]},
  {"name": "Reuters", "type": "organisation", "aliases": ["Reuters journalists", "Reuters"]},
  {"name": B, "type": "person", "aliases": ["Alexander Borodai", "the prime minister of the rebels' self-styled Donetsk People's Republic, Alexander Borodai"]},
  {"name": L, "type": "person", "aliases": ["Donetsk mayor Oleksandr Lukyanchenko"]},
  {"name": RL, "type": "group", "aliases": ["rebel leaders", "Rebel leaders"]},
  {"name": "AFP", "type": "organisation", "aliases": ["the French news agency AFP"]},
  {"name": "AP", "type": "organisation", "aliases": ["the AP"]},
  {"name": US, "type": "person", "aliases": ["a pro-Russian separatist who declined to be identified", "the separatist"]},
  {"name": "Vladimir Putin", "type": "person", "aliases": ["Russian President Vladimir Putin"]},
 ],
 "notes": [
  "VOA News report of Tuesday 27 May 2014 on the battle for Donetsk airport (26-27 May 2014); story donetsk_airport_2014 with voa_2014_donetsk_rebel_30_35_dead (27 May, a rebel's toll of 30-35) and voa_2014_separatists_down_helicopter (29 May, Ria Novosti's 'estimated 50 rebel fighters killed Monday').",
  "Separatist death toll claimed by five sources: 'dozens' (headline; media reports), 'more than 50' (Borodai), '38 combatants' (mayor Lukyanchenko; the government reports no losses of its own), 'at least 100' (an unnamed separatist, via Reuters), 'up to 100' (rebel leaders, via the AP): all keyed donetsk_airport_2014:separatists_killed. The 20 bodies counted in one morgue room, the two civilians and the 48-year-old's age have no partner.",
  "Relayed claims: the claimant is the one who speaks (Borodai, the mayor, the unnamed separatist, the rebel leaders), not the agency that reports it (Reuters, AFP, AP). 'rebel leaders suggested that the toll ... could be higher' carries no number.",
  "Not figures: 'a day' in 'After a day of punishing air strikes' (indefinite duration), 'several fold' (vague multiplier inside the quotation, not a count), 'for the first time' (ordinal), 'no losses'.",
  "Not events: 'hours after Ukrainians overwhelmingly voted' (relative to an undated election), 'afterwards' inside the quote. Putin's demand and the government's statement carry no date.",
  "'Ukraine' is the government (metonym) in 'Ukraine said'; 'in Ukraine' is a place. 'Moscow's right' is possessive of a place-metonym that does not act here.",
  "second reading: checked the quote spans (curly marks, trailing commas dropped, '[dead]' kept), the two '100's (different claimants and hedges: 'At least' vs 'up to'), Tuesday = 27 May and Monday = 26 May 2014, and that every speaker/source is an actor.",
 ],
}
