K = "pakistan_floods_2010:"
AM = "Andrew Mitchell"
UK = "United Kingdom"
UN = "United Nations"
ANN = {
 "article": "articles/govuk_2010_mitchell_pakistan_further_70m.txt",
 "gold_out": "gold/govuk_2010_mitchell_pakistan_further_70m.json",
 "published": "2010-09-20",
 "quotes": [
  {"text": "The sheer generosity of the UK public through the DEC [Disasters Emergency Committee] appeal in Britain should urge on governments around the world who are in a position to help.  Britain will continue its leading role, standing by Pakistan in its hour of need.",
   "speaker": AM, "speaker_mention": "Andrew Mitchell",
   "note": "first paragraph under 'Speaking at the UN in New York, Andrew Mitchell said:'; no closing mark: the quotation runs on into the dropped, cut paragraph (meta edits); the bracketed gloss and the double space kept as printed"},
 ],
 "figures": [
  {"quantity": K+"uk_further_commitment_19_sept", "text": "£70m", "value": 7e7, "unit": "GBP", "counted": "further UK commitment to Pakistan's emergency relief and recovery", "source": AM, "approx": None,
   "note": "'The UK will provide a substantial boost ... by committing a further £70m, British International Development Secretary Andrew Mitchell announced today': the number is in what he announced, so he claims it (as the announced 370 in govuk_2022_truss_370_sanctions_over_1000). An increment, not the UK total (the £64 million committed before it in govuk_2010_mitchell_stand_by_pakistan_64_million is a different quantity)"},
  {"text": "12 months", "value": 12, "unit": "months", "counted": "months of relief and recovery support the UN's revised appeal provides for", "source": None, "approx": None,
   "note": "'the United Nations’ revised appeal to provide relief and recovery support for the next 12 months': the appeal's period as the release describes it; no reporting verb, so null"},
  {"text": "14 million", "value": 14e6, "unit": None, "counted": "people affected by the floods the UN's revised appeal covers", "source": None, "approx": "up to",
   "note": "'for up to 14 million people affected by the floods': the appeal's target population in the release's description, null; not the same quantity as the number of people affected by the floods in the VOA items of the story (the appeal covers up to 14 million of them)"},
  {"text": "£60m", "value": 6e7, "unit": "GBP", "counted": "part of the UK contribution helping people get back to work, re-starting agriculture and getting children back to school", "source": None, "approx": None,
   "note": "'The UK contribution will help the people of Pakistan rebuild their lives with £60m helping ...': the release's voice (Mitchell's announcement is in the first paragraph; this sentence has no reporting verb), null; the part of the £70m for recovery ('The remaining contribution' goes to lifesaving relief)"},
  {"text": "2m", "value": 2e6, "unit": None, "counted": "people helped to rebuild their shattered communities", "source": None, "approx": "up to",
   "note": "bullet 'Helping up to 2m people rebuild their shattered communities': the release's voice"},
  {"text": "hundreds of thousands", "value": None, "vague": True, "unit": None, "counted": "children helped back to school", "source": None, "approx": None,
   "note": "bullet 'Getting hundreds of thousands of children back to school': vague plural, the release's voice"},
  {"text": "8000", "value": 8000, "unit": None, "counted": "schools destroyed in the floods", "source": None, "approx": "more than",
   "note": "'More than 8000 schools were destroyed in the floods': the release's voice, no claimant"},
 ],
 "events": [
  {"actor": AM, "date": "2010-09-19", "date_text": "today (Sunday 19 September)", "what": "Mitchell announced the UK's further £70m at the United Nations in New York",
   "note": "one expression, 'today' glossed by the weekday and date in brackets (as 'today (Tuesday 15 March)' in govuk_2022_truss_370_sanctions_over_1000); Mitchell is the agent of 'announced'. The release's printed date line is Monday 20 September 2010 (meta published_evidence), so the bracket, not the published date, fixes the day: Sunday 19 September 2010"},
 ],
 "actors": [
  {"name": AM, "type": "person", "aliases": ["British International Development Secretary Andrew Mitchell", "Andrew Mitchell"]},
  {"name": UK, "type": "country", "aliases": ["The UK", "UK", "Britain"]},
  {"name": UN, "type": "organisation", "aliases": ["United Nations", "UN"]},
  {"name": "Valerie Amos", "type": "person", "aliases": ["Valerie Amos"]},
 ],
 "notes": [
  "DFID press release dated Monday 20 September 2010 (date line of the stored copy, removed; kept from DFID's own site dfid.gov.uk, meta edits) on the further £70m Andrew Mitchell announced at the UN in New York on Sunday 19 September 2010 ('today (Sunday 19 September)'). Unusual: `published` (20 September, as printed) and the day of 'today' (19 September, as the bracket says) differ by one day. Story pakistan_floods_2010 with govuk_2010_mitchell_pakistan_worst_yet_to_come (18 August) and govuk_2010_mitchell_stand_by_pakistan_64_million (17 September, which announces the 19 September meeting).",
  "Quotes: one, the first paragraph of Mitchell's statement under 'Speaking at the UN in New York, Andrew Mitchell said:' (curly opening mark, not closed: its continuation was cut in the stored copy and dropped).",
  "Figures: Mitchell claims only the announced '£70m' (key uk_further_commitment_19_sept, no partner in this set); the appeal's '12 months' and 'up to 14 million people', the '£60m' for recovery, the bullets' 'up to 2m' and 'hundreds of thousands' and 'More than 8000' schools are the release's voice (null). 'up to' before 14 million and 2m is kept as printed.",
  "Events: only 'today (Sunday 19 September)'. 'the next 12 months' is a duration, not an event.",
  "Actors: Mitchell (two forms), the United Kingdom ('The UK will provide', 'UK support', 'Britain was expressing strong support', 'Britain will continue' in the quotation), the United Nations (its revised appeal; 'the UN’s relief efforts') and Valerie Amos (made the appeal). UN OCHA (Amos's office) and the DEC do not act in the text and are not listed.",
  "Not figures: '19 September' (a date).",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored copy: checked the quote span (curly opening mark, double space kept), £70m/£60m/2m values, 'up to' and 'More than' hedges, 19 September 2010 a Sunday and the one-day gap to the printed date, every alias an exact substring; no change.",
 ],
}
