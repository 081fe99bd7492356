EF = "Ethiopian armed forces"
AD = "Mohamed Amin Sheikh Adow"
RM = "residents in Mogadishu"
IL = "Islamist leaders"
ICU = "Islamic Courts Union"
ANN = {
 "article": "articles/voa_2006_somalia_ethiopian_jets_bomb_airports.txt",
 "gold_out": "gold/voa_2006_somalia_ethiopian_jets_bomb_airports.json",
 "published": "2006-12-25",
 "quotes": [
  {"text": "The situation is deteriorating. They are very scared how things are developing", "speaker": AD, "speaker_mention": "he",
   "note": "'... ,\" he said.': 'he' is Adow, named in the paragraph before ('Adow says the bombing has also left many people shocked') and introduced two paragraphs before; trailing comma dropped"},
  {"text": "Nobody was expecting that Ethiopian bombardment would come to Mogadishu.", "speaker": AD, "speaker_mention": "he",
   "note": "second part of the quotation after 'he said': a separate quote, same speaker; final stop kept"},
 ],
 "figures": [
  {"text": "100 kilometers", "value": 100, "unit": "km", "counted": "distance of the second airport west of Mogadishu", "source": None, "approx": "around",
   "note": "'about 100 kilometers to the west', outlet's voice"},
  {"text": "two", "value": 2, "unit": None, "counted": "Ethiopian fighter jets", "source": RM, "approx": "at least", "ctx": "at least two Ethiopian",
   "note": "'residents in Mogadishu say at least two Ethiopian fighter jets roared across the sky'"},
  {"text": "two", "value": 2, "unit": None, "counted": "bombs dropped on the airport", "source": RM, "approx": None, "ctx": "two bombs",
   "note": "same sentence as the jets: still the residents' account"},
  {"text": "one", "value": 1, "unit": None, "counted": "woman wounded by the attack", "source": AD, "approx": None, "ctx": "one woman",
   "note": "'Mohamed Amin Sheikh Adow, tells VOA that the attack wounded one woman'"},
  {"text": "30,000", "value": 30000, "unit": None, "counted": "Ethiopian troops in Somalia", "source": IL, "approx": "up to",
   "note": "'Adow says Islamist leaders are urging Somalis ... to prepare to fight a holy war against as many as 30,000 Ethiopian troops in Somalia': the figure is part of the Islamist leaders' call, relayed by Adow; the innermost claimant is taken (as in the dev items where one source relays another's figure); 'as many as' -> up to"},
  {"text": "seven", "value": 7, "unit": "months", "counted": "months since Islamist forces took power in Mogadishu", "source": None, "approx": "around",
   "note": "'nearly seven months ago', outlet's voice; 'nearly' -> around; also dated as an event below"},
  {"text": "250 kilometers", "value": 250, "unit": "km", "counted": "distance of Baidoa northwest of Mogadishu", "source": None, "approx": None},
 ],
 "events": [
  {"actor": EF, "date": "2006-12-25", "date_text": "Monday morning", "what": "Ethiopian fighter jets roared across Mogadishu and dropped two bombs on the airport",
   "note": "'at least two Ethiopian fighter jets roared across the sky Monday morning, dropping two bombs': the jets (Ethiopia's air force) are the subject of 'roared'/'dropping'; Monday = 25 December 2006, the publication day"},
  {"actor": ICU, "date": "2006-06", "date_text": "seven months ago", "what": "Islamist forces took power in Mogadishu",
   "note": "'Islamist forces took power in Mogadishu nearly seven months ago': active 'took', subject the Islamists' forces (the Islamic Courts). date_text without 'nearly' as 'six months ago' in the dev items (hedge left out of the span). 'nearly seven months' before 25 December 2006 is a little less than seven months, i.e. June 2006 (the Islamic Courts took Mogadishu in early June 2006; VOA's 27 December report says they 'seized Mogadishu in June'), so the month is 2006-06, not the 2006-05 of a plain seven-month count back"},
 ],
 "actors": [
  {"name": EF, "type": "organisation", "aliases": ["Ethiopian fighter jets", "Ethiopian troops"]},
  {"name": "Ethiopia", "type": "country", "aliases": ["Ethiopia", "Addis Ababa", "neighboring Ethiopia"]},
  {"name": ICU, "type": "group", "aliases": ["the Somali Islamist movement", "The Islamist movement", "Islamist forces", "The Islamists"]},
  {"name": RM, "type": "group", "aliases": ["residents in Mogadishu"]},
  {"name": AD, "type": "person", "aliases": ["A reporter for Somalia's Shabelle Radio in Mogadishu, Mohamed Amin Sheikh Adow", "Adow"]},
  {"name": IL, "type": "group", "aliases": ["Islamist leaders"]},
 ],
 "notes": [
  "VOA report by Alisha Ryu (East Africa Bureau, Nairobi) of Monday 25 December 2006 on Ethiopia's air strikes on Mogadishu airport and a second Islamist-held airport (Baledogle, unnamed here); story somalia_ethiopia_war_2006 with voa_2006_somalia_ethiopian_troops_advance_capital (26 December) and voa_2006_somalia_troops_score_major_advances (27 December). The URL carries 2006-12-24; the date is worked out from the text (meta published_evidence).",
  "Quotes: one quotation by Adow, interrupted by 'he said' (two quotes); the speaker is named only in the paragraphs before.",
  "Claimants: residents in Mogadishu (at least two jets, two bombs), Adow (one woman wounded), Islamist leaders via Adow (as many as 30,000 Ethiopian troops); the distances and the seven months are in the outlet's voice. No figure here states the same quantity as a figure of the other two items (they give the distance of Ethiopian troops from Mogadishu and casualty tolls), so no quantity keys.",
  "Not figures: 'a second airport' (ordinal), 'parts of a building', 'For months' (no number), 'a holy war'.",
  "Events: 'Monday morning' (the raid, Ethiopian forces) and 'seven months ago' (the Islamists took Mogadishu). Left out: 'For months' (a duration), 'what will happen next' (no date). The 'on Sunday' of Meles's acknowledgement was in the dropped last paragraph.",
  "Actors: 'Ethiopian fighter jets' (twice, once as 'at least two Ethiopian fighter jets') and 'Ethiopian troops' (the 30,000) are aliases of the Ethiopian armed forces; Ethiopia the country acts (dismissed reports; 'Addis Ababa' as metonym was prompted to intervene). The Somali interim government and Shabelle Radio do not act and are not listed; Alisha Ryu and VOA are the outlet.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2 (whole item re-read): text re-compared with the stored copy; quote spans (comma dropped, final stop kept), hedges (about -> around, at least, as many as -> up to, nearly -> around), the two 'two's by ctx, Monday = 25 December 2006 and the month of the seven-months-ago event rechecked.",
 ],
}
