BO = "Belgian officials"
ANN = {
 "article": "articles/wn_2016_brussels_airport_metro_explosions.txt",
 "gold_out": "gold/wn_2016_brussels_airport_metro_explosions.json",
 "published": "2016-03-22",
 "quotes": [
  {"text": "There was dust everywhere, glass everywhere there was chaos. There were people on the floor everywhere. The roofing came down. It was quite a mess. [...] A lot of people were in panic. I saw a lot of blood, a lot of people were injured. People were crying, on the floor, covered by parts of the roofing. I saw a lot of leg injuries, a lot of people couldn't move anymore. There were quite a lot of people injured. In the departure hall — you saw people storming out, it was like run for your life.",
   "speaker": "Jef Versele", "speaker_mention": "he",
   "note": "Versele is named in the sentence before ('Jef Versele, a business traveller ..., witnessed the events'); the cue is 'In remarks to NBC News, he said,'. One quotation with an ellipsis '[...]' inside the marks; final period kept"},
 ],
 "figures": [
  {"quantity": "brussels_attacks_2016:deaths", "text": "26", "value": 26, "unit": None, "counted": "people killed in the attacks", "source": BO, "approx": "at least",
   "note": "'At least 26 people, according to Belgian officials, have been killed': claimant named in apposition; VOA of 29 March gives the revised toll 32 (earlier 35), same key"},
 ],
 "events": [
  {"actor": None, "date": "2016-03-22", "date_text": "today", "what": "at least 26 killed and many injured in attacks on transport infrastructure in Brussels",
   "note": "'have been killed and many more have been injured today': passives without agent; outlet's own 'today' (not inside speech) is the published day, Tuesday 22 March 2016"},
  {"actor": "suicide bomber", "date": "2016-03-22", "date_text": "at approximately 08:00", "what": "explosion in the check-in area at Brussels Airport",
   "note": "the time dates the noun 'one of the explosions', which 'was likely conducted by a suicide bomber' (passive with a by-agent, as Authorities stated): the actor is that bomber; a clock time is the reference day"},
 ],
 "actors": [
  {"name": BO, "type": "group", "aliases": ["Belgian officials", "Authorities"]},
  {"name": "suicide bomber", "type": "person", "aliases": ["a suicide bomber"]},
  {"name": "Jef Versele", "type": "person", "aliases": ["Jef Versele", "a business traveller intending to fly to Rome"]},
  {"name": "Eurostar", "type": "organisation", "aliases": ["Eurostar"]},
  {"name": "Thalys", "type": "organisation", "aliases": ["Thalys", "the train company Thalys"]},
 ],
 "notes": [
  "Wikinews report of Tuesday 22 March 2016 (mobile view) on the bombings at Brussels Airport and Maelbeek/Maalbeek metro station that morning; story brussels_attacks_2016 with voa_2016_brussels_toll_revised_32 (29 March).",
  "Cross-report figures: 'At least 26' killed (Belgian officials, day one) shares brussels_attacks_2016:deaths with the VOA headline and lead '32' and the earlier '35' of 29 March.",
  "'Authorities have stated' is taken as the same Belgian officials as the lead's claimant (the text names no other authority); they claim no number in this item.",
  "Not figures: '08:00' (time of day, part of the event's date expression), 'UTC+1' (a time zone designation), 'one of the explosions' (a pronoun-like 'one of'). Not events: 'subsequent' (vague), 'has been shut down' (no date).",
  "Eurostar and Thalys act (stopped service, shut down network) without a date; NBC News only receives Versele's remarks and is not an actor; the European Commission and the Council of the European Union are places of reference and do not act.",
  "The last paragraph (Jan Jambon) was cut mid-word in the stored copy and dropped (see meta edits).",
  "second reading (same annotator): re-read the item against FORMAT.md; checked the one quote span (marks, ellipsis kept inside), the only number token '26' and both date expressions; kept the 08:00 explosion's actor as the suicide bomber named in its by-phrase.",
 ],
}
