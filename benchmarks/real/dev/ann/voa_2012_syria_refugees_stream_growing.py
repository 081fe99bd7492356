K = "syria_refugees_2012:"
U = "UNHCR"
E = "Adrian Edwards"
R = "Syrian refugees"
ANN = {
 "article": "articles/voa_2012_syria_refugees_stream_growing.txt",
 "gold_out": "gold/voa_2012_syria_refugees_stream_growing.json",
 "published": "2012-08-14",
 "quotes": [
  {"text": "These are fairly general impressions that our team is receiving that people have been reluctant to register because they fear that this information might get back to Syria and have negative implications for them", "speaker": E, "speaker_mention": "Edwards",
   "note": "attribution after the quote ('says Edwards'); trailing comma before the closing mark dropped. Edwards is introduced with his title ('Agency spokesman Adrian Edwards') in the paragraph before"},
  {"text": "That, in general seems to be the reason that is holding people up now. In Jordan, you see a change in circumstances now and, more people now are, in fact, coming forward to register. Obviously, we hope that will continue because that helps us help them.", "speaker": E, "speaker_mention": "Edwards",
   "note": "second part of the quote interrupted by 'says Edwards': a separate quote with the same speaker; the final full stop inside the marks is kept"},
 ],
 "figures": [
  {"quantity": K+"refugees_abroad_total", "text": "157,577", "value": 157577, "unit": None, "counted": "Syrian refugees registered who have fled to Jordan, Lebanon, Iraq and Turkey", "source": U, "approx": None,
   "note": "'The agency has registered 157,577 Syrian refugees ...': the agency's own count, in the paragraph that opens 'The United Nations refugee agency (UNHCR) says ...'. Same quantity (all Syrians who have fled to the neighbouring countries, the count rising over the month) as the 'more than 200,000' made refugees in voa_2012_un_security_council_to_meet_syria of 29 August; the text itself warns that the registered number understates the actual one"},
  {"text": "283", "value": 283, "unit": None, "counted": "Syrians who crossed the border into Jordan on Saturday night", "source": U, "approx": None,
   "note": "'The UNHCR reports 283 Syrians crossed ...'"},
  {"text": "400", "value": 400, "unit": None, "counted": "people arriving in Jordan each night since July (steady average)", "source": U, "approx": "around",
   "note": "'a steady average of about 400 people arriving each night': 'about' = around; same UNHCR report sentence as the 283"},
  {"text": "300", "value": 300, "unit": None, "counted": "requests a day to register in Amman over the past few days", "source": U, "approx": "around",
   "note": "'some 300 requests a day': 'some' = around. 'However, the agency is seeing a surge ...' continues the UNHCR report of the paragraph before ('The UNHCR reports ... It says ...'): what the agency observes, so UNHCR is the claimant"},
  {"text": "200", "value": 200, "unit": None, "counted": "requests a day to register in Amman on average in the previous week", "source": U, "approx": None,
   "note": "'compared to an average of 200 a day in the previous week': same sentence and claimant as the 300; 'an average of' is not a hedge"},
 ],
 "events": [
  {"actor": R, "date": "2012-08-11", "date_text": "on Saturday night", "what": "283 Syrians crossed the border into Jordan",
   "note": "'283 Syrians crossed the border into Jordan on Saturday night': the agent of 'crossed' is the Syrians (refugees). Saturday before the Tuesday 14 August 2012 report = 11 August 2012"},
  {"actor": None, "date": "2012-07", "date_text": "since July", "what": "a steady average of about 400 people had been arriving in Jordan each night",
   "note": "'what had been a steady average of about 400 people arriving each night since July': the expression dates a state (the average 'had been' steady), not an act with an agent, so null. July before an August 2012 report = 2012-07"},
 ],
 "actors": [
  {"name": U, "type": "organisation", "aliases": ["The United Nations refugee agency (UNHCR)", "The United Nations refugee agency", "UNHCR", "The U.N. refugee agency", "The agency", "the agency", "The UNHCR"]},
  {"name": E, "type": "person", "aliases": ["Agency spokesman Adrian Edwards", "Adrian Edwards", "Agency spokesman Edwards", "Edwards"]},
  {"name": R, "type": "group", "aliases": ["Syrian refugees", "Syrians", "refugees"]},
 ],
 "notes": [
  "VOA report from Geneva (no byline in the stored copy) of Tuesday 14 August 2012 (date inferred, see meta); fourth item of story syria_refugees_2012 with the two VOA reports of 28 August (voa_2012_syria_refugees_jordan_larger_influx, voa_2012_syria_refugees_strain_neighbors) and voa_2012_un_security_council_to_meet_syria of 29 August.",
  "Quotes: one quotation by UNHCR spokesman Adrian Edwards, split by its attribution 'says Edwards' into two quotes; he is named with his title a paragraph earlier ('Agency spokesman Adrian Edwards'). The indirect statements ('says registration is important', 'says there is an increasingly perilous situation') are not quotes.",
  "Figures: all five are UNHCR's (the agency's registration count, and 'The UNHCR reports ...' followed by 'It says ...' and 'the agency is seeing ...'). Key across the story: syria_refugees_2012:refugees_abroad_total (157,577 registered on 14 August here; 'more than 200,000' refugees on 29 August). The nightly arrivals in Jordan (283, about 400) and the Amman registration requests (300, 200 a day) are other quantities than the 10,200 arrivals of the past week of 28 August: no key.",
  "Events: 'on Saturday night' (agent the Syrians who crossed) and 'since July' (a state, null). Not events: 'now' (in the quote and in 'are now'), 'over the past few days' (vague), 'in the previous week' (a comparison period measured back from 'the past few days', not a calendar week, kept as the scope of the 200 figure), 'each night'/'a day' (rates).",
  "Actors: 'It says' (twice) refers to UNHCR (pronoun, not an alias); 'our team' in the quote is UNHCR's staff. 'refugees' in 'refugees may have difficulties', 'dangers refugees encounter' and 'refugees report' is listed under Syrian refugees (the only refugees in the text). Countries (Jordan, Lebanon, Iraq, Turkey, Syria) are places here, not actors.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: quote boundaries and the dropped trailing comma, every alias an exact substring, 'some' and 'about' as around, the Saturday date against Tuesday 14 August 2012, and the choice of the refugees_abroad_total key (same thing counted, same region, a count rising over two weeks).",
 ],
}
