VB = "Viktor Bout"
TP = "Royal Thai Police"
ANN = {
 "article": "articles/wn_2008_bout_arrested_thailand.txt",
 "gold_out": "gold/wn_2008_bout_arrested_thailand.json",
 "published": "2008-03-08",
 "quotes": [
  {"text": "procuring weapons for terrorists and conspiring with terrorists.", "speaker": TP, "speaker_mention": "they", "fragment": True,
   "note": "'At a press conference held by Thai police they said that Bout is being investigated for \"...\"': a phrase inside reported speech; 'they' refers back to 'Thai police' in the same sentence; the final full stop inside the closing mark kept"},
  {"text": "The game is over", "speaker": VB, "speaker_mention": "Bout", "fragment": False,
   "note": "'According to Maj. Gen. Surapol Thuanthong, Bout said \"The game is over\" when he was arrested': Bout's own words (a whole utterance), reported by Surapol; the speaker is the one whose words they are (Bout), not the general who relays them"},
  {"text": "This multi-country operation culminating in the arrest of Viktor Bout in Thailand is a model for how suspected dangerous international criminals need to be investigated, charged and brought to justice in the 21st century", "speaker": "Ronald Noble", "speaker_mention": "Interpol Secretary General Ronald Noble", "fragment": False,
   "note": "attribution after the quote ('...,\" said Interpol Secretary General Ronald Noble.'); the trailing comma is dropped"},
 ],
 "figures": [],
 "events": [
  {"actor": TP, "date": "2008-03-06", "date_text": "on Thursday", "what": "Royal Thai Police arrested Bout after he checked in at a Bangkok hotel",
   "note": "passive with a by-agent: 'Bout was arrested by the Royal Thai Police on Thursday'; the Thursday before the Saturday 8 March 2008 report. (The DEA release of 6 March, doj_2008_bout_arrested_bangkok, has the arrest 'yesterday', 5 March, US time)"},
  {"actor": None, "date": "2005", "date_text": "2005", "what": "the film Lord of War, said to be inspired by Bout",
   "note": "a date on a noun ('The 2005 film Lord of War'); the text names no maker of the film -> null"},
 ],
 "actors": [
  {"name": VB, "type": "person", "aliases": ["Viktor Bout", "Bout", "an international arms dealer", "International arms dealer Viktor Bout", "Merchant of Death"]},
  {"name": TP, "type": "organisation", "aliases": ["Royal Thai Police", "Thai police"]},
  {"name": "Surapol Thuanthong", "type": "person", "aliases": ["Maj. Gen. Surapol Thuanthong"]},
  {"name": "Ronald Noble", "type": "person", "aliases": ["Interpol Secretary General Ronald Noble"]},
  {"name": "federal prosecutors", "type": "group", "aliases": ["Federal prosecutors in the United States"]},
 ],
 "notes": [
  "Wikinews report of Saturday 8 March 2008 on Viktor Bout's arrest in Bangkok on Thursday 6 March, kept from a verbatim mirror (tutor1.net/wikinews, as wn_2010_baghdad_bombings_kill_dozens); story bout_arrest_2008 with the DEA (Justice Department) release of 6 March 2008 (doj_2008_bout_arrested_bangkok).",
  "Quotes: the Thai police's fragment (speaker_mention 'they', the police named earlier in the same sentence), Bout's 'The game is over' as relayed by Maj. Gen. Surapol Thuanthong ('According to ..., Bout said ...': speaker Bout), and Interpol's Ronald Noble (attribution after the quote). Not a quote: '\"Merchant of Death\"' (a nickname, 'He has been dubbed the ... by the press'; listed as an alias of Bout; the book title 'Merchant of Death: Money, Guns, ...' is printed without marks).",
  "Figures: none. Not figures: '2005' (a year), '21st' in 'the 21st century' (an ordinal, inside Noble's quote), 'both sides', 'multi-country', 'a Sofitel luxury hotel'.",
  "Events: 'on Thursday' (arrest by the Royal Thai Police, passive with by-agent; 6 March 2008) and '2005' (the film, date on a noun, no agent). Left out: 'in the 21st century' (a century inside Noble's quote, not the date of an act), 'when he was arrested' (no date expression), the removed date line.",
  "Actors: Bout ('an international arms dealer' in apposition, headline 'International arms dealer Viktor Bout'), the Royal Thai Police ('Thai police' at the press conference), Surapol Thuanthong (relays Bout's words), Ronald Noble (speaks), the federal prosecutors in the United States (hope to get him extradited). Not actors: 'the press' and the book's authors Douglas Farah and Stephen Braun (they only named him; no act in the news), the Taliban, Al-Qaeda and FARC (objects of the suspicion), Interpol (only in Noble's title).",
  "second reading (annotator): the whole item re-read against FORMAT.md sections 1-2 and the stored copy; checked the straight double marks, the full stop kept inside the police fragment and the comma dropped from Noble's quote, 'The game is over' assigned to Bout (not the relaying general), 8 March 2008 a Saturday and 6 March a Thursday; no change.",
 ],
}
