K = "kyrgyzstan_unrest_2010:"
CR = "P.J. Crowley"
ICRC = "International Committee of the Red Cross"
USG = "United States government"
KG = "Kyrgyz provisional government"
ANN = {
 "article": "articles/state_2010_kyrgyzstan_crowley_aid.txt",
 "gold_out": "gold/state_2010_kyrgyzstan_crowley_aid.json",
 "published": "2010-06-14",
 "quotes": [
  {"text": "very close touch", "speaker": CR, "speaker_mention": "Crowley", "fragment": True,
   "note": "short phrase inside reported speech: 'Crowley affirmed that U.S. officials are maintaining “very close touch” with ...'"},
  {"text": "We, along with other international donors, are in the process of providing humanitarian aid, and we are in discussions with the provisional government regarding their humanitarian requirements", "speaker": CR, "speaker_mention": "Crowley",
   "note": "'Crowley said' after the quote; the comma before the closing mark is dropped"},
  {"text": "to provide assistance and help the provisional government stabilize the situation", "speaker": CR, "speaker_mention": "Crowley", "fragment": True,
   "note": "the quoted words end a sentence of narration ('The United States is looking at how it can work ... “to provide ...,” Crowley said'): a fragment; the comma before the closing mark is dropped"},
 ],
 "figures": [
  {"text": "1 million", "value": 1000000, "unit": None, "counted": "people of Kyrgyzstan who are ethnic Uzbeks", "source": None, "approx": "around",
   "note": "'nearly 1 million' -> around; the outlet's own background figure"},
  {"text": "5.5 million", "value": 5500000, "unit": None, "counted": "people of Kyrgyzstan (population)", "source": None, "approx": None},
  {"quantity": K+"deaths", "text": "100", "value": 100, "unit": None, "counted": "people killed in the violence", "source": ICRC, "approx": "more than",
   "note": "'According to the International Committee of the Red Cross (ICRC), more than 100 people have been killed'; shares kyrgyzstan_unrest_2010:deaths with the 60 (VOA), 62/200 (Wikinews 12 June) and 97 (Wikinews 14 June) of the other items of the story"},
  {"quantity": K+"wounded", "text": "1,200", "value": 1200, "unit": None, "counted": "people injured", "source": ICRC, "approx": "more than",
   "note": "same ICRC sentence; shares kyrgyzstan_unrest_2010:wounded with 'hundreds wounded' (VOA) and 'over 800' (Wikinews 12 June)"},
  {"quantity": K+"uzbeks_at_border", "text": "80,000", "value": 80000, "unit": None, "counted": "people who have fled their homes toward Uzbekistan", "source": ICRC, "approx": "around",
   "note": "'an estimated 80,000' -> around; still governed by 'According to the ... ICRC'; put side by side with the 'as many as 75,000 Uzbeks ... crowding the border trying to get into Uzbekistan' and 'Thousands of Uzbeks ... crowded the border' of the Wikinews items (same quantity: people fleeing toward Uzbekistan)"},
 ],
 "events": [
  {"actor": CR, "date": "2010-06-14", "date_text": "June 14", "what": "Crowley spoke to reporters about the violence in Kyrgyzstan", "ctx": "Speaking to reporters June 14",
   "note": "the date modifies 'Speaking to reporters', whose subject is Crowley ('Speaking to reporters June 14, Crowley said ...')"},
  {"actor": "Hillary Rodham Clinton", "date": "2010-06-14", "date_text": "earlier in the day", "what": "Clinton spoke with the foreign minister of Kazakhstan about the situation",
   "note": "'later/earlier in the day' = the day of the sentence: the day Crowley spoke, June 14"},
  {"actor": None, "date": "2010-06-10", "date_text": "since June 10", "what": "violence between Kyrgyz and ethnic Uzbeks has raged in southern Kyrgyzstan",
   "note": "'Violence ... has raged since June 10': the subject is the violence, no agent"},
  {"actor": None, "date": "2010-06-10", "date_text": "since then", "what": "more than 100 people killed and more than 1,200 injured (ICRC count)",
   "note": "'then' points back to 'since June 10' in the sentence before; passive 'have been killed and ... injured' without an agent, so null (the ICRC is the claimant of the figures, not the agent of the killings)"},
 ],
 "actors": [
  {"name": CR, "type": "person", "aliases": ["State Department spokesman P.J. Crowley", "Crowley"]},
  {"name": USG, "type": "organisation", "aliases": ["The Obama administration", "U.S. officials", "The United States"]},
  {"name": "Hillary Rodham Clinton", "type": "person", "aliases": ["Secretary of State Hillary Rodham Clinton"]},
  {"name": "Robert Blake", "type": "person", "aliases": ["Assistant Secretary of State for South and Central Asian Affairs Robert Blake"]},
  {"name": KG, "type": "organisation", "aliases": ["the Kyrgyz Republic’s provisional government", "the provisional government", "Kyrgyz authorities"]},
  {"name": "Organization for Security and Co-operation in Europe", "type": "organisation", "aliases": ["the Organization for Security and Co-operation in Europe", "OSCE"]},
  {"name": ICRC, "type": "organisation", "aliases": ["the International Committee of the Red Cross", "ICRC"]},
 ],
 "notes": [
  "State Department (America.gov) staff report by Stephen Kaufman dated 14 June 2010, as posted by the U.S. Mission Geneva on 15 June; story kyrgyzstan_unrest_2010 with wn_2010_kyrgyzstan_asks_russia, voa_2010_kyrgyzstan_appeals_russia (12 June) and wn_2010_kyrgyzstan_toll_rises (14 June).",
  "Three quotes of one speaker, State Department spokesman P.J. Crowley, named in the first paragraph and then as 'Crowley'; two are fragments ('very close touch'; 'to provide assistance ...', which closes a sentence of narration).",
  "The ICRC casualty figures (more than 100 killed, more than 1,200 injured, an estimated 80,000 fled) are claimed by the ICRC through 'According to the International Committee of the Red Cross (ICRC)'; they share the story's keys deaths, wounded and uzbeks_at_border. The population figures (nearly 1 million Uzbeks of 5.5 million people) are the outlet's own (source null).",
  "Events: 'June 14' (Crowley speaking), 'earlier in the day' (Clinton's call, same day), 'since June 10' (the violence, no agent) and 'since then' in the ICRC sentence, which points back to June 10 (passive 'have been killed ... injured' without agent: null). The dateline 'Washington —' is not an event.",
  "The foreign minister of Kazakhstan (unnamed, spoken to) and 'other international donors' do not act on their own in the text and are not actors; 'non humanitarian assistance' is printed without a hyphen.",
  "second reading (annotator): quote boundaries checked against the curly marks (two trailing commas dropped); the three ICRC figures' approximators (more than / more than / an estimated -> around); every alias checked as an exact substring; 14 June 2010 was a Monday.",
 ],
}
