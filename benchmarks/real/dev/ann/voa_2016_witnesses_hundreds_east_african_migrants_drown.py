S = "mediterranean_shipwreck_april_2016"
DEATHS = S + ":deaths"
ABOARD = S + ":aboard_capsized_boat"
W = "witnesses"
SV = "survivors"
WS = W + " and " + SV
AD = "Mussa Mohamed Adam"
J = "Liban Qadar Jama"
ANN = {
 "article": "articles/voa_2016_witnesses_hundreds_east_african_migrants_drown.txt",
 "gold_out": "gold/voa_2016_witnesses_hundreds_east_african_migrants_drown.json",
 "published": "2016-04-18",
 "quotes": [
  {"text": "I could see the bigger boat sinking", "speaker": J, "speaker_mention": "he", "fragment": False,
   "note": "'Liban Qadar Jama of Somaliland was on another boat ...' in the sentence before; then '\"...,\" he told VOA's Somali Service' (trailing comma dropped)"},
  {"text": "We ran with the small boat we were in, as some migrants from the sunk boat desperately swam toward us. We could only save four of them.", "speaker": J, "speaker_mention": "he", "fragment": False,
   "note": "second quote after the attribution 'he told VOA's Somali Service.', no new cue: still Jama; final stop kept"},
 ],
 "figures": [
  {"quantity": DEATHS, "text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "East African migrants drowned at sea", "source": W, "approx": None, "ctx": "Witnesses: Hundreds",
   "note": "headline 'Witnesses: Hundreds of East African Migrants Drown at Sea': the 'Witnesses:' label attributes the claim to the witnesses"},
  {"quantity": DEATHS, "text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "East African migrants believed dead", "source": None, "approx": None, "ctx": "Hundreds of East African migrants are",
   "note": "'are believed dead': passive without a believer; the next sentence names witnesses and survivors as claimants of a different figure (500 aboard), not of the toll, so null"},
  {"quantity": ABOARD, "text": "500", "value": 500, "unit": None, "counted": "people aboard the vessel when it overturned", "source": WS, "approx": "up to", "ctx": "as many as 500 people",
   "note": "'Witnesses and survivors told VOA Monday that the vessel overturned while carrying as many as 500 people': 'as many as' -> up to; joint claimant. Same key as VOA's 'as many as 500' of 20 April"},
  {"text": "200", "value": 200, "unit": None, "counted": "other migrants who came on board from a smaller boat", "source": AD, "approx": "around",
   "note": "'He [Adam] told VOA's Horn of Africa Service that the boat capsized after he and about 200 other migrants came on board ...'; 'about' -> around"},
  {"text": "a day and a half", "value": 1.5, "unit": "days", "counted": "time since the smaller boat departed Egypt", "source": AD, "approx": None,
   "note": "'a smaller boat that departed Egypt a day and a half earlier': a duration (1.5 days) inside Adam's account; the whole phrase is the number expression (as 'an hour and a half' in dev)"},
  {"quantity": ABOARD, "text": "500", "value": 500, "unit": None, "counted": "people on board at the time of the capsizing", "source": AD, "approx": None, "ctx": "estimated that 500",
   "note": "'Adam estimated that 500 people were on board at the time': the estimate is the reporting verb, the number itself carries no hedge word, so approx null; same quantity as the witnesses' 'as many as 500'"},
  {"text": "30", "value": 30, "unit": None, "counted": "people able to swim back to the smaller boat", "source": AD, "approx": None,
   "note": "'..., and only 30 were able to swim back': second clause of what Adam estimated; 'only' is not a hedge category. Not the same quantity as the 41 survivors of VOA's 20 April item (those include people who never boarded the larger boat)"},
  {"text": "four", "value": 4, "unit": None, "counted": "of them saved: migrants who swam from the sunk boat", "source": J, "approx": None,
   "note": "inside Jama's quote: 'We could only save four of them.'"},
  {"text": "nine", "value": 9, "unit": "days", "counted": "days the survivors spent drifting at sea", "source": J + " and " + W, "approx": "around",
   "note": "'Jama and other witnesses say the survivors spent about nine days drifting at sea': joint claimant; 'about' -> around; the number only, as '12' in '12 miles'"},
 ],
 "events": [
  {"actor": WS, "date": "2016-04-18", "date_text": "Monday", "what": "witnesses and survivors told VOA the vessel overturned carrying as many as 500 people", "ctx": "told VOA Monday",
   "note": "'Witnesses and survivors told VOA Monday': the subject of 'told' is the joint actor; Monday = the publication day, 18 April 2016"},
  {"actor": None, "date": "2016-04-08", "date_text": "April 8", "what": "the boat capsized in the eastern Mediterranean",
   "note": "'The incident happened April 8': an occurrence, no agent"},
  {"actor": "BBC", "date": "2016-04-17", "date_text": "late Sunday", "what": "the BBC first reported the sinking",
   "note": "'was first reported by the BBC late Sunday': passive with a by-agent -> the BBC; Sunday 17 April 2016"},
  {"actor": None, "date": "2016-04-18", "date_text": "Monday", "what": "unconfirmed reports on social media suggested most of the drowned were Somalis", "ctx": "social media Monday",
   "note": "'Unconfirmed reports on social media Monday suggested ...': the subject is 'reports', no person or body named as their author, so null"},
 ],
 "actors": [
  {"name": W, "type": "group", "aliases": ["Witnesses", "other witnesses"]},
  {"name": SV, "type": "group", "aliases": ["survivors", "the survivors"]},
  {"name": "BBC", "type": "organisation", "aliases": ["the BBC"]},
  {"name": AD, "type": "person", "aliases": ["Ethiopian national Mussa Mohamed Adam", "Mussa Mohamed Adam", "Adam"]},
  {"name": J, "type": "person", "aliases": ["Liban Qadar Jama of Somaliland", "Liban Qadar Jama", "Jama"]},
 ],
 "notes": [
  "VOA report of Monday 18 April 2016 (date inferred, see meta; stored from VOA's Pangea CMS host) on the boat that capsized in the Mediterranean on 8 April 2016 with East African migrants aboard; story mediterranean_shipwreck_april_2016 (two items, with VOA's '500 People Feared Dead in Mediterranean' of 20 April 2016). The witnesses' and survivors' 'as many as 500' aboard recurs in the 20 April item (key :aboard_capsized_boat, also Adam's estimate of 500 on board); the 'Hundreds' believed dead share :deaths with the 20 April item's '500 feared dead' (UNHCR: 'up to 500 ... may have lost their lives').",
  "Quotes: two, both Liban Qadar Jama, named in the sentence before and attributed by 'he told VOA's Somali Service' between them. Mussa Mohamed Adam's account is reported speech only (no quote marks).",
  "Figures with claimants: the headline's 'Hundreds' (label 'Witnesses:'), the 500 aboard (witnesses and survivors jointly), Adam's about 200, a day and a half, 500 on board and 30 who swam back, Jama's four (in his quote) and the about nine days said by 'Jama and other witnesses' (joint). The lead's 'Hundreds ... are believed dead' has no claimant.",
  "Events: 'Monday' twice (the witnesses' and survivors' account, joint actor; the social-media reports, no agent), 'April 8' (the capsizing, no agent), 'late Sunday' (reported by the BBC, passive with by-agent). Left out: 'a day and a half earlier' (relative to the unstated boarding time, not to a calendar day; annotated as a duration figure), 'at the time' (vague).",
  "Actors: witnesses, survivors (the joint speaker 'Witnesses and survivors'; 'the survivors' also drift at sea), the BBC (reported the sinking), Adam and Jama. VOA and its Horn of Africa and Somali services only receive accounts; 'the Greek or Italian coast guard' is an undetermined either-or agent and is left out.",
  "Not figures: 'one of the few migrants' (enumerator in 'one of'), 'April 8' (date).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: quote boundaries (comma dropped before 'he told', final stop kept), every number and number word (Hundreds twice, 500 twice, 200, a day and a half, 30, four, nine; 'one of the few' not a figure), hedges ('as many as' -> up to, 'about' -> around twice, 'estimated that' left null), dates (Monday = 18 April 2016, late Sunday = 17 April), aliases exact substrings and none shared; no change.",
 ],
}
