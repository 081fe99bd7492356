K = "syria_humanitarian_aid_2012:"
AM = "Andrew Mitchell"
UN = "United Nations"
ANN = {
 "article": "articles/govuk_2012_syria_britain_to_double_aid.txt",
 "gold_out": "gold/govuk_2012_syria_britain_to_double_aid.json",
 "published": "2012-07-05",
 "quotes": [
  {"text": "Ordinary Syrians are increasingly caught up in a desperate situation. Increased levels of violence mean that humanitarian agencies still cannot make a clear assessment of need within the country. But the situation on the ground is deteriorating, with large number of displaced people both within the country and who have fled across its borders. Food and medical supplies are urgently needed.",
   "speaker": AM, "speaker_mention": "Development Secretary Andrew Mitchell", "fragment": False,
   "note": "first paragraph of Mitchell's statement after 'Development Secretary Andrew Mitchell said:' on the line before; no closing mark at the paragraph end and the next paragraph opens with a mark (a quotation continued over two paragraphs), final full stop kept"},
  {"text": "Britain is continuing to call for an end to the violence. In partnership with the UN and international community, we call upon the Syrian government to allow immediate, full and unimpeded access for humanitarian agencies.",
   "speaker": AM, "speaker_mention": "Development Secretary Andrew Mitchell", "fragment": False,
   "note": "second paragraph of the same statement, with no attribution of its own: the speaker is named two lines above ('Development Secretary Andrew Mitchell said:')"},
 ],
 "figures": [
  {"quantity": K+"people_in_need_syria", "text": "1.5 million", "value": 1.5e6, "unit": None, "counted": "people in urgent need because of the violence in Syria", "source": UN, "approx": None,
   "note": "'comes in response to a UN estimate that 1.5 million people are in urgent need': the UN is the claimant (its estimate). The number of people in need in Syria as the UN put it in July; Hague's '2.5 million people are in need of urgent assistance' of 30 August (govuk_2012_hague_syria_3_million_refugees) is the same quantity eight weeks on (a count that grows), same key. VOA's 'more than 2.5 million people in need of humanitarian assistance' (voa_2012_un_security_council_to_meet_syria, dev, keyless there) is the same quantity too"},
  {"text": "£9m", "value": 9e6, "unit": "GBP", "counted": "new UK support for those caught up in the violence in Syria", "source": None, "approx": None,
   "note": "'The new UK support totals £9m.': the release's own voice (the UK is the giver, not a claimant). A new tranche, not the running total; no key"},
  {"quantity": K+"uk_humanitarian_total", "text": "£8.5m", "value": 8.5e6, "unit": "GBP", "counted": "previous UK support for the Syria crisis", "source": None, "approx": None,
   "note": "'This is in addition to previous UK support of £8.5m': release's voice; the UK's running total of humanitarian support for the Syria crisis before this announcement. The same running total stands at '£27.5 million already committed' and, after the August tranche, '£30.5 million' in Hague's remarks of 30 August (govuk_2012_hague_syria_3_million_refugees), same key (a total that grows, as the US running total us_humanitarian_total of this story)"},
 ],
 "events": [
  {"actor": AM, "date": "2012-07-05", "date_text": "today", "what": "Andrew Mitchell said Britain is to double its support for those caught up in the violence in Syria", "ctx": "Andrew Mitchell said today",
   "note": "'..., Development Secretary Andrew Mitchell said today.': narration (not inside a quote), Mitchell is the agent of 'said'; the release's day, Thursday 5 July 2012 (meta published_evidence)"},
  {"actor": None, "date": "2012-07-06", "date_text": "on Friday 06 July", "what": "the Friends of Syria meeting is held in Paris",
   "note": "'the Friends of Syria meeting being held on Friday 06 July in Paris': the date modifies the passive participle 'being held', which names no agent, so null (Hague only 'prepares to attend' it, undated). Friday 6 July 2012, the day after the release"},
 ],
 "actors": [
  {"name": AM, "type": "person", "aliases": ["Development Secretary Andrew Mitchell", "The Development Secretary"]},
  {"name": UN, "type": "organisation", "aliases": ["UN"]},
  {"name": "William Hague", "type": "person", "aliases": ["Foreign Secretary William Hague"]},
  {"name": "United Kingdom", "type": "country", "aliases": ["Britain", "UK"]},
 ],
 "notes": [
  "DFID news story of Thursday 5 July 2012, kept from DFID's own website (dfid.gov.uk; the same story is on GOV.UK, meta edits): Development Secretary Andrew Mitchell doubles UK humanitarian aid for Syria (£9m on top of £8.5m) ahead of the Friends of Syria meeting in Paris. Story syria_humanitarian_aid_2012 with Hague's remarks of 30 August 2012 (govuk_2012_hague_syria_3_million_refugees) and the State Department items on US aid (state_2012_syria_aid_5_5_million_istanbul, state_2012_clinton_syria_aid_30_million, dev).",
  "Quotes: Mitchell's statement in two paragraphs; the first has no closing mark and the second opens with one (one quote per paragraph), both after 'Development Secretary Andrew Mitchell said:' on its own line, so the speaker is named a line (the second: two lines) away. No other quote marks.",
  "Figures: the UN's estimate of 1.5 million people in urgent need (source United Nations); the new £9m and the previous £8.5m in the release's voice. Keys: people_in_need_syria (1.5 million here, 2.5 million in Hague's remarks of 30 August) and uk_humanitarian_total (£8.5m here; £27.5 million twice and £30.5 million on 30 August). 'to double support' is a verb, not a number word: no figure. Not figures: '06' in 'Friday 06 July' (a date).",
  "Events: 'today' (Mitchell said, 5 July) and 'on Friday 06 July' (the meeting 'being held', passive without agent, null). Not events: 'called upon the regime' (no date), 'prepares to attend' (no date).",
  "Actors: Mitchell ('Development Secretary Andrew Mitchell', 'The Development Secretary' who 'also called upon the regime'), the United Nations (claimant of the estimate; 'UN' also in the quote), William Hague (prepares to attend the meeting) and the United Kingdom ('Britain is to double support', 'UK support'). Not listed: the Syrian government ('the regime', 'the Syrian government'), only addressed by the calls; WFP and UNHCR (channels of the aid); the Friends of Syria (a meeting).",
  "second reading (annotator): re-read the whole item once more against FORMAT.md sections 1-2 and the stored copy: quote texts without the marks (final full stops kept), the UN as claimant of 'a UN estimate that 1.5 million ...', £9m and £8.5m in the release's voice, 'today' = 5 July and 'on Friday 06 July' = 6 July 2012 with a null actor (passive 'being held'), every alias an exact substring; no change.",
 ],
}
