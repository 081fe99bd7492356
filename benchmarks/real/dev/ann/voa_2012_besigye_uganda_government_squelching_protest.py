KB = "Kizza Besigye"
KK = "Kirunda Kivejinja"
YM = "Yoweri Museveni"
POL = "Ugandan police"
GOV = "Ugandan government"
ANN = {
 "article": "articles/voa_2012_besigye_uganda_government_squelching_protest.txt",
 "gold_out": "gold/voa_2012_besigye_uganda_government_squelching_protest.json",
 "published": "2012-10-04",
 "quotes": [
  {"text": "And so that is what has the government trying to stop any of the leaders of the opposition from being in town", "speaker": KB, "speaker_mention": "Besigye", "fragment": False,
   "note": "first half of a quote interrupted by its attribution ('...,\" Besigye said.'); the comma before the closing mark is dropped"},
  {"text": "They want to keep them in their homes until the independence anniversary is over.", "speaker": KB, "speaker_mention": "Besigye", "fragment": False,
   "note": "second half after 'Besigye said.' (double space before the opening mark kept in the text); final '.' inside kept"},
  {"text": "And then the people will be disorganized, looting will take place, and law and order will be completely broken down", "speaker": KK, "speaker_mention": "Kivejinja", "fragment": False,
   "note": "speaker named after the quote ('said Kivejinja'), introduced by full name and description in the paragraph before; comma before the closing mark dropped"},
  {"text": "That's not a proper demonstration.", "speaker": KK, "speaker_mention": "Kivejinja", "fragment": False,
   "note": "continuation after 'said Kivejinja.'; a separate quote (interrupted by the attribution)"},
 ],
 "figures": [
  {"text": "three", "value": 3, "unit": None, "counted": "presidential elections Besigye has lost to Museveni", "source": None, "approx": None,
   "note": "outlet's own voice (relative clause in VOA's background paragraph)"},
  {"text": "two", "ctx": "past two years", "value": 2, "unit": "years", "counted": "years in which Besigye has been arrested repeatedly", "source": None, "approx": None,
   "note": "'in the past two years': a duration (figure with unit years), not an event, as in the dev items with 'past two years'; outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2012-10-08/2012-10-14", "date_text": "next week", "what": "Uganda's 50th anniversary of independence",
   "note": "'during the country's 50th anniversary of independence next week': the expression dates the noun 'anniversary' (9 October 2012), which has no agent -> null; next ISO week after the week of 4 October 2012"},
  {"actor": POL, "date": "2012-10-01/2012-10-07", "date_text": "this week", "what": "police arrested Besigye for the second time this week",
   "note": "'Police arrested Kizza Besigye for the second time this week': agent of 'arrested' is the police; the ISO week of Thursday 4 October 2012"},
  {"actor": POL, "date": "2012-10-04", "date_text": "on Thursday", "what": "police arrested Besigye in Kampala",
   "note": "same sentence: 'arrested ... in Kampala on Thursday' -> the police; Thursday 4 October 2012 (meta published_evidence)"},
  {"actor": YM, "date": "1986", "date_text": "since 1986", "what": "Museveni has ruled Uganda from 1986 on",
   "note": "'President Museveni has ruled Uganda since 1986': the subject of 'has ruled' is Museveni; the start year as the date"},
 ],
 "actors": [
  {"name": KB, "type": "person", "aliases": ["Kizza Besigye", "Besigye", "Uganda's main opposition leader"]},
  {"name": GOV, "type": "organisation", "aliases": ["Uganda Government", "the government"]},
  {"name": POL, "type": "organisation", "aliases": ["Police"]},
  {"name": "activists", "type": "group", "aliases": ["activists"]},
  {"name": KK, "type": "person", "aliases": ["Kirunda Kivejinja", "Kivejinja", "a senior advisor to President Yoweri Museveni"]},
  {"name": YM, "type": "person", "aliases": ["President Yoweri Museveni", "Museveni", "President Museveni"]},
 ],
 "notes": [
  "VOA News report of (about) Thursday 4 October 2012 (kept from the UNT web archive's capture of the voanews.com page, no date printed; meta published_evidence) on Kizza Besigye's second arrest of the week before Uganda's 50th independence anniversary (9 October 2012); story uganda_besigye_arrests_oct_2012 (one item). Not the story of voa_2016_besigye_treason_charge_questioned.",
  "Quotes: four, two by Besigye (one quote split by 'Besigye said') and two by Kivejinja (split by 'said Kivejinja'); Kivejinja is introduced with full name and role a paragraph earlier and named only by surname at the quote. Besigye's unquoted claims ('Besigye says ...', 'he says, the government is actively blocking the protest') carry no number or date.",
  "Figures: 'three' presidential elections and 'two' years, both the outlet's voice. No quantity keys (one item in the story).",
  "Events: 'next week' (the anniversary, null), 'this week' and 'on Thursday' (the police arrest, two expressions in one sentence, one event each), 'since 1986' (Museveni's rule). 'in the past two years' is a duration. 'He was later released without charge' is a passive without agent and without its own date expression.",
  "Not figures: '50th' (ordinal), 'the second time' (ordinal), '1986' (year).",
  "Actors: Besigye, the government ('Uganda Government' in the headline, 'the government' four times: trying to prevent protests, blocking the protest, inside Besigye's quote, and as the object of the protests in the background paragraph), police, activists (planning a march), Kivejinja and Museveni. 'the opposition' is only the object of Kivejinja's accusation and is not listed.",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored copy: the four quote spans (commas dropped, final periods kept, double spaces outside the marks), the two number tokens, the ISO week of 4 October 2012 (Mon 1 - Sun 7) and the next (8-14), each date's agent; no change.",
 ],
}
