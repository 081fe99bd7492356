K = "hurricane_laura_2020:"
F = "FEMA"
T = "Donald Trump"
ANN = {
 "article": "articles/fema_2020_laura_advisory_aug30.txt",
 "gold_out": "gold/fema_2020_laura_advisory_aug30.json",
 "published": "2020-08-30",
 "quotes": [],
 "figures": [
  {"text": "40,000", "value": 40000, "unit": None, "counted": "registrations received by the Disaster Assistance line", "source": None, "approx": "around",
   "note": "'The Disaster Assistance line has received nearly 40,000 registrations': 'nearly' -> around; the line is the subject of 'has received', not a claimant: null"},
  {"quantity": K+"la_customers_without_power", "text": "350,000", "value": 350000, "unit": None, "counted": "Louisiana customers without power", "source": None, "approx": "more than",
   "note": "'over 350,000 Louisiana customers ... without power': 'over' -> more than; the advisory's own voice. 'approximately 495,000' the day before, same key (the running count, revised down)"},
  {"quantity": K+"tx_customers_without_power", "text": "96,000", "value": 96000, "unit": None, "counted": "Texas customers lacking power", "source": None, "approx": None,
   "note": "'over 350,000 Louisiana customers and 96,000 Texas customers': 'over' taken to govern only the first number (as in the 29 August item): null. 115,000 the day before, same key"},
  {"quantity": K+"customers_without_water", "text": "200,000", "value": 200000, "unit": None, "counted": "customers lacking water", "source": None, "approx": "more than",
   "note": "'Multiple public water systems are inoperable with over 200,000 customers without water': 'over' -> more than. The sub-bullet sits among the Louisiana bullets (the Public Service Commission's report before it, the Louisiana medical facilities after it) and repeats the wording of the 29 August bullet 'In Louisiana, multiple public water systems are inoperable with nearly 200,000 customers without water': same key"},
  {"text": "385,000", "value": 385000, "unit": None, "counted": "customers under boil water orders", "source": None, "approx": None,
   "note": "'over 200,000 customers without water and 385,000 under boil water orders': 'over' governs only the first number; the counted noun 'customers' is understood from the first conjunct"},
  {"quantity": K+"la_medical_facilities_on_generators", "text": "50", "ctx": "More than 50", "value": 50, "unit": None, "counted": "Louisiana medical facilities on generator power", "source": None, "approx": "more than",
   "note": "'More than 50'; 'More than 60' the day before, same key"},
 ],
 "events": [
  {"actor": F, "date": "2020-08-30", "date_text": "August 30, 2020", "what": "FEMA issues its Tropical Depression Laura update",
   "note": "the date in the advisory's title dates the update itself; the issuer is FEMA (as the headline date 'Sept. 23 Updates' in fema_2022_fiona_sept23_update)"},
 ],
 "actors": [
  {"name": T, "type": "person", "aliases": ["President Trump"]},
  {"name": F, "type": "organisation", "aliases": ["FEMA"]},
  {"name": "Louisiana Public Service Commission", "type": "organisation", "aliases": ["The Louisiana Public Service Commission"]},
 ],
 "notes": [
  "FEMA Advisory 'Tropical Depression Laura Update (August 30, 2020)' (Sunday 30 August 2020), kept from support.itguys.business's repost of the FEMA Daily Digest Bulletin; story hurricane_laura_2020 with the advisory of the day before (fema_2020_laura_advisory_aug29).",
  "No quotes. All figures are in the advisory's own voice: every source null. The Louisiana Public Service Commission 'reports' the destruction of the power grid in two parishes, a claim with no number.",
  "Cross-item keys with the 29 August advisory: la_customers_without_power (over 350,000 here, approximately 495,000 there), tx_customers_without_power (96,000 / 115,000), customers_without_water (over 200,000 / nearly 200,000 in Louisiana), la_medical_facilities_on_generators (more than 50 / more than 60). The nearly 40,000 registrations and the 385,000 under boil water orders have no partner and no key.",
  "Events: only the title date (FEMA issues the update). 'President Trump visited Louisiana and Texas' (Saturday 29 August) and his approval of the major disaster declaration (Friday 28 August, dated in the 29 August item) carry no date expression here.",
  "Not figures: the phone numbers '800-621-3362' and '800-462-7585' and '(TTY)'; 'August 30, 2020' (date). 'Hurricane Laura' is weather, not an actor; 'the Governors and state and local leaders' only meet the President, and 'state, local and tribal officials' take undated actions.",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and against the stored copy; checked each hedge ('nearly' 40,000, 'over' 350,000 and 200,000, 'More than' 50; none before 96,000 and 385,000), the phone numbers left out, every alias an exact substring and the four keys against the 29 August item; no change.",
 ],
}
