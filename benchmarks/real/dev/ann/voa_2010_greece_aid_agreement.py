K = "greece_bailout_2010"
ANN = {
 "article": "articles/voa_2010_greece_aid_agreement.txt",
 "gold_out": "gold/voa_2010_greece_aid_agreement.json",
 "published": "2010-05-02",
 "published_evidence": "The print view shows 'May 01, 2010', but the copy reports Sunday 2 May 2010 in the past tense ('George Papandreou said Sunday', 'Barroso ... expressed support Sunday') and Saturday's protests as 'On Saturday'; Papandreou announced the agreement on Sunday 2 May 2010. Same year either way.",
 "quotes": [
  {"text": "decisive", "speaker": "José Manuel Barroso", "speaker_mention": "Barroso", "fragment": True},
 ],
 "figures": [
  {"quantity": K + ":total_package", "text": "$160 billion", "value": 160e9, "unit": "USD", "counted": "worth of the aid package", "source": None,
   "note": "'said to be worth $160 billion': agentless passive, no claimant"},
  {"quantity": K + ":other_eurozone_countries", "text": "15", "value": 15, "counted": "other EU countries extending loans to Greece", "source": None},
  {"text": "thousands", "value": None, "vague": True, "counted": "protesters rallying in Athens", "source": None},
 ],
 "events": [
  {"actor": "George Papandreou", "date": "2010-05-02", "date_text": "Sunday", "what": "said package necessary to avoid bankruptcy", "ctx": "George Papandreou said Sunday"},
  {"actor": None, "date": "2010-05-02", "date_text": "later Sunday", "what": "package details to be announced"},
  {"actor": "Rainer Bruederle", "date": "2010-05-02", "date_text": "Sunday", "what": "said Germany will examine the agreement", "ctx": "Rainer Bruederle said Sunday"},
  {"actor": "José Manuel Barroso", "date": "2010-05-02", "date_text": "Sunday", "what": "expressed support for the aid package", "ctx": "expressed support Sunday"},
  {"actor": "Greek protesters", "date": "2010-05-01", "date_text": "On Saturday", "what": "rallied in Athens against budget cuts"},
 ],
 "actors": [
  {"name": "George Papandreou", "type": "person", "aliases": ["George Papandreou", "Greek PM Papandreou", "The Greek prime minister"]},
  {"name": "European Union", "type": "organisation", "aliases": ["European Union"]},
  {"name": "International Monetary Fund", "type": "organisation", "aliases": ["International Monetary Fund", "IMF"]},
  {"name": "Germany", "type": "country", "aliases": ["Germany"]},
  {"name": "Rainer Bruederle", "type": "person", "aliases": ["German Economy Minister Rainer Bruederle", "Bruederle"]},
  {"name": "José Manuel Barroso", "type": "person", "aliases": ["The head of the European Commission, Jose Manuel Barroso", "Jose Manuel Barroso", "Barroso"]},
  {"name": "Greek protesters", "type": "group", "aliases": ["protesters", "Protesters"]},
  {"name": "Greek public sector union", "type": "organisation", "aliases": ["Greece's public sector union", "Union officials"]},
 ],
 "notes": [
  "Story greece_bailout_2010 (with the two Wikinews items). '$160 billion' is keyed total_package with Wikinews' '110 billion euros (US$146 billion)': the reports disagree on the dollar value. 'the other 15 EU countries' is keyed other_eurozone_countries with Wikinews' 'fifteen other countries in the eurozone' (the same lenders; VOA says 'EU' for the euro countries).",
  "'multi-billion-dollar' is not a number: not a figure.",
  "Published date: see published_evidence; the printed 'May 01, 2010' would make 'said Sunday' point to 25 April, which the story contradicts.",
  "'decisive' is Barroso's word reported as a fragment, not a scare quote.",
  "Weekday dates are computed from 2010-05-02 (a Sunday): bare 'Sunday' = the same day, 'On Saturday' = 2010-05-01.",
 ],
}
