K = "kenya_post_election_violence_2008:"
JP = "Jennifer Pagonis"
IDP = "internally displaced people"
REP = "IDP representatives"
AAO = "aid agency officials"
ANN = {
 "article": "articles/voa_2008_kenya_unhcr_go_and_see_visits.txt",
 "gold_out": "gold/voa_2008_kenya_unhcr_go_and_see_visits.json",
 "published": "2008-05-06",
 "quotes": [
  {"text": "When they arrive, they will meet local authorities, representatives of other communities in the area as part of a reconciliation process. I think most of them would be very interested to inspect their homes",
   "speaker": JP, "speaker_mention": "Pagonis", "fragment": False,
   "note": "first half of a split quote, interrupted by 'Pagonis said'; the comma before the closing mark is dropped"},
  {"text": "In many cases, their houses have been burned to the ground. Others have been vandalized. Roofing material, mainly corrugated iron sheets, could have been stolen. So, this is always something that makes a great emotional impact on anybody who has been displaced from their homes to go back and see what condition it is like and what are the possibilities of resuming their life in that place.",
   "speaker": JP, "speaker_mention": "Pagonis", "fragment": False,
   "note": "second half of the split quote, after 'Pagonis said.'; final period kept"},
 ],
 "figures": [
  {"quantity": K+"displaced", "text": "350,000", "value": 350000, "unit": None, "counted": "people who fled their homes following the post-election violence", "source": None, "approx": "around",
   "note": "'An estimated 350,000' -> around; stated in VOA's own voice (no claimant in the sentence or the next); same quantity as 'over 100,000' (Mwangi, 6 January) and 'up to 250,000' (Kenya Red Cross via UNHCR, 29 January)"},
  {"text": "90 percent", "value": 90, "unit": "%", "counted": "share of the displaced who are from the western Rift Valley", "source": None, "approx": "around",
   "note": "'about 90 percent' -> around; VOA's voice"},
  {"quantity": K+"deaths", "text": "1,200", "value": 1200, "unit": None, "counted": "deaths in the ethnic clashes", "source": None, "approx": "around",
   "note": "'resulted in about 1,200 deaths' -> around; VOA's voice; the nationwide toll of the post-election violence"},
  {"text": "four", "value": 4, "unit": None, "counted": "mini-vans carrying the representatives and officials", "source": JP, "approx": None,
   "note": "'She says the representatives ... left early Tuesday in four mini-vans': Pagonis's account ('She' = Pagonis, named in the paragraph before)"},
  {"text": "250 kilometers", "value": 250, "unit": "km", "counted": "distance some will travel to reach their home villages", "source": JP, "approx": "around",
   "note": "'She says some will have to travel about 250 kilometers' -> around; the unit word is separated by a space and spelled out, so the span includes it"},
 ],
 "events": [
  {"actor": IDP, "date": "2008", "date_text": "early this year", "what": "an estimated 350,000 people fled their homes following the post-election violence",
   "note": "'early this year' = the year of publication (as 'earlier this month' = the month); it modifies 'fled' (main verb; its subject, the 350,000 people, are the internally displaced the item is about). If read as dating 'post-election violence' instead, the date is the same and the violence has no named agent"},
  {"actor": REP + " and " + AAO, "date": "2008-05-06", "date_text": "early Tuesday", "what": "left on the go-and-see visit in four mini-vans",
   "note": "'the representatives and aid agency officials left early Tuesday': joint subject of 'left'; Tuesday 6 May 2008 is the day of publication"},
 ],
 "actors": [
  {"name": "UNHCR", "type": "organisation", "aliases": ["The U.N. refugee agency", "UNHCR"]},
  {"name": JP, "type": "person", "aliases": ["U.N. refugee spokeswoman, Jennifer Pagonis", "Jennifer Pagonis", "Pagonis"]},
  {"name": "Kenyan government", "type": "organisation", "aliases": ["the government"]},
  {"name": IDP, "type": "group", "aliases": ["internally displaced people", "the internally displaced", "internally displaced persons"]},
  {"name": REP, "type": "group", "aliases": ["representatives of the internally displaced", "the representatives"]},
  {"name": AAO, "type": "group", "aliases": ["aid agency officials"]},
 ],
 "notes": [
  "VOA report by Lisa Schlein from Geneva of Tuesday 6 May 2008 (date from the URL) on UNHCR's go-and-see visit for displaced Kenyans; story kenya_post_election_violence_2008 with voa_2008_kenya_red_cross_copes_violence (6 January) and voa_2008_kenya_rift_valley_violence_hinders_aid (29 January).",
  "Two quotes: one split quote by Pagonis, interrupted by 'Pagonis said'. Pagonis's account before it is reported speech ('says', 'she says', 'She says').",
  "Keys: kenya_post_election_violence_2008:displaced ('An estimated 350,000' here, VOA's voice; 'over 100,000' on 6 January; 'up to 250,000' on 29 January: the nationwide count as it grew) and kenya_post_election_violence_2008:deaths ('about 1,200').",
  "Not a quote: '\"go-and-see\" visit' (the name of the kind of visit, in quote marks; no one's words are rendered). Not figures: 'day-long' (no number), 'other communities'. 'Lisa Schlein' (the reporter) and 'local authorities' (future, inside the quote) do not act in the reported events: not actors. 'the government's launch of a resettlement program' carries no date.",
  "second reading by the annotator: re-read the item against FORMAT.md sections 1-2; checked the split quote (comma dropped, final period kept), the hedges ('An estimated', 'about' -> around), 'early Tuesday' against Tuesday 6 May 2008, and the joint actor of 'left'.",
 ],
}
