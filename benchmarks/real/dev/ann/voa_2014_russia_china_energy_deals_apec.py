VP = "Vladimir Putin"
XI = "Xi Jinping"
MF = "Michael Froman"
K = "apec_beijing_2014:"
ANN = {
 "article": "articles/voa_2014_russia_china_energy_deals_apec.txt",
 "gold_out": "gold/voa_2014_russia_china_energy_deals_apec.json",
 "published": "2014-11-09",
 "quotes": [],
 "figures": [
  {"text": "two", "ctx": "the two sides", "value": 2, "unit": None, "counted": "sides", "source": None, "approx": None,
   "note": "'In May, the two sides signed ...': counts Russia and China, as 'the two sides' is counted elsewhere in the set; VOA's voice"},
  {"quantity": K+"eastern_route_gas_deal_value", "text": "$400 billion", "value": 4e11, "unit": "USD", "counted": "deal for an eastern supply route signed in May", "source": None, "approx": None,
   "note": "'In May, the two sides signed a $400 billion deal for an eastern supply route': VOA's voice, no claimant. Key kept for any other report of the May 2014 deal"},
  {"text": "$40 billion", "value": 4e10, "unit": "USD", "counted": "fund for infrastructure development in the region", "source": XI,
   "approx": None,
   "note": "'The Chinese leader also ... highlighted Beijing's plans to set up a $40 billion fund': the sum is in what Xi ('The Chinese leader', a description) highlighted in his speech -> Xi, as a sum 'announced' by a speaker is annotated elsewhere in the set"},
  {"text": "12", "value": 12, "unit": None, "counted": "nations in the Trans-Pacific Partnership", "source": MF, "approx": None,
   "note": "'Froman said Sunday that Washington will pursue its own plans for a 12-nation “Trans-Pacific Partnership”': '12' in '12-nation' (the number only, as '47' in '47-year-old'), inside Froman's reported speech -> Froman"},
 ],
 "events": [
  {"actor": VP + " and " + XI, "date": "2014-11-09", "date_text": "Sunday", "ctx": "signed Sunday", "what": "Putin and Xi signed the energy deals, including a second gas supply route",
   "note": "passive with a 'by' agent: 'The deals ... were signed Sunday by Russian President Vladimir Putin and his Chinese counterpart, Xi Jinping' -> joint actor"},
  {"actor": "Russia and China", "date": "2014-05", "date_text": "In May", "what": "Russia and China signed a $400 billion deal for an eastern gas supply route",
   "note": "'In May, the two sides signed a $400 billion deal': 'the two sides' are Russia and China (the countries of the first sentence, 'China and Russia have signed ...') -> joint actor; the May before this November 2014 report = May 2014"},
  {"actor": XI, "date": "2014-11-09", "date_text": "Sunday", "ctx": "Beijing Sunday", "what": "Xi told world business leaders China is committed to deepening reforms",
   "note": "'He told world business leaders in Beijing Sunday ...': 'He' = President Xi (previous paragraph); the agent of 'told'"},
  {"actor": None, "date": "2014-07-01/2014-09-30", "date_text": "in the third quarter", "what": "China's economy slipped to a new low",
   "note": "the economy slipping is a state/change without an agent -> null; the third quarter of 2014 written as a day interval, as 'in the second quarter' is elsewhere in the set"},
  {"actor": None, "date": "2008-01-01/2009-12-31", "date_text": "2008 and 2009", "what": "the global financial crisis",
   "note": "years on a noun ('the 2008 and 2009 global financial crisis'), like 'the 2004 tsunami' elsewhere in the set: no agent -> null; one crisis over two years, written as one interval"},
  {"actor": MF, "date": "2014-11-09", "date_text": "Sunday", "ctx": "said Sunday", "what": "Froman said Washington will pursue its own 12-nation Trans-Pacific Partnership",
   "note": "'U.S. Trade Representative Michael Froman said Sunday ...': Froman is the agent of 'said'"},
 ],
 "actors": [
  {"name": VP, "type": "person", "aliases": ["Russian President Vladimir Putin"]},
  {"name": XI, "type": "person", "aliases": ["Xi Jinping", "his Chinese counterpart", "President Xi", "Xi", "The Chinese leader"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia", "Moscow"]},
  {"name": "China", "type": "country", "aliases": ["China", "Beijing"]},
  {"name": MF, "type": "person", "aliases": ["U.S. Trade Representative Michael Froman"]},
  {"name": "United States", "type": "country", "aliases": ["Washington"]},
 ],
 "notes": [
  "VOA News report of Sunday 9 November 2014 from the APEC summit in Beijing (date from the removed photo caption and 'Sunday' in the text, see meta published_evidence): Putin and Xi sign energy deals including a second (western) gas route; Xi on China's economy; Froman on the Trans-Pacific Partnership. Story apec_beijing_2014; the page was stored under an ift.tt short link (meta url_note).",
  "Quotes: none. '“Trans-Pacific Partnership”' is a name in quote marks, not someone's words. Xi's words are reported speech without marks ('saying that China's slower growth rate ...', 'He told world business leaders ... that ...'), as are Froman's ('said Sunday that ...').",
  "Figures: 'two' sides, '$400 billion' (the May deal, VOA's voice; key apec_beijing_2014:eastern_route_gas_deal_value), '$40 billion' fund (highlighted by Xi -> Xi), '12' in '12-nation' (Froman's reported speech -> Froman). Not figures: 'second major supply route' and 'the third quarter' (ordinals), '2008', '2009' (years), 'annual', 'Both men' (no number word).",
  "Events: 'Sunday' three times (the signing, passive with a by-agent -> Putin and Xi jointly; Xi told business leaders; Froman said), pinned by ctx; 'In May' (the two sides, Russia and China, signed the eastern-route deal; May 2014); 'in the third quarter' (the economy slipped; no agent; 2014-07-01/2014-09-30); '2008 and 2009' (years on the noun 'crisis'; no agent). Not events: 'Earlier' ('Earlier, President Xi has presided over the APEC opening ceremony': vague, as elsewhere in the set), 'now' (reference time), 'after the signing ceremony' (relative to an act, no date expression).",
  "Actors: Putin ('Russian President Vladimir Putin'), Xi ('Xi Jinping', 'his Chinese counterpart', 'President Xi', 'Xi' in the sub-headline, 'The Chinese leader'), Russia ('Russia' in the headline and 'China and Russia have signed', 'Moscow'), China ('China', 'Beijing' in 'Beijing's plans'; both strings are also places: 'supply Russian natural gas to China', 'summit in Beijing'), Froman ('U.S. Trade Representative Michael Froman') and the United States ('Washington will pursue its own plans'). 'Both men' and 'both sides' are joint references and not aliases. Not listed: 'world business leaders' (addressees), 'the West' (object). Barack Obama was only in the dropped last paragraph.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2 and the stored copy: headline, sub-headline and eight paragraphs identical after the listed edits; the three 'Sunday' pinned by ctx with their agents, 'In May' -> 2014-05, quarter and year interval, the '$40 billion' and '12' claimants rechecked; no change.",
 ],
}
