S = "guinea_election_violence_2010"
K = S + ":"
AC = "Alpha Condé"
CD = "Cellou Dalein Diallo"
LJ = "Lejourguinée"
SUP = "Cellou Dalein Diallo's supporters"
GL = "Guinée Libre"
SV = "Survie"
ANN = {
 "article": "articles/gv_2010_guinea_three_days_post_election_violence.txt",
 "gold_out": "gold/gv_2010_guinea_three_days_post_election_violence.json",
 "published": "2010-11-28",
 "quotes": [],
 "figures": [
  {"quantity": K + "days_of_violence", "text": "Three", "value": 3, "unit": "days", "counted": "days of post-election violence", "source": None, "approx": None, "ctx": "Three days",
   "note": "headline 'Three days of post-election violence'; the post's own voice. Same period as the VOA correspondent's 'three days of violence' of 17 November"},
  {"quantity": K + "days_of_violence", "text": "three", "value": 3, "unit": "days", "counted": "days of violence", "source": None, "approx": None, "ctx": "three days of violence resulting",
   "note": "'Guinea experienced three days of violence': the post's voice; repeats the headline's count"},
  {"quantity": K + "dead_since_results", "text": "seven", "value": 7, "unit": None, "counted": "dead", "source": None, "approx": "at least",
   "note": "'three days of violence resulting in at least seven dead, after the declaration of the results': the post's own voice, no claimant -> null. Same quantity as VOA's 'At least three people have been killed in violence since Monday' (17 November, while the violence was going on): the toll of the violence after the results were announced"},
  {"text": "52.52%", "value": 52.52, "unit": "%", "counted": "share of the votes won by Alpha Condé", "source": None, "approx": None,
   "note": "run-off result stated in the post's voice ('The ballot result saw ... with 52.52% of the votes')"},
  {"text": "47.48%", "value": 47.48, "unit": "%", "counted": "share of the votes obtained by Cellou D. Diallo", "source": None, "approx": None,
   "note": "run-off result, the post's voice"},
  {"text": "43.69%", "value": 43.69, "unit": "%", "counted": "share of the first-round votes credited to Cellou Dalein Diallo", "source": LJ, "approx": None,
   "note": "in the post's English translation of Lejourguinée's words ('reported the news agency, Lejourguinée [fr]:' then the French original and the translation): the first-round share is the agency's. The French original's '43,69%' is the same figure in French and is left out (the set annotates English text)"},
  {"text": "18.25%", "value": 18.25, "unit": "%", "counted": "share of the first-round votes credited to Alpha Condé", "source": LJ, "approx": None,
   "note": "as 43.69%: Lejourguinée's figure in the post's translation; the French '18,25%' is left out"},
  {"text": "35%", "value": 35, "unit": "%", "counted": "share of the country's population in the Fulani ethnic group", "source": SUP, "approx": None,
   "note": "'In the words of Cellou Dallein Diallo’s supporters, could all other ethnic groups ... the largest ethnic group (35%) in the country?': the whole question, with its parenthesis, is framed as the supporters' words, so they are the claimant (read literally; the parenthesis may be the author's gloss, but the text attributes the sentence to them)"},
  {"text": "two", "value": 2, "unit": None, "counted": "rounds of the election", "source": SV, "approx": None, "ctx": "the two rounds",
   "note": "'Survie ... hinted that the victory of Alpha Condé was not what Françafrique would want to happen between the two rounds either': a count of the election's rounds inside Survie's reported claim -> Survie"},
 ],
 "events": [
  {"actor": None, "date": "2010-11-08/2010-11-14", "date_text": "In the second week of November", "what": "Guinea experienced three days of violence",
   "note": "'In the second week of November, Guinea experienced three days of violence': a state/experience, no agent -> null. Normalised literally as the second Monday-Sunday week of November 2010 (8-14 November; 1 November 2010 was a Monday), the way 'last week' is an ISO week. (Other reports put the violence on 15-17 November, after the results of Monday 15 November; the gold follows the expression as printed)"},
  {"actor": None, "date": "2010-06-27", "date_text": "on 27th June", "ctx": "took place on 27th June", "what": "first round of the presidential election took place",
   "note": "the first round 'took place on 27th June': an election has no agent -> null; 2010"},
  {"actor": None, "date": "2010-09-19", "date_text": "19th September", "what": "original date of the second round (postponed)",
   "note": "'postponed from its original 19th September date': a date on a noun (the planned run-off date); the passive 'postponed' has no by-agent -> null"},
  {"actor": None, "date": "2010-11-07", "date_text": "on 7th of November", "what": "second round took place",
   "note": "'the second round ... took place on 7th of November': no agent -> null"},
  {"actor": None, "date": "2010-06-27", "date_text": "on 27th June", "ctx": "held on 27th June", "what": "first round held (in Lejourguinée's words, as translated)",
   "note": "in the post's translation of Lejourguinée ('the first round held on 27th June'): a passive participle without agent -> null. The French original's 'le 27 juin' is left out (English text only)"},
  {"actor": GL, "date": "2010-11-17", "date_text": "On November 17th", "what": "the pro-Diallo website Guinée Libre questioned the ethnic cleansing of Fulani voters",
   "note": "'On November 17th the pro-Diallo website Guinée Libre [fr] questioned:': the website is the subject of 'questioned'; 17 November 2010"},
  {"actor": SV, "date": "2010-09-10", "date_text": "after 10th September", "what": "the blog Survie hinted that Condé's victory was not what Françafrique wanted",
   "note": "'The African information blog, Survie [fr], after 10th September, hinted that ...': Survie is the subject of 'hinted'; the expression dates Survie's post to after 10 September 2010 (normalised to the day named, as 'until at least Friday' is to its day)"},
 ],
 "actors": [
  {"name": AC, "type": "person", "aliases": ["long-time opposition leader Alpha Condé", "Alpha Condé"]},
  {"name": CD, "type": "person", "aliases": ["Cellou D. Diallo", "Cellou Dalein Diallo", "Cellou Dallein Diallo"]},
  {"name": LJ, "type": "organisation", "aliases": ["the news agency, Lejourguinée", "Lejourguinée"]},
  {"name": SUP, "type": "group", "aliases": ["Cellou Dallein Diallo’s supporters"]},
  {"name": GL, "type": "organisation", "aliases": ["the pro-Diallo website Guinée Libre", "Guinée Libre"]},
  {"name": SV, "type": "organisation", "aliases": ["The African information blog, Survie", "Survie"]},
 ],
 "notes": [
  "Global Voices post of Sunday 28 November 2010 looking back on the violence that followed the announcement (Monday 15 November) of Alpha Condé's win in Guinea's 7 November run-off; third item of story guinea_election_violence_2010 with the two VOA reports of 17 November (voa_2010_guinea_army_declares_state_of_emergency and voa_2010_guinea_emergency_three_killed_reprint).",
  "Keys across the story: guinea_election_violence_2010:dead_since_results ('at least seven dead' here, the post's voice, against VOA's 'At least three' killed since Monday on 17 November: a toll that rose, or two outlets' counts) and guinea_election_violence_2010:days_of_violence ('Three'/'three days' here and VOA's 'three days of violence').",
  "No quotes in the gold sense: the page has no quote marks; Lejourguinée's and Guinée Libre's words are block quotations without marks (French, then the post's translation), not quotes, but the figures in Lejourguinée's are the agency's. The French originals' figures and dates ('43,69%', '18,25%', 'le 27 juin') are left out: the set annotates English text (as in the Mozambique 2010 Global Voices item).",
  "Not figures: 'the first round', 'the second round', 'premier tour' (ordinals), dates. Bracketed '[fr]', '[étaient]', '[gained]' are the post's language marks and glosses.",
  "'RPG' and 'UFDG' (the candidates' parties, in parentheses) do not act and are not listed; 'Françafrique' is a notion, not an actor; 'he' (Diallo) and 'us' (the post) are not aliases. Diallo's name is printed three ways ('Cellou D. Diallo', 'Cellou Dalein Diallo', 'Cellou Dallein Diallo'), all his aliases; 'Diallo' alone (in 'voted against Diallo', 'pro-Diallo') is left out of the aliases.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2; resolved the dates against Sunday 28 November 2010 (year 2010 for '27th June', '19th September', '10th September'); checked the curly apostrophe in 'Diallo’s supporters', each figure span, each alias as an exact substring and that no surface form belongs to two actors.",
 ],
}
