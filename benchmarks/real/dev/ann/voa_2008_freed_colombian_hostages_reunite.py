K = "betancourt_rescue_2008:"
IB = "Ingrid Betancourt"
AU = "Alvaro Uribe"
CM = "Colombian military"
CH = "Betancourt's two children"
AM = "freed American hostages"
FARC = "Revolutionary Armed Forces of Colombia (FARC)"
ANN = {
 "article": "articles/voa_2008_freed_colombian_hostages_reunite.txt",
 "gold_out": "gold/voa_2008_freed_colombian_hostages_reunite.json",
 "published": "2008-07-04",
 "quotes": [
  {"text": "I believe in a path of peace for Colombia, and I feel so blessed by God to have lived through this moment, because this was an operation of peace, not an operation of war", "speaker": IB, "speaker_mention": "Betancourt", "fragment": False,
   "note": "'\"...,\" Betancourt said.': attribution after the quote; the paragraph before ('Ingrid Betancourt thanked him for the operation') introduces her; trailing comma dropped"},
  {"text": "military success and a tribute to human rights.", "speaker": AU, "speaker_mention": "President Uribe", "fragment": True,
   "note": "'President Uribe said the operation was a \"military success and a tribute to human rights.\"': a phrase of his words inside reported speech; the full stop inside the closing mark is kept"},
  {"text": "We did not fire against the group of guerrillas who remained on the ground for various reasons", "speaker": AU, "speaker_mention": "Uribe", "fragment": False,
   "note": "'\"...,\" Uribe said.': trailing comma dropped; the rest of the paragraph (a second quotation cut in the stored copy) was dropped, see meta edits"},
 ],
 "figures": [
  {"text": "12", "value": 12, "unit": None, "counted": "Colombians freed in the rescue operation", "source": None, "approx": None,
   "note": "'the 12 Colombians and 3 Americans - freed in a dramatic rescue operation by the Colombian military -': outlet's voice; Betancourt with the 11 servicemen, a count no other item of the story gives (no shared key)"},
  {"quantity": K+"americans_rescued", "text": "3", "value": 3, "unit": None, "counted": "Americans freed in the rescue operation", "source": None, "approx": None,
   "note": "same phrase, outlet's voice; the three rescued US contractors (same key as the Wikinews and VOA 2 July counts)"},
  {"text": "two", "value": 2, "unit": None, "counted": "children of Betancourt (Melanie and Lorenzo)", "source": None, "approx": None,
   "note": "'her two children Melanie and Lorenzo': a count of people, outlet's voice"},
  {"quantity": K+"americans_rescued", "text": "three", "value": 3, "unit": None, "counted": "American hostages freed with the Colombian group", "source": None, "approx": None,
   "note": "'the three American hostages freed with the Colombian group': outlet's voice, same key as the '3 Americans' of the lead"},
  {"text": "five", "value": 5, "unit": "years", "counted": "years since the Americans' capture", "source": None, "approx": None,
   "note": "'since their capture, five years ago': a duration (also an event, 2003, see events)"},
 ],
 "events": [
  {"actor": CH, "date": "2008-07-03", "date_text": "early Thursday", "what": "Betancourt's children flew into Bogota from France",
   "note": "'They flew into Bogota early Thursday from France': 'They' is 'her two children Melanie and Lorenzo' of the sentence before; Thursday before the Friday 4 July publication = 3 July 2008"},
  {"actor": FARC, "date": "2002", "date_text": "in 2002", "what": "Betancourt was kidnapped by leftist rebels",
   "note": "'Betancourt was kidnapped by leftist rebels in 2002': passive with a 'by' agent -> the leftist rebels (the FARC)"},
  {"actor": None, "date": "2003", "date_text": "five years ago", "what": "capture of the three Americans",
   "note": "'since their capture, five years ago': the date sits on the noun 'capture', and this text does not say who captured the Americans (the 'leftist rebels' are named only for Betancourt's kidnapping), so null; five years before 2008 = 2003"},
  {"actor": CM, "date": "2008-07-02", "date_text": "Wednesday's", "what": "the rescue mission",
   "note": "date on the noun ('Wednesday's rescue mission'): the agent of the rescue is named in the lead ('freed in a dramatic rescue operation by the Colombian military'); Wednesday 2 July 2008. The sentence itself ('Not a single shot was fired during ...') is a passive without agent, but the date modifies the noun 'rescue mission'"},
 ],
 "actors": [
  {"name": CM, "type": "organisation", "aliases": ["the Colombian military"]},
  {"name": IB, "type": "person", "aliases": ["Ingrid Betancourt", "former presidential candidate Ingrid Betancourt", "Betancourt"]},
  {"name": CH, "type": "group", "aliases": ["her two children Melanie and Lorenzo"]},
  {"name": FARC, "type": "organisation", "aliases": ["leftist rebels"]},
  {"name": AM, "type": "group", "aliases": ["the three American hostages", "the Americans", "Keith Stansell, Thomas Howes and Marc Gonsalves"]},
  {"name": AU, "type": "person", "aliases": ["Alvaro Uribe", "Colombian President Alvaro Uribe", "President Uribe", "Uribe"]},
 ],
 "notes": [
  "VOA TV report (producer Zulima Palacio, narrator Mil Arcega) of Friday 4 July 2008 (date from the address) on the freed hostages' reunions after the rescue of Wednesday 2 July 2008. Story betancourt_rescue_2008 with wn_2008_betancourt_rescued_says_colombia (Wikinews, 2 July) and voa_2008_colombia_frees_betancourt_14_hostages (VOA, 2 July).",
  "Keys: betancourt_rescue_2008:americans_rescued ('3 Americans' and 'the three American hostages' here, both in VOA's voice; Wikinews' three; VOA 2 July's three twice). The '12 Colombians' (Betancourt plus the 11 servicemen) is a different count from the 11 of the other items and has no key.",
  "Events: 'early Thursday' (the children, 'They' of the sentence before), 'in 2002' (by-agent leftist rebels), 'five years ago' (the Americans' capture: agent not given here, null) and 'Wednesday's' rescue mission (the Colombian military, named in the lead as the by-agent of the rescue). 'Hours after the rescue' is vague (no number, no date of its own) and left out.",
  "Quotes: Betancourt's (introduced in the paragraph before by 'Ingrid Betancourt thanked him'), Uribe's fragment inside reported speech, and Uribe's full quote attributed by 'Uribe said'. 'him' in 'thanked him' is Uribe (pronoun, not an alias).",
  "Not actors: Zulima Palacio and Mil Arcega (VOA's producer and narrator, not part of the story); Melanie and Lorenzo are one group actor ('her two children Melanie and Lorenzo'); 'the 12 Colombians and 3 Americans' meet their families but are not listed as one actor (the Americans are listed as their own group, which walks off the plane and arrives at Lackland, undated). Not figures: 'Not a single shot' (no number word), 'for the first time' (ordinal), 'Hours' (no number).",
  "Second careful read of the whole item against FORMAT.md done by the annotator: the kept first sentence of the cut last paragraph, quote spans (final '.' kept inside the fragment, trailing commas dropped), the digit '3' and word 'three' counts and their key, 'five years ago' as both figure and event (2003, null actor), 'Wednesday's' as a dated noun with the military as agent, dates against Friday 4 July 2008, and each alias as an exact substring rechecked.",
 ],
}
