K = "haiti_quake_2010:"
B = "Ban Ki-moon"
UN = "United Nations"
ANN = {
 "article": "articles/voa_2010_haiti_un_chief_arrives.txt",
 "gold_out": "gold/voa_2010_haiti_un_chief_arrives.json",
 "published": "2010-01-17",
 "quotes": [
  {"text": "very heavy heart.", "speaker": B, "speaker_mention": "Mr. Ban", "fragment": True,
   "note": "a phrase inside reported speech ('Mr. Ban said he is going to Haiti with a \"...\"'); the full stop is printed inside the mark"},
  {"text": "The damage, the destruction, the loss of life, are just overwhelming. Therefore, we need unprecedented international support to Haitian people", "speaker": B, "speaker_mention": "he",
   "note": "'..., he said': 'he' = Mr. Ban of the same paragraph; trailing comma dropped"},
  {"text": "First, to save lives - as many lives as possible. We are running against time. This is already it the 4th day, but there is hope that we can and we may save some more lives", "speaker": B, "speaker_mention": "he",
   "note": "own paragraph, '..., he said': 'he' = Mr. Ban, named in the previous paragraph ('Mr. Ban says the United Nations has three priorities')"},
  {"text": "We should not waste even a single item, a single dollar", "speaker": B, "speaker_mention": "he",
   "note": "own paragraph, '..., he added': Ban was last named two paragraphs earlier ('Mr. Ban said food distribution is improving'); the intervening paragraph names only 'The other U.N. priority'"},
  {"text": "gravest and greatest single loss", "speaker": B, "speaker_mention": "Mr. Ban", "fragment": True,
   "note": "a phrase inside reported speech ('Mr. Ban said for the United Nations this is the \"...\"')"},
  {"text": "dear colleagues", "speaker": B, "speaker_mention": "He", "fragment": True,
   "note": "'He said the organization has lost many \"dear colleagues\"': Ban's own words quoted inside reported speech, not a scare quote"},
  {"text": "There are many more, I fear, colleagues whose fates, we have to prepare for the worst. But the United Nations will carry on", "speaker": B, "speaker_mention": "he",
   "note": "own paragraph, '..., he said': 'he' = Ban ('He said the organization has lost ...' in the previous paragraph)"},
 ],
 "figures": [
  {"text": "three", "value": 3, "unit": None, "counted": "priorities now in Haiti", "source": B, "approx": None,
   "note": "'Mr. Ban says the United Nations has three priorities': stated in Ban's reported speech"},
  {"text": "40,000", "value": 40000, "unit": None, "counted": "people fed by the U.N. a day", "source": B, "approx": "at least", "ctx": "feeding at least 40,000",
   "note": "'Mr. Ban said ... the U.N. is now feeding at least 40,000 people a day'. Not a death count: no key with the 40,000 dead of the next paragraph"},
  {"quantity": K+"deaths_estimate", "text": "40,000", "value": 40000, "unit": None, "counted": "people have died as a result of the earthquake", "source": "Red Cross and United Nations", "approx": "more than", "ctx": "more than 40,000 people have died",
   "note": "'The Red Cross and the United Nations estimate more than 40,000 people have died': a joint claim. Shares deaths_estimate with the Red Cross's '45,000 to 50,000' (15 Jan, voa_2010_haiti_un_time_running_out) and 'estimated in the tens of thousands' (17 Jan, voa_2010_haiti_un_chief_promises_aid): estimates of the whole quake's death toll, unlike the Wikinews item's confirmed dead in Port-au-Prince"},
  {"quantity": K+"un_staff_deaths", "text": "40", "value": 40, "unit": None, "counted": "U.N. peacekeeping and civilian staff members among the dead", "source": "Red Cross and United Nations", "approx": "more than", "ctx": "more than 40 U.N.",
   "note": "'Among them, more than 40 U.N. ... staff members': a verbless continuation of the previous sentence's estimate, so its claimants carry over (as a continued account elsewhere in dev). Shares un_staff_deaths with the UN's 'confirmed the deaths of more than 40 staff' (voa_2010_haiti_un_chief_promises_aid, same day)"},
  {"text": "30", "value": 30, "unit": "years", "counted": "years Hedi Annabi served the United Nations", "source": B, "approx": "around",
   "note": "'a nearly 30-year veteran': duration like '47' in '47-year-old'; 'nearly' -> around. The apposition sits inside 'He said the organization has lost many \"dear colleagues\" including ...', so within Ban's reported speech"},
 ],
 "events": [
  {"actor": None, "date": "2010-01-12", "date_text": "Tuesday's", "what": "massive earthquake",
   "note": "date on the noun 'earthquake'; a natural event, no agent. Tuesday before Sunday 17 January 2010 = 12 January"},
 ],
 "actors": [
  {"name": B, "type": "person", "aliases": ["UN Chief", "U.N. Secretary-General Ban Ki-moon", "Mr. Ban", "The U.N. chief"]},
  {"name": UN, "type": "organisation", "aliases": ["the United Nations", "The organization", "the organization", "the U.N."]},
  {"name": "Red Cross", "type": "organisation", "aliases": ["The Red Cross"]},
 ],
 "notes": [
  "VOA report of Sunday 17 January 2010 on Ban Ki-moon's arrival in Haiti five days after the 12 January earthquake, kept from a testbig.com reprint; headline rebuilt from the address (see meta edits). Story haiti_quake_2010 with voa_2010_haiti_un_time_running_out (15 Jan), voa_2010_haiti_un_chief_promises_aid (17 Jan), voa_2010_haiti_quake_displaces, the Wikinews and the DOD/USAID items.",
  "Hard cases: seven quotes, all Ban's, four of them whole quotes in paragraphs of their own attributed only by 'he said' / 'he added' after the quote, one of them two paragraphs after Ban was last named; three are fragments inside reported speech ('very heavy heart.', 'gravest and greatest single loss', 'dear colleagues').",
  "Cross-item keys: haiti_quake_2010:deaths_estimate (more than 40,000, Red Cross and UN) and haiti_quake_2010:un_staff_deaths (more than 40 UN staff). The two '40,000' (people fed a day, people dead) are different quantities.",
  "Not figures: '4th day' (ordinal), 'a single item, a single dollar' ('single' is not a count), 'first hand'. Only one dated expression ('Tuesday's'); the undated 'has arrived', 'spoke', 'plans to meet' give no events. The date line '17 January 2010' was removed as furniture.",
  "second reading: re-read the whole item against FORMAT.md: all seven quote spans (trailing commas dropped, the final full stop of 'very heavy heart.' kept as printed inside the mark), five figures with their claimants, the one noun-dated event, and actor aliases (no surface form shared between Ban and the UN: 'The U.N. chief' vs 'the U.N.').",
 ],
}
