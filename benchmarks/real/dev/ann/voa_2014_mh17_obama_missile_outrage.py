K = "mh17_2014:"
O = "Barack Obama"
ANN = {
 "article": "articles/voa_2014_mh17_obama_missile_outrage.txt",
 "gold_out": "gold/voa_2014_mh17_obama_missile_outrage.json",
 "published": "2014-07-18",
 "quotes": [
  {"text": "Outrage of Unspeakable Proportions", "speaker": O, "speaker_mention": "Obama", "fragment": True,
   "note": "headline, in single quote marks after 'Obama:'; the same words as the body's 'outrage of unspeakable proportions.'"},
  {"text": "outrage of unspeakable proportions.", "speaker": O, "speaker_mention": "Obama", "fragment": True,
   "note": "'Obama called the deaths ... an \"outrage of unspeakable proportions.\"': a phrase inside reported speech; final full stop inside the marks kept"},
  {"text": "This was a global tragedy", "speaker": O, "speaker_mention": "he",
   "note": "first half of a quote interrupted by 'he said' (he = Obama, named in the paragraph before); trailing comma dropped"},
  {"text": "An Asian airliner was destroyed in European skies, filled with citizens from many countries. So there has to be a credible international investigation into what happened. The U.N. Security Council has endorsed this investigation, and we will hold all its members, including Russia, to their word.",
   "speaker": O, "speaker_mention": "he",
   "note": "second half of the interrupted quote, after 'he said.'"},
  {"text": "it is time for peace and security to be restored in Ukraine.", "speaker": O, "speaker_mention": "He", "fragment": True,
   "note": "'He said the tragedy underscores \"it is time ...\"': a quoted clause inside reported speech (fragment); 'He' = Obama, subject of 'Obama added' in the sentence before"},
  {"text": "separatist-held location in eastern Ukraine.", "speaker": "Samantha Power", "speaker_mention": "the U.S. ambassador to the U.N. Samantha Power", "fragment": True,
   "note": "phrase inside Power's reported speech; her name follows a long title ('the U.S. ambassador to the U.N.')"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "298", "value": 298, "unit": None, "counted": "people aboard the plane killed", "source": O, "approx": None,
   "note": "'Obama called the deaths of the 298 people aboard the plane an \"outrage ...\"': the number is in the object of his statement (he named the toll in it), so he is taken as claimant. Same quantity as the 17 July item's 'all 298 people on board'"},
  {"text": "one", "value": 1, "unit": None, "counted": "American among the dead", "source": O, "approx": "at least",
   "note": "'He noted that at least one American was among the dead': He = Obama"},
 ],
 "events": [
  {"actor": O, "date": "2014-07-18", "date_text": "Friday", "what": "Obama spoke at the White House, calling the deaths an outrage",
   "note": "'Speaking at the White House Friday, Obama called ...': the weekday modifies 'Speaking'/'called', whose subject is Obama"},
 ],
 "actors": [
  {"name": O, "type": "person", "aliases": ["President Barack Obama", "Obama"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
  {"name": "pro-Russian separatists", "type": "group", "aliases": ["pro-Russian separatists", "the separatists"]},
  {"name": "U.N. Security Council", "type": "organisation", "aliases": ["The U.N. Security Council", "U.N. Security Council", "UN Security Council"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "Samantha Power", "type": "person", "aliases": ["the U.S. ambassador to the U.N. Samantha Power", "Samantha Power"]},
 ],
 "notes": [
  "VOA News report of Friday 18 July 2014 (date inferred, see meta) on Obama's White House statement and the emergency U.N. Security Council meeting the day after Flight MH17 was downed; story mh17_2014 with voa_2014_mh17_airliner_crashes_ukraine (17 July), dod_2014_mh17_investigators_need_time (18 July) and voa_2014_mh17_black_boxes_handed_over (22 July).",
  "Six quotes: the headline phrase and its body twin, a quote split by 'he said', a clause quoted inside reported speech ('He said the tragedy underscores \"...\"') and Power's phrase after a long title. All of Obama's after the first are attributed by 'he'/'He'.",
  "Key across the story: mh17_2014:deaths (298, here claimed by Obama; in VOA's voice on 17 July). 'at least one American' has no partner.",
  "Not figures: 'Flight MH17' (designation). 'many countries', 'all its members' have no number. 'Russia, the separatists and Ukraine must adhere to an immediate cease-fire' is Obama's demand, undated; 'the time of the apparent missile strike' gives no date.",
  "second reading (annotator): checked that every quote text sits exactly between its marks (the headline's straight single quotes, the body's straight double quotes), that 'He' in paragraph 5 is Obama, and that the only date expression is 'Friday'.",
 ],
}
