K = "ni_mla_pay_cut_2022:"
CHH = "Chris Heaton-Harris"
ANN = {
 "article": "articles/govuk_2022_ni_secretary_mla_pay_cut_27_5.txt",
 "gold_out": "gold/govuk_2022_ni_secretary_mla_pay_cut_27_5.json",
 "published": "2022-12-08",
 "quotes": [],
 "figures": [
  {"quantity": K+"mla_pay_cut_share", "text": "27.5%", "value": 27.5, "unit": "%", "counted": "cut in MLAs' pay from 1 January 2023", "source": CHH, "approx": None, "ctx": "reduced by 27.5%",
   "note": "'the Rt Hon Chris Heaton-Harris MP, has today written to Members of the Legislative Assembly (MLAs) informing them their pay will be reduced by 27.5% from 1 January 2023': the figure is the content of what he wrote ('informing them' + clause, a verb of telling), so he claims it (as 'Mr Healey announced that ...' in govuk_2024_healey_odesa_step_up_support). Same cut as in his statement (same key)"},
  {"quantity": K+"mla_pay_cut_share", "text": "27.5%", "value": 27.5, "unit": "%", "counted": "cut in MLA pay", "source": CHH, "approx": None, "ctx": "reducing MLA pay by 27.5%",
   "note": "in Heaton-Harris's own statement after 'Mr Heaton-Harris commented:' (first person, 'I am reducing MLA pay by 27.5%'), printed without quote marks (block quote), so claimed by the speaker; same cut as in the first paragraph (same key)"},
 ],
 "events": [
  {"actor": CHH, "date": "2023-01-01", "date_text": "from 1 January 2023", "what": "pay cut for MLAs takes effect (headline)", "ctx": "confirm pay cut from 1 January 2023",
   "note": "headline 'Northern Ireland Secretary writes to MLAs to confirm pay cut from 1 January 2023': the date is on the noun 'pay cut'; the text says who cuts the pay ('I am reducing MLA pay by 27.5%', Heaton-Harris's statement; 'the Secretary of State details the pay cuts'), so the agent of the noun's act is Heaton-Harris. Contrast the body's passive 'will be reduced ... from 1 January 2023' (null)"},
  {"actor": CHH, "date": "2022-12-08", "date_text": "today", "what": "Heaton-Harris wrote to MLAs informing them of the pay cut",
   "note": "'Chris Heaton-Harris MP, has today written to Members of the Legislative Assembly': active verb, subject Heaton-Harris; 'today' in the release's own voice = the release date, Thursday 8 December 2022"},
  {"actor": None, "date": "2023-01-01", "date_text": "from 1 January 2023", "what": "MLAs' pay will be reduced by 27.5%", "ctx": "27.5% from 1 January 2023",
   "note": "'informing them their pay will be reduced by 27.5% from 1 January 2023': the date modifies the passive 'will be reduced', which has no by-agent, so null (the agent is Heaton-Harris by his own statement, but this verb does not name him)"},
  {"actor": None, "date": "2022-12-07", "date_text": "yesterday", "what": "failed recall of the Northern Ireland Assembly", "ctx": "follows yesterday",
   "note": "'follows yesterday’s failed recall of the Assembly': a date on a noun ('recall'); the text does not say who recalled the Assembly (nor who made it fail), so null. Day before Thursday 8 December = Wednesday 7 December 2022"},
  {"actor": None, "date": "2022-12-06", "date_text": "on Tuesday", "what": "Royal Assent of the Northern Ireland (Executive Formation etc) Act",
   "note": "'the Royal Assent of the Northern Ireland (Executive Formation etc) Act on Tuesday': a date on the noun 'Royal Assent'; the text names no one who gave it, so null. The Tuesday before Thursday 8 December = 6 December 2022 (ITV reported the Act becoming law that day)"},
  {"actor": None, "date": "2022-12-07", "date_text": "yesterday", "what": "a Statutory Instrument was laid", "ctx": "laid yesterday",
   "note": "'Through a Statutory Instrument laid yesterday': passive participle without a by-agent, so null (the text does not say who laid it, though the Secretary of State uses it to extend the period); 7 December 2022"},
  {"actor": CHH, "date": "2023-01-19", "date_text": "to 19 January 2023", "what": "Secretary of State extends the period for Executive formation to this date",
   "note": "'the Secretary of State will also extend the period for Executive formation to 19 January 2023': the date is the new end of the period and modifies 'extend', whose subject is the Secretary of State (Heaton-Harris); future act"},
  {"actor": None, "date": "2022-12-07", "date_text": "Yesterday", "what": "debate at Stormont", "ctx": "Yesterday’s debate",
   "note": "in Heaton-Harris's statement (no quote marks): 'Yesterday’s debate at Stormont demonstrated ...': a date on the noun 'debate'; the text does not say who debated (the recalled Assembly is implied but not named as the debater), so null. His statement is of 8 December, so 7 December 2022 (the same day as the failed recall). Kept: FORMAT leaves out only 'today' inside speech"},
 ],
 "actors": [
  {"name": CHH, "type": "person", "aliases": ["Northern Ireland Secretary", "The Secretary of State for Northern Ireland", "the Rt Hon Chris Heaton-Harris MP", "Chris Heaton-Harris", "the Secretary of State", "Mr Heaton-Harris"]},
 ],
 "notes": [
  "GOV.UK press release (Secretary of State for Northern Ireland / Northern Ireland Office) of Thursday 8 December 2022, kept from the first release on a ukpol.co.uk tag page that reposts it word for word (meta edits): Chris Heaton-Harris writes to MLAs that their pay will be cut by 27.5% from 1 January 2023 and extends the period for forming an Executive to 19 January 2023. Story ni_mla_pay_cut_2022 (new; no other item of it in this folder).",
  "No quotes: Heaton-Harris's statement after 'Mr Heaton-Harris commented:' is printed without quote marks (GOV.UK block quote), two first-person paragraphs.",
  "Figures: '27.5%' twice, the same cut (key ni_mla_pay_cut_2022:mla_pay_cut_share): first as the content of his letter ('informing them their pay will be reduced by 27.5%'), then in his own statement ('I am reducing MLA pay by 27.5%'); both claimed by Heaton-Harris. Not figures: '1 January 2023', '19 January 2023' (dates), 'every pound' (not a count), 'Northern Ireland (Executive Formation etc) Act' (a title).",
  "Events (8): headline 'from 1 January 2023' (dated noun 'pay cut', whose agent the text names: Heaton-Harris), 'today' (he has written), 'from 1 January 2023' in the body (agentless passive 'will be reduced': null), 'yesterday’s failed recall' (dated noun, no agent named: null), 'on Tuesday' (Royal Assent, no agent named: null), 'laid yesterday' (agentless passive: null), 'to 19 January 2023' (he will extend the period) and 'Yesterday’s debate' in his statement (dated noun, no agent named: null). 'yesterday' = Wednesday 7 December, 'on Tuesday' = 6 December 2022.",
  "Actors: only Heaton-Harris, named by title throughout ('Northern Ireland Secretary' in the headline, 'The Secretary of State for Northern Ireland, the Rt Hon Chris Heaton-Harris MP', 'the Secretary of State' twice, 'Mr Heaton-Harris'). Not actors: MLAs (written to; 'elected representatives are in a state of stagnation' is a state), the Assembly (recalled, object), the public ('expect', a state).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: no quote marks anywhere (apostrophes only); both 27.5% with unit % and claimant Heaton-Harris (verb of telling; his own statement); every date expression in the text has one event (headline and body 'from 1 January 2023', 'today', 'yesterday' x2, 'on Tuesday', 'to 19 January 2023', 'Yesterday'), actors only where an active verb or a dated noun's named agent says who; all dates checked against Thursday 8 December 2022; aliases exact substrings; no change.",
 ],
}
