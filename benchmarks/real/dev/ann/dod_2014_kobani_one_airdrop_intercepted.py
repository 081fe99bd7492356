W = "Steve Warren"
S = "kobani_us_strikes_airdrop_2014:"
ANN = {
 "article": "articles/dod_2014_kobani_one_airdrop_intercepted.txt",
 "gold_out": "gold/dod_2014_kobani_one_airdrop_intercepted.json",
 "published": "2014-10-22",
 "quotes": [
  {"text": "We still know that the vast majority of resupply bundles that we dropped went to friendly forces and were received by friendly forces", "speaker": W, "speaker_mention": "Army Col. Steve Warren", "fragment": False,
   "note": "'\"...,\" Army Col. Steve Warren told reporters.' - he is the unnamed 'a Pentagon spokesman' of the lead; trailing comma dropped"},
  {"text": "There is always going to be some margin of error in these types of operations. We routinely overload these aircraft because we know that some bundles may go astray.", "speaker": W, "speaker_mention": "Army Col. Steve Warren", "fragment": False,
   "note": "second quote of the paragraph, after the attribution; no attribution of its own; final period kept"},
  {"text": "One bundle worth of equipment is not enough equipment to give the enemy any type of advantage at all", "speaker": W, "speaker_mention": "Warren", "fragment": False,
   "note": "'“...,” Warren told reporters.'; trailing comma dropped"},
  {"text": "It’s a relatively small amount of supplies. This is stuff ISIL already has.", "speaker": W, "speaker_mention": "Warren", "fragment": False,
   "note": "second quote of the paragraph after 'Warren told reporters.'; final period kept"},
 ],
 "figures": [
  {"quantity": S+"bundles_lost_to_enemy", "text": "One", "ctx": "One Airdrop", "value": 1, "unit": None, "counted": "airdrop to Kurds in Kobani intercepted", "source": None, "approx": None,
   "note": "headline, outlet's voice; the one bundle of the lead"},
  {"quantity": S+"bundles_lost_to_enemy", "text": "One", "ctx": "One of the 28", "value": 1, "unit": None, "counted": "bundles that most likely fell into enemy hands", "source": W, "approx": None,
   "note": "'One of the 28 bundles ... most likely fell into enemy hands, a Pentagon spokesman said today' - the spokesman is named in the next paragraph (Warren)"},
  {"quantity": S+"bundles_airdropped_oct19", "text": "28", "value": 28, "unit": None, "counted": "bundles of weapons and medical supplies airdropped by U.S. forces to Kurdish fighters in Syria", "source": W, "approx": None,
   "note": "inside the clause claimed by 'a Pentagon spokesman said today'; the same drop as Kirby's '27 of 28 pallets' (21 October item)"},
  {"quantity": S+"bundles_lost_to_enemy", "text": "One", "ctx": "One bundle worth", "value": 1, "unit": None, "counted": "bundle worth of equipment", "source": W, "approx": None,
   "note": "inside Warren's quote; the one lost bundle of the lead"},
 ],
 "events": [
  {"actor": W, "date": "2014-10-22", "date_text": "today", "ctx": "said today", "what": "a Pentagon spokesman said one of 28 bundles most likely fell into enemy hands",
   "note": "'..., a Pentagon spokesman said today': subject of 'said' (named next paragraph as Army Col. Steve Warren); 'today' = the dateline's Wednesday 22 October 2014"},
  {"actor": "U.S. forces", "date": "2014-10-19", "date_text": "Oct. 19", "what": "the pallet was dropped to resupply Kurdish fighters in Kobani",
   "note": "passive with a by-agent: 'The pallet was dropped by U.S. forces Oct. 19'"},
 ],
 "actors": [
  {"name": W, "type": "person", "aliases": ["a Pentagon spokesman", "Army Col. Steve Warren", "Warren"]},
  {"name": "U.S. forces", "type": "organisation", "aliases": ["U.S. forces"]},
 ],
 "notes": [
  "DoD News story by Nick Simeone of Wednesday 22 October 2014 (archive.defense.gov) on Col. Steve Warren's briefing that day about the Kobani airdrop of 19 October. Story kobani_us_strikes_airdrop_2014 with dod_2014_kobani_isil_concentrating_kirby (15 October) and dod_2014_kobani_airdrop_27_of_28_kirby (21 October, Kirby's '27 of 28 pallets').",
  "Keys: :bundles_airdropped_oct19 ('28' here and in the 21 October item); :bundles_lost_to_enemy (headline 'One Airdrop ... Intercepted', lead 'One of the 28 bundles', Warren's 'One bundle worth of equipment').",
  "The speaker is introduced unnamed ('a Pentagon spokesman said today') and named only in the next paragraph; the second quote of each quoted paragraph has no attribution of its own.",
  "Not figures: 'Oct. 19', 'Oct. 22, 2014' (dates); 'the vast majority', 'a majority', 'some bundles', 'a relatively small amount' (no number).",
  "Events: 'said today' (Warren) and 'Oct. 19' (passive with 'by U.S. forces'). The dateline is not an event. Kurdish fighters and ISIL do not act in the kept text and are not actors ('we' in the quotes is the US military, covered by U.S. forces' role but not aliased: pronoun).",
  "Second reading against FORMAT.md sections 1-2 (whole item re-read): straight quote marks in paragraph 3 and curly ones in paragraph 5, final periods kept in the second quotes, the three 'One' figures pinned with ctx, the Oct. 19 date and by-agent; no change.",
 ],
}
