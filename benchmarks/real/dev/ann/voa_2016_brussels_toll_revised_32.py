BA = "Belgian authorities"
IVW = "Ine Van Wymersch"
JE = "Josh Earnest"
US = "United States"
ANN = {
 "article": "articles/voa_2016_brussels_toll_revised_32.txt",
 "gold_out": "gold/voa_2016_brussels_toll_revised_32.json",
 "published": "2016-03-29",
 "quotes": [
  {"text": "can and must be done", "speaker": US, "speaker_mention": "the United States", "fragment": True,
   "note": "short phrase inside reported speech: 'the United States says more \"can and must be done\" ...'"},
  {"text": "basic fundamentals of intelligence and national security procedures", "speaker": JE, "speaker_mention": "White House spokesman Josh Earnest", "fragment": True,
   "note": "phrase inside Earnest's reported statement ('Josh Earnest said the attacks ... are a reminder of how important it is for the \"...\" to be followed')"},
 ],
 "figures": [
  {"quantity": "brussels_attacks_2016:deaths", "text": "32", "value": 32, "unit": None, "counted": "people killed in the Brussels attacks", "source": None, "approx": None, "ctx": "Revised Down to 32",
   "note": "headline; outlet's voice"},
  {"quantity": "brussels_attacks_2016:deaths", "text": "32", "value": 32, "unit": None, "counted": "people killed in last week's attacks", "source": BA, "approx": None, "ctx": "revised down to 32",
   "note": "'Belgium authorities said Tuesday that the number of people killed ... was revised down to 32'"},
  {"text": "three", "value": 3, "unit": None, "counted": "suicide bombers", "source": BA, "approx": None, "ctx": "the three suicide bombers",
   "note": "'excluding the three suicide bombers', in the same reported statement of the authorities; the bombers are not the victims' toll, so no quantity key"},
  {"quantity": "brussels_attacks_2016:deaths", "text": "35", "value": 35, "unit": None, "counted": "people in the previous death toll", "source": BA, "approx": None,
   "note": "'Officials had previously put the death toll at 35': the earlier statement of the same Belgian officials; same quantity as 32 (the toll of the attacks), the difference being the double counting"},
  {"text": "three", "value": 3, "unit": None, "counted": "people with dual citizenship double counted", "source": None, "approx": None, "ctx": "counting three people",
   "note": "'the error was made by double counting three people with dual citizenship': passive explanation, no claimant named; outlet's voice"},
  {"quantity": "brussels_attacks_2016:victims_belgian", "text": "17", "value": 17, "unit": None, "counted": "Belgians among the victims", "source": IVW, "approx": None,
   "note": "'..., said Ine Van Wymersch, a spokeswoman for the Belgian prosecutor's office' after the numbers"},
  {"quantity": "brussels_attacks_2016:victims_foreign", "text": "15", "value": 15, "unit": None, "counted": "foreigners among the victims", "source": IVW, "approx": None,
   "note": "same sentence as 17"},
  {"quantity": "brussels_attacks_2016:hospitalized", "text": "90", "value": 90, "unit": None, "counted": "people remain hospitalized", "source": BA, "approx": "at least",
   "note": "'Authorities also said at least 90 people remain hospitalized'"},
  {"quantity": "brussels_attacks_2016:intensive_care", "text": "40", "value": 40, "unit": None, "counted": "of them in intensive care", "source": BA, "approx": "more than",
   "note": "'more than 40 of them in intensive care', same reported statement"},
 ],
 "events": [
  {"actor": BA, "date": "2016-03-29", "date_text": "Tuesday", "what": "Belgian authorities said the toll was revised down to 32", "ctx": "said Tuesday",
   "note": "'Belgium authorities said Tuesday that ...': the day modifies 'said'; the report's day, Tuesday 29 March 2016 (see meta published_evidence)"},
  {"actor": None, "date": "2016-03-21/2016-03-27", "date_text": "last week's", "what": "attacks on the Brussels airport and a metro station", "occ": 1,
   "note": "date on the noun 'attacks'; the text names no perpetrator of the attacks (only 'excluding the three suicide bombers' from the toll), so no actor; last week = previous ISO Monday-Sunday"},
  {"actor": None, "date": "2016-03-22", "date_text": "last Tuesday", "what": "the twin bombing",
   "note": "'All victims from the twin bombing last Tuesday were identified': the date dates the noun 'twin bombing' (its agent is not named); 'were identified' is an undated passive"},
  {"actor": None, "date": "2016-03-21/2016-03-27", "date_text": "last week's", "what": "deadly terror attacks in Brussels", "occ": 2,
   "note": "date on the noun 'attacks'; no perpetrator named"},
 ],
 "actors": [
  {"name": BA, "type": "group", "aliases": ["Belgium authorities", "Officials", "Authorities"]},
  {"name": IVW, "type": "person", "aliases": ["Ine Van Wymersch", "a spokeswoman for the Belgian prosecutor's office"]},
  {"name": US, "type": "country", "aliases": ["the United States", "U.S."]},
  {"name": JE, "type": "person", "aliases": ["Josh Earnest", "White House spokesman Josh Earnest"]},
 ],
 "notes": [
  "VOA News report of Tuesday 29 March 2016 on the revised toll of the Brussels bombings of Tuesday 22 March 2016; story brussels_attacks_2016 with wn_2016_brussels_airport_metro_explosions (22 March).",
  "Cross-report figures: the toll 32 (headline, authorities), the earlier 35 (officials) and Wikinews' 'At least 26' (22 March) share brussels_attacks_2016:deaths. 17 Belgians and 15 foreigners are parts of the 32, each its own key; 90 hospitalized and 40 in intensive care have their own keys.",
  "'Belgium authorities', 'Officials' and 'Authorities' are one actor (the Belgian authorities who revised the toll); Ine Van Wymersch speaks for the prosecutor's office and is named separately because the text names her.",
  "The United States 'says' the first fragment (no person named for it); 'He reiterated U.S. support' is Earnest's act, undated.",
  "Not events: 'previously' (vague), 'remain hospitalized' (state, no date). Not figures: 'twin' (not a number word), 'one of the memorials' (removed caption).",
  "second reading (same annotator): re-read the item against FORMAT.md; checked every number token (32 x2, three x2, 35, 17, 15, 90, 40), both quote spans and the four date expressions (both 'last week's' pinned by occ).",
 ],
}
