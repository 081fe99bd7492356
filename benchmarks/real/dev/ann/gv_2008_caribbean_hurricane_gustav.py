ANN = {
 "article": "articles/gv_2008_caribbean_hurricane_gustav.txt",
 "gold_out": "gold/gv_2008_caribbean_hurricane_gustav.json",
 "published": "2008-09-02",
 "quotes": [],
 "figures": [
  {"text": "three", "value": 3, "unit": "months", "counted": "months in which 2008 has produced a motley crew of storms", "source": None, "approx": None,
   "note": "'in three short months': the length of the 2008 hurricane season so far, in the post's own voice"},
 ],
 "events": [
  {"actor": None, "date": "2008", "date_text": "2008", "what": "the 2008 season produced a motley crew of storms",
   "note": "'while 2008 has produced a motley crew of storms': the year stands for the season and is itself the subject; no agent, so null"},
  {"actor": None, "date": "2008-08-26", "date_text": "on August 26", "what": "Gustav was categorized as a hurricane",
   "note": "'The storm ... was categorized as a hurricane on August 26': passive without a by-agent (the forecasters are not named), so null"},
  {"actor": None, "date": "2004", "date_text": "four years ago", "what": "the Caymans' experience with Hurricane Ivan",
   "note": "the date sits on the noun 'experience' (the Caymans' experience with Hurricane Ivan): a storm suffered, no agent, so null; 2008 - 4 = 2004 (Ivan struck the Cayman Islands in September 2004). A relative date, not a duration figure"},
  {"actor": None, "date": "2008-08-23", "date_text": "last Saturday", "what": "the thunderstorm that became Gustav passed over Grenada",
   "note": "inside Blah Bloh Blog's block quotation, written while 'T.S. Gustav is currently over JA' (tropical storm Gustav was over Jamaica on 28-29 August 2008), so 'last Saturday' is counted from the blog's day, not the post's: Saturday 23 August 2008 (counting from the post's Tuesday 2 September would give 30 August, when Gustav was over Cuba). Weather, no agent, so null"},
 ],
 "actors": [
  {"name": "Bloggers", "type": "group", "aliases": ["Bloggers"]},
  {"name": "Mighty Afroditee", "type": "person", "aliases": ["Mighty Afroditee"]},
  {"name": "Blah Bloh Blog", "type": "person", "aliases": ["Blah Bloh Blog"]},
  {"name": "Pwoje Espwa", "type": "organisation", "aliases": ["Pwoje Espwa"]},
 ],
 "notes": [
  "Global Voices roundup of Tuesday 2 September 2008 on bloggers' reactions to Hurricane Gustav in the Caribbean; story hurricane_gustav_caribbean_2008 with gv_2008_haiti_jamaica_hurricane_update (3 September 2008). No figure here shares a quantity with that item (it gives Haiti's tolls; this one none).",
  "No quotes: the bloggers' words (Mighty Afroditee, Blah Bloh Blog) are block quotations without quote marks, introduced by a colon; not quotes in the gold sense. The apostrophes and the '‘s' after 'Blah Bloh Blog' are not quote marks.",
  "Events: '2008' (the season as subject), 'on August 26' (passive, no agent), 'four years ago' (Ivan, 2004) and 'last Saturday' (in a blog quotation; dated from the blog's own day, see its note). Left out as vague: 'At least so far', 'currently', 'once again'.",
  "Figures: only 'three short months'. Not figures: 'four years ago' (a relative date), '2008' (a year), 'one' in 'Gustav is the one that stands out' (a pronoun), 'T.S.' (tropical storm), the hurricane names. 'Stunner' and 'Mad Bull' are bloggers named as addressees only, they do not act: not actors. The photo credit (Wayne Sutherland) was removed with its caption.",
  "Second careful read done by the annotator against FORMAT.md: no quote-marked speech, one number token, each date expression with its reference day (the blog's 'last Saturday' checked against Gustav's track), aliases unique to one actor.",
 ],
}
