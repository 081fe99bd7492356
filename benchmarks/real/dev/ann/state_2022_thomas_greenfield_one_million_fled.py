S = "ukraine_humanitarian_crisis_un_2022:"
LTG = "Linda Thomas-Greenfield"
US = "United States"
ANN = {
 "article": "articles/state_2022_thomas_greenfield_one_million_fled.txt",
 "gold_out": "gold/state_2022_thomas_greenfield_one_million_fled.json",
 "published": "2022-03-03",
 "quotes": [],
 "figures": [
  {"quantity": S+"refugees_fled_ukraine", "text": "one million", "value": 1e6, "unit": None, "counted": "people who have now left Ukraine", "source": LTG, "approx": "more than",
   "note": "'More than one million people have now left Ukraine, seeking refuge in neighboring countries': the statement is Thomas-Greenfield's (named in line 1, 'Statement by Ambassador Linda Thomas-Greenfield'), so she claims its figures, as Blinken in state_2022_afghan_quake_blinken_55_million. Same key as the '2.5 million' of 11 March and 'three million' of 15 March in this folder and the GOV.UK items' half a million (1 March) and 1.7 million (8 March)"},
  {"text": "$54 million", "value": 54e6, "unit": "USD", "counted": "additional humanitarian assistance announced last week", "source": LTG, "approx": "around",
   "note": "'Last week, we announced nearly $54 million in additional humanitarian assistance': 'nearly' -> around; no key (no other item of this folder states this tranche)"},
  {"quantity": S+"us_humanitarian_total_since_2014", "text": "$405 million", "value": 405e6, "unit": "USD", "counted": "total U.S. humanitarian assistance to vulnerable communities since Russia invaded Ukraine eight years ago", "source": LTG, "approx": "around",
   "note": "'bringing our total humanitarian assistance to nearly $405 million to vulnerable communities since Russia invaded Ukraine eight years ago': 'nearly' -> around. Same running total as the statement of 15 March's 'nearly $644 million to vulnerable communities in the region since Russia first invaded Ukraine eight years ago' (state_2022_ukraine_aid_186_million_three_million_refugees): same key"},
 ],
 "events": [
  {"actor": US, "date": "2022-02-21/2022-02-27", "date_text": "Last week", "what": "the United States announced nearly $54 million in additional humanitarian assistance",
   "note": "'Last week, we announced nearly $54 million ...': 'we' in the US Ambassador's statement is the United States (named as such in the next sentences, 'The United States stands ready', 'the United States has deployed experts'); the ISO week before Thursday 3 March 2022 = Monday 21 - Sunday 27 February 2022"},
  {"actor": "Russia", "date": "2014", "date_text": "eight years ago", "what": "Russia invaded Ukraine",
   "note": "'since Russia invaded Ukraine eight years ago': the expression modifies 'invaded', subject Russia; 2022 minus eight years = 2014"},
 ],
 "actors": [
  {"name": LTG, "type": "person", "aliases": ["Ambassador Linda Thomas-Greenfield"]},
  {"name": US, "type": "country", "aliases": ["The United States", "the United States"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "Russian forces", "type": "organisation", "aliases": ["Russian forces"]},
 ],
 "notes": [
  "Statement of Thursday 3 March 2022 by Linda Thomas-Greenfield, US Ambassador to the United Nations (US Mission to the UN, State Department), on the refugee crisis after Russia's invasion of Ukraine, kept from the US Embassy in Egypt's site, which posts it word for word (meta edits). Story ukraine_humanitarian_crisis_un_2022 with state_2022_price_briefing_2_5_million_fled (11 March) and state_2022_ukraine_aid_186_million_three_million_refugees (15 March) of this folder and the GOV.UK items of that story in real/dev.",
  "No quotes (no quote marks): a first-person statement whose author is named in line 1, so all three figures are claimed by Thomas-Greenfield.",
  "Keys: ukraine_humanitarian_crisis_un_2022:refugees_fled_ukraine ('one million'; the running count of people who fled Ukraine since 24 February) and ukraine_humanitarian_crisis_un_2022:us_humanitarian_total_since_2014 ('$405 million' here, '$644 million' on 15 March). '$54 million' has no key.",
  "Events: 'Last week' (the United States announced $54 million) and 'eight years ago' (Russia invaded Ukraine). Left out: 'Today, we reached a grim milestone' (a bare 'today' inside a first-person statement, as the three 'today' in state_2020_pompeo_covid_aid_900_million; the 'we' of that sentence is not clearly the United States either), 'now', 'each day' (not dates). The release's date line 'March 3, 2022' was removed with the furniture (meta edits).",
  "Actors: Thomas-Greenfield (author), the United States ('we announced', 'stands ready', 'has deployed experts'), Russia ('Russia invaded Ukraine'; 'Russia’s unprovoked ... attack') and Russian forces ('strikes by Russian forces', the agent of the strikes). Not listed: Vladimir Putin (only possessor: 'Putin’s War of Choice', 'Vladimir Putin’s war of choice', as in state_2022_blinken_kuleba_call_40_1_billion), 'its allies and partners', 'European allies, partners, and international organizations' (unnamed groups), Ukrainians (helped).",
  "Not figures: 'eight' in 'eight years ago' (part of a date expression), 'each day'.",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored excerpt: text identical apart from the listed edits (curly apostrophes and the en dash kept); 'More than' -> more than, 'nearly' x2 -> around; last week from Thursday 3 March 2022 = 21-27 February; bare 'Today' left out; aliases exact and not shared ('Russia' and 'Russian forces' are separate forms). No change.",
 ],
}
