S = "kampala_bombings_2010"
HC = "Hillary Rodham Clinton"
PJC = "P.J. Crowley"
US = "United States"
DOS = "State Department"
SH = "al-Shabab"
PR = "press reports"
ANN = {
 "article": "articles/state_2010_kampala_clinton_crowley_condemn.txt",
 "gold_out": "gold/state_2010_kampala_clinton_crowley_condemn.json",
 "published": "2010-07-12",
 "quotes": [
  {"text": "Cowardly", "speaker": US, "speaker_mention": "U.S.", "fragment": True,
   "note": "headline 'U.S. Condemns 'Cowardly' Bomb Attacks': a one-word fragment in single quote marks rendering the U.S. condemnation; the headline's subject 'U.S.' is the speaker (no single official is named in the headline; the body's condemnation is by Clinton 'and other Obama administration officials')"},
  {"text": "At this tragic moment, the United States stands with Uganda. We have a long-standing, close friendship with the people and government of Uganda and will work with them to bring the perpetrators of this crime to justice", "speaker": HC, "speaker_mention": "Clinton",
   "note": "'\"...,\" Clinton said.' after the quote; the comma before the closing mark is dropped. The sentence before ('In a July 12 statement, Clinton offered condolences ...') sets the statement"},
  {"text": "Unfortunately, we see this contrast between the vision and the hope that South Africa inspired ... through this past weeks and how that contrasts with the cowardice and destruction espoused by al-Shabab, which used the celebration of the World Cup in Kampala to commit cold-blooded murder of innocent civilians", "speaker": PJC, "speaker_mention": "Crowley",
   "note": "'\"...,\" Crowley said.' after the quote; the ellipsis inside is printed; comma dropped"},
 ],
 "figures": [
  {"text": "three", "value": 3, "unit": None, "counted": "bombs in the Kampala attacks", "source": PR, "approx": None,
   "note": "'According to press reports, the three bombs killed at least 74 people': the whole sentence is under 'According to press reports' (unnamed reports as claimant, as 'according to media reports' in dev). Not keyed with VOA's 'two devastating bombings' (kampala_bombings_2010:bombings): three devices against two bombings (sites), not the same thing counted"},
  {"quantity": S + ":deaths", "text": "74", "value": 74, "unit": None, "counted": "people killed by the three bombs", "source": PR, "approx": "at least",
   "note": "'According to press reports, ... killed at least 74 people': claimant the press reports; the same toll as VOA's 'at least 64' (12 July), GV's 'over 40' and the later VOA '76'"},
  {"quantity": S + ":american_dead", "text": "one", "ctx": "one American was killed", "value": 1, "unit": None, "counted": "American killed", "source": PJC, "approx": None,
   "note": "'Crowley said that one American was killed ...': claimed by Crowley; same key as Lockard's 'one American is among the dead' in the VOA item of 12 July"},
  {"text": "five", "value": 5, "unit": None, "counted": "others (Americans) hospitalized", "source": PJC, "approx": None,
   "note": "'... and five others were hospitalized': same 'Crowley said that' clause; no other item of the story counts hospitalized Americans (VOA: 'several others may have been wounded', no number), so no key"},
 ],
 "events": [
  {"actor": None, "date": "2010-07-11", "date_text": "July 11", "ctx": "Uganda July 11", "what": "terror attacks in Uganda that targeted World Cup spectators in Kampala",
   "note": "'condemned terror attacks in Uganda July 11 that targeted spectators': the date sits on the noun 'attacks' (the condemnation is dated July 12 below); the text gives the attacks no agent in its own voice (only al-Shabab's 'claim of responsibility', which Crowley has no reason to doubt), so null as in the VOA items of this story ('the July 11 twin bombings', 'the attacks late Sunday'). Month-day without a year = 2010"},
  {"actor": HC, "date": "2010-07-12", "date_text": "July 12", "ctx": "In a July 12 statement", "what": "Clinton offered condolences and support for Ugandan authorities in a statement",
   "note": "'In a July 12 statement, Clinton offered condolences ...': the date is on the statement, whose author is the subject of 'offered' (Clinton)"},
  {"actor": PJC, "date": "2010-07-12", "date_text": "July 12", "ctx": "said July 12", "what": "Crowley said the U.S. has no reason to doubt al-Shabab's claim of responsibility",
   "note": "'State Department spokesman P.J. Crowley said July 12 that ...': subject of 'said'"},
  {"actor": DOS, "date": "2008-03", "date_text": "In March 2008", "what": "the State Department designated al-Shabab a foreign terrorist organization",
   "note": "'In March 2008, the State Department designated al-Shabab ...': subject of 'designated'; a month"},
 ],
 "actors": [
  {"name": HC, "type": "person", "aliases": ["Secretary of State Hillary Rodham Clinton", "Clinton"]},
  {"name": PJC, "type": "person", "aliases": ["State Department spokesman P.J. Crowley", "Crowley"]},
  {"name": US, "type": "country", "aliases": ["U.S.", "the United States"]},
  {"name": DOS, "type": "organisation", "aliases": ["the State Department"]},
  {"name": SH, "type": "organisation", "aliases": ["al-Shabab", "the Somali terror group al-Shabab", "the group"]},
  {"name": PR, "type": "organisation", "aliases": ["press reports"]},
 ],
 "notes": [
  "State Department (America.gov, Bureau of International Information Programs) story by Stephen Kaufman of Monday 12 July 2010 on the U.S. condemnation of the Kampala World Cup bombings of Sunday night 11 July 2010, kept from a site that reposts it (see meta). Story kampala_bombings_2010 with voa_2010_uganda_bombings_64_killed and gv_2010_uganda_bloggers_react_bomb_blasts (both 12 July) and the two later VOA items (25 July, 17 August).",
  "Cross-report figures: 'at least 74' (press reports) shares kampala_bombings_2010:deaths with VOA's 'at least 64' and '64', GV's 'over 40' and the later VOA '76' (tolls that change); Crowley's 'one American was killed' shares kampala_bombings_2010:american_dead with Lockard's 'one American' in the VOA item. 'three bombs' and 'five others were hospitalized' are not keyed (see their notes).",
  "Quotes: the headline fragment 'Cowardly' (the U.S.), Clinton's statement and Crowley's remarks, both attributed after the quote by surname, each set up a sentence earlier by a dated reporting sentence (the speaker named away from the quote in that sense). The last paragraph with Museveni's quote was cut mid-word in the stored copy and dropped, so Museveni is not an actor.",
  "Events: July 11 (attacks, null), July 12 (Clinton's statement), July 12 (Crowley said), In March 2008 (the State Department designated al-Shabab). Left out: 'this past weeks' (inside Crowley's quote, vague, no number), 'this tragic moment' (vague). 'Crowley said the group had threatened Uganda' has no date.",
  "Actors: 'other Obama administration officials' (unnamed, not listed), Ugandan authorities and Uganda (receive support), South Africa (inside the quote), al-Qaida and the African Union (named in descriptions) do not act as speakers, claimants or dated agents. al-Shabab is listed (it 'claimed' responsibility, 'had threatened Uganda'). Not figures: 'the final game', 'long-standing', 'cold-blooded' (no number); '2008' (year).",
  "Second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: the three quote spans against the straight marks (two trailing commas dropped), 'at least' -> at least, every claimant (press reports for both numbers of the 'According to' sentence, Crowley for both numbers of his 'said that' clause), the four dates (11 July 2010 a Sunday, 12 July a Monday), and every alias as an exact substring.",
 ],
}
