K = "mh17_2014:"
J = "John Kirby"
ANN = {
 "article": "articles/dod_2014_mh17_investigators_need_time.txt",
 "gold_out": "gold/dod_2014_mh17_investigators_need_time.json",
 "published": "2014-07-18",
 "quotes": [
  {"text": "strong evidence", "speaker": J, "speaker_mention": "the admiral", "fragment": True, "ctx": "there is \u201cstrong evidence\u201d",
   "note": "'the admiral noted there is “strong evidence” ...': phrase inside reported speech; 'the admiral' = Kirby, named in the paragraph before"},
  {"text": "We are still collecting the facts, and international investigators need to be given the time and space to do their jobs",
   "speaker": J, "speaker_mention": "Kirby", "note": "first half of a quote interrupted by 'Kirby said.'; trailing comma dropped"},
  {"text": "But clearly, as … [President Barack Obama] noted just a short while ago, we see strong evidence that Malaysia Airlines Flight 17 was hit by a surface-to-air missile at an altitude of about 33,000 feet, and that the missile was launched from a location near the border that is controlled by Russian separatists.",
   "speaker": J, "speaker_mention": "Kirby",
   "note": "second half of the interrupted quote; the bracketed name and the ellipsis are DoD News' edits inside the quotation, kept"},
 ],
 "figures": [
  {"quantity": K+"altitude_feet", "text": "33,000", "value": 33000, "unit": None, "counted": "feet of altitude at which Flight 17 was hit", "source": J, "approx": "around",
   "note": "'at an altitude of about 33,000 feet' in Kirby's quote; feet are not in the scorer's unit table, so no unit. Same altitude as Ukraine's Foreign Ministry's 'around 33,000 feet' in voa_2014_mh17_airliner_crashes_ukraine"},
 ],
 "events": [
  {"actor": J, "date": "2014-07-18", "date_text": "today", "what": "Kirby said investigators need time and unimpeded access",
   "note": "'..., Pentagon Press Secretary Navy Rear Adm. John Kirby said today.': the speaker follows a long title after the reported clause"},
  {"actor": "Chuck Hagel", "date": "2014-07-18", "date_text": "this morning", "what": "Hagel reiterated to the Malaysian defense minister, during a call, that the US is prepared to assist an investigation",
   "note": "'Hagel reiterated to ... Hishamuddin Tun Hussein during a call this morning': the expression dates the call in which Hagel reiterated; Hagel is the subject of 'reiterated' (the call itself is joint, but the verb is his)"},
 ],
 "actors": [
  {"name": J, "type": "person", "aliases": ["Pentagon Press Secretary Navy Rear Adm. John Kirby", "Kirby", "the admiral", "The admiral", "Pentagon Spokesman"]},
  {"name": "international investigators", "type": "group", "aliases": ["International investigators", "international investigators", "Investigators"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["President Barack Obama"]},
  {"name": "Russian separatists", "type": "group", "aliases": ["Russian separatists"]},
  {"name": "Chuck Hagel", "type": "person", "aliases": ["Defense Secretary Chuck Hagel"]},
  {"name": "Hishammuddin Hussein", "type": "person", "aliases": ["Malaysian Defense Minister Datuk Seri Hishamuddin Tun Hussein"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
 ],
 "notes": [
  "DoD News story of Friday 18 July 2014 (date inferred, see meta) on Pentagon Press Secretary John Kirby's briefing the day after Malaysia Airlines Flight MH17 was downed; story mh17_2014 with voa_2014_mh17_airliner_crashes_ukraine (17 July), voa_2014_mh17_obama_missile_outrage (18 July) and voa_2014_mh17_black_boxes_handed_over (22 July).",
  "Kirby is introduced by a long title after the reported clause ('..., Pentagon Press Secretary Navy Rear Adm. John Kirby said today'), then called 'the admiral' (twice) and 'Kirby'; the headline calls him 'Pentagon Spokesman' (listed as his alias). Paragraphs 5 and 6 are his reported speech without quote marks (not quotes).",
  "Key across the story: mh17_2014:altitude_feet (Kirby's 'about 33,000 feet' here; Ukraine's Foreign Ministry's 'around 33,000 feet' on 17 July).",
  "Not figures: 'Flight 17' (designation, twice). Not events: 'just a short while ago' (inside the quote, vague) and 'during flight'.",
  "'both agreed the investigation must be credible ...' (Hagel and Hishammuddin) is undated. Hishammuddin's name is spelt 'Hishamuddin' in the text; the canonical name uses the usual spelling and the printed form is his alias.",
  "second reading (annotator): curly quote marks and the ellipsis character checked against the stored copy; 'this morning' and 'today' both resolved to Friday 18 July 2014.",
 ],
}
