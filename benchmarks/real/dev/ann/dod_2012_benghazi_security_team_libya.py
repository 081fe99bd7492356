K = "benghazi_attack_2012:"
L = "George Little"
P = "Leon E. Panetta"
ANN = {
 "article": "articles/dod_2012_benghazi_security_team_libya.txt",
 "gold_out": "gold/dod_2012_benghazi_security_team_libya.json",
 "published": "2012-09-13",
 "quotes": [
  {"text": "The secretary extends his deepest sympathies to the families of the victims and to the entire State Department family", "speaker": L, "speaker_mention": "Little",
   "note": "'..., Little said.' after the quote; comma before the closing mark dropped. Little speaks for Panetta ('The secretary'), but the words are Little's"},
  {"text": "The department has been working with the White House and State Department to provide resources to support the security of U.S. personnel and facilities in Libya.", "speaker": L, "speaker_mention": "Little",
   "note": "second quote of the paragraph after 'Little said.'; final '.' kept"},
  {"text": "to ensure that we have the flexibility to respond to requests for assistance or orders as directed by the president of the United States", "speaker": L, "speaker_mention": "he", "fragment": True,
   "note": "'They also are working “to ensure ...,” he added.': a phrase completing the narration's sentence, so a fragment; 'he' = Little (the paragraph's 'he said' refers back to Little of the paragraph before); comma dropped"},
  {"text": "and then supporting any efforts that we may be called upon to assist in the effort to, as the president said, ‘deliver justice.’", "speaker": L, "speaker_mention": "Little", "fragment": True,
   "note": "'Little said the focus ... is now on ..., working closely with the State Department, “and then supporting ...”': continues Little's reported speech, a fragment; the outer text keeps the inner single marks"},
  {"text": "deliver justice.", "speaker": "Barack Obama", "speaker_mention": "the president", "fragment": True,
   "note": "nested quote inside Little's words ('as the president said, ‘deliver justice.’'): a separate quote whose speaker is the person quoted, the president (Barack Obama, named in no other way in the text); final '.' inside the inner mark kept"},
  {"text": "The FBI and Department of Justice have opened an investigation into this tragic event", "speaker": L, "speaker_mention": "Little",
   "note": "'..., Little said.' after the quote; comma dropped"},
 ],
 "figures": [
  {"quantity": K + "americans_killed", "text": "four", "value": 4, "unit": None, "counted": "State Department personnel killed in the Benghazi attack", "source": L, "approx": None,
   "note": "'Little said the Defense Department ... is supporting the repatriation of the remains of the four State Department personnel ... who were killed in the attack late Tuesday': inside Little's reported speech, so Little claims it. Same key as the four Americans killed in the two items of 12 September"},
  {"text": "48", "value": 48, "unit": "hours", "counted": "hours in which Panetta and Dempsey worked on force-posture reviews", "source": L, "approx": None,
   "note": "'Panetta and ... Dempsey also have worked over the past 48 hours ..., he said.': a duration claimed by Little ('he said' closes the sentence); 'over the past' frames the period, it is not a hedge on the number, so approx null"},
 ],
 "events": [
  {"actor": L, "date": "2012-09-13", "date_text": "today", "what": "Little said Panetta had authorized a Marine security team for Libya",
   "note": "'..., Pentagon Press Secretary George Little said here today': 'today' modifies 'said' (the saying, at the news conference), subject Little; the dateline day, Thursday 13 September 2012. Panetta's authorisation itself is undated ('has authorized')"},
  {"actor": None, "date": "2012-09-11", "date_text": "late Tuesday", "what": "four State Department personnel were killed in the attack on the U.S. Consulate in Benghazi",
   "note": "'who were killed in the attack late Tuesday': passive without a by-agent, so null; the Tuesday before Thursday 13 September = 11 September 2012"},
 ],
 "actors": [
  {"name": P, "type": "person", "aliases": ["Defense Secretary Leon E. Panetta", "Panetta", "The secretary"]},
  {"name": L, "type": "person", "aliases": ["Pentagon Press Secretary George Little", "Little"]},
  {"name": "Martin E. Dempsey", "type": "person", "aliases": ["Chairman of the Joint Chiefs of Staff Army Gen. Martin E. Dempsey"]},
  {"name": "Defense Department", "type": "organisation", "aliases": ["the Defense Department", "The department"]},
  {"name": "FBI", "type": "organisation", "aliases": ["The FBI"]},
  {"name": "Department of Justice", "type": "organisation", "aliases": ["Department of Justice"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["the president"]},
 ],
 "notes": [
  "American Forces Press Service story of Thursday 13 September 2012, kept from eNewsPF's word-for-word repost (the original AFPS dateline is seen in a second repost, cited in the meta); on Panetta's authorisation of a Marine fleet anti-terrorism security team (FAST) for Libya after the Benghazi attack, as told by Pentagon Press Secretary George Little. Story benghazi_attack_2012 with state_2012_benghazi_obama_condemns_attack and dod_2012_benghazi_clinton_shock_conscience (both 12 September).",
  "Six quotes: five Little's (three after 'Little said', one after 'he added' with Little named a paragraph earlier, one fragment continuing his reported speech) and one nested quote, 'deliver justice.', whose speaker is 'the president' (Obama). The secretary's sympathies are spoken by Little (speaker Little, not Panetta).",
  "Figures: 'four State Department personnel' (Little; key :americans_killed across the story) and '48 hours' (Little; not keyed, no partner).",
  "Events: 'today' (Little's statement), 'late Tuesday' (the killing, agentless passive: null). Left out: the dateline 'WASHINGTON–(ENEWSPF)–September 13, 2012 –' (2012 and 13 are not figures), 'over the past 48 hours' (a duration), 'now' and 'recent' (vague).",
  "Actors: Panetta (authorised, condemns), Little (speaker), Dempsey (worked with Panetta), the Defense Department (supported the evacuation), the FBI and the Department of Justice (opened an investigation, in Little's words), Obama (speaker of the nested quote, 'the president'; 'the president of the United States' in the third quote is the same surface form inside a longer one). Not actors: the White House and the State Department (worked with, objects only), Stevens (killed, does not act here).",
  "Second reading (annotator): whole item re-read against FORMAT.md sections 1-2: six quote spans against the curly and single marks (outer fragment keeps the inner ‘ ’; nested quote separate), commas dropped and final '.' kept, both figure claimants, 'late Tuesday' = 11 September 2012 and every alias as an exact substring.",
 ],
}
