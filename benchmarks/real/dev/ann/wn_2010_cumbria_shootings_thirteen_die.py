K = "cumbria_shootings_2010:"
POL = "Cumbria Police"
DCC = "Deputy Chief Constable of Cumbria"
ANN = {
 "article": "articles/wn_2010_cumbria_shootings_thirteen_die.txt",
 "gold_out": "gold/wn_2010_cumbria_shootings_thirteen_die.json",
 "published": "2010-06-02",
 "quotes": [
  {"text": "When I first got here it must have just happened. There was a man lying on the ground with police stood over him and a jacket on him",
   "speaker": "Peter Watson", "speaker_mention": "he", "fragment": False,
   "note": "eye-witness quoted by the BBC; named in the sentence before ('including Peter Watson of Whitehaven') and attributed by the pronoun ('he reported'); trailing comma before the closing mark dropped"},
 ],
 "figures": [
  {"text": "Thirteen", "value": 13, "unit": None, "counted": "people who died in Cumbria in the series of shootings", "source": None, "approx": None,
   "note": "headline, outlet's voice: the twelve victims plus the gunman, a different scope from the police's 'twelve people had been killed', so no shared key"},
  {"quantity": K + "killed", "text": "twelve", "value": 12, "unit": None, "counted": "people killed", "source": POL, "approx": None,
   "note": "'Police later confirmed that twelve people had been killed': claimant the police"},
  {"quantity": K + "injured", "text": "thirteen", "value": 13, "unit": None, "counted": "people injured", "source": POL, "approx": None,
   "note": "'with a further thirteen injured', same police confirmation; lower case 'thirteen' is a different string from the headline's 'Thirteen'"},
  {"quantity": K + "injured_critical", "text": "three", "value": 3, "unit": None, "counted": "injured critically", "source": POL, "approx": None,
   "note": "'three critically': part of the same police confirmation"},
  {"quantity": K + "crime_scenes", "text": "thirty", "value": 30, "unit": None, "counted": "different crime scenes", "source": None, "approx": None,
   "note": "'with a total of thirty different crime scenes': outlet's voice, no claimant in this or the next sentence"},
  {"text": "52", "value": 52, "unit": "years", "counted": "age of Derrick Bird", "source": None, "approx": None,
   "note": "'52 year old local man Derrick Bird': an age; the passive 'was named as' has no agent, so source null"},
 ],
 "events": [
  {"actor": None, "date": "2010-06-02", "date_text": "at about 10.30 local time", "what": "the first victim, a fellow taxi driver, was shot in Whitehaven",
   "note": "passive without a by-agent ('a fellow taxi driver shot in Whitehaven at about 10.30'): actor null by the convention, although the text makes Bird the shooter ('The first of Bird's victims'); a time of day = the reference day, Wednesday 2 June 2010 (the date line)"},
  {"actor": DCC, "date": "2010-06-02", "date_text": "at 14:04 BST", "what": "the Deputy Chief Constable reported that a body believed to be Bird was found near Boot",
   "note": "'at 14:04 BST (13:04 UTC) the Deputy Chief Constable of Cumbria reported ...': the time modifies 'reported', whose subject is the Deputy Chief Constable; the finding itself ('was found') is a passive without agent"},
  {"actor": DCC, "date": "2010-06-02", "date_text": "13:04 UTC", "what": "the same report, time given in UTC",
   "note": "a separate time expression in the parenthesis (as in the Irkutsk item); same act and actor, same day"},
  {"actor": "Theresa May", "date": "2010-06-03", "date_text": "tomorrow", "what": "Theresa May is due to make a statement on the incident to the House of Commons",
   "note": "future act of the Home Secretary; tomorrow = Thursday 3 June 2010"},
 ],
 "actors": [
  {"name": POL, "type": "organisation", "aliases": ["Police", "police"]},
  {"name": "Derrick Bird", "type": "person", "aliases": ["Derrick Bird", "Bird", "52 year old local man Derrick Bird", "The prime suspect"]},
  {"name": DCC, "type": "person", "aliases": ["the Deputy Chief Constable of Cumbria"]},
  {"name": "BBC News", "type": "organisation", "aliases": ["BBC News", "British news network BBC News"]},
  {"name": "Peter Watson", "type": "person", "aliases": ["Peter Watson", "Peter Watson of Whitehaven"]},
  {"name": "Theresa May", "type": "person", "aliases": ["Theresa May", "Home Secretary Theresa May"]},
 ],
 "notes": [
  "Wikinews report of Wednesday 2 June 2010 (kept from a verbatim reposting on tobtua.com) on the shootings by taxi driver Derrick Bird in west Cumbria; story cumbria_shootings_2010 (single item in this folder; the keys are given for later items of the story).",
  "Figures claimed by the police: twelve killed, thirteen injured, three critically ('Police later confirmed that ...'). The headline's 'Thirteen' (dead including the gunman) and 'thirty different crime scenes' are in the outlet's voice.",
  "Not figures: '10.30', '14:04 BST', '13:04 UTC' (times of day), 'the first time in its history', 'The first of Bird's victims' (ordinals), 'several eye-witnesses', 'many schools' (vague quantifiers without a number), 'Citroën Picasso' (a model name), 'half term' (the school holiday, not a fraction).",
  "Events: three times of day on the reference day (the first shooting, passive without agent -> null; the Deputy Chief Constable's report at 14:04 BST and its UTC equivalent) and 'tomorrow' (Theresa May's statement). 'later', 'currently' are vague; the date line was removed as page furniture. 'was locked down', 'were advised by police' carry no date.",
  "Actors: 'the Deputy Chief Constable of Cumbria' (Stuart Hyde, not named in the text) is kept apart from the police as a whole; the House of Commons, the Sellafield plant and the victims do not act. 'police' inside Watson's quote is a witness's description, not an act of the force.",
  "Second careful read of the whole item against FORMAT.md done by the annotator: the quote's trailing comma, the case of 'Thirteen'/'thirteen', the police as claimant of all three casualty figures, the UTC parenthesis as its own event and 'tomorrow' = 3 June rechecked.",
 ],
}
