S = "ukraine_humanitarian_crisis_un_2022:"
NP = "Ned Price"
RA = "Russian authorities"
ANN = {
 "article": "articles/state_2022_price_briefing_2_5_million_fled.txt",
 "gold_out": "gold/state_2022_price_briefing_2_5_million_fled.json",
 "published": "2022-03-11",
 "quotes": [],
 "figures": [
  {"text": "One", "ctx": "One item at the top", "value": 1, "unit": None, "counted": "item at the top", "source": NP, "approx": None,
   "note": "'One item at the top and then I will take your questions': a numeral counting the announcements Price makes (as 'one loss to suicide' in dod_2024_singh_suicide_report_briefing); in his turn, so claimed by him"},
  {"quantity": S+"refugees_fled_ukraine", "text": "2.5 million", "value": 2.5e6, "unit": None, "counted": "people who have fled the country", "source": NP, "approx": "more than",
   "note": "'More than 2.5 million people have fled the country, seeking refuge from this needless war': 'the country' is Ukraine; Price's turn (transcript convention: the speaker claims the figure). Same quantity as the 1.7 million (UK at the UN, 8 March) and half a million of the story, the 'more than one million' of 3 March (state_2022_thomas_greenfield_one_million_fled) and the 'more than three million refugees' of 15 March (state_2022_ukraine_aid_186_million_three_million_refugees): a running total of people who fled Ukraine since 24 February"},
  {"text": "14,000", "value": 14000, "unit": None, "counted": "anti-war protestors detained by Russian authorities", "source": "NGOs", "approx": "around",
   "note": "'NGOs report that Russian authorities have detained nearly 14,000 anti-war protestors': the claimant named in the sentence is 'NGOs' (reporting verb 'report'), not Price; 'nearly' -> around"},
  {"text": "12", "value": 12, "unit": None, "counted": "members of the Russian Duma designated", "source": NP, "approx": None,
   "note": "'We are also designating 12 members of the Russian Duma': Price's turn, so claimed by him"},
 ],
 "events": [
  {"actor": NP, "date": "2022-03-11", "date_text": "March 11, 2022", "what": "Department press briefing",
   "note": "date in line 1 (rebuilt from the page address, see meta edits); dates the briefing given by the spokesperson, as 'June 1, 2016' in state_2016_kirby_syria_aid_briefing and 'April 13, 2022' in state_2022_ukraine_drawdown_briefing"},
  {"actor": RA, "date": "2022-02", "date_text": "since late last month", "what": "Russian authorities have detained anti-war protestors (from then on)",
   "note": "'Russian authorities have detained nearly 14,000 anti-war protestors since late last month': the expression modifies 'have detained', subject Russian authorities; 'last month' from Friday 11 March 2022 = February 2022 ('late' is a part of the month, normalised to the month as 'in early August')"},
  {"actor": RA, "date": "2022-02-24", "date_text": "since February 24th", "what": "Russian authorities have detained anti-war protestors (from then on)",
   "note": "Price restates 'since late last month' as 'since February 24th': a second date expression for the same detentions, one event each; year 2022 from the briefing date"},
 ],
 "actors": [
  {"name": NP, "type": "person", "aliases": ["MR PRICE"]},
  {"name": "Vladimir Putin", "type": "person", "aliases": ["President Putin", "Putin"]},
  {"name": "NGOs", "type": "group", "aliases": ["NGOs"]},
  {"name": RA, "type": "organisation", "aliases": ["Russian authorities"]},
  {"name": "United States", "type": "country", "aliases": ["The United States"]},
  {"name": "G7 partners", "type": "group", "aliases": ["our G7 partners"]},
  {"name": "members of the Russian Duma", "type": "group", "aliases": ["members of the Russian Duma"]},
  {"name": "US Department of Commerce", "type": "organisation", "aliases": ["The Department of Commerce"]},
 ],
 "notes": [
  "State Department press briefing of Friday 11 March 2022 by spokesperson Ned Price (his opening statement on Russia's war against Ukraine: refugees, detained protesters, new G7 measures, Duma designations, Commerce export controls), from the stored state.gov page; the headline is rebuilt from the page address (meta edits). Story ukraine_humanitarian_crisis_un_2022 (the humanitarian crisis after the 24 February invasion), with state_2022_thomas_greenfield_one_million_fled (3 March) and state_2022_ukraine_aid_186_million_three_million_refugees (15 March) of this folder and the GOV.UK items of that story in real/dev.",
  "Transcript: Price's turn is labelled 'MR PRICE:' and printed without quote marks, so no quotes ('so-called Donetsk and Luhansk People’s Republics' has no marks). Figures in his turn are claimed by Price, except the 14,000 detained, which 'NGOs report'.",
  "Key ukraine_humanitarian_crisis_un_2022:refugees_fled_ukraine (the key of the GOV.UK items of this story in real/dev) on '2.5 million': people who fled Ukraine since the invasion, a total that grows (half a million, 1 March; more than one million, 3 March; 1.7 million, 8 March; 2.5 million here; more than three million, 15 March).",
  "Events: 'March 11, 2022' (line 1, the briefing, Price), 'since late last month' and 'since February 24th' (the detentions, Russian authorities). Left out: 'today took further steps' (a bare 'today' inside speech, as in the set's other briefing transcripts, although it dates the United States' and G7's new measures on 11 March 2022); 'back at home', 'additional' (not dates).",
  "Actors: Price, Putin ('President Putin has renewed his siege', 'Putin is also tightening'), NGOs (report), Russian authorities (detained), the United States (took further steps; 'We' in Price's turn is the United States / the Department), 'our G7 partners' (acting in concert with the United States), 'members of the Russian Duma' (led the effort to recognise the so-called republics) and the Department of Commerce (imposed controls). Not listed: 'the Government of Russia' (only the subject of 'pays' in the purpose clause 'to ensure the Government of Russia pays a severe ... price'), Dmitry Peskov (his family is designated; he does not act), Russia and Belarus (objects), 'individuals who sit on the boards' (unnamed).",
  "Not figures: 'G7' (a name), 'additional cities', 'further steps'.",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored excerpt: text identical apart from the listed edits (curly apostrophe in 'People’s' kept); 'More than' -> more than, 'nearly' -> around; 'last month' from 11 March = February 2022; bare 'today' left out; no quote marks; every alias an exact substring and none shared ('Putin' and 'President Putin' are one actor). No change.",
 ],
}
