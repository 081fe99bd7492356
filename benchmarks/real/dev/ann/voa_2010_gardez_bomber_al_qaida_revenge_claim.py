GB = "Gardez suicide bomber"
SP = "Paktia governor's spokesman"
SF = "Afghan security forces"
AY = "Mustafa Abu al-Yazid"
TB = "Afghan and Pakistani Taliban"
IO = "intelligence officials"
HB = "Humam Khalil Abu-Mulal al-Balawi"
DM = "Jalalabad demonstrators"
UL = "U.S. lawmakers"
JM = "John McCain"
S = "gardez_khost_bombings_2010:"
ANN = {
 "article": "articles/voa_2010_gardez_bomber_al_qaida_revenge_claim.txt",
 "gold_out": "gold/voa_2010_gardez_bomber_al_qaida_revenge_claim.json",
 "published": "2010-01-07",
 "quotes": [
  {"text": "off-balance.", "speaker": JM, "speaker_mention": "McCain", "fragment": True,
   "note": "'McCain voiced his support ..., saying they have knocked al-Qaida and other Islamic extremist groups \"off-balance.\"': a fragment of his words inside reported speech; the final '.' inside the marks kept"},
 ],
 "figures": [
  {"quantity": S + "gardez_killed", "text": "8", "value": 8, "unit": None, "counted": "people killed", "source": None, "approx": None,
   "note": "headline 'Suicide Bomber Kills 8': outlet's voice"},
  {"quantity": S + "gardez_killed", "text": "eight", "value": 8, "unit": None, "counted": "people killed", "source": None, "approx": "at least",
   "note": "'killing at least eight people': outlet's voice in this version (the earlier version attributes it to an Afghan official)"},
  {"quantity": S + "gardez_wounded", "text": "24", "value": 24, "unit": None, "counted": "others wounded", "source": None, "approx": "more than",
   "note": "'wounding more than 24 others': outlet's voice; the earlier version has Samoon's 'at least 24'"},
  {"quantity": S + "khost_would_be_bombers_killed", "text": "two", "value": 2, "unit": None, "counted": "would-be suicide bombers killed", "source": None, "approx": None, "ctx": "two would-be",
   "note": "'Afghan security forces killed two would-be suicide bombers in Khost': outlet's voice here (in the earlier version the forces 'said' it)"},
  {"quantity": S + "khost_base_officers_killed", "text": "seven", "value": 7, "unit": None, "counted": "CIA officers killed", "source": None, "approx": None,
   "note": "'last week's suicide bombing on the U.S. base in Khost that killed seven CIA officers': a relative clause in VOA's voice describing the bombing; al-Yazid's claim is what he 'called' it"},
  {"text": "three", "value": 3, "unit": None, "counted": "militant leaders killed in drone strikes", "source": AY, "approx": None,
   "note": "'a top al-Qaida commander in Afghanistan called [the bombing] revenge for three militant leaders killed in drone strikes': his characterisation; he is named in the next sentence (Sheikh Mustafa Abu al-Yazid, same posting)"},
  {"text": "two", "value": 2, "unit": None, "counted": "top al-Qaida commanders", "source": AY, "approx": None, "ctx": "two top",
   "note": "'Sheikh Mustafa Abu al-Yazid said the attack was a retribution for the death of ... Baitullah Mehsud and two top al-Qaida commanders'"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "demonstrators", "source": None, "approx": None,
   "note": "'hundreds of demonstrators' in Jalalabad: vague plural, outlet's voice"},
  {"quantity": S + "jalalabad_children_killed", "text": "four", "value": 4, "unit": None, "counted": "Afghan children killed", "source": None, "approx": None,
   "note": "'a Wednesday roadside bombing near the city that killed four Afghan children and a policeman': outlet's relative clause; the demonstrators' claim is the blame"},
 ],
 "events": [
  {"actor": GB, "date": "2010-01-07", "date_text": "Thursday", "what": "suicide bomber blew himself up in Paktia", "ctx": "Paktia Thursday",
   "note": "'A suicide bomber blew himself up in the eastern Afghan province of Paktia Thursday': the bomber is the subject"},
  {"actor": None, "date": "2010-01-07", "date_text": "Hours earlier", "what": "bomb ripped through the Khost acting governor's office",
   "note": "'Hours earlier' = the day of the Paktia bombing of the sentence before (as 'later in the day'); the main clause's subject is 'a bomb hidden in trash' (passive 'hidden', no agent), so null. The clause after 'while' (security forces killed two would-be bombers) is not what the expression heads"},
  {"actor": HB, "date": "2009-12-28/2010-01-03", "date_text": "last week's", "what": "suicide bombing on the U.S. base in Khost",
   "note": "date on the noun 'bombing' ('last week's suicide bombing on the U.S. base in Khost'); the text says who carried it out: 'Intelligence officials say the bomber, Humam Khalil Abu-Mulal al-Balawi ...' (the Taliban's and al-Qaida's statements are claims of being behind it; the bomber is the agent of a suicide bombing). Last week = ISO week before Thursday 7 January 2010"},
  {"actor": AY, "date": "2010-01-06", "date_text": "late Wednesday", "what": "al-Yazid's posting on an al-Qaida-linked Web site",
   "note": "'In a posting on an al-Qaida-linked Web site late Wednesday, Sheikh Mustafa Abu al-Yazid said ...': his posting, he is the subject of 'said'"},
  {"actor": None, "date": "2010-01-06", "date_text": "Wednesday", "what": "roadside bombing near Jalalabad", "ctx": "a Wednesday roadside",
   "note": "date on the noun 'bombing'; the demonstrators blame U.S. soldiers, but the text does not say who did it, so null"},
  {"actor": UL, "date": "2010-01-07", "date_text": "Elsewhere Thursday", "what": "U.S. lawmakers including McCain visited Kabul",
   "note": "'Elsewhere Thursday, several U.S. lawmakers, including Senator John McCain, visited the Afghan capital': the lawmakers are the subject"},
 ],
 "actors": [
  {"name": GB, "type": "person", "aliases": ["Suicide Bomber", "A suicide bomber"]},
  {"name": SP, "type": "person", "aliases": ["A spokesman for the provincial governor"]},
  {"name": SF, "type": "organisation", "aliases": ["Afghan security forces"]},
  {"name": AY, "type": "person", "aliases": ["Sheikh Mustafa Abu al-Yazid", "a top al-Qaida commander in Afghanistan"]},
  {"name": TB, "type": "group", "aliases": ["the Afghan and Pakistani Taliban"]},
  {"name": IO, "type": "group", "aliases": ["Intelligence officials"]},
  {"name": HB, "type": "person", "aliases": ["Humam Khalil Abu-Mulal al-Balawi", "the bomber"]},
  {"name": DM, "type": "group", "aliases": ["demonstrators", "The demonstrators"]},
  {"name": UL, "type": "group", "aliases": ["several U.S. lawmakers"]},
  {"name": JM, "type": "person", "aliases": ["Senator John McCain", "McCain"]},
 ],
 "notes": [
  "VOA News report of Thursday 7 January 2010 from VOA's own host (no date printed; worked out in meta): a later version of voa_2010_gardez_suicide_bomber_kills_8 (same headline), adding al-Qaida commander Mustafa Abu al-Yazid's statement on the 30 December Khost base bombing and McCain's visit; story gardez_khost_bombings_2010.",
  "Quantity keys shared with the other item: gardez_killed, gardez_wounded ('more than 24' here vs 'at least 24'), khost_would_be_bombers_killed, khost_base_officers_killed ('seven CIA officers' vs 'seven intelligence officers'), jalalabad_children_killed. Here every toll is in VOA's voice; only al-Yazid's 'three' and 'two' have a claimant. 'three militant leaders' and 'two top al-Qaida commanders' (plus Mehsud) are not given a key: different counts of different sets.",
  "'a top al-Qaida commander in Afghanistan' and 'Sheikh Mustafa Abu al-Yazid' are one actor: the next sentence names the author of the same statement ('the al-Qaida statement').",
  "Quote: one fragment, McCain's 'off-balance.'",
  "Not figures: 'several other senior officials', 'several U.S. lawmakers' (no number), 'a policeman', 'Both' (the Afghan and Pakistani Taliban). Not events: none left out besides the undated acts.",
  "Actors not listed: the Khost acting governor (victim), al-Qaida as such ('the al-Qaida statement' is al-Yazid's), Baitullah Mehsud and the two commanders (killed), U.S. soldiers (only blamed), Obama (effigy).",
  "Second careful read done by the annotator against FORMAT.md: text re-compared with the stored copy; 'last week's' normalised to the ISO week 2009-12-28/2010-01-03; 'Hours earlier' to the day of the sentence before; both 'two' pinned by ctx; hedges (at least, more than) rechecked.",
 ],
}
