NW = "Nyan Win"
X = "Xinhua News Agency"
BAN = "Ban Ki-moon"
ANN = {
 "article": "articles/wn_2008_burma_cyclone_10000.txt",
 "gold_out": "gold/wn_2008_burma_cyclone_10000.json",
 "published": "2008-05-05",
 "quotes": [
  {"text": "alarming", "speaker": "United Nations", "speaker_mention": "The United Nations (UN)", "fragment": True},
  {"text": "The UN will begin preparing assistance now to be delivered and transported to Myanmar as quickly as possible.", "speaker": "Paul Risley",
   "speaker_mention": "Paul Risley, a spokesperson for the World Food Programme"},
  {"text": "The UN will do whatever it can to provide urgent humanitarian assistance. Because of the lack of communications, we are not quite sure what will be the total extent of damages and casualties. I am very much alarmed by incoming views that casualties have risen to more than 10,000, according to Myanmar's foreign ministry",
   "speaker": BAN, "speaker_mention": "the Secretary-General of the UN, Ban Ki-moon", "note": "attribution after the quote; names 'Myanmar's foreign ministry' as the source of the figure, not as speaker"},
  {"text": "What is clear is that we are dealing with a major emergency situation, and the priority needs now are shelter and clean drinking water", "speaker": "Richard Horsey",
   "speaker_mention": "United Nations disaster response spokesman, Richard Horsey"},
 ],
 "figures": [
  {"quantity": "burma_cyclone_2008:deaths", "text": "10,000", "value": 10000, "unit": None, "counted": "reported dead", "source": NW, "approx": "at least", "ctx": "At least 10,000 reported dead",
   "note": "headline; the claimant (Foreign Minister Nyan Win on state television) is named in the next sentence"},
  {"quantity": "burma_cyclone_2008:deaths", "text": "10,000", "value": 10000, "unit": None, "counted": "people dead", "source": NW, "approx": "at least", "ctx": "At least 10,000 people"},
  {"quantity": "burma_cyclone_2008:missing", "text": "3,000", "value": 3000, "unit": None, "counted": "missing", "source": NW, "approx": None, "ctx": "another 3,000"},
  {"quantity": "burma_cyclone_2008:deaths", "text": "15,000", "value": 15000, "unit": None, "counted": "dead", "source": X, "approx": None,
   "note": "Xinhua reported what government officials told it; the reporting subject (Xinhua) is the claimant. Disagrees with Nyan Win's 10,000 of a few hours earlier"},
  {"text": "10,000", "value": 10000, "unit": None, "counted": "casualties", "source": BAN, "approx": "more than", "ctx": "more than 10,000",
   "note": "inside Ban's quote, credited by him to Myanmar's foreign ministry; the word is 'casualties', so no deaths key (casualties and deaths are kept apart)"},
  {"quantity": "burma_cyclone_2008:deaths", "text": "351", "value": 351, "unit": None, "counted": "deaths", "source": None, "approx": None,
   "note": "Sunday's earlier count of the same national toll, since revised upward: shares the deaths key. Stated without a claimant"},
  {"text": "hundreds of thousands", "value": None, "vague": True, "unit": None, "counted": "people homeless", "source": None, "approx": None},
  {"text": "several", "value": None, "vague": True, "unit": None, "counted": "towns completely destroyed", "source": None, "approx": None, "ctx": "several towns"},
  {"text": "47.8 million", "value": 47800000, "unit": None, "counted": "people living in Myanmar", "source": None, "approx": None},
  {"text": "5 million", "value": 5000000, "unit": None, "counted": "people in Yangon", "source": None, "approx": "more than"},
 ],
 "events": [
  {"actor": None, "date": "2008-05-04", "date_text": "Sunday's", "what": "earlier count of 351 deaths",
   "note": "possessive weekday ('Sunday's count') dates the earlier count; the text names no agent"},
 ],
 "actors": [
  {"name": NW, "type": "person", "aliases": ["Foreign Minister Nyan Win", "Nyan Win"]},
  {"name": X, "type": "organisation", "aliases": ["Xinhua News Agency"]},
  {"name": "Myanmar government officials", "type": "group", "aliases": ["government officials"]},
  {"name": "United Nations", "type": "organisation", "aliases": ["The United Nations (UN)", "The United Nations", "the UN", "The UN"]},
  {"name": "Paul Risley", "type": "person", "aliases": ["Paul Risley", "Paul Risley, a spokesperson for the World Food Programme"]},
  {"name": "World Food Programme", "type": "organisation", "aliases": ["the World Food Programme"]},
  {"name": BAN, "type": "person", "aliases": ["Ban Ki-moon", "the Secretary-General of the UN, Ban Ki-moon", "the Secretary-General of the UN"]},
  {"name": "Richard Horsey", "type": "person", "aliases": ["Richard Horsey", "United Nations disaster response spokesman, Richard Horsey"]},
  {"name": "Myanmar foreign ministry", "type": "organisation", "aliases": ["Myanmar's foreign ministry"]},
 ],
 "notes": [
  "Wikinews report of Monday 5 May 2008 (same day and story as the VOA item voa_2008_burma_cyclone_toll). Claimants that disagree: Nyan Win on state TV (at least 10,000 dead, 3,000 missing), Xinhua citing government officials (15,000 dead a few hours later), Ban Ki-moon citing the foreign ministry (more than 10,000 'casualties'), Sunday's earlier count (351).",
  "Across the story: burma_cyclone_2008:deaths links this item's 10,000 / 15,000 / 351 with VOA's 'as many as 10,000' (Burmese state media); burma_cyclone_2008:missing links this 3,000 (nationwide) with VOA's 'thousands more missing'; VOA's 'nearly 3,000' missing is for the town of Bogalay only (different scope, no key).",
  "'alarming' is the UN's word for the report (a one-word fragment, speaker the UN). 'The UN' inside the Risley and Ban quotes is the organisation, not the speaker.",
  "'Just hours later' is vague (no number: not a figure, not an event); 'now' inside quotes is not annotated.",
 ],
}
