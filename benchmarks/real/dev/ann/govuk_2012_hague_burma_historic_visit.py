K = "hague_burma_visit_2012:"
WH = "William Hague"
FCO = "Foreign and Commonwealth Office"
WEEK = "2012-01-02/2012-01-08"
ANN = {
 "article": "articles/govuk_2012_hague_burma_historic_visit.txt",
 "gold_out": "gold/govuk_2012_hague_burma_historic_visit.json",
 "published": "2012-01-06",
 "quotes": [
  {"text": "I made clear that the British government expects to see the release of all political prisoners, credible by-elections in April, and a genuine alleviation of the suffering in ethnic areas, including through humanitarian access and peace talks. I spoke of the long-standing friendship that exists between our two peoples, one that can and should form the foundation of improved relations across the board between our two countries. I made clear that the British government stands ready to respond positively to evidence of further progress towards that lasting improvement in human rights and political freedom that the people of Burma seek.",
   "speaker": WH, "speaker_mention": "Foreign Secretary William Hague", "fragment": False,
   "note": "Hague's statement after his meeting with Burmese government representatives, introduced on the line before ('..., Foreign Secretary William Hague said:'); one paragraph opened by “ and closed by ”; the final full stop inside the mark is kept"},
 ],
 "figures": [
  {"quantity": K+"years_since_last_fs_visit", "text": "50", "value": 50, "unit": "years", "counted": "years since a British foreign secretary last visited Burma", "source": None, "approx": None,
   "note": "'During the visit, the first by any British foreign secretary in 50 years, ...': an appositive in the round-up's own voice (not inside Hague's words) -> null. The same quantity as VOA's 'the first British foreign secretary to visit Burma in more than 50 years' of 4 January (voa_2012_hague_historic_visit_burma), same key"},
  {"text": "six", "value": 6, "unit": "months", "counted": "months in which the Burmese Government has undertaken reforms", "source": WH, "approx": None,
   "note": "'Hague called on the Burmese Government to continue the reforms it has undertaken in the last six months': the period is inside the complement of Hague's call (a speech act), so claimed by him, as a figure in the content of a 'called on' elsewhere in the set. 'in the last six months' is a period measured back from now (a duration), not an event"},
  {"text": "two", "ctx": "our two peoples", "value": 2, "unit": None, "counted": "peoples (British and Burmese)", "source": WH, "approx": None,
   "note": "'the long-standing friendship that exists between our two peoples': inside Hague's quote; counts the two peoples, as 'our two countries' is counted elsewhere in the set"},
  {"text": "two", "ctx": "our two countries", "value": 2, "unit": None, "counted": "countries (the UK and Burma)", "source": WH, "approx": None,
   "note": "'improved relations across the board between our two countries': inside Hague's quote"},
 ],
 "events": [
  {"actor": None, "date": WEEK, "date_text": "This week", "what": "the week's work at the Foreign Office (headline of the weekly round-up)",
   "note": "headline 'This week at the Foreign Office': the column title names the week but no act and no agent (no verb, no act noun) -> null; the current ISO week of the release (Friday 6 January 2012): Monday 2 to Sunday 8 January 2012"},
  {"actor": FCO, "date": WEEK, "date_text": "this week", "ctx": "overseas this week.", "what": "the work of the Foreign Office and its embassies overseas",
   "note": "summary line 'A look at the work of the Foreign Office and its Embassies overseas this week.': the date sits on the noun 'work', whose agent the text names (the Foreign Office and its embassies, which belong to it) -> the Foreign Office"},
  {"actor": WH, "date": WEEK, "date_text": "this week", "ctx": "Burma this week,", "what": "Hague made a historic visit to Burma",
   "note": "'Foreign Secretary William Hague made an historic visit to Burma this week': Hague is the subject of 'made'; the visit ran 5-6 January 2012 inside that week"},
  {"actor": None, "date": "2012-04", "date_text": "in April", "what": "credible by-elections in Burma (expected by the British government)",
   "note": "inside Hague's quote ('expects to see ... credible by-elections in April'): a month name, not 'today', so annotated; it dates the by-elections (a noun), whose holder the text does not name -> null. April after January 2012 = April 2012 (the by-elections of 1 April 2012)"},
  {"actor": WH, "date": "2012-01-05", "date_text": "On the 5 January", "what": "Hague met Aung San Suu Kyi to discuss progress on political dialogue",
   "note": "'On the 5 January, the Foreign Secretary met Daw Aung San Suu Kyi': the Foreign Secretary (Hague) is the subject of 'met'; Thursday 5 January 2012 (year from the published date)"},
 ],
 "actors": [
  {"name": WH, "type": "person", "aliases": ["Foreign Secretary William Hague", "the Foreign Secretary"]},
  {"name": FCO, "type": "organisation", "aliases": ["the Foreign Office"]},
  {"name": "Thein Sein", "type": "person", "aliases": ["President Thein Sein"]},
  {"name": "Aung San Suu Kyi", "type": "person", "aliases": ["Daw Aung San Suu Kyi"]},
  {"name": "Burmese Government", "type": "organisation", "aliases": ["the Burmese Government", "Burmese government representatives"]},
  {"name": "Wunna Maung Lwin", "type": "person", "aliases": ["Foreign Minister U Wunna Maung Lwin"]},
  {"name": "Shwe Mann", "type": "person", "aliases": ["Lower House Speaker Shwe Mann"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["the British government", "the UK"]},
 ],
 "notes": [
  "GOV.UK news story (Foreign and Commonwealth Office weekly round-up 'This week at the Foreign Office') of Friday 6 January 2012 (date worked out, meta published_evidence) on Foreign Secretary William Hague's visit to Burma of 5-6 January 2012, the first by a British foreign secretary since 1955. Story hague_burma_visit_2012 with VOA's post of 4 January 2012 as the visit began (voa_2012_hague_historic_visit_burma, this folder).",
  "Quotes: one, Hague's statement after meeting the government (one paragraph, named on the line before). 'Commenting on the Foreign Secretary’s Facebook page, Daw Aung San Suu Kyi welcomed the visit' is reported without marks: no quote.",
  "Figures: '50' (years since the last visit, the round-up's voice; key hague_burma_visit_2012:years_since_last_fs_visit shared with VOA's 'more than 50 years'), 'six' months (inside Hague's call, claimed by him), 'two' twice in Hague's quote (peoples, countries). Not figures: 'one' in 'one that can and should form the foundation' (a pronoun), '2011' in 'the 2011 Chatham House Prize' (a year in a prize's name), '5' (a date), 'annually' (a rate), 'first' (ordinal).",
  "Events: headline 'This week' (no act, null), the summary's 'this week' (the Foreign Office's work), 'this week' (Hague's visit), 'in April' inside the quote (by-elections, no agent), 'On the 5 January' (Hague met Suu Kyi). Not events: 'in the last six months' and 'in the past year' (periods measured back from now: durations), 'annually' (frequency), '2011' (part of the prize's name; the award is not dated by it in the text), 'Speaking after his meeting' (relative, no date expression). The dropped last paragraph held 'today' (the press conference in Rangoon).",
  "Actors: Hague ('Foreign Secretary William Hague' three times, 'the Foreign Secretary' twice, once in 'the Foreign Secretary’s Facebook page'; 'he'/'He' are pronouns), the Foreign Office ('the Foreign Office' in headline and summary), the people he met (President Thein Sein, Daw Aung San Suu Kyi, Foreign Minister U Wunna Maung Lwin, Lower House Speaker Shwe Mann), the Burmese Government (urged to continue its reforms; 'Burmese government representatives' met by Hague), the United Kingdom ('the British government' expects / stands ready in Hague's quote; 'the support of the UK' welcomed). Not listed: 'representatives of ethnic minorities' (met, no name), Chatham House (only in the prize's name, the awarder is not said), 'the people of Burma'.",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and the stored copy: the quote's text between “ and ” with its final '.', the three 'this week'/'This week' pinned by case and ctx and resolved to the ISO week 2-8 January 2012, 5 January 2012 = Thursday, 'in April' -> 2012-04 inside the quote (a month, not 'today'), the two 'two' pinned by ctx, every number token ('50', 'six', 'two' x2, '5', '2011', 'one'), every alias an exact substring used by one actor only; no change.",
 ],
}
