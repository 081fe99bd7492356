N = "Edward Natapei"
ANN = {
 "article": "articles/wn_2010_vanuatu_pm_ousted_no_confidence.txt",
 "gold_out": "gold/wn_2010_vanuatu_pm_ousted_no_confidence.json",
 "published": "2010-12-02",
 "quotes": [],
 "figures": [
  {"text": "30", "value": 30, "unit": None, "counted": "votes for the motion of no confidence", "source": None, "approx": None,
   "note": "'the vote, passed at 30 votes to 15': outlet's voice"},
  {"text": "15", "value": 15, "unit": None, "counted": "votes against the motion", "source": None, "approx": None, "ctx": "to 15",
   "note": "elliptical: the noun 'votes' is printed after 30 only"},
  {"text": "five", "value": 5, "unit": None, "counted": "members of parliament Natapei tried to suspend", "source": None, "approx": None},
 ],
 "events": [
  {"actor": None, "date": "2009", "date_text": "In 2009", "what": "Natapei lost his post after failing to notify parliament that he had left the country",
   "note": "'In 2009, he lost his post': Natapei underwent the loss; the text does not say who removed him (the Speaker's ruling is not mentioned), so no agent"},
  {"actor": N, "date": "2008", "date_text": "in 2008", "what": "Natapei took the post of prime minister",
   "note": "'Natapei took the post of prime minister in 2008': active verb, Natapei is the agent"},
 ],
 "actors": [
  {"name": N, "type": "person", "aliases": ["Edward Natapei", "Natapei", "The prime minister of Vanuatu"]},
  {"name": "Parliament of Vanuatu", "type": "organisation", "aliases": ["parliament"]},
  {"name": "Sato Kilman", "type": "person", "aliases": ["Sato Kilman", "the deputy prime minister"]},
  {"name": "Frank Bainimarama", "type": "person", "aliases": ["Frank Bainimarama", "Bainimarama", "the military leader of Fiji"]},
 ],
 "notes": [
  "Wikinews report on the ousting of Vanuatu's prime minister Edward Natapei in a no-confidence vote of Thursday 2 December 2010 (not dated in the text); the page prints no date, see the meta file's published_evidence. Story vanuatu_no_confidence_2010 (single item).",
  "No quote marks. Figures are in the outlet's voice: the 30-15 vote and the five MPs Natapei tried to suspend. Not figures: 'several members of parliament' ('several' is not a number word in this set's convention), 'the first time' (ordinal), '2008', '2009' (years).",
  "Events: only the two years are date expressions. 'at the time of the vote' and 'at the time' are not date expressions (they refer to other events, not to a date). The dates of the vote, the Cancun summit and Kilman's swearing-in are not printed, so they give no events.",
  "'In 2009, he lost his post' is given a null actor: losing a post is undergone, and the text names no one who removed him. 'Sato Kilman ... has been sworn in' has no date.",
  "Second careful read done by the annotator against FORMAT.md: the three counts, the elliptical '15', the two year events (agent only for the active 'took the post'), and that no surface form is shared between actors ('the deputy prime minister' is Kilman; 'The prime minister of Vanuatu' is Natapei).",
 ],
}
