UN = "UNHCR"
RR = "Ron Redmond"
KA = "Kousseri authorities"
ANN = {
 "article": "articles/voa_2008_chad_aid_agencies_thousands_fleeing.txt",
 "gold_out": "gold/voa_2008_chad_aid_agencies_thousands_fleeing.json",
 "published": "2008-02-05",
 "quotes": [
  {"text": "The UNHCR team says these people are the most vulnerable ones, as they have been spending the past few nights in the open, with very little protection from the elements", "speaker": RR, "speaker_mention": "he",
   "note": "attribution after the quote ('he explained'); 'he' is Ron Redmond, named in the paragraph before; trailing comma dropped"},
  {"text": "It is getting cold at night there.  Authorities in Kousseri told us that 62 wounded people, who escaped fighting in N'Djamena, are being treated in the local hospital.", "speaker": RR, "speaker_mention": "he",
   "note": "second part of the quote interrupted by 'he explained' (a separate quote, same speaker); the double spaces are as printed"},
 ],
 "figures": [
  {"quantity": "chad_ndjamena_2008:fled_to_cameroon", "text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "people fleeing the capital", "source": "aid agencies", "approx": None,
   "note": "headline 'Aid Agencies Say Thousands Fleeing Chad Capital': the summary of the lead's 20,000 who fled N'Djamena into Kousseri (same key)"},
  {"quantity": "chad_ndjamena_2008:fled_to_cameroon", "text": "20,000", "value": 20000, "unit": None, "counted": "civilians fled fighting in N'Djamena into Kousseri", "source": UN, "approx": "around",
   "note": "'The U.N. refugee agency reports about 20,000 civilians have fled ... and crossed the river into the Cameroon border town of Kousseri'; 'about' = around. Against the witnesses' 'thousands' of 4 February (same key)"},
  {"text": "6,000 and 7,000", "value": 6000, "value_max": 7000, "unit": None, "counted": "refugees staying at a transit center", "source": RR, "approx": None,
   "note": "'between 6,000 and 7,000 refugees' (range); claimed by 'UNHCR Chief Spokesman Ron Redmond says'"},
  {"text": "62", "value": 62, "unit": None, "counted": "wounded people being treated in the local hospital", "source": KA, "approx": None,
   "note": "inside Redmond's quote, but he gives the count as the authorities' ('Authorities in Kousseri told us that 62 wounded people ...'): the claimant the text names is the Kousseri authorities"},
  {"text": "32", "value": 32, "unit": "km", "counted": "distance of Maltam from Kousseri", "source": RR, "approx": None,
   "note": "'Redmond says the UNHCR is planning to move refugees ... to a better campsite in Maltam, 32 kilometers from Kousseri': inside Redmond's reported speech"},
  {"text": "100,000", "value": 100000, "unit": None, "counted": "people the Maltam site could host", "source": RR, "approx": "up to",
   "note": "'He says this site ... could host up to 100,000 people': 'He' is Redmond (previous sentence); a capacity, not a count of refugees"},
  {"text": "90", "value": 90, "unit": "tons", "counted": "tons of relief supplies to be airlifted", "source": RR, "approx": None,
   "note": "'He says the UNHCR is preparing to airlift 90 tons of relief supplies': 'He' is Redmond"},
  {"text": "14,000", "value": 14000, "unit": None, "counted": "refugees the supplies will be enough for", "source": RR, "approx": None,
   "note": "'He says the supplies ... will be enough for 14,000 refugees'"},
 ],
 "events": [
  {"actor": UN, "date": "2008-02-04/2008-02-10", "date_text": "this week", "what": "UNHCR to airlift 90 tons of relief supplies to Cameroon",
   "note": "'He says the UNHCR is preparing to airlift 90 tons of relief supplies to Cameroon this week': the agency is the subject of 'is preparing to airlift'; the ISO week of Tuesday 5 February 2008"},
  {"actor": None, "date": "2008-02-02/2008-02-03", "date_text": "over the weekend", "what": "ICRC staff forced to remain indoors",
   "note": "'It says its staff was forced to remain indoors over the weekend': passive without a by-agent -> null (the fighting forced them, no actor is named). The weekend before Tuesday 5 February 2008 (Saturday 2 - Sunday 3), the weekend of the fighting in N'Djamena"},
 ],
 "actors": [
  {"name": UN, "type": "organisation", "aliases": ["The U.N. refugee agency", "The U.N. refugee agency, UNHCR", "UNHCR", "the UNHCR"]},
  {"name": RR, "type": "person", "aliases": ["UNHCR Chief Spokesman Ron Redmond", "Ron Redmond", "Redmond"]},
  {"name": KA, "type": "organisation", "aliases": ["Authorities in Kousseri"]},
  {"name": "International Committee of the Red Cross", "type": "organisation", "aliases": ["The International Committee of the Red Cross, ICRC", "International Committee of the Red Cross", "ICRC"]},
  {"name": "aid agencies", "type": "group", "aliases": ["Aid Agencies"]},
 ],
 "notes": [
  "VOA report by Lisa Schlein (Geneva) of Tuesday 5 February 2008 on refugees from the N'Djamena fighting in Kousseri, Cameroon; story chad_ndjamena_2008 with voa_2008_chad_rebels_clash_near_ndjamena (1 February) and voa_2008_chad_says_it_crushed_rebellion (4 February).",
  "Figures claimed by an aid agency and its spokesman: UNHCR's 'about 20,000' (lead); Ron Redmond's 6,000-7,000 at the transit center, 32 km, 'up to 100,000' capacity, 90 tons, 14,000 refugees (several of them with 'He says', the name a sentence or more away); the 62 wounded are the Kousseri authorities' count as relayed by Redmond.",
  "Cross-item key: chad_ndjamena_2008:fled_to_cameroon (headline 'Thousands' by aid agencies and the lead's 20,000 by UNHCR here; witnesses' 'thousands' on 4 February). The 6,000-7,000 at the transit center are a part of those refugees (different scope): no key.",
  "Quotes: Redmond's quotation interrupted by 'he explained' gives two quotes, both 'he' = Redmond, named in the previous paragraph. The dropped last paragraph (cut mid-word) held Anna Schaaf's 'Monday'.",
  "Not figures: 'the past few nights', 'the few hotels', 'many years' (no number). Not events: 'the past few nights' (duration), 'at night' (inside speech, time of day), the date line '05 February 2008' (removed, kept in the meta). 'Lisa Schlein' is the reporter, not an actor.",
  "second reading: re-read the whole item against FORMAT.md sections 1-2 (both quote spans, every number token including the range '6,000 and 7,000', 'this week' = 4-10 February and 'over the weekend' = 2-3 February against Tuesday 5 February 2008).",
 ],
}
