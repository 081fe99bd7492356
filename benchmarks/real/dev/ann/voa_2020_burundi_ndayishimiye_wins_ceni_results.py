K = "burundi_election_2020:"
EN = "Evariste Ndayishimiye"
AR = "Agathon Rwasa"
TM = "Terence Manirambona"
GS = "Gaston Sindimwo"
CENI = "CENI"
ANN = {
 "article": "articles/voa_2020_burundi_ndayishimiye_wins_ceni_results.txt",
 "gold_out": "gold/voa_2020_burundi_ndayishimiye_wins_ceni_results.json",
 "published": "2020-05-25",
 "quotes": [
  {"text": "We are going to go through the appropriate channels to demand that the vote be recounted. We have a lot of facts that undeniably demonstrate that the results announced by CENI do not reflect the will of the people",
   "speaker": TM, "speaker_mention": "he", "fragment": False,
   "note": "'..., he said.': 'he' = Party spokesman Terence Manirambona, named in the paragraph before ('tells VOA’s Central Africa service ...'); the comma before the closing mark is dropped"},
  {"text": "stunned", "speaker": TM, "speaker_mention": "He", "fragment": True,
   "note": "'He said the party was “stunned” to hear ...': a word of Manirambona's inside reported speech; 'He' = Manirambona (speaker of the quote before)"},
  {"text": "Elections are over now. We urge president-elect Evarisate Ndayishimiye to be the leader for all Burundians",
   "speaker": GS, "speaker_mention": "he", "fragment": False,
   "note": "'..., he said.': 'he' = First Vice President Sindomwo of the paragraph before ('Sindomwo' is the outlet's misspelling of Gaston Sindimwo, named in paragraph 3); 'Evarisate' kept as printed; trailing comma dropped"},
 ],
 "figures": [
  {"quantity": K+"ndayishimiye_vote_share", "text": "69%", "value": 69, "unit": "%", "approx": None, "counted": "share of the vote for Ndayishimiye", "source": CENI,
   "note": "'The independent election commission (CENI) announced partial results Monday, giving Ndayishimiye 69% of the vote': the commission's figure. Same key as 'just over 68 percent' (the final result, outlet's voice) in voa_2020_burundi_ndayishimiye_sworn_in"},
  {"quantity": K+"rwasa_vote_share", "text": "24%", "value": 24, "unit": "%", "approx": None, "counted": "share of the vote for Agathon Rwasa", "source": CENI,
   "note": "same sentence ('giving ... his chief competitor Agathon Rwasa of the opposition CNL party 24%'): the commission's figure"},
  {"text": "2%", "value": 2, "unit": "%", "approx": None, "counted": "share of the vote for Gaston Sindimwo", "source": None,
   "note": "'Current First Vice President Gaston Sindimwo ... finished far behind with just 2%.': a new sentence with no cue of its own; the CENI attribution of the sentence before is not carried over (uncued continuation, as in the dev set), so null ('just' is not an approximator)"},
  {"text": "72", "value": 72, "unit": None, "approx": None, "counted": "seats in parliament won by the ruling party", "source": None,
   "note": "'The ruling party also won 72 seats in the parliament': outlet's voice"},
  {"text": "27", "value": 27, "unit": None, "approx": None, "counted": "seats taken by CNL", "source": None,
   "note": "'while CNL took 27 seats': outlet's voice"},
  {"text": "one", "value": 1, "unit": None, "approx": None, "counted": "seat won by the Uprona party", "source": None, "ctx": "won one seat",
   "note": "'and the Uprona party won one seat': outlet's voice"},
  {"text": "10 days", "value": 10, "unit": "days", "approx": None, "counted": "days the parties have to challenge the outcome", "source": None,
   "note": "'all parties have 10 days to challenge the outcome before the constitutional court': a duration, outlet's voice"},
  {"quantity": K+"nkurunziza_years_in_power", "text": "15 years", "value": 15, "unit": "years", "approx": None, "counted": "years Nkurunziza has been in power", "source": None,
   "note": "'He decided not to run again after 15 years in power': He = Nkurunziza; outlet's voice; same key as '15 years in office' in voa_2020_burundi_votes_amid_coronavirus"},
 ],
 "events": [
  {"actor": CENI, "date": "2020-05-25", "date_text": "Monday", "what": "the election commission announced partial results giving Ndayishimiye 69% of the vote",
   "note": "'The independent election commission (CENI) announced partial results Monday': the commission is the agent of 'announced'; Monday 25 May 2020 = the report's day (see meta)"},
  {"actor": None, "date": "2020-05-26", "date_text": "Tuesday", "what": "final results expected",
   "note": "'Final results are expected Tuesday': future weekday -> Tuesday 26 May 2020; a passive without agent (the text does not say who will publish them): null"},
 ],
 "actors": [
  {"name": EN, "type": "person", "aliases": ["Ruling party candidate Evariste Ndayishimiye", "Ndayishimiye", "would-be president-elect Ndayishimiye", "president-elect Evarisate Ndayishimiye", "the apparent winner"]},
  {"name": "CNL", "type": "organisation", "aliases": ["the main opposition party", "CNL", "the opposition CNL party"]},
  {"name": CENI, "type": "organisation", "aliases": ["The independent election commission", "CENI", "the election commission"]},
  {"name": AR, "type": "person", "aliases": ["his chief competitor Agathon Rwasa", "Agathon Rwasa", "Rwasa"]},
  {"name": GS, "type": "person", "aliases": ["Current First Vice President Gaston Sindimwo", "Gaston Sindimwo", "First Vice President Sindomwo", "Sindomwo"]},
  {"name": "Uprona", "type": "organisation", "aliases": ["the nationalist party Uprona", "the Uprona party"]},
  {"name": TM, "type": "person", "aliases": ["Party spokesman Terence Manirambona", "Terence Manirambona"]},
  {"name": "CNDD-FDD", "type": "organisation", "aliases": ["the ruling party"]},
  {"name": "Pierre Nkurunziza", "type": "person", "aliases": ["longtime president Pierre Nkurunziza"]},
 ],
 "notes": [
  "VOA News report of Monday 25 May 2020 (stored from VOA's own publishing host, no headline or date printed: see meta) on the election commission's partial results of Burundi's presidential election of 20 May 2020 and the opposition CNL's fraud claims. Story burundi_election_2020 with voa_2020_burundi_votes_amid_coronavirus (20 May) and voa_2020_burundi_ndayishimiye_sworn_in (18 June).",
  "Keys: " + K + "ndayishimiye_vote_share ('69%' from CENI here; 'just over 68 percent', the final figure, in the 18 June item), " + K + "rwasa_vote_share (only here), " + K + "nkurunziza_years_in_power ('15 years in power' here, '15 years in office' on 20 May).",
  "Quotes: three, all attributed by 'he said'/'He said' with the speaker named a paragraph before (Manirambona twice, Sindimwo once, spelt 'Sindomwo' in the attribution paragraph). 'CNL has its own numbers to prove that Rwasa won' is reported speech without a number (not a figure).",
  "Not figures: none left. Not events: 'immediately', 'so far', 'now' (vague). 'the party' (in 'He said the party was “stunned”', = CNL) is not listed as an alias because 'the ruling party' contains it and names another actor; the government ('no response so far from the government') does not act.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: curly quote marks and apostrophes as stored, the two misspellings kept, 25 May 2020 a Monday, the 2% left with a null source (uncued sentence); no change.",
 ],
}
