K = "ottawa_parliament_shooting_2014:"
G = "Ottawa gunman"
POL = "Police"
JS = "jihadist sympathizer"
SAA = "House of Commons Sergeant-at-Arms"
W = "Witnesses"
ANN = {
 "article": "articles/wn_2014_ottawa_war_memorial_shooting_one_dead.txt",
 "gold_out": "gold/wn_2014_ottawa_war_memorial_shooting_one_dead.json",
 "published": "2014-10-22",
 "quotes": [],
 "figures": [
  {"text": "One", "ctx": "One confirmed dead", "value": 1, "unit": None, "counted": "person confirmed dead after the shooting", "source": None, "approx": None,
   "note": "headline, no claimant; it does not say who is dead (the body has a dead gunman and a killed guard), so no key shared with the body's 'One gunman'"},
  {"quantity": K + "gunmen_dead", "text": "One", "ctx": "One gunman is dead", "value": 1, "unit": None, "counted": "gunman dead", "source": POL, "approx": None,
   "note": "'One gunman is dead, police confirm': claimant the police (parenthetical attribution); the count of dead gunmen, set against the 'one or more additional attackers' of the last paragraph"},
  {"quantity": K + "quebec_members_struck", "text": "two", "ctx": "two Canadian Forces members", "value": 2, "unit": None, "counted": "Canadian Forces members struck by a vehicle", "source": None, "approx": None,
   "note": "the earlier incident (20 October, Quebec, not named in the text): outlet's voice"},
  {"quantity": K + "quebec_members_dead", "text": "one", "ctx": "leaving one member dead", "value": 1, "unit": None, "counted": "member dead", "source": None, "approx": None,
   "note": "'leaving one member dead': the dead of the earlier vehicle attack, outlet's voice; a different incident and kind of casualty from the Ottawa figures"},
  {"text": "one or more", "value": 1, "unit": None, "counted": "additional attackers", "source": W, "approx": "at least",
   "note": "'Some witness accounts suggested one or more additional attackers': 'one or more' = at least one; claimant the witnesses (their accounts); the police 'did not confirm'"},
 ],
 "events": [
  {"actor": G, "date": "2014-10-22", "date_text": "today", "what": "the shooting incident on Parliament Hill that killed a Canadian Forces guard",
   "note": "'a shooting incident on Parliament Hill in Ottawa, the capital of Canada, today that killed a Canadian Forces guard': 'today' sits inside the noun phrase and dates the shooting incident (a date on a noun); the text says who shot the guard ('after shooting the soldier, the gunman seized a car'), so the gunman; today = the date line, Wednesday 22 October 2014"},
  {"actor": JS, "date": "2014-10-20", "date_text": "two days ago", "what": "two Canadian Forces members were struck by a vehicle, one killed",
   "note": "passive with a by-agent: 'were struck two days ago by a vehicle reportedly driven by a jihadist sympathizer'; the vehicle is the instrument and its driver, the jihadist sympathizer, the one who struck them; two days before Wednesday 22 October 2014 = Monday 20 October"},
 ],
 "actors": [
  {"name": G, "type": "person", "aliases": ["One gunman", "the gunman"]},
  {"name": POL, "type": "organisation", "aliases": ["police"]},
  {"name": JS, "type": "person", "aliases": ["a jihadist sympathizer"]},
  {"name": W, "type": "group", "aliases": ["witnesses", "other witnesses", "Some witness accounts"]},
  {"name": "Members of Parliament", "type": "group", "aliases": ["Members of Parliament"]},
  {"name": SAA, "type": "person", "aliases": ["the House of Commons Sergeant-at-Arms"]},
  {"name": "Authorities", "type": "organisation", "aliases": ["Authorities"]},
 ],
 "notes": [
  "Wikinews report of Wednesday 22 October 2014 on the shooting at the National War Memorial and on Parliament Hill in Ottawa; story ottawa_parliament_shooting_2014 (single item here; keys given for later items of the story).",
  "No quotes: the page prints no quote marks; the witnesses' and MPs' accounts are reported speech.",
  "Figures: the police claim one gunman dead ('police confirm'); the witnesses' accounts claim 'one or more additional attackers' (at least one); the headline's 'One confirmed dead' and the earlier vehicle attack's two struck and one dead are in the outlet's voice.",
  "Not figures: 'several shots' (a vague quantifier without a number), 'weekly' (a frequency), 'no rear license plate', 'no parking zone' (no number).",
  "Events: 'today' (the shooting incident, a date on a noun whose act the text gives to the gunman) and 'two days ago' (the vehicle attack of 20 October, by-agent 'a vehicle ... driven by a jihadist sympathizer'). 'at the time of the lockdown' is not a date expression; the Sergeant-at-Arms's shooting of the gunman, Harper's evacuation, the authorities' robots and the lockdown carry no date of their own.",
  "Actors: the gunman is unnamed (canonical 'Ottawa gunman'); 'the soldier' and 'a Canadian Forces guard' are the victim and do not act. Stephen Harper is only acted upon (evacuated, briefed) and the caucus members only hold meetings without a date: not listed. 'police' (lower case, twice) is one organisation.",
  "Second careful read of the whole item against FORMAT.md done by the annotator: the case-sensitive 'One'/'one' pinned by ctx, 'one or more' as at least 1 claimed by the witnesses, today = 22 and two days ago = 20 October 2014, and the by-agent of the vehicle attack rechecked.",
 ],
}
