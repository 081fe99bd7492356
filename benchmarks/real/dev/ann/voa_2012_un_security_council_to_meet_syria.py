K = "syria_refugees_2012:"
SC = "United Nations Security Council"
A = "Gérard Araud"
FA = "Laurent Fabius"
ANN = {
 "article": "articles/voa_2012_un_security_council_to_meet_syria.txt",
 "gold_out": "gold/voa_2012_un_security_council_to_meet_syria.json",
 "published": "2012-08-29",
 "quotes": [
  {"text": "They [humanitarian issues] are not political by definition, and you have millions of Syrians who are suffering", "speaker": A, "speaker_mention": "Araud",
   "note": "attribution after the quote ('said Araud'); Araud introduced with his title in the paragraph before; the bracketed gloss is VOA's insertion inside the marks and stays in the text; trailing comma dropped"},
  {"text": "So the French minister of foreign affairs thought that at least on this question we could work together. And we had a very good response because ministers of the countries around Syria, which have a real problem with a lot of refugees, are coming - the Turkish minister, Jordanian minister, Lebanese minister, and there will also be an Iraqi deputy minister - and they will come to us and will tell us what they need to face the humanitarian situation.", "speaker": A, "speaker_mention": "Araud",
   "note": "second quote of the paragraph, continuing after 'said Araud' (no attribution of its own)"},
 ],
 "figures": [
  {"text": "18", "value": 18, "unit": "months", "counted": "age of the Syria crisis", "source": None, "approx": None,
   "note": "'an 18-month-old crisis': the number in a hyphenated age, a duration in months (as '47' in '47-year-old'); outlet's voice"},
  {"text": "2.5 million", "value": 2500000, "unit": None, "counted": "people in need of humanitarian assistance in Syria", "source": None, "approx": "more than",
   "note": "'has left more than 2.5 million people in need': outlet's voice (no claimant named)"},
  {"quantity": K+"refugees_abroad_total", "text": "200,000", "value": 200000, "unit": None, "counted": "others made refugees by the Syria crisis", "source": None, "approx": "more than",
   "note": "'and made more than 200,000 others refugees': all Syrians who have fled abroad, outlet's voice. Not the same quantity as UNHCR's 'up to 200,000' who could flee to Turkey in the reports of 28 August (a projection for one country); keyed on its own"},
  {"text": "15", "value": 15, "unit": None, "counted": "nations on the Security Council", "source": None, "approx": None,
   "note": "'the 15-nation council': a count of members"},
  {"text": "millions", "value": None, "vague": True, "unit": None, "counted": "Syrians who are suffering", "source": A, "approx": None,
   "note": "vague plural inside Araud's quote ('you have millions of Syrians who are suffering'): the speaker claims it"},
 ],
 "events": [
  {"actor": SC, "date": "2012-08-30", "date_text": "on Thursday", "what": "the Security Council will hold a high-level session on the humanitarian situation in Syria",
   "note": "future: 'The United Nations Security Council will hold a high-level session on Thursday': subject of 'will hold'; the Thursday after the Wednesday report = 30 August 2012 (the same day for a report of 27 or 28 August)"},
  {"actor": SC, "date": "2012-08-30", "date_text": "Thursday’s", "what": "the council's meeting on Syria (safe havens unlikely to be an outcome)",
   "note": "a date on a noun ('an outcome of Thursday’s meeting'): the meeting is the session the Security Council holds (named as its act in the first paragraph), so the council is the agent; curly apostrophe as printed"},
 ],
 "actors": [
  {"name": SC, "type": "organisation", "aliases": ["The United Nations Security Council", "the Security Council", "the 15-nation council", "the council"]},
  {"name": FA, "type": "person", "aliases": ["French Foreign Minister Laurent Fabius", "Laurent Fabius", "the French minister of foreign affairs"]},
  {"name": "France", "type": "country", "aliases": ["France"]},
  {"name": A, "type": "person", "aliases": ["French Ambassador Gérard Araud", "Gérard Araud", "Araud"]},
  {"name": "Ban Ki-moon", "type": "person", "aliases": ["U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon"]},
  {"name": "Jan Eliasson", "type": "person", "aliases": ["his deputy, Jan Eliasson", "Jan Eliasson"]},
  {"name": "U.N. High Commissioner for Refugees", "type": "person", "aliases": ["The U.N. high commissioner for refugees"]},
  {"name": "Turkish officials", "type": "group", "aliases": ["Turkish officials"]},
  {"name": "diplomats", "type": "group", "aliases": ["diplomats"]},
 ],
 "notes": [
  "VOA report from the United Nations, taken as of Wednesday 29 August 2012 (date inferred, see meta; 27 or 28 August not ruled out, with no effect on the dates), ahead of the Security Council's meeting of Thursday 30 August on the humanitarian situation in Syria; story syria_refugees_2012 with the two VOA reports of 28 August on the influx of refugees into Jordan and Turkey (voa_2012_syria_refugees_jordan_larger_influx, voa_2012_syria_refugees_strain_neighbors).",
  "Figures: all in the outlet's voice except Araud's 'millions' inside his quote. The 'more than 200,000' refugees (all who have fled Syria) gets its own key syria_refugees_2012:refugees_abroad_total and is not joined to the 'up to 200,000' who could flee to Turkey (UNHCR's projection) in the reports of 28 August: the same number, not the same quantity.",
  "Quotes: two parts of Araud's words around 'said Araud' (speaker introduced by title in the paragraph before; the second part carries no attribution). Not quotes: “safe havens” ('the idea of so-called “safe havens”', a name for the proposal flagged by 'so-called') and \"no-fly zones\" (a term in the diplomats' reported reasoning), both scare quotes/names of a measure.",
  "Events: 'on Thursday' (future session, the council) and 'Thursday’s meeting' (a date on a noun, the same session, the council). Not events: 'monthlong presidency', '18-month-old' (durations), 'who is traveling'.",
  "Actors: 'the French minister of foreign affairs' in Araud's quote is Fabius (a description, listed as his alias). 'The U.N. high commissioner for refugees' (the office holder, unnamed, who will brief) is a person; 'they' ('More likely, they say') is the diplomats (a pronoun, not an alias). The ministers of Syria's neighbours are named only inside the quote and are not listed; 'council members' and 'members' are parts of the council and do not act on their own.",
  "Headline rebuilt from the page address (see meta); it carries no figure, date or quote.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: quote texts without the marks (the bracketed gloss kept, trailing comma of the first part dropped, final full stop of the second kept), 'more than 2.5 million' and 'more than 200,000' -> more than, '15-nation' and '18-month-old' give the numbers only; the curly apostrophe in 'Thursday’s' matched as printed.",
 ],
}
