Z = "Volodymyr Zelenskyy"
ANN = {
 "article": "articles/uapres_2024_biden_phone_call_kharkiv_tv_tower.txt",
 "gold_out": "gold/uapres_2024_biden_phone_call_kharkiv_tv_tower.json",
 "published": "2024-04-22",
 "quotes": [
  {"text": "On behalf of all Ukrainians, I thank you personally, your administration, both parties of the Congress and the entire American nation for the decision that certainly brings our common victory closer. We look forward to the swift completion of this process in the Senate",
   "speaker": Z, "speaker_mention": "Volodymyr Zelenskyy",
   "note": "attribution after the quote by name ('Volodymyr Zelenskyy emphasized'); addressed to Biden ('I thank you personally'), who is not the speaker; trailing comma before the closing mark dropped"},
  {"text": "This has once again accentuated Ukraine's critical need for air defense systems that must reliably shield Ukrainian cities and villages",
   "speaker": Z, "speaker_mention": "the President",
   "note": "attribution by description only ('the President emphasized'); Zelenskyy is 'The Head of State' of the paragraph before; 'the President' is not Biden (Biden is only 'President of the United States Joseph Biden' / 'the President of the United States'); trailing comma dropped"},
  {"text": "The United States is working dynamically to use Russia's frozen assets for the benefit of Ukraine. This will reduce the financial burden on the United States and other partners, as well as limit the aggressor's resources for waging war. We are grateful for this",
   "speaker": Z, "speaker_mention": "the Head of State",
   "note": "attribution by description only ('the Head of State noted'); the quote speaks of the United States in the third person, so the speaker is the Ukrainian side, Zelenskyy; trailing comma dropped"},
 ],
 "figures": [],
 "events": [
  {"actor": None, "date": "2024-04-22", "date_text": "today's", "what": "attack on Kharkiv destroying the TV tower",
   "note": "a date on a noun ('today's attack on Kharkiv'), in the readout's own narration (not inside quote marks), so kept; 'today' = the published day, Monday 22 April 2024 (date line '22 April 2024 - 20:57'). The text does not say who attacked (Russia is named only inside the third quote, about frozen assets), so the actor is null by the literal rule for dated nouns"},
  {"actor": None, "date": "2024-07", "date_text": "in July 2024", "what": "NATO Anniversary Summit in Washington",
   "note": "dates the planned summit, a noun with no agent in the text (the parties only discussed preparations for it, without a date on 'discussed'); month only"},
 ],
 "actors": [
  {"name": Z, "type": "person", "aliases": ["President of Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "The President of Ukraine", "The Head of State", "the Head of State", "the President"]},
  {"name": "Joseph Biden", "type": "person", "aliases": ["President of the United States Joseph Biden", "the President of the United States"]},
  {"name": "United States", "type": "country", "aliases": ["The United States", "the United States", "U.S."]},
  {"name": "Ukraine", "type": "country", "aliases": ["Ukraine"]},
  {"name": "Russia", "type": "country", "aliases": ["Russia", "the aggressor"]},
 ],
 "notes": [
  "President of Ukraine readout of Zelenskyy's phone call with US President Biden on Monday 22 April 2024, two days after the US House passed the Ukraine aid bill and hours after the Russian strike that broke Kharkiv's TV tower; story zelenskyy_biden_call_apr2024 (only item of the story here).",
  "Three quotes, all Zelenskyy's: one attributed by name after the quote ('Volodymyr Zelenskyy emphasized'), two by description only ('the President emphasized', 'the Head of State noted'). Hard case: two presidents are in the text; 'the President' alone is Zelenskyy here (Biden is always 'President of the United States ...'), and the third quote talks about the United States in the third person.",
  "No figures: the kept text has no number tokens ('2024' in 'July 2024' is a year; 'both parties', 'joint', 'inaugural' are not counts).",
  "Two events: 'today's' (dated noun, attack on Kharkiv, agent not stated in the text -> null) and 'in July 2024' (NATO Anniversary Summit, no agent). The phone call itself carries no date expression in the kept text (the removed date line gives the published date).",
  "Actors: Zelenskyy and Biden (the call); the United States ('is working dynamically to use Russia's frozen assets', 'U.S. participation'); Ukraine (its 'use of long-range weapons'); Russia ('the aggressor's resources for waging war'). The Congress, the Senate, the American nation, 'international partners' and the Air Force Capability Coalition do not act in the text and are left out; Kharkiv and Washington are places.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: three straight-quoted spans, trailing commas dropped, no nested or scare quotes; no number tokens; two date expressions, both checked against the published date 2024-04-22; every alias an exact substring and none shared ('the President' vs 'the President of the United States' are distinct forms of two actors); no change.",
 ],
}
