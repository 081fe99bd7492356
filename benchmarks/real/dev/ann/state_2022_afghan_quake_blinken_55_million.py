K = "afghanistan_quake_2022:"
AB = "Antony Blinken"
ANN = {
 "article": "articles/state_2022_afghan_quake_blinken_55_million.txt",
 "gold_out": "gold/state_2022_afghan_quake_blinken_55_million.json",
 "published": "2022-06-28",
 "quotes": [],
 "figures": [
  {"quantity": K+"us_pledge_55m", "text": "$55 million", "value": 55e6, "unit": "USD", "counted": "additional immediate humanitarian assistance the United States will provide", "source": AB, "approx": "around",
   "note": "'nearly $55 million' -> around; the statement is Blinken's ('Secretary of State Antony J. Blinken released the following statement:'), so he claims it. Same key as VOA's '$55 Million'/'nearly $55 million' (voa_2022_afghan_quake_us_pledges_55_million)"},
  {"quantity": K+"us_humanitarian_total_past_year", "text": "$774 million", "value": 774e6, "unit": "USD", "counted": "total U.S. humanitarian assistance to Afghanistan in the last year", "source": AB, "approx": "more than",
   "note": "'brings total U.S. humanitarian assistance to over $774 million in the last year': 'over' -> more than; Blinken's statement. VOA's 'more than $774 million in humanitarian assistance over the past year, according to the Department of State' is the same quantity (that item has no key on it; see notes)"},
 ],
 "events": [
  {"actor": None, "date": "2022-06-22", "date_text": "June 22", "ctx": "Respond to June 22", "what": "the June 22 earthquake (headline)",
   "note": "a date on a noun ('June 22 Earthquake'); an earthquake has no agent"},
  {"actor": None, "date": "2022-06-22", "date_text": "June 22", "ctx": "devastating June 22", "what": "the June 22 earthquake struck eastern Afghanistan",
   "note": "a date on a noun ('The devastating June 22 earthquake that struck in eastern Afghanistan'); a natural event, no agent"},
 ],
 "actors": [
  {"name": AB, "type": "person", "aliases": ["Secretary of State Antony J. Blinken"]},
  {"name": "United States", "type": "country", "aliases": ["the United States", "The United States"]},
  {"name": "Joe Biden", "type": "person", "aliases": ["President Biden"]},
  {"name": "USAID", "type": "organisation", "aliases": ["U.S. Agency for International Development"]},
 ],
 "notes": [
  "State Department press statement by Secretary of State Antony Blinken of Tuesday 28 June 2022 announcing nearly $55 million for the victims of the 22 June earthquake in eastern Afghanistan, kept from STL.News's word-for-word repost. Story afghanistan_quake_2022 with the VOA items of 22 June, 23 June, 28 June (which quotes this statement's last sentence) and 19 July.",
  "Keys: :us_pledge_55m (shared with the VOA item of 28 June); :us_humanitarian_total_past_year ('over $774 million in the last year'; VOA's 28 June item states the same total, 'more than $774 million ... over the past year, according to the Department of State', without a key: the lead may add this key there).",
  "No quote marks: a first-person statement (speech in its own voice), so no quotes; its author is named in the introduction kept as line 2, so both figures are claimed by Blinken, as Pompeo's in state_2020_pompeo_covid_aid_900_million.",
  "Events: only the two 'June 22' (headline and body), dates on the noun 'earthquake'. 'in the last year' is a span without a number (not an event, as VOA's 'over the past year'); 'responded rapidly', 'directed an assessment' and 'will provide' carry no date.",
  "Actors: Blinken (author), the United States (will provide the aid; 'we welcome'), President Biden (directed an assessment, undated) and USAID (the channel). 'U.S.-funded partners on the ground' and 'our international partners' are unnamed groups, not listed.",
  "second reading: re-read against FORMAT.md ('nearly' -> around, 'over' -> more than, the two 'June 22' as dated nouns with no agent, no other number tokens); no change.",
 ],
}
