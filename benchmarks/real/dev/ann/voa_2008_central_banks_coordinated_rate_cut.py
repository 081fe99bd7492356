GB = "Gordon Brown"
BOE = "Bank of England"
K = "coordinated_rate_cut_oct_2008:"
ANN = {
 "article": "articles/voa_2008_central_banks_coordinated_rate_cut.txt",
 "gold_out": "gold/voa_2008_central_banks_coordinated_rate_cut.json",
 "published": "2008-10-08",
 "quotes": [
  {"text": "The coordinated cut in interest rates is an important signal that the world will come together to deal with this economic problem and I believe that it has come at the right time to show that the action that we are taking and the action that the Americans are taking and the action taken in other countries in Europe is action that is designed to together solve the problem that we face", "speaker": GB, "speaker_mention": "Brown", "fragment": False,
   "note": "'\"...,\" said Brown.': the comma before the closing mark dropped"},
  {"text": "We need to have responsibility and integrity at the heart of the global financial system", "speaker": GB, "speaker_mention": "he", "fragment": False,
   "note": "'\"...,\" he said.': he = Brown ('the prime minister' of the paragraph before); comma dropped"},
  {"text": "We need a global early warning system and cooperation among regulators that to be frank, we in Britain have tried for for years, but have not been able to persuade other countries to support and we will continue to seek coordinated action on economic policy.", "speaker": GB, "speaker_mention": "he", "fragment": False,
   "note": "second quote of the paragraph, after 'he said.', no attribution of its own; the doubled 'for for' and the final '.' kept"},
 ],
 "figures": [
  {"quantity": K + "cut_size", "text": "half a percentage point", "value": 0.5, "unit": "%", "counted": "cut in U.S. and European interest rates", "source": None, "approx": None,
   "note": "the outlet's voice; percentage points written with unit % (as 'half percent' in voa_2008_fed_cuts_rates_again); same quantity as the '0.5%' cut of wn_2008_central_banks_worldwide_cut_rates"},
  {"quantity": K + "cut_size", "text": "half-a-point", "value": 0.5, "unit": "%", "counted": "lending rate cut", "source": None, "approx": None,
   "note": "'The half-a-point lending rate cut': the same cut restated"},
  {"text": "a quarter of a point", "value": 0.25, "unit": "%", "counted": "China's rate cut", "source": None, "approx": "more than",
   "note": "'China also made a cut of just over a quarter of a point': 'just over' -> more than; a different quantity (China's cut)"},
  {"text": "couple", "ctx": "next couple of days", "value": 2, "unit": "days", "counted": "days in which accounting standards will be discussed", "source": GB, "approx": "around",
   "note": "'He said during the next couple of days accounting standards will be discussed among G7 members': inside Brown's reported speech; 'a couple' -> 2, around (as in the other dev items)"},
 ],
 "events": [
  {"actor": BOE, "date": "2008-10-09", "date_text": "until Thursday", "what": "Bank of England cut had been expected",
   "note": "'a Bank of England cut was anticipated, but that was not supposed to happen until Thursday': the date is on the cut (a noun whose agent the text names: the Bank of England); Thursday after Wednesday 8 October 2008; the 'anticipated' passive has no agent and no date"},
  {"actor": None, "date": "2008-10-11", "date_text": "for Saturday", "what": "IMF meeting scheduled",
   "note": "'an IMF meeting is scheduled for Saturday': the expression modifies the passive 'is scheduled' (no by-agent), so no actor, read literally (the meeting is the IMF's, but the date is attached to the verb, not to a noun like 'Saturday's meeting'); inside Brown's reported speech; Saturday 11 October 2008"},
 ],
 "actors": [
  {"name": "U.S. and European central banks", "type": "group", "aliases": ["U.S. and European central banks"]},
  {"name": "Federal Reserve", "type": "organisation", "aliases": ["the U.S. Federal Reserve"]},
  {"name": "European Central Bank", "type": "organisation", "aliases": ["the European Central Bank"]},
  {"name": BOE, "type": "organisation", "aliases": ["Bank of England"]},
  {"name": "China", "type": "country", "aliases": ["China"]},
  {"name": "Bank of Japan", "type": "organisation", "aliases": ["the Bank of Japan"]},
  {"name": GB, "type": "person", "aliases": ["Prime Minister Gordon Brown", "Brown", "the prime minister"]},
 ],
 "notes": [
  "VOA News radio report by Tom Rivers from London of Wednesday 8 October 2008 on the coordinated interest-rate cut, kept from a reprint on tingroom.com (no headline in the stored copy). Story coordinated_rate_cut_oct_2008 with wn_2008_central_banks_worldwide_cut_rates (Wikinews, same day): 'half a percentage point' and 'half-a-point' here and the first '0.5%' there share coordinated_rate_cut_oct_2008:cut_size.",
  "Three quotes, all Gordon Brown's: the first attributed by 'said Brown', the second by 'he said' after a paragraph that calls him 'the prime minister' and 'He', the third carries on without an attribution of its own.",
  "The group 'U.S. and European central banks' (the subject of the lead) is an actor; 'the Banks of Canada, Sweden, Switzerland and England' is a list of banks named only as the partners of the coordination and is not made an actor; 'Bank of England' is the agent of the expected cut. 'IMF' is only a modifier ('an IMF meeting') and 'G7 members' appear only in a passive ('will be discussed among G7 members') and 'the Americans' only inside the quote: not actors. Tom Rivers is VOA's reporter (broadcast line), not an actor.",
  "Not figures: 'G7' (a name). Not events: 'during the next couple of days' (a duration; the 'couple' is a figure), 'soon' (vague), 'for years' (vague).",
  "Second careful read done against FORMAT.md (three quotes, trailing commas dropped, 'just over' -> more than, 'couple' -> 2 around, future weekdays forward from Wednesday 8 October 2008, date on the noun 'cut', passive 'is scheduled for Saturday' without agent) by the annotator.",
 ],
}
