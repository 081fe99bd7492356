K = "helene_2024:"
BUR = "Win Burkett"
HOL = "Paul Hollenack"
NG = "National Guard"
ANN = {
 "article": "articles/dod_2024_helene_guard_6700_16_states.txt",
 "gold_out": "gold/dod_2024_helene_guard_6700_16_states.json",
 "published": "2024-10-04",
 "quotes": [
  {"text": "The response is going to be a determination by the governors in each of these states when they can shift — lifesaving, life sustaining, to recovery and that longer-term recovery", "speaker": BUR, "speaker_mention": "he",
   "note": "'“...,” he said.': 'he' = Army Maj. Gen. Win Burkett, named in the paragraph before ('said Army Maj. Gen. Win Burkett, director of operations at the National Guard Bureau'); comma before the closing mark dropped; the em dash kept"},
  {"text": "It’s generally at that point that the National Guard has a smaller and smaller … role to play. But the prediction … by state or by area in each of these states is going to be dramatically different based on the conditions on the ground and where the governor thinks they can make that transition.", "speaker": BUR, "speaker_mention": "he",
   "note": "second half of Burkett's quotation, after the interrupting 'he said.' (a quote interrupted by its attribution is two quotes); the two ellipses '…' kept as printed; final '.' inside the marks kept"},
  {"text": "We’re here until the mission is done", "speaker": HOL, "speaker_mention": "he",
   "note": "'“...,” he said.': 'he' = Army Col. Paul Hollenack, named in the paragraph before; comma before the closing mark dropped"},
  {"text": "We have support from 10 different states", "speaker": HOL, "speaker_mention": "he",
   "note": "'“...,” he said.': 'he' = Hollenack, named in the paragraph before ('In North Carolina, Hollenack said, ...'); comma dropped"},
  {"text": "[There is] a lot of appreciation to our other state partners who have provided equipment and people to help us.", "speaker": HOL, "speaker_mention": "he",
   "note": "continuation after 'he said.'; the editorial '[There is]' kept inside the span as printed; final '.' kept"},
 ],
 "figures": [
  {"quantity": K+"guard_troops_helene", "text": "6,700", "value": 6700, "unit": None, "counted": "guardsmen from 16 states activated to provide assistance in the states hit hardest by the hurricane", "source": None, "approx": "around",
   "note": "'About 6,700 guardsmen from 16 states across the U.S. have been activated': 'About' -> around; DOD News's own voice, no claimant (Burkett is introduced in the next paragraph for a different statement, how long the Guard will stay activated, so he is not the claimant). Same running Guard total for Helene as 4,700 (28 Sept), 6,300 (30 Sept), 6,100 (7 Oct), about 5,000 (8 Oct), about 2,000 (22 Oct)"},
  {"quantity": K+"guard_states_helene", "text": "16", "value": 16, "unit": None, "counted": "states the activated guardsmen come from", "source": None, "approx": None,
   "note": "'from 16 states across the U.S.': own voice; same quantity as 'a dozen' and '18' states (30 Sept) and 18, 19 and nine states in the dev DOD items"},
  {"text": "1,100", "value": 1100, "unit": None, "counted": "soldiers and airmen of the North Carolina National Guard on active duty", "source": HOL, "approx": "more than",
   "note": "'In North Carolina, Hollenack said, the National Guard has over 1,100 soldiers and airmen on active duty': claimant Hollenack (parenthetical 'Hollenack said'); 'over' -> more than. Not keyed: the dev item's 'more than 3,300 active duty and National Guard troops' in North Carolina (8 Oct) counts active-duty troops too"},
  {"text": "400", "value": 400, "unit": None, "counted": "vehicles the North Carolina National Guard is making use of", "source": HOL, "approx": "around",
   "note": "'is making use of nearly 400 vehicles': same 'Hollenack said' sentence; 'nearly' -> around"},
  {"text": "26", "value": 26, "unit": None, "counted": "aircraft among the vehicles", "source": HOL, "approx": None,
   "note": "'including 26 aircraft': same sentence, claimant Hollenack"},
  {"text": "10", "ctx": "from 10 different", "value": 10, "unit": None, "counted": "different states supporting the North Carolina Guard", "source": HOL, "approx": None,
   "note": "inside Hollenack's quote ('We have support from 10 different states'): the speaker claims it. A different quantity from the states whose Guards respond across the Southeast (16)"},
 ],
 "events": [
  {"actor": None, "date": "2024-09-23/2024-09-29", "date_text": "last week", "what": "Hurricane Helene made landfall",
   "note": "'Hurricane Helene, which made landfall last week': the storm is the subject, no agent (weather); 'last week' from a story of Friday 4 October 2024 = the previous ISO week, Monday 23 to Sunday 29 September 2024 (landfall was on 26 September)"},
 ],
 "actors": [
  {"name": NG, "type": "organisation", "aliases": ["National Guard units", "guardsmen", "Guard members", "National Guard members"]},
  {"name": BUR, "type": "person", "aliases": ["Army Maj. Gen. Win Burkett"]},
  {"name": HOL, "type": "person", "aliases": ["Army Col. Paul Hollenack", "Hollenack"]},
  {"name": "North Carolina National Guard", "type": "organisation", "aliases": ["North Carolina National Guard", "the guard in his state"]},
 ],
 "notes": [
  "DOD News story of Friday 4 October 2024 (kept from MilitarySpot.com's repost, dated 'OCTOBER 4, 2024'; meta edits) on the National Guard response to Hurricane Helene, with a National Guard Bureau operations director and a North Carolina Guard commander. Story helene_2024 with dod_2024_helene_guard_4700_mobilized_southeast (28 Sept), dod_2024_helene_guard_6300_rescue_hundreds (30 Sept) and the dev DOD and FEMA Helene items.",
  "Quotes: five, every one attributed by 'he said' with the speaker named in the paragraph before (Burkett: 'said Army Maj. Gen. Win Burkett, director of operations at the National Guard Bureau'; Hollenack: 'Army Col. Paul Hollenack, commander of ... , said' and 'Hollenack said'). Burkett's and Hollenack's last quotations are each split by 'he said.' into two quotes.",
  "Keys (helene_2024:): guard_troops_helene ('About 6,700 guardsmen'), guard_states_helene ('16 states'). Hollenack's North Carolina figures (over 1,100 soldiers and airmen, nearly 400 vehicles, 26 aircraft, support from 10 states) are claimed by him and are not keyed.",
  "The lede's 6,700 and 16 are in the story's own voice: Burkett's attribution in the next paragraph covers only the statement that the length of the activation is unclear, so the figures' source is null.",
  "Events: only 'last week' (Helene's landfall, no agent). 'now' (unclear now) and 'since dissipated' are vague or undated: no events.",
  "Actors: the National Guard (group nouns 'National Guard units', 'guardsmen', 'Guard members', 'National Guard members'), Burkett, Hollenack and the North Carolina National Guard ('the guard in his state', which 'has no plans yet to shutter its activities'). 'the National Guard' in Burkett's quote and in 'the National Guard has over 1,100 soldiers' (the North Carolina Guard) are left out of the aliases to keep surface forms unambiguous. The National Guard Bureau (Burkett's employer) and the state emergency response agencies do not act in the text.",
  "Not figures: '30th' (ordinal, in '30th Armored Brigade Combat Team'); 'smaller and smaller' is no number.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2 and the stored copy: checked the five quote spans (commas before closing marks dropped, final periods kept, '—', '…' and '[There is]' kept), the speakers named a paragraph before 'he said', every number token (6,700, 16, 1,100, 400, 26, 10; '30th' left out), the hedges about/over/nearly, the claimant Hollenack of the North Carolina figures and the null source of the lede, 'last week' = 23-29 September 2024, and that every alias is an exact substring; no change.",
 ],
}
