K = "pakistan_floods_2022:"
TA = "Tariq Ahmad"
UK = "United Kingdom"
ANN = {
 "article": "articles/govuk_2022_pakistan_floods_additional_10m_ahmad.txt",
 "gold_out": "gold/govuk_2022_pakistan_floods_additional_10m_ahmad.json",
 "published": "2022-10-14",
 "quotes": [
  {"text": "The UK continues to help the people of Pakistan recover from the recent devastating floods.", "speaker": TA, "speaker_mention": "Lord (Tariq) Ahmad of Wimbledon", "fragment": False,
   "note": "first paragraph of Lord Ahmad's statement after 'UK Minister of State for South Asia, FCDO, Lord (Tariq) Ahmad of Wimbledon said:'; no closing mark at the paragraph end (the quotation continues in the next paragraph, which opens with a mark)"},
  {"text": "Our support will help to tackle the spread of waterborne diseases and to improve access to clean water, sanitation, medical care and shelter across the country.", "speaker": TA, "speaker_mention": "Lord (Tariq) Ahmad of Wimbledon", "fragment": False,
   "note": "second paragraph of the same quotation (opening mark, no closing mark); the speaker is named only in the paragraph before"},
  {"text": "We are working night and day with Pakistan and our international partners to ensure that UK aid reaches the hardest hit areas.", "speaker": TA, "speaker_mention": "Lord (Tariq) Ahmad of Wimbledon", "fragment": False,
   "note": "third paragraph of the quotation, two paragraphs after the attribution; it continues in the dropped, cut paragraph (meta edits)"},
 ],
 "figures": [
  {"quantity": K+"uk_additional_aid_14_oct", "text": "£10 million", "value": 1e7, "unit": "GBP", "counted": "additional UK aid for flood relief efforts in Pakistan", "source": None, "approx": None, "ctx": "Additional £10 million",
   "note": "headline, the release's own voice (no announcer named in it)"},
  {"quantity": K+"uk_additional_aid_14_oct", "text": "£10 million", "value": 1e7, "unit": "GBP", "counted": "additional life-saving humanitarian support the UK will provide", "source": None, "approx": None, "ctx": "an additional £10 million",
   "note": "summary bullet 'the UK will provide an additional £10 million ...': the release's voice, the UK is the giver, not a claimant (as 'the UK will provide up to £1.5 million' in govuk_2022_pakistan_floods_uk_1_5_million, source null there too)"},
  {"quantity": K+"deaths_total", "text": "a thousand", "value": 1000, "unit": None, "counted": "people killed by the devastating floods", "source": None, "approx": "more than",
   "note": "'the devastating floods that have killed over a thousand people': 'over' -> more than; the release's voice, no claimant. Same quantity as 'at least 900' killed in the release of 27 August (govuk_2022_pakistan_floods_uk_1_5_million): the national toll of the 2022 floods, a running figure (the two items disagree only as the toll rose)"},
  {"quantity": K+"people_affected", "text": "33 million", "value": 33e6, "unit": None, "counted": "people affected by the floods", "source": None, "approx": "more than",
   "note": "'and affected more than 33 million': no noun after the number, the counted phrase names the people affected; release's voice. The 27 August release has only the vague 'millions' (no key given there)"},
  {"quantity": K+"uk_additional_aid_14_oct", "text": "£10 million", "value": 1e7, "unit": "GBP", "counted": "further humanitarian aid Lord Ahmad announced", "source": TA, "approx": None, "ctx": "a further £10 million",
   "note": "'Lord (Tariq) Ahmad of Wimbledon has today announced a further £10 million': the number is what he announced, so he claims it (as Mitchell's '£70m' in govuk_2010_mitchell_pakistan_further_70m)"},
  {"quantity": K+"uk_total_contribution", "text": "£26.5 million", "value": 26.5e6, "unit": "GBP", "counted": "UK Government's total contribution", "source": None, "approx": None,
   "note": "'bringing the UK Government’s total contribution to £26.5 million': the release's own arithmetic in a participle clause (as 'taking direct total UK support up to £3 million' in govuk_2018_indonesia_uk_aid_shelter_purifiers, null there), not what Ahmad announced; the running total, a different quantity from the £10 million increment and from the first £1.5 million of 27 August"},
 ],
 "events": [
  {"actor": TA, "date": "2022-10-14", "date_text": "today [Friday 14 October]", "what": "Lord Ahmad arrives in Pakistan",
   "note": "summary bullet 'Lord (Tariq) Ahmad of Wimbledon ... arrives in Pakistan today [Friday 14 October]': he is the subject of the active verb; one expression, 'today' glossed by the bracket (as 'today (Sunday 19 September)' in govuk_2010_mitchell_pakistan_further_70m); 14 October 2022 was a Friday"},
  {"actor": TA, "date": "2022-10-14", "date_text": "today", "what": "Lord Ahmad announced a further £10 million of humanitarian aid", "ctx": "has today announced",
   "note": "narration, not speech: 'Lord (Tariq) Ahmad of Wimbledon has today announced a further £10 million': he is the agent of 'announced'; the release's day"},
 ],
 "actors": [
  {"name": TA, "type": "person", "aliases": ["Lord (Tariq) Ahmad of Wimbledon", "FCDO Minister Lord (Tariq) Ahmad of Wimbledon", "Lord Ahmad", "the Minister"]},
  {"name": UK, "type": "country", "aliases": ["The UK", "the UK", "the UK Government"]},
 ],
 "notes": [
  "FCDO press release of Friday 14 October 2022 (no date line in the stored opening: worked out from 'today [Friday 14 October]', meta published_evidence), kept from a tag listing page of nen.press that reposts it word for word (meta edits): Lord (Tariq) Ahmad, Minister of State for South Asia, arrives in Pakistan and announces a further £10 million for flood relief, taking the UK total to £26.5 million. Story pakistan_floods_2022 with govuk_2022_pakistan_floods_uk_1_5_million (27 August 2022).",
  "Quotes: Lord Ahmad's statement runs over three paragraphs (each opens with a curly mark, none closes: the quotation continues into the dropped, cut fourth paragraph): one quote per paragraph, all his; the attribution 'UK Minister of State for South Asia, FCDO, Lord (Tariq) Ahmad of Wimbledon said:' precedes the first only, so the second and third are a paragraph or two away from the name.",
  "Keys (pakistan_floods_2022:): uk_additional_aid_14_oct (headline, bullet and body '£10 million': one increment, stated three times), deaths_total ('over a thousand' here, 'at least 900' on 27 August: the running national toll), people_affected ('more than 33 million', only here), uk_total_contribution ('£26.5 million', only here). The 27 August '£1.5 million' (uk_initial_aid) is the first tranche, not the running total, and is not keyed with £26.5 million.",
  "Sources: only the body's '£10 million' is claimed (Lord Ahmad 'has today announced'); the headline, bullet, toll, affected count and the £26.5 million total are the release's voice (null).",
  "Events: 'today [Friday 14 October]' (his arrival, bullet) and the body's narration 'today' (his announcement), both Tariq Ahmad, 2022-10-14. 'During his visit to Pakistan, Lord Ahmad will meet ...' has no date expression; 'the recent devastating floods' is vague.",
  "Actors: Tariq Ahmad (canonical name as in govuk_2022_pakistan_floods_uk_1_5_million; 'Lord (Tariq) Ahmad of Wimbledon', 'FCDO Minister Lord (Tariq) Ahmad of Wimbledon', 'Lord Ahmad', 'the Minister' in the third bullet) and the United Kingdom ('The UK is providing', 'the UK will provide', 'the UK Government’s total contribution'; 'The UK continues' in the quote). Pakistan's Prime Minister and Foreign Minister (to be met), the FCDO (in titles) and Pakistan (receives aid) do not act in the text and are not listed.",
  "Not figures: '14 October' (a date). 'a thousand' is annotated as the number span (value 1000).",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored copy: checked the three quote spans and their marks, the three '£10 million' spans (ctx), 'over' -> more than twice, that £26.5 million is the release's arithmetic (null), 14 October 2022 a Friday, and that every alias is an exact substring; no change.",
 ],
}
