ANN = {
 "article": "articles/wn_2010_kyrgyzstan_toll_rises.txt",
 "gold_out": "gold/wn_2010_kyrgyzstan_toll_rises.json",
 "published": "2010-06-14",
 "quotes": [
  {"text": "Currently, in the regions of Osh and Jhalalabad, 97 people have died. A further 1247 have been hospitalised", "speaker": "Kyrgyz health ministry", "speaker_mention": "a spokeswoman",
   "note": "the health ministry's press-service spokesperson (called 'a spokesman' in the first paragraph, 'a spokeswoman' here); trailing comma dropped"},
  {"text": "at the current moment, there are shoot-outs going on in the streets.", "speaker": "Jalalabad resident (unnamed)", "speaker_mention": "A resident in Jalalabad",
   "note": "told AFP by telephone; final period inside the marks kept"},
  {"text": "a veil of smoke covering the whole city.", "speaker": "witness in Jalalabad (unnamed)", "speaker_mention": "Another witness", "fragment": True},
 ],
 "figures": [
  {"quantity": "kyrgyzstan_unrest_2010:deaths", "text": "97", "value": 97, "counted": "people confirmed dead from ethnic clashes", "source": "Kyrgyz health ministry", "approx": "at least", "ctx": "at least 97 people"},
  {"quantity": "kyrgyzstan_unrest_2010:uzbeks_at_border", "text": "thousands", "value": None, "vague": True, "counted": "ethnic Uzbeks fled to the border", "ctx": "thousands of ethnic Uzbeks"},
  {"quantity": "kyrgyzstan_unrest_2010:deaths", "text": "97", "value": 97, "counted": "people died in the regions of Osh and Jhalalabad", "source": "Kyrgyz health ministry", "ctx": "Jhalalabad, 97 people"},
  {"text": "1247", "value": 1247, "counted": "people hospitalised", "source": "Kyrgyz health ministry"},
  {"quantity": "kyrgyzstan_unrest_2010:uzbeks_at_border", "text": "75,000", "value": 75000, "counted": "Uzbeks crowding the border", "source": "Kyrgyz Ministry for Emergency Services", "approx": "up to"},
 ],
 "events": [
  {"actor": "Kyrgyz interim government", "date": "2010-06-14", "date_text": "today", "what": "mobilising part of its armed forces",
   "note": "narrative 'today' (not inside a quote) = the publication day"},
 ],
 "actors": [
  {"name": "Kyrgyz health ministry", "type": "organisation", "aliases": ["the Kyrgyzstan's ministry of health's press-service", "a spokesman for the Kyrgyzstan's ministry of health's press-service", "a spokeswoman"]},
  {"name": "Jalalabad resident (unnamed)", "type": "person", "aliases": ["A resident in Jalalabad"]},
  {"name": "witness in Jalalabad (unnamed)", "type": "person", "aliases": ["Another witness"]},
  {"name": "Agence France-Presse", "type": "organisation", "aliases": ["the Agence France-Presse news service"]},
  {"name": "Kyrgyz interim government", "type": "organisation", "aliases": ["the Kyrgyz interim government"]},
  {"name": "Kyrgyz Ministry for Emergency Services", "type": "organisation", "aliases": ["the Ministry for Emergency Services", "A spokesman for the Ministry for Emergency Services"]},
  {"name": "ethnic Uzbeks", "type": "group", "aliases": ["ethnic Uzbeks", "Uzbeks"]},
 ],
 "notes": [
  "Wikinews report of Monday 14 June 2010 on the Osh/Jalalabad clashes (story kyrgyzstan_unrest_2010, with wn_2010_kyrgyzstan_asks_russia and voa_2010_kyrgyzstan_appeals_russia).",
  "The toll has risen from 'at least 62' (12 June) to 97: both 97s (narrative and the spokeswoman's quote) share kyrgyzstan_unrest_2010:deaths with the 62/200/60 of the other items. 1247 hospitalised is not the same quantity as the '800 wounded' of 12 June (hospitalised vs wounded), so it has no key.",
  "'thousands of ethnic Uzbeks have fled to the border' and 'as many as 75,000 Uzbeks are crowding the border' share kyrgyzstan_unrest_2010:uzbeks_at_border with the 'Thousands of Uzbeks' of 12 June.",
  "The unnamed health-ministry spokesperson is resolved to the ministry (speaking for its press service). 'Currently' and 'now in its third day' are not dated events ('third' is an ordinal); 'recent ethnic clashes' is vague.",
 ],
}
