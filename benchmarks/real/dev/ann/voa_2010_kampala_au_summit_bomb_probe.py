M = "Yoweri Museveni"
H = "Eric Holder"
ANN = {
 "article": "articles/voa_2010_kampala_au_summit_bomb_probe.txt",
 "gold_out": "gold/voa_2010_kampala_au_summit_bomb_probe.json",
 "published": "2010-07-25",
 "quotes": [
  {"text": "I am glad the whole of Africa has condemned these cowards. Let us now act in concert and sweep them out of Africa. Let them go back to Asia and Middle East where I understand many of them come from", "speaker": M, "speaker_mention": "he", "fragment": False,
   "note": "attributed by '..., he said.' after the quote; 'he' is Mr. Museveni, named in the sentence before the quote; trailing comma dropped"},
  {"text": "Al-Shabab, a terrorist group operating in Somalia with ties to al-Qaida, has claimed responsibility for murdering and injuring these innocent victims. And its leaders have infamously described these bombings as warranted acts of vengeance. But make no mistake; these attacks were nothing more than reprehensible acts of cowardice, inspired by a radical and corrupt ideology that systematically denies human rights, devalues women and girls, and perverts the peaceful traditions and teachings of a great religion", "speaker": H, "speaker_mention": "Holder", "fragment": False,
   "note": "'..., Holder said.' after a whole-paragraph quote; the speaker is introduced in the paragraph before ('Attorney General Eric Holder'); trailing comma dropped"},
 ],
 "figures": [
  {"text": "two minutes", "value": 2, "unit": "minutes", "counted": "minutes of silence for victims of the suicide bomb attacks", "source": None, "approx": None,
   "note": "duration of the silence that opened the summit; outlet's voice"},
  {"quantity": "kampala_bombings_2010:deaths", "text": "76", "value": 76, "unit": None, "counted": "fans killed by the suicide bomb attacks in Kampala", "source": None, "approx": None,
   "note": "outlet's own voice (relative clause of the narration, not inside anyone's speech); the same toll as '76 people' in the VOA report of 17 Aug 2010"},
  {"text": "30", "value": 30, "unit": None, "counted": "heads of state in the summit audience", "source": None, "approx": "more than",
   "note": "'the audience of more than 30 heads of state': the outlet's description of Museveni's audience, not part of what he said"},
 ],
 "events": [],
 "actors": [
  {"name": M, "type": "person", "aliases": ["Ugandan President Yoweri Museveni", "Mr. Museveni"]},
  {"name": "al-Shabab", "type": "organisation", "aliases": ["The Somali extremist group al-Shabab", "al-Shabab", "Al-Shabab"]},
  {"name": "Ugandan police", "type": "organisation", "aliases": ["Ugandan police"]},
  {"name": H, "type": "person", "aliases": ["Attorney General Eric Holder", "The top U.S. law enforcement official", "Holder"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["President Barack Obama"]},
  {"name": "African Union", "type": "organisation", "aliases": ["African Union"]},
 ],
 "notes": [
  "VOA News report of Sunday 25 July 2010 (page prints no date; worked out in meta edits) on the opening of the African Union summit in Kampala two weeks after the 11 July 2010 bombings; story kampala_bombings_2010 with voa_2010_kampala_more_arrests_possible (17 Aug 2010).",
  "Cross-report figures: the toll '76 fans' here and '76 people' in the 17 Aug item share kampala_bombings_2010:deaths; both are in the outlet's voice here, police-claimed in the later item.",
  "No events: the text has no date or time expression ('has opened', 'have been arrested', 'has claimed' are undated; the 11 July date of the bombings is not printed in this item).",
  "Reported speech without quote marks (no quotes): Museveni's 'many of the organizers ... have been arrested', 'their interrogation is yielding good information'; police's confirmation of Pakistanis and Somalis in custody; Holder's condemnation and pledge.",
  "Not figures: 'twin' in 'the twin bomb attacks' (descriptive, like 'double'); 'al-Qaida', 'AMISOM' are names. 'the whole of Africa' is not a number.",
  "'African Union' is an actor through 'the African Union's AMISOM peacekeeping mission' and the summit it holds; 'AMISOM' itself does nothing in this text and is not listed.",
  "second careful reading against FORMAT.md done: checked both quote spans (marks, dropped trailing commas, speakers named a sentence/paragraph away), every number token (two, 76, 30) and that no date expression was missed.",
 ],
}
