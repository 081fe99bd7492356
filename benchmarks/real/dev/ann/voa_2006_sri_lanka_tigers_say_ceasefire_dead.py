T = "Tamil Tigers"
A = "Sri Lankan army"
G = "Sri Lankan government"
O = "Thorfinnur Omarsson"
M = "European cease-fire monitors"
ANN = {
 "article": "articles/voa_2006_sri_lanka_tigers_say_ceasefire_dead.txt",
 "gold_out": "gold/voa_2006_sri_lanka_tigers_say_ceasefire_dead.json",
 "published": "2006-07-31",
 "quotes": [
  {"text": "They say that if the attacks from the air and from the ground from the government sources continue, the LTTE will have no option but to retaliate. That's their standpoint.",
   "speaker": O, "speaker_mention": "he",
   "note": "Omarsson relaying the LTTE letter ('He said the rebel group ... sent a letter' in the paragraph before; 'he said' in the same paragraph); the words are his (he paraphrases the rebels' position, 'They say ...'), so he is the speaker. Final '.' inside the closing mark kept"},
 ],
 "figures": [
  {"text": "Four", "ctx": "Four days of air strikes", "value": 4, "unit": "days", "counted": "days of air strikes that preceded the offensive", "source": None, "approx": None,
   "note": "'Four days of air strikes preceded the offensive.': the outlet's own voice (the officials' clause ends with the sentence before), so no claimant"},
  {"text": "two decades", "value": 20, "unit": "years", "counted": "decades of ethnic war the cease-fire was to end", "source": None, "approx": None,
   "note": "'to end two decades of ethnic war': outlet's voice; two decades = 20 years (as 'two decades' elsewhere in dev)"},
 ],
 "events": [
  {"actor": None, "date": "2002", "date_text": "in 2002", "ctx": "was signed in 2002", "what": "the cease-fire was signed",
   "note": "'since that cease-fire was signed in 2002': passive without a by-agent, so null (the signatories are named only in the last paragraph, for the separate 'in 2002' there)"},
  {"actor": A, "date": "2006-07-30", "date_text": "On Sunday", "what": "the Sri Lankan army moved into rebel territory in Trincomalee district",
   "note": "'On Sunday, the Sri Lankan army moved into rebel territory': active verb, agent the army; Sunday before Monday 31 July 2006 = 30 July"},
  {"actor": None, "date": "2002", "date_text": "four years ago", "what": "the cease-fire was signed",
   "note": "'since the cease-fire was signed four years ago': passive without agent, null; 2006 minus four = 2002 (a relative date, not a figure, as 'three years ago' in dev)"},
  {"actor": T, "date": "2006-07-31", "date_text": "early Monday", "what": "the LTTE sent a letter to the monitors declaring they may strike back",
   "note": "'He said the rebel group, also known as the LTTE, sent a letter to the monitors early Monday': the date modifies 'sent', whose subject is the rebel group (the LTTE); Omarsson's saying is undated. Monday = the publication day"},
  {"actor": G + " and " + T, "date": "2002", "date_text": "in 2002", "ctx": "signed a cease-fire in 2002", "what": "the government and the Tamil Tigers signed a cease-fire",
   "note": "'The government and the Tamil Tigers signed a cease-fire in 2002': active verb with a joint subject, written 'X and Y' with canonical names"},
 ],
 "actors": [
  {"name": T, "type": "organisation", "aliases": ["Tamil Tigers", "the Tamil Tigers", "Tamil Tiger guerrilla group", "the rebel group", "the LTTE", "the rebels"]},
  {"name": A, "type": "organisation", "aliases": ["the Sri Lankan army", "government forces"]},
  {"name": G, "type": "organisation", "aliases": ["the government", "Government officials", "Officials in the capital Colombo"]},
  {"name": O, "type": "person", "aliases": ["Thorfinnur Omarsson"]},
  {"name": M, "type": "organisation", "aliases": ["the European cease-fire monitors", "peace monitors", "the monitors"]},
 ],
 "notes": [
  "VOA report (no byline) of Monday 31 July 2006 on the Sri Lankan army's move into LTTE territory in Trincomalee district (the Mavil Aru sluice-gate offensive); story sri_lanka_east_offensive_2006 with voa_2006_sri_lanka_muttur_aid_workers_executed (7 August) and wn_2006_sri_lanka_troops_capture_sampur (4 September).",
  "Quotes: the stored copy prints '\"They put the responsibility on the government side, he said. \"They say ... That's their standpoint.\"' - the closing mark after 'government side,' is missing (kept as printed, see meta edits). 'They put the responsibility on the government side' is Omarsson's words too, but it has no closing mark before the attribution, so it cannot be a gold quote (build_gold requires a closing mark); it is left out deliberately and build_gold lists the straight-mark span 'They put ... he said. ' as unannotated. Only the second sentence group, which has both marks, is gold.",
  "Indirect speech, not quotes: regional leaders say the cease-fire is dead; government officials say they remain committed; the Tamil Tigers say they are close to retaliating; peace monitors say it was the first time; officials in Colombo say the offensive aimed to take an irrigation channel.",
  "Figures: 'Four days' (air strikes) and 'two decades' (the war). Not figures: '2002' twice (years), 'four years ago' (a relative date, an event), 'first attempt' and 'the first time' (ordinals). No figure here shares a quantity with the other two items of the story (they give no durations of the air strikes or the war).",
  "Actors: 'government forces' (three times) is the army's side of the fighting, listed under Sri Lankan army; 'the government' and the officials are the Sri Lankan government. 'regional leaders from the Tamil Tiger guerrilla group' speak for the Tigers (one actor). Omarsson speaks for the European cease-fire monitors (separate actor, he is named).",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: quote text and marks, every number token (2002 x2, four, Four, two), the five date expressions (two 'in 2002' told apart by ctx; Sunday = 30 July, Monday = 31 July 2006), event agents (active subjects vs agentless passives), aliases exact and unshared; no change.",
 ],
}
