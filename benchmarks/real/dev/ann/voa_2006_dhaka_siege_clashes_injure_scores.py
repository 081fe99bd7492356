AJ = "Abdul Jalil"
OC = "Bangladeshi opposition coalition"
POL = "Bangladeshi police"
PR = "Anti-government protesters"
ANN = {
 "article": "articles/voa_2006_dhaka_siege_clashes_injure_scores.txt",
 "gold_out": "gold/voa_2006_dhaka_siege_clashes_injure_scores.json",
 "published": "2006-06-11",
 "quotes": [
  {"text": "We want to implement the reforms program for a free and fair election", "speaker": AJ, "speaker_mention": "Abdul Jalil", "fragment": False,
   "note": "full-sentence quote attributed after it ('..., Abdul Jalil says'); the trailing comma before the closing mark is dropped. Jalil is introduced in the paragraph before ('Abdul Jalil - General Secretary of the main opposition Awami League - says their aim is simple')"},
 ],
 "figures": [
  {"quantity": "bangladesh_reform_protests_2006:injured_dhaka_jun11", "text": "100", "value": 100, "unit": None, "counted": "people injured in clashes with police", "source": None, "approx": "at least",
   "note": "'At least 100 people have been injured' in VOA's own voice (no claimant). Same count as 'On Sunday, at least 100 people were injured' in voa_2006_bangladesh_violence_strike_protests (13 June)"},
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "anti-government activists who threw stones", "source": None, "approx": None, "ctx": "Thousands of anti-government",
   "note": "vague plural, outlet's voice"},
  {"text": "five-thousand", "value": 5000, "unit": None, "counted": "people detained by police ahead of time", "source": None, "approx": "around",
   "note": "'police had detained about five-thousand people ahead of time': outlet's voice (police are the agent of the detentions, not the claimant of the number); 'about' -> around"},
  {"quantity": "bangladesh_reform_protests_2006:coalition_parties", "text": "14", "value": 14, "unit": None, "counted": "opposition parties in the coalition", "source": None, "approx": None,
   "note": "'a coalition of 14 opposition parties'; the same coalition is '14 opposition parties' in the 13 June item"},
  {"text": "five", "value": 5, "unit": "years", "counted": "year term of the prime minister", "source": None, "approx": None, "ctx": "five-year term",
   "note": "'second five-year term': the number in a compound adjective (like '47' in '47-year-old'); 'second' is an ordinal, not a figure"},
  {"text": "15", "value": 15, "unit": "years", "counted": "years the two parties have dominated politics", "source": None, "approx": None,
   "note": "'for the past 15 years': a duration, outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2007-01", "date_text": "January", "what": "elections due (January elections)", "ctx": "January elections",
   "note": "date on a noun ('ahead of January elections'): the general election then due in January 2007; elections have no single agent in the text -> null"},
  {"actor": None, "date": "2006-10", "date_text": "in October", "what": "Khaleda Zia's term due to end",
   "note": "'is due to end in October': a term ending is no act -> null; October of the current year (2006)"},
  {"actor": None, "date": "2007-01", "date_text": "January", "what": "January polls (end of the caretaker administration's period)", "ctx": "the January polls",
   "note": "date on a noun ('until the January polls'), the same January 2007 election; the clause is a passive without agent ('will be put in place') -> null"},
 ],
 "actors": [
  {"name": POL, "type": "organisation", "aliases": ["Riot police", "police"]},
  {"name": PR, "type": "group", "aliases": ["anti-government protesters", "Thousands of anti-government activists", "protesters"]},
  {"name": "Bangladesh High Court", "type": "organisation", "aliases": ["The High Court"]},
  {"name": OC, "type": "group", "aliases": ["a coalition of 14 opposition parties", "The opposition"]},
  {"name": AJ, "type": "person", "aliases": ["Abdul Jalil", "Jalil"]},
  {"name": "Awami League", "type": "organisation", "aliases": ["Awami League"]},
  {"name": "Government of Bangladesh", "type": "organisation", "aliases": ["the government"]},
  {"name": "Bangladesh Nationalist Party", "type": "organisation", "aliases": ["Bangladesh National Party", "the prime minister's Bangladesh National Party"]},
 ],
 "notes": [
  "VOA News report of Sunday 11 June 2006 on the 'Dhaka Siege' blockade by a 14-party opposition coalition demanding electoral reform, the same day; story bangladesh_reform_protests_2006 with voa_2006_bangladesh_violence_strike_protests (13 June, first day of the 36-hour strike).",
  "Keys across the story: bangladesh_reform_protests_2006:injured_dhaka_jun11 ('At least 100' here, 'On Sunday, at least 100' on 13 June) and bangladesh_reform_protests_2006:coalition_parties (14 in both).",
  "Quotes: one (Jalil). “Dhaka Siege” is the name of the protest in quote marks ('The protest - called the “Dhaka Siege”'), not speech: left out. Jalil's other words ('says their aim is simple', 'says they will launch indefinite strikes') are reported speech without marks and carry no figure or date.",
  "No weekday or day date in the text: the clashes are today's (published date). Events are the three month expressions: 'January elections', 'in October', 'the January polls', all without an agent. 'ahead of time' and 'for the past 15 years' are not date expressions (vague / duration).",
  "Actors: the Bangladesh National Party (so printed; the Bangladesh Nationalist Party) acts ('have dominated politics'); Khaleda Zia is only the object of the demands and the holder of the term (no act, not listed); 'The opposition' (wants, saying) is the coalition; 'the government' (has manipulated) is the BNP-led government. 'th demonstration' is printed so.",
  "Not figures: 'second' (ordinal), 'several points' (no number), 'the next general ballot'.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked every quote mark, number token and month expression, the at-least hedge and the cross-item keys.",
 ],
}
