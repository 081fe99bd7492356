NB = "Neil Bush"
OH = "Office of the UN High Commissioner for Human Rights"
S = "ukraine_humanitarian_crisis_un_2022:"
ANN = {
 "article": "articles/govuk_2022_osce_special_meeting_364_killed.txt",
 "gold_out": "gold/govuk_2022_osce_special_meeting_364_killed.json",
 "published": "2022-03-07",
 "quotes": [],
 "figures": [
  {"text": "two", "ctx": "two weeks", "value": 2, "unit": "weeks", "counted": "time since Putin ordered Russia's forces to invade Ukraine", "source": NB, "approx": "around",
   "note": "'It is almost two weeks since President Putin ordered ...': 'almost' -> around; the speaker's own words (speech convention). text 'two' (number word; unit word separate, as '12' in '12 miles'); a duration, not an event"},
  {"text": "1,123", "value": 1123, "unit": None, "counted": "civilian casualties", "source": OH, "approx": "at least",
   "note": "'Between 24 February and 5 March, OHCHR reported at least 1,123 civilian casualties': claimed by OHCHR. Casualties (killed and injured): not the same quantity as the killed counts of the story, no key"},
  {"quantity": S+"civilians_killed", "text": "364", "value": 364, "unit": None, "counted": "people killed (among the civilian casualties)", "source": OH, "approx": None,
   "note": "'including 364 people killed': inside OHCHR's reported count; 'at least' is printed only before 1,123, so null here. Civilians killed in Ukraine since the invasion (24 February to 5 March): same key as OHCHR's 227 to 1 March (govuk_2022_osce_ohchr_227_civilians_killed) and the UN's 'hundreds' of 28 February (govuk_2022_unsc_half_million_fled)"},
 ],
 "events": [
  {"actor": "United Kingdom", "date": "2022-03-07", "date_text": "7 March 2022", "what": "UK statement at the special OSCE meeting on Russia's aggression against Ukraine",
   "note": "headline 'UK statement, 7 March 2022': the date labels the noun 'statement', whose author the headline names (the UK; delivered by Ambassador Neil Bush), as in govuk_2022_osce_ohchr_227_civilians_killed"},
  {"actor": OH, "date": "2022-02-24/2022-03-05", "date_text": "Between 24 February and 5 March", "what": "OHCHR reported at least 1,123 civilian casualties, including 364 people killed",
   "note": "'Between 24 February and 5 March, OHCHR reported at least 1,123 civilian casualties': the fronted expression modifies 'reported', whose agent is OHCHR; it is also the period of the casualties (24 February, the invasion, to Saturday 5 March 2022)"},
 ],
 "actors": [
  {"name": NB, "type": "person", "aliases": ["UK Ambassador Neil Bush"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["UK", "the United Kingdom"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia", "the Russian government", "Russia’s leaders"]},
  {"name": "Russian armed forces", "type": "organisation", "aliases": ["Russia’s forces", "Russian forces"]},
  {"name": "Vladimir Putin", "type": "person", "aliases": ["President Putin"]},
  {"name": OH, "type": "organisation", "aliases": ["OHCHR"]},
 ],
 "notes": [
  "GOV.UK: UK statement by Ambassador Neil Bush, UK Permanent Representative to the OSCE, at the special OSCE Permanent Council meeting of Monday 7 March 2022 (date in the title). Story ukraine_humanitarian_crisis_un_2022 with govuk_2022_unsc_half_million_fled (28 February), govuk_2022_osce_ohchr_227_civilians_killed (3 March) and govuk_2022_unsc_1_7_million_refugees (7 March).",
  "Cross-item key civilians_killed: OHCHR's 364 killed (24 February-5 March) here, OHCHR's 227 (to 1 March) on 3 March and the UN's 'hundreds' on 28 February: the same toll on different days. The dropped cut last paragraph held UNHCR's 'over 1.5 million' refugees (it would have shared refugees_fled_ukraine), but it is cut mid-sentence in the stored copy and is not in the item.",
  "Speech convention: the text after the standfirst is Bush's, without quote marks: no quotes ('Russia’s leaders said they had no plan to invade Ukraine' is reported speech without marks). 'two weeks' is his; 1,123 and 364 are what 'OHCHR reported'.",
  "Events: the headline date (the UK's statement) and 'Between 24 February and 5 March' (OHCHR reported). Left out: 'almost two weeks since' (a duration; it counts back to Putin's order of 24 February but is approximate, kept as a figure), 'In the days since', 'Since we last met' (no date), 'every hour'.",
  "Actors: Bush, the UK ('the United Kingdom stands united'), Russia ('Russia’s leaders said ... they lied'; 'the Russian government' is called out), the Russian armed forces ('Russian forces have conducted barbaric attacks'; 'Russia’s forces' ordered to invade), Putin (ordered the invasion; his decision to shell) and OHCHR. The Ukrainian people, 'our partners' and 'Mr Chair' (unnamed) do not act.",
  "Not figures: '24 February', '5 March', '7 March 2022' (dates). 'causalities' is the page's own slip for 'casualties', kept.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (7 March 2022 = Monday; three number expressions: two weeks, 1,123, 364; no quote marks; 'Russia's' in the headline is a straight apostrophe as stored, curly in the body; aliases exact and unshared); no change.",
 ],
}
