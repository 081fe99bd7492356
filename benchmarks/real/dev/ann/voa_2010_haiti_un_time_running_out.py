K = "haiti_quake_2010:"
B = "Ban Ki-moon"
UN = "United Nations"
ANN = {
 "article": "articles/voa_2010_haiti_un_time_running_out.txt",
 "gold_out": "gold/voa_2010_haiti_un_time_running_out.json",
 "published": "2010-01-15",
 "quotes": [
  {"text": "A major humanitarian effort is now well underway", "speaker": B, "speaker_mention": "Ban Ki-moon",
   "note": "speaker named after the quote ('..., said Ban Ki-moon'); the trailing comma before the closing mark is dropped"},
  {"text": "Although it is inevitably slower and more difficult than any of us would wish, we are mobilizing all resources as fast as we possibly can.", "speaker": B, "speaker_mention": "Ban Ki-moon",
   "note": "second half of the quote interrupted by its attribution ('said Ban Ki-moon'): a separate quote with the same speaker"},
 ],
 "figures": [
  {"quantity": K+"deaths_estimate", "text": "45,000 to 50,000", "value": 45000, "value_max": 50000, "unit": None, "counted": "people have died in the rubble", "source": "Red Cross", "approx": None,
   "note": "'The Red Cross estimates 45,000 to 50,000 people have died': a range claimed by the Red Cross. Key deaths_estimate (estimates of the quake's whole death toll) shared with 'more than 40,000' (Red Cross and UN, voa_2010_haiti_un_chief_arrives, 17 Jan) and 'tens of thousands' (voa_2010_haiti_un_chief_promises_aid, 17 Jan); not the Wikinews item's confirmed dead in Port-au-Prince or bodies-in-rubble guesses"},
  {"text": "50 percent", "value": 50, "unit": "%", "counted": "share of buildings in the worst-hit areas damaged or destroyed", "source": UN, "approx": "up to",
   "note": "'The United Nations estimates as many as 50 percent': 'as many as' -> up to. Not keyed with the 10 percent of housing destroyed in Port-au-Prince (voa_2010_haiti_quake_displaces): a different share (buildings in the worst-hit areas, damaged or destroyed)"},
  {"quantity": K+"homeless_port_au_prince", "text": "300,000", "value": 300000, "unit": None, "counted": "homeless", "source": UN, "approx": "around",
   "note": "'leaving some 300,000 homeless' continues the UN's estimate of the same sentence; 'some' = around. The same UN estimate as 'some 300,000 people homeless' in voa_2010_haiti_quake_displaces (same day): shared key"},
  {"text": "three million", "value": 3000000, "unit": None, "counted": "people in the capital area", "source": B, "approx": None,
   "note": "'Ban Ki-moon says many of the capital area's three million people have no food ...': the population figure is stated inside Ban's reported speech"},
  {"text": "$550 million", "value": 550000000, "unit": "USD", "counted": "appeal to the international community for the most immediate needs", "source": B, "approx": None,
   "note": "'He is appealing for $550 million': 'He' = Ban Ki-moon (previous sentence); the amount of his own appeal, claimed by him (as Red Cross/UN appeals elsewhere in dev)"},
  {"text": "$100 million", "value": 100000000, "unit": "USD", "counted": "US commitment to the relief effort", "source": None, "approx": None,
   "note": "'The United States ... has committed $100 million': the pledge is stated in the outlet's voice; the United States is the donor, not a claimant of the number"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "troops arriving to assist with aid distribution", "source": None, "approx": None,
   "note": "'U.S. Navy ships and thousands of troops are arriving': outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2010-01-11/2010-01-17", "date_text": "this week's", "what": "devastating earthquake in Haiti",
   "note": "date on the noun 'earthquake' (the quake of Tuesday 12 January); a natural event, no agent. 'this week' from Friday 15 January 2010 = ISO week Monday 11 - Sunday 17 January"},
  {"actor": None, "date": "2010-01-12", "date_text": "Tuesday's", "what": "quake that damaged the presidential palace and ministries",
   "note": "date on the noun 'quake'; no agent. Tuesday before Friday 15 January = 12 January 2010"},
 ],
 "actors": [
  {"name": B, "type": "person", "aliases": ["U.N. Secretary-General Ban Ki-moon", "U.N. Secretary General Ban Ki-moon", "Ban Ki-moon"]},
  {"name": "Red Cross", "type": "organisation", "aliases": ["The Red Cross"]},
  {"name": "officials", "type": "group", "aliases": ["officials"]},
  {"name": UN, "type": "organisation", "aliases": ["The United Nations"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["U.S. President Barack Obama", "Mr. Obama"]},
  {"name": "Rene Preval", "type": "person", "aliases": ["Haitian President Rene Preval", "Mr. Preval", "the Haitian president"]},
  {"name": "United States", "type": "country", "aliases": ["The United States"]},
 ],
 "notes": [
  "VOA report by Meredith Buel (Washington) of Friday 15 January 2010, three days after the 12 January Haiti earthquake, kept from a GlobalSecurity.org republication; story haiti_quake_2010 with voa_2010_haiti_quake_displaces (same day), wn_2010_haiti_minister_toll and the DOD/USAID items.",
  "Quotes: Ban's statement is one quote interrupted by its attribution placed after the first half ('..., said Ban Ki-moon. \"...\"'): two quotes, both Ban's. Obama's quote ('There are going to be many difficult days ahead,' said President Obama) sat in the last paragraph, cut mid-sentence in the stored copy and dropped.",
  "Figures claimed by named sources: Red Cross (45,000 to 50,000 dead), the United Nations (as many as 50 percent of buildings, some 300,000 homeless), Ban (three million people, $550 million appeal). The 300,000 homeless shares haiti_quake_2010:homeless_port_au_prince with the same-day VOA item (same UN estimate); the Red Cross range shares haiti_quake_2010:deaths_estimate with the two VOA items of 17 January.",
  "Reported speech without quote marks (no quotes): Ban 'says time is running out', 'officials say the window of opportunity ... is beginning to close', 'Mr. Obama says it will take time'. 'spoke', 'was cut off', 'is providing', 'has committed' are undated: no events.",
  "Not figures: none left out; 'U.S. Navy ships' has no number. Datelines and the byline date were removed with the byline.",
  "second reading: re-read the whole item against FORMAT.md: both quote spans (comma dropped, final full stop kept), every number token (45,000 to 50,000; 50 percent; 300,000; three million; $550 million; $100 million; thousands), the two noun-dated events with null actors, and that every speaker/source is an actor name.",
 ],
}
