K = "betancourt_rescue_2008:"
IB = "Ingrid Betancourt"
JMS = "Juan Manuel Santos"
CO = "Colombian officials"
FARC = "Revolutionary Armed Forces of Colombia (FARC)"
EG = "Eduardo Gamarra"
ANN = {
 "article": "articles/voa_2008_colombia_frees_betancourt_14_hostages.txt",
 "gold_out": "gold/voa_2008_colombia_frees_betancourt_14_hostages.json",
 "published": "2008-07-02",
 "quotes": [
  {"text": "It demonstrates two things", "speaker": EG, "speaker_mention": "Eduardo Gamarra", "fragment": False,
   "note": "'\"It demonstrates two things,\" said Eduardo Gamarra.': Gamarra is also introduced in the paragraph before ('Florida International University professor Eduardo Gamarra says ...'); trailing comma dropped. The rest of the paragraph (a second quotation, cut mid-word in the stored copy) was dropped, see meta edits"},
 ],
 "figures": [
  {"text": "14", "value": 14, "unit": None, "counted": "other hostages freed with Betancourt", "source": None, "approx": None,
   "note": "headline 'Colombian Military Frees Betancourt, 14 Other Hostages': outlet's voice; the 15 minus Betancourt, a different count from the 15 (no shared key)"},
  {"quantity": K+"hostages_rescued", "text": "15", "value": 15, "unit": None, "counted": "hostages held by leftist rebels rescued", "source": CO, "approx": None,
   "note": "'Colombian officials say they have rescued 15 hostages': the officials claim it; same key as Wikinews' 15 (claimed by Santos)"},
  {"quantity": K+"americans_rescued", "text": "three", "ctx": "three U.S. defense contractors", "value": 3, "unit": None, "counted": "U.S. defense contractors rescued", "source": CO, "approx": None,
   "note": "in the object of 'Colombian officials say they have rescued 15 hostages ..., including ... three U.S. defense contractors': same claim as the 15"},
  {"quantity": K+"americans_rescued", "text": "three", "ctx": "three Americans and 11", "value": 3, "unit": None, "counted": "Americans among the rescued hostages", "source": JMS, "approx": None,
   "note": "'Santos said the hostages include Ingrid Betancourt, three Americans and 11 members ...': claimed by Santos; the same three rescued contractors as the lead's (same key)"},
  {"quantity": K+"colombian_security_rescued", "text": "11", "value": 11, "unit": None, "counted": "members of Colombia's security forces among the rescued hostages", "source": JMS, "approx": None,
   "note": "same 'Santos said' sentence; same key as Wikinews' '11 military men'"},
  {"text": "One", "ctx": "One year later", "value": 1, "unit": "years", "counted": "year between Betancourt's seizure and the seizure of the Americans", "source": None, "approx": None,
   "note": "'One year later, rebels seized the three Americans': a duration (also an event, 2003, see events), as '17 days later' in the dev items; outlet's voice"},
  {"text": "three", "ctx": "seized the three Americans", "value": 3, "unit": None, "counted": "Americans seized by rebels", "source": None, "approx": None,
   "note": "'rebels seized the three Americans - Marc Gonsalves, Thomas Howes and Keith Stansell -': the count of Americans seized in 2003, outlet's voice; not keyed with the rescued count (the act counted is the seizure five years before)"},
  {"text": "six", "value": 6, "unit": None, "counted": "Colombian politicians released", "source": None, "approx": None,
   "note": "'Chavez helped win the release of six Colombian politicians': outlet's voice"},
  {"text": "three", "ctx": "Betancourt and the three Americans were", "value": 3, "unit": None, "counted": "Americans among the high-profile hostages", "source": None, "approx": None,
   "note": "'Betancourt and the three Americans were among some 40 high-profile hostages': outlet's voice, the Americans as hostages before the rescue; not keyed with the rescued count"},
  {"text": "40", "value": 40, "unit": None, "counted": "high-profile hostages the rebels were holding", "source": None, "approx": "around",
   "note": "'some 40' = around; outlet's voice"},
  {"text": "two", "value": 2, "unit": None, "counted": "things the rescue operation demonstrates", "source": EG, "approx": None,
   "note": "inside Gamarra's quotation ('It demonstrates two things'): a count of points, claimed by the speaker"},
 ],
 "events": [
  {"actor": None, "date": "2002", "date_text": "in 2002", "what": "Betancourt was seized",
   "note": "'Betancourt was seized in 2002': passive without a 'by' agent -> null"},
  {"actor": FARC, "date": "2003", "date_text": "One year later", "what": "rebels seized the three Americans",
   "note": "'One year later, rebels seized the three Americans': the subject of 'seized' is 'rebels' (the FARC, the group the lead calls 'leftist rebels'); one year after 2002 = 2003"},
  {"actor": "Hugo Chavez", "date": "2008", "date_text": "This year", "what": "Chavez helped win the release of six Colombian politicians",
   "note": "'This year, Venezuela's President Hugo Chavez helped win the release ...': subject of 'helped' is Chavez; this year = 2008"},
 ],
 "actors": [
  {"name": CO, "type": "group", "aliases": ["Colombian officials"]},
  {"name": "Colombian military", "type": "organisation", "aliases": ["Colombian Military"]},
  {"name": JMS, "type": "person", "aliases": ["Juan Manuel Santos", "Colombia's Defense Minister Juan Manuel Santos", "Santos"]},
  {"name": IB, "type": "person", "aliases": ["Ingrid Betancourt", "a former presidential candidate Ingrid Betancourt", "Betancourt"]},
  {"name": FARC, "type": "organisation", "aliases": ["the Revolutionary Armed Forces of Colombia", "leftist rebels", "rebels", "the rebels", "rebel forces", "the leftist group"]},
  {"name": "governments of France and Venezuela", "type": "group", "aliases": ["The governments of France and Venezuela"]},
  {"name": "Hugo Chavez", "type": "person", "aliases": ["Hugo Chavez", "Venezuela's President Hugo Chavez"]},
  {"name": "George W. Bush", "type": "person", "aliases": ["President Bush"]},
  {"name": EG, "type": "person", "aliases": ["Eduardo Gamarra", "Florida International University professor Eduardo Gamarra"]},
 ],
 "notes": [
  "VOA report by Brian Wagner (Miami) of Wednesday 2 July 2008 on the Colombian military's rescue of Ingrid Betancourt, three US contractors and 11 Colombian servicemen from the FARC, kept from a word-for-word reprint on Scoop (VOA authorship and date from the testbig.com/voa reprint, see meta). Story betancourt_rescue_2008 with wn_2008_betancourt_rescued_says_colombia (Wikinews, 2 July) and voa_2008_freed_colombian_hostages_reunite (VOA, 4 July).",
  "Keys: betancourt_rescue_2008:hostages_rescued (15, claimed by 'Colombian officials'; Wikinews' 15 by Santos), betancourt_rescue_2008:americans_rescued (the lead's three contractors and Santos's three Americans; Wikinews' three; VOA 4 July's '3 Americans' and 'three American hostages'), betancourt_rescue_2008:colombian_security_rescued (Santos's 11; Wikinews' 11 military men). The headline's 14 (the others besides Betancourt), the three Americans seized in 2003 and the three among the 40 high-profile hostages are left without key (different count or act).",
  "Claimants: 15 and the lead's three by 'Colombian officials'; the three Americans and 11 of paragraph 4 by Santos ('Santos said the hostages include ...'); the number inside Gamarra's quotation by Gamarra; the rest (background in VOA's voice) null.",
  "Events: 'in 2002' (passive, null), 'One year later' (rebels = the FARC, 2003), 'This year' (Chavez, 2008). 'recently' ('The governments of France and Venezuela recently launched new efforts') is vague and left out.",
  "Speaker named away from the words: Gamarra is introduced with 'says' one paragraph before his quotation and named again in its attribution. 'He said the rescue operation was launched ...' is Santos's reported speech (no quote marks).",
  "The headline's agent 'Colombian Military' (frees, undated) is listed as an actor. Actors not listed: Mr. Uribe (only called by Bush), Clara Rojas (seized, passive), Marc Gonsalves, Thomas Howes and Keith Stansell (seized; they do not act here), 'intelligence officials' (infiltrated the rebel unit, undated; not needed for any item). 'the rebel unit' is part of the FARC but not listed as an alias (it names a unit, not the group).",
  "Second careful read of the whole item against FORMAT.md done by the annotator: the kept first sentence of the cut last paragraph, the quote span (comma dropped), the four 'three' pinned by ctx and their sources, 'some 40' -> around, 'One year later' as both figure and event (2003) and each alias as an exact substring rechecked.",
 ],
}
