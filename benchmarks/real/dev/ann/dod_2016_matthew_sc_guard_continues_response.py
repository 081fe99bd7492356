ROB = "David Roberts"
JON = "Jeffrey Jones"
SCNG = "South Carolina National Guard"
ANN = {
 "article": "articles/dod_2016_matthew_sc_guard_continues_response.txt",
 "gold_out": "gold/dod_2016_matthew_sc_guard_continues_response.json",
 "published": "2016-10-10",
 "quotes": [
  {"text": "When the storm was over, we woke up that morning and they put us on the road", "speaker": ROB, "kind": "direct", "fragment": False, "speaker_mention": "Army Staff Sgt. David Roberts",
   "note": "'\"...,\" said Army Staff Sgt. David Roberts, 125th Engineer Company section leader ...': attribution after the quote; trailing comma dropped"},
  {"text": "There's a lot of debris, but we can go over just about any obstacle [or can] go through it, cut through it or knock it out of the way", "speaker": ROB, "kind": "direct", "fragment": False, "speaker_mention": "Roberts",
   "note": "'\"...,\" Roberts said. \"...\"': the first of two quotes around one attribution; trailing comma dropped, the editor's bracketed '[or can]' kept as printed inside the marks"},
  {"text": "We're just trying to make the roads as passible as possible.", "speaker": ROB, "kind": "direct", "fragment": False, "speaker_mention": "Roberts",
   "note": "second quote after 'Roberts said.': no attribution of its own, the speaker is the one named just before it; final period kept; 'passible' as printed"},
  {"text": "We were thinking ahead this year", "speaker": JON, "kind": "direct", "fragment": False, "speaker_mention": "he",
   "note": "'Army Col. Jeffrey Jones, ... said these assets were in place because ... \"We were thinking ahead this year,\" he said.': pronoun attribution, 'he' = Jones named in the sentence before; trailing comma dropped"},
  {"text": "We anticipated the needs, and we're responding to the needs of the citizens in a timely manner.", "speaker": JON, "kind": "direct", "fragment": False, "speaker_mention": "he",
   "note": "continues after '\"...,\" he said.' with no attribution of its own: still Jones; final period kept"},
 ],
 "figures": [],
 "events": [
  {"actor": SCNG, "date": "2016-10-09", "date_text": "yesterday", "what": "the South Carolina National Guard responded to missions along the coast, clearing roads",
   "note": "'The South Carolina National Guard responded to missions along the state's coastal region yesterday ...': active, the Guard is the agent. Yesterday of Monday 10 October 2016 (dateline) = Sunday 9 October; the Guard's own version of the story says 'Oct. 9, 2016'. The dateline 'Oct. 10, 2016' itself is not an event (datelines are left out)"},
  {"actor": None, "date": "2016-10-03/2016-10-09", "date_text": "earlier in the week", "what": "soldiers were staged in the Hilton Head area as Hurricane Matthew was monitored",
   "note": "'Soldiers had been staged in the Hilton Head area earlier in the week as Hurricane Matthew was monitored, Roberts added.': passive without a by-agent -> null (Roberts reports it; he is not the agent). The week is that of the storm, before it passed (Matthew passed the South Carolina coast on 8 October): Monday 3 - Sunday 9 October 2016. The text is dated Monday 10 October, so the mechanical 'this week' (10-16 October) would put the staging after the storm; the staging preceded the storm's passage, so the week meant is the storm's week, 3-9 October"},
  {"actor": None, "date": "2015-10", "date_text": "October 2015", "what": "floods in South Carolina demonstrated the importance of pre-positioned assets",
   "note": "'these assets were in place because floods in October 2015 demonstrated their importance': a date on a noun (the floods, weather): no agent"},
  {"actor": SCNG, "date": "2016", "date_text": "this year", "what": "the Guard was thinking ahead (pre-positioning assets)",
   "note": "in Jones's quotation '\"We were thinking ahead this year,\" he said.': the year dates the planning the quote reports (quotes count when they date an event); 'We' is Jones, 218th Maneuver Enhancement Brigade commander, speaking for the South Carolina National Guard whose assets 'were in place' (the sentence before); 2016, the year of the report"},
 ],
 "actors": [
  {"name": ROB, "type": "person", "aliases": ["Army Staff Sgt. David Roberts", "Roberts"]},
  {"name": JON, "type": "person", "aliases": ["Army Col. Jeffrey Jones", "218th Maneuver Enhancement Brigade commander"]},
  {"name": SCNG, "type": "organisation", "aliases": ["The South Carolina National Guard"]},
  {"name": "125th Engineer Company", "type": "organisation", "aliases": ["125th Engineer Company", "The engineer company"]},
 ],
 "notes": [
  "American Forces Press Service (DoD News) story of Monday 10 October 2016 by Army Capt. Jessica Donnelly, 108th Public Affairs Detachment, kept from GlobalSecurity.org's copy; the last paragraph (cut mid-word in the stored copy, with the count of about 2,800 South Carolina Guard soldiers and airmen activated) is dropped. Story hurricane_matthew_us_2016 with the two 5 October versions of the Guard story (dod_2016_matthew_guard_called_up_four_states, dod_2016_matthew_guard_assists_northcom).",
  "Quotes: three by Roberts (named in the same sentence, then 'Roberts said.' with a second quote following the attribution) and two by Jones ('he said', Jones named in the sentence before; the second follows the attribution). 'Roberts added' and '..., he said' in the paragraph after the first quote are reported speech without marks.",
  "No figures in the kept text: '125th' and '218th' are unit designations (ordinals), 'Oct. 10, 2016' and 'October 2015' are dates, 'a lot' is no number. The dropped last paragraph held the text's only count.",
  "Events: 'yesterday' (the Guard responded, 9 October), 'earlier in the week' (staging, passive, null; week of 3-9 October, see its note), 'October 2015' (the floods, null) and 'this year' inside Jones's quote (the Guard's planning). Left out: the dateline 'Oct. 10, 2016'; 'that morning' in Roberts's first quote (the morning after the storm, anaphoric, no date given); 'as soon as the storm passed' and 'When the storm was over' (anchored on events, not dates).",
  "Actors: Roberts, Jones (his title '218th Maneuver Enhancement Brigade commander' listed as a form), the South Carolina National Guard and the 125th Engineer Company ('The engineer company is working to clear the roads'). 'Soldiers', 'citizens' and 'Other engineer units' are bare nouns, not listed; the towns are places.",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2: the five quote spans (trailing commas dropped, final periods kept, bracketed '[or can]' inside), their speakers (Roberts by name, Jones by 'he'), that no number token is a figure, 10 October 2016 = Monday (yesterday = Sunday 9 October), the four date expressions and the ones left out, every alias an exact substring used by one actor only; no change.",
 ],
}
