Q = "ebola_west_africa_2014"
S = "Ellen Johnson Sirleaf"
L = "Liberia"
ANN = {
 "article": "articles/voa_2014_liberia_christmas_goal_no_ebola_cases.txt",
 "gold_out": "gold/voa_2014_liberia_christmas_goal_no_ebola_cases.json",
 "published": "2014-11-16",
 "quotes": [
  {"text": "that is understanding of the prevailing challenges.", "speaker": S, "speaker_mention": "She", "fragment": True,
   "note": "a phrase quoted inside reported speech ('saying it was necessary to appoint a team of officials \"...\"'); the speaker is the subject 'She', i.e. President Sirleaf named in the paragraph before; the final '.' inside the marks kept"},
  {"text": "extremely ill.", "speaker": "U.S. authorities", "speaker_mention": "authorities", "fragment": True,
   "note": "'authorities reported that a surgeon ... is \"extremely ill.\"': a phrase quoted inside reported speech; the speaker is the unnamed U.S. authorities; final '.' kept"},
 ],
 "figures": [
  {"quantity": Q + ":deaths_liberia", "text": "2,800", "value": 2800, "unit": None, "counted": "Ebola deaths recorded in Liberia", "source": None, "approx": "more than",
   "note": "'More than 2,800 of West Africa's 5,165 Ebola deaths have been recorded in Liberia': passive without agent, no claimant in the text"},
  {"quantity": Q + ":deaths_total", "text": "5,165", "value": 5165, "unit": None, "counted": "Ebola deaths in West Africa", "source": None, "approx": None,
   "note": "outlet's voice; the epidemic's toll, the same quantity as voa_2014_ebola_toll_nears_5000 in dev ('Nears 5,000', WHO 'at least 4,922'), two weeks later"},
 ],
 "events": [
  {"actor": L, "date": "2014-12-25", "date_text": "December 25", "ctx": "Sets December 25 Goal", "what": "Liberia's goal of recording no new Ebola cases by this day",
   "note": "headline; the date is on the noun 'Goal' (the goal of no new cases by then); the goal is Liberia's ('Liberia Sets ... Goal'), as 'Russia has pledged to withdraw its troops by 2008' in dev gives Russia"},
  {"actor": L, "date": "2014-12-25", "date_text": "by Christmas, December 25", "what": "Liberia's national goal of recording no new Ebola cases",
   "note": "'Liberia, has set a national goal of recording no new cases by Christmas, December 25': the deadline modifies 'recording', whose subject is Liberia (subject of 'has set'); Christmas and its appositive date are one expression"},
  {"actor": S, "date": "2014-11-16", "date_text": "Sunday", "ctx": "radio address Sunday", "what": "Sirleaf said in a nationwide radio address that the path to recovery will be difficult",
   "note": "agent of 'said in a nationwide radio address Sunday'; Sunday = the publication day, 16 November 2014"},
  {"actor": "U.S. health officials", "date": "2014-11-16", "date_text": "Sunday", "ctx": "Also Sunday", "what": "U.S. health officials said travelers from Mali will be screened and monitored",
   "note": "'Also Sunday, U.S. health officials said ...': agent of 'said'; the expression as printed is 'Also Sunday', its date part 'Sunday'"},
 ],
 "actors": [
  {"name": L, "type": "country", "aliases": ["Liberia"]},
  {"name": S, "type": "person", "aliases": ["President Ellen Johnson Sirleaf"]},
  {"name": "U.S. health officials", "type": "organisation", "aliases": ["U.S. health officials"]},
  {"name": "U.S. authorities", "type": "organisation", "aliases": ["authorities"]},
 ],
 "notes": [
  "VOA News report of Sunday 16 November 2014 (date inferred, see meta) on President Sirleaf's goal of no new Ebola cases in Liberia by Christmas, U.S. screening of travelers from Mali and Dr. Martin Salia's condition; story ebola_west_africa_2014 with voa_2014_ebola_toll_nears_5000 and dod_2014_kirby_ebola_timeline in dev.",
  "Quotes: two short quoted phrases inside reported speech, both fragments: Sirleaf's ('She', named in the paragraph before) and the U.S. authorities' ('extremely ill.').",
  "Keys: the West African toll 5,165 shares ebola_west_africa_2014:deaths_total with the dev item of 31 October / 1 November ('5,000', WHO '4,922'): the same quantity at a later time. Liberia's 'More than 2,800' is a narrower scope (own key ebola_west_africa_2014:deaths_liberia).",
  "Not figures: 'December 25' (date), 'several cabinet officials' and 'a number of confirmed cases' (no number). Not events: 'in recent days' (vague). 'Martin Salia' does not act (he 'contracted Ebola', 'is being treated'): not an actor; Mali, Sierra Leone, Guinea, Nebraska are places.",
  "'Liberia' as an actor alias: the headline subject and 'Liberia, has set'; the other mentions ('arriving from Liberia', 'recorded in Liberia', 'Liberia's health care system') are the same country as a place.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: quote texts with their final '.', the two 'Sunday's told apart by ctx, headline date on the noun 'Goal', the passive 'have been recorded' without claimant.",
 ],
}
