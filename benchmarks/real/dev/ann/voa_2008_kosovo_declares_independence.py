HT = "Hashim Thaci"
BT = "Boris Tadic"
VK = "Vojislav Kostunica"
ANN = {
 "article": "articles/voa_2008_kosovo_declares_independence.txt",
 "gold_out": "gold/voa_2008_kosovo_declares_independence.json",
 "published": "2008-02-17",
 "quotes": [
  {"text": "The day has come and from today onwards, Kosovo is proud, independent and free.", "speaker": HT, "speaker_mention": "Kosovo Prime Minister Hashim Thaci", "fragment": False,
   "note": "'Kosovo Prime Minister Hashim Thaci declared: \"...\"'; final '.' kept"},
  {"text": "There is no room for intimidation, discrimination or unequal treatment of anyone. Our state institutions and our society will stamp out discriminatory practices. In Kosovo there will be tolerance, mutual understanding, solidarity and progress.", "speaker": HT, "speaker_mention": "Mr. Thaci", "fragment": False,
   "note": "'Mr. Thaci added: \"...\"': one quotation of three sentences in one paragraph"},
  {"text": "to remain calm.", "speaker": BT, "speaker_mention": "He", "fragment": True,
   "note": "'He urged urged Serbia's political parties and the 130,000 Serbs living in Kosovo \"to remain calm.\"': 'He' is Tadic, named at the start of the sentence before ('Tadic has said ...'); a fragment of reported speech; final '.' kept"},
 ],
 "figures": [
  {"quantity": "kosovo_independence_2008:serbs_living_in_kosovo", "text": "130,000", "value": 130000, "unit": None, "counted": "Serbs living in Kosovo", "source": None, "approx": None,
   "note": "'He urged ... the 130,000 Serbs living in Kosovo \"to remain calm.\"': the number describes whom Tadic addressed, in the outlet's words; the text does not say that Tadic (or anyone) gave the number, so null. Key kept for other reports of the story that count Kosovo's Serbs (none in this round)"},
 ],
 "events": [
  {"actor": VK, "date": "2008-02-17", "date_text": "today, February 17", "what": "Kostunica said the 'fake country' of Kosovo was illegally declared",
   "note": "'Serbian Prime Minister Vojislav Kostunica said today, February 17, the fake country ... was illegally declared': the expression modifies 'said' (Kostunica); 'today' and its apposition 'February 17' are one expression, the report's own day (Sunday 17 February 2008)"},
 ],
 "actors": [
  {"name": "Assembly of Kosovo", "type": "organisation", "aliases": ["the parliament"]},
  {"name": "Serbia", "type": "country", "aliases": ["Serbia"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "UN Security Council", "type": "organisation", "aliases": ["UN Security Council", "U.N. Security Council", "Council"]},
  {"name": "Jakup Krasniqi", "type": "person", "aliases": ["parliament speaker Jakup Krasniqi", "Krasniqi"]},
  {"name": HT, "type": "person", "aliases": ["Prime Minister Hashim Thaci", "Kosovo Prime Minister Hashim Thaci", "Mr. Thaci"]},
  {"name": "Fatmir Sejdiu", "type": "person", "aliases": ["President Fatmir Sejdiu"]},
  {"name": BT, "type": "person", "aliases": ["Serbian President Boris Tadic", "Tadic"]},
  {"name": VK, "type": "person", "aliases": ["Serbian Prime Minister Vojislav Kostunica"]},
 ],
 "notes": [
  "VOA report by Sabina Castelfranco (Rome) of Sunday 17 February 2008 (date line of the stored copy, a testbig.com reprint of VOA copy) on Kosovo's declaration of independence and the first reactions of Serbia and Russia. Story kosovo_independence_2008 with voa_2008_serbia_annuls_kosovo_independence (VOA, 14 February) and state_2008_rice_us_recognizes_kosovo (Rice, 18 February).",
  "Quotes: two of Thaci (introduced by 'declared:' and, a paragraph later, 'Mr. Thaci added:'), one fragment of Tadic attributed by 'He' a sentence after his name. 'from today onwards' inside Thaci's quote is 'today' inside speech: no event.",
  "Figures: '130,000' Serbs living in Kosovo (outlet's voice, null source). Not figures: 'unanimous vote' (no number), 'February 17' (date), 'newest' (superlative).",
  "Events: only 'today, February 17' (Kostunica said). The declaration, the vote, the signing and Tadic's denunciation carry no date expression ('immediately' is vague); 'UN Security Council is meeting' is undated.",
  "Actors: the parliament (canonical 'Assembly of Kosovo'; 'the parliament declared independence'), Serbia and Russia (reacted; Russia called for a Council meeting), the Security Council (is meeting; 'Council' as printed in 'called on Council'), Krasniqi (declared Kosovo a state; signed), Thaci, Sejdiu (signed; passive with by-agents), Tadic and Kostunica. 'parliament speaker Jakup Krasniqi' is an alias of Krasniqi, so the bare word 'parliament' is not used as an alias of the parliament. The revellers ('People danced') and NATO (only controls territory) are not listed; the reporter is not listed, as for VOA reporters elsewhere in the set.",
  "Second careful read done by the annotator against FORMAT.md: the three quote spans (final '.' kept), Tadic as the 'He' of the fragment, the null source of '130,000', the single event and its agent, and the typos kept as printed ('and and', 'Kosvo's', 'urged urged', 'Kosoco').",
 ],
}
