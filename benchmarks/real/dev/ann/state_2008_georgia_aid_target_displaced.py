K = "georgia_us_aid_2008:"
RJ = "Reuben Jeffery"
CR = "Condoleezza Rice"
USAID = "U.S. Agency for International Development"
ANN = {
 "article": "articles/state_2008_georgia_aid_target_displaced.txt",
 "gold_out": "gold/state_2008_georgia_aid_target_displaced.json",
 "published": "2008-09-08",
 "quotes": [
  {"text": "There is zero military assistance component to this billion-dollar package", "speaker": RJ, "speaker_mention": "he",
   "note": "'..., he said.' after the quote; 'he' is Under Secretary Reuben Jeffery, named in the sentence before (first introduced as 'a senior State Department official'); the comma before the closing mark is dropped"},
 ],
 "figures": [
  {"quantity": K + "billion_package", "text": "$1 billion", "value": 1e9, "unit": "USD", "counted": "U.S. aid package for Georgia", "source": RJ, "approx": None, "ctx": "that the $1 billion in aid",
   "note": "'Reuben Jeffery said at a September 3 briefing ... that the $1 billion in aid also will be used ...': inside Jeffery's reported speech, so claimed by him. The package announced on 3 September: same key as the $1 billion of dod_2008_georgia_bush_1_billion_aid (Bush) and the quote's 'billion-dollar' and Rice's '$1 billion commitment' below"},
  {"quantity": K + "billion_package", "text": "billion-dollar", "value": 1e9, "unit": "USD", "counted": "package (of aid for Georgia)", "source": RJ, "approx": None,
   "note": "'this billion-dollar package' inside Jeffery's quote: a money figure in words (one billion dollars), the same package"},
  {"quantity": K + "first_phase_2008", "text": "$570 million", "value": 570e6, "unit": "USD", "counted": "first part of the aid commitment, in 2008", "source": CR, "approx": None,
   "note": "'Secretary of State Condoleezza Rice said the new aid commitment will begin with $570 million in 2008': claimed by Rice"},
  {"text": "$200 million", "value": 200e6, "unit": "USD", "counted": "of the 2008 aid: funds diverted from other purposes", "source": CR, "approx": None,
   "note": "'..., of which $200 million will be funds diverted from other purposes': same sentence, still under 'Rice said'"},
  {"text": "$370 million", "value": 370e6, "unit": "USD", "counted": "remainder of the 2008 aid requiring approval from Congress", "source": None, "approx": None,
   "note": "'The other $370 million will require approval from Congress.': a new sentence with no claim verb or claimant of its own, so null (as the next-sentence figures of state_2012_clinton_syria_aid_30_million); the reader may infer Rice, the text does not say so"},
  {"quantity": K + "billion_package", "text": "$1 billion", "value": 1e9, "unit": "USD", "counted": "commitment (U.S. aid package for Georgia) to bring to a donors' conference", "source": CR, "approx": None, "ctx": "bringing the $1 billion commitment",
   "note": "'She said the United States looks forward to bringing the $1 billion commitment to ...': 'She' = Rice (sentence before); same package"},
  {"text": "30,000", "value": 30000, "unit": None, "counted": "people expected to remain away from their homes for an extended period", "source": USAID, "approx": "around",
   "note": "'an estimated 30,000 people ..., according to a September 5 U.S. Agency for International Development (USAID) fact sheet': 'an estimated' -> around; the fact sheet's author, USAID, is the claimant"},
  {"text": "185,000", "value": 185000, "unit": None, "counted": "people who had moved from their homes at the height of the crisis", "source": USAID, "approx": "around",
   "note": "'the approximately 185,000 people who had moved from their homes ..., USAID reported': 'approximately' -> around; claimant at the sentence end"},
 ],
 "events": [
  {"actor": RJ, "date": "2008-09-03", "date_text": "September 3", "what": "Jeffery briefed reporters on the $1 billion aid package",
   "note": "a date on a noun ('at a September 3 briefing with reporters'): the briefing is Jeffery's (he spoke at it), so he is its agent; year from the publication date"},
  {"actor": None, "date": "2008", "date_text": "in 2008", "what": "the new aid commitment will begin with $570 million", "ctx": "$570 million in 2008",
   "note": "'the new aid commitment will begin with $570 million in 2008': the subject of 'begin' is the commitment (a thing), not an agent, so null"},
  {"actor": None, "date": "2008", "date_text": "in 2008", "what": "more Georgia humanitarian aid (to be funded by a bill)", "ctx": "humanitarian aid in 2008",
   "note": "'a bill to authorize funds for more Georgia humanitarian aid in 2008': the year dates the aid (a noun) whose giver the phrase does not name; null. The bill's introduction is dated only 'in coming days' (vague, left out)"},
  {"actor": USAID, "date": "2008-09-05", "date_text": "September 5", "what": "USAID fact sheet on people displaced in Georgia",
   "note": "a date on a noun ('a September 5 U.S. Agency for International Development (USAID) fact sheet'): the fact sheet's author is USAID"},
 ],
 "actors": [
  {"name": RJ, "type": "person", "aliases": ["Under Secretary for Economic, Energy and Agricultural Affairs Reuben Jeffery", "a senior State Department official"]},
  {"name": CR, "type": "person", "aliases": ["Secretary of State Condoleezza Rice"]},
  {"name": "United States", "type": "country", "aliases": ["the United States"]},
  {"name": "European Union", "type": "organisation", "aliases": ["the European Union"]},
  {"name": "Joseph Lieberman", "type": "person", "aliases": ["Senator Joseph Lieberman"]},
  {"name": "Lieberman representative", "type": "person", "aliases": ["a Lieberman representative"]},
  {"name": USAID, "type": "organisation", "aliases": ["U.S. Agency for International Development", "USAID"]},
 ],
 "notes": [
  "America.gov (State Department Bureau of International Information Programs) staff report by Kathryn McConnell dated 8 September 2008, kept from the archived U.S. Embassy in Italy copy; on the $1 billion U.S. aid package for Georgia presented on 3 September. Story georgia_us_aid_2008 with the four DOD items of August-September 2008 (dod_2008_georgia_ships_deploy_aid, dod_2008_georgia_aid_million_pounds, dod_2008_georgia_mcfaul_aid_batumi, dod_2008_georgia_mount_whitney_concludes) and this round's usaid_2008_georgia_additional_1_million (19 August) and dod_2008_georgia_bush_1_billion_aid (3 September).",
  "One quote, Jeffery's, attributed by the pronoun 'he'; Jeffery is first 'a senior State Department official' (paragraph 1, reported speech without quote marks) and named in the next sentence. Rice's words are reported speech only ('Rice said', 'She said').",
  "Figures: the package ($1 billion twice, 'billion-dollar' once) shares georgia_us_aid_2008:billion_package with the Bush item; Rice's $570 million for 2008 has key :first_phase_2008 (no other item of the story states that amount; the Bush item's 'More than half of these funds ... in the near term' is a share, not keyed). The $200 million is under 'Rice said'; the $370 million stands in a new sentence without a claimant (null). The displacement figures are USAID's ('according to a September 5 ... fact sheet', 'USAID reported').",
  "Events: 'September 3' (Jeffery's briefing, dated noun), 'in 2008' twice (the commitment beginning, and the aid a bill would fund: both without an agent), 'September 5' (USAID's fact sheet, dated noun). Left out: 'in coming days' (vague), 'at the height of the crisis' (no date expression), the dateline 'Washington —'.",
  "Congress (approval required), the Georgia donors' conference, America.gov (told) and the legislators' group are not separate actors: Congress does not act in the text; 'a Lieberman representative' is the speaker who told America.gov. Georgia and Russia are named only as places/parties of the conflict.",
  "Not figures: '2008' (years), 'zero' in 'zero military assistance component' (it counts nothing: a negation, left out; noted here).",
  "Second reading (annotator): whole item re-read against FORMAT.md sections 1-2: quote span (comma dropped, pronoun mention), the three keyed package figures and their claimants, the null source of the $370 million, the two 'approximately/an estimated' -> around, the dated-noun agents of 'September 3' and 'September 5', and every alias as an exact substring; 'zero' left out deliberately.",
 ],
}
