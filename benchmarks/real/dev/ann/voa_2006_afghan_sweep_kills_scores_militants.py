CO = "US-led coalition"
AC = "Afghan and coalition forces"
USO = "U.S. officials"
TL = "Tamara Lawrence"
ANN = {
 "article": "articles/voa_2006_afghan_sweep_kills_scores_militants.txt",
 "gold_out": "gold/voa_2006_afghan_sweep_kills_scores_militants.json",
 "published": "2006-06-24",
 "quotes": [
  {"text": "extremists", "speaker": USO, "speaker_mention": "U.S. officials", "fragment": True, "ctx": "two-dozen \"extremists\"",
   "note": "'U.S. officials say Afghan and coalition forces engaged more than two-dozen \"extremists\"': the outlet sets the officials' own word apart inside their reported speech (the same word the coalition spokeswoman uses in her quote); annotated as a one-word fragment of the officials (borderline: it could be read as a scare quote)"},
  {"text": "Afghan and coalition forces engaged more than 40 extremists with small-arms and joint fires after receiving enemy fire from fighters hiding in an orchard and compound near the village of Mirabad", "speaker": TL, "speaker_mention": "U.S. military spokeswoman Lt. Tamara Lawrence", "fragment": False,
   "note": "inverted attribution after the quote ('said U.S. military spokeswoman Lt. Tamara Lawrence'); the trailing comma before the closing mark is dropped"},
 ],
 "figures": [
  {"text": "four", "value": 4, "unit": None, "counted": "southern provinces of Afghanistan swept", "source": None, "approx": None, "ctx": "Afghanistan's four southern",
   "note": "'their ... sweep through Afghanistan's four southern provinces': the outlet's description of the sweep's area, not part of the claim ('say they have killed')"},
  {"text": "65", "value": 65, "unit": None, "counted": "extremists killed during heavy fighting", "source": CO, "approx": "around",
   "note": "'U.S.-led coalition forces ... say they have killed about 65 extremists': the coalition's claim; it adds the 25 killed in Kandahar and the up to 40 in Uruzgan, not the same scope as either"},
  {"text": "two-dozen", "value": 24, "unit": None, "counted": "\"extremists\" engaged in Kandahar", "source": USO, "approx": "more than",
   "note": "'U.S. officials say Afghan and coalition forces engaged more than two-dozen \"extremists\"': the officials' claim; a count of fighters engaged, not killed"},
  {"text": "25", "value": 25, "unit": None, "counted": "militants killed during the three-hour battle in Kandahar", "source": USO, "approx": None,
   "note": "'They say 25 militants were killed': They = the U.S. officials of the sentence before"},
  {"text": "three", "value": 3, "unit": "hours", "counted": "hours of the battle in Kandahar", "source": USO, "approx": None, "ctx": "three-hour battle",
   "note": "'the three-hour battle': a duration in the officials' account ('They say ...'); the text span is the number word of the compound 'three-hour'"},
  {"text": "40", "value": 40, "unit": None, "counted": "other militants killed in Uruzgan province", "source": CO, "approx": "up to", "ctx": "up to 40 other militants",
   "note": "'coalition forces said they killed up to 40 other militants during heavy clashes in nearby Uruzgan province'"},
  {"text": "40", "value": 40, "unit": None, "counted": "extremists engaged near Mirabad", "source": TL, "approx": "more than", "ctx": "more than 40 extremists",
   "note": "inside Lawrence's quote: fighters engaged near Mirabad (Uruzgan), not the 'up to 40' killed; a different quantity"},
  {"text": "10,000", "value": 10000, "unit": None, "counted": "Afghan and coalition troops sweeping through southern Afghanistan", "source": None, "approx": "more than",
   "note": "outlet's own voice"},
  {"text": "four", "value": 4, "unit": "years", "counted": "years", "source": None, "approx": "more than", "ctx": "more than four years",
   "note": "'their largest counter-insurgency operation in more than four years': a duration, outlet's voice"},
 ],
 "events": [
  {"actor": AC, "date": "2006-06-23", "date_text": "late Friday evening", "what": "Afghan and coalition forces engaged more than two dozen extremists in Kandahar province",
   "note": "'U.S. officials say Afghan and coalition forces engaged ... in the southern province of Kandahar late Friday evening': the expression modifies 'engaged' (not 'say', which is present tense); the agent is the joint force; Friday 23 June 2006, the day before the Saturday report"},
  {"actor": CO, "date": "2006-06-24", "date_text": "Saturday", "what": "the coalition released a statement on the Kandahar battle",
   "note": "'According to a coalition statement released Saturday': a passive participle whose agent is named in the noun itself ('a coalition statement'), so the coalition; Saturday 24 June 2006, the published day"},
  {"actor": CO, "date": "2006-06-23", "date_text": "Friday", "what": "coalition forces said they killed up to 40 militants in Uruzgan province", "ctx": "Also Friday",
   "note": "'Also Friday, coalition forces said they killed up to 40 other militants': the fronted date may date the statement or the clashes; the agent is the coalition in either reading (subject of 'said' and of 'killed'); Friday 23 June 2006. 'Also' is not part of the date expression"},
 ],
 "actors": [
  {"name": CO, "type": "organisation", "aliases": ["U.S.-led coalition forces", "coalition forces"]},
  {"name": AC, "type": "group", "aliases": ["Afghan and coalition forces", "Afghan and coalition troops"]},
  {"name": USO, "type": "group", "aliases": ["U.S. officials"]},
  {"name": TL, "type": "person", "aliases": ["U.S. military spokeswoman Lt. Tamara Lawrence", "Lt. Tamara Lawrence"]},
  {"name": "insurgents", "type": "group", "aliases": ["a number of insurgents"]},
 ],
 "notes": [
  "VOA report of Saturday 24 June 2006 (date from the archive key in the address, see meta) by Benjamin Sand in Islamabad on the U.S.-led counter-insurgency sweep through southern Afghanistan (Kandahar and Uruzgan); story afghanistan_mountain_thrust_2006 (one item; no cross-item quantity keys).",
  "Claimants: the coalition claims 'about 65' killed overall and 'up to 40' killed in Uruzgan; U.S. officials claim 'more than two-dozen' engaged and 25 killed in Kandahar (the 'three-hour' battle length is also theirs: 'They say ... during the three-hour battle'); Lt. Tamara Lawrence's quote gives 'more than 40' engaged near Mirabad. The four provinces, the 10,000 troops and 'more than four years' are the outlet's voice. No two figures state the same quantity (engaged against killed; Kandahar against Uruzgan against the total), so no quantity keys.",
  "Quotes: Lawrence's quote (inverted attribution, comma dropped) and the one-word fragment \"extremists\" given to U.S. officials (borderline with a scare quote; see its note).",
  "Events: 'late Friday evening' (the joint Afghan and coalition engagement in Kandahar), 'Saturday' (the coalition statement), 'Friday' of 'Also Friday' (coalition forces' claim on Uruzgan). Not events: 'in more than four years' (a duration). Benjamin Sand only reports (not an actor); 'the U.S.-backed central government' and 'followers of the ousted Taleban regime' do not act in a dated clause and are not listed; 'a number of insurgents' used civilians as shields (undated, listed).",
  "Not figures: 'U.S.' and 'small-arms'; 'a number of insurgents' (not a number token).",
  "first reading (annotator): quotes, figures, events and actors annotated from the text as above; build_gold.py asked for a ctx on the fragment \"extremists\" (the word occurs three times), added.",
  "second reading (checker): re-read the whole item against FORMAT.md sections 1-2: speakers (Lawrence by inverted attribution; U.S. officials for the fragment), figure claimants ('say they have killed' -> coalition; 'They say' -> U.S. officials, which also covers the 'three-hour' battle length; 'coalition forces said' -> coalition; quote -> Lawrence; the four provinces, 10,000 and 'four years' outlet), event agents (engaged -> joint force; statement released -> coalition; 'Also Friday' -> coalition in either reading) and weekdays recomputed against Saturday 24 June 2006 (Friday = 23 June). No change; doubt kept on the fragment \"extremists\" (quote or scare quote).",
 ],
}
