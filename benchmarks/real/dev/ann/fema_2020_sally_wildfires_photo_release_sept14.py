K = "hurricane_sally_2020:"
F = "FEMA"
T = "Donald Trump"
W = "Chad Wolf"
G = "Pete Gaynor"
ANN = {
 "article": "articles/fema_2020_sally_wildfires_photo_release_sept14.txt",
 "gold_out": "gold/fema_2020_sally_wildfires_photo_release_sept14.json",
 "published": "2020-09-14",
 "quotes": [],
 "figures": [
  {"quantity": K+"western_large_fires", "text": "100", "value": 100, "unit": None, "counted": "large fires burning in the Western U.S.", "source": None, "approx": "more than",
   "note": "'There are over 100 large fires throughout the Western U.S.': 'over' -> more than; the release's own voice, null. FEMA's release of 15 September (Gaynor on The Weather Channel) repeats 'over 100 large fires throughout the Western U.S.' (not in this set): key for it"},
  {"quantity": K+"western_acres_burned", "text": "5 million", "value": 5e6, "unit": None, "counted": "acres burned by the large fires in the Western U.S.", "source": None, "approx": "more than",
   "note": "'that have burned over 5 million acres': 'over' -> more than; acres are outside FORMAT.md's unit list, so unit null and the acres named in counted; null source"},
  {"quantity": K+"oregon_active_fires", "text": "32", "value": 32, "unit": None, "counted": "Oregon's active fires", "source": None, "approx": None,
   "note": "'This includes 32 active fires in Oregon and 30 in California': part of the 100"},
  {"quantity": K+"california_active_fires", "text": "30", "value": 30, "unit": None, "counted": "active fires in California", "source": None, "approx": None,
   "note": "'and 30 in California': the noun 'active fires' is elided after 30; a different place from the 32, so its own key"},
 ],
 "events": [
  {"actor": T, "date": "2020-09-14", "date_text": "today", "what": "Trump approved emergency declarations for Louisiana and Mississippi", "ctx": "declarations today",
   "note": "'President Trump approved emergency declarations today for both Louisiana and Mississippi': active, Trump is the agent; today = Monday 14 September 2020 (the same act the same-day blog post dates 'Monday afternoon')"},
  {"actor": "Donald Trump, Chad Wolf and Pete Gaynor", "date": "2020-09-14", "date_text": "today", "what": "Trump, Wolf and Gaynor traveled to the West Coast to visit wildfire-devastated communities", "ctx": "West Coast today",
   "note": "'President Trump, Acting Secretary Chad Wolf and FEMA Administrator Pete Gaynor traveled to the West Coast today': a joint subject of three, written with the canonical names; 14 September 2020"},
 ],
 "actors": [
  {"name": F, "type": "organisation", "aliases": ["FEMA"]},
  {"name": T, "type": "person", "aliases": ["President Trump"]},
  {"name": W, "type": "person", "aliases": ["Acting Secretary Chad Wolf"]},
  {"name": G, "type": "person", "aliases": ["FEMA Administrator Pete Gaynor"]},
 ],
 "notes": [
  "FEMA release on Hurricane Sally preparations and the western wildfires, Monday 14 September 2020 (the address carries 20210318, a later re-filing; the date is worked out from the text, see meta; headline rebuilt from the address; last paragraph, cut mid-word, dropped). Story hurricane_sally_2020 with FEMA's blog post of the same day (fema_2020_sally_gaynor_true_team_effort) and its 17 September update (fema_2020_sally_response_update_sept17).",
  "No quotes. Figures all in the release's own voice (no claimant): 'over 100' large fires and 'over 5 million' acres ('over' -> more than), 32 active fires in Oregon and 30 in California. Keys western_large_fires, western_acres_burned, oregon_active_fires, california_active_fires: FEMA's 15 September release repeats the first two (not in this set).",
  "Not figures: 'No. 1' ('Public safety is the No. 1 priority', a rank) and the storm's names. The dropped paragraph held 'Aug. 22.', 'Sept. 10' and '12 active wildfires' (not in the text).",
  "Events: two 'today's, both 14 September 2020: Trump approved the Louisiana and Mississippi declarations (actor Donald Trump) and Trump, Wolf and Gaynor traveled to the West Coast (joint actor 'Donald Trump, Chad Wolf and Pete Gaynor'). 'now forecast' is not a date expression; 'following landfall', 'if requested' are not dates.",
  "Actors: FEMA, Donald Trump ('President Trump'), Chad Wolf ('Acting Secretary Chad Wolf', acting Secretary of Homeland Security), Pete Gaynor ('FEMA Administrator Pete Gaynor'). 'FEMA' and 'FEMA Administrator Pete Gaynor' are different surface forms of different actors.",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and against the stored copy: every number token ('100', '5 million', '32', '30', '1' in 'No. 1' left out as a rank), both hedges, the two 'today's pinned by ctx, 14 September 2020 = Monday, every alias an exact substring; no change.",
 ],
}
