ANN = {
 "article": "articles/state_2016_refugee_summit_preview.txt",
 "gold_out": "gold/state_2016_refugee_summit_preview.json",
 "published": "2016-09-16",
 "quotes": [],
 "figures": [
  {"text": "45", "value": 45, "unit": "minutes", "counted": "time available for the call", "source": "briefing moderator", "approx": "around", "ctx": "about 45 minutes"},
  {"text": "65 million", "value": 65000000, "counted": "people displaced worldwide", "source": "Anne Richard", "approx": "more than"},
  {"text": "21 million", "value": 21000000, "counted": "refugees among the displaced", "source": "Anne Richard", "approx": "more than"},
  {"text": "half", "value": 0.5, "unit": "share", "counted": "share of refugees who are children", "source": "Anne Richard", "approx": "more than"},
 ],
 "events": [],
 "actors": [
  {"name": "Anne Richard", "type": "person", "aliases": ["Assistant Secretary Anne Richard", "Assistant Secretary Richard"]},
  {"name": "briefing moderator", "type": "person", "aliases": ["Moderator"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["President Obama"]},
  {"name": "U.S. Department of State", "type": "organisation", "aliases": ["the U.S. Department of State"]},
 ],
 "notes": [
  "Teleconference transcript with speaker labels ('Moderator:', 'Assistant Secretary Richard:'); no quote marks, so no quotes.",
  "No events: 'Today', 'today' and 'today’s' (three times) are all inside the moderator's speech and left out by the guidelines (they would all be 2016-09-16, the briefing date); 'since World War II' is a period without a datable point; 'upcoming' is vague.",
  "'World War II' is a designation, not a figure.",
  "Story refugee_summit_2016, shared with the GOV.UK speech of Theresa May at the Leaders' Summit (20 September 2016); no quantity stated by both.",
  "The moderator is unnamed in the text; the actor is named 'briefing moderator'.",
  "second reading: no change (quotes, figures, events, actors and quantity keys checked against the text)",
 ],
}
