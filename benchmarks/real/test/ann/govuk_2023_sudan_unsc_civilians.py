ANN = {
 "article": "articles/govuk_2023_sudan_unsc_civilians.txt",
 "gold_out": "gold/govuk_2023_sudan_unsc_civilians.json",
 "published": "2023-11-16",
 "quotes": [],
 "figures": [
  {"text": "six million", "value": 6000000, "approx": "more than", "counted": "people displaced inside and outside Sudan", "source": "James Kariuki"},
  {"text": "millions", "value": None, "vague": True, "counted": "people plunged into starvation and insecurity by the fighting", "source": "James Kariuki"},
  {"text": "thousands", "value": None, "vague": True, "counted": "people trapped without access to basic services", "source": "James Kariuki"},
 ],
 "events": [
  {"actor": "Juba Peace Agreement signatories", "date": "2023-11-16", "date_text": "today", "what": "announced end of their neutrality in the conflict"},
 ],
 "actors": [
  {"name": "James Kariuki", "type": "person", "aliases": ["Ambassador James Kariuki"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["UK"]},
  {"name": "Martha Pobee", "type": "person", "aliases": ["ASG Pobee"]},
  {"name": "Rapid Support Forces", "type": "armed group", "aliases": ["Rapid Support Forces", "RSF"]},
  {"name": "Sudanese Armed Forces", "type": "armed forces", "aliases": ["Sudanese Armed Forces", "SAF"]},
  {"name": "Juba Peace Agreement signatories", "type": "group", "aliases": ["signatories to the Juba Peace Agreement"]},
 ],
 "notes": [
  "second reading: no change (quotes, figures, events, actors and dates checked against the text).",
  "Speech delivered at the UN Security Council: the whole text is Ambassador Kariuki's (standfirst 'Statement by Ambassador James Kariuki'), without quote marks; his figures have source James Kariuki.",
  "'today' is the speaker's own reference day (the day of the meeting), not 'today' inside a quotation, so it is annotated.",
  "'the recent RSF offensive' is vague and not an event.",
  "ASG Pobee is Martha Ama Akyaa Pobee, UN Assistant Secretary-General; the text gives only 'ASG Pobee'.",
  "Story sudan_war_2023 is shared with state_2023_sudan_war_crimes_briefing (US Department of State); they state no common quantity, so no quantity keys.",
 ],
}
