S = "al-Shabab"
R = "Ali Mohamud Rage"
TFG = "Transitional Federal Government"
W = "witnesses"
K = "muna_hotel_attack_2010:"
ANN = {
 "article": "articles/voa_2010_mogadishu_muna_hotel_attack_30_killed.txt",
 "gold_out": "gold/voa_2010_mogadishu_muna_hotel_attack_30_killed.json",
 "published": "2010-08-24",
 "quotes": [
  {"text": "special forces", "speaker": R, "speaker_mention": "Al-Shabab spokesman, Ali Mohamud Rage", "fragment": True,
   "note": "a phrase of Rage's inside his reported speech ('Ali Mohamud Rage, says members of the group's \"special forces\" targeted ...'): the marks signal the group's own wording for its fighters, a description, not a proper name, so a fragment quote rather than a name in quote marks"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "30", "value": 30, "unit": None, "counted": "people killed in Mogadishu hotel attack", "source": None, "approx": "more than", "ctx": "More Than 30 Killed",
   "note": "headline 'More Than 30 Killed'; no claimant in the headline"},
  {"quantity": K+"deaths", "text": "30", "value": 30, "unit": None, "counted": "people killed by the suicide attack on a hotel", "source": None, "approx": "more than", "ctx": "more than 30 people",
   "note": "lead: the toll is in the relative clause of VOA's narration ('a suicide attack on a hotel ... that has killed more than 30 people'); al-Shabab's claim is of responsibility, not of the toll (as in the dev Mpeketoni item), so no claimant"},
  {"quantity": K+"lawmakers_killed", "text": "seven", "value": 7, "unit": None, "counted": "parliament members killed", "source": None, "approx": None,
   "note": "same relative clause in VOA's voice ('including seven parliament members'); the TFG's 'six lawmakers' plus the lawmaker who 'subsequently died of wounds' (paragraph 4) make seven; same key as the TFG's six"},
  {"quantity": K+"lawmakers_killed", "text": "six", "value": 6, "unit": None, "counted": "lawmakers killed during the attack", "source": TFG, "approx": None,
   "note": "'Somalia's Transitional Federal Government says six lawmakers and two government officials were killed during the attack'"},
  {"text": "two", "value": 2, "unit": None, "counted": "government officials killed during the attack", "source": TFG, "approx": None, "ctx": "two government officials",
   "note": "same TFG statement"},
  {"quantity": K+"gunmen", "text": "three", "value": 3, "unit": None, "counted": "gunmen who entered the hotel", "source": W, "approx": None, "ctx": "that three gunmen",
   "note": "'Witnesses tell VOA that three gunmen ... entered the hotel'; same quantity as the government's first account (one of 'the three gunmen') and its later 'only two men' (who disagree)"},
  {"text": "two", "value": 2, "unit": None, "counted": "security guards killed", "source": W, "approx": None, "ctx": "two security guards",
   "note": "still inside the witnesses' account ('... entered the hotel by car after killing two security guards')"},
  {"text": "two", "value": 2, "unit": None, "counted": "men who detonated suicide vests", "source": W, "approx": None, "ctx": "two of the men",
   "note": "'Witnesses say when the gunmen ran out of ammunition, two of the men detonated explosives-laden suicide vests': a count of the men who blew themselves up (unlike the pronoun 'one of the three gunmen', which picks one of a set)"},
  {"quantity": K+"gunmen", "text": "three", "value": 3, "unit": None, "counted": "gunmen", "source": TFG, "approx": None, "ctx": "one of the three gunmen",
   "note": "'The Somali government initially said that its security forces had captured one of the three gunmen': the government's first account of the number of attackers. 'one' here is a pronoun picking one of the set (dev convention), not a figure"},
  {"quantity": K+"gunmen", "text": "two", "value": 2, "unit": None, "counted": "men who had stormed the hotel", "source": TFG, "approx": None, "ctx": "only two men",
   "note": "'But later, it issued a statement saying that only two men had stormed the hotel': 'it' = the Somali government; 'only' is not an approximator"},
  {"text": "two dozen", "value": 24, "unit": None, "counted": "others killed, including civilians and several government troops", "source": None, "approx": "more than",
   "note": "'more than two dozen others': VOA's own voice, no claimant"},
  {"text": "several", "value": None, "vague": True, "unit": None, "counted": "government troops killed", "source": None, "approx": None,
   "note": "vague count in the same sentence (as 'several' in the dev Mpeketoni item)"},
 ],
 "events": [],
 "actors": [
  {"name": S, "type": "organisation", "aliases": ["Somalia's al-Qaida-linked al-Shabab group", "al-Shabab", "Al-Shabab", "the group"]},
  {"name": R, "type": "person", "aliases": ["Al-Shabab spokesman, Ali Mohamud Rage", "Ali Mohamud Rage", "Rage"]},
  {"name": TFG, "type": "organisation", "aliases": ["Somalia's Transitional Federal Government", "The Somali government", "The government"]},
  {"name": W, "type": "group", "aliases": ["Witnesses"]},
  {"name": "gunmen", "type": "group", "aliases": ["the gunmen", "The gunmen", "the militants"]},
  {"name": "Somali government security forces", "type": "organisation", "aliases": ["Government security forces", "its security forces"]},
  {"name": "AMISOM", "type": "organisation", "aliases": ["African Union peacekeeping troops", "AMISOM"]},
 ],
 "notes": [
  "VOA News report on the al-Shabab suicide attack on the Muna Hotel in Mogadishu on Tuesday 24 August 2010 (page prints no date; published date worked out in meta edits); story muna_hotel_attack_2010 (single item so far).",
  "Keys within the item: muna_hotel_attack_2010:deaths (headline and lead 'more than 30', VOA's voice), :lawmakers_killed (seven in VOA's voice, six claimed by the TFG), :gunmen (three by witnesses, three in the government's first account, two in its later statement). 'two government officials', 'two security guards', 'two of the men' and 'more than two dozen others' each count something else.",
  "No events: the stored text keeps no date expression (the only one, 'Tuesday's attack', is in the last paragraph, cut mid-sentence in the stored copy and dropped; see meta edits). 'initially', 'later', 'subsequently' are vague.",
  "Reported speech without quote marks carries the figures: Rage 'says'/'claims' (no number: 'almost all of the parliament members'), the TFG 'says', witnesses 'tell VOA'/'say', the government 'initially said'/'issued a statement saying'. 'Reports say another lawmaker ... died': 'another' is not a number and 'Reports' is not a named claimant (not listed as an actor).",
  "Not figures: 'one of the three gunmen' (pronoun 'one'), 'both men', 'hour-long' (no number word), 'almost all'. 'al-Qaida-linked' is not a figure.",
  "Actors: 'the group' (al-Shabab's 'special forces') is al-Shabab; 'the militants' (who fought the hour-long battle) are the gunmen; 'it' (issued a statement) is a pronoun for the Somali government, not listed. 'al-Shabab fighters' (Rage's account) left unlisted rather than tie it to the gunmen or the group. 'The director of a local community radio station' does not act.",
  "second careful reading against FORMAT.md done: checked the one quote span (straight marks, fragment), every number token (30 x2, seven, six, two x4, three x2, two dozen, several) with their claimants paragraph by paragraph, and that no date expression remains in the kept text.",
 ],
}
