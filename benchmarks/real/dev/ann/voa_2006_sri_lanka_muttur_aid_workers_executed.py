K = "sri_lanka_east_offensive_2006:"
D = "Vignati Davide"
R = "International Committee of the Red Cross"
AO = "Aid officials"
T = "Tamil Tigers"
F = "Sri Lankan government forces"
ANN = {
 "article": "articles/voa_2006_sri_lanka_muttur_aid_workers_executed.txt",
 "gold_out": "gold/voa_2006_sri_lanka_muttur_aid_workers_executed.json",
 "published": "2006-08-07",
 "quotes": [
  {"text": "The I.C.R.C. local staff is stuck in Muttur town", "speaker": D, "speaker_mention": "Davide",
   "note": "'..., Davide explained.' after the quote; he is introduced in the paragraph before ('Vignati Davide is a spokesman for the International Committee of the Red Cross'); comma before the closing mark dropped"},
  {"text": "We lost contact with them during the weekend. We know for sure they left our offices on Friday due to the shelling that hit slightly our offices. But nobody so far could enter Muttur.",
   "speaker": D, "speaker_mention": "Davide",
   "note": "continues Davide's words after 'Davide explained.'; final '.' kept"},
 ],
 "figures": [
  {"quantity": K + "muttur_aid_workers_dead", "text": "15", "ctx": "15 Aid Workers", "value": 15, "unit": None, "counted": "Aid Workers Found Executed", "source": None, "approx": None,
   "note": "headline; the claimant ('Aid officials say 15 Sri Lankans ...') is two sentences after the lead, not the next sentence: outlet's voice, null"},
  {"quantity": K + "muttur_aid_workers_dead", "text": "Fifteen", "value": 15, "unit": None, "counted": "aid workers found executed in Muttur", "source": None, "approx": None,
   "note": "lead sentence in the outlet's voice; the claimant comes in the third sentence, so null"},
  {"quantity": K + "muttur_fighting_duration", "text": "two", "ctx": "nearly two weeks", "value": 2, "unit": "weeks", "counted": "weeks of fighting in Muttur", "source": None, "approx": "around",
   "note": "'has raged for nearly two weeks': nearly -> around; the same span as '13 days of fighting' later (one quantity in two units, like a conversion)"},
  {"quantity": K + "muttur_aid_workers_dead", "text": "15", "ctx": "say 15 Sri Lankans", "value": 15, "unit": None, "counted": "Sri Lankans found dead in their office in Muttur", "source": AO,
   "approx": None, "note": "'Aid officials say 15 Sri Lankans ... were found dead': claimed by the aid officials"},
  {"quantity": K + "muttur_fighting_duration", "text": "13", "value": 13, "unit": "days", "counted": "days of fighting in Muttur", "source": None, "approx": None,
   "note": "'Muttur has been in the middle of 13 days of fighting': outlet's voice; same duration as 'nearly two weeks'"},
  {"text": "850", "value": 850, "unit": None, "counted": "people died in tit for tat incidents this year", "source": None, "approx": "around",
   "note": "'An estimated 850 people have died ... this year alone': 'An estimated' -> around; outlet's voice, no estimator named. No partner in the story's items"},
 ],
 "events": [
  {"actor": None, "date": "2004", "date_text": "2004", "what": "the Indian Ocean tsunami",
   "note": "'the 2004 Indian Ocean tsunami': a year on a noun naming a natural disaster; no agent"},
  {"actor": R, "date": "2006-08-05/2006-08-06", "date_text": "during the weekend", "what": "the ICRC lost contact with its local staff in Muttur",
   "note": "inside Davide's quote: 'We lost contact with them during the weekend' - 'we' = the ICRC he speaks for; the weekend before Monday 7 August 2006 = Saturday 5 - Sunday 6 August"},
  {"actor": R, "date": "2006-08-04", "date_text": "on Friday", "what": "the ICRC local staff left the ICRC offices in Muttur because of shelling",
   "note": "inside Davide's quote: 'they left our offices on Friday' - 'they' = 'The I.C.R.C. local staff' (listed under the ICRC); Friday before Monday 7 August = 4 August 2006"},
  {"actor": "Norway", "date": "2002", "date_text": "in 2002", "what": "Norway helped broker a cease-fire",
   "note": "'since Norway helped broker a cease-fire in 2002': the date modifies 'helped broker', whose subject is Norway"},
  {"actor": None, "date": "2006", "date_text": "this year", "what": "an estimated 850 people died in tit for tat incidents",
   "note": "'have died ... this year alone': 'died' has no agent (the killers are not named), null; this year = 2006"},
 ],
 "actors": [
  {"name": D, "type": "person", "aliases": ["Vignati Davide", "Davide"]},
  {"name": R, "type": "organisation", "aliases": ["International Committee of the Red Cross", "The I.C.R.C. local staff"]},
  {"name": AO, "type": "group", "aliases": ["Aid officials"]},
  {"name": "Consortium of Humanitarian Agencies", "type": "organisation", "aliases": ["Officials from the Consortium of Humanitarian Agencies", "Consortium of Humanitarian Agencies"]},
  {"name": T, "type": "organisation", "aliases": ["Tamil Tiger rebels", "Tamil rebels"]},
  {"name": F, "type": "organisation", "aliases": ["government forces", "government troops"]},
  {"name": "Norway", "type": "country", "aliases": ["Norway"]},
  {"name": "Jon Hanssen Bauer", "type": "person", "aliases": ["Jon Hanssen Bauer", "Senior Norwegian envoy, Jon Hanssen Bauer"]},
 ],
 "notes": [
  "VOA report (Patricia Nunan, New Delhi, per a reprint) of Monday 7 August 2006 on the 15 Action Against Hunger staff found dead in Muttur during the fighting over the Mavil Aru reservoir; story sri_lanka_east_offensive_2006 with voa_2006_sri_lanka_tigers_say_ceasefire_dead (31 July) and wn_2006_sri_lanka_troops_capture_sampur (4 September).",
  "Keys: the aid workers found dead (headline 15, lead 'Fifteen', 'Aid officials say 15') share muttur_aid_workers_dead; 'nearly two weeks' and '13 days' of fighting in Muttur share muttur_fighting_duration (same span in two units). '850' (deaths this year across the country) has no partner and no key.",
  "Quotes: Davide's words in two spans split by 'Davide explained.'; his name is given in full in the sentence before the quotation paragraph. 'Relief officials are concerned.' and 'Aid officials say ...' are not quotes.",
  "Events: '2004' (tsunami, null), 'during the weekend' and 'on Friday' (both inside Davide's quote, agents the ICRC / its local staff), 'in 2002' (Norway), 'this year' (deaths, null). Not events: 'so far' (vague) inside the quote, 'nearly two weeks' and '13 days' (durations, figures).",
  "Actors: Action Against Hunger only employed the dead (it neither acts nor speaks in the text): not an actor. 'the government' appears only as a party to the fighting ('between the government and ...'), so no separate government actor; the fighting side is 'government forces' / 'government troops'.",
  "Not figures: '2004', '2002' (years); 'first cease-fire violation' (ordinal); 'All' and 'most' (no number).",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: the two quote texts (trailing comma dropped, final '.' kept), every number token (15 x2, Fifteen, two, 2004, 13, 2002, 850), hedges (nearly, An estimated -> around), dates (Friday 4 Aug, weekend 5-6 Aug 2006 against Monday 7 Aug), aliases exact and unshared; no change.",
 ],
}
