K = "sayyida_zeinab_bombings_2016:"
BAN = "Ban Ki-moon"
IS = "Islamic State"
ANN = {
 "article": "articles/voa_2016_sayyida_zeinab_ban_condemns_attacks.txt",
 "gold_out": "gold/voa_2016_sayyida_zeinab_ban_condemns_attacks.json",
 "published": "2016-06-11",
 "quotes": [
  {"text": "Appalling Terror Attack", "speaker": BAN, "speaker_mention": "UN Chief", "fragment": True,
   "note": "headline, single quote marks: Ban's words from his statement (the body gives the fuller 'appalling terror attack claimed by ISIL'); the speaker is the headline's subject 'UN Chief'"},
  {"text": "appalling terror attack claimed by ISIL.", "speaker": BAN, "speaker_mention": "he", "fragment": True,
   "note": "'in what he called an \"appalling terror attack claimed by ISIL.\"': a phrase inside the reported statement of Ban ('A statement from Ban ... said'); 'he' is Ban; the final period inside the marks is kept"},
 ],
 "figures": [
  {"text": "Two", "value": 2, "unit": None, "counted": "blasts at the Sayyida Zeinab shrine", "source": None, "approx": None,
   "note": "'Two blasts at the Sayyida Zeinab shrine killed ...': outlet's voice; the 'twin bombings' of the next paragraph (no number word there)"},
  {"quantity": K + "deaths", "text": "12", "value": 12, "unit": None, "counted": "people killed by the two blasts", "source": None, "approx": "at least",
   "note": "'killed at least 12 people': outlet's voice (no claimant in the sentence; the statement of Ban gives no number). Same quantity as the '20' of 'Some reports' (the toll of the twin bombings)"},
  {"quantity": K + "deaths", "text": "20", "value": 20, "unit": None, "counted": "people killed in the twin bombings", "source": "news reports", "approx": None,
   "note": "'Some reports say 20 people were killed in the twin bombings': the claimant is the unnamed 'Some reports' (as 'news reports' elsewhere in the dev set); same toll as the outlet's 'at least 12'"},
 ],
 "events": [
  {"actor": IS, "date": "2016-06-11", "date_text": "Saturday's", "what": "the deadly attacks (two blasts) on the Sayyida Zeinab shrine that Ban condemns",
   "note": "weekday on the event noun 'attacks' ('Saturday's deadly attacks'); the sentence names no doer. The text names it elsewhere: Ban's statement calls it an attack 'claimed by ISIL', and the last paragraph recalls earlier bombings 'often claimed by Islamic State militants, also known as ISIL'; the 'suicide bomber' of state media is the agent of only the first of the two blasts. Agent taken as the Islamic State (ISIL) on the strength of the claim the text reports; a stricter reading (only a claimed, not established, doer) would give null. Saturday = 11 June 2016, the day of the report (caption)"},
  {"actor": BAN, "date": "2016-06-11", "date_text": "Saturday evening", "what": "Ban issued a statement on the attack",
   "note": "'A statement from Ban Saturday evening said ...': the date hangs on the noun 'statement', whose author is Ban"},
 ],
 "actors": [
  {"name": BAN, "type": "person", "aliases": ["U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "Ban", "The U.N. chief", "UN Chief"]},
  {"name": IS, "type": "group", "aliases": ["ISIL", "Islamic State militants"]},
  {"name": "local monitor groups in Syria", "type": "group", "aliases": ["local monitor groups in Syria"]},
  {"name": "Syrian state media", "type": "organisation", "aliases": ["Syrian state media"]},
  {"name": "suicide bomber", "type": "person", "aliases": ["a suicide bomber"]},
  {"name": "news reports", "type": "organisation", "aliases": ["Some reports"]},
 ],
 "notes": [
  "VOA News report of Saturday 11 June 2016 (date from the caption and the text, see meta) on U.N. Secretary-General Ban Ki-moon's condemnation of the twin bombing (suicide bomber, then car bomb) at the Sayyida Zeinab shrine near Damascus, claimed by the Islamic State. Story sayyida_zeinab_bombings_2016 (single item).",
  "The item's event noun: 'Saturday's deadly attacks' names no doer in its sentence; the doer is given by Ban's quoted phrase ('claimed by ISIL') and the last paragraph ('Islamic State militants, also known as ISIL'), so the event actor is the Islamic State (see the event note for the doubt). Ban's statement is dated on its noun ('A statement from Ban Saturday evening').",
  "Two quotes, both Ban's and both fragments: the headline's 'Appalling Terror Attack' and the body's 'appalling terror attack claimed by ISIL.'. The apostrophes of 'Shi'ite' / 'Shi'ites' are not quote marks.",
  "Key sayyida_zeinab_bombings_2016:deaths: the outlet's 'at least 12' and the 'Some reports' 20 (the same toll, different counts). 'Two' blasts has no second figure.",
  "Not figures: 'several civilians', 'many others', 'several other bombings' (no number word). Not events: 'in the past' (vague).",
  "Actors: 'local monitor groups in Syria' and 'Syrian state media' only report; the 'suicide bomber' struck (no date of its own). 'those responsible' (for attacks on civilians, in general) is not listed.",
  "First reading (annotation): quotes, figures, events and actors as above. Second reading (checker, re-read against the text and FORMAT.md): the headline quote's speaker is the subject 'UN Chief' (= Ban); the body quote's 'he' is Ban (subject 'A statement from Ban'); both 'Saturday' expressions = 11 June 2016, the caption's date; '12' is in the outlet's voice ('Syrian state media say' opens the next paragraph and claims only the bomber), the '20' is the reports'; no surface form shared by two actors. Kept the Islamic State as the agent of 'Saturday's deadly attacks' (claimed doer) and noted the null alternative.",
 ],
}
