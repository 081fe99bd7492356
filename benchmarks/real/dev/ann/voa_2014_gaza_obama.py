ANN = {
 "article": "articles/voa_2014_gaza_obama.txt",
 "gold_out": "gold/voa_2014_gaza_obama.json",
 "published": "2014-08-06",
 "quotes": [
  {"text": "justified.", "speaker": "Benjamin Netanyahu", "speaker_mention": "Israeli Prime Minister Benjamin Netanyahu", "fragment": True},
 ],
 "figures": [
  {"quantity": "gaza_ceasefire_2014:truce_length", "text": "72", "value": 72, "unit": "hours", "counted": "length of the truce with Hamas militants", "source": "Israel"},
  {"text": "a month", "value": 1, "unit": "months", "counted": "duration of Israeli airstrikes on Gaza",
   "note": "duration written without a numeral ('a month of Israeli airstrikes')"},
 ],
 "events": [
  {"actor": "Barack Obama", "date": "2014-08-06", "date_text": "Wednesday", "what": "told reporters Gaza cannot sustain itself"},
  {"actor": None, "date": "2014-08-08", "date_text": "Friday morning", "what": "72-hour truce set to expire",
   "note": "future reference: the coming Friday"},
 ],
 "actors": [
  {"name": "Barack Obama", "type": "person", "aliases": ["U.S. President Barack Obama", "Obama", "The president"]},
  {"name": "Hamas", "type": "organisation", "aliases": ["Hamas"]},
  {"name": "Israel", "type": "country", "aliases": ["Israel"]},
  {"name": "Egyptian officials", "type": "organisation", "aliases": ["Egyptian officials"]},
  {"name": "Hamas official in Cairo (unnamed)", "type": "person", "aliases": ["a Hamas official in Cairo"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
  {"name": "Benjamin Netanyahu", "type": "person", "aliases": ["Israeli Prime Minister Benjamin Netanyahu"]},
 ],
 "notes": [
  "VOA staff report (Robert Berger, Edward Yeranian) on Obama's remarks of Wednesday 6 Aug 2014; same story and day as wn_2014_gaza_ceasefire: '72-hour truce' shares gaza_ceasefire_2014:truce_length.",
  "Published date inferred (no date line in the stored copy): photo dated Aug. 6, 2014; Obama spoke 'Wednesday'; the truce 'is set to expire Friday morning'.",
  "The truncated last paragraph with 'more than 1,800 Palestinians' killed was removed, so the Palestinian toll cannot be compared with the Wikinews item.",
  "Deliberately excluded: 'one' in 'one of Hamas' own making' (pronoun).",
  "Most of the item is reported speech without quote marks (Obama); the only quote is Netanyahu's one word.",
  "second reading: 72 (hours) now sourced to Israel (it sits in 'Israel says it wants to extend the 72-hour truce', subject of says; same convention as numbers in reported speech in the dev examples); quantity key renamed gaza_2014:truce_length -> gaza_ceasefire_2014:truce_length to follow the story slug.",
 ],
}
