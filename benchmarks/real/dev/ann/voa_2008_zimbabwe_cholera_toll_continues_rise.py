M = "Robert Mugabe"
T = "Thami Mseleku"
ANN = {
 "article": "articles/voa_2008_zimbabwe_cholera_toll_continues_rise.txt",
 "gold_out": "gold/voa_2008_zimbabwe_cholera_toll_continues_rise.json",
 "published": "2008-12-12",
 "quotes": [
  {"text": "Because of cholera Mr. Brown want military intervention", "speaker": M, "speaker_mention": "he", "fragment": False,
   "note": "'\"...,\" he said.'; trailing comma dropped; 'he' is Mugabe, subject of the paragraph before ('Mugabe repeated accusations ...')"},
  {"text": "Sarkozy wants military intervention. Bush wants military intervention, because of cholera. But I am happy to say, our doctors, being assisted by other and the WHO [World Health Organization], have now arrested cholera. So now that there is no cholera there is no cause for war anymore. Let's tell them that the cholera cause doesn't exist anymore.", "speaker": M, "speaker_mention": "he", "fragment": False,
   "note": "second part of the quotation interrupted by 'he said' (two quotes); the final '.' inside the marks is kept. Wikinews of 16 December quotes the same speech in other words"},
  {"text": "One, we have a cholera challenge and it's of a massive magnitude in Zimbabwe", "speaker": T, "speaker_mention": "he", "fragment": False,
   "note": "'\"...,\" he said.'; 'he' is Thami Mseleku, named in the sentence before ('Thami Mseleku, from the South African health ministry said ...')"},
  {"text": "Although there have been challenges of cholera in Zimbabwe like every other country and they have been able to manage them, this one is of a magnitude that is unprecedented and is already effecting other neighboring states and South Africa, as you know, is one of them. So, firstly that is the picture that is emerging and that we need to deal with that challenge per se.", "speaker": T, "speaker_mention": "he", "fragment": False,
   "note": "second part of Mseleku's quotation after 'he said'"},
 ],
 "figures": [
  {"text": "20 percent", "value": 20, "unit": "%", "counted": "share of those who catch the disease who have been dying in one town close to Harare", "source": None, "approx": None,
   "note": "'In one town, close to Harare, 20 percent of those who catch the disease have been dying.' The sentence before credits 'many continue to die' to 'United Nations statistics', but this sentence names no claimant of its own (the dropped, cut paragraph went on about Chitungwiza): source left null rather than guessed"},
 ],
 "events": [
  {"actor": None, "date": "2008-12-11", "date_text": "on Thursday", "what": "state funeral for a ruling party official, where Mugabe repeated accusations against the West",
   "note": "'At a state funeral for a ruling party official held on Thursday': the date modifies the participle 'held', a passive without a by-agent, so null by the literal rule (Mugabe is the agent of 'repeated' in the main clause, which the date does not modify directly). Thursday before Friday 12 December 2008 = 11 December, the day Wikinews gives for his address ('Last Thursday')"},
  {"actor": None, "date": "2008-12-12", "date_text": "On Friday", "what": "rain began falling heavily around the worst-hit areas",
   "note": "weather: no agent. Friday is the publication day"},
 ],
 "actors": [
  {"name": M, "type": "person", "aliases": ["President Robert Mugabe", "Zimbabwean President Robert Mugabe", "Mugabe"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["United Nations", "UN", "the U.N."]},
  {"name": "Southern African Development Community", "type": "organisation", "aliases": ["The Southern African Development Community", "SADC"]},
  {"name": T, "type": "person", "aliases": ["Thami Mseleku"]},
 ],
 "notes": [
  "VOA News report from Harare of Friday 12 December 2008 on the rising cholera toll in Zimbabwe and President Mugabe's claim, at a state funeral on Thursday 11 December, that cholera had been 'arrested'; story zimbabwe_cholera_2008 with wn_2008_zimbabwe_cholera_deaths_sharp_increase (Wikinews, 16 December).",
  "Quotes: two quotations each interrupted by 'he said', so four quotes; the speaker of each is named only in the paragraph or sentence before (Mugabe, Mseleku) and the attribution is the pronoun 'he'.",
  "Only one figure in the stored opening: the 20 percent dying in one town near Harare (source null, see its note). 'In one town' (a certain town, not a count), 'One,' in Mseleku's quote is an enumerator ('One, we have ...'), 'one of them' and 'this one' are pronouns: not figures. No national count, so no quantity key is shared with the Wikinews item.",
  "Headline 'UN: Cholera Death Toll Continues to Rise in Zimbabwe' holds no figure or date. 'has held a meeting' (SADC) carries no date: no event. The West, Mr. Brown, Sarkozy and Bush appear only inside Mugabe's accusations: not actors; the South African health ministry appears only in Mseleku's title.",
  "Second careful read of the whole item against FORMAT.md done by the annotator (text against the stored copy, quote boundaries and the split quotes, every number token, the two date expressions, aliases).",
 ],
}
