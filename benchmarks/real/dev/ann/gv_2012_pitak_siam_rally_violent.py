K = "pitak_siam_rally_2012:"
PS = "Pitak Siam"
PR = "Pitak Siam protesters"
POL = "Thai police"
BK = "Boonlert Kaewprasit"
SS = "Saksith Saiyasombut"
ANN = {
 "article": "articles/gv_2012_pitak_siam_rally_violent.txt",
 "gold_out": "gold/gv_2012_pitak_siam_rally_violent.json",
 "published": "2012-11-25",
 "quotes": [],
 "figures": [
  {"text": "50,000", "value": 50000, "unit": None, "counted": "anti-government protesters the group needed in order to carry on", "source": PS, "approx": "more than",
   "note": "inside Saiyasombut's block quotation, but the number is the group's own condition: 'The group has earlier stated to carry on when there are more than 50,000 anti-government protesters' -> Pitak Siam claims it. A threshold, not a turnout: no key"},
  {"quantity": K+"turnout", "text": "30,000", "value": 30000, "unit": None, "counted": "people at the rally (highest realistic estimation)", "source": SS, "approx": "around",
   "note": "'the highest realistic estimation was about at 30,000 people': no other claimant is named for this estimate, which is given in Saiyasombut's own block quotation (his liveblog), so he claims it; 'about' -> around"},
  {"quantity": K+"turnout", "text": "20,000", "value": 20000, "unit": None, "counted": "people at the rally by the police count", "source": POL, "approx": "up to",
   "note": "'whereas police didn’t even more than 20,000' (a verb is missing as printed): the police put the crowd at no more than 20,000 -> police claim it, 'up to'. Shares the turnout key with the 30,000 here and the '20,000' of gv_2012_pitak_siam_protest_failed"},
 ],
 "events": [
  {"actor": PR + " and " + POL, "date": "2012-11-24", "date_text": "on November 24, 2012, Saturday", "what": "protesters clashed with the police in Bangkok; the rally turned violent",
   "note": "the date closes the clause 'as protesters clashed with the police in Bangkok': a clash of two sides, written as a joint actor (as 'X and police ... clashed' elsewhere in the set); 24 November 2012 was a Saturday, as printed"},
  {"actor": None, "date": "2012-11-24", "date_text": "late in the afternoon", "what": "the rally ended (for lack of people, as Saiyasombut believes)",
   "note": "'He believes the rally ended late in the afternoon because it failed to gather enough warm bodies': the rally is the subject of 'ended', no agent in the clause; the afternoon is that of the rally day (24 Nov), not of the publication day"},
  {"actor": BK, "date": "2012-11-24", "date_text": "at 5.20pm", "what": "Boonlert went on stage and called off the rally",
   "note": "'The Pitak Siam rally ended prematurely at 5.20pm, when the group leader General Boonlert Kaewprasit went on stage and called it off': the time is glossed by the when-clause, whose agent (the one who ended the rally) is Boonlert. A time of day on the rally day"},
  {"actor": None, "date": "2012-11-24", "date_text": "during the afternoon", "what": "the group's estimation of more than 50,000 fell short",
   "note": "a state ('has fallen short'), no agent"},
 ],
 "actors": [
  {"name": PS, "type": "group", "aliases": ["Pitak Siam", "The group"]},
  {"name": PR, "type": "group", "aliases": ["protesters", "the crowd"]},
  {"name": POL, "type": "organisation", "aliases": ["the police", "Police", "police"]},
  {"name": BK, "type": "person", "aliases": ["the group leader General Boonlert Kaewprasit", "General Boonlert Kaewprasit"]},
  {"name": SS, "type": "person", "aliases": ["Saksith Saiyasombut of Siam Voices", "Saksith Saiyasombut"]},
  {"name": "@bkkbase", "type": "person", "aliases": ["@bkkbase"]},
 ],
 "notes": [
  "Global Voices post of Sunday 25 November 2012 on the Pitak Siam rally of Saturday 24 November in Bangkok; story pitak_siam_rally_2012 with gv_2012_pitak_siam_protest_failed (14 December).",
  "No quotes in the gold sense: “protect Thailand” is the English gloss of the group's name (a name in quote marks); Saiyasombut's liveblog (two paragraphs) and the @bkkbase tweet are block quotations without quote marks. Their words are still claims: the 30,000 estimate is Saiyasombut's, the 50,000 condition the group's ('The group has earlier stated'), the 20,000 the police's.",
  "Turnout figures that disagree share pitak_siam_rally_2012:turnout: about 30,000 (Saiyasombut's highest realistic estimate), no more than 20,000 (police) and, in the 14 December item, 'only 20,000' (narration). The 50,000 is a threshold, and the one million of the later item a target: neither is a turnout.",
  "All four date expressions point to the rally day, 24 November 2012 (a day before publication): the clash, the end of the rally 'late in the afternoon' and 'at 5.20pm', and 'during the afternoon'. 'today' inside the @bkkbase tweet is speech and is left out; 'earlier' ('has earlier stated') is vague.",
  "'Pitak Siam protesters' (aliases 'protesters', 'the crowd') is kept apart from the organisation Pitak Siam ('Pitak Siam', 'The group'); 'the anti-government rally' and 'the Yingluck government' are not actors (Yingluck does not act in the text). 'They accused the Yingluck government ...' has no date.",
  "second reading (annotator): checked that no span in quote marks renders speech; approximators ('more than 50,000', 'about at 30,000' -> around, 'didn’t even more than 20,000' -> up to); the 5.20pm time and 'Saturday' match 24 Nov 2012.",
 ],
}
