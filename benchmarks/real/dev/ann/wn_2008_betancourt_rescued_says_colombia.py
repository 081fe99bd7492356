K = "betancourt_rescue_2008:"
IB = "Íngrid Betancourt"
JMS = "Juan Manuel Santos"
GJ = "Gordon Johndroe"
ANN = {
 "article": "articles/wn_2008_betancourt_rescued_says_colombia.txt",
 "gold_out": "gold/wn_2008_betancourt_rescued_says_colombia.json",
 "published": "2008-07-02",
 "quotes": [
  {"text": "perfect.", "speaker": IB, "speaker_mention": "Betancourt", "fragment": True,
   "note": "'Betancourt called the operation, \"perfect.\"': a one-word phrase of Betancourt's words set in a reported sentence; the full stop inside the closing mark is kept"},
  {"text": "God, this is a miracle... There is no historical precedent for such a perfect operation", "speaker": IB, "speaker_mention": "Betancourt", "fragment": False,
   "note": "'\"...,\" Betancourt told reporters during a press conference ...': attribution after the quote; the trailing comma before the closing mark is dropped, the '...' inside kept"},
  {"text": "This was a Colombian conceived and led operation; we supported the operation", "speaker": GJ, "speaker_mention": "U.S. Deputy Press Secretary Gordon Johndroe", "fragment": False,
   "note": "first half of a quote interrupted by its attribution ('said U.S. Deputy Press Secretary Gordon Johndroe'); trailing comma dropped"},
  {"text": "This rescue was long in the planning, and we’ve been working with the Colombians for five years, since the hostages were taken, to free them from captivity.", "speaker": GJ, "speaker_mention": "U.S. Deputy Press Secretary Gordon Johndroe", "fragment": False,
   "note": "second half of the split quote, after the attribution naming Johndroe; the final full stop inside the mark is kept"},
 ],
 "figures": [
  {"quantity": K+"hostages_rescued", "text": "15", "value": 15, "unit": None, "counted": "hostages rescued", "source": JMS, "approx": None,
   "note": "'According to Colombian defense minister Juan Manuel Santos, 15 hostages have been rescued': Santos claims it; same key as the 15 in voa_2008_colombia_frees_betancourt_14_hostages (claimed there by 'Colombian officials')"},
  {"text": "six", "value": 6, "unit": "years", "counted": "years some hostages were held by the FARC", "source": JMS, "approx": "up to",
   "note": "'some of whom have been held for as long as six years' in the same 'According to ... Santos' sentence; 'as long as' = up to"},
  {"quantity": K+"americans_rescued", "text": "three", "value": 3, "unit": None, "counted": "American contractors for the United States military", "source": None, "approx": None,
   "note": "'Among them are ... three American contractors ...': a new paragraph in the outlet's voice; the 'According to' of the paragraph before governs only its own sentence, and no claimant is named in this or the next sentence, so null. Same key as VOA's 'three U.S. defense contractors', 'three Americans' (2 July) and '3 Americans', 'three American hostages' (4 July)"},
  {"quantity": K+"colombian_security_rescued", "text": "11", "value": 11, "unit": None, "counted": "military men", "source": None, "approx": None,
   "note": "same sentence as the three contractors (outlet's voice, null); the rescued members of the Colombian forces: same key as VOA's '11 members of Colombia's security forces' (claimed there by Santos)"},
  {"text": "five", "value": 5, "unit": "years", "counted": "years the U.S. has been working with the Colombians to free the hostages", "source": GJ, "approx": None,
   "note": "inside Johndroe's quotation ('we’ve been working with the Colombians for five years'): claimed by the speaker"},
 ],
 "events": [],
 "actors": [
  {"name": JMS, "type": "person", "aliases": ["Juan Manuel Santos", "Colombian defense minister Juan Manuel Santos", "defense minister Juan Manuel Santos"]},
  {"name": IB, "type": "person", "aliases": ["Íngrid Betancourt", "former Colombian presidential candidate Íngrid Betancourt", "Betancourt"]},
  {"name": "FARC", "type": "organisation", "aliases": ["the FARC", "FARC"]},
  {"name": "Colombian Army", "type": "organisation", "aliases": ["the Colombian Army"]},
  {"name": "United States", "type": "country", "aliases": ["The U.S."]},
  {"name": "John McCain", "type": "person", "aliases": ["John McCain", "John McCain, Presumptive Republican Party nominee for President of the U.S."]},
  {"name": "Álvaro Uribe", "type": "person", "aliases": ["Álvaro Uribe", "Colombian President Álvaro Uribe"]},
  {"name": GJ, "type": "person", "aliases": ["Gordon Johndroe", "U.S. Deputy Press Secretary Gordon Johndroe"]},
 ],
 "notes": [
  "Wikinews report of Wednesday 2 July 2008 on Operation Jaque, the Colombian military's rescue of Íngrid Betancourt, three American contractors and 11 Colombian servicemen from the FARC the same day. Story betancourt_rescue_2008 with voa_2008_colombia_frees_betancourt_14_hostages (VOA, 2 July) and voa_2008_freed_colombian_hostages_reunite (VOA, 4 July).",
  "Cross-report keys: betancourt_rescue_2008:hostages_rescued (15 here, claimed by Santos; VOA 2 July's 15, claimed by 'Colombian officials'), betancourt_rescue_2008:americans_rescued (three here; VOA 2 July 'three U.S. defense contractors' and 'three Americans'; VOA 4 July '3 Americans' and 'three American hostages'), betancourt_rescue_2008:colombian_security_rescued (11 military men here; VOA 2 July's 11 members of the security forces). VOA 4 July's '12 Colombians' counts Betancourt with the 11 and has no shared key.",
  "No dated events: the only date expression on the page is the removed date line; 'for five years' and 'for as long as six years' are durations (figures), 'since the hostages were taken' carries no date.",
  "Quotes: Betancourt's fragment 'perfect.' and her full quote (named in the same sentence); Johndroe's quote split by its attribution (two quotes). 'The U.S. states that it played a role ...' is reported speech by the country (listed as actor 'United States', alias 'The U.S.'); 'U.S.' in 'President of the U.S.' and 'U.S. Deputy Press Secretary' is part of other forms.",
  "Actors: McCain speaks (reported speech, 'said he had been briefed'); Uribe and Santos are by-agents of the briefing (undated). Not actors: Alfonso Cano (only the person the FARC members were to meet), 'FARC members' (led to believe, passive; covered by the FARC's aliases 'FARC'), 'Troops involved in the operation' (disguised, passive state). 'the Colombians' inside Johndroe's quote is not listed (people of a country, not one actor).",
  "Not figures: 'non-existent', 'No shots', 'no injuries' (no number), 'Jaque' (a name).",
  "Second careful read of the whole item against FORMAT.md done by the annotator: quote spans and marks (final '.' kept in 'perfect.' and in Johndroe's second half, trailing commas dropped), figure spans and approximators ('as long as' -> up to), sources (Santos only within his 'According to' sentence), the absence of dated expressions, and every alias as an exact substring rechecked.",
 ],
}
