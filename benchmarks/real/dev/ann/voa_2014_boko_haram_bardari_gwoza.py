G = "suspected Boko Haram gunmen"
OO = "Chris Olukolade and Mike Omeri"
L = "Leadership newspaper"
ANN = {
 "article": "articles/voa_2014_boko_haram_bardari_gwoza.txt",
 "gold_out": "gold/voa_2014_boko_haram_bardari_gwoza.json",
 "published": "2014-06-05",
 "quotes": [
  {"text": "not true.", "speaker": OO, "speaker_mention": "Military spokesman Major-General Chris Olukolade and government communications official Mike Omeri", "fragment": True,
   "note": "both officials 'told VOA that the report is \"not true.\"': joint speaker"},
 ],
 "figures": [
  {"quantity": "nigeria_gwoza_attacks_2014:gwoza_deaths", "text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "Killed in suspected Boko Haram attacks in Nigeria", "source": None, "approx": None, "ctx": "Hundreds Killed",
   "note": "headline, outlet's voice; the 'hundreds' of the body are those of the Gwoza attacks"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "of people shot dead in the village of Bardari", "source": None, "approx": None,
   "note": "outlet's voice; the local source of the next sentence tells how the killing happened, not the number"},
  {"quantity": "nigeria_gwoza_attacks_2014:villages_attacked", "text": "three", "value": 3, "unit": None, "counted": "other villages attacked in the Gwoza district", "source": None, "approx": None, "ctx": "three other villages"},
  {"quantity": "nigeria_gwoza_attacks_2014:gwoza_deaths", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "of people killed in those attacks", "source": "witnesses and officials", "approx": None, "ctx": "killed hundreds of people"},
  {"text": "two", "value": 2, "unit": None, "counted": "towns of Adamawa state attacked", "source": None, "approx": None, "ctx": "two towns"},
  {"quantity": "nigeria_gwoza_attacks_2014:troops_deployed", "text": "thousands", "value": None, "vague": True, "unit": None, "counted": "of troops deployed to the northeast", "source": None, "approx": None},
  {"quantity": "nigeria_gwoza_attacks_2014:officers_court_martialed", "text": "15", "value": 15, "unit": None, "counted": "officers court martialed for cooperating with Boko Haram", "source": L, "approx": None,
   "note": "the number of 'a report' that officials denied; the text names its author two sentences later ('Earlier, the Leadership newspaper reported the military officers were found guilty ...'), so the Leadership newspaper is the claimant"},
  {"quantity": "nigeria_gwoza_attacks_2014:generals_court_martialed", "text": "10", "value": 10, "unit": None, "counted": "generals among the officers court martialed", "source": L, "approx": None},
 ],
 "events": [
  {"actor": None, "date": "2014-06-02/2014-06-08", "date_text": "this week", "what": "fourth such massacre reported",
   "note": "'the fourth such massacre reported this week': passive without agent; the current ISO week (Mon 2 - Sun 8 June 2014)"},
  {"actor": G, "date": "2014-06-02/2014-06-03", "date_text": "Monday and Tuesday", "what": "attacked three other villages in the Gwoza district",
   "note": "one expression covering two days; agent 'Suspected militants'"},
  {"actor": None, "date": "2014-06-05", "date_text": "Thursday", "what": "more attacks reported in Madagali and wa Kubla",
   "note": "passive 'were reported' without agent"},
  {"actor": "Nigerian officials", "date": "2014-06-04", "date_text": "On Wednesday", "what": "denied report that 15 officers were court martialed"},
 ],
 "actors": [
  {"name": G, "type": "group", "aliases": ["Gunmen believed to be Boko Haram militants", "Suspected militants", "the militants", "men wearing military uniforms", "the men"]},
  {"name": "Boko Haram", "type": "organisation", "aliases": ["Boko Haram"]},
  {"name": "local source", "type": "person", "aliases": ["A local source", "The source"]},
  {"name": "witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": "officials", "type": "group", "aliases": ["officials"]},
  {"name": "Nigerian government", "type": "organisation", "aliases": ["The Nigerian government", "the Nigerian government"]},
  {"name": "Nigerian senator", "type": "person", "aliases": ["A Nigerian senator representing a southern Borno district"]},
  {"name": "Nigerian officials", "type": "group", "aliases": ["Nigerian officials"]},
  {"name": "Chris Olukolade", "type": "person", "aliases": ["Military spokesman Major-General Chris Olukolade"]},
  {"name": "Mike Omeri", "type": "person", "aliases": ["government communications official Mike Omeri", "Omeri"]},
  {"name": L, "type": "organisation", "aliases": ["the Leadership newspaper"]},
 ],
 "notes": [
  "VOA News report (no byline) of Thursday 5 June 2014 (date inferred, see meta): the later version of VOA item 1930021, whose earlier version is voa_2014_gwoza_hundreds_killed; story nigeria_gwoza_attacks_2014. This version leads with the Bardari killings of Wednesday night and adds the senator and the Leadership newspaper.",
  "Cross-report figures: the Gwoza toll ('Hundreds' headline; 'hundreds of people', claimed by witnesses and officials) shares nigeria_gwoza_attacks_2014:gwoza_deaths with the earlier version; 'three other villages' = the earlier 'at least three villages' (:villages_attacked); thousands of troops, 15 officers, 10 generals recur (same keys). The Bardari 'dozens' and the 'two towns' of Adamawa have no counterpart (the earlier version names Madagali and 'a second attack' in wa Kubla without a count).",
  "Claimants: 'Witnesses and officials say' -> joint source 'witnesses and officials'; 15 officers / 10 generals -> the Leadership newspaper (named as the reporter two sentences on).",
  "Not figures: 'fourth' (ordinal), 'several localities'. 'Earlier' (the Leadership report) is vague: no event.",
  "second reading: 'this week' kept as an event (ISO week interval); 'Thursday' (reports) is a passive without agent; checked the joint speaker of 'not true.' and that 'Omeri' is a surface form ('Omeri told VOA English to Africa').",
 ],
}
