K = "pakistan_floods_2010:"
US = "United States"
HC = "Hillary Rodham Clinton"
ANN = {
 "article": "articles/state_2010_pakistan_floods_update_167_million.txt",
 "gold_out": "gold/state_2010_pakistan_floods_update_167_million.json",
 "published": "2010-09-10",
 "quotes": [],
 "figures": [
  {"quantity": K+"us_relief_funding_total", "text": "$167 million", "value": 167e6, "unit": "USD", "counted": "provided by the United States to support relief efforts in Pakistan", "source": None, "approx": "around",
   "note": "'To date, the United States has provided approximately $167 million to support relief efforts': 'approximately' -> around; the department's own voice (the United States is the giver, not a claimant) -> null, as the release-voice totals of the dev USAID items. Not keyed with pakistan_floods_2010:us_humanitarian_assistance_total ('more than $216 million' of 7 Sep in dod_2010_pakistan_marine_helicopters_join): this $167 million is relief funding only, beside a separate $50 million for recovery and $26 million in kind, so the scope differs (the $216 million appears to count more than relief funding)"},
  {"text": "$50 million", "value": 50e6, "unit": "USD", "counted": "additional funds allocated for initial recovery efforts", "source": None, "approx": None,
   "note": "'An additional $50 million has been allocated for initial recovery efforts': department's voice, null"},
  {"text": "$26 million", "value": 26e6, "unit": "USD", "counted": "approximate value of U.S. civilian and military in-kind assistance", "source": None, "approx": "around",
   "note": "'at an approximate value of approximately $26 million': 'approximately' -> around; department's voice"},
 ],
 "events": [
  {"actor": None, "date": "2010-07-29", "date_text": "July 29", "what": "the floods in Pakistan began",
   "note": "'the tragic and devastating floods that began July 29': the floods are not an agent -> null; July of the story's year, 2010"},
 ],
 "actors": [
  {"name": US, "type": "country", "aliases": ["The United States", "the United States", "The U.S."]},
  {"name": HC, "type": "person", "aliases": ["Secretary of State Hillary Rodham Clinton"]},
 ],
 "notes": [
  "State Department (Bureau of Public Affairs, Office of Public Liaison) e-newsletter feature 'Update: U.S. Response to Pakistan's Floods', dateline Washington, Sept. 10 (2010; see meta published_evidence), kept from m.state.gov; the newsletter's header, table of contents and an embedded photo caption removed and the last, cut sentence dropped. Item of story pakistan_floods_2010 with the AFPS items of 7 and 20 September, the DFID releases and the VOA items (dev).",
  "No quotes (no quote marks in the kept text).",
  "Figures: approximately $167 million (relief funding to date), an additional $50 million (recovery), approximately $26 million (in-kind), all in the department's own voice with null source. Key pakistan_floods_2010:us_relief_funding_total for the $167 million (the same newsletter's previous issue gave 'approximately $150 million' through 22 August; not in the set). Not keyed with the AFPS 'more than $216 million' (different scope, see the figure's note; doubtful: an analyst might still set them side by side).",
  "Events: one, 'July 29' (the floods began, null). Left out: the dateline 'WASHINGTON, DC, Sept. 10 --', 'To date' (not a date expression), 'immediately' (vague). Clinton's announcement of the Pakistan Relief Fund is undated in the text (no event).",
  "Actors: the United States (responded, has provided, has allocated; 'The U.S.') and Clinton (announced the fund). Not actors: Pakistan (its call for assistance; the floods' place), the Pakistan National Disaster Management Authority, the UN (funding recipients), the 'local and international organizations' (recipients).",
  "second reading (checker): re-read against FORMAT.md sections 1-2 and the stored excerpt: the removed caption rejoins 'assistance following'; 'approximately' twice -> around (the doubled 'approximate value of approximately' gives one figure); all three figures in the department's voice; 'July 29' -> 2010-07-29 against 10 September 2010; the 'The U.S.' alias is the United States; no change.",
 ],
}
