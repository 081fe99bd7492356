U = "kyrgyzstan_unrest_2010:"
W = "Guido Westerwelle"
B = "Carl Bildt"
ANN = {
 "article": "articles/wn_2010_westerwelle_bildt_gaza_standpoint.txt",
 "gold_out": "gold/wn_2010_westerwelle_bildt_gaza_standpoint.json",
 "published": "2010-06-23",
 "quotes": [
  {"text": "We work closely together in the European Union, now we had the opportunity to sit down and go through the agenda and coordinate issues. The relations between Sweden and Germany are good, and that is hardly news.",
   "speaker": B, "speaker_mention": "Carl Bildt",
   "note": "'Carl Bildt started by saying: “...”': final period inside the marks kept"},
  {"text": "we have foremost discussed the situation in the Middle East. We emphasize that the decision of the Israeli government is a step in the correct direction, but we are convinced that there must be a total opening of the Gaza area. We want to support the moderate forces and help the life of people.",
   "speaker": W, "speaker_mention": "Guido Westerwelle",
   "note": "'Guido Westerwelle continued, commenting that “...”': a quotation run into the reporting clause (lower-case 'we'), still his words"},
  {"text": "This is also our common European view, and last week at a foreign minister meeting we agreed that full opening of the Gaza area is the goal. We work to influence our discussion partners in the Middle East, in particular the Israeli government, and also consider that the two-state solution without doubt is the only solution for peace.",
   "speaker": W, "speaker_mention": "Guido Westerwelle",
   "note": "a paragraph that is all quotation, with no attribution of its own, straight after Westerwelle's quoted paragraph: by the usual layout his quotation continued (the German Wikinews version runs the same two quotations on after 'Guido Westerwelle fuhr mit dem Kommentar fort'); the speaker is named a paragraph away, the mention is the previous paragraph's 'Guido Westerwelle'"},
  {"text": "the situation is exceedingly worrying; the information we had over the weekend talks about the order of 2,000 dead and the order of 400,000 people who left their homes. This is in a very fragile part of central Asia.",
   "speaker": B, "speaker_mention": "Carl Bildt",
   "note": "'Carl Bildt told the reporters that “...”': quotation run into the reporting clause"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "states in the two-state solution", "source": None, "approx": None,
   "note": "'the two-state solution' in Westerwelle's quotation: counts the states, as 'six-party talks' and '15-nation council' are counted in the dev set; it names the settlement he backs and is not a quantity he claims, so source null as for 'six-party talks' in reported words (dev); no key"},
  {"quantity": U+"deaths", "text": "2,000", "value": 2000, "unit": None, "counted": "dead in the violence in Kyrgyzstan", "source": B, "approx": "around",
   "note": "Bildt's quotation: 'the information we had over the weekend talks about the order of 2,000 dead': 'the order of' -> around; claimed by Bildt (his words, on information his side had). The toll of the June 2010 clashes in southern Kyrgyzstan: the same quantity as the deaths figures of the kyrgyzstan_unrest_2010 items in dev (60, 62, 97, 'up to 200', 'hundreds'), so that story's key is shared across stories"},
  {"quantity": U+"displaced", "text": "400,000", "value": 400000, "unit": None, "counted": "people who left their homes in Kyrgyzstan", "source": B, "approx": "around",
   "note": "Bildt's quotation: 'the order of 400,000 people who left their homes' -> around; the people displaced by the June clashes, the same quantity as 'some 400,000 were displaced' (voa_2010_kyrgyz_referendum_tight_security, dev) and 'displaced some 400,000 others' (voa_2010_kyrgyz_voters_approve_constitution, dev): key shared"},
 ],
 "events": [
  {"actor": W, "date": "2010-06-21", "date_text": "On Monday", "what": "Westerwelle visited Stockholm and met Bildt",
   "note": "'Stockholm, Sweden —On Monday, the German foreign minister Guido Westerwelle visited Stockholm': Westerwelle is the subject of 'visited' (the dateline itself is not an event). Monday before Wednesday 23 June 2010 = 21 June (the German version: 'Am Montag, dem 21. Juni')"},
  {"actor": "European Union", "date": "2010-06-14/2010-06-20", "date_text": "last week", "what": "EU foreign ministers agreed at their meeting that full opening of the Gaza area is the goal",
   "note": "in Westerwelle's quotation: 'last week at a foreign minister meeting we agreed that full opening of the Gaza area is the goal'. 'we' = the foreign ministers of the European Union at their meeting ('our common European view'; Bildt's 'in the European Union'), so the agent is the EU (its foreign ministers' meeting), not Westerwelle or Bildt alone. 'last week' = the ISO week before the week of the briefing (Monday 21 June) and of publication (Wednesday 23 June): 14-20 June 2010. Not 'today' inside speech, so kept"},
  {"actor": None, "date": "2010-06-19/2010-06-20", "date_text": "over the weekend", "what": "information Sweden had about the dead and displaced in Kyrgyzstan",
   "note": "in Bildt's quotation: 'the information we had over the weekend talks about ...': the date modifies 'had' (having information, a state, not an act), so no agent. The weekend before Monday 21 June 2010: 19-20 June"},
 ],
 "actors": [
  {"name": W, "type": "person", "aliases": ["the German foreign minister Guido Westerwelle", "Guido Westerwelle"]},
  {"name": B, "type": "person", "aliases": ["Sweden’s foreign minister Carl Bildt", "Carl Bildt"]},
  {"name": "European Union", "type": "organisation", "aliases": ["the European Union"]},
  {"name": "Israeli government", "type": "organisation", "aliases": ["the Israeli government"]},
 ],
 "notes": [
  "Wikinews report (kept from a site that reposts it) of Wednesday 23 June 2010 on German Foreign Minister Guido Westerwelle's first visit to Stockholm on Monday 21 June 2010 and the joint press briefing with Sweden's Carl Bildt: Gaza and the violence in Kyrgyzstan. Own story westerwelle_stockholm_visit_2010; its Kyrgyzstan figures share keys with the kyrgyzstan_unrest_2010 items in dev.",
  "Quotes: four, two per minister. Westerwelle's second quotation is a paragraph of its own with no attribution after his first (speaker named a paragraph away); both of Bildt's and Westerwelle's first are run into 'saying:' / 'commenting that' / 'told the reporters that'.",
  "Cross-story keys: Bildt's 'the order of 2,000 dead' -> kyrgyzstan_unrest_2010:deaths (the toll of the June clashes; dev items give 60, 62, 97, 'up to 200', 'hundreds') and 'the order of 400,000 people who left their homes' -> kyrgyzstan_unrest_2010:displaced (dev: 'some 400,000', 27 and 28 June). 'the order of' -> around. Bildt is the claimant of both (his words).",
  "Not figures: 'for his first time' (ordinal), 'a short walk', 'a short boat trip' (no number). 'two' of 'the two-state solution' is counted (source null, see its note).",
  "Events: 'On Monday' (Westerwelle visited, 21 June), 'last week' in Westerwelle's quotation (the EU foreign ministers agreed, 14-20 June) and 'over the weekend' in Bildt's (a state, null, 19-20 June). The dateline 'Stockholm, Sweden —' is not an event.",
  "Actors: Westerwelle, Bildt, the European Union (agent of 'we agreed' at the foreign minister meeting; named in Bildt's quotation) and the Israeli government (whose decision on Gaza Westerwelle welcomes). Wikinews (at the briefing), Sweden and Germany (whose relations are good) do not act in the text and are not listed.",
  "second reading (annotator): re-read the whole item once more against FORMAT.md sections 1-2 and the stored copy: the four quote spans (final periods kept, curly marks), the unattributed continuation paragraph, 'the order of' -> around, the three date expressions and their dates (Monday 21 June; last week 14-20 June; weekend 19-20 June), every alias an exact substring; no change.",
 ],
}
