K = "unhcr_global_refugees_2008:"
U = "UNHCR"
ANN = {
 "article": "articles/voa_2008_unhcr_report_iraq_afghan_half.txt",
 "gold_out": "gold/voa_2008_unhcr_report_iraq_afghan_half.json",
 "published": "2008-06-17",
 "quotes": [],
 "figures": [
  {"quantity": K+"iraq_afghan_share", "text": "Half", "value": 0.5, "unit": "share", "counted": "share of the world's refugees from Iraq and Afghanistan", "source": U, "approx": None,
   "note": "headline 'UN Report: Refugees from Iraq, Afghanistan Make Up Half the World's Total': the claimant is printed in the headline ('UN Report:') and the next sentences give it to the refugee agency and its report (as 'UN:' and 'Report:' headlines in the dev items voa_2010_pakistan_floods_displace_1_million_more and voa_2014_donetsk_rebel_30_35_dead); the headline prints no hedge. Same quantity as 'nearly half' in the second paragraph"},
  {"quantity": K+"iraq_afghan_share", "text": "half", "ctx": "nearly half", "value": 0.5, "unit": "share", "counted": "share of the 11.4 million refugees from Iraq and Afghanistan", "source": U, "approx": "around",
   "note": "'A report released Tuesday says refugees from Iraq and Afghanistan made up nearly half ...': the report is the refugee agency's ('under the agency's care'), so the claimant is UNHCR; 'nearly' = around"},
  {"quantity": K+"refugees_worldwide_2007", "text": "11.4 million", "value": 11400000, "unit": None, "counted": "refugees under the agency's care in the past year", "source": U, "approx": None,
   "note": "same report sentence; same quantity as '11.4 million' people fleeing worldwide in voa_2008_conflicts_drive_up_refugee_numbers"},
  {"text": "three million", "value": 3000000, "unit": None, "counted": "internally displaced people in Colombia", "source": U, "approx": "around",
   "note": "'The agency says Colombia had the most internally displaced people, estimated at nearly three million': 'nearly' = around"},
  {"text": "2.4 million", "value": 2400000, "unit": None, "counted": "internally displaced people in Iraq", "source": U, "approx": "around",
   "note": "'Iraq had the second-highest number, with about 2.4 million.': continues 'The agency says ...' of the sentence before in the same paragraph (claimant named in the previous sentence); 'about' = around"},
  {"quantity": K+"years_of_decline", "text": "five years", "value": 5, "unit": "years", "counted": "years the worldwide refugee total had fallen", "source": U, "approx": None,
   "note": "'The agency says the worldwide refugee total had fallen for five years straight ...'; same quantity as 'for five years' in voa_2008_conflicts_drive_up_refugee_numbers"},
 ],
 "events": [
  {"actor": None, "date": "2008-06-17", "date_text": "Tuesday", "what": "the refugee agency's report was released",
   "note": "'A report released Tuesday': a passive participle without a by-agent, so null (the text implies the report is the agency's but does not say who released it). Tuesday of a Tuesday 17 June 2008 report = that day"},
  {"actor": None, "date": "2006", "date_text": "in 2006", "what": "the worldwide refugee total increased",
   "note": "'before increasing in 2006': the refugee total rose, no agent"},
  {"actor": None, "date": "2007", "date_text": "last year", "what": "the worldwide refugee total increased again",
   "note": "'and again last year': the year before 2008; no agent"},
 ],
 "actors": [
  {"name": U, "type": "organisation", "aliases": ["The U.N. refugee agency", "The agency", "the agency"]},
 ],
 "notes": [
  "VOA News report of Tuesday 17 June 2008 (kept from baktabul.net, which reprints VOA copy word for word; see meta) on UNHCR's annual report for 2007; story unhcr_global_refugees_2008 with voa_2008_conflicts_drive_up_refugee_numbers (Sonja Pace, London, same day).",
  "No quote marks: everything is reported speech of the agency or its report, so there are no quotes.",
  "Figures: the headline's 'Half' (claimant from the 'UN Report:' label, as in the dev precedents) and the report's 'nearly half' share the key unhcr_global_refugees_2008:iraq_afghan_share; '11.4 million' refugees (key refugees_worldwide_2007) and 'five years' of decline (key years_of_decline) are shared with the Sonja Pace report of the same day. The internally displaced of Colombia and Iraq have no counterpart. Every body figure is UNHCR's: 'A report ... says' (the agency's report), 'The agency says' twice; '2.4 million' continues the Colombia sentence's claim.",
  "Not figures: 'for the second year in a row' and 'second-highest' (ordinals). Not events: 'in the past year' (a period measured back from the report, kept as the scope of the 11.4 million, as in the dev items with 'over the past year').",
  "Events: 'Tuesday' (report released, passive without agent -> null), 'in 2006' and 'last year' (2007) for the rise of the total (no agent).",
  "Actors: only the refugee agency; Colombians, Sudanese and Somalis are refugee groups counted, not acting; Colombia and Iraq are places.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: 'Half' in the headline vs 'half' in the body pinned with ctx, 'nearly'/'about' as around, 'last year' = 2007 against 17 June 2008, the claimant of '2.4 million' carried over from the sentence before, and every alias an exact substring.",
 ],
}
