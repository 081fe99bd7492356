K = "srilanka_election_2010:"
SF = "Sarath Fonseka"
ANN = {
 "article": "articles/voa_2010_sri_lanka_fonseka_arrested.txt",
 "gold_out": "gold/voa_2010_sri_lanka_fonseka_arrested.json",
 "published": "2010-02-08",
 "quotes": [
  {"text": "All offenses were done when he was the commander and the chief of defense staff. So all of those charges will be taken into the military court",
   "speaker": "Lakshman Hulugalle", "speaker_mention": "he",
   "note": "'..., he said.': 'he' is Lakshman Hulugalle, introduced in the paragraph before ('Lakshman Hulugalle is the director general at the military's Media Center for National Security'), a sentence that has no speech verb; the trailing comma before the closing mark is dropped"},
  {"text": "The conspiracy, we do not know of the details. It will be revealed after the questioning by the court martial",
   "speaker": "Keheliya Rambukwella", "speaker_mention": "Rambukwella",
   "note": "inverted attribution after the quote ('said Rambukwella'); full name and title in the paragraph before; trailing comma dropped"},
 ],
 "figures": [
  {"quantity": K+"civil_war_length", "text": "a quarter century", "value": 25, "unit": "years", "counted": "length of the civil war with the Tamil Tigers", "source": None, "approx": None,
   "note": "'ending a quarter century civil war': a duration in words, 25 years (as 'a half century' = 50 years in state_2020_pompeo_covid_aid_900_million); outlet's voice. voa_2010_sri_lanka_rajapaksa_reelected says 'a 25-year civil war' (same key)"},
  {"text": "two", "value": 2, "unit": None, "counted": "allies (Fonseka and Rajapaksa) who soon split", "source": None, "approx": None,
   "note": "'the two allies': counts the two men, as 'The two presidents' is counted elsewhere in the set"},
  {"quantity": K+"rajapaksa_margin", "text": "18 percent", "value": 18, "unit": "%", "counted": "margin by which the incumbent president won the January 26th election", "source": None, "approx": None,
   "note": "'won by an 18 percent margin': outlet's voice (no claimant). Not the same quantity as the shares in voa_2010_sri_lanka_rajapaksa_reelected (nearly 58 and about 40 percent): a margin, not a share"},
 ],
 "events": [
  {"actor": None, "date": "2009-11", "date_text": "last November", "what": "Fonseka's tenure in the armed services ended",
   "note": "'his tenure in the armed services, which ended last November': the end of a tenure, no agent; November before the February 2010 report = November 2009"},
  {"actor": None, "date": "2009", "date_text": "last year's", "what": "crushing defeat of the rebel Tamil Tigers (for which Fonseka and Rajapaksa were touted as war heroes)",
   "note": "a date on the noun 'defeat'; the text does not say who inflicted it (Fonseka and Rajapaksa 'were touted as war heroes for' it, a passive without agent, undated): null. 'last year' from 2010 = 2009"},
  {"actor": None, "date": "2010-01-26", "date_text": "January 26th", "what": "presidential election contested by Fonseka and won by the incumbent president",
   "note": "a date on the noun 'election' ('the January 26th election'): an election has no single agent, null as in other election items of the set (e.g. the '19 February 2008' presidential election in Armenia); Fonseka's contesting is not dated by it"},
 ],
 "actors": [
  {"name": SF, "type": "person", "aliases": ["The former Army commander", "former General Sarath Fonseka", "Fonseka", "the retired Army four-star general", "the former Army boss", "The loser", "the former general"]},
  {"name": "Sri Lankan military", "type": "organisation", "aliases": ["the country's military", "heavily armed troops", "The Sri Lankan military"]},
  {"name": "Fonseka supporters", "type": "group", "aliases": ["Supporters of former General Sarath Fonseka"]},
  {"name": "Lakshman Hulugalle", "type": "person", "aliases": ["Lakshman Hulugalle"]},
  {"name": "Mahinda Rajapaksa", "type": "person", "aliases": ["President Mahinda Rajapaksa", "the incumbent president", "President Rajapaksa"]},
  {"name": "Sri Lankan government", "type": "organisation", "aliases": ["The government"]},
  {"name": "Keheliya Rambukwella", "type": "person", "aliases": ["Sri Lankan government spokesman Keheliya Rambukwella", "Rambukwella"]},
 ],
 "notes": [
  "VOA News report of Monday 8 February 2010 (date from the removed photo caption and other reports of the arrest, see meta) on the arrest of Sarath Fonseka, two weeks after he lost the 26 January 2010 presidential election; story srilanka_election_2010 with voa_2010_sri_lanka_rajapaksa_reelected (27 January 2010).",
  "Two quotes, both with the speaker named away from the quote: Hulugalle by 'he said' after a paragraph that introduces him without a speech verb, Rambukwella by inverted 'said Rambukwella' after a paragraph that gives his full name and title.",
  "Key across the story: " + K + "civil_war_length ('a quarter century' here, 'a 25-year civil war' in the 27 January item). The 18 percent margin (" + K + "rajapaksa_margin) is printed only here.",
  "Figures: 'the two allies' is a count (as 'The two presidents' elsewhere in the set). Not figures: 'four-star' (a rank, a designation, not a count), '26th' in the date 'January 26th'. Not events: 'recently' (vague), 'after ballots were counted' (no date expression), 'soon' (vague). The arrest itself ('has been arrested by the country's military') is undated in the text (the date sat in the removed photo caption): no event.",
  "The Peoples Liberation Front (JVP) is only the place of the meeting, the Media Center for National Security only Hulugalle's office, and the Tamil Tigers are only defeated: not actors. 'Supporters of former General Sarath Fonseka' (who 'say' he was taken away) are a group actor; 'heavily armed troops' are the military's troops, listed under the Sri Lankan military.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2 and the stored copy: quote spans (trailing commas dropped), the 'he' of the first quote resolved to Hulugalle, the quarter century as a 25-year duration, the three dates normalised from 8 February 2010, null actors of the tenure, the defeat and the election explained; no change.",
 ],
}
