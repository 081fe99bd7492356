N = "Vyacheslav Nagovitsyn"
ANN = {
 "article": "articles/kremlin_2016_buryatia_head_meeting.txt",
 "gold_out": "gold/kremlin_2016_buryatia_head_meeting.json",
 "published": "2016-03-03",
 "quotes": [],
 "figures": [
  {"text": "102.3 percent", "value": 102.3, "unit": "%", "counted": "industrial production index in 2015", "source": N, "approx": None,
   "note": "'Mr Nagovitsyn noted that the industrial production index in 2015 reached 102.3 percent': claimant in the same sentence"},
  {"text": "6,000", "value": 6000, "unit": None, "counted": "people of natural population growth in the region", "source": N, "approx": None,
   "note": "'Natural population growth in the region reached 6,000 people.': no claimant in the sentence, but the readout is a summary of the Head's report and the previous paragraph opens 'According to the Governor'; the paragraph continues that report, so Nagovitsyn is its source (the convention of kremlin_2018_st_petersburg_governor_meeting)"},
 ],
 "events": [
  {"actor": None, "date": "2015", "date_text": "in 2015", "what": "the industrial production index reached 102.3 percent",
   "note": "a state ('the index ... reached'), no agent; Nagovitsyn only reports it"},
 ],
 "actors": [
  {"name": "Vladimir Putin", "type": "person", "aliases": ["Vladimir Putin"]},
  {"name": N, "type": "person", "aliases": ["Head of Republic of Buryatia Vyacheslav Nagovitsyn", "Head of Buryatia Vyacheslav Nagovitsyn", "Mr Nagovitsyn", "the Governor"]},
  {"name": "Republic of Buryatia", "type": "government", "aliases": ["the region"]},
 ],
 "notes": [
  "Kremlin readout (news summary) of Putin's working meeting with the Head of the Republic of Buryatia, Vyacheslav Nagovitsyn, on Thursday 3 March 2016 at Novo-Ogaryovo, from the accessible-version catalog view (date line removed, meta edits). Story buryatia_head_meeting_2016 (the only item of the story). No quote marks: no quotes.",
  "'the Governor' in 'According to the Governor' is Nagovitsyn (the readout's own word for the Head of the republic; no other governor is in the text).",
  "Figures: 102.3 percent (Nagovitsyn, 'noted that') and 6,000 people (continuing his report; see its note). Not figures: 'a large number of helicopters' (vague, not a number word), '2015' (year).",
  "Event: only 'in 2015' (a state, actor null). The date line 'March 3, 2016, Novo-Ogaryovo, Moscow Region' was removed as furniture and gives the published date; the meeting itself has no date expression in the kept text.",
  "Actors: Putin, Nagovitsyn, and the Republic of Buryatia as 'the region' that 'managed to buy fodder and seeds and prevent stock loss' (acts, undated); 'the region' also appears in 'in the region' as a place and in 'the region’s socioeconomic situation'. 'the government' (assistance) is not given a separate actor: it only appears in 'with the government assistance', a noun modifier, and its act is undated; Mongolia does not act.",
  "second reading: re-read the whole item once more against FORMAT.md sections 1-2 (no quote marks; 102.3 percent value and unit; 6,000 counted head 'people'; sources; 'in 2015' agentless; every alias an exact substring and no form shared); no change.",
 ],
}
