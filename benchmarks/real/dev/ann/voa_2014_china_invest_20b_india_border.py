NM = "Narendra Modi"
XI = "Xi Jinping"
CN = "China"
K = "xi_india_visit_2014:"
ANN = {
 "article": "articles/voa_2014_china_invest_20b_india_border.txt",
 "gold_out": "gold/voa_2014_china_invest_20b_india_border.json",
 "published": "2014-09-18",
 "quotes": [
  {"text": "we can realize the potential of our relations.", "speaker": NM, "speaker_mention": "He", "fragment": True,
   "note": "'He said if this happened “we can realize the potential of our relations.\"': a quoted clause inside reported speech; 'He' is Modi, the subject of the sentence before ('Modi called for an early clarification ...'). The closing mark is a straight double quote after a curly opening one, as printed; the final '.' is inside the marks and kept"},
 ],
 "figures": [
  {"quantity": K+"china_investment_pledge", "text": "$20B", "value": 2e10, "unit": "USD", "counted": "Chinese investment in India", "source": None, "approx": None,
   "note": "headline 'China to Invest $20B in India': no speech verb (not 'pledges'/'says'), the outlet's voice -> null; the same sum as the body's '$20 billion' (same key)"},
  {"quantity": K+"china_investment_pledge", "text": "$20 billion", "value": 2e10, "unit": "USD", "counted": "investment in India promised by Beijing", "source": CN, "approx": None,
   "note": "'Beijing promised to invest $20 billion in India over the next five years': the promiser states the sum ('promised' is a speech act, as 'pledged' is annotated elsewhere in the set) -> China ('Beijing' metonym)"},
  {"text": "five", "value": 5, "unit": "years", "counted": "years over which Beijing promised to invest", "source": CN, "approx": None,
   "note": "'over the next five years': part of Beijing's promise -> China"},
  {"text": "two", "ctx": "armies of the two countries", "value": 2, "unit": None, "counted": "countries", "source": None, "approx": None,
   "note": "'the armies of the two countries' (India and China): counted as 'the two countries' is elsewhere in the set"},
  {"text": "90", "value": 90, "unit": "minutes", "counted": "minutes stipulated for the talks", "source": None, "approx": None,
   "note": "'talks ... that lasted much longer than the stipulated 90 minutes': '90' is the stipulated length itself (no hedge on it); VOA's voice"},
  {"text": "12", "value": 12, "unit": None, "counted": "landmark agreements signed", "source": None, "approx": None,
   "note": "'the signing of 12 landmark agreements covering areas such as trade and commerce': VOA's voice"},
  {"text": "two", "ctx": "the two nations", "value": 2, "unit": None, "counted": "nations", "source": NM, "approx": None,
   "note": "'The Indian leader said they were clear that peace on the border has to be the foundation of ... relationship between the two nations': inside Modi's reported speech -> Modi"},
  {"text": "two", "ctx": "separates the two countries", "value": 2, "unit": None, "counted": "countries", "source": None, "approx": None,
   "note": "'the “line of actual control” which presently separates the two countries': VOA's description of the line, not part of Modi's call -> null"},
 ],
 "events": [],
 "actors": [
  {"name": NM, "type": "person", "aliases": ["India Prime Minister Narendra Modi", "Modi", "The Indian leader"]},
  {"name": XI, "type": "person", "aliases": ["visiting Chinese President Xi Jinping", "Chinese President Xi Jinping", "Xi", "The Chinese leader"]},
  {"name": CN, "type": "country", "aliases": ["Beijing", "China"]},
 ],
 "notes": [
  "VOA News report from New Delhi of Thursday 18 September 2014 (date from the removed photo caption, see meta published_evidence) on Chinese President Xi Jinping's talks with Indian Prime Minister Narendra Modi: 12 agreements signed, a $20 billion Chinese investment promise, and Modi pressing Xi on the border standoff in Ladakh. Only item of story xi_india_visit_2014 in this folder.",
  "Quotes: one, Modi's quoted clause 'we can realize the potential of our relations.' (speaker named by 'He', one sentence after 'Modi called for ...'; fragment inside reported speech). Not a quote: '“line of actual control”' (the name of the de facto border in quote marks). Modi's other words ('said he had raised serious concerns', 'He said the boundary dispute must be resolved soon', 'The Indian leader said ...') and Xi's ('He said both countries could manage such differences') are reported speech without marks. The last paragraph, which opened a direct quotation of Xi, was cut mid-sentence in the stored copy and is dropped.",
  "Figures: '$20B' (headline, outlet's voice) and '$20 billion' (promised by Beijing -> China) share key xi_india_visit_2014:china_investment_pledge; 'five' years (part of the promise -> China); '90' minutes; '12' agreements; 'two' three times ('the two countries' twice, VOA's voice; 'the two nations' inside Modi's reported speech -> Modi). Not figures: 'both countries' (twice; not a number word), 'one of their worst' (pronoun 'one').",
  "Events: none. The text has no date expression: 'Soon after holding talks' (relative, vague), 'soon', 'presently', 'in recent years' (vague); 'over the next five years' is a duration (annotated as a figure). The date 'Sept. 18, 2014' was only in the removed caption.",
  "Actors: Modi ('India Prime Minister Narendra Modi', 'Modi', 'The Indian leader'), Xi ('visiting Chinese President Xi Jinping', 'Chinese President Xi Jinping', 'Xi' (also in 'Xi's' and 'Xi’s'), 'The Chinese leader') and China ('Beijing' promised; 'China' in the headline 'China to Invest' and in Xi's 'China remains committed'; the same string is also the place in 'between India and China'). Not listed: India (a place or object only: 'invest ... in India', 'visit to India'), the armies and 'troops from both countries' (in a standoff, no act with a date or claim).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2 and the stored copy: headline and seven paragraphs identical after the listed edits (straight apostrophe in 'Xi's high profile visit', curly in 'Xi’s visit', curly-open/straight-close quote marks as printed); quote span, 'He' = Modi, the three 'two' pinned by ctx, '$20B'/'$20 billion' key and sources, no date expression; no change.",
 ],
}
