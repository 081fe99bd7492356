S = "israel_hezbollah_2006"
B = "Robert Berger"
DH = "Dan Halutz"
IM = "Israeli military"
ANN = {
 "article": "articles/voa_2006_lebanon_shelling_bombing_persist.txt",
 "gold_out": "gold/voa_2006_lebanon_shelling_bombing_persist.json",
 "published": "2006-07-22",
 "quotes": [
  {"text": "About 10 Israeli tanks have deployed here at a staging point on the Israel-Lebanon border", "speaker": B, "speaker_mention": "he",
   "note": "'..., he said.': 'he' is the reporter Robert Berger, named in the paragraph before ('Reporter Robert Berger was on the border, and describes the situation for VOA'); trailing comma dropped"},
  {"text": "They are preparing to head up to the frontline in south Lebanon. But soldiers say they are worried. Hezbollah anti-tank missiles and mines have destroyed several tanks since the fighting began.", "speaker": B, "speaker_mention": "he",
   "note": "second half of Berger's quotation after 'he said'; final full stop kept"},
 ],
 "figures": [
  {"text": "10", "value": 10, "unit": None, "counted": "Israeli tanks deployed at a staging point on the border", "source": B, "approx": "around",
   "note": "'About 10' inside Berger's quotation, so his claim; 'about' -> around"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "of Katyusha rockets fired into northern Israel", "source": None, "approx": None,
   "note": "vague plural, outlet's voice"},
  {"quantity": S + ":lebanon_dead", "text": "360", "value": 360, "unit": None, "counted": "people killed in the violence in Lebanon so far", "source": "Lebanese authorities", "approx": "more than",
   "note": "'Lebanese authorities say more than 360 people have been killed ...': the Lebanese toll of the war, same key as 'more than 100' (16 July) and 'more than 900' (Lebanon's prime minister, 4 August item)"},
  {"text": "half-a-million", "value": 500000, "unit": None, "counted": "people displaced", "source": "Aid agencies", "approx": "more than",
   "note": "'Aid agencies say well over half-a-million people have been displaced': 'well over' -> more than; the number is the hyphenated 'half-a-million'"},
  {"quantity": S + ":israel_dead", "text": "30", "value": 30, "unit": None, "counted": "Israelis killed", "source": None, "approx": "more than",
   "note": "'More than 30 Israelis have been killed.': no attribution in its sentence or the next (the two sentences before are the Lebanese authorities' and the aid agencies' claims about Lebanon), so outlet's voice; same key as 'the death toll in Israel to more than 20' (16 July)"},
 ],
 "events": [
  {"actor": DH, "date": "2006-07-21", "date_text": "Friday", "what": "said limited, small incursions into Lebanon are foreseen",
   "note": "'Israel's army chief of staff, Lt.-General Dan Halutz, said Friday, ...': agent of 'said'; the Friday before Saturday 22 July 2006"},
  {"actor": None, "date": "2006-07-22", "date_text": "On Saturday", "what": "bombs struck television and mobile phone towers and transmission stations, including north of Beirut",
   "note": "'On Saturday, bombs struck ...': the subject is the bombs, no agent (as 'Aerial volleys ... continued Friday' elsewhere in the set); the bombs are Israel's by context (the sentence before: 'Israeli warplanes continued bombing runs'; the military explains 'the attack'), but the text does not make the warplanes or the military the subject of 'struck'. Saturday = the publication day"},
 ],
 "actors": [
  {"name": B, "type": "person", "aliases": ["Reporter Robert Berger"]},
  {"name": DH, "type": "person", "aliases": ["Israel's army chief of staff, Lt.-General Dan Halutz", "Halutz"]},
  {"name": IM, "type": "organisation", "aliases": ["The Israeli military", "Israeli warplanes", "Israeli artillery"]},
  {"name": "Hezbollah", "type": "organisation", "aliases": ["Hezbollah"]},
  {"name": "Lebanese authorities", "type": "organisation", "aliases": ["Lebanese authorities"]},
  {"name": "Aid agencies", "type": "group", "aliases": ["Aid agencies"]},
 ],
 "notes": [
  "VOA News report of Saturday 22 July 2006 (date from the address, see meta published_evidence), eleventh day of the Israel-Hezbollah war: Israeli ground incursions, strikes on television and phone towers, Hezbollah rockets on Haifa; with a report by Robert Berger from the border. Story israel_hezbollah_2006 (VOA 16 July, 3 and 4 August in this folder; Wikinews and DOD items in dev).",
  "Rival claimants for the tolls: Lebanese authorities (more than 360 dead in Lebanon, :lebanon_dead), aid agencies (well over half a million displaced), the outlet (more than 30 Israelis killed, :israel_dead). Berger's quotation is split by 'he said'; he is named in the paragraph before.",
  "Not figures: 'several days', 'several tanks', 'several television stations' (no number). Not events: 'since the fighting began' (inside the quote, no date), 'for several days now' (duration), 'so far' (vague). The dropped last paragraph held Rice's trip 'Sunday'.",
  "second reading: re-read the whole item against the stored copy and FORMAT.md sections 1-2: checked the text word for word, the split quote and its marks, 'About' -> around, 'well over' -> more than, that the 30 Israelis have no claimant, and that 'On Saturday' has no agent (subject 'bombs').",
 ],
}
