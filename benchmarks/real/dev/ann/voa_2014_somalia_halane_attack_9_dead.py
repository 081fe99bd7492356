K = "somalia_halane_base_attack_2014:"
AS = "al-Shabab"
AM = "AMISOM"
SP = "al-Shabab spokesman"
ANN = {
 "article": "articles/voa_2014_somalia_halane_attack_9_dead.txt",
 "gold_out": "gold/voa_2014_somalia_halane_attack_9_dead.json",
 "published": "2014-12-25",
 "quotes": [
  {"text": "restored normalcy.", "speaker": AM, "speaker_mention": "AMISOM", "fragment": True,
   "note": "'AMISOM said it had regained control of the base and \"restored normalcy.\"': two words of AMISOM's statement inside reported speech; the final '.' stands inside the closing mark, so it is kept"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "9", "value": 9, "unit": None, "counted": "dead in the Mogadishu attack", "source": AM, "approx": None,
   "note": "headline 'Al-Shabab Attack in Mogadishu Leaves 9 Dead, AU Mission Says': the headline names its claimant (AU Mission = AMISOM). The total toll of the attack (5 attackers + 3 AU soldiers + 1 contractor); the next day's VOA items raise it to 14 (same key)"},
  {"quantity": K+"deaths", "text": "Nine", "value": 9, "unit": None, "counted": "people dead after the attack on the AU base", "source": AM, "approx": None,
   "note": "'Nine people are dead after al-Shabab militants attacked an African Union base ..., the AU mission said.'"},
  {"text": "five", "value": 5, "unit": None, "counted": "attackers who died", "source": AM, "approx": None,
   "note": "'It said five attackers, three AU soldiers and one civilian contractor died ...': It = AMISOM (its statement, the sentence before). The later items say all eight attackers died ('the last three of eight') but print no number of attackers killed as such, so no key"},
  {"quantity": K+"au_troops_killed", "text": "three", "ctx": "three AU soldiers", "value": 3, "unit": None, "counted": "AU soldiers who died", "source": AM, "approx": None,
   "note": "same sentence, AMISOM's statement; the next day's items have 'five AU peacekeepers' (the AMISOM spokesman), the same quantity revised (same key)"},
  {"text": "one", "ctx": "one civilian contractor", "value": 1, "unit": None, "counted": "civilian contractor who died", "source": AM, "approx": None,
   "note": "same sentence, AMISOM's statement; the later items write 'a foreign contractor' (not a number), so no key"},
  {"text": "three", "ctx": "three al-Shabab militants were captured", "value": 3, "unit": None, "counted": "al-Shabab militants captured", "source": AM, "approx": None,
   "note": "same sentence, still AMISOM's statement ('It said ..., and three al-Shabab militants were captured'); not the same quantity as the next day's 'last three' militants killed"},
  {"text": "14", "value": 14, "unit": None, "counted": "people killed by the militants", "source": SP, "approx": None,
   "note": "'The Reuters news agency quoted an al-Shabab spokesman as saying the militants had killed 14 people': the claimant is the spokesman (Reuters only relays him). Not keyed with the AU's 'death toll to 14' of the next day: the group counts its victims, the AU's toll includes the eight attackers"},
  {"text": "two", "value": 2, "unit": None, "counted": "major attacks on the Somali presidential palace", "source": None, "approx": None,
   "note": "'Al-Shabab fighters have ... mounted two major attacks on the Somali presidential palace': VOA's own voice"},
 ],
 "events": [
  {"actor": AS, "date": "2014-12-25", "date_text": "around midday Thursday", "what": "al-Shabab fighters breached the AU compound",
   "note": "'AMISOM said in a statement that al-Shabab fighters, some dressed in Somali National Army uniforms, breached the compound around midday Thursday': the expression modifies 'breached', whose subject is the al-Shabab fighters (the saying itself is undated). Thursday 25 December 2014, the published day"},
  {"actor": AS, "date": "2014-12-25", "date_text": "Thursday's", "what": "al-Shabab's attack targeted the Halane base",
   "note": "dated noun 'Thursday's attack': the text says who carried out the attack (al-Shabab militants attacked the base; the group claimed responsibility), so al-Shabab"},
  {"actor": AS, "date": "2014", "date_text": "this year", "what": "al-Shabab fighters killed several Somali lawmakers and mounted two attacks on the presidential palace",
   "note": "'Al-Shabab fighters have killed several Somali lawmakers this year and mounted two major attacks ...': active verbs with their subject; the year of the report"},
 ],
 "actors": [
  {"name": AS, "type": "organisation", "aliases": ["Al-Shabab", "al-Shabab", "al-Shabab militants", "al-Shabab fighters", "Al-Shabab fighters", "the militants", "The al-Qaida-linked group"]},
  {"name": AM, "type": "organisation", "aliases": ["AU Mission", "the AU mission", "The African Union Mission to Somalia", "AMISOM"]},
  {"name": SP, "type": "person", "aliases": ["an al-Shabab spokesman"]},
  {"name": "Reuters", "type": "organisation", "aliases": ["The Reuters news agency"]},
  {"name": "Nicholas Kay", "type": "person", "aliases": ["Nicholas Kay", "The U.N. representative to Somalia"]},
  {"name": "AU and Somali government forces", "type": "group", "aliases": ["AU and Somali government forces"]},
 ],
 "notes": [
  "VOA News report (no byline; VOA's AMP page) of Thursday 25 December 2014 (date inferred, see meta) on al-Shabab's Christmas Day attack on AMISOM's Halane base at Mogadishu airport; first of three items of story somalia_halane_base_attack_2014 (with VOA's follow-up of 26 December and Garowe Online's copy of an earlier version of that follow-up). The stored copy is whole: nothing dropped.",
  "One quote: the fragment 'restored normalcy.' from AMISOM's statement (final '.' inside the marks kept).",
  "Figures: AMISOM's toll 9 (headline, which names the AU mission as its claimant, and 'Nine' in the lead: key deaths, shared with the 14 of the next day's items) and its breakdown: five attackers, three AU soldiers (key au_troops_killed, shared with the next day's 'five AU peacekeepers'), one civilian contractor, three militants captured; the al-Shabab spokesman's 14 killed (relayed by Reuters; not keyed with the AU's 14, which counts the attackers too); 'two major attacks' in VOA's voice. Not figures: 'several Somali lawmakers' and 'several embassies' (left out, as in most of real/dev), 'a U.N. office', 'most Somali cities'.",
  "Events: 'around midday Thursday' (the fighters breached the compound), 'Thursday's attack' (al-Shabab), 'this year' (al-Shabab's killings of lawmakers and palace attacks). The claim, the statement and Kay's condemnation are undated. 'a Christmas party' (the target al-Shabab named) is left out: 'Christmas' there names the kind of party and dates no act.",
  "Actors: 'It' (paragraph 3) is AMISOM, not an alias (pronoun). 'the militants' in the spokesman's claim and 'The al-Qaida-linked group' are al-Shabab. 'Somali National Army' (uniforms) and 'African Union' (the base) do not act here.",
  "second careful reading against FORMAT.md sections 1-2 done by the annotator: checked every number token (9, Nine, five, three twice with ctx, one, 14, two), the claimants (AMISOM through the headline, 'said' and 'It said'; the spokesman through Reuters), the quote span with its final '.', the three date expressions and that no surface form belongs to two actors.",
 ],
}
