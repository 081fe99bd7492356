K = "delhi_bombings_2008:"
DP = "Delhi police"
GOV = "Indian government"
MG = "Madhukar Gupta"
ANN = {
 "article": "articles/voa_2008_delhi_police_collect_clues.txt",
 "gold_out": "gold/voa_2008_delhi_police_collect_clues.json",
 "published": "2008-09-14",
 "quotes": [
  {"text": "vital clues", "speaker": DP, "speaker_mention": "Police in Indian's capital", "fragment": True,
   "note": "'collected what they call \"vital clues\"': the police's own words"},
  {"text": "These kind of incidents have been happening in various cities so in each incident you learn. You gain learning experience", "speaker": MG, "speaker_mention": "Gupta",
   "note": "'said Gupta' after the quote; he is introduced in the paragraph before ('Home Secretary Madhukar Gupta says ...'); trailing comma dropped"},
  {"text": "We have been examining what kind of other measures are required. They have also been discussed today. We will be working on those measures also.", "speaker": MG, "speaker_mention": "Gupta",
   "note": "second part of the quotation interrupted by 'said Gupta': a separate quote, same speaker"},
  {"text": "any kind of panic.", "speaker": MG, "speaker_mention": "Gupta", "fragment": True,
   "note": "'Gupta warned the media ... not to ... stir up \"any kind of panic.\"': a phrase of his in reported speech; final '.' inside the marks kept"},
 ],
 "figures": [
  {"quantity": K+"bombs_exploded", "text": "five", "value": 5, "unit": None, "counted": "bomb blasts in New Delhi", "source": None, "approx": None,
   "note": "in the 'after'-clause that sets the scene of the police statement ('said they have detained ... after five bomb blasts'): VOA's framing, not what the police say; the day before the police gave 'five bombs exploded' (same key)"},
  {"text": "three", "value": 3, "unit": None, "counted": "popular commercial districts hit by the explosions", "source": None, "approx": None,
   "note": "outlet's voice; not the same quantity as the 'four markets' of the day before (districts, not markets)"},
  {"quantity": K+"deaths", "text": "21", "value": 21, "unit": None, "counted": "people killed by the Saturday evening explosions", "source": None, "approx": None,
   "note": "outlet's voice; 'At least 20' in the report of 13 September (same key)"},
  {"quantity": K+"injured", "text": "100", "value": 100, "unit": None, "counted": "injured", "source": None, "approx": "around",
   "note": "'left nearly 100 injured': nearly = around; 'up to 100' the day before (same key)"},
  {"quantity": K+"bombs_defused", "text": "Four", "value": 4, "unit": None, "counted": "more bombs defused", "source": None, "approx": None,
   "note": "'Four more bombs were defused, matching the total number claimed in a terror warning e-mail': outlet's voice (the e-mail's number is not printed); the police's 'four more' of 13 September (same key)"},
  {"text": "10", "value": 10, "unit": "months", "counted": "months in which other attacks occurred", "source": None, "approx": None, "ctx": "last 10 months",
   "note": "'other attacks that occurred in the last 10 months in four states' (outlet's voice)"},
  {"text": "four", "value": 4, "unit": None, "counted": "states hit by other attacks", "source": None, "approx": None, "ctx": "four states"},
 ],
 "events": [
  {"actor": DP, "date": "2008-09-14", "date_text": "on Sunday", "what": "police said they have detained several people and collected vital clues", "ctx": "capital on Sunday said",
   "note": "'Police in Indian's capital on Sunday said ...': active 'said', subject the police; Sunday = publication day"},
  {"actor": None, "date": "2008-09-13", "date_text": "Saturday evening", "what": "the explosions at three commercial districts",
   "note": "date on the noun 'explosions' ('The Saturday evening explosions'); the kept text names no perpetrator (the claim of 'Indian Mujahideen' was in the dropped last paragraph), so null"},
  {"actor": GOV, "date": "2008-09-14", "date_text": "Sunday's", "what": "emergency meeting on national security",
   "note": "date on the noun 'meeting' ('Sunday's meeting'); the text says who held it: 'government officials held an emergency meeting to assess national security'"},
  {"actor": None, "date": "2008-09-14", "date_text": "on Sunday", "what": "the capital was calm, shops reopening", "ctx": "calm on Sunday",
   "note": "a state ('The capital was calm on Sunday'), no agent"},
 ],
 "actors": [
  {"name": DP, "type": "organisation", "aliases": ["Police in Indian's capital", "police commandos"]},
  {"name": GOV, "type": "organisation", "aliases": ["government officials", "The government"]},
  {"name": MG, "type": "person", "aliases": ["Home Secretary Madhukar Gupta", "Gupta"]},
 ],
 "notes": [
  "VOA report by Steve Herman (New Delhi) of Sunday 14 September 2008, the day after the New Delhi serial blasts; story delhi_bombings_2008 with voa_2008_delhi_blasts_at_least_20_killed (Saturday 13 September).",
  "Keys shared with the 13 September item: " + K + "deaths (21 here; 'At least 20' there), " + K + "injured ('nearly 100'; 'up to 100'), " + K + "bombs_exploded (five blasts; 'five bombs exploded'), " + K + "bombs_defused (Four more; 'four more'). The three districts, 10 months and four states have no partner.",
  "All figures are in the outlet's voice: the police are the subject of the lead sentence only for what they did (detained, collected clues); the toll, the blasts and the defused bombs are stated by VOA.",
  "Quotes: the police's 'vital clues' (fragment), Gupta's quotation interrupted by 'said Gupta' (two quotes), and his 'any kind of panic.' (fragment). Not a quote: none other; the 'Indian Mujahideen' name in quote marks was in the dropped paragraph.",
  "Events: 'on Sunday' (police said, 14 September), 'Saturday evening' (explosions, no agent in the kept text), 'Sunday's' meeting (government officials), 'on Sunday' (calm, a state). Left out: 'today' inside Gupta's speech, 'in the last 10 months' (a period behind a count, its number annotated as a figure), 'over the years' and 'just minutes after the first blast' (vague/relative).",
  "Actors: 'police commandos' (who 'conducted raids') are taken as the Delhi police; 'Delhi's police commissioner', the Home Minister, the National Security Advisor and the Intelligence Bureau director are only listed as meeting participants and are not actors. 'the media and sectarian groups' are addressees only.",
  "Not figures: 'first blast' (ordinal), 'several people', 'the total number claimed' (no number), 'each incident'.",
  "Second careful read done by the annotator against FORMAT.md: text re-compared with the stored copy ('Indian's capital' typo kept); the two 'on Sunday' pinned with ctx; the 'after five bomb blasts' read as VOA's framing (source null) as in the Jamaica model's 'as'-clause.",
 ],
}
