K = "hurricane_matthew_haiti_2016:"
C = "Peter Cook"
AC = "Ash Carter"
T = "Kurt W. Tidd"
SC = "U.S. Southern Command"
JTF = "Joint Task Force Matthew"
ANN = {
 "article": "articles/dod_2016_cook_briefing_matthew_11_million.txt",
 "gold_out": "gold/dod_2016_cook_briefing_matthew_11_million.json",
 "published": "2016-10-06",
 "quotes": [],
 "figures": [
  {"quantity": K+"southcom_ohdaca_approval", "text": "$11 million", "value": 11e6, "unit": "USD", "counted": "overseas humanitarian disaster and civic aid funds SOUTHCOM may expend for disaster relief", "source": C, "approx": "up to",
   "note": "'Secretary Carter has granted approval for SOUTHCOM to expend up to $11 million of overseas humanitarian disaster and civic aid funds': the transcript is Cook's speech, so he states the number (transcript convention, as dod_2020_beirut_hoffman_briefing_three_c17); 'up to' -> up to. Carter is the agent of the approval, not the speaker. Key for other items reporting the same approval (DOD News / SOUTHCOM reports of the Haiti relief; none in the set yet)"},
 ],
 "events": [
  {"actor": T, "date": "2016-10-05", "date_text": "yesterday", "ctx": "pointed out yesterday", "what": "Admiral Tidd briefed reporters (pointed out that SOUTHCOM stood up Joint Task Force Matthew)",
   "note": "'as Admiral Tidd pointed out yesterday in his briefing with you all': 'yesterday' modifies 'pointed out', whose subject is Tidd; the day before Thursday 6 October 2016 = Wednesday 5 October. Kept although inside speech: only a bare 'today' in speech is left out (as 'last week' and 'on Tuesday' in Hoffman's transcript)"},
  {"actor": JTF, "date": "2016-10-05", "date_text": "just yesterday", "what": "the Joint Task Force Matthew team arrived in Port-au-Prince, Haiti",
   "note": "'Their team arrived in Port-au-Prince, Haiti just yesterday': 'Their' = Joint Task Force Matthew of the sentences before (stood up by SOUTHCOM, commanded by Pringle); the team is the subject of the active 'arrived' (people arriving, an act), so the actor is the task force. 5 October 2016"},
 ],
 "actors": [
  {"name": C, "type": "person", "aliases": ["PETER COOK", "Pentagon Press Secretary Peter Cook"]},
  {"name": "US Department of Defense", "type": "organisation", "aliases": ["Department of Defense", "the department"]},
  {"name": AC, "type": "person", "aliases": ["Secretary Carter"]},
  {"name": "US Agency for International Development", "type": "organisation", "aliases": ["U.S. Agency for International Development"]},
  {"name": SC, "type": "organisation", "aliases": ["SOUTHCOM", "U.S. Southern Command"]},
  {"name": T, "type": "person", "aliases": ["Admiral Tidd"]},
  {"name": JTF, "type": "organisation", "aliases": ["Joint Task Force Matthew", "Their team"]},
  {"name": "Cedric E. Pringle", "type": "person", "aliases": ["Rear Admiral Cedric Pringle"]},
 ],
 "notes": [
  "DOD transcript of the opening of a Pentagon press briefing by Press Secretary Peter Cook, Thursday 6 October 2016: Hurricane Matthew, Secretary Carter's approval for SOUTHCOM to spend up to $11 million of OHDACA funds on relief in the Caribbean, and Joint Task Force Matthew in Haiti. Story hurricane_matthew_haiti_2016 with govuk_2016_matthew_uk_support_expertise_haiti (7 October), voa_2016_haiti_matthew_aid_agencies_rush and usaid_2016_matthew_12_million_additional (13 October).",
  "No quotes: a transcript prints speech without quote marks; the speaker label 'PETER COOK:' is an alias of Cook, and the figure is his as speaker.",
  "Figures: one, 'up to $11 million' (Cook; key hurricane_matthew_haiti_2016:southcom_ohdaca_approval). It is DOD money for the Caribbean, not USAID's $12 million (usaid_additional_oct13) nor UK aid, so no shared key with the sibling items. Not figures: 'First' (enumerator), 'U.S. east coast'.",
  "Events: 'yesterday' (Tidd pointed out -> Tidd) and 'just yesterday' (the JTF team arrived -> Joint Task Force Matthew), both Wednesday 5 October 2016. Left out: 'in the days ahead' (vague), 'Good afternoon' (greeting). The removed date line 'Oct. 6, 2016' is furniture.",
  "Actors: Cook (speaker), the Department of Defense ('the department' whose response Cook updates; 'Department of Defense' in the headline), Carter (granted approval; receiving briefings), USAID (made the request), SOUTHCOM ('SOUTHCOM', 'U.S. Southern Command': stood up the task force; to expend the funds), Tidd (briefed), Joint Task Force Matthew (arrived; 'Their team'), Pringle (commands it). Canonical full names from the public record: Admiral Kurt W. Tidd (commander of SOUTHCOM), Rear Admiral Cedric E. Pringle. Not actors: Haiti, the Caribbean, Port-au-Prince (places), 'you all' (the reporters).",
  "second reading (checker): re-read against FORMAT.md sections 1-2 and the stored excerpt: double spaces after 'PETER COOK:' and after full stops kept; the figure's claimant is the speaker (Cook), approx 'up to'; both 'yesterday' expressions = 5 October 2016 against Thursday 6 October; 'Their team' resolved to Joint Task Force Matthew (the only plural antecedent is the task force); no change.",
 ],
}
