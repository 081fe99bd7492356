S = "jakarta_attack_2016"
IS = "Islamic State"
SB = "Starbucks"
FD = "Frans Demon"
AUTH = "Indonesian authorities"
POL = "Indonesian police"
GOV = "Indonesian government"
ANN = {
 "article": "articles/voa_2016_jakarta_newscast_attack_responsibility.txt",
 "gold_out": "gold/voa_2016_jakarta_newscast_attack_responsibility.json",
 "published": "2016-01-14",
 "quotes": [
  {"text": "They (the attackers) using grenades, but some say that they may also use suicide bombs near the Starbucks caf\u00e9. But the grenades they throw to the police.", "speaker": FD, "speaker_mention": "VOA Indonesian Service reporter Frans Demon",
   "note": "the newscast's sound clip: the speaker is named in the line before ('Here is VOA Indonesian Service reporter Frans Demon.'), with no verb of saying; curly marks, final '.' inside kept, the parenthesised gloss '(the attackers)' kept"},
 ],
 "figures": [
  {"quantity": S + ":deaths_total", "text": "seven", "value": 7, "unit": None, "counted": "people dead", "source": None, "approx": None, "ctx": "left seven people dead",
   "note": "outlet's voice (Islamic State claims the attack, not the toll); all the dead, attackers included"},
  {"quantity": S + ":attackers_killed", "text": "five", "value": 5, "unit": None, "counted": "attackers", "source": None, "approx": None, "ctx": "all five attackers"},
  {"text": "six", "value": 6, "unit": None, "counted": "blasts were reported", "source": None, "approx": None,
   "note": "'In total, six blasts were reported': agentless passive, no reporter named -> null"},
  {"quantity": S + ":attackers_killed", "text": "five", "value": 5, "unit": None, "counted": "militants were killed", "source": AUTH, "approx": None, "ctx": "all five militants",
   "note": "'authorities declared the attack over, saying all five militants were killed': claimed by the authorities; the same five as 'all five attackers' (the newscast calls them militants)"},
  {"quantity": S + ":non_attacker_deaths", "text": "Two", "value": 2, "unit": None, "counted": "other people killed", "source": POL, "approx": None, "ctx": "Two other people",
   "note": "'Two other people, a Canadian and an Indonesian, were also killed, according to police'; the same quantity as 'Two died' in voa_2016_jakarta_three_suspects_arrested"},
  {"text": "202", "value": 202, "unit": None, "counted": "people killed in the 2002 Bali bombings", "source": None, "approx": None,
   "note": "outlet's voice; a different attack, no key"},
  {"text": "Hundreds", "value": None, "vague": True, "unit": None, "counted": "Indonesians believed to have left to fight with Islamic State", "source": None, "approx": None,
   "note": "'Hundreds of Indonesians are believed to have left ...': agentless 'are believed', no believer named -> null"},
 ],
 "events": [
  {"actor": IS, "date": "2016-01-14", "date_text": "today", "what": "a terrorist attack in Indonesia, with a claim of responsibility",
   "note": "'There is a claim of responsibility for a terrorist attack today in Indonesia': the newscaster's own narration, not quoted speech; 'today' dates the attack (and the claim, both on 14 January 2016). The claimant, named in the next sentence ('Islamic State has claimed responsibility ...'), is the attack's doer by the text's account (as in voa_2008_swat_troops_kill_50_militants), and is also the maker of the claim -> Islamic State either way"},
  {"actor": IS, "date": "2016-01-14", "date_text": "Thursday's", "what": "the coordinated bomb and gun attack in Jakarta",
   "note": "'Islamic State has claimed responsibility for Thursday's coordinated bomb and gun attack': date on the noun 'attack', doer named by the claim; Thursday = the newscast's day, 14 January 2016"},
  {"actor": None, "date": "2016-01-14", "date_text": "in the middle of the morning", "what": "the violence began with a series of explosions",
   "note": "a time of day on the reference day (the attack's and the newscast's day); subject is the event noun 'violence', the explosions' doers not named in the sentence -> null"},
  {"actor": AUTH, "date": "2016-01-14", "date_text": "By late afternoon", "what": "authorities declared the attack over",
   "note": "'By late afternoon, authorities declared the attack over': the authorities are the subject; the same day, 14 January 2016"},
  {"actor": None, "date": "2002", "date_text": "2002", "what": "the Bali bombings that killed 202 people",
   "note": "'the 2002 Bali bombings': a year on a noun; the text does not say who carried them out -> null"},
  {"actor": None, "date": "2016-01-14", "date_text": "Before Thursday", "what": "the last attack against foreigners before Thursday's attack",
   "note": "'Before Thursday, the last attack against foreigners was a twin hotel bombing in Jakarta in 2009': a bound on the day of the attack (as 'until at least Friday'), dated by its bound, Thursday 14 January 2016; a copular sentence with no agent -> null"},
  {"actor": None, "date": "2009", "date_text": "in 2009", "what": "a twin hotel bombing in Jakarta",
   "note": "a year on the noun 'bombing'; no doer named -> null"},
 ],
 "actors": [
  {"name": IS, "type": "organisation", "aliases": ["Islamic State"]},
  {"name": SB, "type": "organisation", "aliases": ["The coffee chain"]},
  {"name": FD, "type": "person", "aliases": ["Frans Demon", "VOA Indonesian Service reporter Frans Demon"]},
  {"name": AUTH, "type": "organisation", "aliases": ["authorities"]},
  {"name": POL, "type": "organisation", "aliases": ["police"]},
  {"name": GOV, "type": "organisation", "aliases": ["Jakarta"], "note": "metonym: 'Jakarta has long been warning about the threat of recruitment' (the other Jakartas are the place)"},
 ],
 "notes": [
  "VOA News radio newscast of 1400 UTC, Thursday 14 January 2016 (Ira Mellman, Washington; kept on VOA Learning English): Islamic State claims the Jakarta bomb and gun attack of the same day. Story jakarta_attack_2016 with voa_2016_jakarta_islamic_state_claims_attack (15 January) and voa_2016_jakarta_three_suspects_arrested (15 January).",
  "Keys: :deaths_total (seven dead), :attackers_killed ('all five attackers' and the authorities' 'all five militants'), :non_attacker_deaths (police's 'Two other people'). 'six blasts', '202' (Bali 2002) and 'Hundreds' of Indonesians are unkeyed.",
  "The headline's '1400 UTC January 14, 2016' names the newscast (like a dateline or a post timestamp): no event, no figure. 'later' in 'The coffee chain later said' and 'long' in 'has long been warning' are vague, not events. 'At least one of those blasts' and 'all of its locations' are partitives, not figures; 'twin' is not a number.",
  "Quote: one sound clip of the VOA Indonesian Service reporter, named in the line before with no verb of saying. The newscaster (Ira Mellman) is not an actor.",
  "Second careful read done against FORMAT.md sections 1-2 and the stored copy: the one quote span (curly marks, 'caf\u00e9' with its accent), every number token (1400/14/2016 of the headline excluded, seven, five, six, one (partitive), five, Two, 2002, 202, 2009, Hundreds), the seven date expressions and their agents, aliases as exact substrings and unshared.",
 ],
}
