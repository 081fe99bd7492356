K = "jaipur_bombings_2008:"
R = "Vasundhara Raje"
AU = "Indian authorities"
INV = "Indian investigators"
IM = "Indian Mujahideen"
ANN = {
 "article": "articles/voa_2008_jaipur_40_detained_mujahideen_claim.txt",
 "gold_out": "gold/voa_2008_jaipur_40_detained_mujahideen_claim.json",
 "published": "2008-05-15",
 "quotes": [
  {"text": "It's very, very important that we share information with each other, that a common cell be put up for all states where there is a data base", "speaker": R, "speaker_mention": "he",
   "note": "'\"...,\" he said.': the paragraph before names the only candidate speaker ('The chief minister of Rajasthan, Vasundhara Raje, says the investigation is hampered by a lack of coordination among Indian authorities.'), and the quote continues that claim. VOA prints 'he' for Raje (a woman; the 13 May item says 'she'): the pronoun is taken as a slip, the speaker is Raje. Trailing comma dropped"},
  {"text": "Would you believe in India today we do not have a [terrorism] data base? There has to be a data base for all these people.", "speaker": R, "speaker_mention": "he",
   "note": "second part of the quotation split by 'he said'; same speaker; the bracketed '[terrorism]' and the final '.' are kept"},
 ],
 "figures": [
  {"text": "40", "value": 40, "unit": None, "counted": "people detained in the investigation", "source": AU, "approx": "around",
   "note": "'Indian authorities say they have detained about 40 people, mostly Bangladeshis': about -> around"},
  {"quantity": K+"deaths", "text": "60", "value": 60, "unit": None, "counted": "people killed in the terrorist attack", "source": None, "approx": "more than",
   "note": "'The terrorist attack killed more than 60 people.': a sentence of its own without attribution (the sentence before is the authorities' detentions, the one after the group's claim): outlet's voice. Same key as 'At least 60' of the 13 May item"},
  {"text": "dozens", "value": None, "vague": True, "unit": None, "counted": "people taken into custody for questioning", "source": INV, "approx": None,
   "note": "'Indian investigators say they have taken dozens of people into custody for questioning': vague plural; claimed by the investigators. The same detentions as the standfirst's 'about 40' but stated vaguely: no key (a vague figure has no value to compare)"},
  {"text": "eight", "value": 8, "unit": None, "counted": "bombs planted in Jaipur", "source": INV, "approx": None,
   "note": "'as they try to determine who planted eight bombs in Rajasthan's capital of Jaipur': the clause continues the investigators' 'say' sentence, so the investigators. Not the same quantity as the 'seven bombs detonated' of the 13 May item: no key"},
  {"text": "100", "value": 100, "unit": None, "counted": "wounded being treated at a hospital", "source": None, "approx": "more than",
   "note": "'a hospital where more than 100 of the wounded are being treated': outlet's voice; one hospital's patients, not the total injured of the 13 May item (no key)"},
 ],
 "events": [
  {"actor": None, "date": "2008-05-13", "date_text": "Tuesday evening's", "what": "serial bomb blasts in Jaipur",
   "note": "a date on the noun 'blasts' ('their investigation of Tuesday evening's serial bomb blasts'); the text does not say who set them off (investigators 'try to determine who planted eight bombs'; the Indian Mujahideen's claim is doubted), so null. Tuesday = 13 May 2008, two days before the report"},
  {"actor": INV, "date": "2008-05-15", "date_text": "on Thursday", "occ": 1, "what": "said they are skeptical about the authenticity of the claim messages",
   "note": "'Investigators on Thursday said they are skeptical ...': the investigators are the subject of 'said'; Thursday = the publication day, 15 May 2008"},
  {"actor": "Shivraj Patil and Sonia Gandhi", "date": "2008-05-15", "date_text": "on Thursday", "occ": 2, "what": "visited the blast sites and a hospital",
   "note": "'Home Minister Shivraj Patil, along with Congress Party chief Sonia Gandhi, on Thursday visited the blast sites and a hospital': both made the visit ('along with'), so the joint actor; Thursday = 15 May 2008"},
 ],
 "actors": [
  {"name": AU, "type": "organisation", "aliases": ["Indian authorities", "officials"]},
  {"name": INV, "type": "group", "aliases": ["Indian investigators", "Investigators"]},
  {"name": IM, "type": "group", "aliases": ["Indian Mujahideen", "A previously unknown group"]},
  {"name": "Indian central government", "type": "organisation", "aliases": ["Central government authorities"]},
  {"name": R, "type": "person", "aliases": ["Vasundhara Raje", "The chief minister of Rajasthan"]},
  {"name": "Shivraj Patil", "type": "person", "aliases": ["Home Minister Shivraj Patil", "Patil"]},
  {"name": "Sonia Gandhi", "type": "person", "aliases": ["Congress Party chief Sonia Gandhi", "Sonia Gandhi"]},
 ],
 "notes": [
  "VOA report by Steve Herman (New Delhi) of Thursday 15 May 2008 (URL date) on the investigation of the Jaipur serial bomb blasts of Tuesday 13 May 2008; story jaipur_bombings_2008 with voa_2008_jaipur_blasts_kill_maim_scores (13 May). The stored copy has no headline: the file opens with the standfirst (see meta).",
  "Keys: " + K + "deaths ('more than 60' here, 'At least 60' on 13 May). The 'about 40' detained and the 'dozens' taken into custody are the same detentions but the second is vague (no key); the eight bombs planted here and the seven detonated on 13 May count different things; the 100 wounded treated at one hospital are not the 200 injured of 13 May (other scope).",
  "Quotes: Raje's quotation, split by 'he said' into two quotes; she is named in the paragraph before ('The chief minister of Rajasthan, Vasundhara Raje, says ...') and the attribution is the pronoun 'he' (a slip in VOA's copy for a woman speaker; no other person is named near the quote). The claim of responsibility is reported without quote marks.",
  "Claimants: the 40 detained (Indian authorities), the dozens in custody and the eight bombs (investigators); the toll and the 100 wounded at the hospital are in the outlet's voice.",
  "Events: 'Tuesday evening's' (a dated noun, the blasts, agent unknown -> null), 'on Thursday' twice (the investigators' saying; Patil's and Gandhi's visit, a joint actor as both visited). Not events: 'already' and 'still' (vague); the claim 'claimed responsibility in an e-mail and video' has no date expression.",
  "Actors: 'officials' ('officials still speculate', 'officials say no one has been arrested') taken as the Indian authorities of the standfirst; 'A previously unknown group' (twice) is the Indian Mujahideen, named in the second occurrence's apposition; 'Central government authorities' proclaim a view and are listed apart from the authorities who detain. 'the government' (Patil's government), the Bangladeshi migrant workers (detained, not acting) and 'foreign-based terror groups' (suspected, not acting in the text) are not listed.",
  "Not figures: 'no one' (has been arrested; no count), 'most of those questioned' (a share without a number), 'all states' (no number).",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: text re-compared with the stored copy (only the listed edits); quote spans checked (comma dropped, '[terrorism]' and final '.' kept); every number token checked (40, 60, dozens, eight, 100); Tuesday 13 May and Thursday 15 May 2008 checked against the calendar; the speaker of the 'he said' quote re-read and kept as Raje.",
 ],
}
