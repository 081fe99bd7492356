LHM = "Lebanese Health Ministry"
LM = "Lebanese military"
IA = "Israeli army"
K = "Israel Katz"
ANN = {
 "article": "articles/voa_2024_lebanon_ceasefire_largely_holding.txt",
 "gold_out": "gold/voa_2024_lebanon_ceasefire_largely_holding.json",
 "published": "2024-12-02",
 "quotes": [
  {"text": "harsh response", "occ": 1, "speaker": K, "speaker_mention": "Israeli Defense Minister Israel Katz", "fragment": True,
   "note": "'Israeli Defense Minister Israel Katz vowed a \"harsh response\"': a phrase of his post, repeated in the full quotation of the next paragraph"},
  {"text": "We promised to act against any violation of the ceasefire by Hezbollah \u2014 and that's exactly what we will do. Hezbollah's fire toward an [Israeli army] post on Mount Dov will be met with a harsh response", "speaker": K, "speaker_mention": "Katz",
   "note": "attributed after the quote ('..., Katz said on X'); he is named in full with his title in the paragraph before; the trailing comma is dropped, the editor's bracket '[Israeli army]' kept as printed"},
 ],
 "figures": [
  {"text": "one", "value": 1, "unit": None, "counted": "person killed by an Israeli strike in southern Lebanon", "source": LHM, "approx": None,
   "note": "'The Lebanese Health Ministry said Monday that an Israeli strike killed one person in southern Lebanon'"},
  {"text": "two", "value": 2, "unit": None, "counted": "projectiles launched by Hezbollah toward Har Dov", "source": IA, "approx": None,
   "note": "'The Israeli army said Hezbollah launched two projectiles toward the area of Har Dov'"},
 ],
 "events": [
  {"actor": LHM, "date": "2024-12-02", "date_text": "Monday", "ctx": "said Monday", "what": "said an Israeli strike killed one person in southern Lebanon",
   "note": "'The Lebanese Health Ministry said Monday that ...': 'Monday' modifies 'said'; 2 December 2024 was a Monday"},
  {"actor": "Hezbollah", "date": "2024-12-02", "date_text": "On Monday", "what": "claimed its first attack since the truce took effect, on an Israeli position in Kfar Shouba",
   "note": "'On Monday, Hezbollah claimed its first attack ...': subject Hezbollah"},
 ],
 "actors": [
  {"name": "Israel", "type": "country", "aliases": ["Israel"]},
  {"name": "Hezbollah", "type": "organisation", "aliases": ["Hezbollah", "Hezbollah militants"]},
  {"name": LHM, "type": "organisation", "aliases": ["The Lebanese Health Ministry"]},
  {"name": LM, "type": "organisation", "aliases": ["the Lebanese military"]},
  {"name": IA, "type": "organisation", "aliases": ["The Israeli army"]},
  {"name": K, "type": "person", "aliases": ["Israeli Defense Minister Israel Katz", "Katz"]},
 ],
 "notes": [
  "VOA News report of Monday 2 December 2024, stored from VOA's publishing host voa.pangea-cms.com (no printed date: photo caption of Dec. 2, 2024 and the text's 'Monday'; see meta). Story lebanon_ceasefire_dec_2024 (the Israel-Hezbollah ceasefire of 27 November 2024); no other item of this story in the set that I know of.",
  "Quotes: Katz twice, the fragment 'harsh response' (named with his title) and the full post one paragraph later attributed to 'Katz' after the quote.",
  "Sources: the Lebanese Health Ministry (one killed) and the Israeli army (two projectiles). The Lebanese military's 'a soldier' wounded has no number word and is not a figure.",
  "Not events: 'since the truce took effect' (no date expression), 'days-old' (no number, vague), 'The latest fighting came days after ...' (in the dropped last paragraph). Not figures: 'first attack' (ordinal), 'Lebanon-Israel', 'a soldier', 'some fighting'.",
  "Israel (the state: 'Israel said it has launched strikes') and the Israeli army ('The Israeli army said ...') kept as two actors, as the set does; '[Israeli army]' inside the quotation is the editor's gloss, not listed as an alias. 'Israel' is not an alias of Israel Katz (his aliases are the titled full name and 'Katz').",
  "Second reading: re-read the whole item against FORMAT.md sections 1-2; checked the em dash inside the quote, the dropped trailing comma, both Monday dates (2 December 2024) and that the headline carries no number or date.",
 ],
}
