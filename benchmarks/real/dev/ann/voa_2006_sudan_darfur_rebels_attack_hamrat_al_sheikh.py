A = "Sudanese army"
RB = "JEM-linked rebels"
G = "Sudanese government"
K = "hamrat_al_sheikh_attack_2006:"
ANN = {
 "article": "articles/voa_2006_sudan_darfur_rebels_attack_hamrat_al_sheikh.txt",
 "gold_out": "gold/voa_2006_sudan_darfur_rebels_attack_hamrat_al_sheikh.json",
 "published": "2006-07-04",
 "quotes": [],
 "figures": [
  {"quantity": K+"deaths", "text": "12", "value": 12, "unit": None, "counted": "people killed by Darfur rebels", "source": A, "approx": None, "ctx": "Rebels Killed 12",
   "note": "headline 'Sudanese Army Says Darfur Rebels Killed 12': the army is the claimant named in the headline itself (the lead gives the number to 'A local official'; the headline's own attribution is kept)"},
  {"text": "400", "value": 400, "unit": "km", "counted": "distance of the town from Khartoum", "source": None, "approx": "around",
   "note": "'about 400 kilometers from Khartoum': unit word not glued, so the span is the number with unit km; 'about' = around; VOA's voice"},
  {"quantity": K+"deaths", "text": "12", "value": 12, "unit": None, "counted": "people had died", "source": "local official", "approx": None, "ctx": "12 people had died",
   "note": "'A local official said 12 people had died.'"},
  {"text": "50", "value": 50, "unit": None, "counted": "trucks armed with heavy weapons", "source": "police", "approx": None,
   "note": "'The rebels attacked the town with 50 trucks ..., according to police reports': claimed by the police"},
  {"text": "200,000", "value": 200000, "unit": None, "counted": "people killed in the civil war", "source": None, "approx": "more than",
   "note": "'Over 200,000 people have been killed': 'Over' = more than; VOA's voice, no claimant"},
  {"text": "two million", "value": 2000000, "unit": None, "counted": "people displaced in the civil war", "source": None, "approx": None},
  {"text": "three", "value": 3, "unit": "years", "counted": "years of civil war", "source": None, "approx": None,
   "note": "duration 'in the three years of civil war'"},
 ],
 "events": [
  {"actor": RB, "date": "2006-07-03", "date_text": "Monday", "ctx": "attacked Monday", "what": "JEM-linked forces attacked the town of Hamrat al-Sheikh",
   "note": "passive with a by-agent: 'the town ... was attacked Monday by forces linked to the Justice and Equality Movement (JEM)' (inside the army's reported statement); Monday before the Tuesday 4 July 2006 report. The agent is the forces linked to JEM, kept apart from the JEM itself (the text says only 'linked to')"},
  {"actor": None, "date": "2004-04", "date_text": "since April 2004", "what": "truce between the Khartoum government and Darfur rebels in force",
   "note": "dates the start of a standing truce ('a truce ... since April 2004'): a state, no agreeing act is narrated, so no agent"},
  {"actor": G+" and Sudan Liberation Movement", "date": "2006-05", "date_text": "in May", "what": "peace deal signed in Abuja",
   "note": "passive with a by-agent: 'a peace deal signed in the Nigerian capital Abuja in May by Khartoum and the main Darfur rebel group, the Sudan Liberation Movement' (joint actor); May of the publication year"},
  {"actor": "Lam Akol", "date": "2006-07-03", "date_text": "on Monday", "what": "Lam Akol said the peace deal cannot be changed",
   "note": "'Foreign Minister Lam Akol speaking from Khartoum on Monday said ...': the speaker of the dated 'speaking'/'said'"},
 ],
 "actors": [
  {"name": A, "type": "organisation", "aliases": ["The Sudanese army", "the army", "Sudanese Army"]},
  {"name": "local official", "type": "person", "aliases": ["A local official"]},
  {"name": RB, "type": "group", "aliases": ["Rebels from the Sudanese region of Darfur", "forces linked to the Justice and Equality Movement (JEM)", "The rebels", "Darfur Rebels"]},
  {"name": "Justice and Equality Movement", "type": "organisation", "aliases": ["Justice and Equality Movement", "JEM", "the JEM"]},
  {"name": "police", "type": "organisation", "aliases": ["police"]},
  {"name": G, "type": "organisation", "aliases": ["the Khartoum government", "Khartoum", "the government in Khartoum"]},
  {"name": "Sudan Liberation Movement", "type": "organisation", "aliases": ["the main Darfur rebel group, the Sudan Liberation Movement", "Sudan Liberation Movement"]},
  {"name": "Jan Pronk", "type": "person", "aliases": ["Head of the United Nations mission in Sudan, Jan Pronk", "Jan Pronk"]},
  {"name": "Lam Akol", "type": "person", "aliases": ["Foreign Minister Lam Akol", "Lam Akol"]},
  {"name": "United States", "type": "country", "aliases": ["The United States"]},
 ],
 "notes": [
  "VOA News report of Tuesday 4 July 2006 (date from the URL) on the attack of Monday 3 July 2006 on Hamrat al-Sheikh in North Kordofan by Darfur rebels linked to JEM; story hamrat_al_sheikh_attack_2006 (single item so far). No quote marks: every claim is reported speech ('the army says', 'A local official said', 'according to police reports'), so no quotes.",
  "Key within the item: hamrat_al_sheikh_attack_2006:deaths (headline 12 claimed by the army, lead 12 claimed by a local official).",
  "Actors: the attackers ('Rebels from the Sudanese region of Darfur', 'forces linked to the Justice and Equality Movement (JEM)', 'The rebels', the headline's 'Darfur Rebels') are one group, kept apart from the JEM (which 'rejects a peace deal'). 'Darfur rebels' in 'a truce between the Khartoum government and Darfur rebels' and 'rebel groups' (Pronk) are the rebels in general and are not aliases. 'Khartoum' as the government is a metonym ('signed ... by Khartoum', 'Khartoum continues to deny'). 'They said they outnumbered the security forces' - 'They' (the police reports) is a pronoun, not listed. 'the security forces' do nothing the text dates or attributes.",
  "'Government aircraft have been sent' is an agentless passive without a date: no event. 'in the three years of civil war' is a duration (a figure, not an event).",
  "second careful reading against FORMAT.md done: checked every number token (12 x2, 400, 50, 200,000, two million, three) and their claimants, all date expressions (Monday, since April 2004, in May, on Monday) and their agents, and that the text carries no quote marks.",
 ],
}
