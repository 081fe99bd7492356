K = "somalia_villa_somalia_attack_2014:"
AS = "al-Shabab"
HSM = "Hassan Sheikh Mohamud"
SSO = "Somali security official"
ANN = {
 "article": "articles/voa_2014_somalia_palace_attack_17_killed.txt",
 "gold_out": "gold/voa_2014_somalia_palace_attack_17_killed.json",
 "published": "2014-02-21",
 "quotes": [
  {"text": "The first I heard of it this morning actually as a phone call from the president just after the attack had happened. He wanted to reassure me that he was unharmed, unhurt and that the attack had been unsuccessful.",
   "speaker": "Nick Kay", "speaker_mention": "He", "fragment": False,
   "note": "a whole paragraph in quote marks with no attribution of its own; the speaker is introduced in the paragraph before ('Nick Kay is ... He says he heard from President Hassan Sheikh Mohamud soon after the attack'), so the nearest mention is 'He'; the final '.' inside the marks is kept"},
  {"text": "eliminate", "speaker": HSM, "speaker_mention": "President Mohamud", "fragment": True,
   "note": "one word of Mohamud's statement inside reported speech ('In a statement, President Mohamud ... vowed that the Somali government and African Union forces would \"eliminate\" the group')"},
 ],
 "figures": [
  {"quantity": K+"deaths", "text": "17", "ctx": "Attack; 17 Killed", "value": 17, "unit": None, "counted": "killed in the palace attack", "source": None, "approx": None,
   "note": "headline, outlet's voice; the body gives the same toll as 'at least 17 other people' (same key; the headline drops 'at least')"},
  {"quantity": K+"deaths", "text": "17", "ctx": "at least 17 other people", "value": 17, "unit": None, "counted": "other people killed in the palace attack", "source": None, "approx": "at least",
   "note": "outlet's voice; the security official's breakdown two paragraphs on (7 + 8 + 2) adds up to it but is the official's"},
  {"text": "seven", "value": 7, "unit": None, "counted": "soldiers among the dead", "source": SSO, "approx": None,
   "note": "'A Somali security official tells VOA that the dead include seven soldiers, ...'"},
  {"text": "eight", "value": 8, "unit": None, "counted": "attackers among the dead", "source": SSO, "approx": "at least"},
  {"text": "two", "ctx": "and two others", "value": 2, "unit": None, "counted": "others among the dead", "source": SSO, "approx": None},
  {"text": "two decades", "value": 20, "unit": "years", "counted": "of lawlessness and war Somalia has endured", "source": None, "approx": "more than",
   "note": "'more than two decades of lawlessness and war': a duration, outlet's voice"},
 ],
 "events": [
  {"actor": AS, "date": "2014-02-21", "date_text": "Friday", "what": "militants attacked Somalia's presidential palace",
   "note": "'Al-Qaida-linked militants attacked Somalia's presidential palace Friday': agent of 'attacked'. The text identifies the attackers as al-Shabab (the group 'quickly claimed responsibility', the president vowed to 'eliminate' it, the State Department says the attack shows al-Shabab stands for death), so 'Al-Qaida-linked militants' is an alias of al-Shabab. Friday = publication day (21 February 2014, see meta)"},
  {"actor": "Nick Kay", "date": "2014-02-21", "date_text": "this morning", "what": "Kay first heard of the attack in a phone call from the president",
   "note": "inside Kay's quote: 'The first I heard of it this morning ... as a phone call from the president': 'this morning' dates Kay's hearing (the subject of 'heard' is 'I' = Kay); the reference day is the day of the attack and of publication. ('today' inside speech is excluded by FORMAT, 'this morning' is not)"},
  {"actor": AS, "date": "2011", "date_text": "in 2011", "what": "al-Shabab lost control of Mogadishu",
   "note": "'Al-Shabab lost control of Mogadishu in 2011': al-Shabab is the grammatical subject of 'lost'; as in the dev set (a sufferer subject taken as the actor) it is the actor; no other agent is named in this sentence"},
 ],
 "actors": [
  {"name": AS, "type": "organisation", "aliases": ["Al-Qaida-linked militants", "Al-Shabab", "al-Shabab", "gunmen", "the assailants", "the group"]},
  {"name": "witnesses", "type": "group", "aliases": ["Witnesses"]},
  {"name": "African Union and Somali government soldiers", "type": "group", "aliases": ["African Union and Somali government soldiers"]},
  {"name": SSO, "type": "person", "aliases": ["A Somali security official"]},
  {"name": "Nick Kay", "type": "person", "aliases": ["Nick Kay", "the U.N. secretary-general's special representative to Somalia"]},
  {"name": HSM, "type": "person", "aliases": ["President Hassan Sheikh Mohamud", "President Mohamud", "The president", "the president"]},
  {"name": "Somali government", "type": "organisation", "aliases": ["the Somali government", "The U.N.-backed Mohamud government"]},
  {"name": "African Union forces", "type": "organisation", "aliases": ["African Union forces"]},
  {"name": "Ban Ki-moon", "type": "person", "aliases": ["U.N. Secretary General Ban Ki-moon"]},
  {"name": "U.S. State Department", "type": "organisation", "aliases": ["The U.S. State Department"]},
 ],
 "notes": [
  "VOA News report (no byline in the stored copy) of Friday 21 February 2014 (date inferred, see meta) on al-Shabab's attack on Villa Somalia, the presidential palace in Mogadishu; story somalia_villa_somalia_attack_2014 (the March 2014 VOA items on the AMISOM offensive mention 'a recent assault on the presidential palace' / 'an assault on the presidential palace ... last month' but share no figure with it, so they are kept as their own story).",
  "Two quotes: Nick Kay's paragraph-long quote with no attribution of its own (speaker named in the paragraph before, 'He says he heard ...'), and the one-word fragment 'eliminate' from Mohamud's statement.",
  "Figures: the toll 17 (headline and lead, outlet's voice, key somalia_villa_somalia_attack_2014:deaths); seven soldiers, at least eight attackers and two others are claimed by 'A Somali security official' (VOA-sourced breakdown that adds up to 17; not keyed with the total because each counts a part). 'more than two decades' is a duration. Not figures: 'One of those killed' (not a count), '2011' (a year).",
  "Events: 'Friday' (the attack; al-Shabab), 'this morning' inside Kay's quote (Kay heard of it), 'in 2011' (al-Shabab lost control of Mogadishu). 'soon after the attack', 'just after the attack had happened' and 'once again' are relative/vague: not events.",
  "Actors: 'Al-Qaida-linked militants', 'gunmen' (witnesses' account), 'the assailants' and 'the group' all refer to al-Shabab in this text. 'The president' / 'the president' are Mohamud. 'African Union forces' (in Mohamud's vow) and the joint 'African Union and Somali government soldiers' (who fought off the assailants) are listed apart from the Somali government.",
  "second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked both 17s (ctx), the 'at least' on 17 and eight only, that the seven/eight/two are the official's, the quote span (final '.' kept) and that no surface form is shared by two actors.",
 ],
}
