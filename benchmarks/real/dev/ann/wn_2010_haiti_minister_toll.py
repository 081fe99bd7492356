L = "Marie-Laurence Jocelyn Lassegue"
ANN = {
 "article": "articles/wn_2010_haiti_minister_toll.txt",
 "gold_out": "gold/wn_2010_haiti_minister_toll.json",
 "published": "2010-01-25",
 "quotes": [
  {"text": "Nobody knows how many bodies are buried in the rubble \u2014 200,000, 300,000? Who knows the overall death toll?",
   "speaker": L, "speaker_mention": "Lassegue"},
 ],
 "figures": [
  {"quantity": "haiti_quake_2010:confirmed_dead_port_au_prince", "text": "150,000", "value": 150000, "unit": None, "counted": "dead in capital", "source": L, "approx": "more than",
   "ctx": "Over 150,000 dead", "note": "headline 'Haitian minister: Over 150,000 dead': the claimant is the minister named before the colon"},
  {"quantity": "haiti_quake_2010:confirmed_dead_port_au_prince", "text": "150,000", "value": 150000, "unit": None, "counted": "people in Port-au-Prince confirmed dead", "source": L, "approx": "more than",
   "ctx": "over 150,000 people"},
  {"text": "7.0", "value": 7.0, "unit": None, "counted": "earthquake magnitude", "source": None, "approx": None, "quantity": "haiti_quake_2010:magnitude"},
  {"quantity": "haiti_quake_2010:bodies_in_rubble_guess", "text": "200,000", "value": 200000, "unit": None, "counted": "bodies buried in the rubble", "source": L, "approx": None,
   "note": "a guess inside the minister's quote ('200,000, 300,000?'), two rival values for the same unknown quantity"},
  {"quantity": "haiti_quake_2010:bodies_in_rubble_guess", "text": "300,000", "value": 300000, "unit": None, "counted": "bodies buried in the rubble", "source": L, "approx": None},
  {"text": "111,481", "value": 111481, "unit": None, "counted": "bodies recovered from rubble", "source": "United Nations", "approx": None,
   "note": "the UN reports the Haitian government's count; the reporting subject (the UN) is the claimant. Whole-country count, not the capital's 150,000: different scope, no shared key"},
  {"text": "75,000", "value": 75000, "unit": None, "counted": "corpses buried in mass graves", "source": None, "approx": "at least",
   "note": "stated in Wikinews' own voice ('Meanwhile, ...'), no claimant"},
 ],
 "events": [
  {"actor": "United Nations", "date": "2010-01-24", "date_text": "Yesterday", "what": "reported government found 111,481 bodies"},
  {"actor": "Haitian government", "date": "2010-01-23", "date_text": "on Saturday", "what": "announced end of search for survivors"},
 ],
 "actors": [
  {"name": L, "type": "person", "aliases": ["Minister Marie-Laurence Jocelyn Lassegue", "Marie-Laurence Jocelyn Lassegue", "Lassegue", "The Haitian government Communications Minister", "Haitian minister"]},
  {"name": "Haitian government", "type": "organisation", "aliases": ["the Haitian government", "The government"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["the United Nations"]},
  {"name": "Associated Press", "type": "organisation", "aliases": ["the Associated Press"]},
  {"name": "CNE", "type": "organisation", "aliases": ["CNE", "a state company, CNE"]},
 ],
 "notes": [
  "Wikinews rewrite of an AP report (Monday 25 January 2010): the minister's quote is relayed through 'the Associated Press reports Lassegue as commenting'; the speaker is Lassegue, AP is only the relay.",
  "Figures of three kinds that must not be merged: 150,000 confirmed dead in Port-au-Prince (minister; headline and body share a key), 111,481 bodies recovered (UN report of the government count, whole country), 75,000 buried in mass graves (outlet's voice); 200,000 and 300,000 are the minister's guesses of bodies still in the rubble (one key, rival values).",
  "'magnitude 7.0' is annotated as a measure (unit null). 'recent' (earthquake) is vague, not an event; 'now' is vague.",
  "The headline 'Haitian minister: Over 150,000 dead ...' attributes the figure to the minister (headline style 'X: claim').",
 ],
}
