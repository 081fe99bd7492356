ANN = {
 "article": "articles/dod_2021_sergeants_major_pt.txt",
 "gold_out": "gold/dod_2021_sergeants_major_pt.json",
 "published": "2021-09-18",
 "quotes": [
  {"text": "I’ve been doing this since I was a staff sergeant", "speaker": "Brian A. Hester", "speaker_mention": "Command Sgt. Maj. Brian A. Hester"},
  {"text": "Now that you’re more acquainted with each other, you feel more comfortable talking with each other", "speaker": "Brian A. Hester", "speaker_mention": "he"},
  {"text": "Each and every one of us met somebody new today—what I want to tell you about being a sergeant major is that relationships matter.", "speaker": "Brian A. Hester", "speaker_mention": "he"},
  {"text": "Every day, sergeants major need to use relationships to accomplish the mission", "speaker": "Brian A. Hester", "speaker_mention": "Hester"},
  {"text": "Some people might think this is gaming the system, but in the Army we have a lot of systems and processes—and what do systems do? They break, because of fog, because of friction", "speaker": "Brian A. Hester", "speaker_mention": "he"},
  {"text": "We can fix those with relationships—relationships matter.", "speaker": "Brian A. Hester", "speaker_mention": "he"},
 ],
 "figures": [
  {"text": "36", "value": 36, "counted": "other sergeants major in the PT session"},
 ],
 "events": [
  {"actor": "Brian A. Hester", "date": "2021-09-12", "date_text": "Sept. 12", "what": "led 36 sergeants major in PT session"},
 ],
 "actors": [
  {"name": "Brian A. Hester", "type": "person", "aliases": ["U.S. Army Central’s command sergeant major", "Command Sgt. Maj. Brian A Hester", "Command Sgt. Maj. Brian A. Hester", "Hester", "Lucky 7"]},
  {"name": "Ronald Clark", "type": "person", "aliases": ["U.S. Army Central Commanding General Lt. Gen. Ronald Clark"]},
 ],
 "notes": [
  "second reading: no change (quotes, figures, events, actors and dates checked against the text).",
  "Quote-heavy army.mil feature with one speaker: six quotes, attributed through his full title, 'Hester' and 'he'; two quotes are split by 'he said'.",
  "'Lucky 7' in the headline is Hester's call sign/nickname (subject of 'leads'): listed as his alias; the '7' is a designation, not a figure.",
  "'today' inside Hester's quote is left out (FORMAT: 'today' inside speech); 'Every day' is a frequency, not a date; 'one' in 'Each and every one of us' is a pronoun, not a figure; 'since I was a staff sergeant' is not a date.",
  "'1st Theater Sustainment Command' (removed byline) and 'U.S. Army Central' carry no figures.",
 ],
}
