OL = "Owei Lakemfa"
GOV = "Nigerian government"
ANN = {
 "article": "articles/voa_2012_nigeria_strike_to_proceed_despite_court.txt",
 "gold_out": "gold/voa_2012_nigeria_strike_to_proceed_despite_court.json",
 "published": "2012-01-08",
 "quotes": [
  {"text": "There are going to be general protests and street rallies, and it will be indefinite", "speaker": OL, "speaker_mention": "Lakemfa", "fragment": False,
   "note": "single quote marks; the comma before the closing mark is dropped; attribution 'said Lakemfa' follows"},
  {"text": "We are protesting the government decision to increase to the price of petrol by between 120 and 220 percent, which is unprecedented. It has already led to a lot of hardships. Food prices have increased and there is hyper-inflation, and these are the things we told the government will happen from the beginning.",
   "speaker": OL, "speaker_mention": "Lakemfa", "fragment": False,
   "note": "the second part of the quote interrupted by 'said Lakemfa' (a separate quote); final '.' inside the marks kept"},
 ],
 "figures": [
  {"text": "120 and 220 percent", "value": 120, "value_max": 220, "unit": "%", "counted": "increase in the price of petrol", "source": OL,
   "note": "inside Lakemfa's quote: 'by between 120 and 220 percent' - a range, claimed by the union spokesman"},
  {"text": "88 cents", "value": 0.88, "unit": "USD", "approx": "around", "counted": "fuel price per liter after the subsidy ended", "source": None,
   "note": "'Fuel prices doubled to about 88 cents a liter': VOA's own voice, not Lakemfa's; about -> around"},
  {"text": "one", "ctx": "least one person", "value": 1, "approx": "at least", "counted": "person dead", "source": "protesters",
   "note": "'Protestors say the government's use of force ... has left at least one person dead'"},
 ],
 "events": [
  {"actor": None, "date": "2012-01-09", "date_text": "Monday", "ctx": "Proceed Monday", "what": "general strike to proceed (headline)",
   "note": "headline 'Nigeria Strike to Proceed Monday': future weekday after Sunday 8 January = Monday 9 January; the subject is the strike itself and no agent is named in the clause (like 'the ceasefire began'), so actor null"},
  {"actor": None, "date": "2012-01-09", "date_text": "today (Monday)", "what": "general strike scheduled to begin",
   "note": "'a general strike ... scheduled to begin today (Monday), will proceed': the parenthesised weekday fixes the day, Monday 9 January 2012 (the copy is dated Sunday 8 January; see meta published_evidence); passive 'scheduled' without agent and intransitive 'begin': actor null"},
  {"actor": GOV, "date": "2012-01-01", "date_text": "January 1", "what": "the administration ended fuel subsidies",
   "note": "'The administration ended fuel subsidies January 1': active verb, agent the administration (the Nigerian government)"},
 ],
 "actors": [
  {"name": "Nigeria Labor Congress", "type": "organisation", "aliases": ["Nigeria Labor Congress"]},
  {"name": OL, "type": "person", "aliases": ["Owei Lakemfa", "Lakemfa", "The spokesman for the Nigeria Labor Congress"]},
  {"name": GOV, "type": "government", "aliases": ["the government", "The administration", "the administration"]},
  {"name": "Nigerian industrial court", "type": "organisation", "aliases": ["industrial court"]},
  {"name": "protesters", "type": "group", "aliases": ["Protestors"]},
 ],
 "notes": [
  "VOA report by Peter Clottey dated Sunday 8 January 2012, on the eve of the general strike against the end of Nigeria's fuel subsidy (kept from a web mirror of a gopher archive of VOA's feed); story nigeria_fuel_subsidy_strike_2012 with voa_2012_nigeria_unions_end_fuel_strike (16 January, the end of the strike, which dates its launch 'a week ago', Monday 9 January).",
  "Speaker named away from the quote: the lead names 'The spokesman for the Nigeria Labor Congress', the second paragraph 'Owei Lakemfa'; the quotes are attributed by 'said Lakemfa' between their two parts.",
  "Figure claimants: the 120-220 percent rise is Lakemfa's (inside his quote); the 'about 88 cents' price is VOA's voice; 'at least one person dead' is claimed by 'Protestors'. No quantity is shared with the 16 January item (different prices: after removal here, after the rollback and before the removal there).",
  "Not figures: 'doubled' (verb), 'January 1' (date), 'many others injured' ('many' is not a number). Not events: 'from the beginning' (inside the quote, vague); 'talks ... failed' and 'an industrial court order restraining' are undated.",
  "Second careful read of the whole item against FORMAT.md sections 1-2 done by the annotator (single-quote marks and the comma before the closing mark, the quote split by its attribution, 'today (Monday)' against the Sunday date line).",
 ],
}
