AJ = "Abdul Jalil"
OC = "Bangladeshi opposition coalition"
POL = "Bangladeshi police"
PR = "Opposition protesters"
ANN = {
 "article": "articles/voa_2006_bangladesh_violence_strike_protests.txt",
 "gold_out": "gold/voa_2006_bangladesh_violence_strike_protests.json",
 "published": "2006-06-13",
 "quotes": [
  {"text": "We have demanded to have a free and fair election, under a neutral caretaker government", "speaker": AJ, "speaker_mention": "Abdul Jalil, the Awami League general secretary", "fragment": False,
   "note": "attribution after the quote ('..., said Abdul Jalil, the Awami League general secretary'); trailing comma dropped"},
 ],
 "figures": [
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "people who marched to demand electoral reforms", "source": None, "approx": None, "ctx": "as thousands marched",
   "note": "vague plural, outlet's voice"},
  {"text": "Dozens", "value": None, "vague": True, "unit": None, "counted": "people injured", "source": None, "approx": None,
   "note": "'Dozens were injured': today's (13 June) injured, outlet's voice; not the Sunday count"},
  {"text": "36", "value": 36, "unit": "hours", "counted": "hour general strike", "source": None, "approx": None, "ctx": "36-hour",
   "note": "'a 36-hour general strike called by the opposition': a duration; the opposition calls the strike, it does not claim the number"},
  {"text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "people who had gathered", "source": None, "approx": None,
   "note": "vague plural ('the hundreds who had gathered')"},
  {"text": "three", "value": 3, "unit": "days", "counted": "days", "source": None, "approx": None,
   "note": "'the second time in three days': a span of days ('second' is an ordinal, not a figure)"},
  {"quantity": "bangladesh_reform_protests_2006:injured_dhaka_jun11", "text": "100", "value": 100, "unit": None, "counted": "people injured in clashes with security forces on Sunday", "source": None, "approx": "at least",
   "note": "'On Sunday, at least 100 people were injured': the 11 June 'Dhaka Siege', the same count as 'At least 100' in voa_2006_dhaka_siege_clashes_injure_scores; outlet's voice"},
  {"quantity": "bangladesh_reform_protests_2006:coalition_parties", "text": "14", "value": 14, "unit": None, "counted": "opposition parties in the coalition", "source": None, "approx": None},
 ],
 "events": [
  {"actor": None, "date": "2007-01", "date_text": "January", "what": "January polls (outcome the opposition says the ruling coalition is trying to manipulate)", "ctx": "outcome of the January polls",
   "note": "date on a noun ('the outcome of the January polls'): the election due in January 2007; no agent of the polls -> null"},
  {"actor": None, "date": "2006-06-11", "date_text": "On Sunday", "what": "at least 100 people injured in clashes with security forces",
   "note": "passive without a by-agent ('were injured in clashes with security forces'): null. Sunday 11 June 2006, two days before the Tuesday report"},
  {"actor": None, "date": "2007-01", "date_text": "in January", "what": "parliamentary elections due", "ctx": "due in January",
   "note": "'parliamentary elections due in January': a state (due), no agent -> null"},
  {"actor": None, "date": "2006-10", "date_text": "in October", "what": "end of Khaleda Zia's term",
   "note": "date on a noun ('the end of Ms. Khaleda's term in October'): no act -> null"},
  {"actor": None, "date": "2007-01", "date_text": "January", "what": "January polls (end of the interim administration's period)", "ctx": "and the January polls",
   "note": "date on a noun, the same January 2007 election -> null"},
 ],
 "actors": [
  {"name": POL, "type": "organisation", "aliases": ["Police", "security forces"]},
  {"name": PR, "type": "group", "aliases": ["protesters", "crowds of angry protesters"]},
  {"name": OC, "type": "group", "aliases": ["the opposition", "The opposition", "The opposition coalition", "a coalition of 14 opposition parties"]},
  {"name": "Awami League", "type": "organisation", "aliases": ["The Awami League"]},
  {"name": AJ, "type": "person", "aliases": ["Abdul Jalil", "the Awami League general secretary"]},
  {"name": "Government of Bangladesh", "type": "organisation", "aliases": ["the ruling coalition", "the government of Prime Minister Khaleda Zia"]},
 ],
 "notes": [
  "VOA News report of Tuesday 13 June 2006, the first day of the opposition's 36-hour strike; story bangladesh_reform_protests_2006 with voa_2006_dhaka_siege_clashes_injure_scores (11 June, the 'Dhaka Siege'). Kept from VOA's Tibetan-service English site, which carries VOA News copy (URL a-28-2006-06-13-voa8).",
  "Keys across the story: bangladesh_reform_protests_2006:injured_dhaka_jun11 (the Sunday count, 'at least 100' in both items) and bangladesh_reform_protests_2006:coalition_parties (14). 'Dozens' injured today and 'hundreds' gathered are other quantities (no key).",
  "'They say the government ... is trying to manipulate' and 'They are calling for ...' ('They' = the coalition of 14 parties, a pronoun a sentence away) are unquoted claims without numbers or dates. 'the opposition, which charges that the ruling coalition ...' likewise.",
  "Not events: 'before the next elections' (no date), 'from dawn Tuesday until sundown Wednesday' is in the dropped last paragraph (cut mid-word in the stored copy). 'the second time in three days' is a figure (span), not a date.",
  "Actors: Khaleda Zia does not act (her term, her government); she appears inside the government's alias 'the government of Prime Minister Khaleda Zia' and as 'Ms. Khaleda' (not listed). 'security forces' are the police that clash with the protesters.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the three 'January' expressions by ctx, the Sunday date (11 June 2006) and the shared keys with the 11 June item.",
 ],
}
