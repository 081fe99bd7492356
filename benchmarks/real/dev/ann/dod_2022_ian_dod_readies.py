ANN = {
 "article": "articles/dod_2022_ian_dod_readies.txt",
 "gold_out": "gold/dod_2022_ian_dod_readies.json",
 "published": "2022-09-27",
 "quotes": [
  {"text": "Florida has pre-positioned Guard soldiers, airmen and equipment at bases and armories around the state in preparation for deploying them to areas impacted by the storm", "speaker": "Pat Ryder", "speaker_mention": "Ryder"},
  {"text": "These Guardsmen will provide route-clearing [and] search and rescue teams to support flood control and security.", "speaker": "Pat Ryder", "speaker_mention": "Ryder",
   "note": "second half of a quote split by 'Ryder said'; the bracketed '[and]' is the outlet's insertion and stays inside the quote"},
 ],
 "figures": [
  {"text": "3,200", "value": 3200, "counted": "Florida National Guard troops called on to state active duty", "source": "Pat Ryder", "approx": "more than",
   "note": "a part of the Florida Guard total; 3,200 + 1,800 = the ~5,000 of the other Ian items, but a part is not the same quantity as the total"},
  {"text": "1,800", "value": 1800, "counted": "additional Florida Guard troops standing by", "source": "Pat Ryder"},
  {"quantity": "hurricane_ian_2022:other_states_guard_troops", "text": "2,000", "value": 2000, "counted": "Guard troops from neighboring states made available", "source": "Pat Ryder"},
 ],
 "events": [
  {"actor": None, "date": "2022-09-28", "date_text": "tomorrow", "what": "Hurricane Ian expected to hit Florida",
   "note": "weather, no agent"},
 ],
 "actors": [
  {"name": "Pat Ryder", "type": "person", "aliases": ["Air Force Brig. Gen. Pat Ryder", "Ryder", "the Pentagon press secretary"]},
  {"name": "Florida National Guard", "type": "organisation", "aliases": ["the Florida National Guard"]},
  {"name": "US Department of Defense", "type": "organisation", "aliases": ["The department"]},
 ],
 "notes": [
  "DOD News story; the stored copy ends in a photo caption, so the body has five paragraphs. Published date 2022-09-27 (see meta).",
  "'during an afternoon briefing' is read as the occasion of the statement, not a date expression, and is not annotated as an event.",
  "Maxwell, Moody, Warner-Robins Air Force Bases and Marine Corps Logistics Base–Albany are places, not actors.",
  "Same story as dod_2022_ian_guard_staged and the two FEMA releases: the 2,000 Guard troops from neighbouring/other states share the key hurricane_ian_2022:other_states_guard_troops. Ryder's 3,200 (active duty) and 1,800 (standing by) are the two parts of the ~5,000 Florida Guard figure of the other items and get no key.",
 ],
}
