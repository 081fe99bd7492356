ANN = {
 "article": "articles/uapres_2023_grain_from_ukraine.txt",
 "gold_out": "gold/uapres_2023_grain_from_ukraine.json",
 "published": "2023-11-25",
 "quotes": [
  {"text": "Due to Russia's aggression in the Black Sea, one of the largest threats to global stability in the past decades has arisen, particularly regarding food supply. This has had consequences in both price fluctuations and the physical shortage of food in the markets of regions critically dependent on the import of grains and other types of food products that Ukraine exports. And this export holds special significance in the global market", "speaker": "Volodymyr Zelenskyy", "speaker_mention": "he",
   "note": "'he' refers back to 'The President' of the previous paragraph"},
 ],
 "figures": [
  {"text": "$100 million", "value": 100000000, "unit": "USD", "counted": "money accumulated for the Grain from Ukraine initiative", "source": "Volodymyr Zelenskyy", "approx": "more than"},
 ],
 "events": [
  {"actor": "Ukraine", "date": "2023-11-25", "date_text": "today", "what": "hosted Grain from Ukraine summit on Holodomor anniversary",
   "note": "'today' is in narrative (reported) text, not inside quote marks; read as modifying 'hosting an international event' on the 90th Holodomor anniversary (the summit day), though it could also be read with 'repeat the crimes of the 20th century'"},
  {"actor": None, "date": "1932-01-01/1933-12-31", "date_text": "1932\u20131933", "what": "Holodomor famine-genocide in Ukraine",
   "note": "'the Holodomor-genocide of 1932\u20131933': the years date the Holodomor; its perpetrator is not named in the text, so no actor; two years given as one interval (as 'in 2018 and 2019' elsewhere in the set)"},
 ],
 "actors": [
  {"name": "Volodymyr Zelenskyy", "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "The Head of State", "The President", "the President"]},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
 ],
 "notes": [
  "second reading: added the event '1932\u20131933' (the Holodomor, actor null, 1932-01-01/1933-12-31), a date expression that dates a historical event; 'of the 20th century' is left out (a century, vague, no gold date format).",
  "'Grain from Ukraine' (headline, single straight quotes) and \"Grain from Ukraine\" (three times in the body) name the initiative and the summit: names in quote marks, not quotes.",
  "Not figures: 'second' summit, '20th century', '90th anniversary' (ordinals), '1932–1933' (years); 'in the past decades' is vague and has no number word; 'one of the largest threats' is a pronoun use of 'one'.",
  "'over $100 million' is claimed by Zelenskyy ('has announced that ...').",
 ],
}
