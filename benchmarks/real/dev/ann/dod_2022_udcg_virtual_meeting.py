A = "Lloyd J. Austin III"
ANN = {
 "article": "articles/dod_2022_udcg_virtual_meeting.txt",
 "gold_out": "gold/dod_2022_udcg_virtual_meeting.json",
 "published": "2022-05-23",
 "quotes": [
  {"text": "We're all here today because of the extraordinary valor and resilience of Ukraine soldiers and citizens", "speaker": A, "speaker_mention": "the secretary"},
  {"text": "For three months, Ukraine has been fighting with grit and tactical ingenuity against an entirely unprovoked invasion by its far larger neighbor.", "speaker": A, "speaker_mention": "the secretary",
   "note": "second half of a quote split by its attribution ('the secretary said in introductory remarks ...')"},
 ],
 "figures": [
  {"quantity": "ukraine_udcg_may2022:nations_participating", "text": "44", "value": 44, "approx": "around", "counted": "nations participating in the contact group meeting", "source": None},
  {"quantity": "ukraine_udcg_may2022:months_since_invasion", "text": "three", "value": 3, "unit": "months", "counted": "duration of Ukraine's fight against the invasion", "source": A, "ctx": "For three months"},
 ],
 "events": [
  {"actor": None, "date": "2022-04", "date_text": "last month", "what": "first contact group meeting held at Ramstein",
   "note": "participle 'held' without an agent: actor null"},
  {"actor": "Russian Armed Forces", "date": "2022-02", "date_text": "in the early days of the war", "what": "Kyiv was the objective of Russian forces",
   "note": "the early days of the full-scale invasion (from 24 Feb 2022), normalised to the month as in the seed ('in the early days of its 2022 invasion')"},
 ],
 "actors": [
  {"name": A, "type": "person", "aliases": ["Secretary of Defense Lloyd J. Austin III", "Austin", "the secretary"]},
  {"name": "Ukraine Defense Contact Group", "type": "organisation", "aliases": ["the Ukraine Defense Contact Group", "this group", "the group"]},
  {"name": "Russian Armed Forces", "type": "organisation", "aliases": ["Russian forces"]},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine"]},
  {"name": "Armed Forces of Ukraine", "type": "organisation", "aliases": ["the Ukraine military"]},
 ],
 "notes": [
  "DOD News story on the virtual Ukraine Defense Contact Group meeting of Monday 23 May 2022 (published that day; the stored copy prints no date, the date is that of the meeting, cf. the companion item dod_2022_udcg_intensifying_efforts and Pentagon coverage of 23 May 2022).",
  "'Some 44 nations' (unattributed narrative, approx 'around') disagrees with '47 nations' in dod_2022_udcg_intensifying_efforts: same quantity key ukraine_udcg_may2022:nations_participating.",
  "Austin's 'For three months' (duration of the war so far) shares the key ukraine_udcg_may2022:months_since_invasion with 'It has been three months since Russia's ... invasion' in the companion item.",
  "'today' inside Austin's quote is not an event (today inside speech); 'now' is vague; 'first meeting' is an ordinal.",
 ],
}
