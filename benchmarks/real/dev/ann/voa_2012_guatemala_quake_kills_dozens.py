P = "Otto Perez Molina"
J = "Jesus Ramirez Castillo"
USGS = "U.S. Geological Survey"
UN = "United Nations"
BAN = "Ban Ki-moon"
SD = "U.S. State Department"
EMB = "U.S. embassy in Guatemala City"
Q = "guatemala_quake_2012:"
ANN = {
 "article": "articles/voa_2012_guatemala_quake_kills_dozens.txt",
 "gold_out": "gold/voa_2012_guatemala_quake_kills_dozens.json",
 "published": "2012-11-08",
 "quotes": [
  {"text": "The number of fatal victims has continued rising and is now at 52 people. There are also 22 people missing", "speaker": P, "speaker_mention": "he",
   "note": "the paragraph before names Guatemalan President Otto Perez Molina; the attribution is the pronoun after the quote ('he said'); trailing comma dropped"},
  {"text": "I ran out to look for them. When I saw they weren't there I went back (inside the house) and I tried to pull my mother from where she was standing, and when I tried to pull her away the wall collapsed on top of us. My mother, my sister and my seven-month-old niece ended up under the wall, and I lost my leg", "speaker": J, "speaker_mention": "he",
   "note": "the resident is named in the sentence before the quote ('One resident, Jesus Ramirez Castillo, says ...'); attribution 'he said' after it; trailing comma dropped"},
 ],
 "figures": [
  {"quantity": Q + "killed", "text": "Dozens", "value": None, "vague": True, "unit": None, "counted": "killed by the earthquake", "source": P, "approx": None, "ctx": "Kills Dozens",
   "note": "headline 'Guatemala Earthquake Kills Dozens'; the claimant of the toll (President Perez Molina, 52 dead) opens the next sentence"},
  {"quantity": Q + "killed", "text": "52", "value": 52, "unit": None, "counted": "death toll from the earthquake", "source": P, "approx": None, "ctx": "risen to 52",
   "note": "'Otto Perez Molina says the death toll ... has risen to 52'"},
  {"quantity": Q + "killed", "text": "52", "value": 52, "unit": None, "counted": "people (fatal victims)", "source": P, "approx": None, "ctx": "now at 52 people",
   "note": "inside Perez's quote"},
  {"quantity": Q + "missing", "text": "22", "value": 22, "unit": None, "counted": "people missing", "source": P, "approx": None,
   "note": "inside Perez's quote"},
  {"quantity": Q + "magnitude", "text": "7.4", "value": 7.4, "unit": None, "counted": "earthquake magnitude", "source": None, "approx": None,
   "note": "a measure, unit null (as in the Haiti 2010 items); in the USGS sentence but a description of the earthquake, not what the USGS says about it (its claim is where the quake was centred), so null as in the model items"},
  {"text": "45", "value": 45, "unit": "km", "counted": "kilometers off Guatemala's Pacific coast", "source": USGS, "approx": "around",
   "note": "'The U.S. Geological Survey says the ... earthquake was centered about 45 kilometers off ...'"},
  {"text": "160", "value": 160, "unit": "km", "counted": "kilometers southwest of Guatemala City", "source": USGS, "approx": "around",
   "note": "same USGS sentence ('about 160 kilometers')"},
  {"text": "seven", "value": 7, "unit": "months", "counted": "month-old niece (age)", "source": J, "approx": None,
   "note": "age glued to its noun ('seven-month-old'), as '47' in '47-year-old'; inside the resident's quote"},
  {"quantity": Q + "us_embassy_relief", "text": "$50,000", "value": 50000, "unit": "USD", "counted": "immediate relief sent by the embassy", "source": SD, "approx": None,
   "note": "'The U.S. State Department says the embassy ... has sent $50,000'"},
 ],
 "events": [
  {"actor": None, "date": "2012-11-07", "date_text": "Wednesday", "what": "the earthquake in Guatemala",
   "note": "'the death toll from an earthquake Wednesday': the day dates the noun 'earthquake', a natural event with no agent (Wednesday 7 November 2012)"},
  {"actor": P, "date": "2012-11-08", "date_text": "Thursday", "what": "Perez said he expects rescuers to find more bodies",
   "note": "'Perez said Thursday he expects ...': the day modifies 'said', whose agent is Perez"},
 ],
 "actors": [
  {"name": P, "type": "person", "aliases": ["Guatemalan President Otto Perez Molina", "Perez"]},
  {"name": J, "type": "person", "aliases": ["Jesus Ramirez Castillo"]},
  {"name": USGS, "type": "organisation", "aliases": ["The U.S. Geological Survey"]},
  {"name": UN, "type": "organisation", "aliases": ["the U.N.", "a United Nations spokesperson"]},
  {"name": BAN, "type": "person", "aliases": ["Secretary-General Ban Ki-moon"]},
  {"name": SD, "type": "organisation", "aliases": ["The U.S. State Department"]},
  {"name": EMB, "type": "organisation", "aliases": ["the embassy in Guatemala City"]},
 ],
 "notes": [
  "VOA News report of Thursday 8 November 2012 (no date line; see the meta's published_evidence) on the magnitude 7.4 earthquake of Wednesday 7 November 2012 off Guatemala's Pacific coast; story guatemala_quake_2012.",
  "Claimants: President Otto Perez Molina (the toll of 52, twice, and 22 missing; the headline's 'Dozens' takes his key and his name from the next sentence), the USGS (where the quake was centred), the State Department (the embassy's $50,000). Keys guatemala_quake_2012:killed, :missing, :magnitude and :us_embassy_relief are written for other items of the story.",
  "Both quotes are attributed by a pronoun ('he said') after the quote, their speakers named in the sentence before: Perez in the lead paragraph, the resident in 'One resident, Jesus Ramirez Castillo, says ...'.",
  "The United Nations spokesperson's words are reported speech without quote marks (Ban is 'saddened', the U.N. 'is ready to help'): no quote. 'a United Nations spokesperson' is listed as an alias of the United Nations (the spokesperson is unnamed).",
  "Not figures: 'One resident' (an indefinite determiner, not a count); no other number token is left out. 'Some information for this report was provided by AP and AFP' is the outlet's credit line.",
  "Events: 'Wednesday' (the quake, no agent) and 'Thursday' (Perez said). 'now' and 'immediate' are vague.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (quote spans and the dropped trailing commas, the two '52' pinned with ctx, the km figures hedged 'about' -> around, the vague headline 'Dozens', weekday dates Wednesday 7 and Thursday 8 November 2012, alias surface forms); no change.",
 ],
}
