GWB = "George W. Bush"
MMS = "Manmohan Singh"
ANN = {
 "article": "articles/voa_2006_bush_en_route_india_visit.txt",
 "gold_out": "gold/voa_2006_bush_en_route_india_visit.json",
 "published": "2006-03-01",
 "quotes": [
  {"text": "The separation plan that is being outlined is not only consistent with the imperatives of national security, it also protects our vital research and development interests",
   "speaker": MMS, "speaker_mention": "Singh",
   "note": "'..., said Singh.' after the quote; Singh is introduced in the paragraph before ('Indian Prime Minister Manmohan Singh this week says ...'); the trailing comma before the closing mark is dropped"},
 ],
 "figures": [
  {"text": "50,000", "value": 50000, "unit": None, "counted": "predominantly Muslim protesters", "source": None, "approx": "around",
   "note": "'some 50,000' = around; VOA's own voice (no claimant named; the organiser's claim in the next sentence is about the public's feelings, not the count)"},
 ],
 "events": [
  {"actor": MMS, "date": "2006-02-27/2006-03-05", "date_text": "this week", "what": "Singh says the deal could strengthen India's national security",
   "note": "'Indian Prime Minister Manmohan Singh this week says ...': the ISO week (Monday-Sunday) of the Wednesday report; Singh is the agent of 'says'"},
  {"actor": GWB, "date": "2006-02", "date_text": "last month", "what": "Bush's speech previewing his trip to India",
   "note": "date on the noun 'a speech last month'; the text says whose speech it was ('President Bush said ...'), so Bush is the actor; February 2006"},
  {"actor": "predominantly Muslim protesters", "date": "2006-03-01", "date_text": "Wednesday", "what": "some 50,000 protesters gathered in New Delhi against Bush",
   "note": "'some 50,000 predominantly Muslim protesters gathered in the capital Wednesday': the protesters are the agent of 'gathered'; Wednesday is the day of the report"},
 ],
 "actors": [
  {"name": GWB, "type": "person", "aliases": ["President Bush", "Mr. Bush", "the U.S. president"]},
  {"name": MMS, "type": "person", "aliases": ["Indian Prime Minister Manmohan Singh", "Singh"]},
  {"name": "Indian officials", "type": "group", "aliases": ["Indian officials"]},
  {"name": "India", "type": "country", "aliases": ["India"]},
  {"name": "predominantly Muslim protesters", "type": "group", "aliases": ["predominantly Muslim protesters"]},
  {"name": "Abdul Hameed Nomani", "type": "person", "aliases": ["Protest organizer Abdul Hameed Nomani", "Abdul Hameed Nomani"]},
 ],
 "notes": [
  "VOA News report of Wednesday 1 March 2006 (URL date), as President Bush flew to New Delhi for his first visit to India. First of three VOA items of story bush_south_asia_trip_2006 (with voa_2006_pakistan_security_tight_bush_visit of 3 March and voa_2006_bush_pakistan_talks_musharraf of 4 March).",
  "One quote: Singh's, attributed after the quote by 'said Singh' and introduced in the paragraph before ('Manmohan Singh this week says ...'). Abdul Hameed Nomani's claim and Bush's claims ('President Bush said relations have never been better ...') are reported speech without quote marks: no quotes.",
  "One figure: 'some 50,000' protesters (VOA's voice, approx around). Not figures: 'his first visit' and 'the first of what is expected to be several demonstrations' (ordinals), 'several' (vague determiner, not one of the number words; as in other dev items), 'hours ahead of' (vague), 'some international inspections' ('some' is not a number there).",
  "Events: 'this week' (Singh's remarks), 'last month' (Bush's speech) and 'Wednesday' (the protest). 'hours ahead of President Bush's arrival' is vague and relative: no event. 'Indian officials say' (present tense, no date) is not an event.",
  "Actors: Bush ('President Bush', 'Mr. Bush', 'the U.S. president' in Nomani's claim), Singh, 'Indian officials' (say the talks go on), India (must separate its facilities; has never signed the NPT), the protesters and their organiser Nomani. 'both governments', 'Indian and U.S. lawmakers' and 'officials' (who want to welcome Bush) act only in general statements and are not listed.",
  "second reading (annotator): re-read the whole item once against the stored copy and FORMAT.md sections 1-2: text and edits checked, the single quote's span and speaker, the one figure, the three dates (1 March 2006 is a Wednesday; ISO week 9 = 27 Feb-5 Mar) and actor aliases rechecked; no change.",
 ],
}
