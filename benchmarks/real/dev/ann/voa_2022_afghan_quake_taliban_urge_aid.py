K = "afghanistan_quake_2022:"
T = "Taliban"
ANN = {
 "article": "articles/voa_2022_afghan_quake_taliban_urge_aid.txt",
 "gold_out": "gold/voa_2022_afghan_quake_taliban_urge_aid.json",
 "published": "2022-06-23",
 "quotes": [
  {"text": "But even more crucial for [the] U.S. to end callous attitude towards lives of Afghans by lifting sanctions and unfreezing Afghan assets so people can rebuild their lives destroyed by two-decade occupation and this latest natural disaster", "speaker": "Abdul Qahar Balkhi", "speaker_mention": "Balkhi",
   "note": "quote first, 'Balkhi told VOA' after; Balkhi is named in full in the paragraph before (indirect speech); the comma before the closing mark is dropped, the editorial '[the]' kept"},
 ],
 "figures": [
  {"quantity": K+"june22_deaths", "text": "1,000", "value": 1000, "unit": None, "counted": "people killed", "source": None, "approx": "at least",
   "note": "'a powerful earthquake that killed at least 1,000 people': outlet's voice, no claimant in the sentence (the Taliban's appeal is not a claim of the toll)"},
  {"text": "2,000", "value": 2000, "unit": None, "counted": "households destroyed", "source": None, "approx": "around",
   "note": "'destroyed nearly 2,000 households' -> around; outlet's voice. Households destroyed, not 'homes destroyed or damaged' as in the 28 June and 19 July items: no shared key"},
  {"quantity": K+"june22_magnitude", "text": "6.1", "value": 6.1, "unit": None, "counted": "quake magnitude", "source": None, "approx": None,
   "note": "a measure, unit null; outlet's voice"},
  {"text": "two decades", "value": 20, "unit": "years", "counted": "period for which this is the worst earthquake", "source": None, "approx": None,
   "note": "'the worst in two decades' (as 'two decades' in dev)"},
  {"text": "3,000", "value": 3000, "unit": None, "counted": "families needing urgent humanitarian aid in Paktika", "source": "Hematullah Esmat", "approx": "at least",
   "note": "'Provincial health director Hematullah Esmat told local media that at least 3,000 families needed urgent humanitarian aid in Paktika alone'"},
  {"text": "two-decade", "value": 20, "unit": "years", "counted": "occupation", "source": "Abdul Qahar Balkhi", "approx": None,
   "note": "inside Balkhi's quote ('two-decade occupation'): a duration of 20 years, claimed by the speaker"},
 ],
 "events": [
  {"actor": T, "date": "2022-06-23", "date_text": "Thursday", "what": "appealed for international aid", "ctx": "international aid Thursday",
   "note": "'Afghanistan’s Taliban appealed for international aid Thursday': the Taliban are the agent; Thursday 23 June 2022 is the publication day"},
  {"actor": None, "date": "2022-06-22", "date_text": "during the early hours of Wednesday", "what": "the 6.1 magnitude quake struck",
   "note": "a natural event, no agent; the Wednesday before Thursday's publication"},
  {"actor": "authorities and aid workers", "date": "2022-06-23", "date_text": "On Thursday", "what": "struggled to reach the disaster zone",
   "note": "'On Thursday, authorities and aid workers struggled to reach the disaster zone': a joint agent of unnamed people, kept as one group actor 'authorities and aid workers' (neither member has a proper name the scorer could resolve alone)"},
  {"actor": None, "date": "2022-06-20/2022-06-26", "date_text": "this week’s", "what": "this week's earthquake",
   "note": "a date on a noun ('this week’s earthquake'): the ISO week of Thursday 23 June 2022; an earthquake has no agent"},
 ],
 "actors": [
  {"name": T, "type": "organisation", "aliases": ["Afghanistan’s Taliban"]},
  {"name": "officials", "type": "group", "aliases": ["Officials"]},
  {"name": "authorities and aid workers", "type": "group", "aliases": ["authorities and aid workers"]},
  {"name": "Hematullah Esmat", "type": "person", "aliases": ["Provincial health director Hematullah Esmat"]},
  {"name": "Abdul Qahar Balkhi", "type": "person", "aliases": ["Abdul Qahar Balkhi", "Balkhi", "a Taliban foreign ministry spokesman in Kabul"]},
 ],
 "notes": [
  "VOA report of Thursday 23 June 2022, the day after the Paktika and Khost quake; story afghanistan_quake_2022 with voa_2022_afghan_quake_kills_1000 (22 June), voa_2022_afghan_quake_us_pledges_55_million (28 June) and voa_2022_afghan_aftershock_injures_dozens (19 July).",
  "Cross-item keys: june22_deaths ('at least 1,000' here), june22_magnitude (6.1 here, as USGS on 22 June; 5.9 on 28 June and 19 July). Households destroyed (nearly 2,000) and families in need (3,000) appear in no other item and get no key.",
  "'Officials said the calamity had buried entire families' speaks without number or date; Balkhi's first paragraph is indirect speech, only the next paragraph is in quote marks. VOA and 'local media' are addressees, not actors; 'U.S.' inside the quote is an object of Balkhi's demand.",
  "Not an event: 'spend the night' (the night of the quake day, not a date expression printed as such); 'two decades' and 'two-decade' are durations (figures, not events).",
  "Second reading: re-read the item against FORMAT.md (quote span with the dropped comma and kept '[the]', 'nearly' -> around, the joint actor of 'On Thursday', 'this week’s' as a dated noun with the curly apostrophe); no change.",
 ],
}
