K = "dambulla_bus_bombing_2008:"
MIL = "Sri Lankan military"
GOV = "Sri Lankan government"
LTTE = "Tamil Tigers"
ANN = {
 "article": "articles/voa_2008_sri_lanka_bus_blast_dambulla.txt",
 "gold_out": "gold/voa_2008_sri_lanka_bus_blast_dambulla.json",
 "published": "2008-02-02",
 "quotes": [],
 "figures": [
  {"quantity": K+"killed", "text": "18", "value": 18, "unit": None, "counted": "killed in the bus blast", "source": None, "approx": "at least", "ctx": "Kills At Least 18",
   "note": "headline (rebuilt from the address slug): no claimant in the headline itself, so null; same quantity as the military's 'at least 18' in the lead"},
  {"quantity": K+"killed", "text": "18", "value": 18, "unit": None, "counted": "people killed by the explosion on a civilian bus", "source": MIL, "approx": "at least", "ctx": "at least 18 people",
   "note": "'Sri Lanka's military says an explosion ... has killed at least 18 people'"},
  {"quantity": K+"wounded", "text": "50", "value": 50, "unit": None, "counted": "others wounded", "source": MIL, "approx": "more than", "ctx": "more than 50 others",
   "note": "same sentence, under 'Sri Lanka's military says'"},
  {"text": "150 kilometers", "value": 150, "unit": "km", "counted": "distance from Dambulla north to Colombo", "source": None, "approx": "around",
   "note": "'about 150 kilometers north of the capital': VOA's own voice; about -> around"},
  {"text": "100", "value": 100, "unit": None, "counted": "passengers on the bus", "source": None, "approx": "at least",
   "note": "'The bus was carrying at least 100 passengers': VOA's voice (no claimant in the sentence or the next)"},
  {"text": "70,000", "value": 70000, "unit": None, "counted": "people killed since the rebels began fighting in 1983", "source": None, "approx": "at least",
   "note": "background toll of the civil war in VOA's own voice"},
 ],
 "events": [
  {"actor": None, "date": "2008-02-02", "date_text": "Saturday", "what": "bus blast in Dambulla",
   "note": "'The blast occurred Saturday': an intransitive verb of the blast with no agent in the sentence; the president blames the Tamil Tigers, but only as his claim ('blaming it on Tamil Tiger rebels'), and the Tigers made no claim, so null. Saturday = the publication day (see meta)"},
  {"actor": GOV+" and "+LTTE, "date": "2002", "date_text": "2002", "what": "the Norwegian-brokered cease-fire between the government and the rebels",
   "note": "a year on a noun ('a 2002 Norwegian-brokered cease-fire with the rebels'): the cease-fire is the government's with the rebels, so the joint parties; Norway only brokered it"},
  {"actor": GOV, "date": "2008-01", "date_text": "in January", "what": "the government formally pulled out of the cease-fire",
   "note": "'Sri Lanka's government formally pulled out of ... in January': the government is the subject of the dated verb; January 2008"},
  {"actor": LTTE, "date": "1983", "date_text": "in 1983", "what": "the rebels began fighting for an independent homeland",
   "note": "'since the rebels began fighting ... in 1983': the rebels are the subject of 'began'"},
 ],
 "actors": [
  {"name": MIL, "type": "organisation", "aliases": ["Sri Lanka's military"]},
  {"name": "Mahinda Rajapakse", "type": "person", "aliases": ["Sri Lankan President Mahinda Rajapakse", "Mahinda Rajapakse", "The president"]},
  {"name": LTTE, "type": "group", "aliases": ["Tamil Tiger rebels", "Tamil Tigers", "the rebel group", "the rebels"]},
  {"name": GOV, "type": "organisation", "aliases": ["Sri Lanka's government"]},
 ],
 "notes": [
  "VOA News report (no byline; AP, AFP and Reuters credited) of Saturday 2 February 2008 (date inferred, see meta) on the bombing of a civilian bus at Dambulla, central Sri Lanka; story dambulla_bus_bombing_2008. Keys: killed (headline and lead, 'at least 18') and wounded ('more than 50'); other outlets that day had 20 killed and 50 wounded.",
  "The headline is rebuilt from the address slug; its '18' is kept as a figure with a null source (the headline names no claimant).",
  "No quotes: the president's 'what he called a savage attack' and his other words are reported without quote marks. The toll is the military's; the president's statement gives no figures.",
  "Not figures: '2002' and '1983' (years, annotated as events), 'much of the island's north'. No number token is left unannotated.",
  "Events: 'Saturday' (the blast, no agent), '2002' (the cease-fire, joint parties), 'in January' (the government's withdrawal), 'in 1983' (the rebels began fighting).",
  "second reading by the annotator: re-read the item fully against FORMAT.md sections 1-2; checked the double spaces kept in the text, the approximators (at least / more than / about -> around), the km unit, the four date expressions and their agents, and that no surface form is shared by two actors.",
 ],
}
