K = "ni_mla_pay_cut_2018:"
KB = "Karen Bradley"
TR = "Trevor Reaney"
ANN = {
 "article": "articles/govuk_2018_ni_secretary_mla_pay_cut_15_percent.txt",
 "gold_out": "gold/govuk_2018_ni_secretary_mla_pay_cut_15_percent.json",
 "published": "2018-09-28",
 "quotes": [],
 "figures": [
  {"quantity": K+"total_cut_share", "text": "27.5%", "value": 27.5, "unit": "%", "counted": "cut in MLAs' pay over the next few months", "source": KB, "approx": None,
   "note": "'As she announced in the House of Commons on 6 September, the Secretary of State has accepted the recommendations ... and will cut MLAs’ pay by 27.5% ...': the 'As she announced' clause attributes the sentence's content to her announcement, so the Secretary of State (Karen Bradley, named nowhere in the text) claims it. The whole cut, of which the 15% and 12.5% below are the two stages (different quantities, different keys)"},
  {"quantity": K+"first_stage_cut_share", "text": "15%", "value": 15, "unit": "%", "counted": "cut in MLAs' salary from 1 November", "source": KB, "approx": None,
   "note": "'The letter from the Secretary of State to MLAs informs them that their salary will be cut by 15% from 1 November': the letter says it (a verb of telling with a that-clause), so its author, the Secretary of State, is the claimant (as 'a UN report said' -> the UN body that wrote it)"},
  {"quantity": K+"second_stage_cut_share", "text": "12.5%", "value": 12.5, "unit": "%", "counted": "further cut in MLAs' salary from 1 January 2019", "source": KB, "approx": None,
   "note": "'and by a further 12.5% from 1 January 2019': same that-clause of what the letter informs MLAs, so the Secretary of State claims it"},
 ],
 "events": [
  {"actor": None, "date": "2018-11-01", "date_text": "by 1 November 2018", "what": "MLA pay reduced (headline)",
   "note": "rebuilt headline (from the page address, meta edits) 'Secretary of State confirms MLA pay reduced by 1 November 2018': the date modifies the passive participle 'reduced', which has no by-agent, so null"},
  {"actor": KB, "date": "2018-09-06", "date_text": "on 6 September", "what": "the Secretary of State announced the pay cut in the House of Commons",
   "note": "'As she announced in the House of Commons on 6 September': active verb, 'she' = the Secretary of State of the same sentence (Karen Bradley); 6 September of the publication year, 2018"},
  {"actor": TR, "date": "2017-12", "date_text": "in December 2017", "what": "Sir Trevor Reaney made his recommendations on MLA pay",
   "note": "'the recommendations made by Sir Trevor Reaney in December 2017': passive participle with a by-agent, so Reaney; a month"},
  {"actor": None, "date": "2018-11-01", "date_text": "from 1 November", "what": "MLAs' salary will be cut by 15%",
   "note": "'their salary will be cut by 15% from 1 November': passive without a by-agent, so null (even though the letter is the Secretary of State's); 1 November of the publication year, 2018"},
  {"actor": None, "date": "2019-01-01", "date_text": "from 1 January 2019", "what": "MLAs' salary will be cut by a further 12.5%",
   "note": "'and by a further 12.5% from 1 January 2019': the same agentless passive 'will be cut', so null"},
  {"actor": None, "date": "2018-07", "date_text": "in July", "what": "legislation passed in Westminster",
   "note": "'under legislation passed in Westminster in July': passive participle without a by-agent ('in Westminster' is a place, not an agent), so null; July of the publication year, 2018"},
 ],
 "actors": [
  {"name": KB, "type": "person", "aliases": ["Secretary of State", "the Secretary of State", "The Secretary of State"]},
  {"name": TR, "type": "person", "aliases": ["Sir Trevor Reaney"]},
  {"name": "UK Parliament", "type": "organisation", "aliases": ["Parliament"]},
 ],
 "notes": [
  "GOV.UK news story (Northern Ireland Office) of Friday 28 September 2018, kept from government-world.com's repost (no headline or date in the stored copy: headline rebuilt from the address, date from reports of the same day; see meta): the Secretary of State for Northern Ireland (Karen Bradley, never named in the text) confirms to MLAs that their pay will be cut by 15% from 1 November 2018 and a further 12.5% from 1 January 2019. Story ni_mla_pay_cut_2018 (new); the 2022 cut by her successor is the separate story ni_mla_pay_cut_2022 (govuk_2022_ni_secretary_mla_pay_cut_27_5), whose 27.5% is another cut (other year, other decision), so no shared key.",
  "No quotes: the statement after 'The Secretary of State said:' is printed without quote marks (GOV.UK block quote), three first-person paragraphs.",
  "Figures: '27.5%' (the whole cut; claimed by the Secretary of State through 'As she announced ...'), '15%' and '12.5%' (the two stages, what her letter 'informs them'; claimed by her as the letter's author). Keys ni_mla_pay_cut_2018:total_cut_share, :first_stage_cut_share, :second_stage_cut_share. Not figures: 'the next few months' (no number), dates ('1 November', '1 January 2019', 'December 2017', '6 September').",
  "Events (6): headline 'by 1 November 2018' (agentless passive participle: null), 'on 6 September' (she announced: Karen Bradley), 'in December 2017' (recommendations made by Sir Trevor Reaney: by-agent), 'from 1 November' and 'from 1 January 2019' (agentless passive 'will be cut': null), 'in July' (legislation passed, agentless: null). Left out: 'today' in 'I am acting today' (bare 'today' inside speech), 'over the next few months', 'in the meantime', 'at the earliest opportunity' (vague).",
  "Actors: Karen Bradley, named only by title ('Secretary of State' in the headline, 'the Secretary of State', 'The Secretary of State said:'); the name is the canonical actor name although the text never prints it (the Secretary of State for Northern Ireland in September 2018). Sir Trevor Reaney (made the recommendations) and Parliament (voted for the powers, in her statement; 'the plan I set out in Parliament' is the same surface form). Not actors: MLAs (paid, written to), the UK Government (its priority, a state), the Northern Ireland Civil Service, the Assembly (would appoint a panel, hypothetical), Westminster ('in Westminster', a place).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: no quote marks (curly apostrophes only); the three percentages with unit % and claimant the Secretary of State (announced; the letter informs); every date expression checked against Friday 28 September 2018 and each one's verb (two active/by-agent, four agentless); bare 'today' in speech left out; aliases exact substrings, none shared; no change.",
 ],
}
