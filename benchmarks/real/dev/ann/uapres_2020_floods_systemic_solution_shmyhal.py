ZEL = "Volodymyr Zelenskyy"
SH = "Denys Shmyhal"
AV = "Arsen Avakov"
ANN = {
 "article": "articles/uapres_2020_floods_systemic_solution_shmyhal.txt",
 "gold_out": "gold/uapres_2020_floods_systemic_solution_shmyhal.json",
 "published": "2020-06-24",
 "quotes": [
  {"text": "Every year we spend from 500 to 800 million to eliminate the consequences. And this year, probably, there will be more than a billion hryvnias. It's time to find a systemic solution, to reinforce the banks of rivers. To reinforce the banks of the Dniester, the Tysa, to solve this issue once and for all. It is necessary to develop a real big program with the involvement of foreign experience, not to lose people and money every year",
   "speaker": ZEL, "kind": "direct", "fragment": False, "speaker_mention": "Volodymyr Zelenskyy",
   "note": "one quote closed by '\"Volodymyr Zelenskyy said, addressing the Prime Minister'; the trailing comma before the closing mark is dropped"},
 ],
 "figures": [
  {"text": "500 to 800 million", "value": 500e6, "value_max": 800e6, "unit": None, "counted": "hryvnias spent every year to eliminate the consequences of floods", "source": ZEL, "approx": None,
   "note": "inside Zelenskyy's quote: 'Every year we spend from 500 to 800 million' (hryvnias, named in the next sentence; no unit for hryvnias in the scorer, as rubles in dev); a range"},
  {"text": "a billion", "value": 1e9, "unit": None, "counted": "hryvnias to be spent on flood consequences this year", "source": ZEL, "approx": "more than",
   "note": "'And this year, probably, there will be more than a billion hryvnias': 'more than' -> more than; the President's own address that evening restates it ('more than one billion hryvnias may be needed to overcome the consequences', president.gov.ua 61821, not in this set)"},
  {"text": "200", "ctx": "more than 200 inhabited", "value": 200, "unit": None, "counted": "inhabited localities flooded in the Ivano-Frankivsk region", "source": None, "approx": "more than",
   "note": "'In total, ... more than 200 inhabited localities were flooded': the readout's narration. The call heard Shmyhal's report 'on the latest information on the emergency situation in the Ivano-Frankivsk region', but this paragraph carries no reporting verb and no name, so no claimant"},
  {"text": "29", "ctx": "access to 29 of them", "value": 29, "unit": None, "counted": "flooded localities with no access", "source": None, "approx": None},
  {"text": "110 km", "value": 110, "unit": "km", "counted": "roads destroyed in the Ivano-Frankivsk region", "source": None, "approx": None},
  {"text": "90", "value": 90, "unit": None, "counted": "bridges destroyed in the Ivano-Frankivsk region", "source": None, "approx": None},
  {"text": "three", "value": 3, "unit": None, "counted": "people killed by the disaster", "source": None, "approx": None},
  {"text": "One", "ctx": "One person went missing", "value": 1, "unit": None, "counted": "person missing", "source": None, "approx": None},
  {"text": "429.7 km", "value": 429.7, "unit": "km", "counted": "roads damaged in the Ivano-Frankivsk, Lviv and Chernivtsi regions", "source": None, "approx": None,
   "note": "three regions, a wider scope than the 110 km destroyed in the Ivano-Frankivsk region (another quantity)"},
  {"text": "130", "value": 130, "unit": None, "counted": "bridges damaged in the Ivano-Frankivsk, Lviv and Chernivtsi regions", "source": None, "approx": None},
  {"text": "34", "value": 34, "unit": None, "counted": "inhabited localities whose transport connection was disrupted", "source": None, "approx": None},
 ],
 "events": [
  {"actor": SH+" and "+AV, "date": "2020-06-24", "date_text": "this morning", "what": "started a working visit to the Ivano-Frankivsk region",
   "note": "'The Prime Minister and the Minister of the Interior started a working visit to the given region this morning': joint agents, Shmyhal (named above) and the Interior Minister (Arsen Avakov in June 2020; the text gives only his title); the reference day is the call's day, Wednesday 24 June 2020 (the President's address that evening: 'have been there since morning'). Narration, not speech"},
  {"actor": None, "date": "2020", "date_text": "this year", "what": "more than a billion hryvnias to be spent on flood consequences",
   "note": "inside Zelenskyy's quote: 'And this year, probably, there will be more than a billion hryvnias' dates the expected spending; the clause is existential ('there will be'), so no agent"},
  {"actor": None, "date": "2008", "date_text": "2008", "what": "the 2008 flood, whose scale the current flooding exceeds",
   "note": "'the scale of flooding exceeds that of 2008': the year dates the earlier flood, which has no agent"},
 ],
 "actors": [
  {"name": ZEL, "type": "person", "aliases": ["President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "the Head of State"]},
  {"name": SH, "type": "person", "aliases": ["Prime Minister Denys Shmyhal", "Denys Shmyhal", "The Prime Minister", "the Prime Minister"]},
  {"name": AV, "type": "person", "aliases": ["the Minister of the Interior"]},
  {"name": "Government of Ukraine", "type": "organisation", "aliases": ["the government"]},
 ],
 "notes": [
  "President of Ukraine readout (president.gov.ua 61809) of Zelenskyy's conference call of Wednesday 24 June 2020 on the floods in western Ukraine; story ukraine_western_floods_2020 (new in this set). The stored page prints no headline and no date (meta edits and published_evidence); the item starts with the first paragraph.",
  "Quotes: one direct quote of Zelenskyy (the whole second paragraph up to the attribution). 'It's' inside it is an apostrophe, not a quote mark.",
  "Figures: inside the quote, 500 to 800 million (hryvnias, a range) and 'more than a billion hryvnias' this year, both Zelenskyy's; the toll and damage in the Ivano-Frankivsk region (more than 200 localities, 29 cut off, 110 km of roads, 90 bridges, three dead, one missing) and in three regions (429.7 km, 130 bridges, 34 localities) are the readout's narration without a named claimant (Shmyhal 'reported on the latest information' earlier in the item and 'said' that the flooding exceeds 2008, but the figure paragraphs do not attribute). No quantity keys: no other item of this set or of dev states these quantities.",
  "Not figures: '2008' (a year), 'Every year' / 'every year' (recurring, not a count).",
  "Events: 'this morning' (Shmyhal and the Interior Minister started their visit; joint actor), 'this year' (inside the quote: the expected spending, no agent), '2008' (the earlier flood, no agent). Left out: 'Every year' and 'every year' (recurring).",
  "Actors: Zelenskyy ('President Volodymyr Zelenskyy', 'the Head of State'; also the pronoun 'He', not listed as an alias), Shmyhal ('Prime Minister Denys Shmyhal', 'The Prime Minister', 'the Prime Minister' in the attribution), Arsen Avakov (only as 'the Minister of the Interior'; named from his office in June 2020), the Government of Ukraine ('the government', asked to find a solution).",
  "first reading (annotator): annotated against FORMAT.md; every number token and quote span listed by build_gold.py reviewed.",
  "second reading (checker): re-read the speaker (Zelenskyy, named right after the quote), the claimants (only the quote's two sums are claimed; the damage paragraphs left without claimant on purpose), the joint event actor against the address of the same evening, and the year expressions; the range 500-800 million kept as one figure with value_max; no change.",
 ],
}
