K = "hurricane_matthew_haiti_2016:"
PP = "Priti Patel"
DFID = "Department for International Development"
ANN = {
 "article": "articles/govuk_2016_matthew_uk_support_expertise_haiti.txt",
 "gold_out": "gold/govuk_2016_matthew_uk_support_expertise_haiti.json",
 "published": "2016-10-07",
 "quotes": [],
 "figures": [
  {"quantity": K+"uk_shelter_kits_people", "text": "5,000", "value": 5000, "unit": None, "counted": "people the shelter kits of the first UK consignment are for", "source": None, "approx": None,
   "note": "'a first consignment of UK aid arriving in Haiti today including shelter kits for 5,000 people': the release's own voice (the UK is the giver, not a claimant), null. Key for other items of this story that repeat the kits (later reports of the UK's aid, e.g. PA's of 15 October 2016, repeat 'shelter kits for 5,000 people'; no such item in the set yet)"},
  {"text": "four", "value": 4, "unit": None, "counted": "further British experts sent to assess needs", "source": None, "approx": None,
   "note": "'a further four British experts': release's voice"},
  {"quantity": K+"uk_relief_reach_people", "text": "12,500", "value": 12500, "unit": None, "counted": "most vulnerable people to be reached with shelters, water equipment and solar lights", "source": None, "approx": None,
   "note": "'to reach 12,500 of the most vulnerable people': release's voice; key for later items repeating the figure"},
  {"text": "a decade", "value": 10, "unit": "years", "counted": "time since a storm this bad hit the region", "source": PP, "approx": "around",
   "note": "'the worst storm to hit this region in almost a decade': inside Patel's unmarked statement after 'International Development Secretary Priti Patel said:', so claimed by her; 'almost' -> around; text 'a decade' as in the dev items with 'a decade' (value 10, unit years)"},
 ],
 "events": [
  {"actor": None, "date": "2016-10-07", "date_text": "today", "what": "a first consignment of UK aid arrives in Haiti",
   "note": "'a first consignment of UK aid arriving in Haiti today': narration (not in Patel's statement); the date modifies 'arriving', whose subject is the consignment, not an agent, so null. The release's day, Friday 7 October 2016 (meta published_evidence)"},
 ],
 "actors": [
  {"name": PP, "type": "person", "aliases": ["International Development Secretary Priti Patel"]},
  {"name": DFID, "type": "organisation", "aliases": ["DFID"]},
 ],
 "notes": [
  "DFID press release of Friday 7 October 2016 on GOV.UK, kept from govwire.co.uk's repost (meta edits): UK aid and experts for Haiti after Hurricane Matthew, with a statement by International Development Secretary Priti Patel. Story hurricane_matthew_haiti_2016 with voa_2016_haiti_matthew_aid_agencies_rush (7 October) and usaid_2016_matthew_12_million_additional (13 October), dev.",
  "No quotes in the gold sense: Patel's statement is an unmarked block after 'said:' (GOV.UK layout); the one figure in it ('almost a decade') is claimed by her.",
  "Figures: shelter kits for 5,000 people, four experts, 12,500 people to be reached (release's voice, null source; keys uk_shelter_kits_people and uk_relief_reach_people for later items on UK aid, which repeat both) and 'almost a decade' (Patel). None of them states the same quantity as a figure of the VOA or USAID items (people in need, deaths, US funding), so no shared key with them.",
  "Events: one, 'today' (the consignment arrives, no agent, null). Left out: 'over the coming few days' (vague, like 'in the coming weeks'), 'now', 'right now' (vague; the latter inside the statement), 'before the storm' (relative to an event, no date expression).",
  "Actors: Priti Patel (speaker; 'International Development Secretary Priti Patel') and DFID (its experts help, it 'has been undertaking' work in Haiti). Not listed: the UK ('UK aid', 'from the UK', no act of its own in a clause), NGO and UN partners, the World Bank (meetings), the World Food Programme and UNICEF (partners in the cut list).",
  "Not figures: 'first' (ordinal), 'a further' (not a number), 'Global Britain' (a slogan). '15:08' and 'October 7' were removed with the reposting site's lines.",
  "second reading (annotator): re-read the whole item once more against FORMAT.md sections 1-2 and the stored copy: the unmarked statement (no quotes), the release-voice figures with null source, 'almost a decade' -> around, claimed by Patel, 'today' = 7 October 2016 with a null actor, the vague 'over the coming few days' left out, every alias an exact substring; no change.",
 ],
}
