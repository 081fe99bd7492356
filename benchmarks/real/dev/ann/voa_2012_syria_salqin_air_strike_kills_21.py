S = "syria_war_oct_2012"
SG = "Syrian government"
SR = "Syrian rebels"
SO = "Syrian Observatory for Human Rights"
RA = "Syrian rights activists"
LCC = "Local Coordination Committees"
BKM = "Ban Ki-moon"
UNS = "U.N. spokesman"
ANN = {
 "article": "articles/voa_2012_syria_salqin_air_strike_kills_21.txt",
 "gold_out": "gold/voa_2012_syria_salqin_air_strike_kills_21.json",
 "published": "2012-10-01",
 "quotes": [
  {"text": "continued killings, massive destruction, human rights abuses, and aerial and artillery attacks committed by the government.", "speaker": UNS, "speaker_mention": "A U.N. spokesman", "fragment": True,
   "note": "'A U.N. spokesman said Mr. Ban raised the issue of \"...\"': the quoted words are the spokesman's account of what Ban raised (his readout), so the spokesman is the speaker named in the sentence; a phrase inside reported speech, so fragment; final '.' inside the marks kept"},
  {"text": "show compassion to its own people.", "speaker": UNS, "speaker_mention": "The spokesman", "fragment": True,
   "note": "'The spokesman said the U.N. chief appealed to Moualem for the Syrian government to \"show compassion ...\"': the spokesman's readout again (the U.N. chief is Ban, reported inside it); final '.' kept"},
 ],
 "figures": [
  {"quantity": S + ":salqin_killed", "text": "21", "value": 21, "unit": None, "counted": "people killed by the air strike in the northern town", "source": RA, "approx": None, "ctx": "Kills 21",
   "note": "headline 'Activists: Syrian Government Air Strike Kills 21 ...': the headline's label names the activists as claimants, as the lead does ('Syrian rights activists say ...')"},
  {"quantity": S + ":salqin_killed", "text": "21", "value": 21, "unit": None, "counted": "people killed in the bombing of the northern town", "source": RA, "approx": None, "ctx": "killing 21 people",
   "note": "'Syrian rights activists say government warplanes have bombed a northern town ..., killing 21 people'"},
  {"text": "eight", "value": 8, "unit": None, "counted": "children among the dead of Monday's air strike in Salqin", "source": SO, "approx": None,
   "note": "'The Britain-based Syrian Observatory for Human Rights said the death toll ... included eight children': a part of the toll (children only), so not keyed with the 21"},
  {"quantity": S + ":salqin_killed", "text": "30", "value": 30, "unit": None, "counted": "people killed by the government warplanes", "source": LCC, "approx": None,
   "note": "'Another activist group, the Local Coordination Committees, said the government warplanes killed 30 people': the same Salqin strike ('Another activist group' contrasts it with the activists' 21), so the same key: the rival count"},
  {"text": "100", "value": 100, "unit": None, "counted": "people killed in nationwide fighting on Monday", "source": SO, "approx": "at least",
   "note": "'The Observatory said nationwide fighting ... Monday killed at least 100 people': the whole country's toll for the day, not the Salqin toll"},
  {"text": "18", "value": 18, "unit": None, "counted": "security personnel caught in a rebel ambush in Homs", "source": SO, "approx": None,
   "note": "'including 18 security personnel caught in a rebel ambush': same sentence of the Observatory"},
 ],
 "events": [
  {"actor": SG, "date": "2012-10-01", "date_text": "Monday's", "what": "the government air strike on Salqin",
   "note": "date on the noun 'air strike' ('Monday's air strike in Salqin'); the headline and the lead say who struck ('Syrian Government Air Strike', 'government warplanes have bombed a northern town'), so the Syrian government; Monday = 1 October 2012, the publication day"},
  {"actor": SG + " and " + SR, "date": "2012-10-01", "date_text": "Monday", "ctx": "forces Monday killed", "what": "nationwide fighting between government and rebel forces killed at least 100 people",
   "note": "'nationwide fighting between government and rebel forces Monday killed ...': the date dates the fighting, whose two sides the sentence names (as 'Islamic militias and an alliance of warlords ... fighting' elsewhere in the set), so the joint actor"},
 ],
 "actors": [
  {"name": RA, "type": "group", "aliases": ["Activists", "Syrian rights activists"]},
  {"name": SG, "type": "organisation", "aliases": ["Syrian Government", "government warplanes", "the government warplanes", "the Syrian government"]},
  {"name": SO, "type": "organisation", "aliases": ["The Britain-based Syrian Observatory for Human Rights", "The Observatory"]},
  {"name": "activists in Salqin", "type": "group", "aliases": ["activists from the town"]},
  {"name": LCC, "type": "organisation", "aliases": ["Another activist group", "the Local Coordination Committees"]},
  {"name": "Syria", "type": "country", "aliases": ["Syria"]},
  {"name": SR, "type": "group", "aliases": ["rebel forces"]},
  {"name": BKM, "type": "person", "aliases": ["U.N. Secretary-General Ban Ki-moon", "Mr. Ban", "the U.N. chief"]},
  {"name": "Walid al-Moualem", "type": "person", "aliases": ["Syrian Foreign Minister Walid al-Moualem", "Moualem"]},
  {"name": UNS, "type": "person", "aliases": ["A U.N. spokesman", "The spokesman"]},
 ],
 "notes": [
  "VOA News report of Monday 1 October 2012 (no date line; date from the text's Mondays, the Ban-Moualem meeting and VOA item numbers, see meta published_evidence): a Syrian government air strike on Salqin near the Turkish border, rival tolls from activist groups, and Ban Ki-moon's meeting with Syria's foreign minister at the General Assembly. Story syria_war_oct_2012 with voa_2012_syria_aleppo_car_bombs_scores_killed (Aleppo bombings and the Akcakale shell, 3 October 2012).",
  "Rival claimants for the Salqin toll (key syria_war_oct_2012:salqin_killed): Syrian rights activists 21 (headline and lead), the Local Coordination Committees 30. The Observatory gives the eight children among the dead, the nationwide 100 dead and the 18 security personnel.",
  "Quotes: both are fragments of the U.N. spokesman's readout of the meeting ('A U.N. spokesman said ...', 'The spokesman said ...'); Ban's and the spokesman's are kept apart (Ban is reported inside the spokesman's account). Moualem's quoted 'terrorism' is in the dropped last paragraph (cut mid-word).",
  "Not figures: 'a number of the victims' (no number), 'U.N.'. Not events: no other date expression (the meeting is undated in the text).",
  "second reading: re-read the whole item once against the stored copy and FORMAT.md sections 1-2: text word for word (straight quote marks, 'Salqin', 'al-Moualem'), each figure's claimant (headline label, lead, the next sentences' Observatory and LCC), the key on 21/21/30 only, the two events and their agents, and that no surface form belongs to two actors ('Activists' is the headline label, 'activists from the town' a separate group).",
 ],
}
