A = "Lloyd J. Austin III"
ANN = {
 "article": "articles/dod_2022_udcg_intensifying_efforts.txt",
 "gold_out": "gold/dod_2022_udcg_intensifying_efforts.json",
 "published": "2022-05-23",
 "quotes": [
  {"text": "After today's discussions, I'm pleased to report that we're intensifying our efforts", "speaker": A, "speaker_mention": "Austin", "ctx": "After today's discussions, I'm pleased to report that we're intensifying our efforts"},
  {"text": "Moving forward we'll continue to deepen our coordination and cooperation so that Ukraine can sustain and strengthen its battlefield operations. Our combined efforts will also fortify and modernize Ukraine's armed forces to help them deter future Russian aggression.", "speaker": A, "speaker_mention": "Austin",
   "note": "second half of a quote split by 'Austin said'"},
  {"text": "The bravery the skill and the grit of the Ukrainian people have inspired people everywhere", "speaker": A, "speaker_mention": "Austin"},
  {"text": "Many countries are donating critically needed artillery ammunition, coastal defense systems and tanks and other armored vehicles", "speaker": A, "speaker_mention": "Austin"},
  {"text": "Others came forward with new commitments for training Ukraine's forces and sustaining its military systems.", "speaker": A, "speaker_mention": "Austin",
   "note": "second half of a quote split by 'Austin said'"},
 ],
 "figures": [
  {"text": "a month", "value": 1, "unit": "months", "approx": "more than", "counted": "time since the contact group was formed", "source": A, "ctx": "In just over a month",
   "note": "'just over a month' = more than one month; claimed by Austin ('..., Secretary of Defense Lloyd J. Austin III said')"},
  {"quantity": "ukraine_udcg_may2022:nations_participating", "text": "47", "value": 47, "counted": "nations participating in the contact group meeting", "source": None},
  {"quantity": "ukraine_udcg_may2022:months_since_invasion", "text": "three", "value": 3, "unit": "months", "counted": "time since Russia's invasion of Ukraine", "source": None, "ctx": "It has been three months"},
 ],
 "events": [
  {"actor": "Ukraine Defense Contact Group", "date": "2022-06", "date_text": "next month", "what": "to hold in-person meeting in Brussels",
   "note": "future reference announced by Austin: the month after May 2022"},
  {"actor": "Ukraine Defense Contact Group", "date": "2022-05-23", "date_text": "today", "what": "defense leaders heard from Ukrainian officials", "ctx": "At the meeting today"},
 ],
 "actors": [
  {"name": A, "type": "person", "aliases": ["Secretary of Defense Lloyd J. Austin III", "Austin", "The secretary"]},
  {"name": "Mark Milley", "type": "person", "aliases": ["Army Gen. Mark Milley"]},
  {"name": "Ukraine Defense Contact Group", "type": "organisation", "aliases": ["the Ukraine Defense Contact Group", "the contact group", "the group", "the defense leaders"]},
  {"name": "Oleksii Reznikov", "type": "person", "aliases": ["Ukrainian Defense Minister Alexei Reznikoff"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine"]},
 ],
 "notes": [
  "DOD News story on the virtual Ukraine Defense Contact Group meeting of Monday 23 May 2022 ('At the meeting today'); the stored copy has no headline and no printed date.",
  "'47 nations' disagrees with 'Some 44 nations' in dod_2022_udcg_virtual_meeting: same key ukraine_udcg_may2022:nations_participating. Both unattributed (DOD narrative).",
  "'three months' since the invasion shares ukraine_udcg_may2022:months_since_invasion with Austin's 'For three months' in the companion item.",
  "'today' / 'today's' inside Austin's quotes are not events; 'Right now' and 'Moving forward' are vague and not events.",
  "The Ukrainian defence minister is printed as 'Alexei Reznikoff'; canonical name Oleksii Reznikov.",
 ],
}
