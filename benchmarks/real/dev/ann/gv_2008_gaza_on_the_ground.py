LEH = "Laila El-Haddad"
PAR = "Laila El-Haddad's parents"
ANN = {
 "article": "articles/gv_2008_gaza_on_the_ground.txt",
 "gold_out": "gold/gv_2008_gaza_on_the_ground.json",
 "published": "2008-12-28",
 "quotes": [
  {"text": "There is a funeral passing every minute. The bodies are piling up.", "speaker": PAR, "speaker_mention": "My parents", "fragment": False,
   "note": "inside Laila El-Haddad's block quotation, which the post introduces as 'writes about what her parents are experiencing' and which opens 'My parents live in the the city center'; the quoted words have no attribution of their own and are read as her parents' report from Gaza City (she is in the United States). The speaker is inferred from that context, named three paragraphs earlier"},
 ],
 "figures": [
  {"quantity": "gaza_airstrikes_2008:targets_dec27", "text": "50", "value": 50, "unit": None, "counted": "targets", "source": "Haaretz", "approx": "more than", "ctx": "Over 50",
   "note": "'Over 50 “targets” by 60 warplanes, read the headlines in Haaretz': the newspaper's headlines make the claim; 'Over' -> more than"},
  {"quantity": "gaza_airstrikes_2008:warplanes_dec27", "text": "60", "value": 60, "unit": None, "counted": "warplanes", "source": "Haaretz", "approx": None, "ctx": "60 warplanes, read",
   "note": "same sentence, claimed by Haaretz's headlines; 'Over' governs only the 50"},
  {"quantity": "gaza_airstrikes_2008:killed_dec27", "text": "220", "value": 220, "unit": None, "counted": "killed", "source": "Haaretz", "approx": "more than",
   "note": "'And over 220 killed': continues, with 'And', the list of what 'the headlines in Haaretz' read (the sentence before), so the claimant is Haaretz. The dead of Saturday's strikes, same key as '210' and '200 dead' in gv_2008_gaza_airstrikes_bloggers_react"},
  {"quantity": "gaza_airstrikes_2008:targets_dec27", "text": "50", "value": 50, "unit": None, "counted": "targets", "source": LEH, "approx": None, "ctx": "50 targets",
   "note": "'50 targets, 60 warplanes, 200 people, 1 day': the blogger repeats the headline figures in her own words (no hedge); her block quotation, so she is the claimant"},
  {"quantity": "gaza_airstrikes_2008:warplanes_dec27", "text": "60", "value": 60, "unit": None, "counted": "warplanes", "source": LEH, "approx": None, "ctx": "60 warplanes, 200",
   "note": "repeat of Haaretz's 60 warplanes, in the blogger's own words"},
  {"quantity": "gaza_airstrikes_2008:killed_dec27", "text": "200", "value": 200, "unit": None, "counted": "people", "source": LEH, "approx": None,
   "note": "'200 people' killed in one day: the blogger's round figure for the same dead as Haaretz's 'over 220 killed'"},
  {"text": "1", "value": 1, "unit": "days", "counted": "day", "source": LEH, "approx": None,
   "note": "'1 day': the duration of the strikes counted above; a duration, no event, no key"},
 ],
 "events": [
  {"actor": "Eva Bartlett", "date": "2008-12-27", "date_text": "last night", "what": "Eva Bartlett and another activist spent the night with the family in Jabaliya",
   "note": "in Eva Bartlett's block quotation ('Another international human rights activist and I spent last night with the family'): the agent is the blogger ('I', named in the post's lead-in as Eva Bartlett) with an unnamed fellow activist, who is not an actor. 'last night' is read against the post's date, Sunday 28 December 2008 -> the night of Saturday 27 December (her blog post is of the same day)"},
 ],
 "actors": [
  {"name": LEH, "type": "person", "aliases": [LEH]},
  {"name": PAR, "type": "group", "aliases": ["My parents", "her parents"]},
  {"name": "Haaretz", "type": "organisation", "aliases": ["Haaretz"]},
  {"name": "Eva Bartlett", "type": "person", "aliases": ["Eva Bartlett"]},
  {"name": "International Solidarity Movement", "type": "organisation", "aliases": ["International Solidarity Movement", "ISM"]},
 ],
 "notes": [
  "Global Voices post of Sunday 28 December 2008, the day after the first Israeli air strikes on Gaza (Saturday 27 December); story gaza_airstrikes_2008 with gv_2008_gaza_airstrikes_bloggers_react (Global Voices, 27 December) and wn_2008_gaza_airstrikes (Wikinews, 27 December, already in real/dev).",
  "Cross-report figures: the dead of Saturday's strikes: Haaretz's 'over 220 killed' and Laila El-Haddad's '200 people' here, '210 and rising' and the blogger's '200 dead' in gv_2008_gaza_airstrikes_bloggers_react share gaza_airstrikes_2008:killed_dec27. The 50 targets (Haaretz, then repeated by the blogger) share gaza_airstrikes_2008:targets_dec27, the 60 warplanes gaza_airstrikes_2008:warplanes_dec27.",
  "Quotes: “targets” is a scare quote (the blogger sets the newspaper's word apart; no one's words are rendered as speech), left out. The block quotations of Laila El-Haddad and Eva Bartlett have no quote marks and are not quotes in the gold sense; their figures and dated acts are theirs. The one quote, 'There is a funeral passing every minute ...', has no attribution in the text: read as her parents' words (see its note); a reader may judge it unattributed.",
  "Not figures: 'one' in 'as one would imagine' (pronoun), 'one attack' ('the aftermath of one attack', a determiner, not a count), 'a number of foreign human rights activists', 'several of their own', 'many places' (vague words without a number), 'every minute' (a rate without a number). The 'ISM' in brackets is the movement's abbreviation, an alias.",
  "Left out of events: 'at the moment' (vague), 'in broad daylight; in the after-school rush' (times of the strike without a date expression), 'hours later' (vague). 'In Gaza' and 'Raising Yousuf and Noor' are blog names, not actors; 'Another international human rights activist' is unnamed and not an actor.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the text against the stored copy ('the the city center', '[…]', the en dashes, curly marks), 'last night' resolved against Sunday 28 December 2008.",
 ],
}
