MR = "Matthew Rycroft"
K = "aleppo_2016:"
ANN = {
 "article": "articles/govuk_2016_rycroft_aleppo_300000_besieged.txt",
 "gold_out": "gold/govuk_2016_rycroft_aleppo_300000_besieged.json",
 "published": "2016-07-25",
 "quotes": [],
 "figures": [
  {"quantity": K+"besieged_eastern_aleppo_july", "text": "300,000", "value": 300000, "unit": None, "counted": "people effectively besieged in eastern Aleppo City", "source": MR, "approx": None,
   "note": "headline: GOV.UK titles the statement with Rycroft's own sentences (no quote marks), so the claimant is Rycroft; the same count as the body's 'Three hundred thousand people are now effectively besieged' (same key)"},
  {"text": "hundreds", "ctx": "hundreds of civilians", "value": None, "vague": True, "unit": None, "counted": "civilians being killed and injured in attacks from the air and ground", "source": MR, "approx": None},
  {"text": "hundreds of thousands", "value": None, "vague": True, "unit": None, "counted": "people now suffering in an ever expanding humanitarian crisis", "source": MR, "approx": None,
   "note": "'hundreds of thousands more are now suffering': one vague figure (the whole span), distinct from the 'hundreds' killed and injured before it"},
  {"quantity": K+"besieged_eastern_aleppo_july", "text": "Three hundred thousand", "value": 300000, "unit": None, "counted": "people now effectively besieged in eastern Aleppo City", "source": MR, "approx": None,
   "note": "'As we have just heard, eastern Aleppo City is now encircled by the regime. The Castello road ... is cut off. Three hundred thousand people are now effectively besieged.': 'As we have just heard' (O'Brien's briefing, not named in that sentence) attaches to the encirclement two sentences earlier; the number is stated in the speaker's own voice, so Rycroft (as Woodward's '7 million' in govuk_2022_unsc_half_million_fled). A reader could credit O'Brien's briefing, which gave 200,000-300,000 at risk of siege"},
  {"text": "12", "value": 12, "unit": "years", "counted": "age of Ola, a child who starved to death in Madaya", "source": MR, "approx": None,
   "note": "'Children like Ola, only 12 years old': an age"},
  {"text": "64", "value": 64, "unit": None, "counted": "others (in Madaya) who suffered the same fate, starving to death", "source": "Syrian American Medical Society", "approx": None,
   "note": "'The Syrian American Medical Society report that 64 others suffered the same horrific fate': the society is named as the claimant"},
  {"quantity": K+"besieged_eastern_aleppo_july", "text": "three hundred thousand", "ctx": "three hundred thousand reasons", "value": 300000, "unit": None, "counted": "reasons why we cannot afford to fail", "source": MR, "approx": None,
   "note": "'There are three hundred thousand reasons why we cannot afford to fail': rhetorical, but it restates the number of besieged people (each a reason), so it is the same quantity as the headline's 300,000 and the body's 'Three hundred thousand' (same key)"},
 ],
 "events": [
  {"actor": "UN Security Council", "date": "2016-01", "date_text": "Only six months ago", "what": "the Council held an emergency briefing on the siege of Madaya",
   "note": "'Only six months ago, we held an emergency briefing on the siege of Madaya': 'we' are the members of the Council Rycroft addresses ('each and every member of this Council'), so the agent is the Security Council; six months before 25 July 2016 = January 2016 (the Council's emergency meeting on Madaya was in mid-January 2016), normalised to the month like 'Nine years ago' to a year. 'six' is part of a relative date, not a figure"},
 ],
 "actors": [
  {"name": MR, "type": "person", "aliases": ["Ambassador Matthew Rycroft"]},
  {"name": "Stephen O'Brien", "type": "person", "aliases": ["Stephen"]},
  {"name": "UN Security Council", "type": "organisation", "aliases": ["the UN Security Council", "this Council"]},
  {"name": "Asad regime", "type": "group", "aliases": ["the regime"]},
  {"name": "Syrian American Medical Society", "type": "organisation", "aliases": ["The Syrian American Medical Society"]},
 ],
 "notes": [
  "GOV.UK: statement by Ambassador Matthew Rycroft, UK Permanent Representative to the UN, at the Security Council's open briefing on Syria by Stephen O'Brien of Monday 25 July 2016 (date inferred, see meta). Story aleppo_2016 with govuk_2016_rycroft_aleppo_barbarity (4 May 2016) and govuk_2016_johnson_aleppo_un_access (23 December 2016).",
  "Speech convention: every sentence after the standfirst is Rycroft's, printed without quote marks: no quotes (the headline is his sentence without marks). Figures in his own voice are sourced to him; the 64 to the Syrian American Medical Society ('report that').",
  "Key aleppo_2016:besieged_eastern_aleppo_july: the headline's '300,000', the body's 'Three hundred thousand' and the rhetorical 'three hundred thousand reasons' all state the number of people besieged in eastern Aleppo at the end of July 2016. No other item of the story states this quantity.",
  "Events: only 'Only six months ago' (the Madaya briefing, agent the Council, 'we'). Left out: 'today' twice ('open session today', 'the horrors described today', bare 'today' inside speech), 'now' (vague), 'this before', 'what happens next'.",
  "Not figures: 'six' in 'six months ago' (a relative date), 'each and every member' (no number). The ellipses ('...', '…', '….') are printed as in the stored copy.",
  "Actors: Rycroft; Stephen O'Brien (addressed as 'Stephen', he gave the 'sobering briefing'; named fully only in the meta); the Security Council ('this Council', 'the UN Security Council' in the standfirst; agent of the Madaya briefing); the Asad regime ('the regime': encircled eastern Aleppo, ignored requests to evacuate Ola); the Syrian American Medical Society (claimant). Not listed: 'Mr President' (unnamed), Ola and her family (victims, they do not act or speak), 'the world'.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2 and the stored copy: every number token checked (300,000; hundreds; hundreds of thousands; Three hundred thousand; six (date); 12; 64; three hundred thousand), ctx of 'hundreds' and of the lower-case 'three hundred thousand', 25 July 2016 = Monday, January 2016 for 'six months ago', aliases exact and unshared; no change.",
 ],
}
