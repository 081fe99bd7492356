K = "beirut_explosion_2020:"
UK = "United Kingdom"
AMT = "Anne-Marie Trevelyan"
EM = "Emmanuel Macron"
AM = "Amina Mohammed"
ANN = {
 "article": "articles/govuk_2020_beirut_uk_20m_wfp_pledge.txt",
 "gold_out": "gold/govuk_2020_beirut_uk_20m_wfp_pledge.json",
 "published": "2020-08-09",
 "quotes": [
  {"text": "stand by the Lebanese people", "occ": 1, "speaker": UK, "speaker_mention": "UK", "fragment": True,
   "note": "summary line 'As one of the biggest donors to crisis so far, UK commits to \"stand by the Lebanese people\"': a short quoted phrase whose attribution is the subject of 'commits', the UK. The same words recur in Trevelyan's unmarked block ('Today the world is coming together to stand by the Lebanese people'), but the line itself attributes them to the UK"},
 ],
 "figures": [
  {"quantity": K+"uk_wfp_pledge_20m", "text": "£20 million", "occ": 1, "value": 2e7, "unit": "GBP", "counted": "UK package to provide food for the most vulnerable in Lebanon", "source": None, "approx": None,
   "note": "first summary line 'UK package of £20 million will help provide food ...': release's voice. The same pledge as '£20m' and '£20 million' in the body (same key)"},
  {"quantity": K+"uk_initial_5m", "text": "£5 million", "value": 5e6, "unit": "GBP", "counted": "already made available to the response by the UK", "source": None, "approx": None,
   "note": "third summary line 'This is on top of £5 million already made available to the response by the UK': the UK is the giver (passive with by-agent), not a claimant; release's voice. The cut last paragraph repeats it ('The UK has already made £5 million available'); the US items of the story count US aid and share no key with it"},
  {"quantity": K+"uk_wfp_pledge_20m", "text": "£20m", "value": 2e7, "unit": "GBP", "counted": "further package in urgent humanitarian support pledged at the virtual summit", "source": None, "approx": None,
   "note": "'The UK will step up its commitment ... by pledging a further package of £20m ...': the UK pledges (gives) it; a pledge is not a verb of saying (as 'committed to £3 billion a year' in govuk_2024_lammy_blinken_kyiv_600_million), so the release's voice; same key"},
  {"quantity": K+"uk_wfp_pledge_20m", "text": "£20 million", "occ": 2, "value": 2e7, "unit": "GBP", "counted": "pledged by Trevelyan on behalf of the UK to the World Food Programme", "source": None, "approx": None,
   "note": "'International Development Secretary Anne-Marie Trevelyan will pledge £20 million on behalf of the UK to the UN's World Food Programme (WFP)': 'will pledge' is the act of giving, not a verb of saying, so null as the other two statements of the pledge; same key"},
 ],
 "events": [
  {"actor": UK, "date": "2020-08-09", "date_text": "today", "ctx": "most vulnerable today,", "what": "the UK steps up its commitment by pledging a further £20m at a virtual summit",
   "note": "'The UK will step up its commitment to helping Lebanon's most vulnerable today, by pledging ...': the UK is the subject of 'will step up' (and of 'pledging'); the release's day, Sunday 9 August 2020"},
  {"actor": EM + " and " + AM, "date": "2020-08-09", "date_text": "Sunday, 9 August", "what": "the virtual summit of world leaders on Lebanon",
   "note": "'... at a virtual summit of world leaders (Sunday, 9 August)': the bracket stands right after 'a virtual summit of world leaders' and dates that noun (a dated noun, like 'Friday's verdict'); the next sentence says who convened it ('convened by French President Emmanuel Macron and UN Deputy Secretary-General Amina Mohammed'), so the conveners as a joint actor. The bracket also agrees with the 'today' of the UK's pledge in the same sentence; that act has its own event"},
  {"actor": EM + " and " + AM, "date": "2020-08-09", "date_text": "today's", "what": "the conference at which world leaders gather virtually to support Lebanon",
   "note": "'At today's conference, world leaders will gather virtually ...': date on the noun 'conference', whose conveners the previous paragraph names ('convened by French President Emmanuel Macron and UN Deputy Secretary-General Amina Mohammed'), so the joint conveners, as for the bracketed date of the same summit"},
  {"actor": None, "date": "2020-08-03/2020-08-09", "date_text": "this week", "what": "the devastation in Lebanon (the Beirut explosion)",
   "note": "Trevelyan's block: 'The devastation we have seen in Lebanon this week ...': dates the devastation (the explosion of Tuesday 4 August), whose cause is given no agent; 'we have seen' is perception, not an act. Not 'today' inside speech, so kept (FORMAT: dates in quotes count when they date an event). 'this week' = the ISO week of the release, Monday 3 - Sunday 9 August 2020"},
 ],
 "actors": [
  {"name": UK, "type": "country", "aliases": ["UK", "The UK", "the UK"]},
  {"name": AMT, "type": "person", "aliases": ["International Development Secretary Anne-Marie Trevelyan", "Anne-Marie Trevelyan"]},
  {"name": EM, "type": "person", "aliases": ["French President Emmanuel Macron", "Emmanuel Macron"]},
  {"name": AM, "type": "person", "aliases": ["UN Deputy Secretary-General Amina Mohammed", "Amina Mohammed"]},
  {"name": "World Food Programme", "type": "organisation", "aliases": ["World Food Programme", "WFP"]},
  {"name": "world leaders", "type": "group", "aliases": ["world leaders"]},
 ],
 "notes": [
  "Department for International Development press release (GOV.UK) of Sunday 9 August 2020, kept from a word-for-word repost on miragenews.com; no headline or date in the stored copy (line 1 rebuilt from the address, date worked out: meta published_evidence and edits). Five days after the Beirut port explosion, the UK pledges a further £20 million to the UN's World Food Programme at the virtual conference convened by Emmanuel Macron and Amina Mohammed, on top of £5 million already made available. Story beirut_explosion_2020 with the DOD and State Department items on the US response (dod_2020_beirut_pentagon_flies_aid, dod_2020_beirut_hoffman_briefing_three_c17, state_2020_beirut_us_aids_lebanese_17_million); they count US aid, flights and casualties, so no figure key is shared with them.",
  "Quotes: one fragment, \"stand by the Lebanese people\" (summary line, attributed to the UK by 'UK commits to'). Not quotes: the conference name in single marks ('International conference on assistance and support to Beirut and the Lebanese people', a name); Trevelyan's statement is an unmarked block (GOV.UK layout).",
  "Figures: the £20 million pledge three times (summary '£20 million', body '£20m', body '£20 million'; key beirut_explosion_2020:uk_wfp_pledge_20m) and the £5 million already made available (key beirut_explosion_2020:uk_initial_5m). All in the release's voice: the UK and Trevelyan pledge (give) the money; no number is attributed to a speaker. Not figures: 'one of the biggest donors' (three times: summary line, body, Trevelyan's block; pronoun 'one'); '9' in '(Sunday, 9 August)' is a date.",
  "Events: 'today' (the UK steps up by pledging; 9 August 2020), '(Sunday, 9 August)' and 'today's conference' (the summit, dated nouns -> its conveners Macron and Mohammed, joint), 'this week' in Trevelyan's block (the devastation, no agent; 3-9 August 2020). Left out: 'Today the world is coming together' ('today' inside speech), 'so far' (twice, vague).",
  "Actors: the United Kingdom ('UK' in the summary lines, 'The UK', 'the UK'), Anne-Marie Trevelyan (will pledge; speaker of the block), Emmanuel Macron and Amina Mohammed (convened the conference), the World Food Programme (recipient of the pledge; 'the UN's World Food Programme (WFP)') and 'world leaders' (will gather virtually). The British Red Cross is named only as a recipient of support and is not listed; the UN is named only in titles and possessives.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2 and the stored copy: checked the one fragment quote and its speaker (the UK, subject of 'commits'), the two '£20 million' by occ and '£20m' with one key, 9 August 2020 a Sunday, the 'today' pinned by ctx (the block's 'Today' is left out), both dated nouns of the summit given the same joint conveners, 'this week' = 3-9 August, every alias an exact substring and none shared; no change.",
 ],
}
