L = "Nancy Lindborg"
ANN = {
 "article": "articles/usaid_2014_south_sudan_83_million_additional.txt",
 "gold_out": "gold/usaid_2014_south_sudan_83_million_additional.json",
 "published": "2014-03-25",
 "quotes": [],
 "figures": [
  {"text": "$83 million", "value": 83e6, "unit": "USD", "counted": "additional U.S. humanitarian assistance to the people of South Sudan", "source": L, "approx": "around",
   "note": "'Nancy Lindborg announced that the United States is providing nearly $83 million in additional humanitarian assistance': announced by Lindborg (claimant); 'nearly' = around"},
  {"text": "$411 million", "value": 411e6, "unit": "USD", "counted": "U.S. humanitarian assistance for fiscal years 2013 and 2014 to victims of the conflict in South Sudan", "source": None, "approx": "around",
   "note": "'With this new funding, the United States humanitarian assistance is nearly $411 million dollars for Fiscal Years 2013 and 2014': the release's own voice (new sentence, no claim verb); the span leaves out the redundant 'dollars' after the '$'; cumulative total, a different quantity from the $83 million"},
  {"text": "$68 million", "value": 68e6, "unit": "USD", "counted": "U.S. funding to UN agencies, NGOs and the IOM", "source": None, "approx": "around",
   "note": "'The United States is providing nearly $68 million to UN agencies ...': part of the $83 million; 'nearly' = around"},
  {"text": "13,500", "value": 13500, "unit": "tons", "counted": "tons of essential food aid", "source": None, "approx": None,
   "note": "'an additional 13,500 tons of essential food aid' (short tons as printed, unit tons)"},
  {"text": "708,000", "value": 708000, "unit": None, "counted": "people displaced in South Sudan", "source": None, "approx": "more than",
   "note": "'the more than 708,000 people displaced in South Sudan': release voice; no claimant named"},
  {"text": "$15 million", "value": 15e6, "unit": "USD", "counted": "new funding for UNHCR programs in South Sudan and neighbouring countries", "source": None, "approx": None},
 ],
 "events": [
  {"actor": L, "date": "2014-03-25", "date_text": "This morning", "what": "Lindborg announced nearly $83 million in additional humanitarian assistance",
   "note": "'This morning in South Sudan ... Nancy Lindborg announced ...': the release day, Tuesday 25 March 2014"},
  {"actor": None, "date": "2012-10-01/2014-09-30", "date_text": "for Fiscal Years 2013 and 2014", "what": "U.S. humanitarian assistance totals nearly $411 million",
   "note": "US federal fiscal years 2013 and 2014 run from 1 October 2012 to 30 September 2014; the sentence is a state ('the United States humanitarian assistance is ...'), so no agent"},
 ],
 "actors": [
  {"name": L, "type": "person", "aliases": ["Assistant Administrator for Democracy, Conflict, and Humanitarian Assistance Nancy Lindborg", "Nancy Lindborg"]},
  {"name": "United States", "type": "country", "aliases": ["the United States", "The United States"]},
  {"name": "U.S.-funded aid agencies", "type": "group", "aliases": ["U.S.-funded aid agencies"]},
 ],
 "notes": [
  "Joint State Department / USAID press release of Tuesday 25 March 2014 (printed 'State Department Press Office'), stored from USAID's 2012-2017 archive site; the cut last sentence is dropped. Single item of story south_sudan_aid_2014.",
  "No quote marks: a release in the government's own voice. Only the $83 million has a named claimant (Lindborg 'announced'); the cumulative $411 million, the shares ($68 million, $15 million), the 13,500 tons and the 708,000 displaced are in the release's voice (source null, as in usaid_2016_matthew_12_million_additional). No figure repeats: no quantity keys.",
  "USAID, the World Food Program, UNICEF, the International Organization for Migration and UNHCR are named as Lindborg's agency or as recipients of funds and do not act in the kept text: not actors. 'the recent violence' is vague (no date).",
  "Not figures: 'Fiscal Years 2013 and 2014' (dates), 'an additional' (no number).",
  "second reading (annotator): checked 'nearly' -> around on $83, $411 and $68 million and 'more than' on 708,000; the fiscal-year interval; the internal double and triple spaces of the second paragraph are kept and lie outside the annotated spans; no change after the reading.",
 ],
}
