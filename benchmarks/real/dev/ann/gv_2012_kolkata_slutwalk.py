ANN = {
 "article": "articles/gv_2012_kolkata_slutwalk.txt",
 "gold_out": "gold/gv_2012_kolkata_slutwalk.json",
 "published": "2012-05-29",
 "quotes": [],
 "figures": [
  {"text": "a hundred", "value": 100, "counted": "young men and women marching in Kolkata", "source": None, "approx": "more than"},
  {"text": "3", "value": 3, "unit": "months", "counted": "age of the infant raped", "source": "Khusnud", "ctx": "rape of 3 month’s infant"},
  {"text": "300", "value": 300, "counted": "women who walked in Kolkata", "source": "Sharib Ali", "approx": "around"},
 ],
 "events": [
  {"actor": "Kolkata", "date": "2012-05-24", "date_text": "On 24 May, 2012", "what": "joined the global SlutWalk movement"},
  {"actor": "Kolkatans", "date": "2012-05-24", "date_text": "on 24th may", "what": "called to come out for SlutWalk",
   "note": "inside blogger Khusnud's (unmarked) text written before the march; points to the march day"},
 ],
 "actors": [
  {"name": "Kolkata", "type": "city", "aliases": ["Kolkata"]},
  {"name": "Kolkatans", "type": "group", "aliases": ["Kolkatans"]},
  {"name": "SlutWalk Kolkata organizers", "type": "group", "aliases": ["The organizers"]},
  {"name": "Khusnud", "type": "person", "aliases": ["blogger Khusnud"]},
  {"name": "Sharib Ali", "type": "person", "aliases": ["Sharib Ali"]},
  {"name": "Kolkata police", "type": "organisation", "aliases": ["the police"]},
 ],
 "notes": [
  "Global Voices citizen-media roundup: three voices (the organizers' Facebook page, blogger Khusnud, Sharib Ali) are quoted as unmarked block quotations after 'explained ... on their Facebook Page.', 'wrote:' and 'described the event:'. With no quote marks around them they are not annotated as quotes; the speaker of each block is clear from the line before it.",
  "Spans in quote marks that are not quotes: ‘City of Joy’ (nickname), “slutwalk” (name), ‘khanki’ and ‘Bhodrolok’ (words glossed). The hypothetical utterance in Khusnud's text ('if someone says,” Her perfume ... raped her“!') has reversed marks (closing mark first) and renders no real speaker's words; not annotated.",
  "Figures disagree: the report gives 'over a hundred young men and women' marching, Sharib Ali 'around 300 women'; both count Kolkata marchers but with a different scope (all marchers, men and women, vs women only: a total vs a part), so they do not share a quantity key.",
  "'3 month’s infant': an age, unit months, claimed by Khusnud inside his block.",
  "Not figures: '24 May, 2012', '24th may' (dates).",
  "second reading: removed the shared quantity key kolkata_slutwalk_2012:marchers from 'a hundred' (young men and women) and '300' (women): a total and a part are not the same quantity by the guidelines.",
 ],
}
