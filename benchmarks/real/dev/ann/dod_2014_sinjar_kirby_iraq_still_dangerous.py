K = "John Kirby"
T = "U.S. assessment team on Mount Sinjar"
ANN = {
 "article": "articles/dod_2014_sinjar_kirby_iraq_still_dangerous.txt",
 "gold_out": "gold/dod_2014_sinjar_kirby_iraq_still_dangerous.json",
 "published": "2014-08-14",
 "quotes": [
  {"text": "The president has been clear about our limited military objectives in Iraq", "speaker": K, "speaker_mention": "he", "fragment": False,
   "note": "'..., ” he said.': the pronoun refers to 'Navy Rear Adm. John Kirby' of the paragraph before; trailing comma dropped"},
  {"text": "They are, one, to protect American citizens and facilities, two, to provide advice and assistance to Iraqi forces as they battle ISIL; and, three, to join with international partners to address the humanitarian crisis.", "speaker": K, "speaker_mention": "he", "fragment": False,
   "note": "second quote of the paragraph, after the attribution 'he said' of the first (a quote interrupted by its attribution is two quotes); final period kept"},
  {"text": "The only lasting solution is for the Iraqis to come together and form an inclusive government that represents the legitimate interests of all Iraqi citizens and unifies the country in its fight against ISIL.", "speaker": K, "speaker_mention": "The admiral", "fragment": False,
   "note": "a paragraph that is only a quotation, with no attribution of its own: the speaker is the one of the sentence before ('The admiral emphasized that ...'), Kirby; mention 'The admiral' (the first of two, in the previous paragraph)"},
  {"text": "The team assessed that there are far fewer Yazidis trapped on Mount Sinjar than previously feared", "speaker": K, "speaker_mention": "Kirby", "fragment": False,
   "note": "'..., ” Kirby said.'; trailing comma dropped. The quote that followed in the stored copy was cut mid-word and is dropped (see meta edits)"},
 ],
 "figures": [],
 "events": [
  {"actor": K, "date": "2014-08-14", "date_text": "today", "what": "the Pentagon press secretary said the threat on Mount Sinjar has passed but ISIL's remains",
   "note": "'..., the Pentagon press secretary said today.': subject of 'said' (named in the next paragraph as Navy Rear Adm. John Kirby); 'today' in narration = the dateline's Thursday 14 August 2014"},
 ],
 "actors": [
  {"name": K, "type": "person", "aliases": ["the Pentagon press secretary", "Navy Rear Adm. John Kirby", "Kirby", "The admiral"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["President Barack Obama", "The president"]},
  {"name": "U.S. military", "type": "organisation", "aliases": ["The U.S. military"]},
  {"name": "United States", "type": "country", "aliases": ["the United States", "the U.S."]},
  {"name": T, "type": "group", "aliases": ["the team of U.S. service members dispatched to Irbil", "The team"]},
  {"name": "U.S. Agency for International Development", "type": "organisation", "aliases": ["U.S. Agency for International Development"]},
  {"name": "Iraqi forces", "type": "group", "aliases": ["Iraqi forces"]},
 ],
 "notes": [
  "DoD News story by Army Sgt. 1st Class Tyrone C. Marshall Jr. of Thursday 14 August 2014 on Rear Adm. John Kirby's Pentagon briefing that day, kept from a blog that reposts DoD News stories. Story sinjar_us_relief_2014 with dod_2014_sinjar_fifth_airdrop (12 August) and dod_2014_sinjar_assessment_evacuation_less_likely (14 August, on Kirby's statement of 13 August).",
  "Four quotes, all Kirby's, each attributed differently: the speaker is introduced as 'the Pentagon press secretary' (unnamed) in the first paragraph and named 'Navy Rear Adm. John Kirby' in the second; then 'he said' (pronoun) for a quote split in two, a stand-alone quoted paragraph whose speaker is 'The admiral' of the sentence before, and 'Kirby said'.",
  "No figures: 'one', 'two', 'three' in the second quote are enumerators of the objectives (FORMAT: not figures). 'the Yazidi people', 'Iraqi citizens' carry no numbers.",
  "One event: the press secretary 'said today' (14 August 2014). Not events: the dateline 'Aug. 14, 2014'; the team's assessment and Obama's setting of objectives are undated here (the assessment was on 13 August by the companion item).",
  "Actors: 'The president' inside the first quote is Obama (named 'President Barack Obama' in the paragraph before). 'The U.S. military remains ready' is the military; 'the United States continues its efforts' and 'the U.S. cannot provide a military solution' the country. 'the Iraqis' (in the quote) and ISIL (only the object of 'battle' and of 'the threat from') are not listed as actors.",
  "Second reading against FORMAT.md sections 1-2 (whole item re-read): the four quote spans (trailing commas dropped, final periods kept), the mentions 'he' and 'The admiral' resolved to Kirby, the enumerators left out and the 'today' date checked; no change.",
 ],
}
