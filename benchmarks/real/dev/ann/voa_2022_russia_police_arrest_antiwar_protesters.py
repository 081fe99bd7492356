K = "russia_antiwar_protests_2022:"
POL = "Russian police"
OVD = "OVD-Info"
PUT = "Vladimir Putin"
ZEL = "Volodymyr Zelenskyy"
ANN = {
 "article": "articles/voa_2022_russia_police_arrest_antiwar_protesters.txt",
 "gold_out": "gold/voa_2022_russia_police_arrest_antiwar_protesters.json",
 "published": "2022-02-24",
 "quotes": [
  {"text": "special", "speaker": PUT, "speaker_mention": "he", "fragment": True,
   "note": "'to announce what he called a “special” military operation': Putin's word; 'he' refers back to 'Russian President Vladimir Putin', the subject of the sentence"},
  {"text": "consequences they have never seen", "speaker": PUT, "speaker_mention": "He", "fragment": True,
   "note": "'He warned other countries not to intervene, declaring they will face “consequences they have never seen” if they do': 'He' = Putin, named in the sentence before"},
  {"text": "Russia treacherously attacked our state in the morning, as Nazi Germany did in the World War Two years.", "speaker": ZEL,
   "speaker_mention": "Ukrainian President Volodymyr Zelenskyy", "fragment": False,
   "note": "a whole clause of Zelenskyy's words after 'Ukrainian President Volodymyr Zelenskyy said ... after'; printed with a straight opening mark and a curly closing mark; the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"quantity": K + "detained_russia_feb24", "text": "1,000", "value": 1000, "unit": None, "counted": "Anti-War Protestors arrested in Russia", "source": None, "approx": "more than",
   "note": "headline 'Russian Police Arrest More than 1,000 Anti-War Protestors in Russia': no claimant in the headline, so null; the same quantity as the '1,300' of the first sentence (all detained in Russia on Thursday), rounded down"},
  {"quantity": K + "detained_russia_feb24", "text": "1,300", "value": 1300, "unit": None, "counted": "anti-war protestors detained", "source": OVD, "approx": "more than",
   "note": "'Russian police detained more than 1,300 anti-war protestors in 50 Russian cities Thursday, according to OVD-Info': OVD-Info claims it"},
  {"text": "50", "value": 50, "unit": None, "counted": "Russian cities", "source": OVD, "approx": None,
   "note": "in the same sentence ending 'according to OVD-Info'"},
  {"text": "660", "value": 660, "unit": None, "counted": "detentions in Moscow", "source": OVD, "approx": None,
   "note": "'The human rights organization said most of the detentions, 660, were in Moscow': the organization = OVD-Info; no noun after the number, counted taken from 'the detentions'"},
 ],
 "events": [
  {"actor": POL, "date": "2022-02-24", "date_text": "Thursday", "what": "Russian police detained more than 1,300 anti-war protestors in 50 cities",
   "note": "'Russian police detained more than 1,300 anti-war protestors in 50 Russian cities Thursday': the police are the subject of 'detained'; OVD-Info only reports it. Thursday = the publication day, 24 February 2022"},
  {"actor": "Russia", "date": "2022-02-24", "date_text": "in the morning", "what": "Russia attacked Ukraine (Zelenskyy's words)",
   "note": "inside Zelenskyy's quote: 'Russia treacherously attacked our state in the morning': dates the attack, whose agent is Russia; the morning of the day he spoke, Thursday 24 February 2022 (as 'this morning' = the reference day)"},
  {"actor": "Nazi Germany", "date": "1939-01-01/1945-12-31", "date_text": "in the World War Two years", "what": "Nazi Germany attacked (Zelenskyy's comparison)",
   "note": "inside Zelenskyy's quote: 'as Nazi Germany did in the World War Two years': the expression dates Nazi Germany's attack (the elided 'attacked'); the years of World War Two written as a year range, 1939 to 1945, as 'from 1992 to 1995' is in the dev set"},
 ],
 "actors": [
  {"name": POL, "type": "organisation", "aliases": ["Russian Police", "Russian police"]},
  {"name": "anti-war protesters in Russia", "type": "group", "aliases": ["Anti-War Protestors", "anti-war protestors"]},
  {"name": OVD, "type": "organisation", "aliases": ["OVD-Info", "OVD-Info, an independent Russian human rights group", "The human rights organization", "The group"]},
  {"name": PUT, "type": "person", "aliases": ["Russian President Vladimir Putin", "Vladimir Putin"]},
  {"name": ZEL, "type": "person", "aliases": ["Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy"]},
  {"name": "Ukrainian government", "type": "organisation", "aliases": ["the government"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "Nazi Germany", "type": "country", "aliases": ["Nazi Germany"]},
 ],
 "notes": [
  "VOA News report of Thursday 24 February 2022, the first day of Russia's full-scale invasion of Ukraine, on the detention of anti-war protesters across Russia (stored from VOA's own publishing host, voa.pangea-cms.com); story russia_antiwar_protests_2022 (only item of the story here).",
  "Quantity key: the headline's 'More than 1,000' and OVD-Info's 'more than 1,300' count the same detentions (all of Russia, Thursday) and share russia_antiwar_protests_2022:detained_feb24; the 660 in Moscow and the 50 cities are other quantities (no key).",
  "Claimants: OVD-Info claims 1,300, 50 and 660 ('according to OVD-Info', 'The human rights organization said'); 'The group said arrests were also made in ...' has no number. The headline is the outlet's voice.",
  "Quotes: Putin's 'special' and 'consequences they have never seen' (speaker mentions 'he' and 'He'; the name is in the sentence before for the second); Zelenskyy's clause with mixed quote marks as printed.",
  "Not figures: 'World War Two' (a name/designation); 'most of the detentions' (no number).",
  "Left out of events: 'after a military operation targeting Ukraine was announced' has no date expression. 'Russian police' in the headline ('Russian Police Arrest') is listed as an alias with its capitals.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: the three quote spans and their marks, every number token (1,000, 1,300, 50, 660; 'Two' is part of a name), the three date expressions (two inside Zelenskyy's quote) and their agents, no alias shared between actors.",
 ],
}
