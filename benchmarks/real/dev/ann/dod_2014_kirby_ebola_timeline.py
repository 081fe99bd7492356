K = "ebola_west_africa_2014:"
KI = "John Kirby"
ANN = {
 "article": "articles/dod_2014_kirby_ebola_timeline.txt",
 "gold_out": "gold/dod_2014_kirby_ebola_timeline.json",
 "published": "2014-11-20",
 "quotes": [
  {"text": "We have to be prepared for this to go longer than six months", "speaker": KI, "speaker_mention": "he",
   "note": "first half of a quote split by 'he said'; 'he' = Kirby, named in the sentence before ('Kirby said it's too soon ...'); the comma before the closing mark is dropped"},
  {"text": "which is why the secretary authorized the call-up of more than 2,000 reserves and guard.", "speaker": KI, "speaker_mention": "he",
   "note": "second half of the split quote, after 'he said,'; keeps its final full stop; 'the secretary' (the Secretary of Defense, Chuck Hagel, not named in the text) is mentioned, not the speaker"},
  {"text": "As construction gets completed, the requirement for those types of troops may decrease", "speaker": KI, "speaker_mention": "Kirby",
   "note": "'Kirby said' after the quote; the comma before the closing mark is dropped; Volesky is named after the attribution but does not speak"},
 ],
 "figures": [
  {"quantity": K+"oua_mission_length_months", "text": "six", "value": 6, "unit": "months", "counted": "planned length of the US military mission (six-month mission)", "source": KI, "approx": None, "ctx": "six-month mission",
   "note": "'six-month mission': the number span is 'six'; the sentence is Kirby's reported speech ('..., Pentagon Press Secretary ... John Kirby said today'), so Kirby claims it"},
  {"quantity": K+"oua_mission_length_months", "text": "six", "value": 6, "unit": "months", "counted": "length of the mission the military must be prepared to exceed", "source": KI, "approx": "more than", "ctx": "longer than six months",
   "note": "inside Kirby's quote: 'go longer than six months' (could exceed) -> more than; the same six-month mission length as the first paragraph, so the same key"},
  {"text": "2,000", "value": 2000, "unit": None, "counted": "reserves and guard whose call-up the secretary authorized", "source": KI, "approx": "more than",
   "note": "inside Kirby's quote"},
  {"text": "2,500", "value": 2500, "unit": None, "counted": "U.S. military personnel in West Africa (Operation United Assistance)", "source": None, "approx": "more than",
   "note": "the outlet's own narration, no claimant in or next to the sentence"},
  {"text": "5,400", "value": 5400, "unit": None, "counted": "people killed by Ebola (Liberia, Sierra Leone, Guinea)", "source": "World Health Organization", "approx": "more than",
   "note": "'The World Health Organization says Ebola has killed more than 5,400 people ...'. No quantity key: the VOA item of 25 Oct (voa_2014_ebola_toll_nears_5000) counts deaths 'in eight countries' (deaths_total); this toll is scoped to three countries, a different scope"},
 ],
 "events": [
  {"actor": KI, "date": "2014-11-20", "date_text": "today", "what": "Kirby said the mission could be extended beyond six months",
   "note": "'John Kirby said today'; the dateline 'WASHINGTON, Nov. 20, 2014 –' is not an event"},
  {"actor": None, "date": "2014-03", "date_text": "since March", "what": "Ebola has killed more than 5,400 people in Liberia, Sierra Leone and Guinea",
   "note": "the subject of 'has killed' is the disease, not an actor: null"},
 ],
 "actors": [
  {"name": KI, "type": "person", "aliases": ["Pentagon Press Secretary Navy Rear Adm. John Kirby", "Kirby"]},
  {"name": "Chuck Hagel", "type": "person", "aliases": ["the secretary"]},
  {"name": "Gary J. Volesky", "type": "person", "aliases": ["Army Maj. General Gary J. Volesky", "the commander of the mission"]},
  {"name": "U.S. military personnel", "type": "organisation", "aliases": ["U.S. military personnel", "the American military personnel"]},
  {"name": "World Health Organization", "type": "organisation", "aliases": ["The World Health Organization"]},
 ],
 "notes": [
  "DoD News (American Forces Press Service) report by Nick Simeone of Thursday 20 November 2014, stored as republished by GlobalSecurity.org; the whole article is in the stored copy. Story ebola_west_africa_2014 with voa_2014_ebola_toll_nears_5000 (25 Oct).",
  "Three quotes of Kirby: a quote split by 'he said' (two quotes, the first ends with a dropped comma, the second keeps its full stop) and one with 'Kirby said' after it. 'he' resolves to Kirby, named in the preceding sentence.",
  "The two six-month figures ('six-month mission', 'longer than six months') state the same mission length (key ebola_west_africa_2014:oua_mission_length_months); the 2,000 reserves and guard and the six months inside the quote are claimed by Kirby. The 2,500 personnel in West Africa is narration (source null). The WHO toll of 5,400 is scoped to three countries and gets no shared key (the VOA toll counts eight countries).",
  "'the secretary' in the quote is the Secretary of Defense (Chuck Hagel in November 2014); the text does not name him, so the only alias is 'the secretary'. He authorized the call-up, with no date given: no event.",
  "Not events: 'the deadly disease', 'as construction gets completed' (no date). Not figures: 'None of the American military personnel' (no number).",
  "second reading (annotator): split-quote boundaries and marks checked; approximators (longer than -> more than; more than x3); 20 November 2014 was a Thursday.",
 ],
}
