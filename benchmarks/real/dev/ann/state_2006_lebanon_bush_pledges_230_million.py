K = "israel_hezbollah_2006:"
GB = "George W. Bush"
CR = "Condoleezza Rice"
US = "United States"
ANN = {
 "article": "articles/state_2006_lebanon_bush_pledges_230_million.txt",
 "gold_out": "gold/state_2006_lebanon_bush_pledges_230_million.json",
 "published": "2006-08-21",
 "quotes": [
  {"text": "Our nation is wasting no time in helping the people of Lebanon", "speaker": GB, "speaker_mention": "he",
   "note": "'“...,” he said.': 'he' is Bush, named 'Bush' in the paragraph before; the comma before the closing mark is dropped"},
  {"text": "America is making a long-term commitment to help the people of Lebanon because we believe every person \u2026 deserves to live in a free, open society that respects the rights of all.", "speaker": GB, "speaker_mention": "he",
   "note": "second quote of the same paragraph, with no attribution of its own: it continues the speaker of 'he said' (Bush) in the sentence before; the ellipsis mark inside is kept, the final '.' inside the marks kept"},
  {"text": "led the diplomatic efforts", "speaker": GB, "speaker_mention": "Bush", "fragment": True,
   "note": "short phrase inside reported speech: 'Bush said, adding that Secretary of State Condoleezza Rice has “led the diplomatic efforts”': Bush's words about Rice, so the speaker is Bush, not Rice"},
 ],
 "figures": [
  {"quantity": K+"us_aid_lebanon_aug21_total", "text": "$230 Million", "value": 230e6, "unit": "USD", "counted": "U.S. aid to Lebanon pledged by Bush", "source": GB, "approx": None, "ctx": "Pledges $230 Million",
   "note": "headline: 'President Bush Pledges $230 Million in U.S. Aid to Lebanon': the pledge is Bush's statement of the amount, so Bush is the claimant"},
  {"quantity": K+"us_aid_lebanon_aug21_total", "text": "$230 million", "value": 230e6, "unit": "USD", "counted": "U.S. humanitarian and reconstruction aid to Lebanon (new total)", "source": GB, "approx": None,
   "note": "'President Bush pledges the United States will increase its ... aid to Lebanon to $230 million': same quantity as the headline"},
  {"text": "half", "value": 0.5, "unit": "share", "counted": "share of the $50 million in U.S. aid distributed to the Lebanese people", "source": GB, "approx": "more than",
   "note": "'More than half of the $50 million ... has been distributed to the Lebanese people, Bush said': a share; 'More than' -> more than; claimant Bush ('Bush said' after the clause)"},
  {"text": "$50 million", "value": 50e6, "unit": "USD", "counted": "U.S. aid committed since the outbreak of Israel-Hezbollah hostilities", "source": GB, "approx": None,
   "note": "same sentence, 'Bush said': a running total of aid committed since the war began; not the same quantity as the $230 million (the new total with reconstruction aid) nor as the $30 million Rice authorized on 24 July (state_2006_lebanon_rice_authorizes_30_million), which was one tranche of it"},
  {"text": "25,000 tons", "value": 25000, "unit": "tons", "counted": "tons of U.S. wheat to be delivered to Lebanon", "source": GB, "approx": None,
   "note": "'The president also said 25,000 tons of U.S. wheat will be delivered ...'"},
  {"text": "$42 million", "value": 42e6, "unit": "USD", "counted": "proposed package to train and equip Lebanon's armed forces", "source": None, "approx": None,
   "note": "'Other proposed U.S. assistance includes a $42 million package ...': a new sentence in the writer's voice with no attribution (the sentence before is 'The president also said'; no claimant is named in this sentence or the next), so source null"},
 ],
 "events": [
  {"actor": GB, "date": "2006-08-21", "date_text": "August 21", "what": "Bush spoke at the White House, pledging $230 million in aid to Lebanon",
   "note": "'Speaking at the White House August 21, Bush said ...': the date modifies 'Speaking', whose subject is Bush; 21 August 2006 was a Monday"},
 ],
 "actors": [
  {"name": GB, "type": "person", "aliases": ["President Bush", "Bush", "The president"]},
  {"name": US, "type": "country", "aliases": ["the United States", "America"]},
  {"name": CR, "type": "person", "aliases": ["Secretary of State Condoleezza Rice"]},
 ],
 "notes": [
  "State Department USINFO (Washington File) report by Stephen Kaufman of Monday 21 August 2006 on Bush's White House news conference, kept from a blog that reposts it word for word; story israel_hezbollah_2006 with state_2006_lebanon_rice_authorizes_30_million (24 July) and state_2006_lebanon_harty_departure_briefing_jul20 (20 July) of this folder.",
  "Three quotes, all Bush's: two full quotes in one paragraph ('he said' after the first; the second has no attribution and continues the same speaker) and the fragment 'led the diplomatic efforts' inside 'Bush said, adding that ... Rice has ...' (Bush's words about Rice).",
  "Figures: $230 million twice (headline and lead; key israel_hezbollah_2006:us_aid_lebanon_aug21_total), 'More than half' (share, more than) of the '$50 million' committed so far, 25,000 tons of wheat (all claimed by Bush: 'Bush said', 'The president also said'); the $42 million package is in the writer's own voice (source null). The $50 million is not given the key of the $30 million of 24 July: it is a later running total, a different scope.",
  "Events: only 'August 21' (Bush speaking at the White House). Left out as vague: 'after weeks of fighting' (duration, no number), 'in time for the beginning of the fall school year', 'since the outbreak of Israel-Hezbollah hostilities' (no date expression), 'in the coming weeks'. The dateline 'Washington --' is not an event.",
  "Actors: Bush ('President Bush', 'Bush', 'The president'; 'he' is not an alias), the United States ('the United States'; 'America' in Bush's quote, which acts: 'America is making a long-term commitment'), Rice (who 'led the diplomatic efforts'). The Lebanese government, Israel and Hezbollah do not act in the text and are not listed; 'U.S.' in 'U.S. aid', 'U.S. wheat' is an adjective. 'Our nation' (in the quote) is not listed as an alias.",
  "Not figures: 'every person', 'a long-term commitment', 'an oil spill response team', 'an upcoming presidential delegation' (no counts).",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2: quote spans checked against the curly marks (trailing comma dropped in the first; the final '.' kept in the second; the ellipsis '\u2026' kept), speakers and mentions rechecked; every figure's value/unit/approx/source and every alias checked as an exact substring. No change.",
 ],
}
