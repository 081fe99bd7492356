M = "Yoweri Museveni"
ANN = {
 "article": "articles/voa_2012_museveni_urges_limit_contact_ebola.txt",
 "gold_out": "gold/voa_2012_museveni_urges_limit_contact_ebola.json",
 "published": "2012-07-30",
 "quotes": [
  {"text": "We discourage the shaking of hands because that can cause contact through sweat, which can cause problems. And when people are sick in hospitals, from symptoms which look like Ebola, they should be handled by medical workers with protective gear.",
   "speaker": M, "speaker_mention": "Mr. Museveni", "fragment": False,
   "note": "a paragraph of its own with no attribution; the speaker is named in the paragraph before ('Mr. Museveni noted ... and asked Ugandas to limit contact') and the quote is from the state broadcast of Monday"},
 ],
 "figures": [
  {"quantity": "uganda_ebola_2012:deaths", "text": "14", "value": 14, "unit": None, "counted": "people killed by the Ebola virus in western Uganda", "source": None, "approx": "at least",
   "note": "'The highly-contagious virus has killed at least 14 people', the outlet's own voice (the 'Authorities say' of the next sentence attributes only the case count)"},
  {"quantity": "uganda_ebola_2012:cases", "text": "20", "ctx": "at least 20 confirmed", "value": 20, "unit": None, "counted": "confirmed cases in the Kibaale district", "source": "Authorities", "approx": "at least",
   "note": "'Authorities say there are at least 20 confirmed cases'"},
  {"quantity": "uganda_ebola_2012:deaths_2000_outbreak", "text": "200", "ctx": "almost 200", "value": 200, "unit": None, "counted": "people killed in the biggest outbreak in 2000", "source": None, "approx": "around",
   "note": "'almost 200 people' -> around; the outlet's own voice. VOA of 28 July says 'more than 200 Ugandans' (same key)"},
 ],
 "events": [
  {"actor": M, "date": "2012-07-30", "date_text": "Monday", "what": "state broadcast calling on the public to report suspected Ebola cases",
   "note": "'During a state broadcast Monday, President Yoweri Museveni called on the public ...': the date dates the broadcast in which Museveni is the agent of 'called on'; Monday is the publication day (post of Monday 30 July 2012)"},
  {"actor": None, "date": "2000", "date_text": "in 2000", "what": "the biggest Ebola outbreak in Uganda killed almost 200 people",
   "note": "date on the noun 'outbreak'; an outbreak has no agent: null"},
 ],
 "actors": [
  {"name": M, "type": "person", "aliases": ["President Yoweri Museveni", "Mr. Museveni", "Museveni", "Uganda's president", "The president"]},
  {"name": "Authorities", "type": "group", "aliases": ["Authorities"]},
 ],
 "notes": [
  "VOA Breaking News blog post of Monday 30 July 2012 on President Museveni's state broadcast about the Ebola outbreak in Kibaale district; story uganda_ebola_2012 with voa_2012_uganda_ebola_kills_14 (28 July).",
  "The one quotation stands in a paragraph with no attribution; the speaker, Museveni, is named in the paragraph before ('Mr. Museveni noted ...'), so speaker_mention is that form. 'The president said health workers are ...' is reported speech without quote marks: no quote.",
  "Shared keys with the 28 July item: uganda_ebola_2012:deaths ('at least 14' here, '14' there), uganda_ebola_2012:cases ('at least 20 confirmed' here, '20 reported' there), uganda_ebola_2012:deaths_2000_outbreak ('almost 200 people' here, 'more than 200 Ugandans' there: the reports disagree).",
  "Not figures: 'the fourth outbreak' (ordinal). Not events: 'currently', 'in recent years' (vague). Health workers and medical workers act only inside the president's reported speech and are not annotated as actors.",
  "Second careful read of the whole item against FORMAT.md done by the annotator (text against the stored copy, every number token, the date expressions, aliases).",
 ],
}
