ZEL = "Volodymyr Zelenskyy"
ANN = {
 "article": "articles/uapres_2022_rada_annual_message.txt",
 "gold_out": "gold/uapres_2022_rada_annual_message.json",
 "published": "2022-12-28",
 "quotes": [
  {"text": "It was Ukraine that united the European Union. It turned out that it is possible! And now Europe defends itself. Europe overcomes crises. And this is despite the colossal resources thrown by Russia to break our continent",
   "speaker": ZEL, "speaker_mention": "he"},
  {"text": "Ukraine cements. It cements the European Union and the entire free world with the struggle for freedom and peace. This is our main achievement in foreign policy for the past year",
   "speaker": ZEL, "speaker_mention": "the Head of State"},
 ],
 "figures": [
  {"text": "millions", "value": None, "vague": True, "unit": None, "counted": "people for whom Ukrainian warriors are the hope for life", "source": ZEL, "approx": None,
   "note": "reported speech of Zelenskyy ('He urged to thank ...')"},
  {"text": "1,800", "value": 1800, "unit": None, "counted": "cities and villages liberated from Russian occupation", "source": ZEL, "approx": "more than"},
 ],
 "events": [
  {"actor": "international community", "date": "2022", "date_text": "this year", "what": "world believed that values give strength",
   "note": "reported speech of Zelenskyy; the verb dated is 'the world believed'"},
  {"actor": "Ukraine", "date": "2022", "date_text": "for the past year", "what": "main foreign-policy achievement: cementing the EU",
   "note": "inside Zelenskyy's quote, said on 28 December 2022: the year now ending; taken as the year 2022 rather than a duration"},
 ],
 "actors": [
  {"name": ZEL, "type": "person", "aliases": ["President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "the Head of State", "the President", "The President", "The Head of State"]},
  {"name": "Verkhovna Rada", "type": "organisation", "aliases": ["the Verkhovna Rada", "the Parliament"]},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine"]},
  {"name": "European Union", "type": "organisation", "aliases": ["the European Union", "the EU"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "Armed Forces of Ukraine", "type": "organisation", "aliases": ["the Ukrainian army"]},
  {"name": "international community", "type": "group", "aliases": ["the world"]},
 ],
 "notes": [
  "Press-service readout of Zelenskyy's annual Message to the Verkhovna Rada (28 December 2022): two quotes ('he said', 'the Head of State noted') and reported speech ('the Head of State emphasized', 'According to the President', 'The President noted'); every figure in the reported speech is his.",
  "Not figures: 'annual', 'the majority of citizens' (no number). 'now' and 'the time has come' are not dated events.",
  "The last stored paragraph ('A year ago it seemed impossible that our country would have Patriot air defense systems...') was cut mid-sentence and dropped.",
  "'Europe' in the first quote is not listed as an actor (it is distinct from the European Union and does nothing datable).",
  "second reading: no change (two quotes, 'he' and 'the Head of State' both Zelenskyy; 1,800 'more than'; 'millions' vague).",
 ],
}
