K = "bristol_terror_arrest_2008:"
AI = "Andrew Ibrahim"
ASP = "Avon and Somerset Police"
BCMS = "Bristol Cultural Muslim Society"
ANN = {
 "article": "articles/wn_2008_bristol_terror_suspect_seven_days.txt",
 "gold_out": "gold/wn_2008_bristol_terror_suspect_seven_days.json",
 "published": "2008-04-18",
 "quotes": [
  {"text": "We hope the individual concerned is innocent and that this turns out to be a false alarm.", "speaker": BCMS, "speaker_mention": "A representative of the Bristol Cultural Muslim Society", "fragment": False,
   "note": "'A representative of the Bristol Cultural Muslim Society commented on the developments, \u201c...\u201d': an unnamed representative speaking for the society, so the speaker is the society (the representative's description is listed among its aliases); curly marks, final full stop inside kept"},
  {"text": "It is anticipated that due to the nature of the offences believed to have been committed, work at the scene may take a number of days.", "speaker": ASP, "speaker_mention": "Avon and Somerset police", "fragment": False,
   "note": "'Avon and Somerset police have also recently said that \u201c...\u201d': a whole sentence (capital 'It') after 'said that'; an organisation as speaker; final full stop inside kept"},
  {"text": "This has been a large scale operation and we have called upon the expertise and professionalism of staff from CID, Operational Planning, Air Support, the Hi-Tech Crime Unit and our Community Engagement Team to name but a few. It is right that I acknowledge their fine efforts also", "speaker": "Rod Hansen", "speaker_mention": "he", "fragment": False,
   "note": "'Rod Hansen, from the police force commented on the arrest. \u201c...,\u201d he said': named in the sentence before the quote, attributed after it by the pronoun 'he'; the trailing comma before the closing mark dropped"},
 ],
 "figures": [
  {"quantity": K+"detention_period", "text": "seven", "occ": 1, "value": 7, "unit": "days", "counted": "days police have been given to question the suspected terrorist", "source": None, "approx": None,
   "note": "'Police have been given seven days to question the suspected terrorist': agentless passive in the outlet's voice, no claimant -> null; the number only, as '12' in '12 miles'"},
  {"quantity": K+"detention_period", "text": "seven", "occ": 2, "value": 7, "unit": "days", "counted": "days after which the suspect must be released or charged", "source": None, "approx": None,
   "note": "'After the seven days, the suspect will have to be released or charged': the same seven-day period restated (same key), outlet's voice"},
  {"text": "nineteen", "value": 19, "unit": "years", "counted": "years old, the age of the person arrested", "source": "BBC", "approx": "around",
   "note": "'The BBC has reported that the person who was arrested is approximately nineteen years old': claimed by the BBC; 'approximately' -> around; the number only, as '47' in '47-year-old'"},
 ],
 "events": [
  {"actor": None, "date": "2008-04-18", "date_text": "today", "ctx": "United Kingdom today", "what": "the suspected terrorist was arrested in Bristol",
   "note": "'the suspected terrorist who was arrested in Bristol, United Kingdom today': the date modifies the passive 'was arrested', which has no 'by' agent (the police are not named as arresting him) -> null; 'today' = the publication day, Friday 18 April 2008, as printed (other reports of 18-19 April put the arrest on Thursday 17 April; the gold follows the text)"},
  {"actor": None, "date": "2008-04-18", "date_text": "earlier today", "what": "he was arrested in Bristol on suspicion of terrorism",
   "note": "'He was arrested in Bristol, United Kingdom on suspicion of terrorism earlier today': passive without a 'by' agent -> null; the publication day as printed"},
 ],
 "actors": [
  {"name": AI, "type": "person", "aliases": ["Andrew Ibrahim", "the suspected terrorist", "the suspect"]},
  {"name": ASP, "type": "organisation", "aliases": ["Avon and Somerset police", "the police", "the police force"]},
  {"name": "Rod Hansen", "type": "person", "aliases": ["Rod Hansen"]},
  {"name": "BBC", "type": "organisation", "aliases": ["The BBC"]},
  {"name": BCMS, "type": "organisation", "aliases": ["A representative of the Bristol Cultural Muslim Society", "Bristol Cultural Muslim Society"]},
  {"name": "Wikinews reporter", "type": "person", "aliases": ["A Wikinews reporter", "The Wikinews reporter"]},
 ],
 "notes": [
  "Wikinews report of Friday 18 April 2008 on the arrest in Bristol of a terrorism suspect named as Andrew Ibrahim and the seven days police were given to question him; kept from a verbatim repost (6salon.org, meta edits; a Wikinews mirror as wn_2008_bout_arrested_thailand). Story bristol_terror_arrest_2008, no other item in this round.",
  "Quotes: three, each a whole statement: the Bristol Cultural Muslim Society (through an unnamed representative), Avon and Somerset Police (an organisation as speaker), and Rod Hansen (named in the sentence before, attributed after the quote by 'he said'; the paragraph ends without a full stop, kept).",
  "Figures: 'seven days' twice (the same detention period, shared key detention_period within the item; outlet's voice) and the BBC's 'approximately nineteen' (age). Not figures: 'a number of days' (no number word), 'to name but a few', 'several reporters' ('several' alone, no number), 'a significantly higher number of police vehicles'.",
  "Events: 'today' and 'earlier today', both on agentless passives ('was arrested') -> null, both the publication day as printed. Left out: 'recently' (twice; vague), 'in the hours after the arrest' (relative, no date), 'After the seven days' (a duration, future). 'There was also a controlled explosion' and 'Parts of the city were evacuated' carry no date expression.",
  "Actors: Andrew Ibrahim ('the suspected terrorist', 'the suspect'; 'the person who was arrested' and 'He' not listed), Avon and Somerset Police ('the police' confirmed, 'the police force' of Hansen; the bare 'Police' of the first sentence is not listed), Rod Hansen, the BBC (claims the age), the Bristol Cultural Muslim Society (speaks through 'A representative of ...') and the Wikinews reporter (visited Henleaze Road, noted the reporters). Not actors: CID, Air Support and the other units named inside Hansen's quote (only listed as called upon).",
  "second reading (annotator): re-read the whole item once against FORMAT.md sections 1-2 and the stored copy: checked the three curly-quote spans (full stops kept inside the first two, trailing comma dropped from Hansen's), 'he' attribution, both 'seven days' pinned by occ, 'approximately' -> around, both 'today' events null as agentless passives, 18 April 2008 a Friday, every alias an exact substring; no change.",
 ],
}
