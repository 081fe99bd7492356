K = "ebola_west_africa_2014:"
H = "Health officials"
W = "World Health Organization"
L = "Liberian Ministry of Health"
ANN = {
 "article": "articles/voa_2014_ebola_death_toll_59_guinea.txt",
 "gold_out": "gold/voa_2014_ebola_death_toll_59_guinea.json",
 "published": "2014-03-24",
 "quotes": [],
 "figures": [
  {"quantity": K+"guinea_deaths_mar_2014", "text": "59", "value": 59, "unit": None, "counted": "Ebola deaths in Guinea", "source": None, "approx": None, "occ": 1,
   "note": "headline (rebuilt from the address), the outlet's voice. 'Up to 59' means the toll has risen to 59, not 'at most': approx null"},
  {"quantity": K+"guinea_deaths_mar_2014", "text": "59", "value": 59, "unit": None, "counted": "people killed by the hemorrhagic fever outbreak in Guinea", "source": H, "approx": None, "occ": 2,
   "note": "'Health officials say an outbreak ... has now killed 59 people': claimed by unnamed health officials (an actor as in the Uganda 2012 items); same toll as the headline"},
  {"text": "86", "value": 86, "unit": None, "counted": "suspected Ebola cases in Guinea", "source": W, "approx": None,
   "note": "'The World Health Organization reports a total of 86 suspected Ebola cases in Guinea'"},
  {"text": "13", "value": 13, "unit": None, "counted": "cases confirmed by lab results", "source": W, "approx": None,
   "note": "'13 of which have been confirmed by lab results': in the same WHO report"},
  {"text": "two", "value": 2, "unit": None, "counted": "suspected cases in the capital, Conakry, that tested negative", "source": W, "approx": None, "ctx": "two suspected cases",
   "note": "'The WHO said on its Twitter feed Monday that tests for two suspected cases ... came back negative'"},
  {"text": "five", "value": 5, "unit": None, "counted": "suspected Ebola-related deaths in Liberia", "source": L, "approx": None,
   "note": "'the Ministry of Health in neighboring Liberia reports five suspected Ebola-related deaths'"},
  {"text": "three", "value": 3, "unit": None, "counted": "Liberians among the victims", "source": L, "approx": None,
   "note": "'It says the victims were three Liberians and two Guineans': 'It' = the Liberian health ministry of the sentence before (a pronoun, not listed as an alias)"},
  {"text": "two", "value": 2, "unit": None, "counted": "Guineans among the victims", "source": L, "approx": None, "ctx": "two Guineans",
   "note": "same sentence as 'three', claimant 'It' (the Liberian ministry)"},
  {"text": "16", "value": 16, "unit": None, "counted": "people killed by an Ebola outbreak in Uganda in 2012", "source": None, "approx": "at least",
   "note": "outlet's voice (background). Not keyed with uganda_ebola_2012:deaths (14 in the July 2012 VOA items): the text does not say which of Uganda's two 2012 outbreaks it means, and this is a retrospective total"},
 ],
 "events": [
  {"actor": W, "date": "2014-03-24", "date_text": "Monday", "what": "WHO said on Twitter that tests for two suspected cases in Conakry came back negative",
   "note": "'The WHO said on its Twitter feed Monday': subject of 'said' is the WHO; Monday 24 March 2014 (the report's day, see meta)"},
  {"actor": None, "date": "2012", "date_text": "in 2012", "what": "an Ebola outbreak in Uganda killed at least 16 people",
   "note": "'An Ebola outbreak in Uganda in 2012 killed ...': an outbreak is no one's act, so null"},
 ],
 "actors": [
  {"name": H, "type": "group", "aliases": ["Health officials"]},
  {"name": W, "type": "organisation", "aliases": ["The World Health Organization", "The WHO"]},
  {"name": L, "type": "organisation", "aliases": ["the Ministry of Health in neighboring Liberia"]},
 ],
 "notes": [
  "VOA News report of Monday 24 March 2014 (date and headline inferred, see meta) on the early Ebola toll in Guinea (59 deaths, 86 suspected cases) and five suspected deaths in Liberia; story ebola_west_africa_2014 with voa_2014_ebola_toll_nears_5000 (October) and the DOD and GOV.UK Ebola items.",
  "Claimants: unnamed 'Health officials' (the toll), the World Health Organization ('reports', then 'The WHO said on its Twitter feed Monday'), and the Liberian Ministry of Health, which is also the claimant of the next sentence through the pronoun 'It' ('It says the victims were three Liberians and two Guineans'). No quote marks: no quotes.",
  "The headline 'Up to 59' and the body's 59 share ebola_west_africa_2014:guinea_deaths_mar_2014 (Guinea's toll in March 2014; not the same quantity as the outbreak-wide deaths_total of October). 'Up to' in the headline is 'risen to', so approx null.",
  "'Health officials' opens two sentences (the toll; the advice to caretakers): one actor, as the text gives no way to tell them apart. 'caretakers', 'the victims', 'Liberians', 'Guineans' do not act.",
  "Not figures: 'one of the most highly contagious viral diseases' (a pronoun), '2012' (a year). 'now' is not an event.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: both 'two' pinned with ctx, the pronoun claimant checked, 'Monday' resolved to 24 March 2014.",
 ],
}
