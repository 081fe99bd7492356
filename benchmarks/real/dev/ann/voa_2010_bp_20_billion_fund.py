ANN = {
 "article": "articles/voa_2010_bp_20_billion_fund.txt",
 "gold_out": "gold/voa_2010_bp_20_billion_fund.json",
 "published": "2010-06-16",
 "quotes": [
  {"text": "fully aligned", "speaker": "Carl-Henric Svanberg", "speaker_mention": "BP's chairman", "fragment": True},
  {"text": "This $20 billion will provide substantial assurance that the claims people and businesses have will be honored.  It is also important to emphasize this is not a cap [a maximum amount of money]", "speaker": "Barack Obama", "speaker_mention": "President Obama",
   "note": "the bracketed gloss is VOA's insertion inside the quote marks; kept as printed"},
  {"text": "The people of the Gulf have my commitment that BP will meet its obligations to them.", "speaker": "Barack Obama", "speaker_mention": "President Obama",
   "note": "second half of a quote split by 'said President Obama'"},
  {"text": "a good start", "speaker": "Barack Obama", "speaker_mention": "the president", "fragment": True},
 ],
 "figures": [
  {"quantity": "bp_spill_2010:compensation_fund", "text": "$20 Billion", "value": 20e9, "unit": "USD", "counted": "BP compensation fund", "source": None},
  {"quantity": "bp_spill_2010:compensation_fund", "text": "$20 billion", "value": 20e9, "unit": "USD", "counted": "BP compensation fund", "source": None, "ctx": "create a $20 billion fund"},
  {"quantity": "bp_spill_2010:compensation_fund", "text": "$20 billion", "value": 20e9, "unit": "USD", "counted": "BP compensation fund", "source": "Barack Obama", "ctx": "This $20 billion will"},
  {"text": "$100 million", "value": 100e6, "unit": "USD", "counted": "fund for oil workers idled by the drilling ban", "source": "Barack Obama"},
 ],
 "events": [
  {"actor": "BP", "date": "2010-06-16", "date_text": "on Wednesday", "what": "agreed to create $20 billion compensation fund",
   "note": "'In a meeting on Wednesday with President Barack Obama, BP executives agreed ...': the agent of 'agreed' is BP (its executives)"},
  {"actor": None, "date": "2001", "date_text": "2001", "what": "terrorist attacks on the United States",
   "note": "'the 2001 terrorist attacks': the text names no perpetrator"},
 ],
 "actors": [
  {"name": "BP", "type": "organisation", "aliases": ["BP", "BP executives", "the company"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["President Barack Obama", "Obama", "Mr. Obama", "President Obama", "the president"]},
  {"name": "Carl-Henric Svanberg", "type": "person", "aliases": ["BP's chairman", "BP board chairman Carl-Henric Svanberg", "Carl-Henric Svanberg"]},
  {"name": "Tony Hayward", "type": "person", "aliases": ["Chief Executive Officer Tony Hayward", "Tony Hayward"]},
  {"name": "Kenneth Feinberg", "type": "person", "aliases": ["Kenneth Feinberg"]},
 ],
 "notes": [
  "Headline and first paragraph state the $20 billion in VOA's own voice (source null); inside Obama's quote it is his. All three share the quantity key bp_spill_2010:compensation_fund.",
  "The $100 million fund is claimed by Obama ('the president said the company also agreed to set aside $100 million').",
  "'hours later' and 'After weeks of criticism' have no number word and are not figures; 'long ago' is vague; '2001' in 'the 2001 terrorist attacks' dates an event (actor null).",
  "Quote split by its attribution: 'This $20 billion ... not a cap [a maximum amount of money],\" said President Obama. \"The people of the Gulf ...' gives two quotes; the trailing comma of the first is dropped.",
  "The stored copy has two spaces after some full stops, kept as printed (also inside the first Obama quote).",
 ],
}
