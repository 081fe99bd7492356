K = "hurricane_ike_texas_2008:"
SC = "Sandy Coachman"
GWB = "George W. Bush"
FEMA = "Federal Emergency Management Agency"
GDEM = "Texas Governor's Division of Emergency Management"
ANN = {
 "article": "articles/fema_2008_ike_316_million_texans.txt",
 "gold_out": "gold/fema_2008_ike_316_million_texans.json",
 "published": "2008-10-17",
 "quotes": [
  {"text": "We report assistance in dollars, but we measure the success of disaster recovery when people begin to resume everyday activities in their communities", "speaker": SC, "speaker_mention": "Federal Coordinating Officer Sandy Coachman", "fragment": False,
   "note": "'\"...,\" Federal Coordinating Officer Sandy Coachman said.': attribution after the quote; trailing comma dropped"},
  {"text": "Positive changes are taking place every day, but there is still a lot to do and we will be here in partnership with the state for as long as it takes.", "speaker": SC, "speaker_mention": "Federal Coordinating Officer Sandy Coachman", "fragment": False,
   "note": "a new pair of marks after 'Coachman said.' (two spaces before it, as printed), no cue of its own: Coachman, named in the sentence before; final '.' kept"},
 ],
 "figures": [
  {"quantity": K+"tx_ia_total_oct17", "text": "$316 Million", "value": 316e6, "unit": "USD", "counted": "assistance to Texans for disaster recovery", "source": None, "approx": None,
   "note": "headline, no hedge and no claimant; the same total as the body's 'exceeds $316 million' (same key)"},
  {"text": "Five", "value": 5, "unit": "weeks", "counted": "weeks after Hurricane Ike made landfall", "source": None, "approx": None,
   "note": "'Five weeks after Hurricane Ike made landfall': a duration (the number span is 'Five', as '12' in '12 miles'); not an event (relative to the storm, not a date expression)"},
  {"quantity": K+"tx_ia_total_oct17", "text": "$316 million", "value": 316e6, "unit": "USD", "counted": "state and federal financial assistance to homeowners, renters and businesses", "source": None, "approx": "more than",
   "note": "'financial assistance ... exceeds $316 million': 'exceeds' -> more than (FORMAT: could exceed -> more than); the release's own voice"},
  {"text": "34", "value": 34, "unit": None, "counted": "Texas counties with grants for individuals", "source": None, "approx": None},
  {"text": "$15 million", "value": 15e6, "unit": "USD", "counted": "additional obligated under FEMA's Public Assistance Program", "source": None, "approx": None,
   "note": "'An additional $15 million has been obligated': passive without agent, the release's voice; a different programme from the $316 million (Public Assistance to governments), no key"},
  {"text": "35", "value": 35, "unit": None, "counted": "Texas counties eligible for Public Assistance reimbursement", "source": None, "approx": None},
  {"text": "Twenty-four", "value": 24, "unit": None, "counted": "counties also designated for permanent repairs", "source": None, "approx": None,
   "note": "'Twenty-four of those counties': of the 35 above, a different count"},
 ],
 "events": [
  {"actor": GWB, "date": "2008-09-13", "date_text": "Sept. 13", "what": "President Bush's disaster declaration for Texas",
   "note": "a date on a noun: 'President Bush's Sept. 13 disaster declaration'; the text names the declarer (Bush), so he is the actor; 13 September 2008 (past, before the 17 October release)"},
  {"actor": None, "date": "2008-09-07", "date_text": "on Sept. 7", "what": "the first emergency declaration for Hurricane Ike",
   "note": "'since the first emergency declaration for Hurricane Ike on Sept. 7': the date modifies the noun 'declaration' (the verb 'have been working together' takes 'since ...'), and the text does not say who declared, so null. FEMA and GDEM's working together is a state dated only by 'since'. Date as printed (7 September 2008)"},
 ],
 "actors": [
  {"name": SC, "type": "person", "aliases": ["Federal Coordinating Officer Sandy Coachman"]},
  {"name": GWB, "type": "person", "aliases": ["President Bush"]},
  {"name": FEMA, "type": "organisation", "aliases": ["The Federal Emergency Management Agency", "FEMA"]},
  {"name": GDEM, "type": "organisation", "aliases": ["the Texas Governor's Division of Emergency Management", "GDEM"]},
 ],
 "notes": [
  "FEMA release 1791-148 of Friday 17 October 2008 (Austin, Texas) on aid five weeks after Hurricane Ike's landfall, as stored by the UNT End of Term 2008 archive of fema.gov; the last paragraph (cut mid-word) is dropped. Story hurricane_ike_texas_2008 with the Guard items of 14 and 16 September (dod_2008_ike_texas_guard_rescue_missions, dod_2008_ike_guard_hauls_nearly_2500).",
  "Quotes: Coachman's two sentences, each in its own pair of marks, around 'Federal Coordinating Officer Sandy Coachman said.'",
  "Figures: every figure is the release's own voice (passives without agent: 'are authorized', 'has been obligated', 'are also designated'), source null. The headline's '$316 Million' and the body's 'exceeds $316 million' share hurricane_ike_texas_2008:tx_ia_total_oct17 (the body hedges, the headline does not). No figure matches the Guard items' rescue counts (no cross-item key).",
  "Events: 'Sept. 13' (dated noun, Bush's declaration: George W. Bush) and 'on Sept. 7' (dated noun, the declarer unnamed: null). 'Five weeks after Hurricane Ike made landfall' is relative to the storm, 'every day' (in the quote) a frequency: no events.",
  "Actors: Coachman, President Bush (his declaration), FEMA and GDEM (working together; FEMA's programme). Not figures: 'Sept. 13', 'Sept. 7' (dates), 'first emergency declaration' (ordinal), 'all sizes'.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: quote spans (trailing comma dropped, final '.' kept), hedges ('exceeds' -> more than; the headline unhedged), the number tokens in the build listing, the two dated nouns, and every alias an exact substring; no change.",
 ],
}
