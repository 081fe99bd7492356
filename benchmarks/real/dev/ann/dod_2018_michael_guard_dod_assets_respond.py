OS = "Terrence J. O'Shaughnessy"
NGB = "National Guard Bureau"
FLNG = "Florida National Guard"
ANN = {
 "article": "articles/dod_2018_michael_guard_dod_assets_respond.txt",
 "gold_out": "gold/dod_2018_michael_guard_dod_assets_respond.json",
 "published": "2018-10-11",
 "quotes": [
  {"text": "We are surrounding the storm", "speaker": OS, "speaker_mention": "O'Shaughnessy",
   "note": "quote first, then 'O'Shaughnessy said'; he is introduced in full ('Air Force Gen. Terrence J. O'Shaughnessy, the commander of ...') in the paragraph before; the comma before the closing mark is dropped"},
  {"text": "This is no small feat given the unprecedented size and strength of [Hurricane] Michael.", "speaker": OS, "speaker_mention": "O'Shaughnessy",
   "note": "second quote of the same paragraph, after the attribution: a quote split by its attribution is two quotes; the editorial insertion '[Hurricane]' is kept as printed inside the span; final '.' kept"},
 ],
 "figures": [
  {"text": "155 mph", "value": 155, "unit": "mph", "counted": "sustained winds of the storm at landfall", "source": None, "approx": None,
   "note": "'packing sustained winds of 155 mph': the outlet's own voice; 'Category 4' in the same sentence is a designation, not a figure"},
  {"text": "two", "ctx": "two fatalities", "value": 2, "unit": None, "counted": "fatalities blamed on the storm so far", "source": None, "approx": None,
   "note": "'is so far being blamed for two fatalities': passive without a named claimant, source null"},
  {"text": "2,250", "value": 2250, "unit": None, "counted": "Florida National Guard personnel on storm duty", "source": NGB, "approx": "around",
   "note": "'numbered about 2,250 ..., according to the National Guard Bureau': 'about' -> around; the NGB is named as the source at the end of the same sentence"},
  {"text": "3,500", "value": 3500, "unit": None, "counted": "troops authorized", "source": NGB, "approx": "up to",
   "note": "'up to 3,500 troops have been authorized, according to the National Guard Bureau': same sentence, same claimant"},
  {"text": "2,216", "value": 2216, "unit": None, "counted": "active-duty personnel in position before landfall", "source": None, "approx": None,
   "note": "outlet's voice: the sentence names no claimant (O'Shaughnessy's 'said' in the paragraphs before and after governs the quote and the paraphrase about Florida's capability, not this count)"},
  {"text": "32", "ctx": "32 helicopters", "value": 32, "unit": None, "counted": "helicopters in position", "source": None, "approx": None},
  {"text": "240", "value": 240, "unit": None, "counted": "high-water vehicles in position", "source": None, "approx": None},
  {"text": "32", "ctx": "32 swift-water", "value": 32, "unit": None, "counted": "swift-water boats in position", "source": None, "approx": None,
   "note": "second '32' of the sentence, a different count (boats, not helicopters)"},
 ],
 "events": [
  {"actor": None, "date": "2018-10-10", "date_text": "Wednesday", "ctx": "panhandle Wednesday", "what": "Hurricane Michael struck the Florida panhandle",
   "note": "'Before Hurricane Michael struck the Florida panhandle Wednesday, the Defense Department positioned ...': the weekday sits inside the before-clause and dates the storm's landfall (weather, no agent); the Defense Department's positioning is dated only relative to it ('Before ...'). Wednesday before Thursday 11 October 2018 = 10 October"},
  {"actor": FLNG, "date": "2018-10-11", "date_text": "Thursday", "what": "Florida National Guard personnel on storm duty",
   "note": "'Florida National Guard personnel on storm duty Thursday numbered about 2,250': the weekday dates the storm duty, whose doers are the Florida National Guard personnel (as 'troops were ready Wednesday' -> Florida National Guard in dod_2022_ian_guard_staged); Thursday = the publication day"},
  {"actor": OS, "date": "2018-10-10", "date_text": "Wednesday", "ctx": "reporters Wednesday", "what": "O'Shaughnessy briefed reporters at the Pentagon on DOD's preparations",
   "note": "'Air Force Gen. Terrence J. O'Shaughnessy ... briefed reporters Wednesday at the Pentagon': he is the agent"},
 ],
 "actors": [
  {"name": OS, "type": "person", "aliases": ["Air Force Gen. Terrence J. O'Shaughnessy", "O'Shaughnessy"]},
  {"name": "Defense Department", "type": "organisation", "aliases": ["the Defense Department", "Defense Department", "DoD"]},
  {"name": NGB, "type": "organisation", "aliases": ["the National Guard Bureau", "National Guard Bureau"]},
  {"name": FLNG, "type": "organisation", "aliases": ["The Florida National Guard", "Florida National Guard", "Florida National Guard personnel"]},
 ],
 "notes": [
  "DOD story (National Guard Bureau site nationalguard.mil, byline Staff Sgt. Megan Friedl, U.S. Air Force) of Thursday 11 October 2018, the day after Hurricane Michael's landfall; story hurricane_michael_2018 with the FEMA releases of 14 October (fema_2018_michael_four_days_after) and 15 October (fema_2018_michael_16000_federal_employees).",
  "Two quotes of one speaker, NORAD and NORTHCOM commander Gen. Terrence J. O'Shaughnessy, named in full in the paragraph before and then as 'O'Shaughnessy said' between the two quotes. The last paragraph ('..., O'Shaughnessy said') is a paraphrase without quote marks: no quote.",
  "Figures claimed by a named body: about 2,250 on duty and up to 3,500 authorized, both 'according to the National Guard Bureau'. The pre-landfall count (2,216 active-duty personnel, 32 helicopters, 240 high-water vehicles, 32 swift-water boats) has no claimant in its sentence (source null). No figure of this item recurs in the FEMA items of the story (the 'over 8,000 military personnel' of 15 October is a different scope), so no quantity keys.",
  "Events: two 'Wednesday's (10 October: the landfall, no agent; O'Shaughnessy's briefing) and one 'Thursday' (11 October: storm duty of the Florida Guard). The page date line 'NEWS | Oct. 11, 2018' was removed (furniture) and gives the published date.",
  "Not figures: 'Category 4' (designation). The Federal Emergency Management Agency and 'the federal government' are only supported or act without a date: the FEMA name appears only as the object of 'support' and is not listed as an actor.",
  "second reading (annotator): checked both quote spans against the straight double quotes (comma before the first closing mark dropped, '[Hurricane]' kept), the 'about' and 'up to' approximators, the ctx of the two '32's and the two 'Wednesday's; 11 October 2018 was a Thursday; every alias checked as an exact substring; no change.",
 ],
}
