K = "afghanistan_khost_spera_battle_2008:"
AO = "Afghan officials"
AJ = "Arsallah Jamal"
AGF = "Afghan government forces"
RT = "Reuters"
TB = "Taliban"
KP = "Khost police"
SB = "suicide bomber"
CO = "U.S.-led coalition"
AT = "American troops"
UN = "United Nations"
ANN = {
 "article": "articles/voa_2008_khost_nato_counterattack_kills_dozens.txt",
 "gold_out": "gold/voa_2008_khost_nato_counterattack_kills_dozens.json",
 "published": "2008-07-27",
 "quotes": [],
 "figures": [
  {"quantity": K+"militants_killed", "text": "Dozens", "value": None, "vague": True, "unit": None, "counted": "insurgents killed by the NATO counter-attack", "source": None, "approx": None,
   "note": "headline 'NATO Counter-Attack Kills Dozens of Insurgents in Afghan Battle' in VOA's voice"},
  {"quantity": K+"militants_killed", "text": "70", "ctx": "up to 70", "value": 70, "unit": None, "counted": "militants killed in a battle with NATO and government forces", "source": AO, "approx": "up to",
   "note": "'Afghan officials say up to 70 militants have been killed in a battle with NATO and government forces': same toll of the same battle as the headline's 'Dozens'"},
  {"text": "100", "value": 100, "unit": None, "counted": "militants who overwhelmed guards at a government center", "source": AJ, "approx": "around",
   "note": "'The governor of Khost Province, Arsallah Jamal, says ... after nearly 100 militants overwhelmed guards': nearly = around"},
  {"text": "two", "value": 2, "unit": None, "counted": "police officers killed by the militants", "source": AJ, "approx": None,
   "note": "'and killed two police officers': same 'says' of the governor"},
  {"text": "scores", "value": None, "vague": True, "unit": None, "counted": "militants killed by NATO helicopter gunship fire", "source": AJ, "approx": None,
   "note": "'The Afghan governor said troops on the ground called for air support, and heavy machine-gun fire from NATO's helicopter gunships killed scores of militants': inside the governor's reported speech. No key: the gunships' kills may be only part of the battle's toll"},
  {"text": "15", "value": 15, "unit": "km", "counted": "kilometers from the Pakistan border", "source": None, "approx": "around",
   "note": "'Other insurgents fled toward the Pakistan border, about 15 kilometers away': a sentence of its own with no 'said' (the governor's 'said' is in the previous sentence and does not govern it), so VOA's voice: null; about = around"},
  {"text": "one", "ctx": "killing one person", "value": 1, "unit": None, "counted": "person killed by a suicide bomber", "source": KP, "approx": None,
   "note": "'In another part of Khost, police say a suicide bomber blew himself up Sunday ..., killing one person and wounding six'"},
  {"text": "six", "value": 6, "unit": None, "counted": "wounded by a suicide bomber", "source": KP, "approx": None,
   "note": "'and wounding six': same claim of the police; counted 'wounded' (the number stands alone)"},
  {"text": "four", "value": 4, "unit": None, "counted": "civilians killed by NATO troops at a checkpoint", "source": None, "approx": None,
   "note": "'And in southern Helmand province, NATO troops killed four civilians and wounded three others ...': VOA's voice, no claimant"},
  {"text": "three", "value": 3, "unit": None, "counted": "others wounded by NATO troops at a checkpoint", "source": None, "approx": None,
   "note": "'wounded three others': VOA's voice"},
  {"text": "700", "value": 700, "unit": None, "counted": "Afghan civilians killed this year", "source": UN, "approx": "around",
   "note": "'The United Nations says nearly 700 Afghan civilians have been killed this year in crossfire ...': nearly = around. No key shared with Holmes's 'nearly 700 civilian casualties' in voa_2008_nimroz_coalition_kills_militants_civilians (casualties against killed; another story)"},
 ],
 "events": [
  {"actor": AGF + " and NATO", "date": "2008-07-27", "date_text": "early Sunday", "what": "Afghan and NATO forces mounted a counterattack after militants overran a government center in Spera",
   "note": "'Afghan and NATO forces mounted a counterattack early Sunday': active 'mounted', joint subject Afghan (government) forces and NATO; Sunday = the publication day, 27 July 2008; 'early Sunday' taken whole"},
  {"actor": SB, "date": "2008-07-27", "date_text": "Sunday", "ctx": "himself up Sunday", "what": "a suicide bomber blew himself up near a road construction crew in Khost, killing one and wounding six",
   "note": "'police say a suicide bomber blew himself up Sunday': the date modifies 'blew himself up' (the police's 'say' is present tense), subject the bomber"},
  {"actor": AT, "date": "2008-07-26", "date_text": "on Saturday", "what": "American troops killed several militants in Paktia province",
   "note": "'The U.S.-led coalition also reported that American troops killed several militants in Paktia province on Saturday': the date closes the reported clause and modifies 'killed', subject American troops; Saturday before Sunday 27 July = 26 July 2008"},
  {"actor": "NATO", "date": "2008-07-26", "date_text": "Saturday", "ctx": "checkpoint Saturday", "what": "NATO troops killed four civilians and wounded three when soldiers shot at a car that failed to stop at a checkpoint in Helmand",
   "note": "'NATO troops killed four civilians ... when soldiers shot at a car that failed to stop at a checkpoint Saturday': whether the date is read on 'shot' or on the whole incident, the agent is the NATO troops ('soldiers' = the same troops); 26 July 2008"},
  {"actor": None, "date": "2008", "date_text": "this year", "what": "nearly 700 Afghan civilians killed in crossfire",
   "note": "'nearly 700 Afghan civilians have been killed this year in crossfire between Taliban insurgents and foreign forces': passive without a by-agent (crossfire of two sides), so null; 2008"},
 ],
 "actors": [
  {"name": AO, "type": "group", "aliases": ["Afghan officials"]},
  {"name": "NATO", "type": "organisation", "aliases": ["NATO", "NATO troops"]},
  {"name": AGF, "type": "organisation", "aliases": ["government forces"]},
  {"name": AJ, "type": "person", "aliases": ["The governor of Khost Province, Arsallah Jamal", "Arsallah Jamal", "The Afghan governor"]},
  {"name": RT, "type": "organisation", "aliases": ["Reuters news agency"]},
  {"name": TB, "type": "group", "aliases": ["the Taliban"]},
  {"name": KP, "type": "organisation", "aliases": ["police"]},
  {"name": SB, "type": "person", "aliases": ["a suicide bomber"]},
  {"name": CO, "type": "organisation", "aliases": ["The U.S.-led coalition"]},
  {"name": AT, "type": "organisation", "aliases": ["American troops"]},
  {"name": UN, "type": "organisation", "aliases": ["The United Nations"]},
 ],
 "notes": [
  "VOA News report of Sunday 27 July 2008 on the battle in Spera district of Khost province that day, with a Khost suicide bombing, a Paktia raid and a Helmand checkpoint shooting; story afghanistan_khost_spera_battle_2008 (one item). Published date from the address (see meta); the headline is printed after the body in the stored copy and moved to line 1 (see edits).",
  "Competing accounts: Afghan officials (up to 70 militants killed) and the governor (scores killed by gunships) against the Taliban's denial that any of its fighters was killed (reported by Reuters; no number).",
  "Keys: " + K + "militants_killed joins the headline's 'Dozens' (VOA) and the officials' 'up to 70'. The governor's 'scores' (killed by the gunships) has no key (possibly a part of the toll). No second item of the story was found in the crawl.",
  "Sources: the two Spera figures of the second paragraph (100, two) and 'scores' are the governor's ('says', 'said'); '15 kilometers' is VOA's voice; the Khost bombing figures are the (Khost) police's; the Helmand figures are VOA's voice; the 700 is the UN's.",
  "Quotes: none (no quote marks; the Taliban's denial is reported through Reuters).",
  "Not figures: 'several militants' ('several' is not one of the number words), 'a suicide bomber', 'a car', 'a checkpoint' (articles). The Taliban is the one who 'denies' (undated present) and is listed because it speaks; Reuters reports the denial.",
  "Events: five date expressions ('early Sunday', 'Sunday', 'on Saturday', 'Saturday', 'this year'). The governor's 'says', the police's 'say', the UN's 'says' and Reuters' 'says' are undated present tense.",
  "Actors: 'NATO' covers 'NATO', 'NATO troops' (and the gunships of 'NATO's helicopter gunships', written with NATO's name); 'government forces' (Afghan government forces) is the partner of NATO in the lead, written 'Afghan and NATO forces' in the second paragraph: joint actor 'Afghan government forces and NATO'. 'police' (lower case, in 'police say') are the Khost police. AFP, AP and Reuters in the credit supply the copy; Reuters also acts in the text ('Reuters news agency says').",
  "Second careful read done by the annotator against FORMAT.md sections 1-2: every number token (Dozens, 70, 100, two, scores, 15, one, six, four, three, 700) and every date expression checked; hedges 'up to' (70), 'nearly' (100, 700 -> around) and 'about' (15 -> around) checked; the 'Sunday' and 'Saturday' of different clauses pinned with ctx.",
 ],
}
