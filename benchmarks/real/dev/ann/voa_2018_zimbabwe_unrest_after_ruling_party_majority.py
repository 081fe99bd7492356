ZEC = "Zimbabwe Electoral Commission"
PR = "opposition protesters"
YM = "young protester"
WI = "other witnesses"
EU = "EU observer mission"
US = "US observer mission"
HD = "Hailemariam Desalegn"
K = "zimbabwe_election_2018:"
ANN = {
 "article": "articles/voa_2018_zimbabwe_unrest_after_ruling_party_majority.txt",
 "gold_out": "gold/voa_2018_zimbabwe_unrest_after_ruling_party_majority.json",
 "published": "2018-08-01",
 "quotes": [
  {"text": "You see, they are using military! How can a general be a president? That government is full of military personnel!", "speaker": YM, "speaker_mention": "one young man", "fragment": False,
   "note": "attribution after the quote ('shouted one young man'); the paragraph before says the protesters 'had plenty to say', so he is one of the unnamed protesters (own actor, not the 'young man' the soldiers beat)"},
  {"text": "subtle intimidation", "speaker": EU + " and " + US, "speaker_mention": "the EU and American observer missions", "fragment": True,
   "note": "short phrase in reported speech ('voicing worry over “subtle intimidation”'): the words of the two missions jointly (joint speaker 'X and Y')"},
  {"text": "in a speedy manner in accordance with the law.", "speaker": HD, "speaker_mention": "Former Ethiopian prime minister Hailemariam Desalegn", "fragment": True,
   "note": "phrase inside reported speech ('urged ZEC to conclude the electoral process “in a speedy manner ...'); the quotation runs on into the next paragraph, dropped because it is cut mid-word (meta edits), so the span runs to the end of the paragraph with no closing mark, as printed; final full stop inside the marks kept"},
 ],
 "figures": [
  {"text": "Two", "value": 2, "unit": None, "approx": None, "counted": "people shot dead in Zimbabwe's capital", "source": None, "ctx": "Two people were shot dead",
   "note": "the outlet's own statement (no claimant): null. Not the same quantity as the witnesses' 'one man shot dead' (one death they saw), so no shared key"},
  {"text": "38 years", "value": 38, "unit": "years", "approx": None, "counted": "years without Robert Mugabe on the ballot", "source": None,
   "note": "'the first in 38 years without longtime leader Robert Mugabe on the ballot': a duration, outlet's voice"},
  {"text": "five", "value": 5, "unit": None, "approx": None, "counted": "armored vehicles with mounted high-caliber weapons", "source": None,
   "note": "'VOA saw five armored vehicles': the outlet's own reporter is the witness, i.e. the outlet's own voice: null"},
  {"text": "three", "value": 3, "unit": None, "approx": None, "counted": "soldiers beating a young man with batons", "source": None,
   "note": "'VOA saw three soldiers': outlet's own voice: null"},
  {"text": "one", "value": 1, "unit": None, "approx": None, "counted": "man shot dead", "source": WI, "ctx": "one man shot dead",
   "note": "'other witnesses reported seeing one man shot dead': claimed by the witnesses"},
  {"text": "one", "value": 1, "unit": None, "approx": None, "counted": "young man who shouted", "source": None, "ctx": "one young man",
   "note": "'shouted one young man' counts the person (as 'One young first-time voter' in voa_2014_afghan_runoff_tally_votes); outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2018-08-01", "date_text": "Wednesday", "ctx": "capital Wednesday as", "what": "two people shot dead in Harare as soldiers and police fired on protesters",
   "note": "'Two people were shot dead in Zimbabwe’s capital Wednesday': the weekday modifies the passive 'were shot dead', which has no by-agent: null (the 'as soldiers and police fired' clause says what was going on, but the passive names no agent of the killing). Published Wednesday 1 August 2018, so the day itself"},
  {"actor": None, "date": "2018-07-30", "date_text": "Monday’s", "what": "presidential and parliamentary vote whose tallies are awaited",
   "note": "possessive weekday on the noun 'vote'; the text names no agent of the vote: null. Monday 30 July 2018"},
  {"actor": PR, "date": "2018-08-01", "date_text": "Wednesday", "ctx": "gathered Wednesday", "what": "demonstrators gathered outside the offices of the Zimbabwe Electoral Commission",
   "note": "'Demonstrators gathered Wednesday': the demonstrators (the protesters of the item) are the agent"},
  {"actor": None, "date": "2018-08-01", "date_text": "As the afternoon progressed", "what": "violence escalated outside the electoral commission",
   "note": "the afternoon of the reference day (as 'this morning' = the reference day); 'violence escalated' has no agent: null"},
 ],
 "actors": [
  {"name": ZEC, "type": "organisation", "aliases": ["Zimbabwe Electoral Commission", "ZEC", "the electoral commission"]},
  {"name": PR, "type": "group", "aliases": ["protesters", "Demonstrators", "Protesters"]},
  {"name": "Zimbabwean soldiers", "type": "organisation", "aliases": ["soldiers", "the army"]},
  {"name": "Zimbabwean police", "type": "organisation", "aliases": ["police"]},
  {"name": "Nelson Chamisa", "type": "person", "aliases": ["Opposition leader Nelson Chamisa", "Nelson Chamisa"]},
  {"name": "Emmerson Mnangagwa", "type": "person", "aliases": ["current President Emmerson Mnangagwa", "Emmerson Mnangagwa"]},
  {"name": WI, "type": "group", "aliases": ["other witnesses"]},
  {"name": YM, "type": "person", "aliases": ["one young man"]},
  {"name": "international observers", "type": "group", "aliases": ["international observers"]},
  {"name": EU, "type": "organisation", "aliases": ["EU"]},
  {"name": US, "type": "organisation", "aliases": ["American observer missions"]},
  {"name": HD, "type": "person", "aliases": ["Former Ethiopian prime minister Hailemariam Desalegn", "Hailemariam Desalegn"]},
 ],
 "notes": [
  "VOA report of Wednesday 1 August 2018 (no date or headline printed; see the meta file) on the shooting of protesters in Harare two days after Zimbabwe's general election of Monday 30 July 2018, while the presidential results were awaited. Story zimbabwe_election_2018 with voa_2018_zimbabwe_opposition_says_poll_rigged (3 August, after the electoral commission declared Mnangagwa the winner).",
  "No quantity keys: the item has no vote figures, and its death counts ('Two people were shot dead', the witnesses' 'one man shot dead') are not the same quantity as each other (one death seen against the day's toll) nor as anything in the 3 August item.",
  "Quotes: a protester's shout (attribution after the quote, speaker an unnamed 'one young man' introduced by the paragraph before), the observer missions' 'subtle intimidation' (joint speaker) and Hailemariam Desalegn's phrase, which runs on into the dropped last paragraph (no closing mark). The item never says what Hailemariam heads (the African Union's observer mission); he is listed under his name only.",
  "Actors: the soldiers and the police are kept apart ('soldiers and police fired', 'police in water-cannon trucks arrived', 'the army appeared', 'three soldiers beating'); 'the army' is an alias of the soldiers. VOA's own reporter ('VOA saw') is the outlet's voice and not an actor. Robert Mugabe, Zimbabweans (waiting) and 'a young man' (beaten) do not act or speak and are not listed.",
  "Not events: 'ahead of the vote' (relative, no date expression), 'First ... Then the army appeared' (sequence words). Not figures: none else; 'a woman', 'a bullet hole' are articles.",
  "Second careful read of the whole item against FORMAT.md sections 1-2 done by the annotator: quote spans and marks (the last one open by design, as in govuk_2022_pakistan_floods_additional_10m_ahmad), the two 'one' and two 'Wednesday' pinned by ctx, every date checked against the calendar (1 August 2018 a Wednesday, 30 July a Monday), every alias an exact surface form.",
 ],
}
