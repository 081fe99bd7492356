K = "kenya_post_election_violence_2008:"
M = "Anthony Mwangi"
KRC = "Kenya Red Cross"
ANN = {
 "article": "articles/voa_2008_kenya_red_cross_copes_violence.txt",
 "gold_out": "gold/voa_2008_kenya_red_cross_copes_violence.json",
 "published": "2008-01-06",
 "quotes": [
  {"text": "We know that over 100,000 people are currently displaced in various parts of the country. There are a number of people who have died, there are a number of people who have been injured.",
   "speaker": M, "speaker_mention": "He", "fragment": False,
   "note": "a paragraph of quotation with no attribution of its own: it renders the interview introduced in the paragraph before ('Anthony Mwangi is Public Relations Manager of Kenya Red Cross. He told VOA reporter, Akwei Thompson ...'); the final period inside the marks is kept"},
  {"text": "The people involved are engaging in wanton destruction of property, looting…",
   "speaker": M, "speaker_mention": "He", "fragment": False,
   "note": "uncued quotation after 'He said the violence is indiscriminate.' (He = Mwangi); the trailing ellipsis inside the marks is kept as printed"},
  {"text": "Right now we’ve got that much needed security for us to reach the hundreds of thousands of people and now our priority is to ensure that food gets to the people. Shelter materials, blankets…and other non-food items, as well as water…",
   "speaker": M, "speaker_mention": "Mwangi", "fragment": False,
   "note": "uncued quotation after 'Mwangi explained that the Red Cross has overcome initial challenges ...'; ellipses kept as printed"},
 ],
 "figures": [
  {"text": "Scores", "value": None, "vague": True, "unit": None, "counted": "people dead in post-election Kenya", "source": None, "approx": None,
   "note": "'Scores of people are dead': VOA's own voice in the standfirst; vague"},
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "people displaced", "source": None, "approx": None,
   "note": "'tens of thousands have been displaced': VOA's own voice; vague, so no quantity key (Mwangi's 'over 100,000' in the same item is the claimed count)"},
  {"quantity": K+"displaced", "text": "100,000", "value": 100000, "unit": None, "counted": "people currently displaced in various parts of the country", "source": M, "approx": "more than",
   "note": "'over 100,000' inside Mwangi's quote -> more than; nationwide displaced by the post-election violence, the same quantity as 'up to 250,000' (Kenya Red Cross figure relayed by UNHCR, 29 January) and 'An estimated 350,000' (6 May)"},
  {"text": "hundreds of thousands", "value": None, "vague": True, "unit": None, "counted": "people the Red Cross now has security to reach", "source": M, "approx": None,
   "note": "inside Mwangi's quote; the people the Red Cross must reach, not a count of the displaced: no key"},
 ],
 "events": [],
 "actors": [
  {"name": M, "type": "person", "aliases": ["Anthony Mwangi", "Mwangi"]},
  {"name": KRC, "type": "organisation", "aliases": ["Kenya Red Cross", "the Red Cross"]},
 ],
 "notes": [
  "VOA News interview report of Sunday 6 January 2008 (date from the URL) on the Kenya Red Cross response to the violence after the disputed presidential election of 27 December 2007; story kenya_post_election_violence_2008 with voa_2008_kenya_rift_valley_violence_hinders_aid (29 January) and voa_2008_kenya_unhcr_go_and_see_visits (6 May).",
  "Three quotes, all Mwangi's, none with an attribution verb in its own paragraph: the first is introduced by 'He told VOA reporter ...' the paragraph before, the second by 'He said ...' and the third by 'Mwangi explained ...'. speaker_mention is the surface of the nearest attribution.",
  "Key: kenya_post_election_violence_2008:displaced ('over 100,000' here, Mwangi). The vague 'Scores' (dead) and 'tens of thousands' (displaced, VOA's voice) get no key.",
  "No dated events: 'currently', 'Right now' (inside the quote) are not date expressions of the kind annotated. 'a number of people' is not a number. 'Akwei Thompson' (the VOA reporter) does not act in the reported events and is not an actor.",
  "Not figures: 'Post-election' (no number).",
  "second reading by the annotator: re-read the item against FORMAT.md sections 1-2; checked the three quote texts (final period and ellipses kept), that the uncued quotes are Mwangi's, that 'over' -> more than, and that no surface form is shared by two actors.",
 ],
}
