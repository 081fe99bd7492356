WC = "Wafula Chebukati"
JC = "Juliana Cherera"
DC = "dissenting IEBC commissioners"
MM = "Makau Mutua"
RO = "Raila Odinga"
WR = "William Ruto"
K = "kenya_election_2022:"
ANN = {
 "article": "articles/voa_2022_kenya_ruto_declared_winner_confusion.txt",
 "gold_out": "gold/voa_2022_kenya_ruto_declared_winner_confusion.json",
 "published": "2022-08-15",
 "quotes": [
  {"text": "are not able to take ownership of the results.", "speaker": JC, "speaker_mention": "electoral commission vice chair Juliana Cherea", "fragment": True,
   "note": "phrase in reported speech ('said she and three other commissioners “are not able to ...”'); the name is printed 'Cherea' (Juliana Cherera, the IEBC vice chair); final full stop inside the marks kept"},
  {"text": "too opaque", "speaker": DC, "speaker_mention": "The commissioners", "fragment": True,
   "note": "'The commissioners said the vote-counting process was “too opaque,”': the four commissioners of the paragraph before (Cherera and three others) speak as a group; trailing comma dropped"},
  {"text": "ANY results IEBC Chairman Wafuka Chebukati announces are INVALID because he had no quorum of commissioners to hold a plenary and make such a weighty decision. The ongoing process at Bomas is now ILLEGAL", "speaker": MM, "speaker_mention": "Odinga spokesman Makau Mutua", "fragment": False,
   "note": "a tweet quoted, attribution after it ('Odinga spokesman Makau Mutua tweeted'); he is the 'spokesman for Ruto’s main opponent' of the paragraph before; capitals and the misspelling 'Wafuka' as printed; trailing comma dropped"},
 ],
 "figures": [
  {"text": "four", "value": 4, "unit": None, "approx": None, "counted": "other election officials who disowned the result", "source": None,
   "note": "outlet's own statement in the lead: null. Not the same quantity as Cherera's 'three other commissioners' (three besides herself)"},
  {"quantity": K + "ruto_vote_share_iebc", "text": "50.49%", "value": 50.49, "unit": "%", "approx": None, "counted": "share of the vote won by Ruto", "source": WC,
   "note": "'The chairman of Kenya’s Independent Electoral and Boundaries Commission said Monday that Ruto won ... with 50.49% of the vote': the chairman (named Wafula Chebukati in the next paragraph) claims it"},
  {"text": "1.5", "value": 1.5, "unit": None, "approx": "around", "counted": "percentage points ahead of Raila Odinga", "source": WC,
   "note": "'about 1.5 percentage points ahead': still inside the that-clause of 'The chairman ... said Monday that ...', so claimed by the chairman as printed; 'about' -> around. 'percentage points' is not a unit of FORMAT's list (not %), so unit null and named in counted, as in other dev items"},
  {"text": "three", "value": 3, "unit": None, "approx": None, "counted": "other commissioners who could not take ownership of the results", "source": JC,
   "note": "'Juliana Cherea said she and three other commissioners ...': claimed by the vice chair"},
 ],
 "events": [
  {"actor": WC, "date": "2022-08-15", "date_text": "Monday", "what": "the IEBC chairman said Ruto won a first-round victory with 50.49% of the vote",
   "note": "'The chairman ... said Monday that ...': the chairman is the agent of 'said' (named Wafula Chebukati in the next paragraph). Published Monday 15 August 2022, so the day itself"},
  {"actor": None, "date": "2022-08-10", "date_text": "Wednesday", "what": "the verification process began",
   "note": "'the verification process that began Wednesday': the process is the subject of 'began' (no agent named): null. Wednesday 10 August 2022, the Wednesday before the Monday report (the vote was on Tuesday 9 August)"},
 ],
 "actors": [
  {"name": WC, "type": "person", "aliases": ["Kenya’s elections chief", "The chairman of Kenya’s Independent Electoral and Boundaries Commission", "Wafula Chebukati", "the electoral commission chair", "IEBC Chairman Wafuka Chebukati"]},
  {"name": "Independent Electoral and Boundaries Commission", "type": "organisation", "aliases": ["Kenya’s Independent Electoral and Boundaries Commission", "IEBC"]},
  {"name": WR, "type": "person", "aliases": ["Deputy President William Ruto", "Ruto"]},
  {"name": RO, "type": "person", "aliases": ["former prime minister Raila Odinga", "Raila Odinga", "Ruto’s main opponent", "Odinga"]},
  {"name": JC, "type": "person", "aliases": ["electoral commission vice chair Juliana Cherea", "Juliana Cherea"]},
  {"name": DC, "type": "group", "aliases": ["four other election officials", "The commissioners"]},
  {"name": "Associated Press", "type": "organisation", "aliases": ["The Associated Press"]},
  {"name": MM, "type": "person", "aliases": ["Odinga spokesman Makau Mutua", "Makau Mutua", "a spokesman for Ruto’s main opponent, Raila Odinga"]},
 ],
 "notes": [
  "VOA News report of Monday 15 August 2022 (stored from VOA's preview host, no date or headline printed; see the meta file) on the IEBC chairman's declaration of William Ruto as winner of Kenya's presidential election of Tuesday 9 August 2022 while four commissioners disowned the result. Story kenya_election_2022 (single item in this round).",
  "Key: " + K + "ruto_vote_share_iebc ('50.49%', the chairman's figure), for later items of the story.",
  "Speakers named away from the quote: the vice chair (name in the same sentence, printed 'Cherea'), 'The commissioners' (the group of four of the paragraph before) and Makau Mutua (attribution after his tweet; introduced in the paragraph before as 'a spokesman for Ruto’s main opponent'). The Associated Press is an actor ('The Associated Press reports ...'); Reuters appears only in the credit line and does not act.",
  "Not events: 'minutes before Wafula Chebukati announced the result' (relative, no date expression). Not figures: 'first-round' (ordinal).",
  "Second careful read of the whole item against FORMAT.md sections 1-2 done by the annotator: the curly quote spans (the full stop inside the first kept, trailing commas dropped), the two percentages and their claimant, the dates against the calendar (15 August 2022 a Monday, 10 August a Wednesday), aliases as exact surface forms.",
 ],
}
