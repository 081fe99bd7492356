P = "Vladimir Putin"
K = "krymsk_flood_2012:"
ANN = {
 "article": "articles/kremlin_2012_krymsk_flood_visit.txt",
 "gold_out": "gold/kremlin_2012_krymsk_flood_visit.json",
 "published": "2012-07-07",
 "quotes": [],
 "figures": [
  {"quantity": K+"urgent_aid_payment", "text": "10,000", "value": 10000, "unit": None, "counted": "rubles of financial assistance for urgent needs for every family affected", "source": P, "approx": None,
   "note": "'Vladimir Putin announced that every family ... will receive ...': claimed by Putin. Rubles are not in the unit table: unit null, currency as counted noun. The transcript of the same meeting (kremlin_2012_krymsk_puchkov_meeting) has Putin say '10,000 [rubles] per person': same payment, same key, a per-family/per-person disagreement an analyst would want to see"},
  {"quantity": K+"urgent_aid_payment", "text": "$340", "value": 340, "unit": "USD", "counted": "dollar equivalent of the urgent-needs assistance", "source": P, "approx": None,
   "note": "the site's bracketed conversion of the 10,000 rubles ('10,000 rubles [$340]'): the same quantity as the ruble figure, so the same key; given to Putin like the amount it converts"},
  {"quantity": K+"property_compensation_regional", "text": "50,000", "value": 50000, "unit": None, "counted": "rubles for each family member in compensation for lost property from the regional budget", "source": P, "approx": None},
  {"quantity": K+"property_compensation_federal", "text": "100,000", "value": 100000, "unit": None, "counted": "rubles for each family member from the federal budget", "source": P, "approx": None,
   "note": "'and 100,000 from the federal budget': the currency is carried over from '50,000 rubles'"},
  {"quantity": K+"death_compensation_federal", "text": "one million", "value": 1000000, "unit": None, "counted": "rubles of compensation from the federal budget for families that have lost members", "source": P, "approx": None,
   "note": "'and the same amount from the regional budget' repeats the sum without a number: no second figure"},
 ],
 "events": [],
 "actors": [
  {"name": P, "type": "person", "aliases": ["Vladimir Putin", "The President"]},
  {"name": "Vladimir Ustinov", "type": "person", "aliases": ["Presidential Plenipotentiary Envoy to the Southern Federal District Vladimir Ustinov", "Vladimir Ustinov"]},
  {"name": "Alexander Tkachev", "type": "person", "aliases": ["Krasnodar Territory Governor Alexander Tkachev", "Alexander Tkachev"]},
  {"name": "Vasily Krutko", "type": "person", "aliases": ["head of the Krymsk municipal district Vasily Krutko", "Vasily Krutko"]},
  {"name": "Artem Plyushch", "type": "person", "aliases": ["Artem Plyushch"]},
 ],
 "notes": [
  "Kremlin readout of Saturday 7 July 2012: Putin's helicopter flight over the flooded districts of the Krasnodar Territory and his briefing in Krymsk; story krymsk_flood_2012 with kremlin_2012_krymsk_puchkov_meeting (transcript of the same day's meeting) and kremlin_2012_krymsk_working_trip (15 July).",
  "No quote marks: no quotes. Every figure is in 'Vladimir Putin announced that ...', so Putin is the source of all five (the $340 conversion included).",
  "Keys shared with the transcript of the same meeting: urgent_aid_payment (10,000 rubles and $340 here, per family; 10,000 per person there), property_compensation_regional (50,000), property_compensation_federal (100,000), death_compensation_federal (one million). The transcript's 'one million rubles from the [Krasnodar] Territory' is death_compensation_regional; here the regional payment is only 'the same amount' (no number).",
  "No events: the only date in the page is the date and place line above the body ('July 7, 2012, Krasnodar Territory'), removed as furniture; 'During the meeting', 'during the flight' and 'later' are not datable expressions.",
  "The dropped last paragraph (cut mid-word) held the toll 'More than 150 people have died ..., according to the data of the Interior Ministry’s operat[ional ...]'; it is not in the item, so the toll keys of the story do not appear here.",
  "Actors: Ustinov provided explanations, Tkachev and Krutko attended, Plyushch reported on the reservoir. Rostekhnadzor (Plyushch's service), the agencies' representatives and the reservoir are not actors of their own in the text. 'the region' (twice) is the Krasnodar Territory, which does nothing in this item.",
  "Not figures: 'one of the region's worst affected towns' ('one of'), 'every family', 'each family member'.",
  "second reading: text re-compared with the stored copy; figures (values, rubles as counted noun, the bracketed dollar conversion), keys against the transcript item and actor aliases checked; no change.",
 ],
}
