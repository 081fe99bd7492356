HRW = "Human Rights Watch"
GOV = "Ethiopian government"
GR = "Getachew Reda"
ANN = {
 "article": "articles/voa_2016_ethiopia_dismisses_hrw_oromia_report.txt",
 "gold_out": "gold/voa_2016_ethiopia_dismisses_hrw_oromia_report.json",
 "published": "2016-06-16",
 "quotes": [
  {"text": "brutal crackdown.", "speaker": "Oromia resident", "speaker_mention": "one Oromia resident", "fragment": True,
   "note": "'due to what one Oromia resident called the \"brutal crackdown.\"': a short phrase inside reported speech; the final full stop stands inside the closing mark and is kept. The resident is unnamed: canonical name 'Oromia resident'"},
 ],
 "figures": [
  {"text": "61", "value": 61, "unit": None, "counted": "page report by Human Rights Watch", "source": None, "approx": None,
   "note": "'a 61-page report': number glued to its noun as in '47-year-old'; the length of the report, in the outlet's voice"},
  {"quantity": "ethiopia_oromia_protests_2016:killed_hrw_nov2015_jun2016", "text": "400", "value": 400, "unit": None, "counted": "people killed in the crackdown on protests in Oromia", "source": HRW, "approx": "more than",
   "note": "'a 61-page report by Human Rights Watch that details the killings of more than 400 people': the toll is what the report says, so Human Rights Watch claims it; the government's commission gave lower tolls (no number printed here)"},
  {"text": "seven months", "value": 7, "unit": "months", "counted": "months of the crackdown covered by the report", "source": None, "approx": None,
   "note": "'over the past seven months': the span of the crackdown (mid-November 2015 to June 2016), a duration in the outlet's description of the report; left without a source"},
  {"text": "18", "value": 18, "unit": "years", "counted": "age of children among those killed", "source": HRW, "approx": "less than",
   "note": "'It said many of those killed were students, including children under the age of 18': 'It' is Human Rights Watch (subject of the sentence before); 'under' -> less than; an age, unit years"},
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "of people arrested by police since the protests began", "source": HRW, "approx": None,
   "note": "'The rights group also said police have arrested tens of thousands of people': the rights group is Human Rights Watch"},
  {"text": "125", "value": 125, "unit": None, "counted": "protesters, bystanders and victims of abuse interviewed for the report", "source": HRW, "approx": None,
   "note": "'Human Rights Watch said its report is based on interviews with 125 protesters, bystanders and victims of abuse' (the report itself says 'more than 125 interviews'; the text prints a plain 125, so approx null)"},
 ],
 "events": [
  {"actor": GR, "date": "2016-06-16", "date_text": "Thursday", "what": "told VOA that Human Rights Watch could not have issued an accurate account of the situation in Oromia",
   "note": "'Government spokesman Getachew Reda told VOA Thursday ...': the bare weekday modifies 'told'; the agent is Getachew Reda. Thursday 16 June 2016 is the (inferred) publication day, see meta"},
  {"actor": GOV, "date": "2016-01", "date_text": "in January", "what": "canceled the plan to expand Addis Ababa's boundaries",
   "note": "'The government canceled the plan in January': the agent of 'canceled' is the Ethiopian government; January of the publication year, 2016 (the plan was dropped in January 2016)"},
 ],
 "actors": [
  {"name": HRW, "type": "organisation", "aliases": ["Human Rights Watch", "The rights group", "the organization", "The group"]},
  {"name": GOV, "type": "organisation", "aliases": ["Ethiopian authorities", "The government", "the government"]},
  {"name": GR, "type": "person", "aliases": ["Getachew Reda", "Government spokesman Getachew Reda", "The spokesperson"]},
  {"name": "Ethiopia's national human rights commission", "type": "organisation", "aliases": ["Ethiopia's national human rights commission"]},
  {"name": "Oromia resident", "type": "person", "aliases": ["one Oromia resident"]},
  {"name": "soldiers", "type": "group", "aliases": ["soldiers"]},
  {"name": "police", "type": "organisation", "aliases": ["police"]},
 ],
 "notes": [
  "VOA News report of Thursday 16 June 2016 (date inferred, see meta) on the Ethiopian government's rejection of Human Rights Watch's report on the crackdown on the Oromo protests; story ethiopia_oromia_protests_2016 (one item: no other item of the story was found in the crawl from an allowed outlet in the time given; the quantity key is set for a later companion).",
  "Competing claimants: Human Rights Watch's toll of more than 400 killed (source HRW) against the national human rights commission's 'death tolls that were significantly lower' (no number printed, so no figure). The spokesman's words are reported speech without quote marks, so they are not quotes.",
  "Sources by pronoun and description: 'It said ... children under the age of 18' (It = Human Rights Watch), 'The rights group also said ... tens of thousands', 'The spokesperson said' (= Getachew Reda, a sentence after his name). 'an organization so far from the realities on the ground' (in Reda's reported words) is Human Rights Watch, but the exact surface form 'an organization' is not listed: 'the organization' is.",
  "Not figures: 'one' in 'what one Oromia resident called' (an indefinite determiner, = 'a resident', not a count set against another), 'non-lethal', 'many', 'some', 'most'. 'since the protests began' carries no date; 'Thursday' and 'in January' are the only date expressions.",
  "Actors: soldiers and police act only in Human Rights Watch's reported claims and in no dated clause; listed because they act ('fired', 'have arrested'). 'security force members' is left unlisted (object of the call, not an agent). 'Demonstrators' and 'Oromia farmers' do not act in a dated clause and are not listed.",
  "Second careful read of the whole item against FORMAT.md sections 1-2 done by the annotator: text against the stored copy, every number token (61, 400, seven, 18, 125, tens of thousands), the one quote and its marks, both date expressions (16 June 2016 recomputed as a Thursday with datetime), each event agent against its verb, every alias an exact surface form.",
 ],
}
