K = "sinjar_uk_aid_drops_2014:"
JG = "Justine Greening"
UK = "United Kingdom"
DFID = "Department for International Development"
ANN = {
 "article": "articles/govuk_2014_iraq_uk_aid_arrives_kitchen_sets.txt",
 "gold_out": "gold/govuk_2014_iraq_uk_aid_arrives_kitchen_sets.json",
 "published": "2014-08-16",
 "quotes": [],
 "figures": [
  {"quantity": K+"kitchen_sets_16_august", "text": "thousands", "value": None, "vague": True, "unit": None, "counted": "kitchen sets delivered to Iraqis in refugee camps", "source": JG, "approx": None,
   "note": "'Britain has delivered thousands of kitchen sets ..., International Development Secretary Justine Greening announced .': the sentence is Greening's announcement ('..., X announced'), so she is the claimant (as in the other two items of this folder). The same kitchen sets as 'nearly 8,000 kitchen sets' below and 'almost 8,000 kitchen sets' in the release of 21 August (govuk_2014_iraq_more_uk_aid_flights_erbil): same key"},
  {"quantity": K+"erbil_flights_16_august", "text": "Two", "value": 2, "unit": None, "counted": "Airbus flights that landed in Erbil", "source": None, "approx": None, "ctx": "Two Airbus flights",
   "note": "'Two Airbus flights landed in Erbil this morning': release's voice. The same two flights as 'Saturday 16 August: Two flights landed in Erbil' in the release of 21 August: same key"},
  {"text": "half a million", "value": 5e5, "unit": None, "counted": "displaced people in Dahuk", "source": None, "approx": "around",
   "note": "'There are approximately half a million displaced people in Dahuk': 'approximately' -> around; release's voice (no claimant named)"},
  {"text": "200,000", "value": 200000, "unit": None, "counted": "displaced people in Dahuk since the beginning of August", "source": None, "approx": None,
   "note": "'- 200,000 since the beginning of August': the part of the half million displaced this month; a different scope from the half million, no key"},
  {"text": "50", "value": 50, "unit": None, "counted": "degree temperatures", "source": None, "approx": None, "ctx": "50 degree",
   "note": "'in 50 degree temperatures': a measure (Celsius, not printed); 'degree' is not in FORMAT's unit list, so unit null and the noun in counted, as dev items do for '12 degree (C) water'"},
  {"quantity": K+"erbil_flights_16_august", "text": "two", "value": 2, "unit": None, "counted": "deliveries of kitchen sets", "source": None, "approx": None, "ctx": "The two deliveries",
   "note": "'The two deliveries contain ...': the cargo of the two flights of this morning, counted again; same key as 'Two Airbus flights'"},
  {"quantity": K+"kitchen_sets_16_august", "text": "8,000", "value": 8000, "unit": None, "counted": "kitchen sets in the two deliveries", "source": None, "approx": "around",
   "note": "'nearly 8,000 kitchen sets': 'nearly' -> around; release's voice. 'almost 8,000 kitchen sets' in the release of 21 August: same key"},
  {"quantity": K+"people_cooking_kitchen_sets", "text": "40,000", "value": 40000, "unit": None, "counted": "people who will be able to cook for themselves", "source": None, "approx": "around",
   "note": "'The sets will mean almost 40,000 people ... will be able to cook for themselves': 'almost' -> around; release's voice. The release of 21 August repeats 'almost 40,000 people': same key"},
  {"quantity": K+"uk_total_committed_iraq", "text": "£13 million", "value": 13e6, "unit": "GBP", "counted": "new assistance committed by the UK in response to the crisis in Iraq", "source": None, "approx": None,
   "note": "'The UK has so far committed £13 million in new assistance': release's voice (the UK is the giver). The running total also stated in the release of 12 August ('This brings to £13 million the total committed by the UK', govuk_2014_sinjar_uk_aid_drops_continue, dev, keyless there): same quantity, key offered for it"},
 ],
 "events": [
  {"actor": None, "date": "2014-08-16", "date_text": "this morning", "what": "two Airbus flights carrying UK aid supplies landed in Erbil",
   "note": "'Two Airbus flights landed in Erbil this morning': intransitive 'landed' whose subject is the aircraft, not an agent; no one is named as flying or sending them in this sentence, so null. The release's day, Saturday 16 August 2014 (meta published_evidence: the release of 21 August dates these flights 'Saturday 16 August')"},
  {"actor": None, "date": "2014-08", "date_text": "since the beginning of August", "what": "200,000 people displaced in Dahuk",
   "note": "'200,000 since the beginning of August': dates the displacement (a state, no agent), null; the beginning of the month -> the month, August 2014"},
 ],
 "actors": [
  {"name": JG, "type": "person", "aliases": ["International Development Secretary Justine Greening", "Justine Greening"]},
  {"name": UK, "type": "country", "aliases": ["Britain", "the UK"]},
  {"name": DFID, "type": "organisation", "aliases": ["Department for International Development", "DFID"]},
  {"name": "United Nations agencies", "type": "organisation", "aliases": ["UN agencies"]},
 ],
 "notes": [
  "DFID press release of Saturday 16 August 2014, kept from wired-gov.net's repost of Monday 18 August (meta published_evidence): two UK aid flights land in Erbil with nearly 8,000 kitchen sets for displaced Iraqis in the Dahuk region. Story sinjar_uk_aid_drops_2014 with the release of 12 August on the Mount Sinjar drops (govuk_2014_sinjar_uk_aid_drops_continue, dev) and the release of 21 August on further Erbil flights (govuk_2014_iraq_more_uk_aid_flights_erbil, this folder).",
  "Quotes: none in the gold sense. Greening's statement is printed as an unmarked block after 'Justine Greening said:' (GOV.UK layout), so it has no quote marks; its two paragraphs contain no number or date.",
  "Figures: 'thousands' of kitchen sets in Greening's announcement (source Greening); the rest in the release's voice (source null): nearly 8,000 kitchen sets (key kitchen_sets_16_august, shared with the 21 August release), two flights / two deliveries (erbil_flights_16_august, shared), almost 40,000 people able to cook (people_cooking_kitchen_sets, shared), half a million and 200,000 displaced in Dahuk (no key: different scopes), 50 degree temperatures, £13 million committed (uk_total_committed_iraq; also in the 12 August release, keyless there). Not figures: 'One flight set off from Dubai ... Another departed' (enumerators), 'for days' and 'many miles' (no number).",
  "Events: 'this morning' (flights landed, no agent, null) and 'since the beginning of August' (displacement, null). The repost's 'Justine Greening announced .' has lost its date word, so no event for the announcement.",
  "Actors: Greening (announces; her statement), the United Kingdom ('Britain has delivered', 'the UK is committed', 'allow the UK to deploy'), DFID ('the Department for International Development has its main aid stockpile', 'DFID's aid warehouse') and the UN agencies that will distribute the supplies. Not listed: Mount Sinjar, Dahuk, Erbil, Dubai, East Midlands Airport, Kemble (places).",
  "second reading (annotator): re-read the whole item once more against FORMAT.md sections 1-2 and the stored copy: no quote marks in the text; every number token annotated or excluded above; approximators ('approximately', 'nearly', 'almost' -> around); both events null with reasons; every alias an exact substring; the published date (16 August, not wired-gov's 18 August) checked against the 21 August release. No change.",
 ],
}
