S = "us_stimulus_2008:"
B = "George W. Bush"
ANN = {
 "article": "articles/voa_2008_bush_signs_stimulus_bill.txt",
 "gold_out": "gold/voa_2008_bush_signs_stimulus_bill.json",
 "published": "2008-02-13",
 "quotes": [
  {"text": "A lot of folks in America were probably saying it is impossible for those of us in Washington to find common ground and to reach compromise on important issues",
   "speaker": B, "speaker_mention": "he",
   "note": "first part of a quote split by 'he said'; 'he' = 'The president' of the paragraph before (President Bush, named in the lead); comma before the closing mark dropped"},
  {"text": "I didn't feel that way. I know the leaders didn't feel that way. And as a result we have come together on a single mission and that is to put the peoples' interest first.",
   "speaker": B, "speaker_mention": "he",
   "note": "second part after 'he said'; final period inside the marks kept"},
  {"text": "rough patch.", "speaker": B, "speaker_mention": "The president", "fragment": True,
   "note": "'The president acknowledged that the economy has hit a \"rough patch.\"': short phrase in reported speech; period inside the marks kept"},
  {"text": "In a dynamic market economy there will always be times when we experience uncertainties and fluctuations",
   "speaker": B, "speaker_mention": "he",
   "note": "first part of a quote split by 'he added'; 'he' = the president, subject of the paragraph before; comma before the closing mark dropped"},
  {"text": "So long as we pursue pro-growth policies that put faith in the American people, our economy will prosper and continue to be the marvel of the world.",
   "speaker": B, "speaker_mention": "he",
   "note": "second part after 'he added'"},
 ],
 "figures": [
  {"quantity": S + "package_duration", "text": "two", "value": 2, "unit": "years", "counted": "years the stimulus package runs", "source": None,
   "note": "'The two-year stimulus package': the number part of 'two-year', like '47' in '47-year-old'"},
  {"quantity": S + "package_total", "text": "$168 billion", "value": 168e9, "unit": "USD", "counted": "total of the two-year stimulus package", "source": None,
   "note": "VOA's own voice; the next sentence ('President Bush said it is just large enough ...') is Bush's view of the size, not a claim of the number"},
  {"quantity": S + "package_2008_share", "text": "$152 billion", "value": 152e9, "unit": "USD", "counted": "stimulus money set aside for 2008", "source": None},
 ],
 "events": [
  {"actor": None, "date": "2008", "date_text": "for 2008", "what": "year for which $152 billion of the package is set aside",
   "note": "dates the money ('set aside for 2008', passive without agent), not an act; no agent"},
 ],
 "actors": [
  {"name": B, "type": "person", "aliases": ["President Bush", "The president"]},
  {"name": "United States Congress", "type": "organisation", "aliases": ["Congress"]},
 ],
 "notes": [
  "VOA report (Paula Wolfson, White House) of Wednesday 13 February 2008, kept from a word-for-word reprint on testbig.com; President Bush signs the $168 billion Economic Stimulus Act; story us_stimulus_2008 with voa_2008_congress_passes_stimulus_bill (7 February, the votes in Congress). The stored text prints no headline: line 1 rebuilt from the page address (meta edits).",
  "All five quotes are Bush's: two quotes each split by 'he said' / 'he added', with the speaker named only as 'The president' (paragraph before) and 'President Bush' in the lead; 'rough patch.' is a fragment in reported speech.",
  "Figures in VOA's voice (source null): 'two-year' (duration), '$168 billion' (total) and '$152 billion' (set aside for 2008). The 7 February item gives no total, so no quantity key is shared across the two items; keys are set for later items of the story.",
  "No weekday or other day expression: the signing is told without a date (the date line was removed as furniture); 'in record time' and 'many times in the past' are not date expressions. The only event is the year in 'set aside for 2008' (no agent).",
  "'the leaders' in Bush's quote (congressional leaders) and 'lawmakers from both major political parties' are not given actors; 'Congress' ('get the bill through Congress') is listed as the body that passed it. The reporter is not an actor.",
  "Second careful read done against FORMAT.md (split quotes, fragment, kept final periods, 'two-year' span, year event) by the annotator.",
 ],
}
