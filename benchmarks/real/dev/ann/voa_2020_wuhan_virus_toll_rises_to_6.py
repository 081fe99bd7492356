S = "wuhan_coronavirus_2020"
CHO = "Chinese health officials"
ANN = {
 "article": "articles/voa_2020_wuhan_virus_toll_rises_to_6.txt",
 "gold_out": "gold/voa_2020_wuhan_virus_toll_rises_to_6.json",
 "published": "2020-01-21",
 "quotes": [],
 "figures": [
  {"quantity": S + ":deaths_china", "text": "6", "value": 6, "unit": None, "counted": "deaths in China from the new coronavirus", "source": None, "approx": None,
   "note": "headline 'Death Toll Rises to 6': VOA's own voice, no claimant. The earliest toll of the story: 17 (with an earlier nine) on 22 January, 213 on 31 January share the key"},
  {"quantity": S + ":deaths_china", "text": "six", "value": 6, "unit": None, "counted": "people dead in China from the new coronavirus", "source": None, "approx": None, "ctx": "risen to six people",
   "note": "'The death toll in China ... has risen to six people': VOA's voice, no claimant in the sentence"},
  {"quantity": S + ":deaths_china", "text": "six", "value": 6, "unit": None, "counted": "fatalities reported in Wuhan", "source": None, "approx": None, "ctx": "All six fatalities",
   "note": "'All six fatalities have been reported in ... Wuhan': passive without an agent; the 'health officials say' of the while-clause governs the case count, not this clause, so null. Same toll as the headline (all deaths are in Wuhan)"},
  {"quantity": S + ":cases_china", "text": "291", "value": 291, "unit": None, "counted": "cases of the new coronavirus in total", "source": CHO, "approx": None,
   "note": "'health officials say the total number of cases has risen to 291': the officials are China's (the sentence is about Wuhan and the Chinese total); 440 on 22 January and 'nearly 10,000' on 31 January share the key"},
  {"quantity": S + ":medical_workers_infected", "text": "15", "value": 15, "unit": None, "counted": "medical workers among the cases", "source": CHO, "approx": None,
   "note": "'including 15 medical workers', inside the health officials' claim; 'Fifteen medical workers' on 22 January shares the key"},
  {"text": "35", "value": 35, "unit": "years", "counted": "age of the woman with the first South Korean case", "source": "South Korean health officials", "approx": None,
   "note": "'35-year-old woman', inside what South Korean health officials said"},
 ],
 "events": [
  {"actor": "National Health Commission", "date": "2020-01-20", "date_text": "Monday", "what": "announced the virus can be transmitted person-to-person", "ctx": "announced Monday",
   "note": "'China's National Health Commission announced Monday that ...': active verb, the commission is the agent; Monday before the Tuesday report"},
  {"actor": "South Korean health officials", "date": "2020-01-20", "date_text": "Monday", "what": "said they confirmed a case in a woman who flew from Wuhan", "ctx": "said Monday",
   "note": "'South Korean health officials said Monday they confirmed a case': the date modifies 'said'; agent the officials"},
 ],
 "actors": [
  {"name": "National Health Commission", "type": "organisation", "aliases": ["China's National Health Commission"]},
  {"name": CHO, "type": "group", "aliases": ["health officials"]},
  {"name": "South Korean health officials", "type": "group", "aliases": ["South Korean health officials"]},
  {"name": "Thailand", "type": "country", "aliases": ["Thailand"]},
  {"name": "Japan", "type": "country", "aliases": ["Japan"]},
  {"name": "Wuhan officials", "type": "group", "aliases": ["Officials in Wuhan"]},
 ],
 "notes": [
  "VOA News report of Tuesday 21 January 2020 (page undated; date worked out in the meta edits), first item of story wuhan_coronavirus_2020 with voa_2020_wuhan_virus_toll_rises_to_17 (22 January) and voa_2020_china_nearly_10000_cases (31 January). No quote marks at all, so no quotes.",
  "Keys across the story: deaths_china (6 / six / six here; nine and 17 on 22 January; 213 on 31 January), cases_china (291 here; 440 on 22 January; nearly 10,000 on 31 January), medical_workers_infected (15 here, Fifteen on 22 January).",
  "'health officials' (third paragraph) are read as China's health officials: canonical 'Chinese health officials', the name VOA uses on 22 January.",
  "Events: only the two 'Monday's. 'Officials in Wuhan have begun screening ...' and 'Thailand and Japan have also confirmed cases' carry no date. The dropped last paragraph held '1.4 billion', not annotated.",
  "Not figures: 'a case' (article), 'a type of pneumonia'. 'Japan' and 'Thailand' also occur as places in the airport list; the alias is the name.",
  "second reading: re-read the whole item against FORMAT.md (text against the stored copy, every number token, the two Mondays = 2020-01-20, sources, keys); no change.",
 ],
}
