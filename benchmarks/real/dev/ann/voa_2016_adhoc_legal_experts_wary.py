S = "adhoc_bribery_case_2016"
CT = "Phnom Penh Municipal Court"
KC = "Khom Chandaraty"
SO = "Sok Sam Oeun"
ANN = {
 "article": "articles/voa_2016_adhoc_legal_experts_wary.txt",
 "gold_out": "gold/voa_2016_adhoc_legal_experts_wary.json",
 "published": "2016-05-03",
 "quotes": [],
 "figures": [
  {"quantity": S + ":payment_to_chandaraty", "text": "$200", "ctx": "about $200 to Khom Chandaraty", "value": 200, "unit": "USD", "counted": "paid to Khom Chandaraty by the rights workers", "source": None, "approx": "around",
   "note": "standfirst: 'The rights workers were alleged to have paid about $200 to Khom Chandaraty': 'were alleged' is a passive without a claimant named -> null; 'about' -> around"},
  {"text": "four", "value": 4, "unit": None, "counted": "human rights activists detained on Tuesday", "source": None, "approx": None,
   "note": "outlet's voice. Not given the key adhoc_bribery_case_2016:adhoc_staff_charged of the sister item: these are the same four Adhoc staff, but counted as detained, not as charged"},
  {"quantity": S + ":detained_by_court", "text": "five", "value": 5, "unit": None, "counted": "officials the court decided to detain", "source": SO, "approx": None,
   "note": "'Sok Sam Oeun, the defense lawyer, said that it was difficult ... in relation to the court's decision to detain the five officials': inside his reported speech -> source Sok Sam Oeun. Same quantity as Ly Sophana's 'These five people were detained by the investigating judge' in voa_2016_adhoc_bribery_charges (that figure carries no key in the main set; the key is proposed here)"},
  {"quantity": S + ":payment_to_chandaraty", "text": "$200", "ctx": "about $200 to Chandaraty", "value": 200, "unit": "USD", "counted": "paid to Chandaraty by the rights workers", "source": None, "approx": "around",
   "note": "the body's repeat of the standfirst ('were alleged to have paid about $200 to Chandaraty'): same quantity, same passive without claimant -> null; 'about' -> around"},
 ],
 "events": [
  {"actor": CT, "date": "2016-05-02/2016-05-08", "date_text": "this week", "what": "legal measures taken by the court against the rights workers and the election official",
   "note": "'the legal measures taken by the Phnom Penh Municipal Court this week': the expression modifies the participle 'taken', whose by-agent is the court. 'this week' = the ISO week of Tuesday 3 May 2016, written as an interval (as 'This week' elsewhere in the set)"},
  {"actor": None, "date": "2016-05-03", "date_text": "on Tuesday", "what": "four human rights activists and an election official detained",
   "note": "'after four human rights activists and National Election Committee official were detained on Tuesday': passive without a by-agent -> null (the court's 'decision to detain' is named only in the next paragraph, as a noun, and the text does not tie the weekday to it). Tuesday = 3 May 2016, the day the item is taken to be of (and the Tuesday of the same week if it was posted on 4 May)"},
 ],
 "actors": [
  {"name": "Adhoc rights workers", "type": "group", "aliases": ["The rights workers"],
   "note": "the four Adhoc staff detained; they 'were alleged to have paid' and 'met with her' (twice, standfirst and last paragraph, both capitalised at sentence start)"},
  {"name": KC, "type": "person", "aliases": ["Khom Chandaraty", "Chandaraty", "Srey Mom"]},
  {"name": "Kem Sokha", "type": "person", "aliases": ["CNRP Kem Sokha", "opposition deputy president Kem Sokha", "Kem Sokha"]},
  {"name": "legal experts", "type": "group", "aliases": ["Legal experts"]},
  {"name": "human rights activists", "type": "group", "aliases": ["human rights activists"],
   "note": "those who 'reacted with caution' (with the legal experts). The same words also name the four detained activists in the same sentence ('four human rights activists'); one surface form can belong to one actor only, so it is kept for the reacting group and the detained are listed as 'Adhoc rights workers'"},
  {"name": CT, "type": "organisation", "aliases": ["Phnom Penh Municipal Court", "the court"]},
  {"name": SO, "type": "person", "aliases": ["Sok Sam Oeun", "the defense lawyer"]},
 ],
 "notes": [
  "VOA Khmer (voacambodia.com) staff report on reactions to the detention on Tuesday 3 May 2016 of four Adhoc staff and National Election Committee official Ny Chakrya on bribery charges tied to Khom Chandaraty (Srey Mom) and opposition deputy leader Kem Sokha; story adhoc_bribery_case_2016 with voa_2016_adhoc_bribery_charges (main set, VOA item 3313868). The stored copy prints no date (see meta published_evidence).",
  "No quotes in the kept text: the only quotation (a lawyer's words on the $200) was in the last paragraph, cut mid-sentence in the stored copy and dropped. Sok Sam Oeun speaks in reported speech only ('said that it was difficult for him ...').",
  "Figures: the alleged $200 payment appears twice (standfirst and body) and shares adhoc_bribery_case_2016:payment_to_chandaraty. The five officials detained share adhoc_bribery_case_2016:detained_by_court, a key proposed for Ly Sophana's 'These five people were detained by the investigating judge' in voa_2016_adhoc_bribery_charges (main set; not edited from here). The 'four' detained activists are the sister item's four Adhoc staff charged (key adhoc_staff_charged) but counted as detained, so no key is shared.",
  "Not figures: 'National Election Committee official' (no number), 'extra-marital', 'an ongoing government investigation'. Not events: 'following the announcement of the alleged affair' / 'of the allegations' (relative, no date).",
  "Actors: the government ('an ongoing government investigation') does not act in the text and is not listed; the National Election Committee official (Ny Chakrya, named only in the removed caption) is not named in the kept text.",
  "second reading (annotator): re-read the whole item once more against FORMAT.md sections 1-2: checked both '$200' pinned by ctx with 'about' -> around, 'this week' as the ISO week interval 2-8 May 2016, 'on Tuesday' = 3 May, the passive 'were detained' without agent -> null, 'taken by the Phnom Penh Municipal Court' -> the court, and every alias as an exact substring.",
 ],
}
