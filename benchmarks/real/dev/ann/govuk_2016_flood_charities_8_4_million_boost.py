GC = "Greg Clark"
CH = "Chancellor of the Exchequer"
K = "uk_floods_desmond_eva_2016:"
ANN = {
 "article": "articles/govuk_2016_flood_charities_8_4_million_boost.txt",
 "gold_out": "gold/govuk_2016_flood_charities_8_4_million_boost.json",
 "published": "2016-03-23",
 "quotes": [
  {"text": "when they needed it most", "ctx": "“when they needed it most”", "speaker": GC, "speaker_mention": "Mr Clark", "fragment": True,
   "note": "'Mr Clark praised ... providing vital support to those “when they needed it most”.': Clark's words (they recur in his statement below), a fragment inside the release's report of his praise; the period falls outside the closing mark"},
 ],
 "figures": [
  {"quantity": K+"charity_match_funding", "text": "£8.4 million", "ctx": "Flood charities get £8.4 million", "value": 8.4e6, "unit": "GBP", "counted": "boost for flood charities from government", "source": None, "approx": None,
   "note": "headline: the department's own voice, no claimant"},
  {"quantity": K+"charity_match_funding", "text": "£8.4 million", "ctx": "floods will get an £8.4 million boost.", "value": 8.4e6, "unit": "GBP", "counted": "boost for charities supporting those affected by the floods", "source": GC, "approx": None,
   "note": "sub-headline 'Communities Secretary Greg Clark announces charities ... will get an £8.4 million boost': Clark is the one who announces it"},
  {"quantity": K+"charity_match_funding", "text": "£8.4 million", "ctx": "will get an £8.4 million boost, Communities", "value": 8.4e6, "unit": "GBP", "counted": "boost for charities supporting those affected by the floods", "source": GC, "approx": None,
   "note": "'Charities ... will get an £8.4 million boost, Communities Secretary Greg Clark announced today.'"},
  {"quantity": K+"charity_match_funding", "text": "£8.4 million", "ctx": "It means an £8.4 million", "value": 8.4e6, "unit": "GBP", "counted": "boost to the fundraising efforts of community groups", "source": GC, "approx": None,
   "note": "in Clark's unmarked statement ('Communities Secretary Greg Clark said:' followed by three paragraphs without quote marks): the words are his, so he claims the figure; same sum as above"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "families and businesses affected", "source": GC, "approx": None,
   "note": "'more of the thousands of families and businesses affected can benefit', in Clark's statement: vague plural"},
 ],
 "events": [
  {"actor": None, "date": "2015", "date_text": "at the end of last year", "what": "Storms Desmond and Eva hit the areas",
   "note": "'areas hit by Storms Desmond and Eva at the end of last year': the agents of 'hit' are storms, not actors -> null; 'at the end of last year' normalised to the year 2015, as 'at the end of 2007' elsewhere in the set"},
  {"actor": GC, "date": "2016-03-23", "date_text": "today", "ctx": "announced today", "what": "Greg Clark announced the £8.4 million boost",
   "note": "'..., Communities Secretary Greg Clark announced today.': agent of 'announced'; today = the published day (inferred, see meta)"},
  {"actor": GC, "date": "2016-03-23", "date_text": "today", "ctx": "Commons today", "what": "Clark confirmed in the Commons the government will match the funds raised",
   "note": "'Speaking in the Commons today Greg Clark confirmed ...': the date modifies 'Speaking' / 'confirmed', agent Clark; outside any speech"},
  {"actor": GC, "date": "2016-03-23", "date_text": "Today’s", "what": "today's announcement (Clark's) fulfils the Chancellor's pledge",
   "note": "'Today’s announcement fulfills a pledge ...': the date is on the noun 'announcement', which the release has Clark make ('Greg Clark announced today')"},
  {"actor": CH, "date": "2015-12", "date_text": "in December last year", "what": "the Chancellor of the Exchequer pledged to match charities' fund-raising",
   "note": "'a pledge made by the Chancellor of the Exchequer in December last year': passive participle with a by-agent; December 2015"},
 ],
 "actors": [
  {"name": GC, "type": "person", "aliases": ["Communities Secretary Greg Clark", "Greg Clark", "Mr Clark"]},
  {"name": "government", "type": "organisation", "aliases": ["the government", "government"]},
  {"name": CH, "type": "person", "aliases": ["the Chancellor of the Exchequer"]},
  {"name": "volunteers", "type": "group", "aliases": ["an army of volunteers"]},
 ],
 "notes": [
  "GOV.UK press release (Department for Communities and Local Government), taken as of 23 March 2016 (date inferred and doubtful, see meta), on £8.4 million of government match funding for charities helping those hit by Storms Desmond and Eva (December 2015); story uk_floods_desmond_eva_2016 with govuk_2016_ea_flood_repairs (Environment Agency, 2 February 2016), which has no money figure of this kind, so no key is shared with it.",
  "Quotes: one fragment, “when they needed it most” (Clark). Clark's statement after 'Communities Secretary Greg Clark said:' is an unmarked block (no quote marks), so it is not a quote (as in govuk_2016_ea_flood_repairs); its figures are still his ('source' Greg Clark).",
  "Figures: the £8.4 million appears four times (headline, outlet's voice; sub-headline, lead and Clark's statement, Clark's) under one key uk_floods_desmond_eva_2016:charity_match_funding; 'thousands' of families and businesses (vague, Clark). Not figures: 'multi-million pound package' (no number), 'pound for pound' (a manner, twice), 'a number of these community groups' (no number).",
  "Events: 'at the end of last year' (storms, null), 'today' twice and 'Today’s' (Clark's announcement and Commons statement), 'in December last year' (the Chancellor's pledge). Left out: 'this winter’s floods' twice (a season, as in the set), 'when they needed it most' (no date).",
  "Actors: Greg Clark ('Communities Secretary Greg Clark', 'Greg Clark', 'Mr Clark'); the government ('the government will match', 'boost from government'); the Chancellor of the Exchequer (named by office only; pledged in December); the 'army of volunteers' (offered support, in Clark's statement, undated). Not listed: charities, community groups and foundations (receive funds or are praised; 'sprang into action' is undated and generic), the Commons (place).",
  "First reading: annotated top to bottom against FORMAT.md. Second reading (as checker): checked the one quote span (period outside the curly mark), the claimant of each £8.4 million (headline none; 'Greg Clark announces'; 'Greg Clark announced today'; his statement), the agent of each dated verb or noun, and the dates against the published day (23 March 2016 taken; December last year = 2015-12). No change after the second reading; the doubtful point is the inferred published day.",
 ],
}
