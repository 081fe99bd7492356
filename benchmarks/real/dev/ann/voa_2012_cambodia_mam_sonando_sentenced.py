K = "cambodia_mam_sonando_trial_2012:"
ANN = {
 "article": "articles/voa_2012_cambodia_mam_sonando_sentenced.txt",
 "gold_out": "gold/voa_2012_cambodia_mam_sonando_sentenced.json",
 "published": "2012-10-01",
 "quotes": [
  {"text": "calls into question the protection of one’s basic human rights.", "speaker": "US Embassy spokesman", "speaker_mention": "a US Embassy spokesman", "fragment": True,
   "note": "the final period sits inside the closing mark and is kept"},
 ],
 "figures": [
  {"quantity": K+"sonando_sentence", "text": "20", "value": 20, "unit": "years", "approx": None, "counted": "jail sentence for Mam Sonando", "source": None, "ctx": "Sentenced to 20 Years"},
  {"text": "Two", "value": 2, "unit": None, "approx": None, "counted": "judges reading the verdict", "source": None, "ctx": "Two judges"},
  {"text": "two", "value": 2, "unit": "hours", "approx": "more than", "counted": "time spent reading the verdict", "source": None, "ctx": "more than two hours"},
  {"text": "45", "value": 45, "unit": None, "approx": "around", "counted": "pages of the verdict", "source": None},
  {"quantity": K+"sonando_sentence", "text": "20", "value": 20, "unit": "years", "approx": None, "counted": "jail sentence for Mam Sonando", "source": None, "ctx": "Mam Sonando to 20 years in jail"},
  {"text": "13", "value": 13, "unit": None, "approx": None, "counted": "other people given jail sentences", "source": None,
   "note": "in a relative clause ('the case, which also saw jail sentences for 13 other people') that states a fact of the case in VOA's voice, not part of the rights advocates' claim of little evidence; source left null"},
  {"text": "two", "value": 2, "unit": "days", "approx": None, "counted": "time between UN seat request and verdict", "source": None, "ctx": "just two days after"},
 ],
 "events": [
  {"actor": "Two judges", "date": "2012-10-01", "date_text": "Monday", "what": "spent two hours reading the final verdict", "ctx": "two hours Monday"},
  {"actor": None, "date": "2012-05", "date_text": "in May", "what": "violent land protest in Kratie",
   "note": "'a violent land protest in Kratie in May' has no agent of a verb; May of the publication year"},
  {"actor": None, "date": "2012-10-01", "date_text": "on Monday", "what": "verdict came, two days after UN seat request",
   "note": "'The verdict came on Monday': 'came' has an inanimate subject and no agent, so the actor is null"},
 ],
 "actors": [
  {"name": "Mam Sonando", "type": "person", "aliases": ["Mam Sonando", "Beehive Radio owner Mam Sonando"]},
  {"name": "Cambodian authorities", "type": "organisation", "aliases": ["Cambodian authorities"]},
  {"name": "Phnom Penh Municipal Court", "type": "organisation", "aliases": ["the Phnom Penh Municipal Court"]},
  {"name": "Two judges", "type": "group", "aliases": ["Two judges"]},
  {"name": "rights advocates", "type": "group", "aliases": ["Rights advocates", "rights workers"]},
  {"name": "Hun Sen", "type": "person", "aliases": ["Prime Minister Hun Sen"]},
  {"name": "US Embassy spokesman", "type": "person", "aliases": ["a US Embassy spokesman"]},
  {"name": "Cambodia", "type": "country", "aliases": ["Cambodia"]},
 ],
 "notes": [
  "VOA Khmer court report of 1 October 2012 on the 20-year sentence of Beehive Radio owner Mam Sonando. The sentence is stated in VOA's voice ('Cambodian authorities sentenced ...'), so its source is null, as for the other court items; it recurs in headline and body (shared quantity key).",
  "The only quote is the US Embassy spokesman's fragment. 'Beehive Radio' is a station name, not a figure; 'non-permanent seat' is not a number.",
  "'rights workers' in the next paragraph refers to the same rights advocates and is listed as their alias.",
  "'one’s' in the Embassy quote is a pronoun, not a figure. 'just two days after Cambodia made a formal request' is annotated as a duration figure (2 days); it is not given an event of its own because it dates the request only relative to the verdict (the request would be Saturday 29 September 2012).",
  "'Mam Sonando, 71' was in the last paragraph, dropped because the stored copy cuts it mid-sentence.",
 ],
}
