K = "benghazi_attack_2012:"
C = "Hillary Rodham Clinton"
ANN = {
 "article": "articles/dod_2012_benghazi_clinton_shock_conscience.txt",
 "gold_out": "gold/dod_2012_benghazi_clinton_shock_conscience.json",
 "published": "2012-09-12",
 "quotes": [
  {"text": "shock the conscience of people of all faiths around the world", "speaker": C, "speaker_mention": "Secretary of State Hillary Rodham Clinton", "fragment": True,
   "note": "'The attack ... should “shock the conscience ...,” Secretary of State Hillary Rodham Clinton said here today.': a phrase completing reported speech, so a fragment; the comma before the closing mark dropped"},
  {"text": "All over the world every day, America’s diplomats and development experts risk their lives in the service of our country and our values because they believe that the United States must be a force for peace and progress in the world", "speaker": C, "speaker_mention": "Clinton",
   "note": "'..., Clinton said.' after the quote; comma dropped"},
  {"text": "Alongside our men and women in uniform, they represent the best traditions of a bold and generous nation.", "speaker": C, "speaker_mention": "Clinton",
   "note": "second quote of the paragraph, after 'Clinton said.': a new pair of marks, so a separate quote; speaker by the attribution before it; final '.' kept"},
  {"text": "The world needs more Chris Stevenses", "speaker": C, "speaker_mention": "she",
   "note": "'..., she added.': 'she' = Clinton, named in the sentence before ('..., Clinton said.')"},
  {"text": "clear-eyed, even in our grief.", "speaker": C, "speaker_mention": "Clinton", "fragment": True,
   "note": "'Clinton said Americans must remain “clear-eyed, even in our grief.”': a phrase inside reported speech, a fragment; final '.' inside the mark kept"},
  {"text": "This was an attack by a small and savage group, not the people or government of Libya", "speaker": C, "speaker_mention": "she",
   "note": "'..., she added.': 'she' = Clinton (previous sentence)"},
  {"text": "The mission that drew Chris and Sean and their colleagues to Libya is both noble and necessary", "speaker": C, "speaker_mention": "she",
   "note": "'..., she said.': 'she' = 'the secretary' of the paragraph before, Clinton"},
  {"text": "A free and stable Libya is still in America’s interest and security, and we will not turn our back on that.", "speaker": C, "speaker_mention": "she",
   "note": "second quote of the paragraph, after '..., she said.'; final '.' kept"},
 ],
 "figures": [
  {"quantity": K + "americans_killed", "text": "four", "value": 4, "unit": None, "counted": "Americans killed in the Benghazi attack", "source": C, "approx": None,
   "note": "'The attack in Benghazi, Libya, that resulted in the deaths of four Americans should “shock ...,” Secretary of State Hillary Rodham Clinton said here today.': the number is inside the clause reported as Clinton's ('X ..., Clinton said'), so she is the claimant. Same key as the four dead in the State Department IIP item of 12 September and the DOD item of 13 September"},
 ],
 "events": [
  {"actor": C, "date": "2012-09-12", "date_text": "today", "what": "Clinton said the Benghazi attack should shock the conscience of people of all faiths",
   "note": "'Secretary of State Hillary Rodham Clinton said here today': subject of 'said'; the page's date, Wednesday 12 September 2012"},
 ],
 "actors": [
  {"name": C, "type": "person", "aliases": ["Secretary of State Hillary Rodham Clinton", "Clinton", "the secretary"]},
  {"name": "John Christopher Stevens", "type": "person", "aliases": ["U.S. Ambassador to Libya J. Christopher Stevens", "Stevens"]},
  {"name": "State Department", "type": "organisation", "aliases": ["The State Department"]},
  {"name": "Libyans", "type": "group", "aliases": ["Libyans"]},
  {"name": "United States", "type": "country", "aliases": ["the United States", "The United States"]},
 ],
 "notes": [
  "DoD News story of Wednesday 12 September 2012 (no byline or headline on the stored page; AFPS style 'said here today'), kept from the UNT web archive copy of prhome.defense.gov/NEWS; on Secretary Clinton's remarks at the State Department the day after the attack on the U.S. mission in Benghazi. Story benghazi_attack_2012 with state_2012_benghazi_obama_condemns_attack (State Department IIP, 12 September) and dod_2012_benghazi_security_team_libya (AFPS, 13 September).",
  "Eight quotes, all Clinton's: two fragments inside reported speech, two second quotes of a paragraph after 'Clinton said.' / 'she said.', and four attributed by 'she added' / 'she said' with Clinton named one or two sentences earlier (or as 'the secretary'). 'Chris Stevenses' inside a quote is not an alias of Stevens (a plural, a figure of speech).",
  "Figure: only 'four Americans' (Clinton, key :americans_killed shared with the other two items). Not figures: 'next-of-kin', 'the other Americans' (no number), 'one' does not occur.",
  "Events: 'today' (Clinton's remarks). Left out: 'during the attack' (no date expression); 'The United States will not waver' (future, undated).",
  "Actors: the State Department withholds the names (present progressive, undated), Libyans stood, fought and carried Stevens' body, Stevens risked his life; the United States helped to liberate Libya and 'will not waver'. Sean Smith (killed), Moammar Gadhafi (object) and 'Americans' (told to remain clear-eyed) do not act and are not actors. Canonical names match the other items of the story ('John Christopher Stevens', 'Hillary Rodham Clinton').",
  "Second reading (annotator): whole item re-read against FORMAT.md sections 1-2: eight quote spans against the curly marks (trailing commas dropped, final '.' kept in the three quotes that end with it inside the mark), the 'four' claimant, the 'today' date (12 September 2012 from the page's 'Published' line) and every alias as an exact substring.",
 ],
}
