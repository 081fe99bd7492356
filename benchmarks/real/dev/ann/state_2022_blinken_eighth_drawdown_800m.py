K = "us_ukraine_drawdown_apr2022:"
AB = "Antony Blinken"
ANN = {
 "article": "articles/state_2022_blinken_eighth_drawdown_800m.txt",
 "gold_out": "gold/state_2022_blinken_eighth_drawdown_800m.json",
 "published": "2022-04-21",
 "quotes": [],
 "figures": [
  {"quantity": K + "drawdown_apr21", "text": "$800 million", "occ": 1, "value": 8e8, "unit": "USD", "counted": "worth of arms and equipment from U.S. Department of Defense inventories in the drawdown authorized today", "source": AB, "approx": "up to",
   "note": "'I have authorized ... a drawdown ... valued at up to $800 million worth of arms and equipment': the first-person statement of Blinken (named in the byline), so he claims it (the convention of state_2020_pompeo_covid_aid_900_million); 'up to' -> up to. The package Biden announced the same day (dod_2022_biden_new_800m_howitzers_drones, same key)"},
  {"quantity": K + "drawdown_apr13", "text": "$800 million", "occ": 2, "value": 8e8, "unit": "USD", "counted": "package of last week", "source": AB, "approx": None,
   "note": "'This authorization, building on last week’s $800 million package': the seventh drawdown of 13 April 2022, a different quantity from today's $800 million; same key as 'an $800 million military aid package the president signed last week' in the DOD item"},
 ],
 "events": [
  {"actor": AB, "date": "2022-04-21", "date_text": "Today", "what": "Blinken authorized a drawdown of up to $800 million in military assistance for Ukraine",
   "note": "'Today, as Russia begins its renewed offensive in Ukraine’s east, I have authorized ...': 'Today' modifies 'have authorized', whose subject 'I' is Blinken (byline). The statement's narration, not quoted speech, so kept (as 'Today' in state_2006_lebanon_rice_authorizes_30_million). 'as Russia begins its renewed offensive' shares the day but is a clause, not a date expression"},
  {"actor": None, "date": "2022-04-11/2022-04-17", "date_text": "last week’s", "what": "the previous $800 million package",
   "note": "a date on a noun ('last week’s $800 million package', like 'Friday's verdict'): this text does not say who authorized or signed that package, so null; the ISO week before Thursday 21 April 2022"},
  {"actor": None, "date": "2021-08", "date_text": "since August 2021", "what": "start of the series of drawdowns from Department of Defense inventories for Ukraine",
   "note": "'the eighth drawdown ... for Ukraine since August 2021': dates the start of a period of drawdowns; no agent of a drawdown in August 2021 is named, so null"},
 ],
 "actors": [
  {"name": AB, "type": "person", "aliases": ["Antony J. Blinken"]},
  {"name": "Vladimir Putin", "type": "person", "aliases": ["Russian President Vladimir Putin", "Putin"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
  {"name": "Joe Biden", "type": "person", "aliases": ["the President"]},
 ],
 "notes": [
  "The Secretary of State's press statement of Thursday 21 April 2022 (date inferred, see meta) authorizing the eighth drawdown for Ukraine, up to $800 million, kept from a word-for-word repost on globalbihari.com (headline rebuilt from the address, byline kept as line 2). Story us_ukraine_drawdown_apr2022 with dod_2022_biden_new_800m_howitzers_drones (DOD News on Biden's announcement of the same package).",
  "No quote marks: no quotes. The body is Blinken's first-person statement ('I have authorized', 'we continue'), so both figures are claimed by him, named in the byline.",
  "Keys across the story (renamed on integration to the story key of the 13 April briefings already in dev, dod_2022_kirby_drawdown_briefing and state_2022_ukraine_drawdown_briefing, whose :drawdown_apr13 is the same package): :drawdown_apr21 ('up to $800 million' here; '$800M' and '$800 million' announced by Biden in the DOD item), :drawdown_apr13 ('last week’s $800 million package' here; the package 'the president signed last week' in the DOD item).",
  "Events: 'Today' (Blinken authorized), 'last week’s' (a dated noun, agent not named: null) and 'since August 2021' (start of the drawdown series, no agent: null). Left out: 'in decades' (vague), 'Since Russian President Vladimir Putin launched his ... war' (no date expression).",
  "Not figures: 'eighth' (ordinal), 'one of the fastest-growing humanitarian crises' (pronoun), 'in decades' (no number word). Not actors: Ukraine and its forces (recipients; 'its forces are effectively using' the arms, but they are not named as a body), the U.S. Department of Defense (its inventories only), the Russian Government (only its position). 'the President' (who delegated the authority) is Biden, the President at the time; 'Russia’s forces' is covered by the alias 'Russia'.",
  "Second reading (annotator): the whole item re-read once more against FORMAT.md sections 1-2: no quote marks; the two '$800 million' pinned with occ and given different keys; 'up to' -> up to; 'Today' = 21 April 2022 (a Thursday), 'last week’s' = 11-17 April, 'since August 2021' = 2021-08; every alias an exact substring and no form shared ('the President' against 'Russian President Vladimir Putin'); no change.",
 ],
}
