V = "Afghan volunteers"
AU = "Afghan authorities"
R = "rescuers"
OFF = "Afghan officials"
AD = "Shah Waliullah Adeeb"
K = "Hamid Karzai"
SP = "presidential spokesman"
UN = "United Nations"
Q = "afghan_landslide_2014:"
ANN = {
 "article": "articles/voa_2014_afghan_landslide_search_ends.txt",
 "gold_out": "gold/voa_2014_afghan_landslide_search_ends.json",
 "published": "2014-05-03",
 "quotes": [
  {"text": "We will offer prayers for the victims and make the area a mass grave", "speaker": AD, "speaker_mention": "he",
   "note": "a paragraph of its own closed by 'he said'; Adeeb is named in the sentence before ('Provincial Governor Shah Waliullah Adeeb told reporters at the scene ...'); trailing comma dropped"},
 ],
 "figures": [
  {"quantity": Q + "deaths", "text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "people killed by the landslide", "source": None, "approx": None, "ctx": "Landslide Kills Hundreds",
   "note": "headline 'Search Ends After Afghan Landslide Kills Hundreds', outlet's voice; the death toll of the landslide"},
  {"text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "Afghan volunteers armed with shovels", "source": None, "approx": None, "ctx": "Hundreds of Afghan volunteers"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "villagers buried under rock and mud", "source": None, "approx": None, "ctx": "buried hundreds of villagers",
   "note": "villagers buried by the landslide, the outlet's voice; not given a key (buried, not a stated toll of dead or missing)"},
  {"text": "two", "value": 2, "unit": None, "counted": "bodies recovered by nightfall", "source": None, "approx": None,
   "note": "'authorities ... had recovered only two bodies': the authorities are the agent of the recovery, the figure is the outlet's account (their 'said' governs only 'they had given up hope')"},
  {"quantity": Q + "homes_buried", "text": "300", "value": 300, "unit": None, "counted": "homes disappeared", "source": OFF, "approx": "at least",
   "note": "'Officials say at least 300 homes have disappeared': same quantity as 'Nearly 300 homes have been buried' (2 May) and O'Leary's 'some 300 homes' (3 May)"},
  {"quantity": Q + "deaths", "text": "500", "value": 500, "unit": None, "counted": "dead (the death toll could rise to)", "source": OFF, "approx": "up to",
   "note": "'and that the death toll could rise to as high as 500', still in what 'Officials say'; 'as high as' -> up to"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "people displaced or evacuated from the disaster scene", "source": None, "approx": None},
  {"quantity": Q + "deaths", "text": "2,700", "value": 2700, "unit": None, "counted": "dead (early statements on the death toll)", "source": "locals and aid agencies", "approx": "up to",
   "note": "'early statements on the death toll, which some locals and aid agencies had placed as high as 2,700': claimed jointly by the locals and aid agencies (one group actor with the joint surface form, as 'local officials and residents' elsewhere in the set: neither member has a proper-noun word for the joint name to resolve through); 'as high as' -> up to"},
  {"quantity": Q + "deaths", "text": "250-350", "value": 250, "value_max": 350, "unit": None, "counted": "confirmed dead", "source": SP + " and " + UN, "approx": None,
   "note": "'A presidential spokesman and United Nations officials at the scene placed preliminary figures at 250-350 confirmed dead': a range, joint claimant"},
 ],
 "events": [
  {"actor": V, "date": "2014-05-03", "date_text": "Saturday", "what": "Afghan volunteers joined rescue teams to look for survivors", "ctx": "northern Afghanistan Saturday",
   "note": "'Hundreds of Afghan volunteers ... joined rescue teams in northern Afghanistan Saturday': subject of 'joined'; Saturday 3 May 2014, the report's day"},
  {"actor": AU, "date": "2014-05-03", "date_text": "By nightfall", "what": "authorities had recovered only two bodies and said they had given up hope of finding survivors",
   "note": "'By nightfall, however, authorities ... had recovered only two bodies and said ...': the nightfall of the Saturday of the sentence before"},
  {"actor": None, "date": "2014-05-03", "date_text": "By late Saturday", "what": "the focus of the disaster had shifted to the needs of the displaced",
   "note": "'the focus ... had shifted': a change of state, no agent"},
 ],
 "actors": [
  {"name": V, "type": "group", "aliases": ["Afghan volunteers"]},
  {"name": AU, "type": "group", "aliases": ["authorities", "Authorities"]},
  {"name": R, "type": "group", "aliases": ["Rescuers"]},
  {"name": OFF, "type": "group", "aliases": ["Officials"]},
  {"name": AD, "type": "person", "aliases": ["Provincial Governor Shah Waliullah Adeeb", "Shah Waliullah Adeeb"]},
  {"name": K, "type": "person", "aliases": ["President Hamid Karzai", "Hamid Karzai"]},
  {"name": "locals and aid agencies", "type": "group", "aliases": ["some locals and aid agencies"]},
  {"name": SP, "type": "person", "aliases": ["A presidential spokesman"]},
  {"name": UN, "type": "organisation", "aliases": ["United Nations officials"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["U.S. President Barack Obama", "Barack Obama"]},
  {"name": "Ban Ki-moon", "type": "person", "aliases": ["United Nations Secretary-General Ban Ki-moon", "Ban Ki-moon"]},
 ],
 "notes": [
  "VOA News report of Saturday 3 May 2014 (date inferred, see meta) on the end of the search at Aab Bareek, Badakhshan, the day after the landslide of Friday 2 May; story afghan_landslide_2014 with voa_2014_afghan_landslide_hundreds_feared_dead (2 May) and voa_2014_afghan_landslide_thousands_feared_dead (3 May).",
  "Cross-report keys: afghan_landslide_2014:deaths — headline 'Kills Hundreds' (outlet), 'as high as 500' (officials), 'as high as 2,700' (locals and aid agencies, early statements), '250-350 confirmed dead' (presidential spokesman and UN officials); with '350' killed (UN, 2 May) and the '250 to 2,000' estimates (3 May). :homes_buried — 'at least 300' (officials) with 'Nearly 300' (2 May), 'some 300' and 'hundreds' (3 May). The volunteers, buried villagers, two bodies and thousands displaced have no key.",
  "Claimants: officials (300 homes and 500, one 'Officials say' sentence), some locals and aid agencies jointly (2,700), a presidential spokesman and UN officials jointly (250-350). The two bodies recovered are the outlet's account of the authorities' act.",
  "Quote: Governor Adeeb's, named in the sentence before and attributed by 'he said' in the next paragraph. 'the houses were under meters of mud' is reported speech without marks.",
  "Events: 'Saturday' (volunteers joined), 'By nightfall' (authorities recovered two bodies, same Saturday), 'By late Saturday' (no agent). Karzai's announcement and the condolences of Obama and Ban carry no date: no events. 'after days of torrential rains' is a duration, 'early statements' is not a date.",
  "Actors: 'authorities in the remote Badakhshan province village of Aab Bareek' and 'Authorities also sought to clarify' taken as one group (Afghan authorities); 'Officials' (who say 300/500) listed apart as in the other items of the story; 'Rescuers' voiced fears. Rescue teams (object of 'joined') and reporters do not act.",
  "Not figures: 'meters of mud', 'tons of rock' (no number), 'a national day of mourning', 'a mass grave'.",
  "second reading: re-read the item in full against FORMAT.md: both dates are Saturday 3 May 2014; hedges 'at least' (300), 'as high as' -> up to (500, 2,700); the range '250-350' kept as one figure with value_max; 'Hundreds' occurs twice (headline, volunteers), each with ctx.",
 ],
}
