GB = "Gardez suicide bomber"
KB = "Khost base suicide bomber"
AO = "Afghan official"
RS = "Rohulla Samoon"
LS = "Luigi Scollo"
OFF = "Afghan officials"
SF = "Afghan security forces"
DM = "Jalalabad demonstrators"
S = "gardez_khost_bombings_2010:"
ANN = {
 "article": "articles/voa_2010_gardez_suicide_bomber_kills_8.txt",
 "gold_out": "gold/voa_2010_gardez_suicide_bomber_kills_8.json",
 "published": "2010-01-07",
 "quotes": [
  {"text": "insurgents", "speaker": LS, "speaker_mention": "Brigadier General Luigi Scollo", "fragment": True,
   "note": "one word quoted from Scollo's statement inside reported speech ('condemned the attack, saying \"insurgents\" had again proven ...'): his word, not a scare quote"},
  {"text": "the enemy of the Afghan people.", "speaker": LS, "speaker_mention": "Brigadier General Luigi Scollo", "fragment": True,
   "note": "phrase quoted from the same statement, same sentence; the final '.' is inside the marks and kept"},
 ],
 "figures": [
  {"quantity": S + "gardez_killed", "text": "8", "value": 8, "unit": None, "counted": "people killed", "source": None, "approx": None, "ctx": "Kills 8",
   "note": "headline 'Suicide Bomber Kills 8': outlet's voice; the Gardez toll"},
  {"quantity": S + "gardez_killed", "text": "eight", "value": 8, "unit": None, "counted": "people killed", "source": AO, "approx": "at least",
   "note": "'An Afghan official says at least eight people have been killed': the claimant is the unnamed official. The next sentence introduces 'A Paktia provincial governor's spokesman, Rohulla Samoon' with a new indefinite ('A ...'), so the text does not say they are one person; kept as a separate actor"},
  {"quantity": S + "gardez_wounded", "text": "24", "value": 24, "unit": None, "counted": "people wounded", "source": RS, "approx": "at least",
   "note": "'Rohulla Samoon, says at least 24 people were wounded in Thursday's attack'"},
  {"quantity": S + "khost_would_be_bombers_killed", "text": "two", "value": 2, "unit": None, "counted": "would-be suicide bombers killed", "source": SF, "approx": None,
   "note": "'Afghan security forces said they killed two would-be suicide bombers': the forces claim it"},
  {"text": "nine", "value": 9, "unit": None, "counted": "people wounded by the Khost market explosion", "source": None, "approx": "at least",
   "note": "'an explosion at a market in Khost wounded at least nine people': outlet's voice"},
  {"quantity": S + "khost_base_officers_killed", "text": "seven", "value": 7, "unit": None, "counted": "intelligence officers killed", "source": None, "approx": None,
   "note": "the US base bombing near Khost 'killing seven intelligence officers': outlet's voice; same quantity as 'seven CIA officers' in the other item of the story"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "demonstrators", "source": None, "approx": None,
   "note": "'hundreds of demonstrators' in Jalalabad: vague plural, outlet's voice"},
  {"quantity": S + "jalalabad_children_killed", "text": "four", "value": 4, "unit": None, "counted": "Afghan children killed", "source": None, "approx": None,
   "note": "'a Wednesday roadside bombing near the city that killed four Afghan children and a policeman': the toll is in the outlet's relative clause; what the demonstrators claim is the blame, not the toll"},
  {"text": "80", "value": 80, "unit": None, "counted": "other people wounded", "source": None, "approx": "at least",
   "note": "'At least 80 other people were wounded in the blast' (the Jalalabad roadside bombing): outlet's voice; the next sentence's 'Afghan officials say' covers only how the explosion occurred"},
 ],
 "events": [
  {"actor": GB, "date": "2010-01-07", "date_text": "Thursday's attack", "what": "suicide bombing in Gardez",
   "note": "date on the noun 'attack' ('wounded in Thursday's attack'); the text says who attacked: 'a suicide bomber detonated explosives in the eastern town of Gardez'"},
  {"actor": LS, "date": "2010-01-07", "date_text": "Thursday", "what": "Scollo's statement condemning the attack", "ctx": "a Thursday statement",
   "note": "'In a Thursday statement, a NATO officer, Brigadier General Luigi Scollo, condemned the attack': the date is on his statement; he is its author and the subject of 'condemned'"},
  {"actor": None, "date": "2010-01-07", "date_text": "Earlier Thursday", "what": "explosion at the Khost acting governor's office",
   "note": "'Earlier Thursday, an explosion ripped through the office ...': an explosion is not an agent; the bomb 'was hidden' (passive, no agent), so null"},
  {"actor": SF, "date": "2010-01-07", "date_text": "Thursday", "what": "Afghan security forces killed two would-be suicide bombers", "ctx": "Khost Thursday",
   "note": "'Also in Khost Thursday, Afghan security forces said they killed two would-be suicide bombers': whether the date modifies 'said' or 'killed', the forces are the agent"},
  {"actor": None, "date": "2010-01-06", "date_text": "On Wednesday", "what": "explosion at a market in Khost wounded at least nine",
   "note": "'On Wednesday, an explosion at a market in Khost wounded ...': an explosion, no agent named"},
  {"actor": KB, "date": "2009-12-30", "date_text": "just over a week ago", "what": "suicide bombing inside a U.S. base near Khost",
   "note": "'just over a week ago, a suicide bomber blew himself up inside a U.S. base near the city': the bomber is the subject. 'a week ago' from Thursday 7 January would be 31 December; 'just over' points to the day before, Wednesday 30 December 2009, the day of the Camp Chapman bombing (the other item of the story dates it to 'last week')"},
  {"actor": DM, "date": "2010-01-07", "date_text": "Thursday", "what": "demonstrators chanted slogans and burned an effigy of Obama in Jalalabad", "ctx": "Barack Obama Thursday",
   "note": "'hundreds of demonstrators chanted anti-U.S. slogans and burned an effigy of U.S. President Barack Obama Thursday': the demonstrators are the subject"},
  {"actor": None, "date": "2010-01-06", "date_text": "Wednesday", "what": "roadside bombing near Jalalabad", "ctx": "a Wednesday roadside bombing",
   "note": "date on the noun 'bombing'; the demonstrators blame U.S. soldiers but the text does not say who did it ('Afghan officials say the explosion occurred when a convoy vehicle hit an explosive device'), so null"},
 ],
 "actors": [
  {"name": GB, "type": "person", "aliases": ["Suicide Bomber", "a suicide bomber"]},
  {"name": AO, "type": "person", "aliases": ["An Afghan official"]},
  {"name": RS, "type": "person", "aliases": ["Rohulla Samoon", "A Paktia provincial governor's spokesman", "The spokesman"]},
  {"name": LS, "type": "person", "aliases": ["Brigadier General Luigi Scollo", "a NATO officer"]},
  {"name": OFF, "type": "group", "aliases": ["Afghan officials"]},
  {"name": SF, "type": "organisation", "aliases": ["Afghan security forces"]},
  {"name": KB, "type": "person", "aliases": []},
  {"name": DM, "type": "group", "aliases": ["demonstrators", "The demonstrators"]},
 ],
 "notes": [
  "VOA News report of Thursday 7 January 2010 (kept from GlobalSecurity.org's copy; see meta) on a suicide bombing in Gardez (Paktia), a bomb at the Khost acting governor's office and a protest in Jalalabad; story gardez_khost_bombings_2010 with voa_2010_gardez_bomber_al_qaida_revenge_claim (a later version of the same VOA report, from VOA's own host).",
  "Quantity keys shared with the other item: gardez_killed (headline 8, 'at least eight'), gardez_wounded ('at least 24' here, 'more than 24' there), khost_would_be_bombers_killed (two), khost_base_officers_killed ('seven intelligence officers' here, 'seven CIA officers' there), jalalabad_children_killed (four).",
  "Claimants: an unnamed Afghan official (eight dead), Rohulla Samoon (24 wounded), Afghan security forces (two would-be bombers killed); the other figures are in VOA's voice.",
  "Quotes: two fragments of Brigadier General Luigi Scollo's Thursday statement inside reported speech.",
  "'a suicide bomber' occurs twice with two referents (the Gardez bomber, then the Khost base bomber); listed as an alias of the Gardez bomber only, the Khost base bomber has no alias of his own in this text.",
  "Not figures: 'several other senior officials' (no number), 'a policeman', 'a week' in 'just over a week ago' (a relative date, annotated as an event). Not events: none left out; the dropped last paragraph held 'Elsewhere Thursday' (US lawmakers' visit).",
  "Actors not listed: Tahir Khan Sabri (victim), U.S. soldiers (only blamed), the Taliban and al-Qaida militants (only a stronghold is theirs), Barack Obama (effigy).",
  "Second careful read done by the annotator against FORMAT.md: text re-compared with the stored copy; quote spans (the '.' kept inside the second), the hedges (at least x5, none on headline and counts), the dates (Thursday 2010-01-07, Wednesday 2010-01-06) and each event's agent rechecked.",
 ],
}
