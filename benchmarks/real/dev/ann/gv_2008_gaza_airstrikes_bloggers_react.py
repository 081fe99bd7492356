BLOG = "No Justice No Peace…The Big Picture"
ANN = {
 "article": "articles/gv_2008_gaza_airstrikes_bloggers_react.txt",
 "gold_out": "gold/gv_2008_gaza_airstrikes_bloggers_react.json",
 "published": "2008-12-27",
 "quotes": [
  {"text": "one of the bloodiest days of the decades-long Middle East conflict.", "speaker": "AFP", "speaker_mention": "the AFP", "fragment": True,
   "note": "'in what the AFP calls “...”': a phrase the news agency used, quoted inside the post's own sentence; the final '.' lies inside the closing mark and is kept"},
 ],
 "figures": [
  {"quantity": "gaza_airstrikes_2008:killed_dec27", "text": "210", "value": 210, "unit": None, "counted": "death toll in Gaza", "source": None, "approx": None,
   "note": "'So far, the death toll in Gaza is at 210 and rising': the post's own voice (the AFP is cited only for the epithet of the sentence before). 'and rising' is not an approximator. Same quantity as the blogger's '200 dead' below, Haaretz's 'over 220 killed' and Laila El-Haddad's '200 people' in gv_2008_gaza_on_the_ground (all the Palestinian dead of the strikes of Saturday 27 December)"},
  {"quantity": "gaza_airstrikes_2008:killed_dec27", "text": "200", "value": 200, "unit": None, "counted": "dead", "source": BLOG, "approx": None,
   "note": "first words of the blogger's block quotation ('200 dead, 750 wounded, and for what?'), introduced by 'No Justice No Peace…The Big Picture ... spoke out:'"},
  {"quantity": "gaza_airstrikes_2008:wounded_dec27", "text": "750", "value": 750, "unit": None, "counted": "wounded", "source": BLOG, "approx": None,
   "note": "in the blogger's block quotation; wounded, not dead: its own key. (Wikinews of the same day, wn_2008_gaza_airstrikes, has the Health Ministry's 'More than 700' injured; that item carries no key)"},
  {"text": "10", "value": 10, "unit": None, "counted": "people killed by Qassam rockets", "source": BLOG, "approx": "less than", "ctx": "< 10 people",
   "note": "'For Qassam rockets which have killed < 10 people in 8 years': '<' is read as 'less than'; a different quantity (Israelis killed by rockets over eight years), no key"},
  {"text": "8", "value": 8, "unit": "years", "counted": "years", "source": BLOG, "approx": None,
   "note": "duration 'in 8 years' in the blogger's block quotation; a duration, so no event"},
 ],
 "events": [
  {"actor": "Israel", "date": "2008-12-27", "date_text": "Today", "what": "Israeli airstrikes hit Gaza",
   "note": "'Today, Israeli airstrikes hit Gaza': the post's own narrative (not speech), dated Saturday 27 December 2008 by the URL; the strikes are Israel's ('Israeli airstrikes'), so Israel is the agent"},
 ],
 "actors": [
  {"name": "Israel", "type": "country", "aliases": ["Israel"]},
  {"name": "Hamas", "type": "organisation", "aliases": ["Hamas"]},
  {"name": "AFP", "type": "organisation", "aliases": ["AFP", "the AFP"]},
  {"name": BLOG, "type": "organisation", "aliases": [BLOG]},
  {"name": "PalestineFreeVoice", "type": "organisation", "aliases": ["PalestineFreeVoice"]},
 ],
 "notes": [
  "Global Voices post of Saturday 27 December 2008, the first day of Israel's air strikes on Gaza; story gaza_airstrikes_2008 with wn_2008_gaza_airstrikes (Wikinews, same day, already in real/dev, no quantity keys) and gv_2008_gaza_on_the_ground (Global Voices, 28 December).",
  "Cross-report figures: the dead of the first day of strikes: '210 and rising' (the post's voice), '200 dead' (the blogger here), 'over 220 killed' (Haaretz headlines, relayed by Laila El-Haddad) and '200 people' (Laila El-Haddad) in gv_2008_gaza_on_the_ground share gaza_airstrikes_2008:killed_dec27. Wounded: '750 wounded' here has its own key gaza_airstrikes_2008:wounded_dec27.",
  "Quotes: only the AFP phrase. “self-defense” in the blogger's block quotation is a scare quote (the blogger mocks the term; no one's words are rendered), left out. The block quotations have no quote marks and are not quotes in the gold sense, but their figures are the blogger's.",
  "Not figures: 'F-16's' (designation), 'decades-long' (no number), 'one of the bloodiest days' (inside the quote, not a count). No event for 'in 8 years' (a duration).",
  "'The Palestinian blogosphere ... is furious' is a state with no date: no event; the blogosphere is not listed as an actor. PalestineFreeVoice acts ('points out ... and reports') without a date or figure in the kept text; its block quotation (dated 'On Saturday noon') was cut mid-word in the stored copy and dropped.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; checked the text against the stored copy (the ellipsis character in the blog's name, '< 10' and 'F-16's' as stored), 'Today' resolved against Saturday 27 December 2008.",
 ],
}
