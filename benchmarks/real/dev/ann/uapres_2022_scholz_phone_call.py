Z = "Volodymyr Zelenskyy"
ANN = {
 "article": "articles/uapres_2022_scholz_phone_call.txt",
 "gold_out": "gold/uapres_2022_scholz_phone_call.json",
 "published": "2022-09-28",
 "quotes": [
  {"text": "Russia's recognition of these sham referenda, the implementation of the so-called Crimean scenario and another attempt to annex Ukrainian territory will mean that there is nothing to talk about with this President of Russia",
   "speaker": Z, "speaker_mention": "the Head of State",
   "note": "names 'this President of Russia', who is not the speaker"},
 ],
 "figures": [
  {"text": "215", "value": 215, "unit": None, "counted": "defenders of Ukraine released from Russian captivity", "source": None, "approx": None,
   "note": "in the relative clause describing the exchange that Scholz praised; the number is the Office's own narration, so no claimant"},
 ],
 "events": [],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "The Ukrainian President", "the Head of State", "The President"]},
  {"name": "Olaf Scholz", "type": "person", "aliases": ["Federal Chancellor of Germany Olaf Scholz", "the Chancellor", "The Federal Chancellor of Germany"]},
  {"name": "Germany", "type": "country", "aliases": ["Germany"]},
 ],
 "notes": [
  "Presidential readout of a phone call: one quote by 'the Head of State' (Zelenskyy); 'The Ukrainian President', 'The President' and 'the Head of State' are his aliases.",
  "Not figures: '77th session' and 'the eighth package' (ordinals), 'the first German IRIS-T' (ordinal), 'IRIS-T' (designation).",
  "No dated events: 'recent exchange' and 'ASAP' are vague; the readout carries no date expression apart from the removed date line.",
  "'so-called Crimean scenario' has no quote marks.",
  'second reading: one quote (the Head of State = Zelenskyy), one figure (215, narration, no claimant); ordinals 77th/eighth/first excluded; no events; no change.',
 ],
}
