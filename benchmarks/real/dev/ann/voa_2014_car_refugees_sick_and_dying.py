U = "UNHCR"
LK = "Fatoumata Lejeune-Kaba"
ANN = {
 "article": "articles/voa_2014_car_refugees_sick_and_dying.txt",
 "gold_out": "gold/voa_2014_car_refugees_sick_and_dying.json",
 "published": "2014-03-14",
 "quotes": [],
 "figures": [
  {"quantity": "car_refugees_cameroon_2014:time_on_road", "text": "seven", "value": 7, "unit": "weeks", "counted": "weeks the refugees have been on the road without food or clean water", "source": U, "approx": "up to",
   "note": "'It says the refugees have been on the road for up to seven weeks': 'It' is the United Nations High Commissioner for Refugees of the sentence before. Same quantity as Spiegel's 'walking for up to three months' (voa_2014_car_refugees_horrific_condition, four weeks later): the longest time the refugees reaching Cameroon had been on the road"},
  {"text": "80 percent", "value": 80, "unit": "%", "counted": "share of the newest arrivals suffering from malaria, diarrhea and respiratory infections", "source": U, "approx": "around",
   "note": "'About' -> around; the sentence continues UNHCR's report (claimant named two sentences before, 'It says' in the sentence before); the WFP's 'about 80 percent of women and children ... in need of therapeutic feeding' of 23 May (voa_2014_car_refugees_near_death) is a different quantity, no key"},
  {"text": "20 percent", "value": 20, "unit": "%", "counted": "share of the children who are malnourished", "source": U, "approx": "more than",
   "note": "same UNHCR report as the 80 percent"},
 ],
 "events": [],
 "actors": [
  {"name": U, "type": "organisation", "aliases": ["UN", "The U.N. refugee agency", "United Nations High Commissioner for Refugees", "UNHCR"]},
  {"name": LK, "type": "person", "aliases": ["UNHCR spokeswoman Fatoumata Lejeune-Kaba", "Fatoumata Lejeune-Kaba"]},
  {"name": "aid workers in Cameroon", "type": "group", "aliases": ["Aid workers in Cameroon", "aid workers"]},
  {"name": "refugees from the Central African Republic", "type": "group", "aliases": ["the new arrivals"]},
  {"name": "anti-Balaka", "type": "group", "aliases": ["anti-balaka militiamen"]},
 ],
 "notes": [
  "VOA report of Friday 14 March 2014 (date inferred, see meta) on the UNHCR briefing in Geneva about refugees from the Central African Republic reaching eastern Cameroon sick and hungry; story car_refugees_cameroon_2014 with voa_2014_car_refugees_horrific_condition (11 April) and voa_2014_car_refugees_near_death (23 May).",
  "All three figures are UNHCR's: the standfirst says 'according to the United Nations High Commissioner for Refugees. It says ...', and the next sentence (80 and 20 percent) continues that report. 'up to seven weeks' shares car_refugees_cameroon_2014:time_on_road with Spiegel's 'up to three months' of 11 April.",
  "No quotes: the last paragraph, which opened a quotation of Lejeune-Kaba (with a missing closing mark before 'Lejeune-Kaba said'), was cut mid-word in the stored copy and dropped. Her two paraphrases ('said the new arrivals recount ...', 'She said the refugees say ...') are indirect speech.",
  "No events: the text has no date or time expression ('for long periods', 'en route' are not dates; the caption date 13 March 2014 was removed as furniture).",
  "Actors: 'UN' in the headline ('..., UN Says') is the refugee agency of the standfirst, so it is an alias of UNHCR. The refugees speak ('recount', 'They tell aid workers'); the anti-Balaka militiamen act (targeting Muslims); aid workers act (stepping up aid). 'Muslims' are victims only, not an actor.",
  "Not figures: 'more and more' (no number).",
  "second reading: checked that 'About' governs 80 percent only and 'more than' 20 percent only; the two shares are different quantities (new arrivals vs children), no key between them; headline alias 'UN' is an exact surface form.",
 ],
}
