CNDD = "National Council for Democracy and Development"
MC = "Moussa Camara"
AS = "Ahmed Tidiane Souare"
AU = "African Union"
SEC = "Guinea's security chiefs"
ANN = {
 "article": "articles/voa_2008_guinea_pm_surrenders_coup_leaders.txt",
 "gold_out": "gold/voa_2008_guinea_pm_surrenders_coup_leaders.json",
 "published": "2008-12-25",
 "quotes": [
  {"text": "stern measures", "speaker": AU, "speaker_mention": "The African Union", "fragment": True,
   "note": "straight quotes; 'The African Union has condemned the coup, warning of what it calls \"stern measures\"': a phrase of the AU's inside reported speech ('it' = the AU, same sentence)"},
 ],
 "figures": [
  {"text": "two dozen", "value": 24, "unit": None, "counted": "officials toppled in the take-over", "source": None, "approx": "more than",
   "note": "'Souare surrendered ... along with more than two dozen officials toppled in Tuesday's military take-over': 'two dozen' = 24; 'more than' -> more than; outlet's voice"},
  {"text": "$15 million", "value": 15000000, "unit": "USD", "counted": "worth of aid", "source": "United States", "approx": None,
   "note": "'The United States is threatening to suspend $15 million worth of aid if coup leaders do not take steps to return to civilian rule': the amount of the US threat; the United States is the subject"},
 ],
 "events": [
  {"actor": CNDD, "date": "2008-12-22/2008-12-28", "date_text": "this week", "what": "mutinous soldiers took power",
   "note": "'Mutinous soldiers took power this week following the death of long-time President Lansana Conte': the soldiers (alias of the council) are the subject of 'took'; the ISO week of Thursday 25 December 2008 (Monday 22 - Sunday 28)"},
  {"actor": CNDD, "date": "2008-12-23", "date_text": "Tuesday's", "what": "the military take-over",
   "note": "dated noun: 'officials toppled in Tuesday's military take-over'; the text says who took over ('Mutinous soldiers took power this week', the sentence before), so the actor is the coup soldiers' council. Tuesday 23 December 2008"},
  {"actor": "former Guinean government", "date": "2008-12-25", "date_text": "until Thursday evening", "what": "deadline for former government officials to turn themselves in",
   "note": "'Camara had given former government officials until Thursday evening to turn themselves in': a deadline for the officials' act (turning themselves in), as 'police have until the end of the day today to charge the suspects' and 'The tribunal has until September 6th to certify a winner' elsewhere in the set, so the actor is the officials (alias 'former government officials'), not Camara who set it. Thursday 25 December 2008, the day of publication"},
  {"actor": SEC, "date": "2008-12-25", "date_text": "Thursday", "ctx": "surrendered Thursday", "what": "the chiefs of police and customs and the former head of the armed forces surrendered",
   "note": "'The chiefs of police and customs as well as the former head of all Guinea's armed forces also surrendered Thursday': the subject of 'surrendered' is the chiefs together; one group actor (a joint 'X and Y' name cannot be written here, as 'chiefs of police and customs' itself contains 'and'), its aliases are the two descriptions"},
  {"actor": CNDD, "date": "2008-12-24", "date_text": "Wednesday evening", "what": "soldiers paraded Camara through the capital to the presidential palace",
   "note": "'They paraded Camara through the streets of the capital Wednesday evening': 'They' = 'the mutinous soldiers' of the sentence before (alias of the council); Wednesday 24 December 2008"},
 ],
 "actors": [
  {"name": CNDD, "type": "group", "aliases": ["National Council for Democracy and Development", "Mutinous soldiers", "the mutinous soldiers", "coup leaders", "the military", "the army"]},
  {"name": MC, "type": "person", "aliases": ["Army Captain Moussa Camara", "Camara", "an army captain"]},
  {"name": AS, "type": "person", "aliases": ["Prime Minister Ahmed Tidiane Souare", "Souare", "Guinea's prime minister"]},
  {"name": "former Guinean government", "type": "organisation", "aliases": ["the former government", "former government officials", "the former officials", "other government officials", "civilian leaders", "the Conte government"]},
  {"name": SEC, "type": "group", "aliases": ["The chiefs of police and customs", "the former head of all Guinea's armed forces"]},
  {"name": AU, "type": "organisation", "aliases": ["The African Union"]},
  {"name": "United States", "type": "country", "aliases": ["The United States"]},
  {"name": "Voice of America", "type": "organisation", "aliases": ["VOA", "a reporter for VOA in Conakry"]},
 ],
 "notes": [
  "VOA News report of Thursday 25 December 2008 (kept from testbig.com's word-for-word reprint) on Prime Minister Souare's surrender to the coup leaders; story guinea_coup_2008 with voa_2008_guinea_coup_plotters_curfew_new_leader (24 December) and voa_2008_guinea_coup_leaders_choose_prime_minister (30 December).",
  "The unfinished last sentence of the stored copy (Camara's council of six civilians and 26 soldiers, which would have shared keys with the other two items) is dropped, so this item has no cross-item key; 'more than two dozen officials' and '$15 million' appear only here.",
  "Souare's words are reported speech without quote marks ('Souare said all members of the former government are at the military's disposal ...'); the only quote is the AU's 'stern measures' (fragment).",
  "Events: five date expressions, all with agents: 'this week' (soldiers took power), 'Tuesday's' take-over (dated noun, agent named the sentence before), 'until Thursday evening' (the deadline for the former officials to turn themselves in, set by Camara), 'Thursday' (the security chiefs surrendered), 'Wednesday evening' ('They' = the mutinous soldiers paraded Camara). The surrender of Souare himself and 'After Souare's resignation' are undated in the text (the headline day is implied, not printed).",
  "Not figures: 'long-time', 'all members', 'any assistance' (no number). Lansana Conte is dead before the story and does not act: no actor; 'the Conte government' is an alias of the former government.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2: the one quote span, both number expressions ('two dozen', '$15 million'), the five dates against Thursday 25 December 2008 (this week = 22-28 December; Tuesday 23; Wednesday 24), and the aliases (no surface form in two actors).",
 ],
}
