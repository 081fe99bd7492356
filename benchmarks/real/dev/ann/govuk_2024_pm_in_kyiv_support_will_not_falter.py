K = "uk_ukraine_security_agreement_2024:"
RS = "Rishi Sunak"
VZ = "Volodymyr Zelenskyy"
FY = "2024-04-01/2025-03-31"
ANN = {
 "article": "articles/govuk_2024_pm_in_kyiv_support_will_not_falter.txt",
 "gold_out": "gold/govuk_2024_pm_in_kyiv_support_will_not_falter.json",
 "published": "2024-01-12",
 "quotes": [],
 "figures": [
  {"quantity": K+"military_aid_2024_25", "text": "£2.5 billion", "ctx": "next financial year to £2.5 billion", "value": 2.5e9, "unit": "GBP", "counted": "military funding for Ukraine next financial year", "source": None, "approx": None,
   "note": "summary point 'Rishi Sunak will increase military funding for Ukraine next financial year to £2.5 billion': Sunak is the agent of 'increase', not a claimant (no verb of saying); the release's own voice, so no source. Same sum as the body's '£2.5 billion in military aid to Ukraine in 2024/25' (same key)"},
  {"text": "hundred", "value": 100, "unit": "years", "counted": "partnership between Ukraine and the United Kingdom", "source": None, "approx": None,
   "note": "'an unshakeable hundred-year partnership': the number measures the intended length of the partnership (like '47' in '47-year-old'); the release's own voice"},
  {"quantity": K+"military_aid_2024_25", "text": "£2.5 billion", "ctx": "provide £2.5 billion", "value": 2.5e9, "unit": "GBP", "counted": "military aid to Ukraine in 2024/25", "source": RS, "approx": None,
   "note": "'Rishi Sunak has also confirmed the UK will provide £2.5 billion in military aid to Ukraine in 2024/25': what Sunak confirmed, so he claims it; the same sum as the summary point (same key)"},
  {"text": "£200 million", "value": 2e8, "unit": "GBP", "counted": "increase on the previous two years", "source": RS, "approx": None,
   "note": "appositive of the confirmed £2.5 billion ('an increase of £200 million on the previous two years'), inside what Sunak confirmed"},
  {"text": "two", "ctx": "previous two years", "value": 2, "unit": "years", "counted": "previous years", "source": RS, "approx": None,
   "note": "'the previous two years' (the two years the increase is measured against), same clause as the £200 million, claimed by Sunak"},
 ],
 "events": [
  {"actor": RS, "date": "2024-01-12", "date_text": "today", "ctx": "capital Kyiv today.", "what": "the Prime Minister reiterates UK support in a visit to Kyiv",
   "note": "sub-headline 'The Prime Minister will reiterate the UK’s unwavering support for Ukraine in a visit to the capital Kyiv today': the Prime Minister (Sunak) is the agent; the release's day, Friday 12 January 2024 (not speech, so 'today' counts)"},
  {"actor": RS, "date": "2024-01-12", "date_text": "today", "ctx": "visit Kyiv today [Friday]", "what": "the Prime Minister to visit Kyiv",
   "note": "'Prime Minister to visit Kyiv today [Friday]': agent the Prime Minister; the bracketed '[Friday]' is the release's own gloss of the same day and is not a second event"},
  {"actor": RS, "date": FY, "date_text": "next financial year", "what": "Sunak increases military funding for Ukraine to £2.5 billion",
   "note": "'Rishi Sunak will increase military funding for Ukraine next financial year': Sunak is the agent of 'increase'; the UK government's financial year after the one running in January 2024 is 1 April 2024 - 31 March 2025, which the body calls '2024/25'"},
  {"actor": RS + " and " + VZ, "date": "2024-01-12", "date_text": "Later today", "what": "the Prime Minister and President Zelenskyy sign the UK-Ukraine Agreement on Security Cooperation",
   "note": "'Later today, the Prime Minister and President Zelenskyy will sign ...': joint agent of 'sign'; the release's day"},
  {"actor": "G7", "date": "2023", "date_text": "last year", "what": "the G7 nations agreed at the NATO Summit in Vilnius to provide Ukraine with bilateral security assurances",
   "note": "'The G7 nations agreed ... at the NATO Summit in Vilnius last year': the G7 nations are the agent of 'agreed'; last year = 2023 (the Vilnius summit was in July 2023)"},
  {"actor": "United Kingdom", "date": FY, "date_text": "2024/25", "what": "the UK provides £2.5 billion in military aid to Ukraine",
   "note": "'the UK will provide £2.5 billion in military aid to Ukraine in 2024/25': the UK is the agent of 'provide' (what Sunak confirmed); the financial year 2024/25 = 1 April 2024 - 31 March 2025, written as a day interval"},
 ],
 "actors": [
  {"name": RS, "type": "person", "aliases": ["Rishi Sunak", "The Prime Minister", "the Prime Minister", "Prime Minister", "PM"]},
  {"name": VZ, "type": "person", "aliases": ["President Zelenskyy"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["the UK", "the United Kingdom"]},
  {"name": "G7", "type": "organisation", "aliases": ["The G7 nations"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia"]},
 ],
 "notes": [
  "Downing Street press release (GOV.UK) of Friday 12 January 2024 on Rishi Sunak's visit to Kyiv, the £2.5 billion of military aid for 2024/25 and the UK-Ukraine Agreement on Security Cooperation signed with President Zelenskyy that day. The stored copy prints no date: 'today [Friday]' and the signing 'Later today' date it (meta published_evidence). Story uk_ukraine_security_agreement_2024; no other item of this story in this folder (searches found no openly licensed second report in the crawl).",
  "No quotes: “swift and sustained” in 'to provide “swift and sustained” assistance' quotes the wording of the agreement (a document), not words someone says in the text; the release names no speaker for it, so it is left out (build_gold lists it as unannotated). The release's quotes of Sunak come after the cut of the stored copy.",
  "Figures: '£2.5 billion' twice (summary point, outlet voice; body, confirmed by Sunak) share uk_ukraine_security_agreement_2024:military_aid_2024_25; '£200 million' and 'two' (previous two years) are inside what Sunak confirmed; 'hundred' in 'hundred-year partnership' is a length in years. Not figures: '2024/25' (a financial year, annotated as a date), 'G7' (a name), 'first' (ordinal: 'the first country', 'the first step'), 'largest ever' (no number).",
  "Events: 'today' (sub-headline), 'today' of 'today [Friday]' (the bracketed weekday is the release's gloss of the same day, one event), 'next financial year' and '2024/25' (the same financial year, 1 April 2024 - 31 March 2025; agents Sunak and the UK), 'Later today' (joint signing), 'last year' (the G7's Vilnius agreement, 2023). 'in the event it is ever attacked by Russia again' is not a date.",
  "Actors: Sunak ('Rishi Sunak', 'The Prime Minister', 'Prime Minister', headline 'PM'), Zelenskyy ('President Zelenskyy'), the United Kingdom ('the UK', 'the United Kingdom'), the G7 ('The G7 nations') and Russia (its bombings, 'attacked by Russia'). Ukraine only receives support and is not listed; 'UK' inside 'UK-Ukraine' and 'UK military expertise' is a modifier, not an alias.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2 and the stored copy: checked that 12 January 2024 was a Friday, the ctx of each repeated string ('today', '£2.5 billion', 'two'), that the £2.5 billion of the summary point has no claimant while the body's is confirmed by Sunak, and every alias as an exact substring; no change.",
 ],
}
