K = "tigray_refugees_sudan_2020:"
U = "UNHCR"
B = "Babar Baloch"
G = "Filippo Grandi"
R = "Ethiopian refugees"
ANN = {
 "article": "articles/voa_2020_tigray_refugees_sudan_top_43000.txt",
 "gold_out": "gold/voa_2020_tigray_refugees_sudan_top_43000.json",
 "published": "2020-11-27",
 "quotes": [
  {"text": "That is why one important service that we humanitarians working with authorities are providing is family tracing services",
   "speaker": B, "speaker_mention": "Baloch", "fragment": False,
   "note": "opened with a curly mark and closed with a straight one, as printed; attribution after the quote ('said Baloch'), comma before the closing mark dropped. Baloch is named two paragraphs up ('UNHCR spokesman Babar Baloch says') and referred to as 'He' and 'he' in the paragraph before"},
  {"text": "We have been able to get some family members reunited but worries are there that many are left behind. And those who are fleeing they talk about the conflict, hearing gunshots. Some have just fled even before in anticipation of the conflict reaching them.",
   "speaker": B, "speaker_mention": "Baloch", "fragment": False,
   "note": "second part of the quotation after 'said Baloch' (straight opening mark, curly closing mark, as printed); final full stop kept"},
 ],
 "figures": [
  {"quantity": K+"crossed_to_sudan", "text": "43,000", "ctx": "Top 43,000", "value": 43000, "unit": None, "counted": "Ethiopian refugees in eastern Sudan", "source": None, "approx": "more than",
   "note": "headline 'Ethiopian Refugees in Eastern Sudan Top 43,000': 'Top' = exceed -> more than; no claimant in the headline (null). Same quantity as 'More than 43,000 Ethiopians have crossed the border into Eastern Sudan this month'"},
  {"quantity": K+"crossed_to_sudan", "text": "43,000", "ctx": "More than 43,000", "value": 43000, "unit": None, "counted": "Ethiopians who have crossed the border into eastern Sudan this month", "source": None, "approx": "more than",
   "note": "'More than 43,000 Ethiopians have crossed ...': a sentence of the outlet with no cue (UNHCR is not named until paragraph 4): null"},
  {"text": "10,000", "value": 10000, "unit": None, "counted": "refugees relocated away from the border inside Sudan", "source": B, "approx": "around",
   "note": "'He tells VOA the UNHCR has helped to relocate nearly 10,000 refugees': 'He' = Babar Baloch of the paragraph before; 'nearly' -> around"},
 ],
 "events": [
  {"actor": R, "date": "2020-11", "date_text": "this month", "what": "more than 43,000 Ethiopians crossed the border into eastern Sudan",
   "note": "'More than 43,000 Ethiopians have crossed the border into Eastern Sudan this month': the expression modifies 'have crossed', whose subject is the Ethiopians (the refugees group); 'this month' = November 2020"},
 ],
 "actors": [
  {"name": U, "type": "organisation", "aliases": ["The UNHCR", "the UNHCR", "UNHCR"]},
  {"name": G, "type": "person", "aliases": ["U.N. High Commissioner for Refugees Filippo Grandi", "Filippo Grandi", "The U.N. refugee chief"]},
  {"name": B, "type": "person", "aliases": ["UNHCR spokesman Babar Baloch", "Babar Baloch", "Baloch"]},
  {"name": R, "type": "group", "aliases": ["Ethiopian Refugees", "Ethiopians", "refugees"]},
  {"name": "Government of Sudan", "type": "organisation", "aliases": ["the Sudanese government", "the government", "officials in Khartoum"]},
  {"name": "Sudan's Commission on Refugees", "type": "organisation", "aliases": ["Sudan’s Commission on Refugees"]},
 ],
 "notes": [
  "VOA report of Friday 27 November 2020 (date inferred, see meta) on UNHCR chief Filippo Grandi's visit to Sudan and the Ethiopian refugees from the Tigray conflict; story tigray_refugees_sudan_2020 (the only item of the story in this folder; no second VOA item of the story was found in the stored pages).",
  "Quotes: one quotation of UNHCR spokesman Babar Baloch split by 'said Baloch' (two quotes), with mixed curly and straight marks as printed; Baloch is named two paragraphs before the quote and by 'He'/'he' in between.",
  "Figures: the headline's 'Top 43,000' and 'More than 43,000' share tigray_refugees_sudan_2020:crossed_to_sudan, both in the outlet's voice (null: no claimant in either sentence). 'nearly 10,000' relocated is Baloch's ('He tells VOA'). Not a figure: 'one important service' inside the quote ('one' of the services, not a count, like 'one united country' in the project's gold).",
  "Events: only 'this month' (the Ethiopians crossed). Not events: the photo caption's 'Nov. 13, 2020' (caption removed), 'even before' (vague).",
  "Actors: 'The U.N. refugee chief' is Grandi; 'officials in Khartoum' whom he meets and 'the government' his agency supports are Sudan's government ('the Sudanese government'); Sudan's Commission on Refugees works with UNHCR (listed; 'local authorities', 'aid agencies' and 'other humanitarian agencies' are not named bodies and are not listed). 'refugees' and 'Ethiopians' are the refugees group, not Ethiopia. Tigray and Khartoum are places.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: quote texts without the marks (trailing comma dropped, final full stop kept), 'Top' and 'More than' -> more than, 'nearly' -> around, 'this month' = 2020-11; the curly apostrophes of 'Ethiopia’s' and 'Sudan’s' kept in the alias; every alias checked as an exact substring.",
 ],
}
