DK = "Daim Kakar"
PO = "Badakhshan provincial officials"
UN = "United Nations"
WNA = "Western news agencies"
O = "Barack Obama"
Q = "afghan_landslide_2014:"
ANN = {
 "article": "articles/voa_2014_afghan_landslide_hundreds_feared_dead.txt",
 "gold_out": "gold/voa_2014_afghan_landslide_hundreds_feared_dead.json",
 "published": "2014-05-02",
 "quotes": [
  {"text": "Our thoughts are with the people of Afghanistan, who have experienced an awful tragedy", "speaker": O, "speaker_mention": "he",
   "note": "'... tragedy,\" he said.': Obama is named in the sentence before ('U.S. President Barack Obama expressed his condolences'); trailing comma dropped"},
 ],
 "figures": [
  {"quantity": Q + "feared_dead", "text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "feared dead in the landslides", "source": None, "approx": None, "ctx": "Hundreds Feared Dead",
   "note": "headline; the lead repeats it in the outlet's voice, no claimant"},
  {"quantity": Q + "feared_dead", "text": "hundreds", "value": None, "vague": True, "unit": None, "counted": "people missing and feared dead", "source": None, "approx": None, "ctx": "with hundreds of people",
   "note": "outlet's voice; same quantity as the headline and as 'Thousands Feared Dead' (VOA, 3 May)"},
  {"quantity": Q + "homes_buried", "text": "300", "value": 300, "unit": None, "counted": "homes buried in mud", "source": None, "approx": "around", "ctx": "Nearly 300 homes",
   "note": "'Nearly' -> around; a sentence of its own after Kakar's reported statement (which is only that rescue work is underway), not inside it and no claimant in the next sentence: outlet's voice. Same quantity as 'some 300 homes' (O'Leary, VOA 3 May) and 'at least 300 homes have disappeared' (officials, VOA 3 May)"},
  {"text": "700", "value": 700, "unit": None, "counted": "people missing and feared dead in Ab-i-Barik village", "source": PO, "approx": "up to",
   "note": "'As many as 700 ... are missing and feared dead, provincial officials told VOA' -> up to; the village's missing only (a part of the scope of 'hundreds ... missing' in northeastern Afghanistan), so no quantity key"},
  {"text": "2,000", "value": 2000, "unit": None, "counted": "people in the village of Ab-i-Barik", "source": PO, "approx": "more than", "ctx": "2,000-plus",
   "note": "'2,000-plus' = more than 2,000; the village's population, in the provincial officials' statement"},
  {"quantity": Q + "deaths", "text": "350", "value": 350, "unit": None, "counted": "people killed", "source": UN, "approx": "at least",
   "note": "'United Nations officials said at least least 350 people have been killed, according to Western news agencies': the claimant is the UN (the agencies only relay it); doubled 'least' kept as printed. Same quantity as the death-toll figures of the 3 May items"},
  {"text": "Several hundred", "value": None, "vague": True, "unit": None, "counted": "people evacuated from the area", "source": None, "approx": None,
   "note": "passive without agent, outlet's voice"},
  {"text": "95", "value": 95, "unit": None, "counted": "people killed by floods last week", "source": None, "approx": "at least",
   "note": "floods of the week before in four other provinces: another disaster, no key"},
 ],
 "events": [
  {"actor": DK, "date": "2014-05-02", "date_text": "on Friday", "what": "Daim Kakar told VOA's Afghanistan service that rescue work is underway in Argo district",
   "note": "'on Friday' modifies 'told', whose subject is Kakar; Friday 2 May 2014 is the report's own day"},
  {"actor": None, "date": "2014-04-21/2014-04-27", "date_text": "Last week", "what": "floods killed at least 95 people in Jawzjan, Faryab, Sar-i-pul and Badghis provinces",
   "note": "subject 'floods' is a natural force, not an agent; previous ISO week before Friday 2 May 2014"},
 ],
 "actors": [
  {"name": DK, "type": "person", "aliases": ["National Disaster Management Authority chief Daim Kakar", "Daim Kakar"]},
  {"name": PO, "type": "group", "aliases": ["provincial officials"]},
  {"name": UN, "type": "organisation", "aliases": ["United Nations officials", "The U.N."]},
  {"name": WNA, "type": "group", "aliases": ["Western news agencies"]},
  {"name": O, "type": "person", "aliases": ["U.S. President Barack Obama", "Barack Obama"]},
 ],
 "notes": [
  "VOA News report of Friday 2 May 2014 (date inferred, see meta) on the landslide that buried Ab-i-Barik (Aab Bareek) village, Argo district, Badakhshan; story afghan_landslide_2014 with voa_2014_afghan_landslide_thousands_feared_dead and voa_2014_afghan_landslide_search_ends (both Saturday 3 May).",
  "Cross-report keys: afghan_landslide_2014:deaths (350 killed here, UN; 3 May: estimates '250 to 2,000', 'as high as 500', 'as high as 2,700', '250-350 confirmed dead', headline 'Kills Hundreds'); :feared_dead (headline and lead 'hundreds' here, 'Thousands Feared Dead' on 3 May), kept apart from the death toll as the missing are kept apart from the dead elsewhere in the set; :homes_buried ('Nearly 300' here, 'some 300' and 'hundreds of homes' and 'at least 300' on 3 May). The 700 missing of Ab-i-Barik alone, the village population and the 95 flood dead of the week before have no key.",
  "Claimants: provincial officials (700 missing, 2,000-plus residents, 'told VOA' in the same sentence); the United Nations ('United Nations officials said', relayed 'according to Western news agencies'; 'The U.N. says' in the next sentence is the same body). Kakar's statement contains no figure; 'Nearly 300 homes' is the outlet's sentence.",
  "Quote: Obama's condolences, named in the sentence before and attributed by 'he said'.",
  "Not figures: 'one' in 'one of the country's most remote provinces' (a pronoun, partitive). Not events: 'During a press conference' (no date), 'Heavy rain has taken its toll' (no date).",
  "Actors: Western news agencies relay the UN figure (they report, listed as actor, not the claimant). Afghan authorities, VOA's Afghanistan service, helicopters and relief teams do not act with a date or speak.",
  "second reading: re-read the item in full against FORMAT.md: Friday = 2 May 2014 (report day), 'Last week' = 21-27 April 2014; hedges 'Nearly' -> around, 'As many as' -> up to, '2,000-plus' -> more than, 'at least least' -> at least; 'counted' phrases start with the noun printed after the number.",
 ],
}
