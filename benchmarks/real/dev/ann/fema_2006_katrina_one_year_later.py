K = "katrina_recovery_2006:"
P = "R. David Paulison"
F = "Federal Emergency Management Agency"
ANN = {
 "article": "articles/fema_2006_katrina_one_year_later.txt",
 "gold_out": "gold/fema_2006_katrina_one_year_later.json",
 "published": "2006-08-22",
 "quotes": [
  {"text": "Hurricane Katrina's sheer force overwhelmed local, state and federal agencies", "speaker": P, "speaker_mention": "FEMA Director David Paulison", "fragment": False,
   "note": "'\"...,\" said FEMA Director David Paulison.': comma before the closing mark dropped; the quotation continues after the attribution, so it is two quotes"},
  {"text": "We saw our capabilities stretched further than at any time in FEMA's 30-year history.  Along with our state and local partners, we worked tirelessly to support the immediate and long-term needs of disaster victims.", "speaker": P, "speaker_mention": "FEMA Director David Paulison", "fragment": False,
   "note": "second half of the quotation interrupted by 'said FEMA Director David Paulison.'; double space between the sentences and final full stop inside the closing mark kept as printed"},
 ],
 "figures": [
  {"text": "52 weeks", "value": 52, "unit": "weeks", "counted": "weeks in which FEMA has worked to meet the needs of those affected", "source": None, "approx": None,
   "note": "'In the last 52 weeks, ... FEMA ... have worked': a duration (the year since landfall), release's voice, null"},
  {"text": "30", "ctx": "30-year", "value": 30, "unit": "years", "counted": "years of FEMA's history", "source": P, "approx": None,
   "note": "'FEMA's 30-year history' inside Paulison's quote: the agency's age, claimed by him"},
  {"quantity": K+"residents_in_congregate_shelters", "text": "275,000", "value": 275000, "unit": None, "counted": "Gulf Coast residents forced into congregate (group) shelters", "source": None, "approx": "around",
   "note": "'nearly 275,000 Gulf Coast residents were forced into congregate (group) shelters': 'nearly' -> around; release's voice. Key for other Katrina items (FEMA's 'By the Numbers' of the same day gives 'more than 270,000 into shelters'; not in the set)"},
  {"quantity": K+"families_in_hotels_peak", "text": "85,000", "value": 85000, "unit": None, "counted": "families provided transitional housing in hotel or motel rooms at the peak", "source": None, "approx": "around",
   "note": "'some 85,000 families were being provided transitional housing ...': 'some' -> around; release's voice"},
  {"text": "40", "value": 40, "unit": None, "counted": "states with hotel or motel rooms for displaced families", "source": None, "approx": "more than",
   "note": "'in more than 40 states': 'more than' -> more than; release's voice"},
 ],
 "events": [
  {"actor": None, "date": "2005-08-29", "date_text": "on Aug. 29, 2005", "what": "Hurricane Katrina struck the Gulf Coast",
   "note": "'Hurricane Katrina, which struck the Gulf Coast on Aug. 29, 2005': a storm, not an agent (as 'Storms Desmond and Eva hit the areas' -> null in the dev set)"},
  {"actor": None, "date": "2005-10", "date_text": "last October", "what": "at its peak some 85,000 families were provided transitional housing in hotel or motel rooms",
   "note": "'At its peak last October, some 85,000 families were being provided transitional housing': passive without a by-agent -> null (FEMA is the agent of 'began moving families' in the sentence before, which is not dated). 'last October' from 22 August 2006 = October 2005"},
 ],
 "actors": [
  {"name": F, "type": "organisation", "aliases": ["FEMA", "Federal Emergency Management Agency"]},
  {"name": P, "type": "person", "aliases": ["FEMA Director David Paulison"]},
 ],
 "notes": [
  "FEMA release HQ-06-127 of Tuesday 22 August 2006, 'Hurricane Katrina, One-Year Later', kept from the End of Term 2008 archive of fema.gov; the last paragraph (cut mid-word) dropped. First item of story katrina_recovery_2006.",
  "Quotes: Paulison's statement interrupted by 'said FEMA Director David Paulison.' gives two quotes, both his.",
  "Figures: '52 weeks' (duration, null), '30-year' (in Paulison's quote, his), 'nearly 275,000' residents in shelters, 'some 85,000' families in hotels, 'more than 40' states (release's voice, null). Keys katrina_recovery_2006:residents_in_congregate_shelters and :families_in_hotels_peak for later items. Not figures: 'One-Year' in the headline (the anniversary: a date-like period, 'the year since' likewise, no count), 'years - not months' (no number), the dates 2005 / Aug. 29.",
  "Events: 'on Aug. 29, 2005' (Katrina struck, null) and 'last October' (the peak of hotel housing, passive, null). Left out: 'In the last 52 weeks' (a duration, FORMAT.md leaves durations out; its number is a figure), 'the year since', 'In the immediate aftermath' and 'throughout' (vague or relative to the storm, no date expression), 'One-Year Later' (headline; no dated act).",
  "Actors: FEMA (has worked, began moving families, opened a recovery office; 'FEMA', 'Federal Emergency Management Agency'; canonical name as in the dev FEMA items' style) and Paulison (speaker; full name R. David Paulison). Not actors: the Department of Homeland Security (only locates FEMA), the American Red Cross (partner in 'in coordination with'), 'local, state and federal agencies' (object of Paulison's sentence).",
  "second reading (checker): re-read against FORMAT.md sections 1-2 and the stored excerpt: the two halves of Paulison's quotation and their attribution, the dropped comma and the kept final stop and double space; approximators nearly/some -> around, 'more than' -> more than; dates against 22 August 2006 ('last October' = 2005-10); 'FEMA' alias also inside the quote (FEMA's) is the same actor; no change.",
 ],
}
