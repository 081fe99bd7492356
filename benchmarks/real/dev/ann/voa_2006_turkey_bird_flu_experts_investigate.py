K = "turkey_bird_flu_2006:"
TD = "bird_flu_pledges_2006:turkey_deaths"
WHO = "World Health Organization"
FC = "Fadela Chaib"
ANN = {
 "article": "articles/voa_2006_turkey_bird_flu_experts_investigate.txt",
 "gold_out": "gold/voa_2006_turkey_bird_flu_experts_investigate.json",
 "published": "2006-01-06",
 "quotes": [
  {"text": "It is the first time we have avian flu outside East Asia", "speaker": FC, "speaker_mention": "she",
   "note": "first half of a quotation interrupted by its attribution ('she said.'); the trailing comma inside the marks is dropped; 'she' is Fadela Chaib, named as 'A WHO spokeswoman, Fadela Chaib' in the paragraph before"},
  {"text": "We were worried about five countries in Asia, and now we have one country in Europe, Turkey. And, we are also worried about these clusters of cases. You know that the nightmare will be, if we have an epidemic.  It means, if avian flu is transmitted from a person to a person.", "speaker": FC, "speaker_mention": "she",
   "note": "second half of the same quotation after 'she said.'; the double spaces inside the quote are as printed; final '.' inside the marks kept"},
 ],
 "figures": [
  {"quantity": TD, "text": "three", "value": 3, "unit": None, "counted": "children from one family who have died", "source": WHO, "approx": None, "ctx": "where three children",
   "note": "inside the WHO's reported statement ('The World Health Organization, WHO, says a team ... is investigating an outbreak ... in a remote area of Turkey, where three children from one family have died and 25 people are being treated ...'). The Turkish death toll: same key as the 'Four fatalities in Turkey this month' of the bird_flu_pledges_2006 items (18 January) and the tolls of the other items of this story (three, two, 'at least two', four)"},
  {"text": "25", "value": 25, "unit": None, "counted": "people being treated for possible bird flu symptoms in the remote area", "source": WHO, "approx": None,
   "note": "same WHO sentence; suspected patients in the Van area, not confirmed cases (no key: VOA of 10 January gives 'Some 70' hospitalized in all of Turkey, another scope)"},
  {"text": "five", "value": 5, "unit": None, "counted": "countries in Asia the WHO was worried about", "source": FC, "approx": None, "ctx": "about five countries",
   "note": "inside Chaib's quote"},
  {"text": "one", "value": 1, "unit": None, "counted": "country in Europe (Turkey) with avian flu", "source": FC, "approx": None, "ctx": "have one country in Europe",
   "note": "inside Chaib's quote; a count set against 'five countries in Asia' (not the pronoun 'one')"},
  {"quantity": TD, "text": "two", "value": 2, "unit": None, "counted": "siblings who died of the H5N1 strain (preliminary tests)", "source": WHO, "approx": None, "ctx": "first two siblings",
   "note": "'Officials at the World Health Organization said Thursday preliminary tests indicate the first two siblings died of the H5N1 strain': the H5N1-confirmed part of the Turkish toll ('first' is an ordinal, 'two' the count); same key as the 'three' above, which counts all deaths including the suspected third"},
  {"text": "142", "value": 142, "unit": None, "counted": "human cases of H5N1 infections reported in Viet Nam, Thailand, Cambodia, Indonesia and China since January 2004", "source": None, "approx": None,
   "note": "passive 'have been reported' without a claimant; VOA's background (the WHO is named two sentences earlier only)"},
  {"quantity": K+"asia_deaths", "text": "74", "value": 74, "unit": None, "counted": "deaths among the H5N1 cases in East Asia since January 2004", "source": None, "approx": None,
   "note": "same sentence, VOA's voice; the H5N1 toll in Asia before Turkey: same key as '74 people ... killed by H5N1 since 2003' (9 January) and 'more than 70 people in Asia' (10 January)"},
  {"text": "millions", "value": None, "vague": True, "unit": None, "counted": "people a global pandemic could kill", "source": "Scientists", "approx": None,
   "note": "'They [Scientists] warn this could trigger a global pandemic with the potential for killing millions of people'"},
  {"text": "five", "value": 5, "unit": None, "counted": "WHO specialists investigating the outbreak in Turkey", "source": None, "approx": None, "ctx": "The five WHO specialists",
   "note": "VOA's voice (no claim verb in the sentence)"},
 ],
 "events": [
  {"actor": WHO, "date": "2006-01-05", "date_text": "Thursday", "what": "WHO officials said preliminary tests indicate the first two siblings died of H5N1",
   "note": "'Officials at the World Health Organization said Thursday ...': agent of 'said'; the Thursday before the Friday 6 January report"},
  {"actor": None, "date": "2004-01", "date_text": "Since January 2004", "what": "start of the count of 142 H5N1 cases and 74 deaths in East Asia",
   "note": "dates the start of the period of the count; passive 'have been reported' without agent (as 'since 1991' in voa_2008_burma_aid_toll_22000)"},
 ],
 "actors": [
  {"name": WHO, "type": "organisation", "aliases": ["The World Health Organization", "WHO", "the U.N. health agency", "Officials at the World Health Organization"]},
  {"name": "WHO team of experts", "type": "group", "aliases": ["a team of international experts", "The five WHO specialists", "the experts"]},
  {"name": FC, "type": "person", "aliases": ["A WHO spokeswoman, Fadela Chaib", "Fadela Chaib", "Ms. Chaib"]},
  {"name": "Turkish officials", "type": "group", "aliases": ["Turkish officials"]},
  {"name": "Scientists", "type": "group", "aliases": ["Scientists"]},
 ],
 "notes": [
  "VOA report of Friday 6 January 2006 (GlobalSecurity.org republication with the date line '06 January 2006'); first item of story turkey_bird_flu_2006 (human H5N1 cases in Turkey, January 2006) with the VOA items of 7, 9, 10 and 16 January. The Turkish death toll shares the key bird_flu_pledges_2006:turkey_deaths with the two 18 January items of story bird_flu_pledges_2006 ('Four fatalities in Turkey this month' / the WHO's 'four fatalities'): the same quantity (human bird flu deaths in Turkey) at a later date.",
  "Keys: bird_flu_pledges_2006:turkey_deaths (three children dead, WHO; the first two siblings dead of H5N1, WHO officials), turkey_bird_flu_2006:asia_deaths (74 deaths since January 2004, VOA's voice).",
  "Two quotes: one quotation of Fadela Chaib interrupted by 'she said.'; speaker mention 'she' both times (she is named in the paragraph before).",
  "Sources: the lead sentence is the WHO's statement ('The World Health Organization, WHO, says ...'), so its 'three' and '25' take the WHO; the 142 cases and 74 deaths are VOA's background (passive, no claimant); 'millions' is what the scientists warn of.",
  "Not figures: 'one' in 'from one family' (= a single, the same family: not a count set against another), 'first' (ordinal), 'H5N1' (designation), 'U.N.'. 'a virologist', 'an infection control specialist', 'a public health official' are not number tokens. Not events: 'now' in the quote; the team's future investigation has no date.",
  "Actors: 'Officials at the World Health Organization' speak for the WHO (alias of the organisation); the investigating team ('a team of international experts', 'The five WHO specialists', 'the experts') is a separate group; the Turkish Health Ministry is only named as a partner and does not act.",
  "second reading (annotator): re-checked the quote spans (straight marks; the comma before the closing mark of the first half dropped, the internal double spaces kept), the WHO attribution of the lead sentence, the ordinal 'first' beside the count 'two', 'Thursday' = 2006-01-05 against Friday 6 January, and that 25 (Van-area patients) is not keyed with 70 (all Turkey, 10 January); no change after the reading.",
 ],
}
