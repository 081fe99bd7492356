ZEL = "Volodymyr Zelenskyy"
K = "ukraine_pow_exchange_jan2024:ukrainians_freed"
ANN = {
 "article": "articles/uapres_2024_over_200_freed_from_captivity.txt",
 "gold_out": "gold/uapres_2024_over_200_freed_from_captivity.json",
 "published": "2024-01-03",
 "quotes": [],
 "figures": [
  {"quantity": K, "text": "200", "value": 200, "unit": None, "counted": "of our people freed from Russian captivity", "source": ZEL, "approx": "more than",
   "ctx": "We managed to free over 200 of our people from Russian captivity\n",
   "note": "headline rebuilt from the address slug (the address's own sentence); 'over 200' -> more than; claimed by Zelenskyy, whose address it is"},
  {"quantity": K, "text": "200", "value": 200, "unit": None, "counted": "of our people freed from Russian captivity", "source": ZEL, "approx": "more than",
   "ctx": "We managed to free over 200 of our people from Russian captivity.",
   "note": "address text (all words are Zelenskyy's, no quote marks): source Zelenskyy; 'over 200' -> more than (the exchange of 3 January 2024 returned 230 Ukrainians)"},
 ],
 "events": [
  {"actor": None, "date": "2024-01-03", "date_text": "Today", "what": "there is long-awaited good news (over 200 people freed)",
   "ctx": "Today, despite everything",
   "note": "'Today, despite everything, ... there is long-awaited good news': an existential clause with no agent: null. The freeing itself ('We managed to free') is in the next sentence, undated"},
  {"actor": None, "date": "2024-01-03", "date_text": "today", "what": "some of those freed today were not known to be in captivity",
   "ctx": "those freed today",
   "note": "'those freed today': a passive participle without a by-agent: null (the text's 'we' freed them, but this clause names no agent)"},
 ],
 "actors": [
  {"name": ZEL, "type": "person", "aliases": []},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine"]},
  {"name": "exchange team", "type": "group", "aliases": ["the entire team"]},
 ],
 "notes": [
  "Evening video address of President Volodymyr Zelenskyy of Wednesday 3 January 2024 (date inferred, see meta) on the prisoner exchange of that day; story ukraine_pow_exchange_jan2024 (one item; other reports of the exchange in the crawl are from outlets outside the allowed list). His name is not printed in the stored copy (no headline, no date line), so his actor has no alias in the text.",
  "Address convention: every word is Zelenskyy's, with no quote marks, so there are no quotes and both figures ('over 200' in the rebuilt headline and in the body, one quantity key) are sourced to him.",
  "Not figures: 'Most of them', 'Some of these warriors', 'all our people', 'every opportunity', 'each of our warriors' (no numbers). 'Budanov, Yermak, Usov, Malyuk, Klymenko' are the members of the team he thanks; they do not act individually and are not listed as actors; the team ('the entire team that has worked and is working for the exchanges') is listed as one group actor.",
  "Events: both 'Today' and 'today' are 3 January 2024, each without an agent ('there is good news'; 'those freed today'). 'Now' ('Now I am glad') is not a date of an event. The first-person 'we' (the Ukrainian state) is not an alias (pronoun).",
  "second reading: re-read the item in full against FORMAT.md sections 1-2 (number tokens: only the two '200'; both 'Today'/'today' placed with ctx; 3 January 2024 checked as a Wednesday; headline edit recorded in the meta).",
 ],
}
