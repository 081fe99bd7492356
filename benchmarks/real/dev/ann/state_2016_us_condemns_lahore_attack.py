US = "United States"
ANN = {
 "article": "articles/state_2016_us_condemns_lahore_attack.txt",
 "gold_out": "gold/state_2016_us_condemns_lahore_attack.json",
 "published": "2016-03-27",
 "quotes": [],
 "figures": [
  {"quantity": "lahore_easter_bombing_2016:deaths", "text": "dozens", "value": None, "vague": True, "unit": None, "counted": "killed by the terrorist attack in Lahore", "source": None, "approx": None,
   "note": "'This cowardly act ... has killed dozens': the statement's own voice (not inside quote marks), so source null as for the release's own voice in other State Department items of dev. Same key as Wikinews' 'more than 65' (28 March)"},
  {"quantity": "lahore_easter_bombing_2016:injured", "text": "scores", "value": None, "vague": True, "unit": None, "counted": "injured", "source": None, "approx": None,
   "note": "'left scores injured': vague plural ('scores'), the statement's own voice (source null); same key as Wikinews' 'More than 280 people were injured'"},
 ],
 "events": [
  {"actor": None, "date": "2016-03-27", "date_text": "today’s", "what": "terrorist attack in Lahore",
   "note": "date on the noun 'attack' ('today’s appalling terrorist attack in Lahore'); the statement names no one who carried it out, so null; today = the statement's day, Sunday 27 March 2016 (see meta published_evidence)"},
 ],
 "actors": [
  {"name": US, "type": "country", "aliases": ["The United States"]},
 ],
 "notes": [
  "US State Department press statement of Sunday 27 March 2016 condemning the Easter bombing in Gulshan-e-Iqbal Park, Lahore, kept from a site that reposts it (see meta); story lahore_easter_bombing_2016 with wn_2016_lahore_easter_bombing_65_killed (Wikinews, 28 March).",
  "Cross-report figures: 'dozens' killed and 'scores' injured share lahore_easter_bombing_2016:deaths and lahore_easter_bombing_2016:injured with Wikinews' 'more than 65' and 'More than 280' of the next day. Both are vague (value null).",
  "No quote marks in the text: the statement speaks in its own voice, so it has no quotes in the gold sense. 'The United States' (the first-person speaker: it condemns, stands with Pakistan, 'We send ...') is the only actor, though it has no dated act and claims no figure (the statement's own voice -> null); the Government of Pakistan, the people of Lahore and 'our partners' receive support and do not act.",
  "Not figures: 'one' does not occur; 'those killed and injured' has no number. Not events: 'at this difficult hour' (vague, no date expression).",
  "second reading (same annotator): re-read the whole item against FORMAT.md sections 1-2; checked both vague number words, the only date expression ('today’s', curly apostrophe as printed) and that no quote marks occur.",
 ],
}
