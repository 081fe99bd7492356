U = "UNHCR"
C = "Helene Caux"
D = "displaced people in Gori"
M = "South Ossetian militia"
ANN = {
 "article": "articles/voa_2008_georgia_unhcr_2300_register_gori.txt",
 "gold_out": "gold/voa_2008_georgia_unhcr_2300_register_gori.json",
 "published": "2008-08-29",
 "quotes": [
  {"text": "Several of the displaced told UNHCR that they had fled fighting earlier this month and had just returned to their homes over the past weekend",
   "speaker": C, "speaker_mention": "she", "fragment": False,
   "note": "first half of a quote interrupted by 'she said' (trailing comma before the closing mark dropped); 'she' refers back to 'UN refugee spokeswoman, Helene Caux' in the paragraph before"},
  {"text": "They talked about militias entering the villages, shooting in the air, harassing the inhabitants and looting their property. There were no new arrivals on Thursday from the villages in the buffer zone to Gori. But, our teams are closely monitoring any new displacement on the ground.",
   "speaker": C, "speaker_mention": "she", "fragment": False,
   "note": "second half after 'she said'; the final full stop inside the mark kept"},
 ],
 "figures": [
  {"quantity": "georgia_war_2008:idps_registered_gori", "text": "2,300", "value": 2300, "unit": None,
   "counted": "people from buffer-zone villages registered in Gori as internally displaced people", "source": U, "approx": "around",
   "note": "'It says some 2,300 people ...': 'It' is the UN refugee agency of the sentence before; 'some' -> around. Same quantity as 'about 4,200' registered IDPs in Gori in VOA of 3 September (voa_2008_georgia_unhcr_gori_shelters_full): the count grew"},
  {"text": "800", "value": 800, "unit": None, "counted": "elderly people among the internally displaced, forcibly displaced by militia", "source": U, "approx": "around",
   "note": "'The UN refugee agency says the internally displaced include about 800 elderly people'; elderly only, so not keyed with the 1,200 people in the tent camp of 3 September"},
 ],
 "events": [
  {"actor": None, "date": "2008-08-25/2008-08-31", "date_text": "earlier this week", "occ": 1, "what": "the tent camp in Gori was erected",
   "note": "'a tent camp, which was erected earlier this week': passive without an agent -> null; the ISO week of Friday 29 August 2008 (25-31 August)"},
  {"actor": D, "date": "2008-08-25/2008-08-31", "date_text": "earlier this week", "occ": 2, "what": "many of the recent arrivals reached Gori",
   "note": "'many of the recent arrivals reached Gori earlier this week': subject of 'reached' is the displaced people (the recent arrivals)"},
  {"actor": D, "date": "2008-08", "date_text": "earlier this month", "what": "the displaced had fled fighting",
   "note": "inside Caux's quote: 'they had fled fighting earlier this month', 'they' = several of the displaced -> the displaced people; month of publication"},
  {"actor": D, "date": "2008-08-23/2008-08-24", "date_text": "over the past weekend", "what": "the displaced had returned to their homes before fleeing again",
   "note": "inside the quote: 'had just returned to their homes over the past weekend'; subject 'they' (the displaced); the weekend before Friday 29 August 2008 = Saturday 23 - Sunday 24 August"},
  {"actor": None, "date": "2008-08-28", "date_text": "on Thursday", "what": "no new arrivals in Gori from the buffer-zone villages",
   "note": "inside the quote: 'There were no new arrivals on Thursday': an existential statement, no agent -> null; Thursday before Friday 29 August = 28 August"},
 ],
 "actors": [
  {"name": U, "type": "organisation", "aliases": ["The UN refugee agency", "UNHCR"]},
  {"name": C, "type": "person", "aliases": ["UN refugee spokeswoman, Helene Caux", "Helene Caux", "Caux"]},
  {"name": D, "type": "group", "aliases": ["the internally displaced", "the recent arrivals", "the newly displaced", "Several of the displaced", "Some of the displaced"]},
  {"name": M, "type": "group", "aliases": ["marauding militia", "militias", "the militia", "militia from South Ossetia"]},
 ],
 "notes": [
  "VOA report by Lisa Schlein from Geneva, Friday 29 August 2008 (date from the URL; a reprint prints '29 August 2008'), on people displaced after the August 2008 Russia-Georgia war registering in Gori; story georgia_war_2008 with voa_2008_georgia_unhcr_gori_shelters_full (3 September) and voa_2008_georgia_explosions_rock_gori (14 August) in this folder.",
  "Both figures are claimed by the UN refugee agency ('It says', 'The UN refugee agency says'). The 2,300 registered in Gori shares georgia_war_2008:idps_registered_gori with 'about 4,200' of 3 September (same count, same place, five days later). The 800 are elderly people only and are not keyed.",
  "Quotes: one quote of Helene Caux split by 'she said' -> two quotes, both with speaker_mention 'she' (she is named in the paragraph before). 'what it calls, marauding militia' has no quote marks: no quote.",
  "Events: two 'earlier this week' (25-31 August: the camp erected, passive without agent -> null; the arrivals reached Gori -> the displaced), 'earlier this month' and 'over the past weekend' inside the quote (the displaced fled, returned), 'on Thursday' (no new arrivals, existential -> null). 'a second time' is an ordinal: no figure, no date.",
  "Lisa Schlein is the reporter and does not act in the story: not an actor. The militia do not carry a dated act but beat and displace people: kept as an actor. 'Several', 'Some', 'many' are not figures.",
  "Second careful read of the whole item against FORMAT.md sections 1-2 (annotator): quote spans and marks, every number token (2,300; 800), each date's agent and interval, aliases as exact substrings; no change.",
 ],
}
