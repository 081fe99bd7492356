ANN = {
 "article": "articles/voa_2012_meningitis_death_toll.txt",
 "gold_out": "gold/voa_2012_meningitis_death_toll.json",
 "published": "2012-10-09",
 "quotes": [],
 "figures": [
  {"quantity": "us_fungal_meningitis_2012:deaths", "text": "11", "ctx": "say 11 people", "value": 11, "counted": "people who have died from the fungal meningitis outbreak", "source": "U.S. federal health officials"},
  {"quantity": "us_fungal_meningitis_2012:cases", "text": "119", "value": 119, "counted": "cases of meningitis associated with the outbreak", "source": "Centers for Disease Control and Prevention"},
  {"quantity": "us_fungal_meningitis_2012:people_possibly_injected", "text": "13,000", "value": 13000, "counted": "people who may have been injected with the contaminated steroid", "source": "Centers for Disease Control and Prevention"},
  {"quantity": "us_fungal_meningitis_2012:states_receiving_steroid", "text": "23", "value": 23, "counted": "states where people may have been injected", "source": "Centers for Disease Control and Prevention"},
  {"quantity": "us_fungal_meningitis_2012:states_with_cases", "text": "10", "value": 10, "counted": "states that have reported a case", "source": None,
   "note": "the outlet's own voice ('A total of 10 states have now reported'); not the same quantity as the 23 states that received the steroid"},
  {"text": "one", "value": 1, "approx": "at least", "counted": "case of the disease per reporting state", "source": None, "ctx": "at least one case"},
  {"text": "one", "value": 1, "unit": "months", "approx": "up to", "counted": "time it can take for symptoms to appear", "source": None, "ctx": "as long as one month"},
  {"text": "five", "value": 5, "counted": "different types of meningitis", "source": None},
 ],
 "events": [
  {"actor": "Centers for Disease Control and Prevention", "date": "2012-10-09", "date_text": "Tuesday", "what": "updated figures, reported 119 meningitis cases",
   "note": "bare weekday without 'on'; the post is dated Tuesday 9 October 2012, so Tuesday is the publication day"},
 ],
 "actors": [
  {"name": "U.S. federal health officials", "type": "group", "aliases": ["U.S. federal health officials", "officials"]},
  {"name": "Centers for Disease Control and Prevention", "type": "organisation", "aliases": ["the Centers for Disease Control and Prevention", "The CDC", "the CDC"]},
  {"name": "New England Compounding Center", "type": "organisation", "aliases": ["the New England Compounding Center", "The company that made the steroid"]},
 ],
 "notes": [
  "VOA Breaking News blog post, no quotes: every count is attributed by a reporting verb ('U.S. federal health officials say 11 ...', 'the Centers for Disease Control and Prevention reported 119 ...', 'The CDC says 13,000 people in 23 states ...') or stated in the outlet's voice (10 states, one month, five types).",
  "The 11 deaths are credited to 'U.S. federal health officials', kept apart from the CDC because the text does not say they are CDC officials; 'officials' in 'But officials say they do not know ...' is the same group.",
  "Quantity keys are shared with nothing else in this set but keep cumulative deaths, cases, people possibly injected, states that received the steroid (23) and states with cases (10) apart.",
  "'at least one case' is a count threshold (value 1, 'at least'); 'a virus or a parasite' are not counts; 'now' is not a date expression.",
 ],
}
