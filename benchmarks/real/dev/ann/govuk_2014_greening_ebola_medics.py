ANN = {
 "article": "articles/govuk_2014_greening_ebola_medics.txt",
 "gold_out": "gold/govuk_2014_greening_ebola_medics.json",
 "published": "2014-10-21",
 "quotes": [],
 "figures": [
  {"text": "a hundred", "value": 100, "approx": "around", "counted": "soldiers from the Royal Army Medical Corps flying to Sierra Leone", "source": None},
  {"text": "£125 million", "value": 125e6, "unit": "GBP", "counted": "Britain's assistance package for Sierra Leone against Ebola", "source": None},
  {"text": "92", "value": 92, "counted": "beds at the Ebola treatment facility in Kerry Town", "source": None},
  {"text": "90", "value": 90, "approx": "around", "counted": "personnel from 22 Field Hospital", "source": None},
  {"text": "700", "value": 700, "counted": "treatment beds the UK is providing in Sierra Leone", "source": "Justine Greening"},
  {"text": "hundreds", "value": None, "vague": True, "counted": "health workers being trained", "source": "Justine Greening"},
 ],
 "events": [
  {"actor": "Justine Greening", "date": "2014-10-21", "date_text": "today", "what": "departs RAF Brize Norton for Sierra Leone", "ctx": "Brize Norton today"},
  {"actor": "Justine Greening", "date": "2014-10-21", "date_text": "Tuesday 21 October", "what": "departs RAF Brize Norton for Sierra Leone",
   "note": "bracketed gloss of 'today' in the same sentence; a second date expression for the same event"},
  {"actor": "Royal Army Medical Corps medics", "date": "2014-10-21", "date_text": "today", "what": "medics deploy to Sierra Leone", "ctx": "medics deploying today"},
  {"actor": "22 Field Hospital", "date": "2014-10-13/2014-10-19", "date_text": "last week", "what": "personnel flew out to Sierra Leone"},
 ],
 "actors": [
  {"name": "Justine Greening", "type": "person", "aliases": ["International Development Secretary Justine Greening", "Justine Greening", "Ms Greening"]},
  {"name": "Royal Army Medical Corps medics", "type": "group", "aliases": ["The medics", "Catterick-based 35 Squadron, 5 Armoured Medical Regiment, Royal Army Medical Corps"]},
  {"name": "22 Field Hospital", "type": "organisation", "aliases": ["22 Field Hospital"]},
 ],
 "notes": [
  "second reading: reworded the counted phrase of 92 (head noun 'beds'); speakers, values, approximators and the last-week interval (Tuesday 2014-10-21 -> 2014-10-13/2014-10-19) checked.",
  "GOV.UK press release (DFID). Justine Greening's statement ('Justine Greening said:' followed by one paragraph) is an unmarked block quotation: no quote marks in the article, so the gold has no quotes. The figures inside that block (700, hundreds) are sourced to Justine Greening as speaker of the block.",
  "Not figures: unit designations '35 Squadron', '5 Armoured Medical Regiment', '22 Field Hospital' (names of units); 'Tuesday 21 October' (date). '92' in '92 bed ... facility' counts beds (like '47' in '47-year-old').",
  "Figures in the narration (a hundred, £125 million, 92, 90) have no claimant in the text, so source is null.",
  "'today [Tuesday 21 October]' gives two date expressions for one event; both are annotated. 'last week' relative to Tuesday 2014-10-21 is the ISO week 2014-10-13/2014-10-19.",
  "'in the final stages of being constructed' is not a date expression.",
 ],
}
