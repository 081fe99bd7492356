S = "chen_guangcheng_escape_2012"
CG = "Chen Guangcheng"
LW = "Liu Weimin"
X = "Xinhua"
UO = "U.S. official"
ANN = {
 "article": "articles/voa_2012_chen_guangcheng_leaves_embassy.txt",
 "gold_out": "gold/voa_2012_chen_guangcheng_leaves_embassy.json",
 "published": "2012-05-02",
 "quotes": [
  {"text": "safe", "speaker": UO, "speaker_mention": "he", "fragment": True,
   "note": "'The official said Chen is being allowed to remain in China, in what he described as a 'safe' place': the official's own word, attributed ('what he described as'), so not a scare quote; 'he' = the unnamed U.S. official of the sentence before"},
  {"text": "of his own volition", "speaker": X, "speaker_mention": "China's Xinhua news agency", "fragment": True,
   "note": "'China's Xinhua news agency said only that Chen had left the U.S. embassy “of his own volition” ...': Xinhua's phrase inside reported speech"},
  {"text": "irregular manner.", "speaker": LW, "speaker_mention": "he", "fragment": True,
   "note": "'Xinhua quoted China’s Foreign Ministry spokesman Liu Weimin as expressing strong dissatisfaction ... in what he described as an “irregular manner.”': Liu's words (relayed by Xinhua, who quotes him) -> Liu Weimin; final '.' kept"},
 ],
 "figures": [
  {"quantity": S + ":days_in_embassy", "text": "Six Days", "value": 6, "unit": "days", "counted": "in the US Embassy", "source": None, "approx": None,
   "note": "headline, VOA's voice (no claimant); the same six days as Xinhua's in the body (same key)"},
  {"quantity": S + ":days_in_embassy", "text": "six days", "value": 6, "unit": "days", "counted": "staying in the U.S. embassy", "source": X,
   "approx": None, "note": "'China's Xinhua news agency said only that Chen had left the U.S. embassy ... after staying there for six days' -> Xinhua's number"},
 ],
 "events": [
  {"actor": None, "date": "2012-04-23/2012-04-29", "date_text": "last week", "what": "Chen was in the US embassy",
   "note": "'would confirm that ... Chen Guangcheng was in the embassy last week': 'was in' is a state -> null; 'last week' = the ISO week before Wednesday 2 May 2012"},
  {"actor": "United States and China", "date": "2012-05-02", "date_text": "Wednesday", "what": "both sides confirmed Chen had left the embassy",
   "note": "agent: 'both sides confirmed Wednesday that he had left', 'both sides' = the U.S. and Chinese governments of the same sentence -> joint actor; Wednesday 2 May 2012, the day of publication"},
  {"actor": None, "date": "2012-05-03", "date_text": "Thursday", "what": "annual US-China talks set to start in Beijing",
   "note": "'talks set to start Thursday': the talks start, no agent -> null; future tense, Thursday 3 May 2012"},
 ],
 "actors": [
  {"name": CG, "type": "person", "aliases": ["Chen Guangcheng", "Chen", "Chinese dissident Chen Guangcheng", "blind Chinese activist Chen Guangcheng", "Chinese Dissident"]},
  {"name": "United States", "type": "country", "aliases": ["the United States", "the U.S."]},
  {"name": "China", "type": "country", "aliases": ["China"]},
  {"name": "U.S. Embassy in Beijing", "type": "organisation", "aliases": ["the U.S. Embassy in Beijing", "the U.S. Embassy", "the U.S. embassy", "US Embassy"]},
  {"name": UO, "type": "person", "aliases": ["A U.S. official", "The official"]},
  {"name": X, "type": "organisation", "aliases": ["China's Xinhua news agency", "Xinhua"]},
  {"name": LW, "type": "person", "aliases": ["China’s Foreign Ministry spokesman Liu Weimin", "Liu Weimin"]},
 ],
 "notes": [
  "VOA News story of Wednesday 2 May 2012, from VOA's content-management preview host, on Chen Guangcheng leaving the US embassy in Beijing after six days and China's demand for an apology; story chen_guangcheng_escape_2012 with voa_2012_chen_guangcheng_escapes_house_arrest (27 April) and gv_2012_chen_guangcheng_he_peirong_arrested (29 April).",
  "Quotes: three fragments, each with a speaker named in the sentence or the one before ('safe' -> the unnamed U.S. official; 'of his own volition' -> Xinhua; 'irregular manner.' -> Liu Weimin, whom Xinhua quotes). 'The statement accuses ... It demands ...' is Liu's Foreign Ministry statement in reported speech, without quote marks.",
  "Cross-item and in-item key: 'Six Days' (headline) and Xinhua's 'six days' = chen_guangcheng_escape_2012:days_in_embassy.",
  "Hillary Clinton and Timothy Geithner take part in the talks but do not act or speak in the text: not actors. 'the Chinese capital' is a place.",
  "Left out of events: 'days after he stunned the world' (vague), 'next' ('where Chen is headed next').",
  "Not figures: none left; 'annual' and 'high level' are no numbers.",
  "second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2; checked the mixed apostrophes as stored ('China's Xinhua' straight, 'China’s Foreign Ministry' and 'Chen’s' curly), the straight single marks around 'safe', and 'last week' = 23-29 April 2012.",
 ],
}
