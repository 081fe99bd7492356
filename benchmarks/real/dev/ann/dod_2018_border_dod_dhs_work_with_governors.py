TR = "Donald J. Trump"
NIE = "Kirstjen M. Nielsen"
WH = "Dana W. White"
ANN = {
 "article": "articles/dod_2018_border_dod_dhs_work_with_governors.txt",
 "gold_out": "gold/dod_2018_border_dod_dhs_work_with_governors.json",
 "published": "2018-04-04",
 "quotes": [
  {"text": "We are working with the Department of Homeland Security to enhance the support we provide to the DHS border security mission", "speaker": WH, "speaker_mention": "White",
   "note": "from White's statement introduced in the paragraph before ('In a statement, chief Pentagon spokesperson Dana W. White ...'); quote first, then 'White said'; comma before the closing mark dropped"},
  {"text": "We look forward to continuing our partnership with DHS to ensure the defense of our nation and security of the American people.", "speaker": WH, "speaker_mention": "White",
   "note": "second quote of the paragraph, after 'White said.': the statement continues, no attribution of its own; final '.' kept"},
  {"text": "We continue to see unacceptable levels of illegal drugs, dangerous gang activity, transnational criminal organizations and illegal immigration flow across our border", "speaker": NIE, "speaker_mention": "she",
   "note": "'she said' after the quote; 'she' = Nielsen, named in the paragraph before ('Nielsen said the deployment is aimed at ...')"},
  {"text": "We do hope that the deployment begins immediately", "speaker": NIE, "speaker_mention": "she",
   "note": "'she said' after the quote; 'she' = Nielsen, named in the paragraph before ('Border security is national security, Nielsen said.'); comma before the closing mark dropped"},
  {"text": "Until we can have a wall and proper security, we're going to be guarding our border with the military", "speaker": TR, "speaker_mention": "he",
   "note": "'he said' after the quote; 'he' = Trump, subject of the sentence before ('At the White House April 4, Trump said he wants ...')"},
 ],
 "figures": [],
 "events": [
  {"actor": NIE, "date": "2018-04-04", "date_text": "April 4", "ctx": "official said April 4", "what": "a top official (Nielsen) said Trump had directed the departments to deploy Guard troops to the border",
   "note": "'..., a top official said April 4': the date modifies 'said'; the unnamed 'top official' is identified in the next sentence as Homeland Security Secretary Kirstjen M. Nielsen, who spoke to reporters at the White House (and 'she said' continues her account), so the actor is Nielsen. Trump's directing is not dated by this expression"},
  {"actor": TR, "date": "2018-04-04", "date_text": "later that day", "what": "Trump would issue a proclamation on the matter",
   "note": "'Trump would issue a proclamation later that day on the matter, she said': the day of Nielsen's briefing, 4 April 2018 (\"later in the day\" = the day of the sentence it follows); Trump is the agent of 'issue'; the saying is Nielsen's"},
  {"actor": TR, "date": "2018-04-04", "date_text": "April 4", "ctx": "White House April 4", "what": "Trump said at the White House he wants to use the military to secure the border",
   "note": "'At the White House April 4, Trump said ...': Trump is the subject of the dated verb"},
 ],
 "actors": [
  {"name": TR, "type": "person", "aliases": ["President Donald J. Trump", "Trump"]},
  {"name": NIE, "type": "person", "aliases": ["Homeland Security Secretary Kirstjen M. Nielsen", "Nielsen", "a top official"]},
  {"name": WH, "type": "person", "aliases": ["chief Pentagon spokesperson Dana W. White", "White"]},
  {"name": "Department of Homeland Security", "type": "organisation", "aliases": ["Department of Homeland Security", "DHS"]},
  {"name": "Defense Department", "type": "organisation", "aliases": ["Department of Defense", "The Defense Department"]},
 ],
 "notes": [
  "DOD News story of Wednesday 4 April 2018 (published on jcs.mil) on Nielsen's White House briefing; story guard_border_deployment_2018 with dod_2018_border_guard_troops_deploy (7 April), dod_2018_border_dod_dhs_outline_guard_role (16 April) and dod_2018_border_lengyel_965_troops (17 April).",
  "No figures: the stored copy has no number that counts or measures ('April 4' twice is a date).",
  "Speakers named away from their quotes: White's two quotes follow the paragraph that introduces his statement; Nielsen's two quotes have 'she said' with her name one paragraph up; Trump's quote has 'he said' with his name earlier in the same paragraph. 'a top official' in the lede is Nielsen (listed as her alias).",
  "Not events: 'immediately' inside the quote and 'has long supported' are not date expressions. 'the Defense and Homeland Security departments' (joint mention) are the objects of Trump's directing and are not a separate actor.",
  "Second reading against FORMAT.md (whole item re-read): five quote spans (straight quote marks as printed), trailing commas dropped and the final '.' of the second quote kept, pronoun speakers resolved, three dated events (all 2018-04-04) checked; no change.",
 ],
}
