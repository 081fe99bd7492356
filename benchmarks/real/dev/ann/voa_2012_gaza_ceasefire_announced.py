S = "gaza_pillar_of_defense_2012"
HC = "Hillary Clinton"
MR = "Micky Rosenfeld"
ANN = {
 "article": "articles/voa_2012_gaza_ceasefire_announced.txt",
 "gold_out": "gold/voa_2012_gaza_ceasefire_announced.json",
 "published": "2012-11-21",
 "quotes": [
  {"text": "This is a critical moment for the region", "speaker": HC, "speaker_mention": "U.S. Secretary of State Hillary Clinton",
   "note": "curly marks; trailing comma dropped; speaker named right after the quote ('..., U.S. Secretary of State Hillary Clinton said')"},
  {"text": "As far as we're concerned, what took place is there was at least a package or possibly a suicide bomber that planted a device and maybe left the scene", "speaker": MR, "speaker_mention": "he",
   "note": "'he' is Micky Rosenfeld, named in the sentence before ('Israel police spokesman Micky Rosenfeld says ...'); first part of a quote interrupted by 'he said'"},
  {"text": "The investigation is continuing at the moment, and we're looking in a number of different directions.", "speaker": MR, "speaker_mention": "he",
   "note": "second part after the interruption; no closing mark at the paragraph end: the quotation continues in the next paragraph (one quote per paragraph)"},
  {"text": "We've heightened security around the area, including roadblocks that have been set up, and we're not taking any chances whatsoever, in order to prevent a further attack from taking place", "speaker": MR, "speaker_mention": "he",
   "note": "continuation paragraph, closed by '..., he said'"},
 ],
 "figures": [
  {"quantity": S + ":palestinians_killed", "text": "140", "value": 140, "unit": None, "counted": "Palestinians killed in the violence", "source": None, "approx": "more than",
   "note": "outlet's voice; the toll of the offensive since 14 Nov: 'at least 20' (16 Nov) and 'at least 67' (medics, 18 Nov) share the key"},
  {"quantity": S + ":israelis_killed", "text": "five", "value": 5, "unit": None, "counted": "Israelis killed in the violence", "source": None, "approx": None,
   "note": "outlet's voice; 'three' (16 Nov) and 'three Israeli civilians' (18 Nov) share the key"},
  {"text": "20", "value": 20, "unit": None, "counted": "people injured in a bus bomb blast in central Tel Aviv", "source": None, "approx": "at least",
   "note": "outlet's voice; the next sentence (Rosenfeld: security teams on high alert) makes no claim about the injured"},
 ],
 "events": [
  {"actor": "Egypt", "date": "2012-11-21", "date_text": "on Wednesday", "what": "announced a cease-fire in Israel-Gaza hostilities",
   "note": "'Egypt announced on Wednesday a cease-fire': agent of 'announced' (the announcement was made by its foreign minister, next sentence)"},
  {"actor": None, "date": "2012-11-21", "date_text": "at 9 p.m. local time", "what": "the cease-fire takes effect",
   "note": "a time of day points to the reference day (Wednesday 21 Nov); 'that will take effect': the cease-fire is the subject, no agent"},
  {"actor": None, "date": "2012-11-21", "date_text": "Wednesday", "ctx": "a bomb blast Wednesday", "what": "bomb blast on a bus in central Tel Aviv injured at least 20 people",
   "note": "'a bomb blast Wednesday on a bus ... injured ...': the date sits on the noun 'blast', whose author the text does not know ('at least a package or possibly a suicide bomber', Rosenfeld), so null"},
 ],
 "actors": [
  {"name": "Egypt", "type": "country", "aliases": ["Egypt", "Egypt's new government"]},
  {"name": "Mohammed Kamel Amr", "type": "person", "aliases": ["Egyptian Foreign Minister Mohammed Kamel Amr"]},
  {"name": HC, "type": "person", "aliases": ["U.S. Secretary of State Hillary Clinton", "Clinton"]},
  {"name": "Ban Ki-moon", "type": "person", "aliases": ["United Nations Secretary-General Ban Ki-moon"]},
  {"name": MR, "type": "person", "aliases": ["Israel police spokesman Micky Rosenfeld"]},
  {"name": "Sami Abu Zuhri", "type": "person", "aliases": ["Hamas spokesman Sami Abu Zuhri"]},
 ],
 "notes": [
  "VOA News report of Wednesday 21 November 2012 (GlobalSecurity.org republication with date line), the day the Egyptian-brokered cease-fire ending Israel's eight-day Gaza offensive was announced. Story gaza_pillar_of_defense_2012 with voa_2012_gaza_rocket_exchanges_ground_forces (16 Nov) and voa_2012_gaza_strikes_kill_21 (18 Nov).",
  "Cross-report figures: 'more than 140 Palestinians' (:palestinians_killed; 20 on 16 Nov, 67 on 18 Nov) and 'five Israelis' (:israelis_killed; three on 16 and 18 Nov).",
  "Quotes: Clinton's (curly marks, named after the quote); Rosenfeld's quotation runs over two paragraphs and is interrupted once by 'he said': three quotes, speaker named in the sentence before ('Israel police spokesman Micky Rosenfeld says ...'). The last paragraph (Abu Zuhri's quote) was cut mid-word in the stored copy and dropped; his paraphrase stays, without a date.",
  "Kept as printed: 'The truce comes after hours after' and 'the Gaza Strip end the violence'. Not figures: '9' in '9 p.m.' (time of day, part of the date expression), 'hours' in 'after hours' (no number), 'both sides', 'a number of different directions'. Not events: 'in recent days' (vague).",
  "Actors: Egypt (with 'Egypt's new government', praised by Clinton), Amr, Clinton, Ban Ki-moon, Rosenfeld and Abu Zuhri act or speak; 'the U.S.' is not listed (no act of its own).",
  "second reading: re-read against the stored copy; checked the quote boundaries (commas before closing marks dropped, the final period kept in the paragraph-end quote), that each Rosenfeld quote is attributed by 'he said' or the continuation, the hedges ('more than', 'at least'), and that 'at 9 p.m. local time' is dated to the reference day.",
 ],
}
