UK = "United Kingdom"
OL = "Oksana Leontieva"
PC = "OSCE Permanent Council"
ANN = {
 "article": "articles/govuk_2022_osce_needless_war_avdiivka_market.txt",
 "gold_out": "gold/govuk_2022_osce_needless_war_avdiivka_market.json",
 "published": "2022-10-13",
 "quotes": [
  {"text": "condemned these attacks in the strongest possible terms", "speaker": "G7 leaders", "speaker_mention": "G7 leaders", "fragment": True,
   "note": "'Later that day, G7 leaders “condemned these attacks in the strongest possible terms”.': a phrase of the G7 leaders' statement of 11 October worked into the sentence, so a fragment; the full stop is outside the closing mark"},
  {"text": "a true professional and supporter of her patients and colleagues", "speaker": "Leontieva's hospital", "speaker_mention": "Her hospital", "fragment": True,
   "note": "'Her hospital described her as “a true professional ...”.': a description attributed to the (unnamed) Kyiv children's hospital where Dr Leontieva worked, as 'Described by the BBC's Kate Adie as a “smart, rather vain man”' in wn_2008_karadzic_caught_serbia; fragment; full stop outside the mark"},
 ],
 "figures": [
  {"text": "seven", "value": 7, "unit": None, "counted": "people killed in Russian missile attacks including on a market in Avdiivka", "source": UK, "approx": "at least",
   "note": "'yesterday, we heard reports of further Russian missile attacks, including on a market in Avdiivka, killing at least seven people and injuring eight': the reports are not attributed to anyone, so the claimant is the speaker (speech convention); the stored copy names no delegate, only the 'UK statement' of the headline, so the United Kingdom"},
  {"text": "eight", "value": 8, "unit": None, "counted": "people injured", "source": UK, "approx": None,
   "note": "'and injuring eight': injured, not killed; no 'at least' repeated before it, so null"},
  {"text": "five", "value": 5, "unit": "years", "counted": "age of Oksana Leontieva's son", "source": UK, "approx": None,
   "note": "'her five year old son': an age, text the number word (as '47' in '47-year-old')"},
  {"text": "two", "value": 2, "unit": None, "counted": "innocent victims (Oksana and her son)", "source": UK, "approx": None,
   "note": "'Oksana and her son are but two innocent victims': a count in the speaker's voice"},
 ],
 "events": [
  {"actor": PC, "date": "2022-10-11", "date_text": "on Tuesday 11 October", "what": "the Special Permanent Council denounced Russia's attacks against civilians across Ukraine",
   "note": "'The Special Permanent Council on Tuesday 11 October denounced ...': agent the Council (subject of 'denounced'); 11 October 2022 was a Tuesday"},
  {"actor": "G7 leaders", "date": "2022-10-11", "date_text": "Later that day", "what": "G7 leaders condemned the attacks in the strongest possible terms",
   "note": "'Later that day, G7 leaders “condemned these attacks ...”': 'that day' is Tuesday 11 October of the preceding sentence; agent the G7 leaders"},
  {"actor": UK, "date": "2022-10-12", "date_text": "yesterday", "what": "we heard reports of further Russian missile attacks, including on a market in Avdiivka (7 killed, 8 injured)",
   "note": "'Again – yesterday, we heard reports of further Russian missile attacks': the expression modifies 'heard', whose agent is 'we', the UK delegation (the speaker of the 'UK statement'); the Avdiivka market strike itself was also on Wednesday 12 October 2022 (reported that day by the Donetsk governor)"},
  {"actor": OL, "date": "2022-10-10", "date_text": "On Monday morning", "what": "Oksana woke up, got her son ready for school and drove to her job at a Kyiv children's hospital",
   "note": "'On Monday morning, Oksana woke up, got her five year old son ready for school, then drove to her job': agent Dr Oksana Leontieva; the Monday before Thursday 13 October 2022 = 10 October, the day of the mass strikes on Kyiv"},
  {"actor": OL, "date": "2022-10-10", "date_text": "on this day", "what": "she unknowingly drove into the worst missile attack on her country in months",
   "note": "'but on this day, she unknowingly drove straight into the worst missile attack ... where she was sadly killed': 'this day' refers back to 'Monday morning' (10 October); agent of 'drove' is Leontieva ('was sadly killed' is a passive without agent)"},
 ],
 "actors": [
  {"name": UK, "type": "country", "aliases": ["UK"]},
  {"name": PC, "type": "organisation", "aliases": ["The Special Permanent Council"]},
  {"name": "G7 leaders", "type": "group", "aliases": ["G7 leaders"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": OL, "type": "person", "aliases": ["Dr Oksana Leontieva", "Oksana"]},
  {"name": "Leontieva's hospital", "type": "organisation", "aliases": ["Her hospital"]},
 ],
 "notes": [
  "GOV.UK speech (UK statement to the OSCE Permanent Council of Thursday 13 October 2022) as republished by government-world.com; the stored copy has no standfirst and names no delegate, so the UK (the headline's 'UK statement') is the speaker and claimant. Date inferred (see meta). Story russia_missile_strikes_ukraine_october_2022 with govuk_2022_osce_bush_373_civilian_casualties (11 October, the Special Permanent Council this statement recalls); the two items share no quantity, so no keys.",
  "Quotes: the G7 leaders' words (fragment, speaker named in the same sentence before the marks) and the hospital's description of Dr Leontieva (fragment, 'Her hospital described her as'). The rest is the UK statement without quote marks.",
  "Events: 'on Tuesday 11 October' (the Council denounced), 'Later that day' (G7 leaders condemned), 'yesterday' (we heard reports, 12 October), 'On Monday morning' and 'on this day' (Leontieva's journey on 10 October). Left out: 'every week' (a frequency), 'in months' (a vague duration), 'now'.",
  "Actors: the UK (speaker), the OSCE Permanent Council (denounced), G7 leaders (condemned; quoted), Russia (attacks, invasion, 'Russia must end its invasion'), Dr Oksana Leontieva (agent of the dated acts of 10 October) and her hospital (quoted; not named in the text, so a descriptive canonical name). 'her son' and Ukraine ('We mourn with Ukraine') do not act.",
  "Not figures: 'one of Kyiv’s children’s hospitals' ('one' picks one of a set), '11 October' (a date), the '7' of 'G7' (a designation), 'months' and 'every week' (no number).",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (13 October 2022 = Thursday: yesterday = 12 October, Monday = 10 October; two quote spans, both fragments with the full stop outside; four number expressions: seven, eight, five, two; last paragraph's cut third sentence dropped; aliases exact and unshared); no change.",
 ],
}
