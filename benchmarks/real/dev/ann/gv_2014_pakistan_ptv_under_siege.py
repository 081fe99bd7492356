PR = "PTI and PAT protesters"
ANN = {
 "article": "articles/gv_2014_pakistan_ptv_under_siege.txt",
 "gold_out": "gold/gv_2014_pakistan_ptv_under_siege.json",
 "published": "2014-09-01",
 "quotes": [],
 "figures": [
  {"text": "Hundred", "value": None, "vague": True, "unit": None, "counted": "protestors of PTI and PAT who stormed PTV", "source": None, "approx": None,
   "note": "'Hundred of protestors' as printed (for 'Hundreds of'): a vague plural count, value null. Outlet's own voice (the link to the source is not text)"},
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "peaceful protesters camping out since August 14", "source": None, "approx": None,
   "note": "vague plural; outlet's own voice"},
  {"text": "15 minutes", "value": 15, "unit": "minutes", "counted": "minutes to clear the PTV office", "source": "DawnNews", "approx": None,
   "note": "'DawnNews reports that the army was called in ... and they cleared the PTV office from protesters in 15 minutes': DawnNews claims it"},
 ],
 "events": [
  {"actor": PR, "date": "2014-09-01", "date_text": "On 1st of September", "what": "protesters broke open the main gate of PTV headquarters in Islamabad",
   "note": "'On 1st of September at around 11:20 am protesters broke open the main gate': the protesters are the agent; the year is that of the post"},
  {"actor": PR, "date": "2014-09-01", "date_text": "at around 11:20 am", "what": "protesters broke open the main gate of PTV headquarters",
   "note": "a time of day of the same act, on 1 September 2014 (annotated as its own expression, as '5.20pm' elsewhere in the set)"},
  {"actor": PR, "date": "2014-08-14", "date_text": "Since August 14, 2014", "what": "tens of thousands of protesters have been camping out demanding Nawaz Sharif step down",
   "note": "the start of the sit-in: 'Since August 14, 2014, tens of thousands of peaceful protesters have been camping out' -> the protesters camp; the day the camping began"},
 ],
 "actors": [
  {"name": PR, "type": "group", "aliases": ["protestors of Pakistan Tehreek e Insaf (PTI) and Pakistan Awami Tehreek (PAT)", "protesters", "peaceful protesters"]},
  {"name": "Omar Quraishi", "type": "person", "aliases": ["Journalist Omar Quraishi", "Omar Quraishi"]},
  {"name": "Ghazala Khan", "type": "person", "aliases": ["Pakistani blogger Ghazala Khan", "Ghazala Khan"]},
  {"name": "DawnNews", "type": "organisation", "aliases": ["DawnNews"]},
  {"name": "Pakistan Army", "type": "organisation", "aliases": ["the army"]},
 ],
 "notes": [
  "Global Voices breaking-news post of Monday 1 September 2014 on the storming of the state broadcaster PTV in Islamabad that morning by PTI and PAT protesters; story pakistan_ptv_storming_2014 (one item so far).",
  "'Last update at 7:45PM GMT, September 1, 2014' is the post's update stamp (a post timestamp line, kept on its own line as printed) and is left out of the events; it confirms the published date.",
  "No quotes: the post prints no span in quote marks; Omar Quraishi's tweet was an embed not in the stored text (only its lead-in 'Journalist Omar Quraishi tweets:' remains), and 'Employees are trapped and harassed says ... Ghazala Khan' is reported without quote marks.",
  "Not figures: '11:20 am' (time of day), '1st' (a date), 'August 14, 2014' (a date), '7:45PM' (the update stamp), 'Head Quarters' (a word, not a fraction).",
  "'the station went off air soon', 'the army was called in' and 'The TV broadcast has been restored' carry no date expression. 'they' in 'they cleared the PTV office' is the army (pronoun, not an alias).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; the three date expressions resolved against Monday 1 September 2014; aliases checked as exact substrings after the link numbers were removed.",
 ],
}
