K = "srilanka_election_2010:"
SF = "Sarath Fonseka"
MR = "Mahinda Rajapaksa"
EC = "Election Commission of Sri Lanka"
ANN = {
 "article": "articles/voa_2010_sri_lanka_rajapaksa_reelected.txt",
 "gold_out": "gold/voa_2010_sri_lanka_rajapaksa_reelected.json",
 "published": "2010-01-27",
 "quotes": [
  {"text": "safe house.", "speaker": "unnamed sources", "speaker_mention": "Sources", "fragment": True,
   "note": "'Sources say he is staying at a \"safe house.\"': a two-word phrase inside reported speech, given to the unnamed sources as a fragment (as 'showcase' after 'According to him' elsewhere in the set); a borderline case, it could also be read as a scare quote around a term. The final period inside the marks is kept"},
 ],
 "figures": [
  {"quantity": K+"rajapaksa_share", "text": "58 percent", "value": 58, "unit": "%", "counted": "share of the vote Rajapaksa received", "source": EC, "approx": "around",
   "note": "'Sri Lanka's election commission said Mr. Rajapaksa received nearly 58 percent': 'nearly' -> around"},
  {"quantity": K+"fonseka_share", "text": "40 percent", "value": 40, "unit": "%", "counted": "share of the vote Fonseka received in Tuesday's election", "source": EC, "approx": "around",
   "note": "'The panel said ... received about 40 percent': 'The panel' is the election commission of the sentence before"},
  {"quantity": K+"civil_war_length", "text": "25", "value": 25, "unit": "years", "counted": "length of the civil war ended by the victory over the Tamil Tiger rebels", "source": None, "approx": None,
   "note": "'a 25-year civil war': outlet's voice; voa_2010_sri_lanka_fonseka_arrested (8 February) says 'a quarter century civil war' (same key)"},
 ],
 "events": [
  {"actor": EC, "date": "2010-01-27", "date_text": "On Wednesday", "what": "election commission said Rajapaksa received nearly 58 percent of the vote",
   "note": "'On Wednesday Sri Lanka's election commission said ...': agent of 'said' is the commission"},
  {"actor": None, "date": "2010-01-26", "date_text": "Tuesday's", "what": "presidential election (Fonseka received about 40 percent)",
   "note": "a date on the noun 'election': no single agent, null as for other elections in the set"},
  {"actor": SF, "date": "2010-01-27", "date_text": "Wednesday", "what": "Fonseka charged that displaced Tamils who supported him were prevented from voting", "ctx": "Fonseka charged Wednesday",
   "note": "agent of 'charged' is Fonseka"},
  {"actor": SF, "date": "2010-01-27", "date_text": "most of Wednesday", "what": "Fonseka spent the day in a Colombo hotel surrounded by government troops",
   "note": "'The former military chief spent most of Wednesday in a Colombo hotel': the subject of 'spent' is Fonseka ('The former military chief'); 'a Colombo hotel that was surrounded by government troops' carries no date of its own"},
  {"actor": SF, "date": "2010-01-27", "date_text": "late Wednesday", "what": "Fonseka departed the hotel in a vehicle",
   "note": "agent of 'departed' is Fonseka"},
  {"actor": MR, "date": "2010-01-27", "date_text": "on Wednesday", "what": "Rajapaksa claimed victory and called on Sri Lankans to unite", "ctx": "claimed victory on Wednesday",
   "note": "agent of 'claimed' is President Rajapaksa"},
  {"actor": "Sri Lankan government", "date": "2009", "date_text": "last year", "what": "the government's decisive victory over Tamil Tiger rebels",
   "note": "the date sits in the noun phrase 'the government's decisive victory over Tamil Tiger rebels last year' (the victory the two men are proclaimed heroes for leading): the text names the government as the agent of the victory. 'last year' from 2010 = 2009"},
 ],
 "actors": [
  {"name": MR, "type": "person", "aliases": ["Sri Lanka's President Mahinda Rajapaksa", "Mr. Rajapaksa", "President Rajapaksa"]},
  {"name": SF, "type": "person", "aliases": ["his main rival", "his closest competitor", "former military chief Sarath Fonseka", "Fonseka", "The former military chief", "General Fonseka"]},
  {"name": EC, "type": "organisation", "aliases": ["Sri Lanka's election commission", "The panel"]},
  {"name": "Sri Lankan government", "type": "organisation", "aliases": ["The government"]},
  {"name": "government troops", "type": "group", "aliases": ["government troops"]},
  {"name": "unnamed sources", "type": "group", "aliases": ["Sources"]},
  {"name": "Western diplomats", "type": "group", "aliases": ["Western diplomats"]},
 ],
 "notes": [
  "VOA News report of Wednesday 27 January 2010 (kept on VOA's Bangla service site; date from the URL and text, see meta), the day Sri Lanka's election commission declared Rajapaksa the winner of the 26 January 2010 presidential election; story srilanka_election_2010 with voa_2010_sri_lanka_fonseka_arrested (8 February 2010).",
  "Figures: the two vote shares are claimed by the election commission ('Sri Lanka's election commission said', then 'The panel said'); keys " + K + "rajapaksa_share and " + K + "fonseka_share (printed only here). The civil war's length ('a 25-year civil war') shares " + K + "civil_war_length with 'a quarter century civil war' of 8 February. The 18 percent margin of 8 February is another quantity (a margin, not a share).",
  "Not figures: 'in decades' (no number word, vague). Not events: 'in decades', 'after the end of the war' (no date expression). 'The government has denied the claims' and 'Western diplomats have expressed concern' carry no date.",
  "The only span in quote marks is \"safe house.\" after 'Sources say': annotated as a fragment quote of the unnamed sources (borderline; see its note). 'Tamil Tiger rebels' and the displaced Tamils are only acted upon: not actors. 'government troops' (who surrounded the hotel, undated) are a separate group actor; the form 'The government' belongs to the Sri Lankan government.",
  "Second careful read done by the annotator against FORMAT.md sections 1-2 and the stored copy: the four Wednesday events (commission, Fonseka twice with 'charged' and 'departed' plus 'spent most of Wednesday', Rajapaksa) all 2010-01-27, 'Tuesday's election' 2010-01-26, 'nearly'/'about' -> around, 'The panel' resolved to the commission; no change.",
 ],
}
