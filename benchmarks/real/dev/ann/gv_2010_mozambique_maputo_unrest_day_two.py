S = "mozambique_bread_riots_2010"
AV = "A Verdade"
CS = "Carlos Serra"
RES = "Maputo residents"
ANN = {
 "article": "articles/gv_2010_mozambique_maputo_unrest_day_two.txt",
 "gold_out": "gold/gv_2010_mozambique_maputo_unrest_day_two.json",
 "published": "2010-09-02",
 "quotes": [],
 "figures": [
  {"quantity": S + ":dead_day_one", "text": "4 and 10", "value": 4, "value_max": 10, "unit": None, "counted": "deaths in yesterday's rioting reported by mainstream media", "source": "mainstream media", "approx": None,
   "note": "'(The numbers reported by mainstream media vary between 4 and 10)': a range of death tolls for the rioting of Wednesday 1 September, claimed by the (unnamed) mainstream media, named as a group -> source 'mainstream media'. No noun follows the numbers; the counted are the deaths of the previous sentence"},
  {"text": "two", "value": 2, "unit": None, "counted": "newspapers with problems", "source": CS, "approx": None,
   "note": "in the post's English translation of Carlos Serra's words ('Problems with two newspapers: “Savana” and “Canal de Moçambique”'): the count is Serra's ('as Carlos Serra [pt] observes'). The Portuguese original's 'dois jornais' is the same count in Portuguese and is left out (the set annotates English text)"},
 ],
 "events": [
  {"actor": None, "date": "2010-09-02", "date_text": "this morning", "what": "Maputo woke to uncertainty",
   "note": "'Maputo, woke to uncertainty this morning': the city as subject of 'woke', a state, no agent -> null; the morning of Thursday 2 September 2010, the post's day"},
  {"actor": None, "date": "2010-09-01", "date_text": "yesterday's", "what": "rioting that resulted in deaths",
   "note": "a date on a noun ('yesterday's rioting'): the text names no rioters as the agent -> null; Wednesday 1 September 2010"},
  {"actor": None, "date": "2010-09-01", "date_text": "yesterday", "what": "school children shot dead", "ctx": "shot dead yesterday",
   "note": "'one of the school children shot dead yesterday': a passive participle without a by-agent -> null (the post does not say who shot them)"},
  {"actor": None, "date": "2010-09-02", "date_text": "today", "what": "other newspapers and some alternative media out of circulation", "ctx": "out of circulation today",
   "note": "'Other newspapers and some alternative media were apparently out of circulation today': a state, no agent -> null. In the post's own voice, not inside a quotation (the Portuguese 'hoje' of Serra's quotation is left out)"},
  {"actor": RES, "date": "2010-09-02", "date_text": "Early Thursday morning", "what": "residents reported virtually no traffic on Maputo's streets",
   "note": "'Early Thursday morning, residents like Sharon Peters, reported ...': the residents are the subject of 'reported'; Thursday 2 September 2010"},
  {"actor": "Mozambican military", "date": "2010-09-01/2010-09-02", "date_text": "overnight", "what": "military patrolled the streets",
   "note": "'It appears military patrolled the streets overnight': the military is the subject of 'patrolled'; overnight = the night before the post's day, 1-2 September 2010"},
  {"actor": "Mozambican police", "date": "2010-09-02", "date_text": "in the morning", "what": "police attempted to keep open major roads",
   "note": "'police attempted to keep open major roads in the morning': the police are the subject; the morning of the post's day, Thursday 2 September 2010 (the same morning as 'this morning')"},
 ],
 "actors": [
  {"name": "mainstream media", "type": "group", "aliases": ["mainstream media"]},
  {"name": AV, "type": "organisation", "aliases": ["newspaper A Verdade", "A Verdade", "The site"]},
  {"name": CS, "type": "person", "aliases": ["Carlos Serra"]},
  {"name": RES, "type": "group", "aliases": ["residents"]},
  {"name": "Sharon Peters", "type": "person", "aliases": ["Sharon Peters"]},
  {"name": "Mozambican military", "type": "organisation", "aliases": ["military"]},
  {"name": "Mozambican police", "type": "organisation", "aliases": ["police"]},
  {"name": "Natstasya Tay", "type": "person", "aliases": ["freelancer Natstasya Tay", "Natstasya Tay"]},
 ],
 "notes": [
  "Global Voices post of Thursday 2 September 2010 on the second day of the riots over bread, water and electricity prices in Maputo, Mozambique (the riots began on Wednesday 1 September 2010); story mozambique_bread_riots_2010 (one item so far). The death toll range has a key (mozambique_bread_riots_2010:dead_day_one) for later items on the first day's toll.",
  "No quotes in the gold sense: the spans in quote marks are names — the sub-site “Citizen Reporter”, A Verdade's label “Day 2″ for the second day of unrest, and the newspapers “Savana” and “Canal de Moçambique” (twice, in the Portuguese quotation and in its translation). Carlos Serra's words are a block quotation without quote marks (Portuguese, then the post's translation), not a quote in the gold sense, but the count in it is his.",
  "Not figures: 'one of the school children' ('one of' picks a person, as 'one of the most sought-after'); 'Day 2' (a label, a designation); 'the first', 'the second' (ordinals); 'a number of deaths', 'few buyers' (no number). Portuguese 'dois', 'o primeiro', 'o segundo' left out (see the 'two' note).",
  "Not events: '“Day 2″' (a label, its day already dated by 'this morning'), Portuguese 'hoje' inside Serra's quotation; 'She posted photos ...' and 'residents are reporting flare ups' carry no date expression of their own.",
  "'She' (Sharon Peters) is a pronoun, not an alias. Sharon Peters and Natstasya Tay report (photos, tweets) but are not the actors of any dated event; the residents 'like Sharon Peters' are the event actor.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; resolved 'this morning', 'yesterday', 'today', 'Early Thursday morning', 'overnight' and 'in the morning' against Thursday 2 September 2010; checked the double-prime closing mark and each alias as an exact substring.",
 ],
}
