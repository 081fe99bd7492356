K = "maduro_narco_terrorism_2020:"
MP = "Michael Pompeo"
ST = "US Department of State"
DOJ = "Department of Justice"
ANN = {
 "article": "articles/state_2020_pompeo_maduro_rewards_15_million.txt",
 "gold_out": "gold/state_2020_pompeo_maduro_rewards_15_million.json",
 "published": "2020-03-26",
 "quotes": [],
 "figures": [
  {"quantity": K+"maduro_reward", "text": "$15 million", "value": 15e6, "unit": "USD", "counted": "reward for information related to Nicol\u00e1s Maduro Moros", "source": MP, "approx": "up to",
   "note": "'The Department is offering a reward of up to $15 million for information related to Nicol\u00e1s Maduro Moros': 'up to' -> up to; inside the Secretary of State's statement, claimed by Pompeo, named in the byline (as every figure of state_2020_pompeo_covid_aid_900_million)"},
  {"quantity": K+"reward_each_four_officials", "text": "$10 million", "value": 10e6, "unit": "USD", "counted": "reward for information related to each of Cabello, Carvajal, Alcal\u00e1 and El Aissami", "source": MP, "approx": "up to",
   "note": "'rewards of up to $10 million each for information related to: Diosdado Cabello Rond\u00f3n ...; ... Hugo Carvajal Barrios ...; Cl\u00edver Alcal\u00e1 Cordones ...; and Tareck Zaidan El Aissami Maddah': the ceiling of each of the four rewards, not a total; claimed by Pompeo"},
  {"quantity": K+"nrp_traffickers_brought_to_justice", "text": "75", "value": 75, "unit": None, "counted": "major narcotics traffickers brought to justice under the NRP", "source": MP, "approx": "more than",
   "note": "'More than 75 major narcotics traffickers have been brought to justice under the NRP since it began in 1986': 'More than' -> more than; a claim of the statement -> Pompeo"},
 ],
 "events": [
  {"actor": None, "date": "1986", "date_text": "in 1986", "what": "the Narcotics Rewards Program began",
   "note": "'since it began in 1986': 'in 1986' modifies 'began', whose subject 'it' is the program (the NRP), not an agent that acts (as 'the war began in 2008') -> null. Not a bare 'today', so kept although inside the statement (as 'in July' in state_2014_kerry_tohti_life_sentence)"},
 ],
 "actors": [
  {"name": MP, "type": "person", "aliases": ["Michael R. Pompeo", "Secretary of State"]},
  {"name": ST, "type": "organisation", "aliases": ["Department of State", "the U. S. Department of State", "The Department"]},
  {"name": DOJ, "type": "organisation", "aliases": ["the Department of Justice"]},
  {"name": "Nicolas Maduro", "type": "person", "aliases": ["Nicol\u00e1s Maduro Moros"]},
  {"name": "Diosdado Cabello", "type": "person", "aliases": ["Diosdado Cabello Rond\u00f3n"]},
  {"name": "Hugo Carvajal Barrios", "type": "person", "aliases": ["Hugo Carvajal Barrios", "General (retired) Hugo Carvajal Barrios"]},
  {"name": "Cl\u00edver Alcal\u00e1 Cordones", "type": "person", "aliases": ["Cl\u00edver Alcal\u00e1 Cordones"]},
  {"name": "Tareck Zaidan El Aissami Maddah", "type": "person", "aliases": ["Tareck Zaidan El Aissami Maddah"]},
  {"name": "United States", "type": "country", "aliases": ["The United States"]},
 ],
 "notes": [
  "Press statement of Secretary of State Michael R. Pompeo of Thursday 26 March 2020 announcing Narcotics Rewards Program rewards of up to $15 million for information on Nicol\u00e1s Maduro Moros and up to $10 million each on four other Venezuelan officials whom the Justice Department indicted that day; kept from a blog's word-for-word repost (hard-wrapped lines joined into paragraphs, headline rebuilt from the address, last sentence cut in the stored copy dropped; see meta edits). Story maduro_narco_terrorism_2020 with VOA's report of the same day (voa_2020_maduro_narco_terrorism_charges_14_officials).",
  "No quotes: no quote marks in the text (the statement is the Secretary's own words, printed without marks).",
  "Figures: '$15 million' and '$10 million' (ceilings of the rewards, 'up to') and '75' ('More than 75' traffickers brought to justice under the NRP), all claimed by Pompeo, the author of the statement named in the byline (as in state_2020_pompeo_covid_aid_900_million). Keys maduro_narco_terrorism_2020:maduro_reward, :reward_each_four_officials, :nrp_traffickers_brought_to_justice; the VOA item of the same day has no figure of these quantities (its opening counts those charged), so no key is shared in this round. Not figures: '1986' (year), 'a series of rewards', 'each'.",
  "Events: 'in 1986' only (the NRP began, no agent -> null). Left out, as bare 'today' inside the Secretary's statement (the rule of state_2020_pompeo_covid_aid_900_million, a press statement of the same author and kind): 'Today the U. S. Department of State announced a series of rewards' and 'the Department of Justice unsealed indictments today', although both are the statement's day (2020-03-26) and have clear agents (the State Department; the Justice Department). Unlike that model, this statement speaks of the Department in the third person; the lead may prefer to annotate them (then: 2020-03-26, actors US Department of State and Department of Justice).",
  "Actors: Pompeo (byline; 'Secretary of State' is the second line of the byline), the State Department ('the U. S. Department of State', 'The Department' twice, 'Department of State' in the rebuilt headline and in 'the Department of State\u2019s Narcotics Rewards Program'), the Justice Department (unsealed the indictments), the five Venezuelan nationals ('these individuals violated the public trust by facilitating shipments of narcotics'), the United States ('The United States is committed to helping'). Not actors: 'The Venezuelan people' (deserve a government; to be helped), the Narcotics Rewards Program (a program that 'began'), 'the illegitimate National Constituent Assembly', DGCOM and 'Venezuela\u2019s Army' (named only in the officials' titles), 'the Maduro regime' (where the officials held positions).",
  "second reading (annotator): the whole item re-read once fully against FORMAT.md sections 1-2 and the stored copy (search excerpt): checked the joined lines against the stored words (no word changed; 'U. S.' with its space kept), that no span sits between quote marks, every number token ($15 million, $10 million, 75, 1986), 'up to' twice and 'More than', 'in 1986' with a null actor, the two bare 'today' left out by the precedent, every alias an exact substring used by one actor only; no change.",
 ],
}
