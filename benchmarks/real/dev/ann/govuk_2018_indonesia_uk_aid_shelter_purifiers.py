K = "sulawesi_quake_uk_aid_2018:"
PM = "Penny Mordaunt"
UK = "United Kingdom"
ANN = {
 "article": "articles/govuk_2018_indonesia_uk_aid_shelter_purifiers.txt",
 "gold_out": "gold/govuk_2018_indonesia_uk_aid_shelter_purifiers.json",
 "published": "2018-10-03",
 "quotes": [],
 "figures": [
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "shelter kits (with solar lanterns and water purifiers) the UK is sending on a flight to the disaster zone", "source": None, "approx": None, "ctx": "UK sending thousands",
   "note": "summary bullet in the release's own voice; a vague plural"},
  {"quantity": K+"extra_aid_1m", "text": "£1 million", "value": 1e6, "unit": "GBP", "counted": "extra UK aid Penny Mordaunt pledges", "source": PM, "approx": None, "ctx": "extra £1 million",
   "note": "'Penny Mordaunt pledges extra £1 million of UK aid': the amount of her pledge (as 'the humanitarian aid package the Prime Minister announced' in govuk_2022_uk_pledges_80_million_ukraine); same increment as her 'additional £1 million' announced in the body"},
  {"quantity": K+"direct_uk_support_total", "text": "£3 million", "value": 3e6, "unit": "GBP", "counted": "direct total UK support after the pledge", "source": None, "approx": None, "ctx": "direct total UK support up to £3 million",
   "note": "'taking direct total UK support up to £3 million': 'up to' here means the total is raised to £3 million (the £2 million already given plus the extra £1 million), not a cap, so approx null; the release's own arithmetic in a participle clause, not Mordaunt's claim; same quantity as the MOD release's '£2 million in UK aid from the DFID' of the day before (govuk_2018_indonesia_raf_a400m_relief), the total before this increase"},
  {"quantity": K+"homeless", "text": "70,000", "value": 70000, "unit": None, "counted": "people left homeless as a result of the disaster in Indonesia", "source": None, "approx": "more than",
   "note": "'over 70,000 people who been left homeless' (the release's typo 'who been' kept): release's own voice, no claimant"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "displaced families the shelter kits will protect", "source": None, "approx": None, "ctx": "thousands of displaced families",
   "note": "vague plural in the release's voice"},
  {"quantity": K+"extra_aid_1m", "text": "£1 million", "value": 1e6, "unit": "GBP", "counted": "additional UK aid Ms Mordaunt announced for immediate relief efforts", "source": PM, "approx": None, "ctx": "additional £1 million",
   "note": "'Ms Mordaunt also announced an additional £1 million today': the amount she announced"},
  {"quantity": K+"direct_uk_support_total", "text": "£3 million", "value": 3e6, "unit": "GBP", "counted": "current level of immediate direct UK support to the disaster response", "source": None, "approx": None, "ctx": "response up to £3 million",
   "note": "'This takes the current level ... up to £3 million': 'up to' = raised to, approx null; the release's own sentence after Mordaunt's announcement (no reporting verb), source null"},
 ],
 "events": [
  {"actor": None, "date": "2018-10-04", "date_text": "early tomorrow", "what": "flight loaded with UK aid due to leave Doncaster Sheffield Airport",
   "note": "summary bullet 'Flight loaded with UK aid due to leave Doncaster Sheffield Airport early tomorrow': the subject is the flight (a vehicle), no agent; 'tomorrow' from a release of Wednesday 3 October 2018 = Thursday 4 October, as the body's 'early on Thursday (4 October)' confirms"},
  {"actor": PM, "date": "2018-10-03", "date_text": "today", "what": "Mordaunt announced the UK is flying out shelter kits, solar lanterns and water purifiers", "ctx": "Penny Mordaunt announced today",
   "note": "narration, not speech: 'International Development Secretary Penny Mordaunt announced today' dates her announcement; the release's day"},
  {"actor": None, "date": "2018-10-04", "date_text": "early on Thursday (4 October)", "what": "flight due to leave Doncaster Sheffield Airport with UK aid supplies",
   "note": "'A flight is due to leave ... early on Thursday (4 October)': the flight is the subject, no agent; year from the published date, 4 October 2018 = Thursday"},
  {"actor": PM, "date": "2018-10-03", "date_text": "today", "what": "Mordaunt announced an additional £1 million for immediate relief efforts", "ctx": "£1 million today",
   "note": "'Ms Mordaunt also announced an additional £1 million today to be made available ...': 'today' modifies 'announced' (the making available has no date of its own); the release's day"},
 ],
 "actors": [
  {"name": PM, "type": "person", "aliases": ["Penny Mordaunt", "International Development Secretary Penny Mordaunt", "Ms Mordaunt"]},
  {"name": UK, "type": "country", "aliases": ["The UK", "UK"]},
 ],
 "notes": [
  "GOV.UK press release of the Department for International Development of Wednesday 3 October 2018 (no date line in the stored opening: worked out from 'early tomorrow' = 'early on Thursday (4 October)', meta published_evidence) on UK aid after the 28 September 2018 earthquake and tsunami on Sulawesi, Indonesia. Story sulawesi_quake_uk_aid_2018 with the Ministry of Defence's release of Tuesday 2 October (govuk_2018_indonesia_raf_a400m_relief).",
  "No quotes: Mordaunt's statement would be an unmarked block after 'International Development Secretary Penny Mordaunt said:' (GOV.UK layout); the stored opening is cut in its first sentence, which was dropped (meta edits), so the last line is the introducing line alone.",
  "Keys (sulawesi_quake_uk_aid_2018:): extra_aid_1m (the bullet's 'extra £1 million' and the body's 'additional £1 million', both Mordaunt's), direct_uk_support_total ('£3 million' twice here, against '£2 million in UK aid from the DFID' in the MOD release of the day before: one running total that rose from £2 million to £3 million, as the Kerch crew count 23/24 shares a key), homeless ('over 70,000', only here). The £1 million increment is a different quantity from the total.",
  "'up to £3 million' (twice) is 'taking/takes ... up to' = raising the total to £3 million, not a hedge of the amount: approx null (a literal reading; an extractor keying on 'up to' would say 'up to').",
  "Events: 'early tomorrow' and 'early on Thursday (4 October)' (the flight's departure, no agent: a vehicle), and two narration 'today's (Mordaunt's announcements). 'the recent earthquake and tsunami' and 'currently' are vague: no events.",
  "Actors: Mordaunt ('Penny Mordaunt', titled, 'Ms Mordaunt') and the UK ('The UK is flying out shelter kits'; 'UK sending thousands of shelter kits' in the bullet). The Department for International Development (source of the supplies, not acting), the partners IFRC, ECHO and CERF (funded, not acting) and Doncaster Sheffield Airport (a place) are not listed.",
  "Not figures: '4 October' (a date). Quote marks: none in the text.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2 and the stored copy: checked the two '£1 million' and two '£3 million' spans (ctx), 'over' -> more than, the two vague 'thousands', tomorrow = Thursday 4 October 2018 for a Wednesday release, and that every alias is an exact substring; no change.",
 ],
}
