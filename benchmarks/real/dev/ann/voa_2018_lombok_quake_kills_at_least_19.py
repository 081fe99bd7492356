K = "lombok_quake_2018:"
USGS = "U.S. Geological Survey"
MA = "Mutya Aryani"
ANN = {
 "article": "articles/voa_2018_lombok_quake_kills_at_least_19.txt",
 "gold_out": "gold/voa_2018_lombok_quake_kills_at_least_19.json",
 "published": "2018-08-05",
 "quotes": [
  {"text": "Most of people were at the mosque when the earthquake happened. People ran to the street and a large field outside the mosque. We\u2019re still traumatized by the previous earthquake a few days ago which was also quite large.",
   "speaker": MA, "speaker_mention": "Mutya Aryani, a local resident in nearby Sumbawa",
   "note": "'Mutya Aryani, a local resident in nearby Sumbawa, told VOA by phone that \u201c...\u201d': three sentences in one pair of marks, introduced by 'told ... that'; the final full stop inside the marks is kept; the reported 'Most of people' kept as printed"},
 ],
 "figures": [
  {"quantity": K+"aug5_deaths", "text": "19", "value": 19, "unit": None, "counted": "people killed by the earthquake on Lombok", "source": None, "approx": "at least",
   "note": "'killing at least 19 people': VOA's own voice, no claimant; the first-evening toll of the 5 August quake, the same running toll as 'more than 100' (7 August), 'more than 300' and 347 (9 August) and 'more than 400' (19 August)"},
  {"text": "a week", "value": 1, "unit": "weeks", "counted": "time between the previous deadly quake and this one", "source": None, "approx": None,
   "note": "'a week after another deadly quake struck the area': a duration (as 'within a week' in the dev set); not an event, the span is anchored on an undated event"},
  {"quantity": K+"aug5_magnitude", "text": "7.0", "value": 7.0, "unit": None, "counted": "magnitude of the quake", "source": USGS, "approx": None,
   "note": "'The U.S. Geological Survey said a 7.0 magnitude quake struck the island Sunday': claimed by the USGS; a measure without unit; the USGS later revised it to 6.9 (voa_2018_lombok_rescue_operations_continue: 'magnitude 6.9 ... (revised down from 7.0)'), same key"},
  {"quantity": K+"jul29_magnitude", "text": "6.4", "value": 6.4, "unit": None, "counted": "magnitude of last week's earthquake", "source": None, "approx": None,
   "note": "the 29 July quake; outlet's voice"},
  {"quantity": K+"jul29_deaths", "text": "17", "value": 17, "unit": None, "counted": "people killed in last week's quake", "source": None, "approx": "at least",
   "note": "'At least 17 people were killed' (the 29 July quake): passive, no claimant; same quantity as 'a July 29 earthquake that killed 17 people' in the 19 August item"},
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "homes damaged", "source": None, "approx": None,
   "note": "vague plural in VOA's voice; which quake's damage is not said (the paragraph follows the account of the 29 July quake), so no key"},
  {"text": "a thousand", "value": 1000, "unit": None, "counted": "homes mangled in East Lombok district alone", "source": None, "approx": "more than",
   "note": "'Reports say more than a thousand homes ...': unnamed 'Reports' are no actor, so source null; 'more than' -> more than"},
 ],
 "events": [
  {"actor": None, "date": "2018-08-05", "date_text": "Sunday", "what": "7.0 magnitude quake struck Lombok",
   "note": "'said a 7.0 magnitude quake struck the island Sunday': 'Sunday' dates the quake's striking (a natural event, no agent), not the USGS's saying; for a report of Sunday 5 August 2018 'Sunday' is the same day"},
  {"actor": None, "date": "2018-07-23/2018-07-29", "date_text": "Last week", "what": "6.4 magnitude earthquake hit Lombok",
   "note": "natural event, no agent; 'last week' = the previous ISO week (Monday 23 - Sunday 29 July 2018) for a Sunday 5 August report; the quake was on Sunday 29 July"},
 ],
 "actors": [
  {"name": USGS, "type": "organisation", "aliases": ["The U.S. Geological Survey"]},
  {"name": "Indonesian authorities", "type": "organisation", "aliases": ["Indonesian authorities"]},
  {"name": MA, "type": "person", "aliases": ["Mutya Aryani", "Mutya Aryani, a local resident in nearby Sumbawa"]},
 ],
 "notes": [
  "VOA News report of Sunday 5 August 2018 (kept from a word-for-word repost on Alaska Native News; no date printed, worked out in meta published_evidence), the first hours after the magnitude 6.9/7.0 Lombok earthquake of 5 August 2018. Story lombok_quake_2018 with voa_2018_lombok_rescue_operations_continue (7 August), voa_2018_lombok_third_strong_quake (9 August) and voa_2018_lombok_new_6_9_quake_aug19 (19 August).",
  "Keys (lombok_quake_2018:): aug5_deaths ('at least 19' here; 'more than 100' on 7 August; 'more than 300' and 347 on 9 August; 'more than 400' on 19 August: one running toll of the 5 August quake), aug5_magnitude (7.0 here, claimed by the USGS; 6.9 and 7.0 on 7 August; 6.9 on 9 August), jul29_deaths ('At least 17' here and 17 on 19 August), jul29_magnitude (6.4, only here).",
  "One quote (Mutya Aryani, introduced by 'told VOA by phone that'). The 19 August item quotes a 'Sumbawa resident Muta Aryani' who also 'told VOA': probably the same person, spelled differently; each item keeps its own spelling as the canonical name.",
  "Events: 'Sunday' (the quake) and 'Last week' (the 29 July quake), both natural events without agent. Not events: 'a week after another deadly quake struck the area' (a duration anchored on an undated event; annotated as a figure) and 'a few days ago' inside the quotation (vague).",
  "Not figures: 'a few days' (vague, inside the quotation). 'Indonesian authorities' issued the tsunami warning (by-agent of a passive, undated): listed as an actor. 'Reports say' names no one.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: checked the quote span (curly marks, final full stop kept), 'at least' on 19 and 17, 'more than a thousand' -> 1000 more than, that the USGS claims only the magnitude, the ISO week of 'Last week' for a Sunday report, and that every alias is an exact substring; no change.",
 ],
}
