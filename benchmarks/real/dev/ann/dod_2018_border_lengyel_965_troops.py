LEN = "Joseph L. Lengyel"
TR = "Donald J. Trump"
MAT = "James N. Mattis"
ANN = {
 "article": "articles/dod_2018_border_lengyel_965_troops.txt",
 "gold_out": "gold/dod_2018_border_lengyel_965_troops.json",
 "published": "2018-04-17",
 "quotes": [
  {"text": "With the movement from Texas and Arizona and a few planners from New Mexico, they began to move in and posture their assistance for the CBP", "speaker": LEN, "speaker_mention": "the general",
   "note": "'..., the general said': Lengyel, an Air Force general, named in the sentence before ('Lengyel said'); comma before the closing mark dropped"},
  {"text": "primarily things that enable Customs and Border Protection agents to leave nondirect border security jobs and go to the border and provide border security, and doing things like maintenance, communications, transportation, the operation of perhaps heavy equipment, analysis, trend analysis, and using some intelligence and surveillance and some aviation assets to assist in those endeavors", "speaker": LEN, "speaker_mention": "Lengyel", "fragment": True,
   "note": "partial quote worked into the outlet's sentence ('The Guard troops are involved in \"...\", Lengyel said'): marked fragment although long; comma before the closing mark dropped"},
  {"text": "What they are not doing is [having] any direct civilian law enforcement operations, and they are not doing any direct contact with migrants unless … explicitly authorized by the Department of Defense, and that has not yet occurred", "speaker": LEN, "speaker_mention": "he",
   "note": "'he added': 'he' = Lengyel of the paragraph before; the editorial '[having]' and the ellipsis '…' are kept as printed inside the span; comma before the closing mark dropped"},
 ],
 "figures": [
  {"quantity": "guard_border_deployment_2018:guard_troops_at_border_apr17", "text": "965", "ctx": "Chief: 965", "value": 965, "unit": None, "counted": "Guard troops deployed to the U.S.-Mexico border", "source": LEN, "approx": None,
   "note": "headline 'Guard Bureau Chief: 965 Guard troops deployed ...': the headline's 'X: claim' form attributes the number to the Guard Bureau chief (Lengyel), as the body does"},
  {"quantity": "guard_border_deployment_2018:guard_troops_at_border_apr17", "text": "965", "ctx": "There are 965", "value": 965, "unit": None, "counted": "National Guard troops deployed to the U.S.-Mexico border", "source": LEN, "approx": None,
   "note": "'There are 965 ..., the chief of the National Guard Bureau told a Senate panel April 17': claimant in the same sentence, named in the next ('Air Force Gen. Joseph L. Lengyel spoke at a hearing ...')"},
  {"quantity": "guard_border_deployment_2018:guard_troops_authorized", "text": "4,000", "value": 4000, "unit": None, "counted": "troops Mattis authorized through Sept. 30", "source": LEN, "approx": "up to",
   "note": "'he told the Senate panel, noting that Defense Secretary James N. Mattis authorized up to 4,000 troops through Sept. 30': Lengyel's 'noting that' reports the number, so he is the claimant (Mattis is the agent of the authorizing); 'up to' -> up to. Same ceiling as in dod_2018_border_guard_troops_deploy and dod_2018_border_dod_dhs_outline_guard_role (same key)"},
 ],
 "events": [
  {"actor": LEN, "date": "2018-04-17", "date_text": "April 17", "what": "Lengyel told a Senate appropriations subcommittee hearing that 965 Guard troops were at the border",
   "note": "'the chief of the National Guard Bureau told a Senate panel April 17': he is the subject of the dated verb"},
  {"actor": TR, "date": "2018-04-04", "date_text": "April 4", "what": "Trump signed a proclamation directing DoD to assist DHS at the border",
   "note": "'On April 4, President Donald J. Trump signed a proclamation ...': active verb, Trump is the agent (the whole sentence is reported by Lengyel, which does not change the agent)"},
  {"actor": MAT, "date": "2018-09-30", "date_text": "Sept. 30", "what": "end date of Mattis's authorization of up to 4,000 troops",
   "note": "'Mattis authorized up to 4,000 troops through Sept. 30': the date bounds the authorized period and modifies 'authorized', whose agent is Mattis; the year is that of the story (the end of fiscal year 2018)"},
  {"actor": None, "date": "2018-04-06", "date_text": "April 6", "what": "National Guard troops were deployed",
   "note": "'National Guard troops were deployed April 6, Lengyel said': passive without a by-agent, so no actor (Lengyel only reports it); agrees with the 'Friday night' (6 April) authorization in dod_2018_border_guard_troops_deploy"},
 ],
 "actors": [
  {"name": LEN, "type": "person", "aliases": ["Air Force Gen. Joseph L. Lengyel", "Lengyel", "the general", "the chief of the National Guard Bureau", "Guard Bureau Chief"]},
  {"name": TR, "type": "person", "aliases": ["President Donald J. Trump"]},
  {"name": MAT, "type": "person", "aliases": ["Defense Secretary James N. Mattis"]},
  {"name": "Defense Department", "type": "organisation", "aliases": ["the Defense Department", "The Defense Department", "Department of Defense"]},
  {"name": "Department of Homeland Security", "type": "organisation", "aliases": ["the Homeland Security Department"]},
  {"name": "National Guard", "type": "organisation", "aliases": ["National Guard", "National Guard troops", "The Guard troops"]},
 ],
 "notes": [
  "DOD News story by Terri Moon Cronk of Tuesday 17 April 2018 (stored as Aerotech News & Review's repost of 18 April) on the testimony of the chief of the National Guard Bureau; story guard_border_deployment_2018 with dod_2018_border_dod_dhs_work_with_governors (4 April), dod_2018_border_guard_troops_deploy (7 April) and dod_2018_border_dod_dhs_outline_guard_role (16 April).",
  "Recurring figures: 965 Guard troops at the border (headline and lede) share guard_border_deployment_2018:guard_troops_at_border_apr17; the 'up to 4,000' ceiling shares guard_border_deployment_2018:guard_troops_authorized with the 7 April and 16 April items.",
  "Claimant of the headline figure: the headline's 'Guard Bureau Chief:' is an attribution of the figure, so source = Lengyel (alias 'Guard Bureau Chief').",
  "'The Defense Department authorized use of the National Guard ...' (undated, reported by Lengyel) gives no event. 'a Senate panel' / 'the Senate panel' (the Senate Appropriations Committee's subcommittee on defense) only hears testimony and is not listed as an actor; U.S. Customs and Border Protection (also 'CBP' in a quote) only receives assistance and is not listed.",
  "Not figures: 'April 17', 'April 4', 'April 6', 'Sept. 30' (dates); 'a few planners' is vague but not a number word of the kinds listed in FORMAT.md (left out).",
  "Second reading against FORMAT.md (whole item re-read): three quotes (pronoun/description speakers 'the general', 'he'), the '[having]' and '…' kept in the span, figure claimants (headline attribution, 'told', 'noting that'), four dated events and the null actor of the passive 'were deployed April 6' checked; no change.",
 ],
}
