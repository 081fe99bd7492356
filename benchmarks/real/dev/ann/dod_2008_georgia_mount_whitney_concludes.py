K = "georgia_us_aid_2008:"
P = "Pentagon officials"
W = "Bryan Whitman"
MW = "USS Mount Whitney"
ANN = {
 "article": "articles/dod_2008_georgia_mount_whitney_concludes.txt",
 "gold_out": "gold/dod_2008_georgia_mount_whitney_concludes.json",
 "published": "2008-09-08",
 "quotes": [
  {"text": "Russia is still not in compliance with the cease-fire agreement", "speaker": P, "speaker_mention": "Pentagon officials",
   "note": "'..., Pentagon officials said'; a statement by a group; comma before the closing mark dropped"},
  {"text": "that the United States was going to come to the aid of a close ally in this time of need", "speaker": W, "speaker_mention": "Pentagon spokesman Bryan Whitman", "fragment": True,
   "note": "partial quotation completing the narrator's sentence ('The message behind this aid was \"...\", Pentagon spokesman Bryan Whitman said'); comma dropped"},
  {"text": "The [U.S. Agency for International Development] efforts will now continue as they look at what needs need to be fulfilled in the mid-term to longer term", "speaker": W, "speaker_mention": "Whitman",
   "note": "'..., Whitman said'; the bracketed insertion is the outlet's and is kept inside the span; comma dropped"},
  {"text": "take a look at what their needs might be with respect to that", "speaker": W, "speaker_mention": "Whitman", "fragment": True,
   "note": "partial quotation inside reported speech ('will go into the country to \"...\", Whitman said'); comma dropped"},
  {"text": "It's still premature to get in to any of that at this point.", "speaker": W, "speaker_mention": "Whitman",
   "note": "follows 'Whitman said.' with no attribution of its own: Whitman's; keeps its final stop"},
 ],
 "figures": [
  {"text": "17", "value": 17, "unit": "tons", "counted": "tons of humanitarian supplies off-loaded from the USS Mount Whitney", "source": P, "approx": None,
   "note": "'With the off-loading of 17 tons ..., the Defense Department's part ... is over, Pentagon officials said here today': inside the officials' statement"},
  {"quantity": K + "military_relief_delivered_total", "text": "1,145", "value": 1145, "unit": "tons", "counted": "short tons of relief delivered to Tbilisi by air", "source": None, "approx": None,
   "note": "'DoD delivered 1,145 short tons of relief to Tbilisi via 62 air sorties': narration (no attribution in this or the next sentence), so null; short tons -> unit tons. The cumulative airlift total: the same quantity as the 'more than 1 million pounds' of 24 August in dod_2008_georgia_aid_million_pounds (then all by air), grown since"},
  {"quantity": K + "air_missions_total", "text": "62", "value": 62, "unit": None, "counted": "air sorties delivering relief to Tbilisi", "source": None, "approx": None,
   "note": "same sentence, narration; cumulative aid flights (36 missions as of 22 August in dod_2008_georgia_aid_million_pounds, same key)"},
 ],
 "events": [
  {"actor": None, "date": "2008-09-06/2008-09-07", "date_text": "over the weekend", "occ": 1, "what": "off-loading of 17 tons of supplies from the USS Mount Whitney",
   "note": "date on the noun 'the off-loading of 17 tons ... from the USS Mount Whitney': 'from' names the ship as the source of the cargo, not the agent, and the phrase says nobody who off-loaded: null. The weekend before Monday 8 September 2008 (Saturday 6 - Sunday 7)"},
  {"actor": P, "date": "2008-09-08", "date_text": "today", "what": "Pentagon officials said the Defense Department's part in Georgia relief is over",
   "note": "'Pentagon officials said here today': 'today' outside speech = the dateline day"},
  {"actor": MW, "date": "2008-09-06/2008-09-07", "date_text": "over the weekend", "occ": 2, "what": "the Mount Whitney delivered the supplies to the Georgian port of Poti",
   "note": "subject of 'delivered'; the same weekend as the first 'over the weekend'"},
  {"actor": "Russia", "date": "2008-08", "date_text": "in early August", "what": "Russia invaded Georgia",
   "note": "'since Russia invaded the Caucasus republic in early August': the date modifies 'invaded', subject Russia; a part of a month, normalised to the month"},
 ],
 "actors": [
  {"name": P, "type": "group", "aliases": ["Pentagon officials"]},
  {"name": W, "type": "person", "aliases": ["Pentagon spokesman Bryan Whitman", "Whitman"]},
  {"name": MW, "type": "organisation", "aliases": ["the USS Mount Whitney", "The Mount Whitney"]},
  {"name": "USS McFaul", "type": "organisation", "aliases": ["The USS McFaul"]},
  {"name": "USCGC Dallas", "type": "organisation", "aliases": ["Coast Guard Cutter Dallas"]},
  {"name": "Defense Department", "type": "organisation", "aliases": ["the Defense Department", "DoD personnel", "DoD"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "U.S. Agency for International Development", "type": "organisation", "aliases": ["U.S. Agency for International Development"]},
 ],
 "notes": [
  "American Forces Press Service story by Jim Garamone of Monday 8 September 2008 (Pentagon officials and spokesman Bryan Whitman), kept from a blog that reposts AFPS stories. Story georgia_us_aid_2008 with dod_2008_georgia_ships_deploy_aid (21 August), dod_2008_georgia_aid_million_pounds (24 August) and dod_2008_georgia_mcfaul_aid_batumi (24 August).",
  "Five quotes: one by 'Pentagon officials' (a group), four by Whitman: a partial quotation completing the narrator's sentence and one inside reported speech (both fragments), one attributed after it, and a last one with no attribution of its own after 'Whitman said.'.",
  "Keys across the story: :military_relief_delivered_total (1,145 short tons by air, against 'more than 1 million pounds' on 24 August) and :air_missions_total (62 air sorties, against 36 missions as of 22 August). The 17 tons of the Mount Whitney have no counterpart in the other items.",
  "Two 'over the weekend' (Saturday 6 - Sunday 7 September): the first dates the noun 'the off-loading ... from the USS Mount Whitney' (no agent: null), the second the Mount Whitney's 'delivered' (the ship). 'in early August' dates Russia's invasion (month). Not events: 'previously', 'now', 'down the road', 'at this point' (vague or inside speech), the dateline.",
  "Not figures: 'a close ally' (article), 'mid-term'; the dateline numbers. The McFaul, Dallas and USAID are listed as actors (they delivered / will continue efforts, undated); 'Servicemembers' is left as a common noun.",
  "Second reading against FORMAT.md sections 1-2 (whole item re-read): the five quote spans (commas dropped, the bracket kept, the stop kept in the last), speakers and fragments, the 17 tons claimed by the officials, the two weekend events by ctx/occ and the month of the invasion checked; no change.",
 ],
}
