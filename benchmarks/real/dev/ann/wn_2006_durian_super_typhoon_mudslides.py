AFP = "Agence France-Presse"
W = "witnesses"
O = "officials"
Q = "typhoon_durian_2006:"
ANN = {
 "article": "articles/wn_2006_durian_super_typhoon_mudslides.txt",
 "gold_out": "gold/wn_2006_durian_super_typhoon_mudslides.json",
 "published": "2006-12-01",
 "quotes": [],
 "figures": [
  {"quantity": Q + "killed", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "deaths caused by the mudslides", "source": None, "approx": None,
   "note": "the outlet's own voice; the next sentence's 'according to witnesses' is the claim that Durian's rains triggered the mudslides, not a claim about the deaths, and AFP's toll comes two paragraphs later, so null"},
  {"quantity": Q + "killed", "text": "388", "value": 388, "unit": None, "counted": "people confirmed dead", "source": AFP, "approx": "at least",
   "note": "'At least 388 people have been confirmed dead, according to the Agence France-Presse'"},
 ],
 "events": [],
 "actors": [
  {"name": AFP, "type": "organisation", "aliases": ["the Agence France-Presse"]},
  {"name": W, "type": "group", "aliases": ["witnesses"]},
  {"name": O, "type": "group", "aliases": ["officials"]},
 ],
 "notes": [
  "Wikinews report of Friday 1 December 2006 (date line removed, see edits) on the mudslides from Mount Mayon after Typhoon Durian struck the Philippines on Thursday 30 November 2006; story typhoon_durian_2006. The stored copy is short: headline and three paragraphs.",
  "Not a quote: the headline's \"Super typhoon\" is a term in quote marks (scare quotes), nobody's words; the body repeats it unmarked ('super typhoon Durian').",
  "Figures: 'hundreds of deaths' (outlet's voice, vague) and AFP's 'At least 388' confirmed dead share typhoon_durian_2006:killed. Witnesses (what triggered the mudslides) and officials (settlements swamped) are claimants of statements without numbers; they are listed as actors because they are sources.",
  "No events: the only date expression is the removed date line; the body has no date or time expression ('have caused', 'have swamped' are undated).",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (the scare-quoted headline term, the vague plural, the hedge 'At least', no dated expression left in the body); no change.",
 ],
}
