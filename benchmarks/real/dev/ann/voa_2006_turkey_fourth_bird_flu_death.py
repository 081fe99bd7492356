TD = "bird_flu_pledges_2006:turkey_deaths"
THO = "Turkish health officials"
IO = "Indonesian officials"
ANN = {
 "article": "articles/voa_2006_turkey_fourth_bird_flu_death.txt",
 "gold_out": "gold/voa_2006_turkey_fourth_bird_flu_death.json",
 "published": "2006-01-16",
 "quotes": [],
 "figures": [
  {"text": "12", "value": 12, "unit": "years", "counted": "age of the girl who died Sunday infected with bird flu", "source": THO, "approx": None, "ctx": "a 12-year-old",
   "note": "'Health officials in Turkey say tests confirm that a 12-year-old girl who died Sunday was infected ...': inside the officials' claim"},
  {"quantity": TD, "text": "four", "value": 4, "unit": None, "counted": "children in Turkey who have died from the H5N1 strain", "source": THO, "approx": None,
   "note": "'Officials say four children in Turkey have died from the H5N1 strain': the Turkish toll, same key as the 'Four fatalities in Turkey this month' (VOA) and the WHO's 'four fatalities' (USINFO) of 18 January and the three / two of 6-10 January. 'Fourth' in the headline is an ordinal"},
  {"text": "16", "value": 16, "unit": None, "counted": "other people in Turkey infected with the H5N1 strain", "source": THO, "approx": None,
   "note": "same sentence; the living cases only (4 dead + 16 = 20 cases), so not keyed with the running case totals (17, 10) of 9 January"},
  {"text": "13", "value": 13, "unit": "years", "counted": "age of the Indonesian girl who died of bird flu", "source": IO, "approx": None,
   "note": "'In Indonesia, officials say a 13-year-old girl has died of bird flu'"},
  {"text": "12", "value": 12, "unit": None, "counted": "people killed by the H5N1 strain in Indonesia", "source": None, "approx": None, "ctx": "killed 12 people",
   "note": "'... but tests have not confirmed if she had the H5N1 strain that has killed 12 people there': the 'but' clause is VOA's own comment on the officials' claim (no claim verb), source null"},
  {"quantity": "bird_flu_pledges_2006:pledge_target", "text": "$1 billion", "value": 1e9, "unit": "USD", "counted": "donations the World Bank seeks at the global conference on fighting bird flu", "source": None, "approx": "more than",
   "note": "'the World Bank seeks more than $1 billion in donations': the World Bank is the seeker, not a claimant (as a pledger in voa_2006_bird_flu_pledges_nearly_2_billion); the fundraising target of the Beijing conference, the same quantity as the '$1.2 billion' initial target in voa_2006_bird_flu_pledges_nearly_2_billion (which carries no key there)"},
 ],
 "events": [
  {"actor": None, "date": "2006-01-15", "date_text": "Sunday", "what": "the 12-year-old girl died",
   "note": "'a 12-year-old girl who died Sunday': a death, no agent; the Sunday before the Monday 16 January report"},
  {"actor": None, "date": "2006-01-17", "date_text": "on Tuesday", "what": "the global bird flu conference opens in Beijing",
   "note": "'The conference, opening in Beijing on Tuesday': future, so the coming Tuesday; a conference opening has no agent in the text"},
 ],
 "actors": [
  {"name": THO, "type": "group", "aliases": ["Health officials in Turkey", "Officials"]},
  {"name": IO, "type": "group", "aliases": []},
  {"name": "Israeli doctors", "type": "group", "aliases": ["Israeli doctors"]},
  {"name": "World Bank", "type": "organisation", "aliases": ["the World Bank"]},
 ],
 "notes": [
  "VOA report of Monday 16 January 2006 (GlobalSecurity.org republication with the date line '16 January 2006'); last item of story turkey_bird_flu_2006 (VOA, 6, 7, 9, 10 and 16 January). The girl is Fatma Ozcan (not named in the text), who died in Van on Sunday 15 January.",
  "Keys: bird_flu_pledges_2006:turkey_deaths (four children dead, claimed by the Turkish officials; the bird_flu_pledges_2006 items of 18 January say four too), bird_flu_pledges_2006:pledge_target (the World Bank's 'more than $1 billion'; the '$1.2 billion' initial target of voa_2006_bird_flu_pledges_nearly_2_billion is the same quantity but has no key in that item).",
  "No quote marks. Not figures: 'Fourth' (headline) and 'first case' are ordinals; 'H5N1' is a designation; 'a man from East Jerusalem' is not a count.",
  "'Officials' (second paragraph) continues the Turkish health officials of the lead. 'In Indonesia, officials say ...' are Indonesian officials: the folded surface form 'officials' can belong to one actor only, so the Indonesian officials are listed by name without an alias (claimant of the 13-year-old's age).",
  "The Beijing conference is the International Pledging Conference on Avian and Human Pandemic Influenza (17-18 January 2006) of story bird_flu_pledges_2006; here it only frames the World Bank's target. 'Meanwhile' is vague.",
  "second reading (annotator): checked the two '12' spans (age with unit years, Indonesian toll without unit) by ctx, the claimants (Turkish officials for 12, four, 16; Indonesian officials for 13; VOA's voice for the Indonesian toll and the World Bank target), 'Sunday' = 2006-01-15 and the forward 'on Tuesday' = 2006-01-17; no change after the reading.",
 ],
}
