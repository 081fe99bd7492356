S = "ukraine_humanitarian_crisis_un_2022:"
US = "United States"
ANN = {
 "article": "articles/state_2022_ukraine_aid_186_million_three_million_refugees.txt",
 "gold_out": "gold/state_2022_ukraine_aid_186_million_three_million_refugees.json",
 "published": "2022-03-15",
 "quotes": [],
 "figures": [
  {"text": "$186 million", "value": 186e6, "unit": "USD", "counted": "additional humanitarian assistance the United States is providing", "source": None, "approx": "more than",
   "note": "'The United States is providing over $186 million in additional humanitarian assistance': 'over' -> more than. The statement is Blinken's (meta author), but the kept text names no author or claimant: the statement's own voice, so null (as the release's own voice in state_2014_iraq_aid_nearly_48_million)"},
  {"quantity": S+"refugees_fled_ukraine", "text": "three million", "value": 3e6, "unit": None, "counted": "refugees affected by Russia’s war in Ukraine", "source": None, "approx": "more than",
   "note": "'the more than three million refugees affected by Russia’s ... war in Ukraine': the refugees who have fled Ukraine since 24 February (Axios, same day: 'Over 3 million refugees have fled Ukraine'); same key as '2.5 million' (11 March), 'more than one million' (3 March) and the GOV.UK items' 1.7 million and half a million. Statement's own voice, null"},
  {"text": "$293 million", "value": 293e6, "unit": "USD", "counted": "humanitarian assistance provided inside Ukraine and in the region since late February", "source": None, "approx": "around",
   "note": "'including providing nearly $293 million in humanitarian assistance both inside Ukraine and in the region since late February': 'nearly' -> around; the total since the invasion (includes the new $186 million, per Axios's correction), not the same quantity as the total since 2014; no key (no other item states it)"},
  {"quantity": S+"us_humanitarian_total_since_2014", "text": "$644 million", "value": 644e6, "unit": "USD", "counted": "U.S. funding to vulnerable communities in the region since Russia first invaded Ukraine eight years ago", "source": None, "approx": "around",
   "note": "'Our funding to-date amounts to nearly $644 million to vulnerable communities in the region since Russia first invaded Ukraine eight years ago': 'nearly' -> around. The same running total as Thomas-Greenfield's 'nearly $405 million to vulnerable communities since Russia invaded Ukraine eight years ago' of 3 March (state_2022_thomas_greenfield_one_million_fled): same key"},
 ],
 "events": [
  {"actor": US, "date": "2022-02", "date_text": "since late February", "what": "the United States has provided nearly $293 million in humanitarian assistance (from then on)",
   "note": "'The United States is the largest single-country donor ..., including providing nearly $293 million ... since late February': the expression modifies 'providing', whose subject is the United States (as 'since May 17, Centcom has assisted' -> Centcom); 'late February' is a part of the month, normalised to the month (2022)"},
  {"actor": "Russia", "date": "2014", "date_text": "eight years ago", "what": "Russia first invaded Ukraine",
   "note": "'since Russia first invaded Ukraine eight years ago': the expression modifies 'invaded', subject Russia; 2022 minus eight years = 2014 (a year, as 'four years ago' -> 2004 in the set)"},
 ],
 "actors": [
  {"name": US, "type": "country", "aliases": ["The United States"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
 ],
 "notes": [
  "State Department press statement of Tuesday 15 March 2022 (Secretary Blinken's, per Axios, The Hill and Business Standard; see meta published_evidence) announcing over $186 million in new humanitarian aid for people displaced by Russia's war in Ukraine, from the stored state.gov page, which prints no title, date or author (line 1 rebuilt from the address). Story ukraine_humanitarian_crisis_un_2022 with state_2022_price_briefing_2_5_million_fled (11 March) and state_2022_thomas_greenfield_one_million_fled (3 March) of this folder and the GOV.UK items of that story in real/dev.",
  "No quotes (no quote marks). The kept text names no author, so every figure is in the statement's own voice: source null (unlike state_2022_afghan_quake_blinken_55_million, whose repost prints 'Secretary of State Antony J. Blinken released the following statement:').",
  "Keys: ukraine_humanitarian_crisis_un_2022:refugees_fled_ukraine ('three million'; the running count of people who fled Ukraine, also in the other two items of this folder and two GOV.UK items of real/dev) and ukraine_humanitarian_crisis_un_2022:us_humanitarian_total_since_2014 ('$644 million' here, '$405 million' on 3 March: the U.S. total since 2014 at two dates). '$186 million' and '$293 million' have no key.",
  "Events: 'since late February' (U.S. providing, United States) and 'eight years ago' (Russia invaded, Russia). Left out: 'to-date' (vague, up to now), 'when possible' (not a date), 'continuing', 'immediate'. 'eight years ago' is a date, not a duration figure.",
  "Actors: the United States (is providing; 'We call', 'Our funding' are the United States speaking) and Russia ('for Russia to facilitate', 'Russia first invaded'). Not listed: 'humanitarian organizations', 'the neighboring countries that are welcoming and supporting refugees', 'our international and non-governmental partners' (unnamed groups), Ukraine (place).",
  "Not figures: 'single-country', 'eight' in 'eight years ago' (part of a date expression).",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored excerpt: text identical apart from the listed edits (double spaces after full stops kept as printed, curly apostrophes kept); 'over' -> more than, 'more than' three million, 'nearly' x2 -> around; no claimant named so every source null; the two events and the left-out 'to-date' rechecked; aliases exact. No change.",
 ],
}
