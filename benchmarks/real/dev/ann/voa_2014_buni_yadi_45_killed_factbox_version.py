K = "nigeria_buni_yadi_attack_2014:"
G = "Buni Yadi gunmen"
JTF = "Joint Task Force source"
ANN = {
 "article": "articles/voa_2014_buni_yadi_45_killed_factbox_version.txt",
 "gold_out": "gold/voa_2014_buni_yadi_45_killed_factbox_version.json",
 "published": "2014-05-27",
 "quotes": [],
 "figures": [
  {"quantity": K+"security_deaths", "text": "45", "ctx": "Kill 45 Nigerian", "value": 45, "unit": None, "counted": "Nigerian soldiers and officers killed at Buni Yadi", "source": None, "approx": None,
   "note": "headline, outlet's voice; same key as the lead's 'At least 45' and both 45s of the Hausa-site version"},
  {"quantity": K+"security_deaths", "text": "45", "ctx": "At least 45 Nigerian", "value": 45, "unit": None, "counted": "Nigerian security personnel dead", "source": None, "approx": "at least",
   "note": "outlet's voice; the Joint Task Force source's 24 + 21 two paragraphs on are parts (no key)"},
  {"text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "gunmen on trucks and motorcycles", "source": None, "approx": None},
  {"text": "24", "value": 24, "unit": None, "counted": "soldiers confirmed dead", "source": JTF, "approx": None},
  {"text": "21", "value": 21, "unit": None, "counted": "police officers confirmed dead", "source": JTF, "approx": None},
 ],
 "events": [
  {"actor": G, "date": "2014-05-26", "date_text": "late Monday", "what": "gunmen stormed the town of Buni Yadi",
   "note": "'Hundreds of gunmen ... stormed the town in northeastern Yobe state late Monday': subject of 'stormed'; only 'believed to be Boko Haram militants', so kept as their own actor. Monday before Tuesday 27 May 2014"},
 ],
 "actors": [
  {"name": G, "type": "group", "aliases": ["gunmen believed to be Boko Haram militants", "Hundreds of gunmen", "the gunmen", "Alleged Boko Haram Gunmen"]},
  {"name": JTF, "type": "person", "aliases": ["A source with Nigeria's Joint Task Force", "The source"]},
 ],
 "notes": [
  "VOA News report of Tuesday 27 May 2014 (date inferred, see meta), voanews.com version (item 1923494) of the Buni Yadi report; story nigeria_buni_yadi_attack_2014 with voa_2014_buni_yadi_45_security_personnel_killed (the same text kept on VOA's Hausa site, which runs three paragraphs further in the stored copy). The stored copy breaks into a factbox after the fifth paragraph and is cut inside it (see edits), so this item is a strict subset of the other one; it is kept as a second copy whose figures share keys.",
  "No quotes. Figures: 45 twice (headline, lead; key nigeria_buni_yadi_attack_2014:security_deaths, outlet's voice), 'Hundreds' of gunmen (vague), 24 soldiers and 21 police officers (the Joint Task Force source). Not figures: 'an armored tank', 'many vehicles'.",
  "Events: 'late Monday' only (the gunmen stormed Buni Yadi).",
  "Actors: Boko Haram is only named inside 'gunmen believed to be Boko Haram militants' and the headline's 'Alleged Boko Haram Gunmen'; it does not act in this text, so it is not an actor here.",
  "second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2 and against the other version: same labels for the shared sentences, both 45s with ctx, 'at least' on the lead only.",
 ],
}
