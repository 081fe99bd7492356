ANN = {
 "article": "articles/wn_2008_gaza_airstrikes.txt",
 "gold_out": "gold/wn_2008_gaza_airstrikes.json",
 "published": "2008-12-27",
 "quotes": [
  {"text": "Hamas will continue the resistance until the last drop of blood", "speaker": "Fawzi Barhoum", "speaker_mention": "Hamas spokesman Fawzi Barhoum"},
  {"text": "condemns this aggression", "speaker": "Mahmoud Abbas", "speaker_mention": "Palestinian President Mahmoud Abbas", "fragment": True},
 ],
 "figures": [
  {"text": "30", "value": 30, "counted": "simultaneous missiles strikes on Hamas installations", "approx": "at least"},
  {"text": "220", "value": 220, "counted": "lives claimed by the air strikes", "source": "Moawiya Hassanain", "approx": "at least",
   "note": "claimant named in the next sentence ('according to Health Ministry officer Moawiya Hassanain')"},
  {"text": "700", "value": 700, "counted": "people injured in the air strikes", "source": "Moawiya Hassanain", "approx": "more than"},
  {"text": "thirteen", "value": 13, "counted": "rockets and mortar shells that hit southern Israel"},
 ],
 "events": [
  {"actor": "Israel", "date": "2008-12-27", "date_text": "on Saturday", "what": "air strikes claimed at least 220 lives"},
  {"actor": None, "date": "2008-12-26", "date_text": "on Friday", "what": "13 rockets and mortar shells hit southern Israel",
   "note": "no agent in the text (who fired is not said)"},
 ],
 "actors": [
  {"name": "Israel", "type": "country", "aliases": ["Israel"]},
  {"name": "Hamas", "type": "organisation", "aliases": ["Hamas"]},
  {"name": "Moawiya Hassanain", "type": "person", "aliases": ["Moawiya Hassanain", "Health Ministry officer Moawiya Hassanain"]},
  {"name": "Fawzi Barhoum", "type": "person", "aliases": ["Fawzi Barhoum", "Hamas spokesman Fawzi Barhoum"]},
  {"name": "Mahmoud Abbas", "type": "person", "aliases": ["Mahmoud Abbas", "Palestinian President Mahmoud Abbas"]},
 ],
 "notes": [
  "Wikinews report of Saturday 27 Dec 2008, first day of Israel's Gaza offensive.",
  "'“massive”' is an unattributed epithet (scare quotes, no speaker in the text) and is not annotated as a quote.",
  "Deliberately excluded: '16' in 'F-16' (designation).",
  "The last paragraph (Olmert's and Barak's statements, 'last week', 'on Thursday') was truncated in the stored copy and removed.",
  "second reading: speaker_mention of 'condemns this aggression' changed from 'he' to 'Palestinian President Mahmoud Abbas' (the subject of 'says'; 'he' is inside the reported clause).",
 ],
}
