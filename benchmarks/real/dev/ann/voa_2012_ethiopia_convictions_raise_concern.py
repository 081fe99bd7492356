S = "ethiopia_terror_trial_2012"
US = "United States"
AI = "Amnesty International"
GOV = "Ethiopian government"
PROS = "Ethiopian prosecutors"
RG = "Rights groups"
ANN = {
 "article": "articles/voa_2012_ethiopia_convictions_raise_concern.txt",
 "gold_out": "gold/voa_2012_ethiopia_convictions_raise_concern.json",
 "published": "2012-06-27",
 "quotes": [
  {"text": "deeply concerned", "speaker": US, "speaker_mention": "The United States", "fragment": True,
   "note": "'The United States says it is “deeply concerned” about ...': a short phrase inside reported speech; the text attributes it to the United States (the State Department statement is named in the fourth paragraph as Victoria Nuland's, but this sentence says 'The United States says')"},
  {"text": "serious questions", "speaker": "Victoria Nuland", "speaker_mention": "State Department Victoria Nuland", "fragment": True,
   "note": "'State Department Victoria Nuland said in a statement such convictions raise “serious questions” about ...': fragment inside reported speech"},
  {"text": "trumped up", "speaker": AI, "speaker_mention": "Rights group Amnesty International", "fragment": True,
   "note": "'Amnesty International also condemned the conviction, saying the men were found guilty on “trumped up” charges.”': fragment inside reported speech. The closing mark after 'charges.' has no opening mark (a stray mark as printed in VOA's copy); it opens no span and is not annotated"},
  {"text": "systematically destroyed by a government targeting any dissenting voice.", "speaker": AI, "speaker_mention": "The group", "fragment": True,
   "note": "'The group said freedom of expression is being “systematically destroyed by a government targeting any dissenting voice.”': partial quote inside reported speech; the speaker is named in the sentence before ('Rights group Amnesty International') and referred to here by the description 'The group'; the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"quantity": S + ":convicted_june", "text": "24", "value": 24, "unit": None, "counted": "people convicted on terrorism related charges", "source": US, "approx": None,
   "note": "'The United States says it is “deeply concerned” about the Ethiopian government's conviction of 24 people': the number stands inside what the United States is said to say -> source United States (literal reading of 'X says'). Same quantity as 'a total of 24 people' convicted 'Last month' in voa_2012_ethiopia_journalists_activists_jailed (13 July)"},
  {"text": "16", "value": 16, "unit": None, "counted": "men convicted in absentia", "source": None, "approx": None,
   "note": "'The men, 16 of whom were convicted in absentia': outlet's own voice"},
  {"text": "five", "value": 5, "unit": "years", "counted": "years of jail terms suggested by prosecutors", "source": PROS, "approx": None,
   "note": "'prosecutors on Wednesday suggested jail terms of five years to life': the lower end of the suggested range; the upper end is 'life' (not a number), so no value_max. Claimed by the prosecutors (their suggestion)"},
  {"text": "150", "value": 150, "unit": None, "counted": "opposition politicians and supporters detained since last year", "source": RG, "approx": "more than",
   "note": "'Rights groups say more than 150 opposition politicians and supporters have been detained ...': claimant 'Rights groups' (unnamed groups, kept as one group actor)"},
 ],
 "events": [
  {"actor": None, "date": "2012-06-27", "date_text": "Wednesday", "ctx": "guilty Wednesday", "what": "Eskinder Nega, Andualem Arage and others found guilty",
   "note": "'were among those found guilty Wednesday of charges ...': passive without a by-agent -> null (the first paragraph's 'the Ethiopian government's conviction' is undated and the court is not named). Wednesday before/at publication = 27 June 2012"},
  {"actor": PROS, "date": "2012-06-27", "date_text": "on Wednesday", "what": "prosecutors suggested jail terms of five years to life",
   "note": "'But prosecutors on Wednesday suggested jail terms ...': agent of 'suggested' is the prosecutors"},
  {"actor": None, "date": "2012-07", "date_text": "next month", "what": "the men to be sentenced",
   "note": "'when they are sentenced next month': passive without agent -> null; next month after June 2012 = July 2012 (sentences were handed down on 13 July 2012)"},
  {"actor": None, "date": "2011", "date_text": "last year", "ctx": "North Africa last year", "what": "anti-government protests swept North Africa",
   "note": "'the anti-government protests that swept North Africa last year': the subject of 'swept' is the protests (an event, not an actor named in the text) -> null; last year = 2011"},
  {"actor": None, "date": "2009", "date_text": "in 2009", "what": "anti-terror laws passed",
   "note": "'anti-terror laws passed in 2009': passive participle without agent -> null"},
  {"actor": None, "date": "2011", "date_text": "since last year", "what": "more than 150 opposition politicians and supporters detained",
   "note": "'have been detained since last year': passive without agent -> null; the start of the period is last year = 2011, normalised to the year"},
 ],
 "actors": [
  {"name": US, "type": "country", "aliases": ["The United States"]},
  {"name": "Victoria Nuland", "type": "person", "aliases": ["Victoria Nuland", "State Department Victoria Nuland"]},
  {"name": AI, "type": "organisation", "aliases": ["Amnesty International", "Rights group Amnesty International", "The group"]},
  {"name": GOV, "type": "organisation", "aliases": ["the Ethiopian government", "Ethiopia's government", "the government"]},
  {"name": PROS, "type": "organisation", "aliases": ["prosecutors"]},
  {"name": RG, "type": "group", "aliases": ["Rights groups"]},
  {"name": "Eskinder Nega", "type": "person", "aliases": ["Eskinder Nega", "Journalist Eskinder Nega"]},
  {"name": "Andualem Arage", "type": "person", "aliases": ["Andualem Arage", "opposition member Andualem Arage"]},
 ],
 "notes": [
  "VOA breaking-news blog post of Wednesday 27 June 2012 on the conviction that day in Addis Ababa of 24 people, among them journalist Eskinder Nega and opposition member Andualem Arage, under Ethiopia's anti-terror law, and the US reaction; story ethiopia_terror_trial_2012 with voa_2012_ethiopia_journalists_activists_jailed (VOA, 13 July, the sentences) and gv_2012_ethiopia_reactions_eskinder_sentence (Global Voices, 15 July).",
  "Cross-report figures: the 24 convicted share ethiopia_terror_trial_2012:convicted_june with 'a total of 24 people' convicted 'Last month' (VOA 13 July). The 16 convicted in absentia, the suggested 'five years' and the 150 detained appear once in the story.",
  "Quotes: four fragments in reported speech. 'The group' (Amnesty) is named a sentence before. The stray closing mark after 'charges.' is kept as printed and is not a quote span.",
  "Not figures: '2009' (year); 'Seven' in the party name 'Ginbot Seven'. 'life' is not a number. 'Some were also accused' has no number. Not events: undated acts ('condemned the conviction', 'has denied using', 'has labelled').",
  "Actors: 'critics' (generic, say what the laws are used for, no quote or number) and Ginbot Seven (does not act) are not listed. The Ethiopian government labels and denies (undated). The men/defendants are not listed as a group actor: they are acted on.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked each quote span (curly marks), the final '.' kept inside the Amnesty quote, 'Wednesday' = 27 June 2012, 'next month' = July 2012, 'last year' = 2011, the 'more than' hedge, and every alias as an exact substring.",
 ],
}
