K = "kuwait_election_boycott_2012:"
OPP = "Kuwaiti opposition groups"
EO = "Kuwaiti election officials"
EMIR = "Sabah al-Ahmad al-Sabah"
ANN = {
 "article": "articles/voa_2012_kuwait_election_boycott_successful.txt",
 "gold_out": "gold/voa_2012_kuwait_election_boycott_successful.json",
 "published": "2012-12-02",
 "quotes": [],
 "figures": [
  {"quantity": K+"turnout_dec1_election", "text": "39 percent", "value": 39, "unit": "%", "counted": "eligible voters participating in Saturday's election (turnout)", "source": EO, "approx": "around",
   "note": "'Election officials said the turnout for Saturday's election was lighter than usual with about 39 percent of eligible voters participating': inside the officials' said-clause, so they claim it; 'about' -> around. The opposition's side of the dispute is a claim of success without a number ('said they have successfully boycotted')"},
  {"quantity": K+"turnout_feb2012_election", "text": "60 percent", "value": 60, "unit": "%", "counted": "turnout for the parliamentary vote earlier this year", "source": None, "approx": "around",
   "note": "'Turnout for a parliamentary vote earlier this year was nearly 60 percent': a new sentence without a cue, so VOA's own voice (not the officials'); 'nearly' -> around. The February 2012 vote, a different quantity from the 1 December turnout"},
  {"text": "50", "value": 50, "unit": None, "counted": "parliament seats of the Gulf emirate", "source": None, "approx": None,
   "note": "'Kuwaitis voted for all 50 of the Gulf emirate's parliament seats': outlet's voice"},
  {"text": "one-third", "value": 1/3, "unit": "share", "counted": "share of the seats won by Shi'ite minority candidates", "source": None, "approx": "around",
   "note": "'Shi'ite minority candidates won about one-third of the seats': outlet's voice; 'about' -> around; 'one-third' -> 1/3, unit share"},
  {"text": "four", "value": 4, "unit": None, "counted": "votes per citizen before the emir's change", "source": None, "approx": None,
   "note": "'to cut the number of votes per citizen from four to one': two figures, the number before and after the cut; outlet's voice"},
  {"text": "one", "value": 1, "unit": None, "counted": "votes per citizen after the emir's change", "source": None, "approx": None, "ctx": "from four to one",
   "note": "see 'four'"},
  {"text": "Tens of thousands", "value": None, "vague": True, "unit": None, "counted": "anti-government protesters who denounced the move", "source": None, "approx": None,
   "note": "vague plural; outlet's voice"},
 ],
 "events": [
  {"actor": None, "date": "2012-12-01", "date_text": "Saturday's", "what": "the parliamentary election (turnout about 39 percent)",
   "note": "'the turnout for Saturday's election': on the noun 'election', no agent: null. Saturday before Sunday 2 December 2012 = 1 December 2012"},
  {"actor": None, "date": "2012", "date_text": "earlier this year", "what": "the earlier parliamentary vote (turnout nearly 60 percent)",
   "note": "'a parliamentary vote earlier this year': on the noun 'vote', no agent: null; 'earlier this year' = the year of the report, 2012 (the vote of February 2012)"},
  {"actor": EMIR, "date": "2012-10", "date_text": "In October", "what": "the emir used emergency powers to cut the number of votes per citizen from four to one",
   "note": "'In October, the emir used emergency powers to cut ...': active 'used', subject 'the emir' (Sheikh Sabah al-Ahmad al-Sabah, named in the paragraph before); October of the report's year, 2012"},
 ],
 "actors": [
  {"name": OPP, "type": "group", "aliases": ["Opposition groups in Kuwait", "The opposition"]},
  {"name": EO, "type": "group", "aliases": ["Election officials"]},
  {"name": "Kuwaiti voters", "type": "group", "aliases": ["Kuwaitis"]},
  {"name": "Shi'ite minority candidates", "type": "group", "aliases": ["Shi'ite minority candidates"]},
  {"name": EMIR, "type": "person", "aliases": ["the Western-backed emir, Sheikh Sabah al-Ahmad al-Sabah", "Sheikh Sabah al-Ahmad al-Sabah", "the emir"]},
  {"name": "al-Sabah family", "type": "group", "aliases": ["The long-ruling al-Sabah family"]},
  {"name": "anti-government protesters", "type": "group", "aliases": ["anti-government protesters"]},
  {"name": "Kuwait", "type": "country", "aliases": ["Kuwait", "the Gulf emirate"]},
 ],
 "notes": [
  "VOA News report of Sunday 2 December 2012 (author box 'VOA News', wire credit kept in the text): Kuwait's opposition says its boycott of the 1 December parliamentary election, held under the emir's new one-vote rule, succeeded; election officials put turnout at about 39 percent against nearly 60 percent in February. Story kuwait_election_boycott_2012 (no other item of it in dev or staging).",
  "Officials by title only: 'Election officials said ...' (turnout); 'the Western-backed emir, Sheikh Sabah al-Ahmad al-Sabah' (long title), then 'the emir'.",
  "Figures: officials' 'about 39 percent' turnout (claimed, key turnout_dec1_election); 'nearly 60 percent' (February turnout, outlet's voice, own key); '50' seats; 'about one-third' (Shi'ite share); 'four' and 'one' votes per citizen; 'Tens of thousands' protesters (vague). The opposition's counter-claim is a success without a number.",
  "No quotes (no quote marks in the text). Not figures: 'ever', 'all' (no number). Not events: 'already controls' (no date).",
  "First reading (annotator): dates against Sunday 2 December 2012 (Saturday = 1 December, 'In October' = 2012-10, 'earlier this year' = 2012); the noun-dated election and vote are null; the October act is the emir's.",
  "Second reading (as checker): claimants re-checked ('about 39 percent' sits inside the officials' said-clause; the next sentence's 'nearly 60 percent' has no cue and stays with the outlet); 'from four to one' gives two figures, 'one' pinned by ctx; 'the Gulf emirate' is the country; the emir's long title and 'the emir' are one actor; 'The opposition' (paragraph 5) and 'Opposition groups in Kuwait' (lead) are one group; aliases checked as exact surface forms.",
 ],
}
