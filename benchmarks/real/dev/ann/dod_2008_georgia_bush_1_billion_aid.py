K = "georgia_us_aid_2008:"
GWB = "George W. Bush"
ANN = {
 "article": "articles/dod_2008_georgia_bush_1_billion_aid.txt",
 "gold_out": "gold/dod_2008_georgia_bush_1_billion_aid.json",
 "published": "2008-09-03",
 "quotes": [
  {"text": "More than half of these funds will be made available in the near term and will support reconstruction efforts in Georgia, assist the government of Georgia in leading the nation’s recovery and meet ongoing humanitarian needs, including the resettlement of displaced families", "speaker": GWB, "speaker_mention": "Bush",
   "note": "'..., Bush said in a written statement released by the White House.' after the quote; the comma before the closing mark is dropped. A written statement, speaker Bush (the White House only released it)"},
  {"text": "My administration looks forward to working with Congress on elements of this package", "speaker": GWB, "speaker_mention": "Bush",
   "note": "'..., Bush said.' after the quote; comma dropped"},
 ],
 "figures": [
  {"quantity": K + "billion_package", "text": "$1 Billion", "value": 1e9, "unit": "USD", "counted": "U.S. aid for Georgia reconstruction and humanitarian aid", "source": None, "approx": None,
   "note": "headline in the outlet's voice, no claimant; the package of 3 September (same key as the lead's $1 billion and the America.gov item's figures)"},
  {"quantity": K + "billion_package", "text": "$1 billion", "value": 1e9, "unit": "USD", "counted": "U.S. recovery aid to Georgia", "source": GWB, "approx": None,
   "note": "'The United States will provide $1 billion in recovery aid to Georgia, President Bush announced today.': claimed by Bush (announced)"},
  {"quantity": K + "military_relief_delivered_total", "text": "2 million", "value": 2e6, "unit": None, "counted": "pounds of humanitarian supplies delivered to Georgia by the U.S. military", "source": None, "approx": "more than",
   "note": "'the U.S. military has delivered more than 2 million pounds of humanitarian supplies': narration, no claimant, so null. Pounds are outside the scorer's unit table (it reads 'pound' as GBP), so no unit and 'pounds' is the counted noun, as in dod_2008_georgia_aid_million_pounds. The cumulative U.S. military delivery: same key as 'more than 1 million pounds' (24 August) and 1,145 short tons (8 September), a total that grew"},
  {"text": "half", "value": 0.5, "unit": "share", "counted": "of these funds (the $1 billion) to be made available in the near term", "source": GWB, "approx": "more than",
   "note": "'More than half of these funds' inside Bush's quote: a share, 'More than' -> more than. Not keyed with Rice's $570 million in the America.gov item (a share against a sum)"},
 ],
 "events": [
  {"actor": GWB, "date": "2008-09-03", "date_text": "today", "what": "Bush announced $1 billion in recovery aid to Georgia",
   "note": "'President Bush announced today' in narration (not inside speech); the dateline day, Wednesday 3 September 2008"},
  {"actor": "Russia", "date": "2008-08", "date_text": "in August", "what": "Russia invaded Georgia",
   "note": "subject of 'invaded' ('Russia invaded the Caucasus republic in August'); month of the publication year"},
  {"actor": None, "date": "2008-08-13", "date_text": "Aug. 13", "what": "a cease-fire agreement was reached",
   "note": "'a cease-fire agreement reached Aug. 13': passive participle without an agent, so null"},
  {"actor": "Dick Cheney", "date": "2008-09-04", "date_text": "tomorrow", "what": "Cheney visits Tbilisi and briefs Georgia's leadership on the aid package",
   "note": "'Vice President Dick Cheney is scheduled to brief ... when he visits the country’s capital of Tbilisi tomorrow': Cheney is the agent of 'visits'; the day after 3 September"},
 ],
 "actors": [
  {"name": "United States", "type": "country", "aliases": ["The United States"]},
  {"name": GWB, "type": "person", "aliases": ["President Bush", "Bush"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "U.S. military", "type": "organisation", "aliases": ["the U.S. military"]},
  {"name": "White House", "type": "organisation", "aliases": ["the White House"]},
  {"name": "Dick Cheney", "type": "person", "aliases": ["Vice President Dick Cheney"]},
 ],
 "notes": [
  "American Forces Press Service story by Jim Garamone of Wednesday 3 September 2008, kept from the End of Term 2008 archive copy of defenselink.mil; on President Bush's announcement of $1 billion in aid for Georgia. Story georgia_us_aid_2008 with the four DOD items of August-September 2008 and this round's state_2008_georgia_aid_target_displaced (America.gov, 8 September) and usaid_2008_georgia_additional_1_million (USAID, 19 August).",
  "Two quotes, both Bush's written statement, each attributed after it by surname ('Bush said'); the first is released by the White House, which is an actor but not the speaker.",
  "Keys across the story: :billion_package (headline '$1 Billion', lead '$1 billion'; the America.gov item's Jeffery and Rice figures), :military_relief_delivered_total ('more than 2 million pounds' here; more than 1 million pounds on 24 August and 1,145 short tons on 8 September in the DOD items: a running total). 'More than half' (share, Bush) is not keyed.",
  "Events: 'today' (Bush's announcement), 'in August' (Russia's invasion), 'Aug. 13' (cease-fire reached, agentless passive: null), 'tomorrow' (Cheney's visit, 4 September). Left out: the dateline 'WASHINGTON, Sept. 3, 2008', 'in the near term' (vague, inside the quote), 'Before the Russian invasion ...' (no date expression).",
  "Not actors: the European Union (funds 'from' it, it does not act in the text), Congress (worked with, in Bush's words), Georgia and its leadership (recipients). 'one of the fastest-growing economies' is a pronoun, not a figure; 'Operation Assured Delivery' is a name.",
  "Second reading (annotator): whole item re-read against FORMAT.md sections 1-2: quote spans against the curly marks (two trailing commas dropped), headline figure null source, 'announced' claimant, the pounds figure without unit, 'More than half' as share 0.5 more than, the four event dates (3 Sept 2008 a Wednesday, 'tomorrow' = 4 Sept) and every alias as an exact substring.",
 ],
}
