ANN = {
 "article": "articles/voa_2016_adhoc_bribery_charges.txt",
 "gold_out": "gold/voa_2016_adhoc_bribery_charges.json",
 "published": "2016-05-03",
 "quotes": [
  {"text": "These five people were detained by the investigating judge. The four officers working for the Adhoc organization were charged with bribery according to Article 548 of the criminal code. For Ny Chakrya, he was put in temporary detention charged with being an accomplice to bribery of a witness, according to Article 29 and Article 548 of criminal code", "speaker": "Ly Sophana", "speaker_mention": "he",
   "note": "'he said' refers back to Ly Sophana, deputy prosecutor, two paragraphs earlier (the intervening paragraph is about Sally)"},
 ],
 "figures": [
  {"text": "five and 10", "value": 5, "value_max": 10, "unit": "years", "counted": "prison term each defendant could face", "source": None, "approx": None},
  {"quantity": "adhoc_bribery_case_2016:adhoc_staff_charged", "text": "Four", "value": 4, "unit": None, "counted": "human rights workers charged", "source": None, "approx": None},
  {"text": "six", "value": 6, "unit": None, "counted": "accused charged", "source": None, "approx": None},
  {"quantity": "adhoc_bribery_case_2016:detained_by_court", "text": "five", "value": 5, "unit": None, "counted": "people detained by the investigating judge", "source": "Ly Sophana", "approx": None, "ctx": "These five people"},
  {"quantity": "adhoc_bribery_case_2016:adhoc_staff_charged", "text": "four", "value": 4, "unit": None, "counted": "officers working for the Adhoc organization charged with bribery", "source": "Ly Sophana", "approx": None, "ctx": "The four officers"},
 ],
 "events": [
  {"actor": None, "date": "2016-05-03", "date_text": "on Tuesday", "what": "six charged with bribery at Phnom Penh court",
   "note": "passive without agent; local papers date the charging to Monday 2 May, the text says Tuesday"},
 ],
 "actors": [
  {"name": "Phnom Penh Municipal Court", "type": "organisation", "aliases": ["a Phnom Penh court", "Phnom Penh Municipal Court", "the court"]},
  {"name": "Ly Sophana", "type": "person", "aliases": ["Ly Sophana"]},
 ],
 "notes": [
  "VOA Khmer (voacambodia.com, AMP page) staff report; the stored copy prints no date (see meta published_evidence). NOT quote-heavy: one full quote (Ly Sophana, via 'he said' two paragraphs after he is named).",
  "The quoted charges ('bribery', 'accomplices to the bribery of a witness' in 'were charged with “bribery” and being “accomplices to the bribery of a witness”') are names of offences, not anyone's words: the text attributes them to no speaker, so they are not quotes (FORMAT.md: names/terms in quote marks). The Phnom Penh Municipal Court stays an actor (it detained the accused).",
  "'Article 548' and 'Article 29' (twice) are designations, not figures. 'an election official', 'a UN worker' are not numbers.",
  "The four human rights workers (paragraph 3) and 'The four officers working for the Adhoc organization' (quote) are the same group and share a quantity key; 'six accused' and 'five people' detained are different counts (the UN worker did not appear). The 'five people' detained share adhoc_bribery_case_2016:detained_by_court with 'the five officials' of voa_2016_adhoc_legal_experts_wary.",
  "second reading: removed the two quoted charge names ('bribery', 'accomplices to the bribery of a witness') from quotes (names of offences, not words of the court or anyone else); quotes 3 -> 1. Figures, event and actors checked against the text, unchanged.",
  "The list of the six accused omits one name in the text ('National Election Committee deputy secretary general;' without a name); copied as printed.",
 ],
}
