K = "lombok_quake_2018:"
USGS = "U.S. Geological Survey"
SPN = "Sutopo Purwo Nugroho"
OFF = "Indonesian officials"
TOUR = "tourists on the islands"
ANN = {
 "article": "articles/voa_2018_lombok_rescue_operations_continue.txt",
 "gold_out": "gold/voa_2018_lombok_rescue_operations_continue.json",
 "published": "2018-08-07",
 "quotes": [],
 "figures": [
  {"quantity": K+"aug5_deaths", "text": "100", "value": 100, "unit": None, "counted": "people killed by Sunday's powerful earthquake", "source": None, "approx": "more than",
   "note": "'that has killed more than 100 people': VOA's own voice; the running toll of the 5 August quake ('at least 19' on 5 August, 'more than 300'/347 on 9 August, 'more than 400' on 19 August)"},
  {"quantity": K+"aug5_magnitude", "text": "6.9", "value": 6.9, "unit": None, "counted": "magnitude of Sunday's quake", "source": USGS, "approx": None,
   "note": "'recorded at magnitude 6.9 by the U.S. Geological Survey': the USGS's measurement (by-agent); a measure without unit"},
  {"quantity": K+"aug5_magnitude", "text": "7.0", "value": 7.0, "unit": None, "counted": "magnitude of Sunday's quake before the USGS revision", "source": USGS, "approx": None,
   "note": "'(revised down from 7.0)': the USGS's earlier figure (the 5 August item has the USGS saying 7.0); same quantity as 6.9, a revised measurement"},
  {"text": "10.5", "value": 10.5, "unit": "km", "counted": "depth at which the quake struck", "source": None, "approx": None,
   "note": "'struck at a depth of 10.5 kilometers': the span is the number, unit km (as '12' in '12 miles'); the sentence's by-agent USGS is the agent of 'recorded at magnitude 6.9' only, the depth is stated in VOA's voice"},
  {"text": "three", "value": 3, "unit": None, "counted": "vacation islands near Lombok (the Gili islands)", "source": None, "approx": None, "ctx": "three vacation islands"},
  {"quantity": K+"gili_evacuated", "text": "2,000", "value": 2000, "unit": None, "counted": "people evacuated from the Gili islands on Monday", "source": OFF, "approx": "more than",
   "note": "'Officials said more than 2,000 people were evacuated ...': unnamed officials as a group (as 'Burmese officials' in the dev set)"},
  {"quantity": K+"aug5_seriously_injured", "text": "200", "value": 200, "unit": None, "counted": "people seriously injured", "source": OFF, "approx": "more than",
   "note": "'Officials said ... and say more than 200 people have been seriously injured': the officials again; the seriously injured, not the same quantity as all injured (1,447 on 9 August)"},
  {"text": "thousands", "value": None, "vague": True, "unit": None, "counted": "houses damaged in the quake", "source": OFF, "approx": None, "ctx": "thousands of houses",
   "note": "'They say thousands of houses were damaged': 'They' = the officials of the previous sentence"},
 ],
 "events": [
  {"actor": None, "date": "2018-08-05", "date_text": "Sunday's", "what": "powerful earthquake that has killed more than 100 people", "ctx": "following Sunday's",
   "note": "possessive weekday on 'earthquake': a natural event, no agent; the Sunday before a Tuesday 7 August report"},
  {"actor": TOUR, "date": "2018-08-06", "date_text": "on Monday", "what": "most tourists were able to evacuate", "ctx": "evacuate on Monday",
   "note": "'most tourists were able to evacuate on Monday': the tourists are the agents of the intransitive 'evacuate'"},
  {"actor": None, "date": "2018-08-05", "date_text": "Sunday's", "what": "quake struck at a depth of 10.5 kilometers", "ctx": "Sunday's quake, recorded",
   "note": "possessive weekday on 'quake': natural event, no agent"},
  {"actor": TOUR, "date": "2018-08-06", "date_text": "Monday", "what": "tourists lined up on the beaches waiting for boats", "ctx": "beaches Monday",
   "note": "'Tourists lined up on the small beaches Monday': subject 'Tourists'"},
  {"actor": None, "date": "2018-08-06", "date_text": "on Monday", "what": "more than 2,000 people were evacuated from the Gili islands", "ctx": "Gili islands on Monday",
   "note": "passive without a by-agent ('were evacuated ... on Monday'); the officials only say it"},
  {"actor": SPN, "date": "2018-08-06", "date_text": "Monday", "what": "Nugroho told reporters most of those killed and injured were in northern Lombok", "ctx": "reporters Monday"},
 ],
 "actors": [
  {"name": USGS, "type": "organisation", "aliases": ["the U.S. Geological Survey"]},
  {"name": TOUR, "type": "group", "aliases": ["most tourists", "Tourists"]},
  {"name": OFF, "type": "group", "aliases": ["Officials"]},
  {"name": SPN, "type": "person", "aliases": ["Sutopo Purwo Nugroho", "Sutopo Purwo Nugroho, a spokesman for the country's National Disaster Mitigation Agency", "Nugroho"]},
 ],
 "notes": [
  "VOA News report of Tuesday 7 August 2018 (no date line; worked out from the caption dated 'Aug. 7, 2018' and the past 'Monday' events, meta published_evidence), two days after the Lombok earthquake of Sunday 5 August 2018. Story lombok_quake_2018 with voa_2018_lombok_quake_kills_at_least_19 (5 August), voa_2018_lombok_third_strong_quake (9 August) and voa_2018_lombok_new_6_9_quake_aug19 (19 August).",
  "Keys (lombok_quake_2018:): aug5_deaths ('more than 100'), aug5_magnitude (6.9 and 'revised down from 7.0', both the USGS's; 7.0 in the 5 August item, 6.9 on 9 August), gili_evacuated ('more than 2,000', only here), aug5_seriously_injured ('more than 200', only here; not the same quantity as the 1,447 injured of 9 August).",
  "No quote marks in the text: Nugroho's words are reported speech ('told reporters Monday that ...', 'Nugroho says ...', 'He said ...'), so there are no quotes.",
  "'Officials' (twice) and 'They' are unnamed Indonesian officials, one group actor (pronoun not an alias). 'Nugroho' and 'He' in the ninth paragraph are Sutopo Purwo Nugroho. The National Disaster Mitigation Agency is named only as Nugroho's employer and does not act: not listed. 'Residents who lost their homes sheltered in makeshift tents' is undated; not listed.",
  "Events: two possessive 'Sunday's' (the quake, no agent) and four Mondays (tourists evacuating, tourists lining up, the passive evacuation of 2,000 people without agent, Nugroho's briefing). 'Monday' is 6 August 2018 for a Tuesday report.",
  "Not figures: 'no foreign tourists' (no number); 'several parts' (not a number).",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: checked each Monday's clause and agent, the two 'Sunday's' (ctx), that the USGS claims both magnitudes but not the depth, 'more than' on 100, 2,000 and 200, and that 'They say thousands' belongs to the officials; no change.",
 ],
}
