K = "somalia_halane_base_attack_2014:"
AS = "al-Shabab"
AM = "AMISOM"
AU = "African Union"
AH = "Ali Aden Hamoud"
ANN = {
 "article": "articles/voa_2014_somalia_halane_toll_rises_14.txt",
 "gold_out": "gold/voa_2014_somalia_halane_toll_rises_14.json",
 "published": "2014-12-26",
 "quotes": [
  {"text": "From our coordination, there will be some change, for sure", "speaker": AH, "speaker_mention": "he", "fragment": False,
   "note": "'\"From our coordination, there will be some change, for sure,\" he said.': he = Colonel Ali Aden Hamoud, named in the paragraph before; the comma before the closing mark is dropped"},
  {"text": "restored normalcy", "speaker": AM, "speaker_mention": "AMISOM", "fragment": True,
   "note": "'AMISOM said Thursday that it had regained control of the base and had \"restored normalcy\" after ...': two words of AMISOM's statement inside reported speech"},
 ],
 "figures": [
  {"text": "three", "value": 3, "unit": None, "counted": "last al-Shabab militants the AU killed", "source": AU, "approx": None,
   "note": "'The African Union says it has killed the last three of eight al-Shabab militants who attacked its base': the AU's claim. Not the same quantity as the 'three al-Shabab militants ... captured' of the 25 December item, so no key"},
  {"quantity": K+"attackers", "text": "eight", "value": 8, "unit": None, "counted": "al-Shabab militants who attacked the base", "source": AU, "approx": None,
   "note": "same clause, the AU's claim: the number of attackers (same key as in the Garowe copy)"},
  {"quantity": K+"deaths", "text": "14", "value": 14, "unit": None, "counted": "death toll of the base attack", "source": AU, "approx": None,
   "note": "'The African Union says it has killed the last three ..., bringing the death toll to 14': the participle clause belongs to what the AU says, so the AU is the claimant. The total toll (8 attackers + 5 peacekeepers + 1 contractor), revised from AMISOM's 9 of the 25 December item (same key)"},
  {"quantity": K+"au_troops_killed", "text": "five", "value": 5, "unit": None, "counted": "AU peacekeepers who died in the raid", "source": AH, "approx": None,
   "note": "'A spokesman for the AU mission in Somalia (AMISOM) told VOA that five AU peacekeepers and a foreign contractor had died ...': the spokesman is named in the next sentence ('Colonel Ali Aden Hamoud said ...'), so he is the claimant. Revises the 'three AU soldiers' of the 25 December item (same key)"},
 ],
 "events": [
  {"actor": AS, "date": "2014-12-25", "date_text": "Thursday's", "what": "al-Shabab's raid on the Halane base",
   "note": "dated noun 'Thursday's raid': the text says who raided (al-Shabab militants attacked the base; al-Shabab claimed the raid), so al-Shabab. Thursday before Friday 26 December 2014 = 25 December"},
  {"actor": AM, "date": "2014-12-25", "date_text": "Thursday", "ctx": "AMISOM said Thursday", "what": "AMISOM said it had regained control of the base",
   "note": "'AMISOM said Thursday that ...': agent of 'said'"},
  {"actor": AS, "date": "2014-12-25", "date_text": "around midday", "what": "rebels ambushed the compound",
   "note": "'after rebels ambushed the compound around midday': a time of day modifying 'ambushed', whose subject 'rebels' is the al-Shabab attackers; the day is that of the raid, Thursday 25 December (stated in the same sentence's frame and in 'Thursday's raid'), not the published day"},
  {"actor": "Ban Ki-moon", "date": "2014-12-26", "date_text": "on Friday", "what": "Ban Ki-moon condemned the attack",
   "note": "'U.N. Secretary-General Ban Ki-moon on Friday condemned the attack and reaffirmed ...': agent of 'condemned'; Friday 26 December 2014, the published day"},
 ],
 "actors": [
  {"name": AU, "type": "organisation", "aliases": ["The African Union"]},
  {"name": AS, "type": "organisation", "aliases": ["al-Shabab", "al-Shabab militants", "militants", "rebels", "The al-Qaida-linked group"]},
  {"name": AM, "type": "organisation", "aliases": ["the AU mission in Somalia", "AMISOM", "the peacekeeping mission"]},
  {"name": AH, "type": "person", "aliases": ["A spokesman for the AU mission in Somalia", "Colonel Ali Aden Hamoud"]},
  {"name": "Ban Ki-moon", "type": "person", "aliases": ["U.N. Secretary-General Ban Ki-moon"]},
  {"name": "U.N. Security Council", "type": "organisation", "aliases": ["The U.N. Security Council"]},
  {"name": "AU and Somali government forces", "type": "group", "aliases": ["AU and Somali government forces"]},
 ],
 "notes": [
  "VOA report by James Butty (byline as printed on the page, see meta) of Friday 26 December 2014 (date inferred) on the toll of al-Shabab's 25 December attack on AMISOM's Halane base in Mogadishu; story somalia_halane_base_attack_2014 (with VOA's first report of 25 December and Garowe Online's copy of an earlier version of this story). The last paragraph of the stored copy, cut mid-sentence, was dropped; page furniture removed (see meta edits).",
  "Quotes: Hamoud's sentence, attributed by 'he said' (he = Colonel Ali Aden Hamoud of the paragraph before; trailing comma dropped), and the fragment 'restored normalcy' from AMISOM's statement.",
  "Figures: the AU's 'last three of eight' militants and its death toll 14 (key deaths, shared with the 9 of the 25 December item and the 14 of the Garowe copy; 'eight' key attackers shared with the Garowe copy); the spokesman's 'five AU peacekeepers' (key au_troops_killed). The spokesman of the second paragraph is taken to be Colonel Ali Aden Hamoud, named in the next sentence (as real/dev does for 'an AMISOM spokesman' / 'Colonel Ali Hamud'). Not figures: 'one of the city's most fortified bases' (not a count), 'a foreign contractor', 'a U.N. office', 'several embassies' (left out, as in most of real/dev), 'most Somali cities'.",
  "Events: 'Thursday's raid' (al-Shabab), 'AMISOM said Thursday', 'around midday' (rebels ambushed the compound; dated to the Thursday of the raid), 'on Friday' (Ban condemned). 'a Christmas party' is left out: 'Christmas' names the kind of party and dates no act. Undated: the AU's and Hamoud's statements, al-Shabab's claim, the Security Council's deploring.",
  "Actors: 'militants' (dressed in Somali uniforms), 'rebels' and 'The al-Qaida-linked group' are al-Shabab; 'the peacekeeping mission' is AMISOM. The African Union ('The African Union says it has killed ...') is kept apart from its mission AMISOM, as the text names them apart. 'the United Nations'' and 'the Somali government' do not act.",
  "second careful reading against FORMAT.md sections 1-2 done by the annotator: checked every number token (14, three, eight, five; 'one of' not a count), the claimants (the AU for three/eight/14, Hamoud for five through the next sentence), both quote spans, the four date expressions and that no surface form belongs to two actors.",
 ],
}
