PR = "Bersih 3.0 protesters"
VK = "Vicknesharajan"
HSU = "Dr Hsu"
ANN = {
 "article": "articles/gv_2012_malaysia_bersih_3_thousands_join.txt",
 "gold_out": "gold/gv_2012_malaysia_bersih_3_thousands_join.json",
 "published": "2012-04-30",
 "quotes": [
  {"text": "yes, there is a problem and let's fix it", "speaker": VK, "speaker_mention": "Vicknesharajan", "fragment": False,
   "note": "words the blogger puts in BN's mouth ('BN should join hands with the opposition and say, “...”'): hypothetical speech written by Vicknesharajan inside his block quotation (which has no quote marks); BN has not said them, so the speaker is the blogger, named two paragraphs above ('Vicknesharajan wrote about ...')"},
 ],
 "figures": [
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "Malaysians who took to the streets", "source": None, "approx": None, "ctx": "Thousands of Malaysians",
   "note": "vague plural; outlet's own voice. The headline's 'Thousands Joined' is the same count"},
  {"text": "Thousands", "value": None, "vague": True, "unit": None, "counted": "who joined the Bersih 3.0 protest", "source": None, "approx": None, "ctx": "Thousands Joined",
   "note": "headline; vague plural (no noun printed after it; the counted people are the protesters)"},
  {"text": "4000", "value": 4000, "unit": None, "counted": "people at Dataran Merdeka", "source": VK, "approx": "around",
   "note": "'from the tweets of various people there, the estimate is about 4000 people and increasing', in Vicknesharajan's block quotation: the unnamed tweeters are relayed by the blogger, who claims the estimate. A count at Dataran Merdeka early on, not the nationwide 'Thousands': no key. 'about' -> around"},
 ],
 "events": [
  {"actor": PR, "date": "2012-04-28", "date_text": "on April 28, Saturday", "what": "thousands of Malaysians took to the streets for the Bersih 3.0 protest",
   "note": "agent: 'Thousands of Malaysians took to the streets ... on April 28, Saturday'; 28 April 2012 was a Saturday, as printed"},
  {"actor": PR, "date": "2012-04-27", "date_text": "a day ahead of the event", "what": "people started to throng Dataran Merdeka",
   "note": "in Vicknesharajan's block quotation: 'People had started to throng Dataran Merdeka a day ahead of the event' -> the day before the rally of 28 April; the people thronging are the protesters"},
  {"actor": None, "date": "2012-04-28", "date_text": "from 12 noon till about 2.50pm", "what": "Dr Hsu was at the masjid Jamek area",
   "note": "Dr Hsu's block quotation ('I was at the masjid Jamek area from 12 noon till about 2.50pm'): times of the rally day, 28 April 2012. 'was at' is a state, so no agent (null) by the guide's rule on states, although Dr Hsu is the one who was there"},
  {"actor": None, "date": "2012-04-28", "date_text": "around 3.15pm", "what": "tear gas was fired",
   "note": "passive without a by-agent ('when tear gas was fired around 3.15pm'): null, although the lead says police used tear gas. Time of the rally day"},
 ],
 "actors": [
  {"name": PR, "type": "group", "aliases": ["Thousands of Malaysians", "People"]},
  {"name": "Malaysian police", "type": "organisation", "aliases": ["police"]},
  {"name": VK, "type": "person", "aliases": ["Vicknesharajan"]},
  {"name": HSU, "type": "person", "aliases": ["Dr Hsu"]},
  {"name": "Barisan Nasional", "type": "organisation", "aliases": ["BN"]},
  {"name": "Anwar Ibrahim", "type": "person", "aliases": ["Anwar"]},
  {"name": "Ambiga Sreenevasan", "type": "person", "aliases": ["Ambiga"]},
 ],
 "notes": [
  "Global Voices post of Monday 30 April 2012 on the Bersih 3.0 sit-in for electoral reform in Kuala Lumpur of Saturday 28 April 2012; story bersih_3_rally_2012 (one item so far).",
  "Quotes: only “yes, there is a problem and let's fix it” (the blogger's hypothetical words for BN). “duduk and bantah” is the Malay name of the protest form ('Duduk Bantah', glossed '(sit and protest)'): a name in quote marks, not speech, left out. The two block quotations (Vicknesharajan, Dr Hsu) have no quote marks and are not quotes in the gold sense, but their numbers and dated acts are theirs.",
  "The paragraph 'Looks like Bersih 3.0 began earlier than expected ...' is read as the second paragraph of Vicknesharajan's block quotation (first person, written on the morning of the rally); the stored copy does not mark where block quotations end.",
  "Left out of events: 'Today' inside Vicknesharajan's block quotation (today inside speech), 'during the day' ('the turnout during the day', no act dated), 'It was also a day of government crackdown' (no date expression), 'in the later half' (vague).",
  "Not figures: 'Bersih 3.0' (a name), '12 noon', '2.50pm', '3.15pm' (times of day), 'the later half' (a vague part of the day, no number), '28' (a date), 'a day ahead of the event' (a date expression). BN, Anwar and Ambiga act in the text (BN 'says', the two 'gave speeches') but carry no date or claim.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the doubled space in 'I left  after' is as stored; dates resolved against Monday 30 April 2012 (the rally was Saturday 28 April).",
 ],
}
