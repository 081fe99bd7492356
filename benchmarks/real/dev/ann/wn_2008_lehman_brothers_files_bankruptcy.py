L = "Lehman Brothers"
B = "Barclays"
C = "consortium led by Bank of America"
HP = "Hank Paulson"
USG = "U.S. government"
ANN = {
 "article": "articles/wn_2008_lehman_brothers_files_bankruptcy.txt",
 "gold_out": "gold/wn_2008_lehman_brothers_files_bankruptcy.json",
 "published": "2008-09-16",
 "quotes": [
  {"text": "the proposed transaction required a guarantee for the trading operations of Lehman Brothers that was potentially open-ended, and we were not willing to provide that guarantee.",
   "speaker": B, "speaker_mention": "A spokesmen for Barclays", "fragment": False,
   "note": "'A spokesmen for Barclays told the Financial Times, \"...\"': an unnamed spokesman speaking for the bank; the bank is the speaker (dev convention, 'A spokesman for CARE International' -> CARE International); the final '.' inside the marks is kept; the Financial Times is the recipient, not the speaker"},
 ],
 "figures": [
  {"text": "18", "ctx": "in 18 years", "value": 18, "unit": "years", "counted": "years since a larger collapse of an investment firm", "source": None,
   "note": "'the largest collapse of an investment firm in 18 years': Wikinews's own voice, no claimant; span '18' without the unit word (FORMAT: '12' in '12 miles')"},
  {"text": "two", "ctx": "split into two separate entities", "value": 2, "counted": "separate entities Lehman would be split into", "source": None,
   "note": "'Paulson, along with other government officials, proposed a solution that Lehman would get split into two separate entities': the number is part of a reported proposal, not a figure the officials are said to claim (dev convention, BA strike 'the union plans another four days': source null)"},
 ],
 "events": [
  {"actor": L, "date": "2008-09-13/2008-09-14", "date_text": "over the weekend", "what": "Lehman tried to find a buyer",
   "note": "'Lehman attempted to find a buyer over the weekend': active verb, agent Lehman; the weekend before Tuesday 16 September 2008 is Saturday 13 - Sunday 14 September (dev convention for 'over the weekend')"},
  {"actor": B, "date": "2008-09-14", "date_text": "Sunday afternoon", "what": "Barclays, the last remaining bidder, pulled out of talks to buy Lehman",
   "note": "'The last remaining bidder, Barclays PLC bank pulled out Sunday afternoon': active verb, agent Barclays; the Sunday before the Tuesday publication is 14 September 2008"},
  {"actor": C, "date": "2008-09-14", "date_text": "early Sunday morning", "what": "the Bank of America-led consortium pulled out of the bidding",
   "note": "'after a consortium led by Bank of America pulled out early Sunday morning': active verb, agent the consortium (a tool naming Bank of America resolves to it by the name tokens)"},
  {"actor": None, "date": "2008-09-15", "date_text": "As of Monday morning", "what": "no buyer had come through to take control of Lehman",
   "note": "'As of Monday morning, no buyer has come through to take control of the firm': a state with no agent (no buyer), so null; the filing in the next sentence ('As a result, the firm filed ...') carries no date expression of its own"},
  {"actor": None, "date": "2008-03", "date_text": "in March of this year", "what": "government money used in JPMorgan Chase's takeover of Bear Stearns",
   "note": "'Government money was used in the takeover of Bear Stearns by JPMorgan Chase in March of this year': the sentence-final date modifies the main verb 'was used', a passive whose agent (who used the money) is not named, so null. Read as dating the noun 'takeover', its agent would be JPMorgan Chase (by-phrase); the verb reading is taken here, as the date ends the main clause. 'this year' = 2008"},
 ],
 "actors": [
  {"name": L, "type": "organisation", "aliases": ["Lehman Brothers", "Lehman", "the firm"]},
  {"name": B, "type": "organisation", "aliases": ["Barclays PLC bank", "Barclays", "A spokesmen for Barclays"]},
  {"name": C, "type": "group", "aliases": ["a consortium led by Bank of America"]},
  {"name": HP, "type": "person", "aliases": ["Hank Paulson", "Paulson", "Treasury secretary"]},
  {"name": USG, "type": "organisation", "aliases": ["U.S. government"]},
  {"name": "JPMorgan Chase", "type": "organisation", "aliases": ["JPMorgan Chase"]},
  {"name": "Wall Street banks", "type": "group", "aliases": ["many of Wall Street banks"]},
 ],
 "notes": [
  "Wikinews report dated Tuesday 16 September 2008 (date line of the stored copy) on Lehman Brothers' bankruptcy filing of Monday 15 September 2008, kept from a verbatim copy on another site (see meta edits); story lehman_bankruptcy_2008 (the only item of the story so far).",
  "Quotes: one, the Barclays spokesman's words to the Financial Times, given to Barclays (the spokesman is unnamed). Hank Paulson's 'has repeatedly said that no government money will be given ...' is reported speech without quote marks.",
  "Figures: only '18' (years) and 'two'; neither has a claimant. Not figures: 'G8' (a name), 'Monday', 'Sunday', 'March' (dates). The '25,000 staffers' of the dropped last paragraph is not in the item.",
  "Events: 'over the weekend' (Lehman), 'Sunday afternoon' (Barclays), 'early Sunday morning' (the consortium led by Bank of America), 'As of Monday morning' (state, null), 'in March of this year' (passive without agent, null; see its note). 'in 18 years' is a duration, not an event. 'has repeatedly said' and 'has filed' carry no date.",
  "Actors: Paulson and 'other government officials' proposed the split (undated); 'many of Wall Street banks' discarded it (passive with by-agent, undated); the U.S. government kept the G8 members informed (passive with by-agent, undated) and is unwilling to support buyers. Bear Stearns, the Financial Times and the G8 members are mentioned but do not act or speak and are not actors. Bank of America acts only as leader of the consortium (one actor).",
  "Second careful read of the whole item against FORMAT.md sections 1-2 done by the annotator (quote span and final '.', figure spans '18'/'two', dates normalised against Tuesday 16 September 2008, every actor alias an exact surface form).",
 ],
}
