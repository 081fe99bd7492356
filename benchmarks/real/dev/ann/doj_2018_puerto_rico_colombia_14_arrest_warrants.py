RV = "Rosa Emilia Rodríguez-Vélez"
FA = "United States federal agents"
ANN = {
 "article": "articles/doj_2018_puerto_rico_colombia_14_arrest_warrants.txt",
 "gold_out": "gold/doj_2018_puerto_rico_colombia_14_arrest_warrants.json",
 "published": "2018-03-12",
 "quotes": [],
 "figures": [
  {"text": "two", "value": 2, "unit": "weeks", "counted": "weeks over which the 14 arrest warrants were executed", "source": RV, "approx": None, "ctx": "past two weeks",
   "note": "'During the past two weeks, United States federal agents ... executed 14 arrest warrants ... announced United States Attorney Rosa Emilia Rodríguez-Vélez today': a duration in the sentence whose content Rodríguez-Vélez announces (the attribution 'announced ... Rodríguez-Vélez today' closes the sentence) -> her; unit weeks, text the number word as 'Over the last two weeks' in the dev set; also an event (the period of the arrests)"},
  {"text": "14", "value": 14, "unit": None, "counted": "arrest warrants executed in Puerto Rico and Colombia", "source": RV, "approx": None,
   "note": "'executed 14 arrest warrants in Puerto Rico and Colombia ... announced United States Attorney Rosa Emilia Rodríguez-Vélez today': in the announced clause -> Rodríguez-Vélez (as the figures of Bharara's 'announced that ...' in doj_2012_bout_sentenced_25_years). The only report of the story in the set, so no quantity key"},
  {"text": "two", "value": 2, "unit": None, "counted": "indictments filed in the United States District Court for the District of Puerto Rico", "source": None, "approx": None, "ctx": "two indictments",
   "note": "'The arrests stem from two indictments filed in ...': the sentence after the announcing one, with no claimant of its own -> null (as the next-sentence figures of doj_2012_bout_sentenced_25_years and doj_2018_health_fraud_takedown)"},
 ],
 "events": [
  {"actor": FA, "date": "2018-02-27/2018-03-12", "date_text": "During the past two weeks", "what": "U.S. federal agents, with Colombian authorities, executed 14 arrest warrants in Puerto Rico and Colombia",
   "note": "'During the past two weeks, United States federal agents, in coordination with Colombian law enforcement authorities, executed 14 arrest warrants ...': the period modifies 'executed', whose subject is the federal agents ('in coordination with Colombian law enforcement authorities' is an adjunct, not a joint subject) -> United States federal agents. The two weeks up to and including the release day (14 days, 27 February - 12 March 2018), read like 'Over the last two weeks' and 'Over the past two days' in the dev set"},
  {"actor": RV, "date": "2018-03-12", "date_text": "today", "what": "U.S. Attorney Rodríguez-Vélez announced the arrests",
   "note": "'... announced United States Attorney Rosa Emilia Rodríguez-Vélez today': inverted attribution, 'today' modifies 'announced', whose subject is the U.S. Attorney -> her; the release day, Monday 12 March 2018 (see meta published_evidence)"},
 ],
 "actors": [
  {"name": RV, "type": "person", "aliases": ["United States Attorney Rosa Emilia Rodríguez-Vélez", "Rosa Emilia Rodríguez-Vélez"]},
  {"name": FA, "type": "group", "aliases": ["United States federal agents"]},
  {"name": "Colombian law enforcement authorities", "type": "organisation", "aliases": ["Colombian law enforcement authorities", "Colombian Law Enforcement Authorities"]},
 ],
 "notes": [
  "US Attorney's Office for the District of Puerto Rico (Justice Department) release of Monday 12 March 2018 on 14 arrest warrants executed in Puerto Rico and Colombia against a cocaine trafficking organization, from justice.gov; the stored copy prints no headline and no date (line 1 rebuilt from the address; published date from other outlets' reports of the announcement, see meta). Story puerto_rico_colombia_cocaine_arrests_2018 (one item; the Washington Times and El Mundo reports of the same day are not openly licensed).",
  "Quotes: none. The stored opening ends before the release's statement by Rodríguez-Vélez (quoted by other outlets); the spans in curly quote marks ('“Ciro/Morado”', '“Pirata”', '“Bambam/Marco Tulio Sánchez-Muñoz”', '“Winston”', '“Jairo/Jairito”', '“Fresa”', '“Coronel”', '“Beto”', '“Jairito”', '“Chino”') are the defendants' aliases after 'a.k.a.', names in quote marks, not quotes (FORMAT.md).",
  "Figures: 'two' weeks and '14' arrest warrants sit in the sentence that Rodríguez-Vélez 'announced' (the inverted attribution ends the sentence) -> her; the 'two' indictments of the next sentence have no claimant -> null. Not figures: 'The first indictment', 'The second indictment' (ordinals), 'multi-kilogram' (no number), 'another person' (not a count). No repeated quantity, so no keys.",
  "Events: 'During the past two weeks' (the federal agents executed the warrants; 27 February - 12 March 2018) and 'today' (Rodríguez-Vélez announced). No other date expression in the text; the indictments and charges are undated.",
  "Actors: Rodríguez-Vélez (announces), the United States federal agents (executed the warrants), the Colombian law enforcement authorities (acted in coordination; 'Colombian Law Enforcement Authorities' in the rebuilt headline). Not actors: the defendants named in the two indictments (charged, objects; they do no dated act in the text), the drug trafficking organization (dismantled; 'the organization’s illegal activities' is not a dated act), the United States District Court for the District of Puerto Rico (where the indictments were filed; the filing is passive without agent).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2 and the stored copy: checked the text character for character (accented names, the en dash of the dateline, 'a.k.a “Jairo/Jairito”' without full stop, the curly apostrophe of 'organization’s'), the two 'two' pinned by ctx (weeks; indictments), the announcing-sentence figures claimed by Rodríguez-Vélez against the next-sentence 'two' left null, 12 March 2018 a Monday and the 14-day interval 27 February - 12 March, every alias an exact substring and none shared; no change.",
 ],
}
