LA = "Lloyd J. Austin III"
JK = "John Kirby"
ANN = {
 "article": "articles/dod_2022_austin_ramstein_meeting_announced.txt",
 "gold_out": "gold/dod_2022_austin_ramstein_meeting_announced.json",
 "published": "2022-04-21",
 "quotes": [
  {"text": "The secretary will be hosting a number of his counterparts for a Ukraine Defense Consultative Group at Ramstein Air Base on [April 26]",
   "speaker": JK, "speaker_mention": "Kirby",
   "note": "'\"...,\" Kirby told reporters today.': attribution after the quote; the trailing comma before the closing mark is dropped; the bracketed date is the outlet's insertion and stays inside the span"},
  {"text": "The goal [is] to bring together stakeholders from all around the world for a series of meetings on the latest Ukraine defense needs and -- and this is critically important -- ensuring that Ukraine's enduring security and sovereignty over the long term is respected and developed.",
   "speaker": JK, "speaker_mention": "Kirby",
   "note": "second quote of the paragraph with no attribution of its own: continues 'Kirby told reporters today' of the sentence before (speaker named a sentence away); final '.' inside the marks kept; '[is]' is the outlet's insertion"},
  {"text": "Part of the agenda will be to talk about Ukraine's long-term defense needs in a postwar environment and what that might look like",
   "speaker": JK, "speaker_mention": "Kirby",
   "note": "'\"...,\" Kirby said.'; trailing comma dropped. The paragraph before ('Also on the agenda, he said, ...') is reported speech without quote marks, not a quote"},
  {"text": "The secretary ... believes that it's not too soon to begin to have a longer-term discussion with allies and partners about what Ukrainian sovereignty needs to look like going forward.",
   "speaker": JK, "speaker_mention": "Kirby",
   "note": "second quote of the paragraph, no attribution of its own: continues 'Kirby said' of the sentence before; the ellipsis is the outlet's and stays inside; 'The secretary' inside it is Austin (the person talked about), not the speaker"},
 ],
 "figures": [],
 "events": [
  {"actor": LA, "date": "2022-04-25/2022-05-01", "date_text": "Next week", "what": "Austin will travel to Ramstein Air Base, Germany, to meet counterparts on Ukraine's defense needs",
   "note": "'Next week, Secretary of Defense Lloyd J. Austin III will travel to Ramstein Air Base': 'Next week' modifies 'will travel', whose subject is Austin (Kirby reports it, but the dated act is Austin's). The ISO week after Thursday 21 April 2022 (Monday 25 April - Sunday 1 May), written like 'next week' in dev items. The dateline 'WASHINGTON (April 21, 2022) --' before it is a dateline, not an event"},
  {"actor": LA, "date": "2022-04-26", "date_text": "on [April 26]", "what": "Austin will host counterparts for a Ukraine Defense Consultative Group at Ramstein Air Base",
   "note": "inside Kirby's quote: 'The secretary will be hosting a number of his counterparts ... at Ramstein Air Base on [April 26]'; the subject of 'will be hosting' is 'The secretary' = Austin. The date in brackets is the outlet's insertion, kept as printed (as 'tonight [Tuesday]' in dev); April 26 of the year of publication"},
  {"actor": JK, "date": "2022-04-21", "date_text": "today", "what": "Kirby told reporters of Austin's meeting in Germany",
   "note": "'Kirby told reporters today': narration (not inside the quote), subject Kirby; the dateline gives 21 April 2022"},
 ],
 "actors": [
  {"name": LA, "type": "person", "aliases": ["Secretary of Defense Lloyd J. Austin III", "The secretary"]},
  {"name": JK, "type": "person", "aliases": ["Pentagon Press Secretary John F. Kirby", "Kirby"]},
 ],
 "notes": [
  "DOD News story by C. Todd Lopez of Thursday 21 April 2022 (DOD article 3007229), kept from a word-for-word copy on the author's own site (ctlopez.com) whose stored opening is longer than defense.gov's (the defense.gov page spends its opening on the site banner and a photo caption); it prints the dateline 'WASHINGTON (April 21, 2022)'. Story us_ukraine_drawdown_apr2022: Kirby announced Austin's Ramstein meeting on the day of the second $800 million package (21 April; dod_2022_biden_new_800m_howitzers_drones, state_2022_blinken_eighth_drawdown_800m).",
  "Four quotes, all Kirby's: two paragraphs each open with an attributed quote ('Kirby told reporters today', 'Kirby said') and continue with a second quote that has no attribution of its own, so its speaker is named a sentence away. 'The secretary' inside the quotes is Austin, the person Kirby speaks about.",
  "No figures: 'a handful of nations' and 'a number of his counterparts' are vague determiners, not number words (as 'several' and 'a few' in dev items), and 'more than just NATO nations' has no number. The paragraph that gave the package's figures ('Also announced today was an additional $800 million in security assistance to Ukraine ... 72 M777 155 mm howitzers; 144,000') was cut mid-sentence in the stored copy and dropped, so no :drawdown_apr21 figure is left here.",
  "Events: 'Next week' (Austin will travel, 25 April - 1 May 2022), 'on [April 26]' (inside Kirby's quote, Austin will host the group) and 'today' (Kirby told reporters). Left out: the dateline 'WASHINGTON (April 21, 2022)', 'Right now' (Kirby said the list of participants is not yet finalized: 'now', vague, and a state), 'after the current conflict concludes' (no date expression), 'over the long term', 'going forward' and 'a longer-term discussion' (vague).",
  "Not actors: Ukraine (its needs are discussed; 'what Ukraine will need' is not an act), 'his counterparts', 'stakeholders', 'allies and partners', 'participants' and 'NATO nations' (unnamed groups), 'reporters' (addressees). The Ukraine Defense Consultative Group is the meeting's name, not an acting body here.",
  "Second reading (annotator): the whole item re-read once more against FORMAT.md sections 1-2: quote spans (trailing commas dropped, final '.' kept, '[is]', '[April 26]', '--' and '...' inside), all four speakers Kirby; no number that counts or measures; 'Next week' from Thursday 21 April 2022 = 2022-04-25/2022-05-01, '[April 26]' = 2022-04-26, 'today' = 2022-04-21; aliases exact substrings, 'The secretary' (Austin) distinct from 'Pentagon Press Secretary John F. Kirby'; no change.",
 ],
}
