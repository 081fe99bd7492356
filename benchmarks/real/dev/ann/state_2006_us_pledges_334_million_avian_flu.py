K = "bird_flu_pledges_2006:"
P = "Nancy Powell"
ANN = {
 "article": "articles/state_2006_us_pledges_334_million_avian_flu.txt",
 "gold_out": "gold/state_2006_us_pledges_334_million_avian_flu.json",
 "published": "2006-01-18",
 "quotes": [],
 "figures": [
  {"quantity": K+"us_pledge", "text": "$334 Million", "value": 334e6, "unit": "USD", "counted": "U.S. pledge to the global fight against avian influenza", "source": None, "approx": None,
   "note": "headline 'United States Pledges $334 Million ...': the release's own voice; the United States is the pledger (pledging is the act, not a claim), as VOA's 'The United States has pledged $334 million'"},
  {"quantity": K+"us_pledge", "text": "$334 million", "value": 334e6, "unit": "USD", "counted": "U.S. pledge to support the global campaign against avian influenza", "source": P, "approx": "around",
   "note": "'Ambassador Nancy Powell ... announced the United States’ pledge of approximately $334 million': announced by Powell (claimant); 'approximately' = around"},
 ],
 "events": [
  {"actor": P, "date": "2006-01-17/2006-01-18", "date_text": "on January 17-18, 2006", "what": "Powell made the announcement at the Beijing pledging conference",
   "note": "'Ambassador Powell made the announcement at the International Pledging Conference ... in Beijing, China on January 17-18, 2006': the date phrase closes the sentence whose verb is 'made the announcement' (agent Powell); it can also be read as dating the conference, whose two days it spans. VOA has Powell speaking 'today' on the closing day, 18 January"},
 ],
 "actors": [
  {"name": P, "type": "person", "aliases": ["Ambassador Nancy Powell", "Ambassador Powell", "Nancy Powell"]},
  {"name": "United States", "type": "country", "aliases": ["United States"]},
 ],
 "notes": [
  "State Department media note (Office of the Spokesman) of Wednesday 18 January 2006, stored from the UNT End of Term 2008 archive of state.gov; the cut last sentence is dropped. Story bird_flu_pledges_2006 with VOA's report (voa_2006_bird_flu_pledges_nearly_2_billion) and the USINFO article (state_2006_donors_pledge_almost_2_billion): this is the 'announcement from the U.S. State Department' the USINFO article cites.",
  "No quote marks. Both figures are the U.S. pledge, key bird_flu_pledges_2006:us_pledge, shared with VOA (twice, once in Powell's quote) and USINFO (three times). Here the body hedges it ('approximately $334 million'); every other mention is a bare '$334 million'.",
  "The State Department appears only in Powell's title ('the State Department’s Senior Coordinator ...') and does not act in the text: not an actor. 'The U.S. funds will be ... used to assist those countries' has no agent and no date.",
  "second reading (annotator): headline figure left without source (pledge, not claim) and the body figure given to Powell (announced); 'January 17-18, 2006' normalised as a two-day interval; the curly apostrophes of 'Department’s' and 'States’' are kept in the text and are outside every annotated span; no change.",
 ],
}
