S = "libya_shipwrecks_november_2016"
IOM = "International Organization for Migration"
V = "Itayi Viriri"
ANN = {
 "article": "articles/voa_2016_over_200_migrants_dead_shipwrecks_libya.txt",
 "gold_out": "gold/voa_2016_over_200_migrants_dead_shipwrecks_libya.json",
 "published": "2016-11-03",
 "quotes": [
  {"text": "It is a really, really big worry because we are seeing these unprecedented numbers of people dying when normally around this time of year, whilst there have been tragedies like this, we have never really experienced the numbers that we are seeing now", "speaker": V, "speaker_mention": "Viriri", "fragment": False,
   "note": "first half of a quotation interrupted by 'said Viriri.'; Viriri is introduced in the paragraph before ('The organization's Spokesman Itayi Viriri tells VOA ...'); trailing comma dropped"},
  {"text": "The fact that we are already talking of over 4,200 dead, when for all of last year, we are talking of 3,700 is of huge concern.", "speaker": V, "speaker_mention": "Viriri",
   "fragment": False, "note": "second quote after 'said Viriri.', no new cue: still Viriri; final stop kept"},
  {"text": "The smugglers are certainly using that as a ploy to make sure that people who normally would not consider getting on to a boat at this time of year when the seas are really choppy and rough\u2014that they reconsider because as the smugglers are telling them, they will not get the opportunity in the near future when first of all the Libyan and Tunisian coast guards clamp down on boats being launched off their shores", "speaker": V, "speaker_mention": "Viriri", "fragment": False,
   "note": "'“...,” said Viriri.': trailing comma dropped; em dash kept as printed"},
 ],
 "figures": [
  {"quantity": S + ":deaths", "text": "200", "value": 200, "unit": None, "counted": "migrants dead in shipwrecks near Libya", "source": None, "approx": "more than", "ctx": "Over 200",
   "note": "headline 'Over 200 Migrants Dead': no claimant; 'Over' -> more than. Same quantity as IOM's 'at least 240' (dead or disappeared in the two shipwrecks)"},
  {"quantity": S + ":deaths", "text": "240", "value": 240, "unit": None, "counted": "migrants died or disappeared in two shipwrecks", "source": IOM, "approx": "at least",
   "note": "'The International Organization for Migration reports that at least 240 migrants ... have died or disappeared'"},
  {"text": "two", "value": 2, "unit": None, "counted": "shipwrecks off the coast of Libya", "source": IOM, "approx": None,
   "note": "inside the same IOM report"},
  {"text": "29", "value": 29, "unit": None, "counted": "survivors brought to Lampedusa", "source": IOM, "approx": None,
   "note": "'IOM says 29 survivors, including women, children and several babies were brought to Lampedusa, Italy by the Italian coast guard'"},
  {"text": "12", "value": 12, "unit": None, "counted": "bodies fished out of the sea", "source": V, "approx": "around",
   "note": "'Itayi Viriri tells VOA about 12 bodies have been fished out of the sea': 'about' -> around"},
  {"text": "4,200", "value": 4200, "unit": None, "counted": "dead in the Mediterranean so far this year", "source": V, "approx": "more than",
   "note": "inside Viriri's quote: 'we are already talking of over 4,200 dead' (2016 so far); 'over' -> more than; not the same quantity as this incident's toll"},
  {"text": "3,700", "value": 3700, "unit": None, "counted": "migrants dead in all of 2015 (last year)", "source": V, "approx": None,
   "note": "inside Viriri's quote: 'for all of last year, we are talking of 3,700'; another period than the 4,200, so no shared key"},
 ],
 "events": [
  {"actor": None, "date": "2015", "date_text": "for all of last year", "what": "3,700 migrants died in the Mediterranean in 2015 (IOM count)",
   "note": "inside Viriri's quote; the year before publication (2016) = 2015; dates a death count, no agent"},
 ],
 "actors": [
  {"name": IOM, "type": "organisation", "aliases": ["The International Organization for Migration", "IOM", "The organization"]},
  {"name": V, "type": "person", "aliases": ["The organization's Spokesman Itayi Viriri", "Itayi Viriri", "Viriri"]},
  {"name": "Italian coast guard", "type": "organisation", "aliases": ["the Italian coast guard"]},
  {"name": "rescuers", "type": "group", "aliases": ["rescuers"]},
  {"name": "smugglers", "type": "group", "aliases": ["smugglers", "The smugglers", "the smugglers"]},
 ],
 "notes": [
  "VOA report of Thursday 3 November 2016 (date inferred, see meta) on two migrant dinghies wrecked off Libya on 2 November 2016; story libya_shipwrecks_november_2016 (one item). The headline's 'Over 200' dead and IOM's 'at least 240' dead or disappeared share key libya_shipwrecks_november_2016:deaths.",
  "Quotes: three, all IOM spokesman Itayi Viriri, named in the paragraph before the first ('The organization's Spokesman Itayi Viriri tells VOA ...'); the first quotation is split by 'said Viriri.' into two quotes; the third ends with 'said Viriri.' and follows a paragraph of his reported speech ('Viriri says smugglers ...').",
  "Figures with claimants: IOM (at least 240 dead or disappeared, two shipwrecks, 29 survivors), Viriri (about 12 bodies; in his quote over 4,200 dead this year and 3,700 last year). The headline's 'Over 200' has no claimant.",
  "Events: only 'for all of last year' in Viriri's quote (the 2015 count, no agent). Left out: 'this time of year' (twice, a season, vague), 'now', 'in the near future' (vague), 'by the time rescuers arrived' (relative clause, no date).",
  "Actors: IOM ('The International Organization for Migration', 'IOM', 'The organization' in 'The organization's Spokesman'), Viriri, the Italian coast guard (brought the survivors to Lampedusa, by-agent), rescuers (arrived), smugglers (persuading the migrants; also 'The smugglers' in the quote). 'Europe' and 'the Libyan and Tunisian coast guards' appear only inside what smugglers tell migrants or in Viriri's forecast and are left out.",
  "Not figures: 'really, really', 'first of all' (no number), 'several babies' (no number word).",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: curly quotes and the em dash as printed, split-quote boundaries (comma dropped before 'said Viriri', final stop kept in the second half), every number (200, 240, two, 29, 12, 4,200, 3,700) and hedge ('Over'/'over' -> more than, 'at least', 'about' -> around), the date ('last year' = 2015), aliases exact substrings and none shared; no change.",
 ],
}
