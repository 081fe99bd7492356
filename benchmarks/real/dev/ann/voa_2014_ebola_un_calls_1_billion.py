K = "ebola_west_africa_2014:"
UN = "United Nations"
WHO = "World Health Organization"
BA = "Bruce Aylward"
ANN = {
 "article": "articles/voa_2014_ebola_un_calls_1_billion.txt",
 "gold_out": "gold/voa_2014_ebola_un_calls_1_billion.json",
 "published": "2014-09-16",
 "quotes": [
  {"text": "tens of thousands of cases.", "speaker": UN, "speaker_mention": "Officials", "fragment": True,
   "note": "'Officials say they need the money to keep its spread within “tens of thousands of cases.”': a phrase inside reported speech of the UN officials of the sentence before; the final '.' inside the marks is kept"},
  {"text": "quite frankly, ladies and gentlemen, this health crisis we’re facing is unparalleled in modern times. We don’t know where the numbers are going on this.", "speaker": BA, "speaker_mention": "his",
   "note": "'In his words, “...”': 'his' is Aylward (the subject of the two sentences before)"},
  {"text": "As we adjust our plans right now, we are adjusting to assure we have many more beds, more treatment capacity on the ground in these countries. But it will be sometime before, I think, anyone can predict with any sort of sense of certainty, the kind of numbers where we are going to land.", "speaker": BA, "speaker_mention": "The WHO official",
   "note": "a paragraph in quote marks with no attribution of its own; it follows 'The WHO official said the situation is very different from the Ebola ‘road map’ he presented ...' and continues Aylward's account ('we adjust our plans')"},
 ],
 "figures": [
  {"quantity": K+"un_appeal_sept", "text": "$1 billion", "value": 1e9, "unit": "USD", "counted": "money UN officials call for to fight Ebola in West Africa", "source": UN, "approx": None,
   "note": "'United Nations officials are calling for $1 billion': the officials make the appeal and name the amount. The removed photo caption printed the same '$1 billion' (not in the text). The key is the UN's September 2014 appeal; ruptly/other items of October speak of 'the $1 billion sought by UN agencies' (not in this set)"},
  {"text": "tens of thousands", "value": None, "vague": True, "unit": None, "counted": "cases within which the UN wants to keep the spread", "source": UN, "approx": None,
   "note": "inside the quoted phrase; a ceiling the officials aim for, not a count"},
  {"quantity": K+"deaths_total", "text": "2,500", "value": 2500, "unit": None, "counted": "people killed by Ebola since the first case", "source": WHO, "approx": "more than",
   "note": "'The World Health Organization announced on Tuesday that Ebola has killed more than 2,500 people': the epidemic's toll, the same quantity as 'at least 4,922' (25 Oct) and '5,165' in dev, five and seven weeks earlier"},
  {"text": "half", "value": 0.5, "unit": "share", "counted": "share of the infected who have died", "source": None, "approx": None,
   "note": "'That represents half of the more than 5,000 people infected': the outlet's own arithmetic on the WHO numbers (2,500 of 5,000); the sentence names no claimant, so source null"},
  {"quantity": K+"cases_total", "text": "5,000", "value": 5000, "unit": None, "counted": "people infected with the disease", "source": None, "approx": "more than",
   "note": "restates the infections behind the WHO toll, but the sentence ('That represents half of the more than 5,000 people infected ...') is in the outlet's voice and names no claimant: source null (the announcing verb governs only the sentence before). Same quantity as the WHO's '10,141 known cases' of 25 Oct in dev (cases_total)"},
  {"text": "100 percent", "value": 100, "unit": "%", "counted": "rise in the number of dead in one month", "source": BA, "approx": None,
   "note": "'Bruce Aylward, says the number of dead has risen 100 percent in just one month': a rate of change, claimed by Aylward; it restates the doubling of the toll in other words, but is a change, not the toll (no key)"},
  {"text": "one", "ctx": "one month", "value": 1, "unit": "months", "counted": "period in which the number of dead doubled", "source": BA, "approx": None,
   "note": "'in just one month': a duration (unit months), part of Aylward's claim; not a date expression. Text is the number word only (as '12' in '12 miles')"},
  {"text": "20,000", "value": 20000, "unit": None, "counted": "cases the WHO had earlier predicted", "source": BA, "approx": None,
   "note": "'Mr. Aylward said the UN agency had earlier predicted that the number of cases could reach 20,000': the text attributes the statement to Aylward (said), who reports the WHO's earlier projection; source = the one the text says claims it, Aylward. A projection, not the same quantity as the cases counted so far (no key)"},
 ],
 "events": [
  {"actor": WHO, "date": "2014-09-16", "date_text": "on Tuesday", "what": "announced Ebola has killed more than 2,500 people",
   "note": "the publication day (Tuesday 16 September 2014; label 'In the News 09-16-14')"},
  {"actor": None, "date": "2014", "date_text": "earlier this year", "what": "the first Ebola case was reported",
   "note": "'since the first case was reported earlier this year': passive with no agent, actor null; 'earlier this year' = the year (as 'earlier this month' = the month)"},
  {"actor": BA, "date": "2014-09-02", "date_text": "two weeks ago", "what": "Aylward presented the Ebola road map",
   "note": "'the Ebola ‘road map’ he presented just two weeks ago': 'he' is Aylward (the WHO official); relative date: 16 September minus 14 days = Tuesday 2 September 2014 (as 'two days ago' = that day). 'just' is left outside the date expression"},
 ],
 "actors": [
  {"name": UN, "type": "organisation", "aliases": ["United Nations officials", "Officials", "UN"]},
  {"name": "United States", "type": "country", "aliases": ["US"]},
  {"name": WHO, "type": "organisation", "aliases": ["The World Health Organization", "the UN agency"]},
  {"name": BA, "type": "person", "aliases": ["The WHO’s Assistant Director general, Bruce Aylward", "Bruce Aylward", "Mr. Aylward", "The WHO official"]},
 ],
 "notes": [
  "VOA Learning English 'In the News' report of Tuesday 16 September 2014 (label and caption removed, see meta) on the UN's $1 billion Ebola appeal and the WHO's toll; story ebola_west_africa_2014 with the dev items of March, October and November 2014.",
  "Quotes: the UN officials' phrase 'tens of thousands of cases.' (fragment) and two quotations of Aylward, the second a free-standing paragraph continuing his account. Not a quote: ‘road map’ (the name of the WHO's plan in single marks).",
  "Figures and keys: 'more than 2,500' deaths (WHO) shares deaths_total with the dev items (4,922 on 25 Oct, 5,165 in November); 'more than 5,000' infected shares cases_total (10,141 on 25 Oct); $1 billion is the UN appeal (un_appeal_sept, no partner in the set). Aylward's '100 percent' rise 'in just one month' restates the doubling of the toll as a change (no key); the 20,000 is the WHO's earlier projection (no key).",
  "Claimants: WHO for 2,500 (announced that); the outlet's voice for 'half' and 'more than 5,000' (source null); Aylward for 100 percent, one month and 20,000 ('says', 'said'); UN officials for $1 billion and 'tens of thousands'.",
  "Events: 'on Tuesday' (WHO announced), 'earlier this year' (first case reported, passive, actor null), 'two weeks ago' (Aylward presented the road map, 2014-09-02). Not events: 'in just one month' (a duration figure), 'right now' inside a quotation (like 'today' in speech), 'earlier' in 'had earlier predicted' (vague).",
  "Actors: the headline's 'US, UN Join the Fight Against Ebola' makes the United States ('US') and the UN actors; the US does nothing dated in the kept text (the removed last paragraph was about the UN's Amos). 'the UN agency' in Aylward's sentence is the WHO. 'WHO' on its own is not an alias: it occurs only inside 'The WHO’s Assistant Director general, Bruce Aylward' and 'The WHO official', both Aylward's.",
  "first reading (annotator): annotated against FORMAT.md sections 1-2; published date from the programme label and the Tuesday.",
  "second reading (checker): re-read the whole item. Speakers: 'Officials' in the second sentence are the United Nations officials of the first (fragment 'tens of thousands of cases.'); 'his' in 'In his words' and the free-standing last paragraph are Aylward's (he is the only WHO speaker, 'The WHO official' of the paragraph before; 'we adjust our plans' fits the WHO). Claimants: 2,500 the WHO (announced that); 20,000 kept with Aylward, the outer claimant of a nested report ('Mr. Aylward said the UN agency had earlier predicted ...', the convention of voa_2006_amish_bury_four_children); half and 5,000 left null (outlet's arithmetic, no attribution). Dates against Tuesday 16 September 2014: 'on Tuesday' = the same day; 'two weeks ago' = 2 September; 'earlier this year' = 2014 (no agent: 'was reported'). Changed: the figure text 'one month' narrowed to 'one' (minimal number span, ctx 'one month'). Every number token and quote-mark span of the build list checked: 'two' (inside the date 'two weeks ago') and ‘road map’ (a name) excluded on purpose.",
 ],
}
