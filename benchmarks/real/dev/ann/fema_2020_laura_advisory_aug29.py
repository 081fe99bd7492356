K = "hurricane_laura_2020:"
F = "FEMA"
T = "Donald Trump"
ANN = {
 "article": "articles/fema_2020_laura_advisory_aug29.txt",
 "gold_out": "gold/fema_2020_laura_advisory_aug29.json",
 "published": "2020-08-29",
 "quotes": [],
 "figures": [
  {"text": "five", "value": 5, "unit": None, "counted": "parishes covered by the declaration's debris removal funding", "source": None, "approx": None,
   "note": "'debris removal in those five parishes': the five parishes named in the bullet before (Allen, Beauregard, Calcasieu, Cameron and Jefferson Davis)"},
  {"quantity": K+"la_customers_without_power", "text": "495,000", "value": 495000, "unit": None, "counted": "Louisiana customers without power", "source": None, "approx": "around",
   "note": "'approximately 495,000 Louisiana customers ... without power' -> around; the advisory's own voice (FEMA is the author, no claimant is named in the text): source null. 'over 350,000 Louisiana customers' on 30 August, same key (the running count, revised)"},
  {"quantity": K+"tx_customers_without_power", "text": "115,000", "value": 115000, "unit": None, "counted": "Texas customers lacking power", "source": None, "approx": None,
   "note": "'approximately 495,000 Louisiana customers and 115,000 Texas customers': the hedge is printed before the first number only and is taken to govern only it (as 'more than 85,850 blankets and 46,800 ... containers' in dod_2010_pakistan_marine_helicopters_join): null. '96,000 Texas customers' on 30 August, same key"},
  {"quantity": K+"la_medical_facilities_on_generators", "text": "60", "value": 60, "unit": None, "counted": "Louisiana medical facilities on generator power", "source": None, "approx": "more than",
   "note": "'More than 60'; 'More than 50 Louisiana medical facilities' on 30 August, same key"},
  {"text": "400", "value": 400, "unit": None, "counted": "generators at FEMA's disposal", "source": None, "approx": None,
   "note": "'FEMA has 400 generators available': FEMA is the subject of 'has', not a claimant"},
  {"text": "20,000", "value": 20000, "unit": None, "counted": "utility personnel supporting restoration efforts", "source": None, "approx": "more than",
   "note": "'Over 20,000' -> more than"},
  {"text": "28", "value": 28, "unit": None, "counted": "states the utility personnel come from", "source": None, "approx": None},
  {"text": "48 to 72", "value": 48, "value_max": 72, "unit": "hours", "counted": "hours within which power restoration is anticipated", "source": None, "approx": "up to",
   "note": "'Power restoration anticipated within the next 48 to 72 hours': one range (as 'between 40 and 60'); 'within' -> up to (as 'within 30 hours', 'within one day' in the dev set). A duration: a figure, not an event (as 'Over the next 24 hours' in dod_2020_beirut_pentagon_flies_aid)"},
  {"quantity": K+"customers_without_water", "text": "200,000", "value": 200000, "unit": None, "counted": "Louisiana customers lacking water", "source": None, "approx": "around",
   "note": "'In Louisiana, ... inoperable with nearly 200,000 customers without water': 'nearly' -> around. 'over 200,000 customers without water' on 30 August, same key"},
 ],
 "events": [
  {"actor": F, "date": "2020-08-29", "date_text": "August 29, 2020", "what": "FEMA issues its Tropical Depression Laura update",
   "note": "the date in the advisory's title dates the update itself; the issuer is FEMA (as the headline date 'Sept. 23 Updates' in fema_2022_fiona_sept23_update)"},
  {"actor": T, "date": "2020-08-28", "date_text": "Friday evening", "what": "President Trump approved a major disaster declaration for Louisiana",
   "note": "'President Trump approved a major disaster declaration Friday evening for Louisiana': active, Trump is the agent; the Friday before the advisory of Saturday 29 August 2020 is 28 August"},
 ],
 "actors": [
  {"name": T, "type": "person", "aliases": ["President Trump"]},
  {"name": F, "type": "organisation", "aliases": ["FEMA"]},
 ],
 "notes": [
  "FEMA Advisory 'Tropical Depression Laura Update (August 29, 2020)' (Saturday 29 August 2020), kept from support.itguys.business's repost of the FEMA Daily Digest Bulletin; story hurricane_laura_2020 with the advisory of the next day (fema_2020_laura_advisory_aug30).",
  "No quotes. All figures are in the advisory's own voice (FEMA writes it; no claimant named): every source null.",
  "Cross-item keys with the 30 August advisory: la_customers_without_power (approximately 495,000 here, over 350,000 there), tx_customers_without_power (115,000 / 96,000), customers_without_water (nearly 200,000 in Louisiana / over 200,000), la_medical_facilities_on_generators (more than 60 / more than 50). The five parishes, 400 generators, 20,000 utility personnel from 28 states and the 48 to 72 hours have no partner and no key.",
  "Events: the title date (FEMA issues the update) and 'Friday evening' (Trump approved the declaration). 'already approved' (the emergency declarations) carries no date; 'within the next 48 to 72 hours' is a duration (figure, not an event); 'if necessary' is not a date.",
  "Not figures: 'Interstate 10' (a designation); 'August 29, 2020' (date). 'Laura' (the storm that 'caused ... damage') is weather, not an actor; 'state, local and tribal officials' and the parishes do not act with a date or claim.",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and against the stored copy; checked each hedge ('approximately' only before 495,000, 'More than' 60, 'Over' 20,000, 'within' 48 to 72, 'nearly' 200,000; none before 115,000, 400, 28), that 28 August 2020 was a Friday, every alias an exact substring and the four keys against the 30 August item; no change.",
 ],
}
