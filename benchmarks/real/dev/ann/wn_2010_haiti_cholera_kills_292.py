K = "haiti_cholera_2010:"
JA = "Jon Andrus"
HG = "Haitian government"
UN = "United Nations"
ANN = {
 "article": "articles/wn_2010_haiti_cholera_kills_292.txt",
 "gold_out": "gold/wn_2010_haiti_cholera_kills_292.json",
 "published": "2010-10-28",
 "quotes": [
  {"text": "Explosive", "speaker": JA, "speaker_mention": None, "fragment": True,
   "note": "headline word in single quote marks. The page's pull-quote box (removed as decoration, see meta edits) gives the words 'We are seeing a very rapid, very explosive outbreak with a very steep academic curve' to '—Jon Andrus'; in the kept text the only person quoted on the outbreak is Andrus, so the speaker is Andrus, named in the third line, with no mention in the headline (as the headline quote of govuk_2024_blackstone_10_billion_blyth)"},
  {"text": "health aides are in Haitian camps, educating people about proper food, water and waste treatment.", "speaker": JA,
   "speaker_mention": "The Deputy Director of the Pan American Health Organization (PAHO), Jon Andrus",
   "note": "'..., Jon Andrus said, \"...\"': speaker introduced by a long apposition before the quote; the final '.' inside the marks is kept"},
  {"text": "the goal is to provide 24-hours-a-day medical care.", "speaker": JA, "speaker_mention": "He",
   "note": "'He also added that \"...\"': pronoun in the next sentence, Andrus"},
  {"text": "extremely serious", "speaker": UN, "speaker_mention": "The United Nations (UN)", "fragment": True,
   "note": "'The United Nations (UN) is calling the cholera outbreak \"extremely serious\"': a phrase of the UN's inside reported speech"},
  {"text": "irresponsible to plan for anything but a considerably wider outbreak.", "speaker": UN, "speaker_mention": "The United Nations (UN)", "fragment": True,
   "note": "'... and it would be \"irresponsible ...\"': second part of the same reported statement, coordinated with 'is calling'; its subject is still the UN (other reports give these words to Nigel Fisher, the UN humanitarian coordinator, but this text names only the UN)"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "292", "value": 292, "unit": None, "counted": "people killed by the Haitian cholera outbreak", "source": None, "approx": None,
   "ctx": "kills 292", "note": "headline, Wikinews's own voice (no claimant in the headline)"},
  {"quantity": K+"deaths", "text": "292", "value": 292, "unit": None, "counted": "people killed by the Haitian cholera outbreak", "source": HG, "approx": None,
   "ctx": "killed 292 people", "note": "'has killed 292 people and infected over 4000, according to the Haitian government'"},
  {"quantity": K+"cases", "text": "4000", "value": 4000, "unit": None, "counted": "people infected by the outbreak", "source": HG, "approx": "more than",
   "note": "'infected over 4000, according to the Haitian government': 'over' -> more than; a four-digit count, not a year. Shares the cases key with 'some 2,600 sickened' in voa_2010_haiti_cholera_reaches_port_au_prince (people who caught the disease), not with the hospitalized counts"},
  {"text": "24", "value": 24, "unit": "hours", "counted": "hours a day of medical care", "source": JA, "approx": None,
   "note": "'the goal is to provide 24-hours-a-day medical care': inside Andrus's quote; annotated as '24-hours a day' in fema_2024_helene_criswell_north_carolina (value 24, unit hours)"},
 ],
 "events": [
  {"actor": "Bruce Golding", "date": "2010-10-27", "date_text": "yesterday", "what": "Golding said the coast guard had increased its high seas patrols",
   "note": "'The Jamaican Prime Minister, Bruce Golding, said yesterday that ...': active verb, Golding is the subject (long apposition); yesterday = Wednesday 27 October against the Thursday 28 October date line"},
 ],
 "actors": [
  {"name": HG, "type": "organisation", "aliases": ["the Haitian government"]},
  {"name": "Dominican Republic", "type": "country", "aliases": ["Dominican Republic", "the Dominican Republic"]},
  {"name": "Jamaica", "type": "country", "aliases": ["Jamaica"]},
  {"name": JA, "type": "person", "aliases": ["The Deputy Director of the Pan American Health Organization (PAHO), Jon Andrus", "Jon Andrus"]},
  {"name": "Pan American Health Organization", "type": "organisation", "aliases": ["Pan American Health Organization", "PAHO"]},
  {"name": UN, "type": "organisation", "aliases": ["The United Nations (UN)", "UN"]},
  {"name": "United Nations spokesperson", "type": "person", "aliases": ["A United Nations spokesperson"]},
  {"name": "CARE medical teams", "type": "group", "aliases": ["Members of CARE medical teams", "CARE"]},
  {"name": "Bruce Golding", "type": "person", "aliases": ["The Jamaican Prime Minister, Bruce Golding", "Bruce Golding"]},
  {"name": "Jamaican coast guard", "type": "organisation", "aliases": ["the coast guard"]},
 ],
 "notes": [
  "Wikinews report of Thursday 28 October 2010 on the Haitian cholera outbreak (toll of 292 announced by the Haitian government on Wednesday 27 October) and on precautions in the Dominican Republic and Jamaica; story haiti_cholera_2010 with voa_2010_haiti_cholera_reaches_port_au_prince (24 October), voa_2010_haiti_anti_un_protests_turn_deadly (16 November, this folder) and the dev item voa_2010_haiti_cholera_over_1000_dead (16 November).",
  "Figures: the toll (292, headline in Wikinews's voice and body 'according to the Haitian government') shares haiti_cholera_2010:deaths with 'more than 200' (24 October), 917 (16 November, first version) and 1,000 / 1,034 (dev item); 'over 4000' infected shares haiti_cholera_2010:cases with 'some 2,600 sickened' (24 October). '24' in '24-hours-a-day' is a figure in hours, claimed by Andrus (inside his quote).",
  "Quotes: Andrus is introduced by a long apposition ('The Deputy Director of the Pan American Health Organization (PAHO), Jon Andrus said, \"...\"') and then by 'He also added that'. The UN's two phrases are fragments of one reported statement. The headline's 'Explosive' is Andrus's word (from the removed pull-quote box); speaker_mention null because the headline names no one.",
  "'Neighboring countries, Dominican Republic and Jamaica' and 'the countries' are the two countries acting together; each country is listed on its own and the group nouns are not given as aliases (no joint actor is needed: no figure or event is theirs). 'A United Nations spokesperson' (expressed concern) is kept apart from the organisation's own statement.",
  "One event: 'yesterday' (Golding said, 27 October). Not figures: 'a considerably wider outbreak' (no number), 'non-stop'. Not events: none other; the date line was removed as page furniture.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2 and the stored page: quote spans (final '.' kept inside the marks, headline single quotes), claimants (292 and 4000 by the Haitian government, the headline's 292 in the outlet's voice), the 'over' -> more than, the one event and its date against 28 October; no change.",
 ],
}
