ANN = {
 "article": "articles/wn_2010_russian_spies_arrested_us.txt",
 "gold_out": "gold/wn_2010_russian_spies_arrested_us.json",
 "published": "2010-06-29",
 "quotes": [
  {"text": "long term, deep cover", "speaker": "FBI", "speaker_mention": "the United States Federal Bureau of Investigation (FBI)", "fragment": True,
   "note": "'what the ... (FBI) called a \"long term, deep cover\" spy ring': the FBI's words, not a name"},
  {"text": "there are a lot of contradictions.", "speaker": "Russian Foreign Ministry", "speaker_mention": "The Russian Foreign Ministry", "fragment": True,
   "note": "told to the AFP; 'they ... say that' = the ministry"},
 ],
 "figures": [
  {"quantity": "russian_spy_ring_2010:people_arrested", "text": "Eleven", "value": 11, "unit": None, "counted": "alleged Russian spies arrested", "source": None, "approx": None,
   "note": "headline, no claimant in the headline itself"},
  {"quantity": "russian_spy_ring_2010:people_arrested", "text": "eleven", "value": 11, "unit": None, "counted": "people accused of acting as spies for Russia", "source": "United States",
   "note": "'The United States announced the arrest of eleven people'"},
  {"text": "five", "value": 5, "unit": "years", "counted": "prison term for acting as unlawful agents", "source": None, "approx": "up to"},
  {"text": "Nine", "value": 9, "unit": None, "counted": "suspects charged with money laundering", "source": None, "approx": None},
  {"text": "twenty", "value": 20, "unit": "years", "counted": "prison term for money laundering", "source": None, "approx": "up to"},
 ],
 "events": [],
 "actors": [
  {"name": "United States", "type": "country", "aliases": ["The United States", "the US government"]},
  {"name": "FBI", "type": "organisation", "aliases": ["the United States Federal Bureau of Investigation (FBI)", "The FBI"]},
  {"name": "Russian Foreign Intelligence Service", "type": "organisation", "aliases": ["the Russian Foreign Intelligence Service"]},
  {"name": "Russian Foreign Ministry", "type": "organisation", "aliases": ["The Russian Foreign Ministry"]},
 ],
 "notes": [
  "Wikinews report of Tuesday 29 June 2010 on the arrests of the Russian 'illegals' spy ring; story russian_spy_ring_2010 (single item). The stored copy has no dated act in its body (the arrests are not dated in the text), so it has no events; it is kept for its claimed figures and attributed fragments.",
  "Headline 'Eleven' and body 'eleven' share russian_spy_ring_2010:people_arrested; the headline figure has no claimant (null), the body's is the United States ('announced').",
  "The penalty figures ('up to five years', 'up to twenty years') and 'Nine were charged' are in the outlet's voice: 'according to the US government' governs only the first sentence of that paragraph.",
  "'several years', 'several disparate methods' are vague, no figures. 'the AFP' is only the recipient of the ministry's statement, not an actor.",
 ],
}
