K = "ecuador_quake_2016:"
COR = "Rafael Correa"
OFF = "Ecuadorian officials"
ANN = {
 "article": "articles/voa_2016_ecuador_toll_recovery_billions.txt",
 "gold_out": "gold/voa_2016_ecuador_toll_recovery_billions.json",
 "published": "2016-04-19",
 "quotes": [
  {"text": "Let's not kid ourselves", "speaker": COR, "speaker_mention": "President Rafael Correa",
   "note": "first half of a split quote: the attribution 'President Rafael Correa said after visiting the damage Tuesday' stands between the two halves; the comma before the closing mark is dropped"},
  {"text": "It will be a long struggle ... reconstruction for years, billions [of dollars] in investment.", "speaker": COR, "speaker_mention": "President Rafael Correa",
   "note": "second half of the split quote, after the attribution; the editorial insertion '[of dollars]' and the final full stop are part of the quoted span as printed"},
 ],
 "figures": [
  {"quantity": K+"reconstruction_cost", "text": "Billions", "value": None, "vague": True, "unit": "USD", "counted": "cost of recovery", "source": None, "approx": None,
   "note": "headline 'Recovery to Cost Billions' (outlet's voice, echoing Correa's 'billions [of dollars]'; same quantity)"},
  {"text": "Hundreds of millions", "value": None, "vague": True, "unit": "USD", "counted": "emergency aid pouring into Ecuador", "source": None, "approx": None,
   "note": "'Hundreds of millions of dollars': vague, unit word not glued"},
  {"quantity": K+"deaths", "text": "500", "value": 500, "unit": None, "counted": "death toll from the earthquake", "source": None, "approx": "more than",
   "note": "'climbed past 500': outlet's voice; same national toll as 'above 410' (18 April) and 654 (24 April)"},
  {"quantity": K+"missing", "text": "200", "value": 200, "unit": None, "counted": "people missing", "source": OFF, "approx": "more than",
   "note": "'with officials saying more than 200 people are missing'; the 24 April item gives 58 missing (same key)"},
  {"quantity": K+"reconstruction_cost", "text": "billions", "value": None, "vague": True, "unit": "USD", "counted": "investment in reconstruction", "source": COR, "approx": None,
   "note": "inside Correa's quote: 'billions [of dollars] in investment'"},
  {"quantity": K+"magnitude", "text": "7.8", "value": 7.8, "unit": None, "counted": "earthquake magnitude", "source": None, "approx": None},
 ],
 "events": [
  {"actor": None, "date": "2016-04-16", "date_text": "Saturday's", "what": "powerful earthquake", "ctx": "Saturday's powerful",
   "note": "possessive weekday on the quake, a natural event: no agent"},
  {"actor": COR, "date": "2016-04-19", "date_text": "Tuesday", "what": "visited the damage and spoke of a long struggle", "ctx": "damage Tuesday",
   "note": "'President Rafael Correa said after visiting the damage Tuesday': visit and statement are both Correa's, on the publication day"},
  {"actor": "Barack Obama", "date": "2016-04-19", "date_text": "on Tuesday", "what": "telephoned Correa to convey condolences"},
  {"actor": None, "date": "2016-04-16", "date_text": "Saturday's", "what": "7.8 magnitude quake felt across the country", "ctx": "Saturday's 7.8",
   "note": "natural event, no agent"},
 ],
 "actors": [
  {"name": COR, "type": "person", "aliases": ["President Rafael Correa", "Correa"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["President Barack Obama"]},
  {"name": OFF, "type": "group", "aliases": ["officials", "authorities"]},
  {"name": "Rescuers and citizens", "type": "group", "aliases": ["Rescuers and citizens along the Pacific coast"]},
  {"name": "United States", "type": "country", "aliases": ["the U.S."]},
 ],
 "notes": [
  "VOA News report of Tuesday 19 April 2016 (story ecuador_quake_2016, with voa_2016_ecuador_three_pulled_alive of 18 April and voa_2016_ecuador_toll_654 of 24 April).",
  "One split quote of Correa: two quotes, one speaker, with the attribution between them.",
  "Cross-item keys: deaths ('past 500' here), missing ('more than 200' claimed by officials here; 58 on 24 April), magnitude (7.8). The headline 'Billions' and Correa's 'billions [of dollars]' share reconstruction_cost (both vague).",
  "'officials' (missing count) and 'authorities' (fading calls) are both taken as Ecuadorian officials, unnamed.",
  "Not figures: 'A number of survivors' (no number), 'for years' (no number). The two photo captions and the cut last paragraph ($600 million credit) were removed (meta edits).",
  "Second careful read done by the annotator: checked both halves of the split quote end at their marks, that 'Tuesday' dates Correa's visit/statement and 'on Tuesday' Obama's call, and that each 'Saturday's' is the quake (null actor).",
 ],
}
