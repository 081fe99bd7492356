K = "hurricane_beryl_uk_aid_2024:"
DL = "David Lammy"
UK = "United Kingdom"
CD = "Caribbean Disaster Emergency Management Agency"
ANN = {
 "article": "articles/govuk_2024_beryl_uk_support_500000_lammy.txt",
 "gold_out": "gold/govuk_2024_beryl_uk_support_500000_lammy.json",
 "published": "2024-07-05",
 "quotes": [],
 "figures": [
  {"quantity": K+"uk_support_total", "text": "£500,000", "value": 5e5, "unit": "GBP", "counted": "UK support for Caribbean countries most affected by Hurricane Beryl", "source": DL, "approx": None,
   "note": "'The UK is today [5 July] increasing support up to £500,000 ..., the Foreign Secretary David Lammy has announced': the number is in what he announced, so he claims it (as Mitchell's '£70m' in govuk_2010_mitchell_pakistan_further_70m). 'increasing support up to £500,000' = raising the support to £500,000, not a cap on it: approx null, the literal reading used for 'taking direct total UK support up to £3 million' in govuk_2018_indonesia_uk_aid_shelter_purifiers (reports of the day read it as 'worth up to £500,000'; an extractor keying on 'up to' would say 'up to')"},
  {"quantity": K+"shelter_kits", "text": "800", "value": 800, "unit": None, "counted": "emergency shelter kits", "source": None, "approx": None,
   "note": "'It includes 800 emergency shelter kits': the release's voice"},
  {"quantity": K+"shelter_kits_capacity_people", "text": "4,000", "value": 4000, "unit": None, "counted": "people the shelter kits are capable of supporting", "source": None, "approx": "up to",
   "note": "'capable of supporting up to 4,000 people': a capacity, 'up to' is a real cap here -> up to; release's voice"},
  {"quantity": K+"water_buckets", "text": "1,620", "value": 1620, "unit": None, "counted": "buckets for households to collect and store water", "source": None, "approx": None,
   "note": "'along with 1,620 buckets for households to collect and store water, have been sent': release's voice"},
 ],
 "events": [
  {"actor": UK, "date": "2024-07-05", "date_text": "today [5 July]", "what": "the UK increases its support for Caribbean countries hit by Hurricane Beryl to £500,000",
   "note": "'The UK is today [5 July] increasing support ...': 'today' glossed by the bracket modifies 'increasing', whose subject is the UK (the giver); Lammy is the agent of the reporting clause 'has announced', which carries no date of its own. Year from the published date; 5 July 2024 a Friday"},
  {"actor": None, "date": "2024-07-01/2024-07-07", "date_text": "earlier this week", "what": "Grenada and St Vincent and the Grenadines suffered devastating damage from the hurricane",
   "note": "'after their islands suffered devastating damage earlier this week': the islands undergo the damage (no agent; the hurricane is not named as a doer in this clause), so null. 'this week' of Friday 5 July 2024 = ISO week Monday 1 - Sunday 7 July 2024 (as 'earlier this week' in the FEMA Delta items); Beryl struck Carriacou (Grenada) on Monday 1 July"},
 ],
 "actors": [
  {"name": DL, "type": "person", "aliases": ["the Foreign Secretary David Lammy", "The Foreign Secretary", "David Lammy"]},
  {"name": UK, "type": "country", "aliases": ["The UK", "the UK", "UK"]},
  {"name": CD, "type": "organisation", "aliases": ["Caribbean Disaster Emergency Management Agency", "CDEMA"]},
 ],
 "notes": [
  "FCDO press release of Friday 5 July 2024 (Lammy's first day as Foreign Secretary), kept from a repost on wirenn.com (meta edits; no date line in the stored opening, worked out from 'today [5 July]', meta published_evidence): the UK raises its support for the Caribbean after Hurricane Beryl to £500,000, with 800 shelter kits and 1,620 water buckets. Story hurricane_beryl_uk_aid_2024 (only item of the story in this folder; keys given for later items).",
  "No quotes: Lammy's statement is an unmarked block after 'The Foreign Secretary, David Lammy, said:' (GOV.UK layout). It contains no numbers and no date expressions.",
  "Figures: only the '£500,000' is claimed (Lammy 'has announced' it); 800 kits, up to 4,000 people and 1,620 buckets are the release's voice. 'up to £500,000' after 'increasing support' is read as raising the support to that level (approx null, note on the figure); 'up to 4,000 people' is a capacity cap (up to). Keys (hurricane_beryl_uk_aid_2024:): uk_support_total, shelter_kits, shelter_kits_capacity_people, water_buckets.",
  "Events: 'today [5 July]' (the UK increases support; actor the UK as subject of 'increasing', Lammy only announces) and 'earlier this week' (the islands suffered damage; no agent, ISO week 1-7 July 2024). HMS Trent 'has arrived' and the regional teams have no date expression: no events.",
  "Actors: David Lammy ('the Foreign Secretary David Lammy', 'The Foreign Secretary', 'David Lammy'), the United Kingdom ('The UK', 'the UK'; 'UK' in 'the UK’s preparedness plans') and the Caribbean Disaster Emergency Management Agency (made the request: full name and 'CDEMA'). HMS Trent (a ship), the Royal Navy, Grenada and St Vincent and the Grenadines (receive aid) and the Cayman Islands (a place) are not listed.",
  "Not figures: 'Category 5' (a designation), '5 July' (a date).",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored copy: checked the four figure spans and values, the two readings of 'up to', the UK (not Lammy) as actor of 'today [5 July] increasing', the ISO week for 'earlier this week', and that every alias is an exact substring; no change.",
 ],
}
