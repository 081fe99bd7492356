K = "blinken_austin_kyiv_visit_2022:"
Z = "Volodymyr Zelenskyy"
US = "United States"
ANN = {
 "article": "articles/uapres_2022_blinken_austin_kyiv_meeting.txt",
 "gold_out": "gold/uapres_2022_blinken_austin_kyiv_meeting.json",
 "published": "2022-04-25",
 "quotes": [
  {"text": "We appreciate the unprecedented assistance of the United States to Ukraine. I would like to thank President Biden personally and on behalf of the entire Ukrainian people for his leadership in supporting Ukraine, for his personal clear position. To thank all the American people, as well as the Congress for their bicameral and bipartisan support. We see it. We feel it",
   "speaker": Z, "speaker_mention": "Volodymyr Zelenskyy",
   "note": "straight double quotes as on the page; the comma before the closing mark is dropped; attribution after the quote ('Volodymyr Zelenskyy stressed')"},
 ],
 "figures": [
  {"quantity": K+"us_defense_support_provided_total", "text": "$ 3.4 billion", "value": 3.4e9, "unit": "USD", "counted": "in defense support already provided by the United States", "source": Z, "approx": None,
   "note": "'The Head of State noted that the $ 3.4 billion in defense support already provided by the United States is the largest contribution ...': Zelenskyy is the subject of 'noted', a verb of saying, so he claims the figure. The page prints a space after the dollar sign; the span keeps it"},
 ],
 "events": [],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "The President of Ukraine", "The Head of State", "President of Ukraine"]},
  {"name": "Antony Blinken", "type": "person", "aliases": ["US Secretary of State Antony Blinken", "the Secretary of State"]},
  {"name": "Lloyd Austin", "type": "person", "aliases": ["US Secretary of Defense Lloyd Austin", "Secretary of Defense"]},
  {"name": US, "type": "country", "aliases": ["the United States of America", "the United States"]},
  {"name": "Joe Biden", "type": "person", "aliases": ["President Biden"]},
  {"name": "US Congress", "type": "organisation", "aliases": ["the Congress"]},
 ],
 "notes": [
  "Readout by the Office of the President of Ukraine of Zelenskyy's meeting in Kyiv with US Secretary of State Antony Blinken and US Secretary of Defense Lloyd Austin, posted 25 April 2022 at 09:08 (the meeting was on Sunday 24 April; the readout does not say so). Story blinken_austin_kyiv_visit_2022 (first item).",
  "One quote, Zelenskyy's thanks to the US (straight marks). The second quotation of the page ('We understand what the next steps on this track should be ...') is in the dropped, cut part of the last paragraph (meta edits).",
  "One figure: '$ 3.4 billion' of US defense support already provided, claimed by Zelenskyy ('The Head of State noted that'). Key us_defense_support_provided_total; other reports of the same day give $3.7 billion since 24 February (a State Department count, not in this set).",
  "No events: the readout has no date expression ('At the beginning of the talks', 'at this crucial and important moment', 'already' are not dates); the meeting is dated only by the page's date line, removed as site furniture.",
  "Actors: 'the United States delegation' and 'American high-ranking officials' are Blinken and Austin together, not aliases of either; 'the American people', 'the entire Ukrainian people', 'our partners' are not listed. The headline's 'the Secretary of State' and 'Secretary of Defense' are Blinken's and Austin's titles. 'the aggressor' (Russia) is only the target of sanctions and is not listed; 'sanctions on Russia' is adjectival.",
  "first reading (annotator): the quote's text checked between the straight marks, trailing comma dropped; the dollar figure's claimant from 'noted that'.",
  "second reading (checker): re-read the item for speakers (one quote, Zelenskyy), claimants ('noted that' -> Zelenskyy) and any date expression (none); confirmed the build lists no unannotated quote span or number token; no change.",
 ],
}
