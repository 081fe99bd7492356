ANN = {
 "article": "articles/voa_2016_kem_ley_probe_calls.txt",
 "gold_out": "gold/voa_2016_kem_ley_probe_calls.json",
 "published": "2016-08-05",
 "quotes": [
  {"text": "I want the international [community] and America, as well as international and national human rights organizations, to monitor this investigation", "speaker": "Cheang Mony", "speaker_mention": "Siem Reap resident Cheang Mony",
   "note": "bracketed editorial insertion kept inside the quote"},
  {"text": "What I am very interested in is that after [Kem Ley] commented on Radio Free Asia and Voice of America, he was shot to death", "speaker": "Cheang Mony", "speaker_mention": "Cheang Mony",
   "note": "names Kem Ley (in brackets), who is not the speaker"},
  {"text": "If the government wants to stay in government, and receives votes from the people… I want them to find the real killer, the person behind [who gave the order], so that it saves the country’s image", "speaker": "Cheang Mony", "speaker_mention": "Cheang Mony"},
 ],
 "figures": [
  {"text": "a month", "value": 1, "unit": "months", "counted": "time since Kem Ley's murder", "source": None, "approx": "around",
   "note": "'Almost a month after the brazen murder' - a duration; 'Almost' -> around"},
 ],
 "events": [
  {"actor": None, "date": "2016-07", "date_text": "early last month", "what": "Kem Ley gunned down at Phnom Penh gas station",
   "note": "passive without agent; 'early last month' = the month before publication"},
  {"actor": None, "date": "2016-07", "date_text": "last month", "ctx": "interviewed last month", "what": "Kem Ley interviewed about business empire report",
   "note": "modifies the passive 'being interviewed' (no agent named); the listener Cheang Mony is the subject of 'tuned in'"},
  {"actor": "Hun Sen", "date": "2016-08-01", "date_text": "On Monday", "what": "lodged lawsuits against Sam Rainsy and Thak Lany"},
  {"actor": "Sam Rainsy", "date": "2016-08-02", "date_text": "on Tuesday", "what": "reiterated claim of state involvement in murder"},
 ],
 "actors": [
  {"name": "Cheang Mony", "type": "person", "aliases": ["Siem Reap resident Cheang Mony", "Cheang Mony"]},
  {"name": "Hun Sen", "type": "person", "aliases": ["Hun Sen", "Prime Minister Hun Sen", "the prime minister"]},
  {"name": "Sam Rainsy", "type": "person", "aliases": ["opposition party leader Sam Rainsy", "Sam Rainsy"]},
 ],
 "notes": [
  "VOA Khmer (voacambodia.com) staff report; the stored copy prints no date (see meta published_evidence). Same story as voa_2016_hun_sen_sues_opposition (lawsuits of Monday 1 Aug 2016).",
  "Only three quotes, all by one speaker (Cheang Mony): 'told VOA Khmer', then 'Cheang Mony said' twice. A fourth quote (Sam Rainsy's e-mailed statement) stood in the last paragraph, which is cut mid-sentence in the stored copy and was dropped.",
  "'days later' is vague and not an event; 'the international [community]' inside the first quote is not an actor.",
  "'a month' in 'Almost a month after the brazen murder' is annotated as a duration figure (the build script does not list it because it has no digit or number word).",
  "second reading: no change (quotes, speaker, the 'a month' figure, events and dates checked against the text; 'On Monday'/'on Tuesday' = 1/2 Aug 2016 for any publication date 3-7 Aug 2016).",
  "Thak Lany is only the object of the lawsuits here and is not listed as an actor.",
 ],
}
