AO = "Afghan officials"
T = "Taliban"
KE = "Kai Eide"
W = "Abdul Rahim Wardak"
ZK = "Zalmay Khalilzad"
K = "lashkar_gah_attack_2008_10:"
ANN = {
 "article": "articles/voa_2008_lashkar_gah_18_taliban_killed.txt",
 "gold_out": "gold/voa_2008_lashkar_gah_18_taliban_killed.json",
 "published": "2008-10-15",
 "quotes": [],
 "figures": [
  {"quantity": K+"taliban_killed", "text": "18", "ctx": "18 Taliban Killed", "value": 18, "unit": None, "counted": "Taliban killed in the attack on the provincial capital", "source": None, "approx": None,
   "note": "headline '18 Taliban Killed in Attack on Afghan Provincial Capital': no claimant in the headline (outlet's voice); same toll as the lead's 'at least 18' (same key)"},
  {"quantity": K+"taliban_killed", "text": "18", "ctx": "at least 18 Taliban militants", "value": 18, "unit": None, "counted": "Taliban militants killed", "source": AO, "approx": "at least",
   "note": "'Afghan officials say at least 18 Taliban militants were killed in the second attack this week'"},
  {"text": "six", "value": 6, "unit": None, "counted": "police officers killed at a checkpoint north of the city", "source": None, "approx": None,
   "note": "'Gunmen also killed six police officers at a checkpoint north of the city.': the sentence has no attribution of its own; the 'They say' of the sentence before (the officials) governs only that sentence, and the rule takes a claimant named in the same or the next sentence, so source null (doubtful: a reader may take the officials as the source of the whole paragraph)"},
 ],
 "events": [
  {"actor": T, "date": "2008-10-13/2008-10-19", "date_text": "this week", "what": "the second attack this week on a key southern provincial capital (Lashkar Gah)",
   "note": "'killed in the second attack this week': the date sits on the noun 'attack'; the next sentence says who launched it ('the militants launched the attack'), the Taliban militants -> Taliban. 'this week' = the ISO week of Wednesday 15 October 2008 (13-19 October)"},
  {"actor": T, "date": "2008-10-14", "date_text": "late Tuesday", "what": "the militants launched the attack on Lashkar Gah",
   "note": "'They say the militants launched the attack late Tuesday on Lashkar Gah': agent of 'launched' = 'the militants' (the Taliban militants of the lead); Tuesday before Wednesday 15 October 2008 = 14 October"},
  {"actor": KE, "date": "2008-10-14", "date_text": "Earlier Tuesday", "what": "the UN's top envoy in Afghanistan said the Taliban insurgency has spread",
   "note": "'Earlier Tuesday, the United Nations' top envoy in Afghanistan said ...': the envoy is Kai Eide (named in the next sentence); 'Earlier Tuesday' = Tuesday 14 October 2008"},
  {"actor": None, "date": "2008-07-01/2008-08-31", "date_text": "in July and August of this year", "what": "Afghanistan saw the highest number of attacks (Eide's report to the Security Council)",
   "note": "'Afghanistan saw the highest number of attacks in July and August of this year': the date modifies 'saw', whose subject Afghanistan undergoes rather than acts; the attacks' agent is not named in the sentence -> null (doubtful: a reader might give the attacks to the Taliban insurgency of the paragraph before). July and August 2008 as one day interval (the format has no month interval)"},
  {"actor": None, "date": "2002", "date_text": "since 2002", "what": "the highest number of attacks since 2002",
   "note": "'the highest number of attacks in July and August of this year, since 2002': comparison period of the same clause, no agent -> null (as 'since 1999' of a state in the set)"},
  {"actor": W, "date": "2008-10-14", "date_text": "Also on Tuesday", "what": "Defense Minister Wardak said violence is high",
   "note": "'Also on Tuesday, Afghanistan's Defense Minister, Abdul Rahim Wardak, said violence is high': agent of 'said'; Tuesday 14 October 2008"},
 ],
 "actors": [
  {"name": AO, "type": "group", "aliases": ["Afghan officials"]},
  {"name": T, "type": "group", "aliases": ["Taliban", "Taliban militants", "the militants"]},
  {"name": "gunmen", "type": "group", "aliases": ["Gunmen"]},
  {"name": KE, "type": "person", "aliases": ["Kai Eide", "Eide", "the United Nations' top envoy in Afghanistan", "the U.N. envoy"]},
  {"name": W, "type": "person", "aliases": ["Abdul Rahim Wardak", "Afghanistan's Defense Minister"]},
  {"name": ZK, "type": "person", "aliases": ["Zalmay Khalilzad", "the U.S. ambassador to the United Nations Zalmay Khalilzad"]},
  {"name": "United States", "type": "country", "aliases": ["the United States", "the U.S."]},
 ],
 "notes": [
  "VOA News report of Wednesday 15 October 2008 (date line), kept from GlobalSecurity.org's copy, on a Taliban attack on Lashkar Gah, Helmand's provincial capital, late on Tuesday 14 October, with UN envoy Kai Eide's Security Council briefing, Defense Minister Wardak's remarks and Ambassador Khalilzad's regret for civilian deaths; story lashkar_gah_attack_2008_10 (the only item of the story in this folder; voa_2008_helmand_taliban_kill_four_police in real/dev is an April 2008 Helmand item of another story).",
  "Quotes: none; the text has no quote marks (the straight apostrophes of 'United Nations'', 'country's', 'Afghanistan's' are not quote marks).",
  "Figures: '18' (headline, outlet's voice) and 'at least 18' (Afghan officials) share lashkar_gah_attack_2008_10:taliban_killed; 'six' police officers killed at a checkpoint by gunmen, source null (the sentence carries no attribution; see its note). Not figures: 'second attack' (ordinal), '2002' (year), 'July and August' (dates), 'the highest number' (no number).",
  "Events: 'this week' (the attack, Taliban), 'late Tuesday' (militants launched the attack, Taliban), 'Earlier Tuesday' (Eide said), 'in July and August of this year' and 'since 2002' (null: Afghanistan 'saw' attacks, a comparison period), 'Also on Tuesday' (Wardak said). Left out: 'Meanwhile' (no date), the credit line.",
  "Actors: the Taliban militants are one actor 'Taliban' (headline 'Taliban', lead 'Taliban militants', 'the militants'); the 'Gunmen' who killed six police at a checkpoint are not said to be Taliban and are kept apart. Kai Eide is 'the United Nations' top envoy in Afghanistan' and 'the U.N. envoy'. Not listed: the U.N. Security Council (only addressed), Afghanistan, the Afghan government and Pakistan (do not act), AP and Reuters (credit line only), 'foreign militants' (undated, generic).",
  "First reading: annotated top to bottom against FORMAT.md. Second reading (as checker): re-read each sentence for its attribution ('Afghan officials say' for the lead toll; 'They say' for the launch; no attribution for the six police), each event's agent (militants launched; Eide and Wardak said; 'saw' not agentive), and the dates against the published Wednesday 15 October 2008 (checked with datetime: Tuesday = 14 October; ISO week 13-19 October). No change after the second reading except the note on the doubtful null source of 'six'.",
 ],
}
