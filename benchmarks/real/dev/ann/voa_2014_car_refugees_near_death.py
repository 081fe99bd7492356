AG = "United Nations aid agencies"
B = "Elizabeth Byrs"
W = "World Food Program"
R = "refugees from the Central African Republic"
ANN = {
 "article": "articles/voa_2014_car_refugees_near_death.txt",
 "gold_out": "gold/voa_2014_car_refugees_near_death.json",
 "published": "2014-05-23",
 "quotes": [
  {"text": "We are concerned because it is also the start of the rainy season and we anticipate a deterioration of the living condition in the camps, with the risk of diseases", "speaker": B, "speaker_mention": "Byrs",
   "note": "curly opening mark, straight closing mark as printed; trailing comma dropped; Byrs introduced with her title in the paragraph before"},
 ],
 "figures": [
  {"quantity": "car_refugees_cameroon_2014:arrivals", "text": "thousands", "value": None, "vague": True, "unit": None, "counted": "refugees arriving in Cameroon from the Central African Republic", "source": AG, "approx": None,
   "note": "the number sits inside what the agencies express ('are expressing alarm at the health condition of thousands of refugees arriving ...'), and the next sentence repeats the claim ('U.N. aid agencies say growing numbers of refugees are arriving ...'); same quantity as UNHCR's 'thousands' arriving of 11 April (voa_2014_car_refugees_horrific_condition)"},
  {"text": "80 percent", "value": 80, "unit": "%", "counted": "share of women and children in need of therapeutic feeding to survive", "source": B, "approx": "around",
   "note": "'Byrs says about 80 percent ...'"},
  {"text": "42,000", "value": 42000, "unit": None, "counted": "refugees in camps and border areas to whom WFP has distributed food", "source": B, "approx": "more than",
   "note": "'Byrs says WFP already has distributed food to over 42,000 refugees'"},
 ],
 "events": [
  {"actor": R, "date": "2013-12", "date_text": "since mid-December", "what": "the mainly Muslim C.A.R. refugees have been fleeing violence and revenge attacks by the anti-Balaka",
   "note": "'since mid-December' modifies 'have been fleeing', whose agent is the refugees; mid-December before a report of May 2014 is December 2013, normalised to the month"},
 ],
 "actors": [
  {"name": AG, "type": "group", "aliases": ["United Nations aid agencies", "U.N. aid agencies", "The agencies"]},
  {"name": W, "type": "organisation", "aliases": ["World Food Program", "WFP", "the agency"]},
  {"name": B, "type": "person", "aliases": ["World Food Program spokeswoman Elizabeth Byrs", "Elizabeth Byrs", "Byrs"]},
  {"name": "UNHCR", "type": "organisation", "aliases": ["UNHCR"]},
  {"name": "Adrian Edwards", "type": "person", "aliases": ["UNHCR spokesman Adrian Edwards", "Adrian Edwards"]},
  {"name": R, "type": "group", "aliases": ["The mainly Muslim C.A.R. refugees", "C.A.R. refugees"]},
  {"name": "anti-Balaka", "type": "group", "aliases": ["the largely Christian anti-Balaka militants", "anti-Balaka militants", "the anti-Balaka"]},
 ],
 "notes": [
  "VOA report by Lisa Schlein (Geneva) of Friday 23 May 2014 (date inferred from the Geneva briefing of that day, see meta); story car_refugees_cameroon_2014 with voa_2014_car_refugees_sick_and_dying (14 March) and voa_2014_car_refugees_horrific_condition (11 April).",
  "One quote, of WFP spokeswoman Elizabeth Byrs, attributed 'Byrs  said' (double space as printed) after she is introduced with her title in the paragraph before. Edwards's statement ('tells VOA he does not know whether ...') is indirect speech.",
  "Figures: 'thousands' of refugees arriving is claimed by the UN aid agencies (their expression of alarm, repeated as 'U.N. aid agencies say ...'); 'about 80 percent' and 'over 42,000' are Byrs's ('Byrs says'). The 80 percent (women and children needing therapeutic feeding) is not the same quantity as UNHCR's 80 percent of new arrivals with malaria etc. on 14 March: no key. 'thousands' arriving shares car_refugees_cameroon_2014:arrivals with UNHCR's 'thousands' of 11 April; the time on the road is 'for weeks' here (no number), so no figure joins car_refugees_cameroon_2014:time_on_road.",
  "One event: 'since mid-December' (2013-12), agent the refugees who have been fleeing. 'the start of the rainy season' (in Byrs's quote) is not a date expression; 'already' is vague.",
  "Actors: WFP is named 'World Food Program', 'WFP' and 'the agency' ('the agency\u2019s resources'); VOA is only the addressee of Edwards ('tells VOA'), not an actor. 'women and children' are not actors.",
  "Not figures: 'for weeks' (no number word), 'growing numbers', 'many locations'.",
  "second reading: checked that 'the agency' refers to WFP (Byrs's agency) and is not used for the UN agencies ('The agencies'); that the two 'Byrs says' sentences make Byrs (not WFP) the claimant; quote text without the trailing comma.",
 ],
}
