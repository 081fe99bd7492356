K = "pakistan_floods_2022:"
TA = "Tariq Ahmad"
UK = "United Kingdom"
UN = "United Nations"
ANN = {
 "article": "articles/govuk_2022_pakistan_floods_uk_1_5_million.txt",
 "gold_out": "gold/govuk_2022_pakistan_floods_uk_1_5_million.json",
 "published": "2022-08-27",
 "quotes": [
  {"text": "The floods in Pakistan have devastated local communities and the UK is providing up to £1.5 million to help the immediate aftermath. We are witnessing the catastrophe that climate change can cause and how it impacts the most vulnerable.\nMy thoughts and prayers are with all the victims and their families, and I would like to pay tribute to everyone involved in the relief efforts. We are also working directly with the Pakistan authorities to establish what further assistance and support they require. The UK stands with the people of Pakistan during this time of need.",
   "speaker": TA, "speaker_mention": "Lord Tariq Ahmad of Wimbledon", "fragment": False,
   "note": "Lord Ahmad's statement after 'Lord Tariq Ahmad of Wimbledon, Minister of State for ..., said:' on the line before (the speaker is named a long title away from the quote). It runs over two paragraphs with one opening mark (before 'The floods') and one closing mark (after 'time of need.'); the second paragraph opens with no mark, so the span between the two marks is one quote, paragraph break included (as gv_2014_zone9_netizen_report_arrests); final full stop kept"},
 ],
 "figures": [
  {"quantity": K+"deaths_total", "text": "900", "value": 900, "unit": None, "counted": "people killed by flooding in the south of Pakistan", "source": None, "approx": "at least",
   "note": "'flooding in the south of the country killed at least 900 people': the release's own voice, no claimant named; 'at least' -> at least. The national death toll of the 2022 monsoon floods as of 27 August"},
  {"text": "millions", "value": None, "vague": True, "unit": None, "counted": "people affected by extreme monsoon rainfall", "source": None, "approx": None,
   "note": "'Extreme monsoon rainfall has affected millions': vague plural, value null; no noun printed after it, the counted phrase names what is affected (people). Release's voice"},
  {"quantity": K+"homes_destroyed", "text": "700,000", "value": 700000, "unit": None, "counted": "homes destroyed", "source": None, "approx": "at least",
   "note": "'with at least 700,000 homes destroyed': release's voice; 'at least' -> at least"},
  {"quantity": K+"uk_initial_aid", "text": "£1.5 million", "value": 1.5e6, "unit": "GBP", "counted": "UK funding for the relief effort", "source": None, "approx": "up to", "ctx": "the UK will provide up to £1.5 million",
   "note": "'the UK will provide up to £1.5 million for the relief effort': the release's own voice (the UK is the giver, not a claimant, as the £9m of govuk_2012_syria_britain_to_double_aid); 'up to' -> up to. Same sum as in Lord Ahmad's statement, same key"},
  {"quantity": K+"uk_initial_aid", "text": "£1.5 million", "value": 1.5e6, "unit": "GBP", "counted": "UK funding to help the immediate aftermath", "source": TA, "approx": "up to", "ctx": "the UK is providing up to £1.5 million",
   "note": "inside Lord Ahmad's quoted statement ('the UK is providing up to £1.5 million to help the immediate aftermath'), so claimed by him; 'up to' -> up to; same sum as the release's £1.5 million"},
 ],
 "events": [
  {"actor": UN, "date": "2022-08-27/2022-08-28", "date_text": "over the weekend", "what": "the UN carries out a needs assessment in Pakistan",
   "note": "'The UN is carrying out a needs assessment over the weekend': active verb, the UN is the agent. The release is of Saturday 27 August 2022, so the weekend is Saturday 27 - Sunday 28 August"},
  {"actor": None, "date": "2022-08-30", "date_text": "on Tuesday", "what": "a UN appeal is expected to be launched",
   "note": "'a UN appeal is expected to be launched on Tuesday': the date modifies the passive 'to be launched', which names no agent (the noun 'UN appeal' says whose appeal it is, but the launching verb has no by-agent), so null. Future tense from Saturday 27 August -> Tuesday 30 August 2022 (the day the Government of Pakistan and the UN launched their joint appeal)"},
 ],
 "actors": [
  {"name": UK, "type": "country", "aliases": ["The UK", "the UK", "UK"]},
  {"name": TA, "type": "person", "aliases": ["Lord Tariq Ahmad of Wimbledon"]},
  {"name": UN, "type": "organisation", "aliases": ["The UN", "UN", "the United Nations"]},
 ],
 "notes": [
  "GOV.UK (Foreign, Commonwealth & Development Office) press release of Saturday 27 August 2022, kept from ukpol.co.uk's word-for-word repost (meta edits): the UK gives up to £1.5 million for relief after the monsoon floods in Pakistan. Story pakistan_floods_2022 (new; no other item of it in this folder).",
  "Quotes: one, Lord Ahmad's statement over two paragraphs with one opening and one closing mark (annotated as one span with the paragraph break, as gv_2014_zone9_netizen_report_arrests); his name is given a long title and a line away ('..., said:').",
  "Figures: the death toll ('at least 900'), 'millions' affected (vague), homes destroyed ('at least 700,000') and the UK's 'up to £1.5 million' twice (release's voice, then Lord Ahmad's statement; key pakistan_floods_2022:uk_initial_aid). The release names no claimant for the toll or the homes (the outlet's own voice, null). Keys for later items of this story: pakistan_floods_2022:deaths_total, pakistan_floods_2022:homes_destroyed.",
  "Events: 'over the weekend' (the UN's needs assessment, 27-28 August) and 'on Tuesday' (the appeal 'to be launched', passive without agent, null, 30 August). Not events: the undated 'The UK is providing urgent support', 'has devastated', 'also provides assistance'.",
  "Actors: the United Kingdom (giver and speaker of the release: 'The UK', 'the UK'; also 'UK' as in 'the UK is providing' in the quote), Lord Tariq Ahmad (speaker) and the United Nations (carries out the assessment: 'The UN'; 'UN' also in 'a UN appeal' and his title; 'the United Nations' at the end). Not listed: the World Bank and 'international organisations' (channels of UK aid, they do not act in the text), 'the Pakistan authorities' (worked with), the Prime Minister (only in Lord Ahmad's title).",
  "Not figures: none else; 'South and Central Asia' etc. are title words; 'Tuesday' is a day.",
  "second reading (annotator): re-read the whole item once more against FORMAT.md sections 1-2 and the stored copy: the single quote over two paragraphs (marks excluded, final full stop kept), 'at least' on 900 and 700,000, 'up to' on both £1.5 million (pinned by ctx), the release-voice figures with null source and the statement's figure claimed by Lord Ahmad, 'over the weekend' = 27-28 August with the UN as agent and 'on Tuesday' = 30 August with a null actor (passive), every alias an exact substring; no change.",
 ],
}
